# Hansa — English interface catalogue (the reference: every other language follows its keys).

## Navigation and frame
nav-skip = Skip to content
nav-main = Main
nav-home = Home
nav-directory = Directory
nav-map = Map
nav-networks = Networks
nav-api = API
nav-staff = Staff
nav-audit = Audit log
nav-login = Sign in
nav-logout = Sign out
nav-language = Language
footer-about = Hansa — the member directory of a network of cities and local governments.

## Languages
lang-en = English
lang-ko = Korean
lang-zh = Chinese
lang-ja = Japanese
lang-ru = Russian
lang-mn = Mongolian

## Home
home-title = Our network of cities
home-lead = Cities, regional governments, agencies and partners working together — find a member, its offices and the people who act for it.
home-stats = Key figures
home-stat-organisations = organisations
home-stat-members = active members
home-stat-countries = countries
home-stat-networks = networks
home-map = Where our members are
home-networks = Networks
home-network-members = { $count ->
    [one] { $count } active member
   *[other] { $count } active members
}
home-offices = Regional offices
office-closed = closed

## Directory
dir-title = Member directory
dir-filters = Filters
dir-search = Search
dir-search-placeholder = Name in any language, e.g. Gyeongju or 경주
dir-search-button = Search
dir-any = Any
dir-apply = Apply
dir-reset = Reset
dir-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
dir-empty = No organisation matches these filters.
dir-pages = Pages
dir-prev = Previous
dir-next = Next
dir-page = Page { $page }

## Map
map-title = Members around the world
map-label = World map of { $count } active members by country
map-caption = Active members by country; darker means more members.
map-more = Counts by region and country
map-by-region = By region
map-by-country = By country
map-members = Members

## Fields
field-name = Name
field-name-other = Name in another language
field-other-lang = Other language (code)
field-kind = Kind
field-country = Country
field-region = World region
field-network = Network
field-status = Status
field-slug = Short name in links
field-default-lang = Own language (code)
field-parent = Part of
field-website = Website
field-description = Description
field-logo = Logo
field-date = Date
field-event = Event
field-note = Note
field-since = since
field-until = until
field-email = E-mail
field-password = Password
field-role = Role
field-organisation-slug = Organisation (short name, for focal points)
hint-other-lang = A language code such as tr, pl, hu, th, pt, es, ar.
hint-slug = Left empty, it is made from the English name.
hint-default-lang = The language the organisation writes in, e.g. ko for Gyeongju-si.
hint-parent = Short name of the province or region it belongs to, e.g. gyeongsangbuk-do.

## Kinds of organisation
kind-city = City
kind-regional_government = Regional government
kind-national_agency = National agency
kind-company = Company
kind-university = University
kind-international_organisation = International organisation
kind-ngo = NGO

## World regions
region-africa = Africa
region-north-america = North America
region-latin-america-caribbean = Latin America and the Caribbean
region-east-asia = East Asia
region-southeast-asia = Southeast Asia
region-south-asia = South Asia
region-central-asia = Central Asia
region-west-asia = West Asia
region-europe = Europe
region-oceania = Oceania

## Membership statuses
status-prospect = Prospect
status-applicant = Applicant
status-active = Active
status-lapsed = Lapsed
status-suspended = Suspended
status-withdrawn = Withdrawn

## History events
event-founded = Founded
event-renamed = Renamed
event-merged = Merged
event-split = Split
event-dissolved = Dissolved

## Governance
body-general_assembly = General Assembly
body-executive_committee = Executive Committee
body-subcommittee = Subcommittee
body-working_group = Working group
body-sessions = Sessions
body-session-number = Session { $number }
body-seats = Members and officers
role-chair = Chair
role-vice_chair = Vice-chair
role-member = Member
role-secretariat = Secretariat
network-members = Members
network-run-by = Run by

## Organisation page
org-names = Names
org-founding = Founding member
org-edit = Edit
org-logo-of = Logo of
org-memberships = Memberships
org-no-memberships = No memberships recorded.
org-change-status = Change status
org-offices = Regional offices hosted
org-bodies = Seats in governance bodies
org-people = People
org-children = Includes
org-history = History
org-no-history = No history recorded.
org-add-history = Add a history event
org-add-membership = Add a membership
org-logo-upload = Upload a logo
history-old-name = Old name, or the organisation merged in (English)
logo-hint = PNG, JPEG, GIF or WebP, at most 512 KB.
person-focal-point = Focal point
person-positions = Positions
person-contact = Contact details
private-hint = Personal data: visible to secretariat staff only.

## Forms
form-save = Save
form-cancel = Cancel
form-upload = Upload
form-choose = Choose…
form-from-country = From the country
form-has-errors = Please correct the fields below; nothing was saved.

## Staff
staff-title = Secretariat workspace
staff-new-org = New organisation
staff-import = Import organisations
staff-import-hint = Preview every row before anything is written.
staff-export = Imports and exports
staff-export-hint = Undo an import; export organisations, memberships or people as XLSX or CSV.
import-help = Upload a spreadsheet (XLSX, ODS or CSV) with a header row. You will map its columns and choose what happens to rows that match organisations already in the directory before anything is written. Known columns: slug, kind, name_en, name_ko (or any name_<language>), default_lang, country, region, parent, website, founding_member, description_en.
import-file = Spreadsheet (XLSX, ODS, CSV)
import-preview = Check the file
import-line = Line
import-result = Result
import-create = will be created
import-update = will update the existing one
import-valid = { $count } rows ready
import-invalid = { $count } rows with problems
import-commit = Import { $count } rows
import-commit-skip = Import { $count } valid rows, skip the others
import-created = { $count } created
import-updated = { $count } updated
import-skipped = { $count } skipped

