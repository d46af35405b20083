-- Counting the directory reads a narrow index instead of every wide organisation row, and
-- member counts start from the (few) active memberships.
CREATE INDEX organisations_archived ON organisations(archived);
CREATE INDEX memberships_status ON memberships(status, organisation_id);