## Accounts
login-title = Sign in
login-submit = Sign in
login-failed = E-mail or password is not right.
login-wait-seconds = Too many failed attempts. Please wait { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
} and try again.
login-wait-minutes = Too many failed attempts. Please wait { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} and try again.
password-title = Change password
password-current = Current password
password-new = New password (at least 10 characters)
password-wrong = The current password is not right.
password-changed = Your password was changed. Other sessions were signed out.
admin-users = Accounts
admin-new-user = New account
role-user-admin = Administrator
role-user-staff = Secretariat staff
role-user-focal_point = Member focal point
role-user-delegate = Delegate
role-user-jury = Jury member
audit-when = When
audit-who = Who
audit-what = Action
audit-entity = Record
audit-changes = Changes

## API page
api-title = JSON API
api-lead = Every directory page has a JSON counterpart. The machine-readable description (OpenAPI 3.1) is at
api-method = Method
api-path = Path
api-summary = What it does
api-auth = Authentication
api-auth-text = Reading is open. Changes need a staff account: send an API token (hansa user token) as a Bearer token, or use a signed-in session with its X-CSRF-Token header.

## Problems
problem-invalid = Some input is not valid
problem-conflict = This already exists
problem-not-found = Not found
problem-forbidden = You are not allowed to do this
problem-unauthorized = Please sign in
problem-csrf = The form has expired or was not sent from this site. Please reload the page and try again.
problem-too-many = Too many requests
problem-too-large = The request is too large
problem-bad-request = The request could not be read
problem-storage = The database is not available right now. Please try again shortly.

## Field errors ($detail is a limit or the offending value)
err-required = This field is required.
err-too-long = Too long: at most { $detail } characters.
err-slug = Use 2–64 lower-case letters, digits and hyphens (e.g. city-of-ryde).
err-choice = “{ $detail }” is not one of the choices.
err-country = “{ $detail }” is not an ISO 3166-1 country code (e.g. KR, PL, EC).
err-language = “{ $detail }” is not a language code (e.g. ko, zh, pt-br).
err-url = “{ $detail }” is not a web address starting with https://.
err-date = “{ $detail }” is not a date (YYYY-MM-DD).
err-period = The end date comes before the start date.
err-parent-cycle = An organisation cannot be part of itself or of one of its own parts.
err-unknown = “{ $detail }” was not found.
err-taken = “{ $detail }” is already taken.
err-duplicate = “{ $detail }” appears twice.
err-email = This is not an e-mail address.
err-phone = Use digits, spaces and + - ( ) only.
err-password-short = At least { $detail } characters, please.
err-control-chars = Invisible control characters are not allowed.
err-status-move = A membership cannot move to “{ $detail }” from its current status.
err-status-history = The status does not match the last step of the history.
err-already-member = “{ $detail }” already has a membership in this network.
err-seat-holder = A seat is held by an organisation or a person, exactly one.
err-number = Must be a number between 1 and 10000.
err-boolean = “{ $detail }” is not yes/no (true/false).
err-not-image = This file is not a PNG, JPEG, GIF or WebP image.
err-too-large = The file is too large: at most { $detail } KB.
err-body-too-large = The request is too large: at most { $detail } KB.
err-upload = The upload could not be read.
err-json = The JSON body could not be read: { $detail }
err-query = The query string could not be read: { $detail }
err-internal = Unexpected problem: { $detail }
err-bundle-syntax = The bundle file could not be read: { $detail }
err-csv-encoding = The file is not valid text in the chosen encoding (first problem on line { $detail }). Choose another encoding, or save it as “CSV UTF-8”.
err-csv-syntax = The CSV could not be read: { $detail }
err-csv-unknown-column = Columns not recognised: { $detail }. Map them to a field, or ignore them.
err-csv-duplicate-column = The column “{ $detail }” appears twice.
err-csv-missing-column = The file needs a column for { $detail } (or a slug or id column to find existing records).
err-csv-too-many-rows = Too many rows: at most { $detail } per file. Split the file and import the parts.
err-csv-too-large = The file is too large: at most { $detail } MB.
err-csv-empty = The file (or its first sheet with data) has no rows.

## People and offices (staff forms)
staff-new-person = New person
staff-new-office = New regional office
field-family-name = Family name
field-given-name = Given name
field-name-order = Name order
name-order-family_first = Family name first (Korean, Chinese, Japanese, Hungarian)
name-order-given_first = Given name first
field-native-name = Name in native script
field-honorific = Honorific (Mr., Ms., Dr.)
field-phone = Phone
field-focal-point-for = Focal point for (organisation short name)
field-position-organisation = Position at (organisation short name)
field-position-title = Title
field-host = Host organisation (short name)
field-city = City
field-region-covered = Region covered
staff-new-network = New network
staff-new-body = New governance body
field-run-by = Run by (organisation short name)
field-membership-types = Membership types, one per line: code = Name
field-number = Number
field-place = Place
field-holder = Holder (organisation or person short name)
body-add-session = Add a session
body-add-seat = Add a seat
office-close = Close office
office-close-on = Closed on
person-add-position = Add a position
org-archived = This organisation is archived: it is kept with its history but no longer listed.
org-archive = Archive
org-restore = Restore to the directory
person-erase = Erase this person
person-erase-hint = Erasure on request removes the person, their positions and seats for good; the audit log keeps only the record number.
person-erase-confirm = Type { $slug } to confirm
err-confirm = Type “{ $detail }” exactly to confirm.
import-checking = Checking the file…
import-writing = Writing the rows in one transaction…
progress-started = Starting…
progress-checked = Rows checked: { $done } of { $total }
progress-written = Rows written: { $done } of { $total }
progress-badges = Badges made: { $done } of { $total }
progress-done = Done: { $done } of { $total }
org-runs = Runs the network

## Audit log actions
audit-action-create = created
audit-action-update = changed
audit-action-add-history = history event added
audit-action-import = imported
audit-action-set-logo = logo set
audit-action-change-status = status changed
audit-action-change-password = password changed
audit-action-reset-password = password reset
audit-action-archive = archived
audit-action-restore = restored
audit-action-erase = erased on request
audit-action-close-office = office closed
audit-action-add-session = session added
audit-action-add-seat = seat added
audit-action-add-position = position added
err-form = The form could not be read: { $detail }

## API operations (the /api page)
api-op-list = List organisations (filters, search in any language, pagination)
api-op-show = One organisation with memberships and history
api-op-create = Create an organisation (staff)
api-op-update = Change an organisation (staff, or its focal point)
api-op-networks = Networks and their membership types
api-op-memberships = Memberships of a network
api-op-create_membership = Record a membership with its status history (staff)
api-op-offices = Regional offices, open and closed
api-op-people = People (public fields only)
api-op-person = One person (contact details for staff only)
api-op-country_counts = Active members per country
api-op-import_csv = Import organisations from CSV (staff)
api-op-bodies = Governance bodies with sessions and seats
api-op-create_network = Create a network with its membership types (staff)
api-op-create_office = Record a regional office (staff)
api-op-create_body = Create a governance body with sessions and seats (staff)
api-op-create_person = Add a person with positions (staff)
api-op-add_history = Add a dated history event (staff)
api-op-change_status = Change a membership's status (staff)

## API tokens and field-level permissions
tokens-title = API tokens
tokens-intro = Tokens let other programs (a website, a CRM) use the API in your name. Give each its own token, so you can revoke one without stopping the others. Changing your password keeps them.
tokens-shown-once = Copy this token now: it is shown only once and cannot be seen again.
tokens-none = You have no API tokens yet.
tokens-name = Name
tokens-name-example = e.g. Website sync
tokens-scope = May
tokens-scope-read = read only
tokens-scope-write = read and change
tokens-created = Created
tokens-expires = Expires
tokens-expires-days = Days until it expires (empty: never)
tokens-last-used = Last used
tokens-state = State
tokens-never = never
tokens-revoked = revoked
tokens-expired = expired
tokens-revoke = Revoke
tokens-new = New token
tokens-create = Create token
audit-via-token = with the token “{ $token }”
audit-action-create-token = API token created
audit-action-revoke-token = API token revoked
err-secretariat-field = Only the secretariat may change this.
err-range = Must be between { $detail }.
err-changed-meanwhile = Someone changed this at the same moment (it was { $detail }); look again and retry.
org-form-focal-note = You can change your organisation’s names, description, website and logo here. Its short name, kind, parent, country, region and founding-member status are kept by the secretariat: write to them to change those.

# Imports: mapping, duplicate rules, preview, undo
err-import-ambiguous = Matches several organisations ({ $detail }); add a slug column to say which.
err-import-bad-field = “{ $detail }” is not a field an import knows.
err-import-blank-header = Column { $detail } has values but no header. Give it a header (merged header cells leave it empty).
err-import-changed-since = “{ $detail }” was changed by someone after the preview. Check the file again.
err-import-mapping = The column mapping could not be read: give header = field pairs.
err-import-slug-twice = The slug appears on an earlier row too: { $detail }.
err-import-slug-taken = The slug “{ $detail }” already belongs to an organisation in the directory.
err-import-two-columns = Two columns are mapped to one field: { $detail }.
err-import-undone = This import was already undone.
err-sheet-unreadable = The spreadsheet could not be read: { $detail }
import-encoding = Text encoding (CSV files)
import-encoding-auto = Detect (UTF-8, UTF-16, Windows-1252)
import-read-as = Read as { $detail }
import-columns = Columns
import-column = Column in the file
import-column-unknown = not recognised — ignored unless you choose a field
import-field = Field
import-field-id = Id (find existing records)
import-field-slug = Slug (find existing records)
import-field-kind = Kind
import-field-default_lang = Own language
import-field-country = Country (ISO code)
import-field-region = Region
import-field-parent = Parent organisation (slug)
import-field-website = Website
import-field-founding_member = Founding member
import-field-ignore = — Ignore this column —
import-duplicates = Rows that match existing organisations
import-match-by = Find matches by
import-match-auto = Slug or id column if the file has one, otherwise name and country
import-match-key = Slug or id column
import-match-name_country = Name (in any language) and country
import-on-match = For each match
import-on-skip = Skip the row (change nothing)
import-on-update = Update: the file's columns replace stored values
import-on-fill = Fill: only fields that are empty today
import-on-create = Create a new organisation anyway
import-empty-clears = Empty cells clear stored values (with Update)
import-recheck = Check again with these choices
import-rows = What each row would do
import-count-new = { $count } new
import-count-changes = { $count } changes
import-count-unchanged = { $count } unchanged
import-count-duplicates = { $count } duplicates
import-count-problems = { $count } problems
import-new = new
import-change = changes { $detail }
import-unchanged = no change to { $detail }
import-duplicate-line = duplicate of line { $detail }, skipped
import-duplicate-record = matches { $detail }, skipped
import-problem = not imported
import-empty = (empty)
import-nothing-to-write = Nothing in this file would change the directory.
import-nothing-written = Nothing needed writing: the directory already holds everything in the file.
import-done = Imported: { $detail }. You can undo it below.
import-undo-archived = { $count } created records archived
import-undo-restored = { $count } changed records restored
import-undo-refused = { $count } left as they are
import-undo-refused-help = These records were changed after the import, so the undo left them as they are:
import-export = Export
import-export-organisations = Organisations
import-export-memberships = Memberships
import-export-people = People
imports-title = Imports
imports-none = No imports yet.
imports-when = When
imports-who = By
imports-file = File
imports-undo = Undo
imports-undone = undone

# Outbox: messages to people (/staff/messages)
messages-title = Messages
messages-title-one = Message { $id }
messages-hint = Messages to people — confirmations, waiting-list places, visa letters — queued together with the change that causes them, then sent through the mail relay.
messages-card-hint = Confirmations and letters sent to people, and any that failed.
messages-no-relay = No mail relay is configured: messages wait here until one is (--smtp-url or HANSA_SMTP_URL).
messages-relay = Sent through { $relay }.
messages-status = Status
messages-created = Queued at
messages-kind = Kind
messages-recipient = To
messages-subject = Subject
messages-attempts = Attempts
messages-last-error = Last error
messages-next-attempt = Next attempt
messages-sent-at = Sent at
messages-entity = About
messages-language = Language
messages-body = Text
messages-none = No messages.
messages-send-again = Send again
messages-about-same = Other messages about this record
messages-back = All messages
message-status-queued = Queued
message-status-sending = Sending
message-status-sent = Sent
message-status-failed = Failed
message-kind-registration-confirmed = Registration confirmed
message-kind-registration-waitlisted = On the waiting list
message-kind-registration-promoted = Place from the waiting list
message-kind-registration-approved = Registration approved
message-kind-visa-letter = Visa invitation letter
cli-mail-relay = Mail goes out through { $relay }
cli-mail-none = No mail relay configured (--smtp-url): messages wait in the outbox, shown to staff at /staff/messages

# Command line
cli-error = error
cli-not-found = Not found.
cli-forbidden = Not allowed.
cli-storage = The database failed: { $detail }
cli-reading = reading { $detail }
cli-opening = opening { $detail }
cli-accepted-columns = Accepted columns: { $detail }. Pass --mapping FILE to map the others, or --ignore-unknown.
cli-import-refused = Nothing imported: fix the rows above, or pass --skip-invalid to write the others.
cli-import-done = Import #{ $id } written in { $ms } ms. Undo it with: hansa import undo { $id }
cli-bundle-loaded = Loaded { $organisations } organisations, { $networks } networks, { $memberships } memberships, { $offices } offices, { $bodies } bodies, { $people } people.
cli-progress-line = { $phase }: { $done }
cli-phase-checked = rows checked
cli-phase-written = rows written
cli-phase-organisations = organisations
cli-phase-networks = networks
cli-phase-memberships = memberships
cli-phase-people = people
cli-demo-loading = Loading the demo directory …
cli-demo-exists = The database already holds { $count } organisations; demo data not loaded again.
cli-demo-sign-in = Demo sign-in: admin@example.org / { $detail }  (also staff@, focal@, delegate@example.org)
cli-account-exists = An account with e-mail { $detail } already exists.
cli-account-created = Created { $role } account { $email }.
cli-password = Password: { $detail }
cli-password-reset = Password of { $detail } was reset; its sessions were signed out.
cli-token-issued = Token #{ $id } “{ $name }” ({ $scope }) for { $email }; shown only now:
cli-token-revoked = Token #{ $id } “{ $name }” is revoked.
cli-running = Hansa is running on http://{ $addr }  (database: { $database })
cli-public-url = Readers reach it at { $detail }
cli-migrated = Database { $detail } is up to date.
network-public-statuses = Members the public sees
network-public-statuses-help = Staff always see every membership. Visitors, the public API, exports for visitors, counts and the map show only the statuses ticked here; prospects and applicants (the outreach pipeline) are usually kept private.

## Events
nav-events = Events
events-title = Events
events-upcoming = Upcoming
events-past = Past events
events-none = No events yet.
event-kind = Kind
event-kind-forum = Forum
event-kind-general_assembly = General Assembly
event-kind-mayoral_conference = Mayoral conference
event-kind-subcommittee_meeting = Subcommittee meeting
event-kind-side_event = Side event
event-kind-workshop = Workshop
event-kind-training = Training programme
event-status-draft = Draft
event-status-published = Published
event-status-closed = Closed
event-status-archived = Archived
event-role-host = Host
event-role-organiser = Organiser
event-role-co_organiser = Co-organiser
event-role-sponsor = Sponsor
event-role-partner = Partner
event-theme = Theme
event-dates = Dates
event-venue = Venue
event-online = Online
event-zone = times in { $zone }, { $offset }
event-edition = { $series }, edition { $number }
session-kind-opening_ceremony = Opening ceremony
session-kind-keynote = Keynote
session-kind-plenary = Plenary
session-kind-expert_session = Expert session
session-kind-panel = Panel discussion
session-kind-special_lecture = Special lecture
session-kind-local_government_session = Local government session
session-kind-roundtable = Roundtable
session-kind-breakout = Breakout session
session-kind-site_visit = Site visit
session-kind-side_meeting = Side meeting
session-kind-orientation = Orientation
session-kind-module = Module
session-kind-ceremony = Ceremony
session-kind-networking = Networking
session-kind-registration = Registration
session-kind-break = Break
participant-role-speaker = Speakers
participant-role-moderator = Moderator
participant-role-panelist = Panellists
participant-role-presenter = Presenters
participant-role-chair = Chair
participant-role-rapporteur = Rapporteur
participant-role-remarks = Remarks
session-channel = { $language } on channel { $channel }
programme-title = Programme
programme-room = Room
programme-all-rooms = All rooms
programme-show = Show
programme-slides = slides
programme-languages = Languages
programme-interpretation = Interpretation
programme-empty = The programme has not been published yet.
conflicts-title = Programme conflicts
conflict-person = { $person } is in two sessions at once: { $first } and { $second }.
conflict-room = Room { $room } is booked twice: { $first } and { $second }.
conflict-outside = Session { $session } lies outside the event's days.
conflict-ends-before = Session { $session } ends before it starts.
date-long = { $day } { $month } { $year }
date-range = { $first } – { $last }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
err-time-zone = “{ $detail }” is not a time zone we know (use an IANA name such as Asia/Seoul).
err-datetime = “{ $detail }” is not a date and time (use 2023-12-07T09:30).
err-time-skipped = { $detail } does not exist in this time zone: the clocks skip it when summer time starts.
err-time-repeated = { $detail } happens twice in this time zone when summer time ends; choose a time outside that hour.
err-event-too-long = An event may last at most { $detail } days.
err-coordinates = Give both latitude (−90 to 90) and longitude (−180 to 180), or neither.
err-session-ends-before = Session { $detail } ends before it starts.
err-session-outside = Session { $detail } lies outside the event's days.
err-room-double-booked = The room is already booked at that time ({ $detail }).
err-events-file = The events file cannot be read: { $detail }
cli-demo-events = Events loaded: { $count }
programme-calendar = Add the whole programme to your calendar (.ics)
session-calendar = Add to calendar
person-profile = Profile in the directory
person-calendar = Add my programme to a calendar (.ics)
person-programme = Programme
programme-your-time = your time
err-registered-twice = This e-mail address is already registered for this event.
err-category-not-offered = This event has no “{ $detail }” category.
err-registration-closed = Registration for this event is not open.
err-category-full = There is no free place in the “{ $detail }” category.
err-passport-name-for-visa = The name as in the passport is needed for a visa invitation letter.
err-registration-status = A registration that is “{ $detail }” cannot move to that status.
programme-frab = frab format, for video teams and conference apps
category-head_of_delegation = Head of delegation
category-delegate = Delegate
category-speaker = Speaker
category-partner = Partner
category-press = Press
category-observer = Observer
category-staff = Staff
regstatus-pending = Waiting for approval
regstatus-approved = Approved
regstatus-rejected = Not accepted
regstatus-waitlisted = On the waiting list
regstatus-cancelled = Cancelled
regstatus-attended = Attended
registration-action-approved = Approve
registration-action-rejected = Reject
registration-action-attended = Mark attended
answer-yes = Yes
answer-no = No
filter-all = All
list-showing = { $first }–{ $last } of { $total }
hint-native-name = As written in your own script, e.g. 임병진 or 林炳辰.
hint-passport-name = Exactly as in the passport, for the visa invitation letter.
hint-reg-email = Your confirmation and any change of status are sent here.
register-title = Register for { $event }
register-about = About you
register-category = Taking part as
register-position = Position
register-organisation = Organisation
register-protocol = Interpretation, meals and access
register-interpretation = Interpretation into
register-no-interpretation = No interpretation needed
register-dietary = Dietary needs
register-accessibility = Accessibility needs
register-visa = Visa
register-visa-letter = I need a visa invitation letter
register-passport-name = Name as in the passport
register-questions = Questions from the organisers
register-submit = Register
register-privacy = The secretariat uses these details to organise the event only; passport names, dietary and accessibility needs are never shown publicly.
register-places = Places
register-places-left = Places left
register-places-open = No limit
register-places-count = { $count } left
register-waiting-list = Waiting list only
register-deadline = Registration closes on { $deadline }.
register-for-delegation = You are registering officials of { $organisation } as its delegation; each gets their own registration, code and badge.
registration-title = Your registration
registration-status = Status
registration-waiting = Number { $position } on the waiting list
registration-code = Registration code
registration-keep-link = Keep this page's address: it is your key to see or cancel your registration. The code is also on your badge.
registration-details = What you entered
registration-history = History
registration-cancel = Cancel my registration
registration-cancel-confirm = Cancel this registration? Your place goes to the next person on the waiting list.
delegation-title = Delegation
delegation-add = Register another official
delegation-added = { $name } is registered.
delegation-empty = No one is registered for this delegation yet.
staff-registrations-title = Registrations
staff-registrations-search = Name, e-mail or code
staff-places-held = Held
staff-places-capacity = Places
staff-actions = Actions
staff-register-someone = Register someone
event-register = Register
event-registrations = Registrations (staff)
err-registration-deadline = Registration for this event has closed.
err-question-choices = A choice question needs at least two choices.
err-question-no-choices = A “{ $detail }” question takes no choices.
hint-family-name = As in the passport. If you have one name only, write it here.
badges-title = Badges
badges-intro = Badges are printed for approved registrations only, with the name in its own script and in Latin letters, the organisation, the country, the category's colour and a QR code for check-in.
badges-which = Which badges
badges-layout = Paper
badges-layout-a6 = A6, one badge a page (badge printer)
badges-layout-a4 = A4, four badges a sheet with cut marks
badges-codes = Registration codes
hint-badges-codes = Leave empty to print every approved registration (of the category chosen); or list codes, separated by spaces or new lines, to reprint some.
badges-print = Make the PDF
badges-making = Making badges…
event-badges = Badges
err-badge-not-approved = No badge for { $detail }: only approved registrations get one.
err-no-badges = No approved registration to print a badge for.
err-badge-render = The badges could not be made: { $detail }
event-check-in = Check-in
checkin-title = Check-in
checkin-day = Day
checkin-session = Session
checkin-whole-day = The whole day
checkin-online = Online: every scan is sent at once.
checkin-offline = Offline: scans are kept on this device and sent when the network returns.
checkin-waiting = scans waiting to be sent
checkin-of-expected = of { $expected } checked in
checkin-code = Code, QR code or name
hint-checkin-code = Scan the badge (a scanner types into this field), type the code under the QR code, or type part of a name.
checkin-submit = Check in
checkin-camera = Scan with the camera
checkin-recent = Just now
checkin-conflicts = To look at
checkin-checked_in = checked in
checkin-duplicate = already checked in
checkin-replayed = already received
checkin-unknown = no registration has this code
checkin-wrong_event = a badge of another event
checkin-not_admitted = not admitted (registration not approved)
checkin-invalid = not a day or session of this event
checkin-queued = checked in, waiting to be sent
checkin-first-at = first checked in
checkin-choose = Several people match: choose one.
checkin-no-match = No one on the list matches.
err-device = The desk must say which device it is (1 to 64 characters).
err-too-many = At most { $detail } at once.
figures-title = Attendance
figures-headline = { $delegates } { $people ->
        [one] delegate
       *[other] delegates
    } from { $organisations } { $organisations ->
        [one] local government or organisation
       *[other] local governments and organisations
    } of { $countries } { $countries ->
        [one] country
       *[other] countries
    }
figures-more-than = more than { $count }
figures-csv = The figures as CSV
figures-by-country = By country
figures-by-category = By category
figures-by-day = By day
figures-people = People
figures-registered = Counted from check-ins and attendance; { $count } registrations held a place.
event-figures = Attendance figures
cli-demo-delegates = Delegates registered and checked in at the NEAR forum 2023: { $count }
delegates-import-title = Import a delegate list
delegates-import-intro = A spreadsheet (CSV, XLSX or ODS) with a heading row: family_name, given_name, email, and as you have them category, honorific, native_name, position, organisation (a directory short name, or the name as written), country (KR, CN, JP…), interpretation_language, dietary, accessibility, visa_letter, passport_name, and answer:<question code> for the event's own questions. The file is checked first; nothing is written until every row is right.
delegates-import-file = Spreadsheet
delegates-import-check = Check the file
delegates-import-go = Import { $count } registrations
delegates-import-summary = { $rows } rows read ({ $read_as }); { $problems } with problems.
delegates-import-problems = Rows to correct (nothing was imported)
delegates-import-problem = Problem
delegates-import-written = { $count } registrations imported.
staff-import-delegates = Import a delegate list
err-delegate-columns = The file has columns the import does not know: { $detail }. Rename or remove them, so that nothing in them is lost.
err-delegate-columns-missing = The file needs a column “{ $detail }”.
err-delegate-duplicate = The same e-mail address is already on line { $detail }.
programme-list-view = List
programme-grid-view = Timetable
programme-elsewhere = Elsewhere
programme-time = Time
checkin-waiting-one = scan waiting to be sent
register-about-official = The official you register
delegation-add-first = Register an official
message-kind-registration-received = Registration received
message-kind-registration-rejected = Registration not accepted
message-kind-registration-cancelled = Registration cancelled
mail-registration-received-subject = Registration received: { $event }
mail-registration-received-body = Dear { $name },

    we have received your registration for { $event }. The secretariat will confirm it to you.

    Your registration code: { $code }
    See or cancel your registration: { $link }
mail-registration-confirmed-subject = Registration confirmed: { $event }
mail-registration-confirmed-body = Dear { $name },

    your registration for { $event } is confirmed.

    Your registration code: { $code } (it is also on your badge)
    See or cancel your registration: { $link }
mail-registration-waitlisted-subject = On the waiting list: { $event }
mail-registration-waitlisted-body = Dear { $name },

    all places of your category for { $event } are taken, so you are number { $position } on the waiting list. When a place becomes free, the first on the list takes it and is told at once.

    Your registration code: { $code }
    See your place on the list, or leave it: { $link }
mail-registration-promoted-subject = A place for you: { $event }
mail-registration-promoted-body = Dear { $name },

    a place has become free for { $event } and it is yours. Your registration is now: { $status }.

    Your registration code: { $code }
    See or cancel your registration: { $link }
mail-registration-approved-subject = Registration approved: { $event }
mail-registration-approved-body = Dear { $name },

    the secretariat has approved your registration for { $event }.

    Your registration code: { $code } (it is also on your badge)
    See or cancel your registration: { $link }
mail-registration-rejected-subject = Your registration for { $event }
mail-registration-rejected-body = Dear { $name },

    we regret that the secretariat could not accept your registration for { $event }.

    Your registration code: { $code }
mail-registration-cancelled-subject = Registration cancelled: { $event }
mail-registration-cancelled-body = Dear { $name },

    your registration for { $event } is cancelled. If this was not you, please write to the secretariat.

    Your registration code: { $code }
privacy-title = Personal data held
privacy-intro = What this event still holds on each person. Passport names, dietary and accessibility needs are never shown publicly, in logs or in public exports; they go when the person is erased.
privacy-totals = In all
privacy-registrations = Registrations
privacy-answers = Answers
privacy-check-ins = Check-ins
privacy-messages = Messages
privacy-erase-title = Erase a person
privacy-erase-hint = Every registration of this e-mail address, in every event, is erased with its history, check-ins and messages. Badges are printed from registrations, so none can be printed again. This cannot be undone.
privacy-erase = Erase
privacy-erase-confirm = Erase every registration of this person, with their check-ins and messages? This cannot be undone.
privacy-erased = Erased { $count } registrations with their check-ins and messages.
event-privacy = Personal data
visa-title = Visa invitation letters
visa-intro = People who asked for a visa invitation letter. Check the name as in the passport in the preview, then issue the letter: the registrant is told by e-mail and downloads it from their registration page. Only approved registrations get a letter.
visa-none = No one has asked for a visa invitation letter.
visa-letter = Letter
visa-requested = To review
visa-issued = Issued
visa-refused = Refused
visa-preview = Preview (PDF)
visa-issue = Issue
visa-refuse = Refuse
visa-download = Your visa invitation letter (PDF)
visa-secretariat = The Secretariat
visa-reference = Ref. { $code }
visa-letter-title = Invitation letter for a visa application
visa-letter-p1 = { $organiser } is pleased to invite { $name } to { $event }, held in { $venue } on { $dates }.
visa-letter-p2 = We kindly ask the competent authorities to grant the visa needed for this participation. The organisers are responsible for the programme of the event; travel and accommodation are arranged as agreed with the participant's government or organisation.
visa-letter-p3 = This letter is issued for the visa application only and does not by itself commit the organisers to any cost.
visa-signature = Yours faithfully,
mail-visa-letter-subject = Your visa invitation letter
mail-visa-letter-body = Dear { $name },

    your visa invitation letter is ready. You can download it here: { $link }

    Your registration code: { $code }
err-visa-not-asked = This registration did not ask for a visa invitation letter.
err-visa-not-approved = A visa invitation letter is issued to approved registrations only (this one is “{ $detail }”).
event-visa-letters = Visa letters

## Staff editors of events
editor-events-title = Events — staff
editor-new-event = New event
editor-edit-event = Edit the event
editor-all-events = All events (staff)
editor-programme-title = Programme — staff
editor-status = Status
editor-actions = Actions
editor-edit = Edit
editor-public-page = Public page
editor-basics = Basics
editor-title = Title
editor-series = Series
editor-description = Description
editor-place = Address and online
editor-starts-on = First day
editor-ends-on = Last day
editor-time-zone = Time zone
editor-edition = Edition
editor-venue-address = Venue address
editor-latitude = Latitude
editor-longitude = Longitude
editor-online-url = Online link
editor-organisations = Organisations and their roles
editor-organisation = Organisation
editor-role = Role
editor-cell = { $column }, row { $row }
editor-zone = times in { $detail }
editor-new-session = Add a session
editor-edit-session = Edit the session
editor-delete-session = Delete this session
editor-delete-confirm = Delete this session from the programme? Check-ins already recorded for it are kept.
editor-session-kind = Kind of session
editor-starts-at = Starts
editor-ends-at = Ends
editor-online = Online session (also shown in each viewer's time zone)
editor-no-room = No room
editor-rooms = Rooms
editor-no-rooms = none yet
editor-time = Time
editor-people = People
editor-interpretation = Interpretation channels
editor-participants = People in the session
editor-contributions = Contributions, in order
editor-col-language = Language
editor-col-channel = Channel
editor-col-person = Person
editor-col-role = Part
editor-col-title_en = Title (English)
editor-col-title_ko = Title (Korean)
editor-col-organisation = Organisation
editor-col-presenter = Presenter
editor-col-slides_url = Slides link
editor-col-slug = Short name
editor-col-name_en = Name (English)
editor-col-name_ko = Name (Korean)
editor-col-capacity = Seats
editor-part-speaker = Speaker
editor-part-moderator = Moderator
editor-part-panelist = Panellist
editor-part-presenter = Presenter
editor-part-chair = Chair
editor-part-rapporteur = Rapporteur
editor-part-remarks = Remarks
editor-saved-event = The event is saved.
editor-saved-session = The session is saved.
editor-saved-deleted = The session is deleted.
editor-saved-rooms = The rooms are saved.
editor-saved-changed = Someone changed the programme meanwhile; nothing was deleted. Look again and retry.
hint-event-slug = Its address: /events/short-name. Left empty, it is made from the English title; it cannot change later.
hint-time-zone = IANA name, e.g. Asia/Seoul, Europe/Berlin, UTC. Every time of the programme is in this zone.
hint-edition = Its number in the series: 14 for the 14th Subcommittee.
hint-online-url = For online and hybrid events: where people join.
hint-event-organisations = Hosts, organisers, co-organisers, sponsors and partners, by their address name in the directory (e.g. gyeongsangbuk-do). Empty rows are left out.
hint-session-slug = Its address in the programme and calendars. Left empty, it is made from the English title.
hint-event-zone = In the event's time zone ({ $detail }).
hint-languages = Languages spoken, as codes separated by commas: en, ko.
hint-editor-interpretation = Which language is interpreted into on which receiver channel or booth, e.g. en / 1.
hint-editor-participants = Directory people and organisations by their address name (the last part of their page's address, e.g. lim-byung-jin), with the title they held at the time.
hint-editor-contributions = Presentations in the order they are given.
hint-editor-rooms = The venue's rooms (or online channels). A room a session uses cannot be removed.
err-slug-taken = The short name “{ $detail }” is taken by another event.
err-event-changed = Someone saved this event after you opened it. Your changes are still in the form: look at the event again, then save.
err-event-status-move = An event cannot move to “{ $detail }” from its current status (draft → published → closed → archived).
err-room-in-use = Room “{ $detail }” is still used by a session.
err-room-capacity = Seats must be a whole number, 0 or more.
err-not-a-number = “{ $detail }” is not a number.
err-participant-row = Give both the person and their part.
err-contribution-title = A contribution needs a title.
editor-more-languages = Chinese, Japanese, Russian, Mongolian
editor-open-current = Open the current version in a new tab
editor-edit-programme = Edit the programme
editor-saved-created = The event is created as a draft. Add its rooms and sessions, then publish it.
editor-no-sessions = No sessions yet.
staff-events = Events and programmes
staff-events-hint = Create events, edit their programme, rooms and people
err-ends-before-start = Ends before it starts.
err-outside-event-days = Lies outside the event's days.
cli-scheduling = Scheduling the meeting requests …
cli-scheduled = Scheduled { $scheduled } of { $meetings } meetings: priority total { $total } of at most { $bound } ({ $percent } %), { $ms } ms → { $output }
cli-roundtables-done = Roundtable seats written to { $output }

## Outreach log (crates/meetings)
staff-outreach = Outreach log
staff-outreach-hint = Bilateral meetings with cities and the follow-ups they lead to
outreach-title = Outreach log
outreach-new = Record a meeting
outreach-edit = Edit the meeting
outreach-meeting = Meeting
outreach-meeting-on = Meeting of { $date }
outreach-meetings = Meetings
outreach-met-on = Date
outreach-place = Place
outreach-hint-place = A city and venue, if not at an event of the calendar
outreach-event = Event
outreach-hint-event = The event's slug (e.g. near-forum-2023), if it took place at one
outreach-topics = Topics
outreach-hint-topics = Tags separated by commas, e.g. electric buses, hydrogen
outreach-notes = Notes
outreach-hint-notes = Staff only: never shown on a public page
outreach-outcome = Outcome
outreach-organisations = Organisations met
outreach-ours = Our participants
outreach-theirs = Their participants
outreach-col-organisations = Organisation
outreach-col-ours = Person
outreach-col-theirs = Person
outreach-hint-organisations = At least one organisation, by its slug (e.g. lublin)
outreach-hint-ours = The secretariat's people, by slug (e.g. park-jung-sook)
outreach-hint-theirs = The delegation's people, by slug (e.g. lim-byung-jin)
outreach-my-follow-ups = My follow-ups
outreach-follow-ups = Follow-ups
outreach-no-follow-ups = No follow-ups.
outreach-add-follow-up = Add a follow-up
outreach-none = No meetings recorded.
outreach-filter-tag = Topic
outreach-filter = Filter
outreach-filter-clear = Show all
outreach-follow-up-title = Follow-up
outreach-organisation = Organisation
outreach-owner = Owner
outreach-due-on = Due
outreach-leads-to = Leads to
outreach-reference = Reference
outreach-hint-reference = An event's slug, a prize, a network
outreach-status = Status
outreach-overdue = overdue
outreach-mark-done = Done
outreach-mark-dropped = Drop
outreach-status-open = Open
outreach-status-done = Done
outreach-status-dropped = Dropped
outreach-leads-event_registration = Event registration
outreach-leads-prize_application = Prize application
outreach-leads-membership = Membership
outreach-leads-regional_office = Regional office
outreach-leads-other = Other
outreach-timeline-of = Timeline of { $name }
outreach-timeline-empty = Nothing recorded with this organisation yet.
outreach-public-page = Public page
outreach-kind-meeting = Meeting
outreach-kind-follow-up = Follow-up
outreach-kind-membership = Membership
err-outreach-place-or-event = Give a place or an event (or both).
err-outreach-no-organisation = Name at least one organisation met.
err-outreach-too-many-topics = At most { $detail } topics.
err-outreach-owner-not-staff = The owner must be a staff member.
err-outreach-file = The outreach file cannot be read: { $detail }
err-follow-up-closed = This follow-up is closed and stays as it was.
err-follow-up-status = A follow-up moves only from open to done or dropped (not to “{ $detail }”).
cli-demo-outreach = Outreach log loaded: { $meetings } meetings, { $follow_ups } follow-ups
outreach-saved-meeting = The meeting is saved.
outreach-saved-follow-up = The follow-up is added.
outreach-saved-status = The follow-up is closed.
outreach-meeting-with = Meeting with { $organisations }, { $date }
outreach-narrowed-organisation = Only meetings with { $organisation }.
outreach-narrowed-year = Only meetings in { $year }.
outreach-narrowed-both = Only meetings with { $organisation } in { $year }.
