#!/usr/bin/env python3
"""Check demo/directory.toml against the demo directory format.

Usage:  python3 demo/check_directory.py [path/to/directory.toml]

Checks: TOML parses; only the documented keys are used; slugs are well-formed and unique;
every referenced slug exists (parents without cycles, networks, hosts, seats, positions,
focal points); English names are present; language tags, ISO 3166-1 alpha-2 country codes
(from crates/core/data/countries.tsv), regions and every enumeration are valid; dates are
YYYY-MM-DD and ordered; membership types exist in their network; membership history is oldest
first, follows the status lifecycle (as MembershipStatus::can_move_to in crates/domain) and ends
in the current status; contact data is fake (example.org, +82-2-0000-xxxx);
at least 70 organisations covering Africa, the Americas, Asia, Europe and Oceania; 4-6 focal
points. Exits 1 and lists every problem when something is wrong; prints counts otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FILE = HERE / "directory.toml"
COUNTRIES_TSV = HERE.parent / "crates" / "core" / "data" / "countries.tsv"

ORG_KINDS = {"city", "regional_government", "national_agency", "company", "university",
             "international_organisation", "ngo"}
REGIONS = {"africa", "north-america", "latin-america-caribbean", "east-asia", "southeast-asia",
           "south-asia", "central-asia", "west-asia", "europe", "oceania"}
CONTINENT_OF_REGION = {
    "africa": "Africa", "north-america": "Americas", "latin-america-caribbean": "Americas",
    "east-asia": "Asia", "southeast-asia": "Asia", "south-asia": "Asia", "central-asia": "Asia",
    "west-asia": "Asia", "europe": "Europe", "oceania": "Oceania",
}
CONTINENTS = {"Africa", "Americas", "Asia", "Europe", "Oceania"}
HISTORY_EVENTS = {"founded", "renamed", "merged", "split", "dissolved"}
STATUSES = {"prospect", "applicant", "active", "lapsed", "suspended", "withdrawn"}
BODY_KINDS = {"general_assembly", "executive_committee", "subcommittee", "working_group"}
SEAT_ROLES = {"chair", "vice_chair", "member", "secretariat"}
NAME_ORDERS = {"family_first", "given_first"}
# The moves a secretariat makes (mirrors MembershipStatus::can_move_to in crates/domain);
# a status never "moves" to itself.
STATUS_MOVES = {
    "prospect": {"applicant", "active", "withdrawn"},
    "applicant": {"prospect", "active", "withdrawn"},
    "active": {"lapsed", "suspended", "withdrawn"},
    "lapsed": {"active", "withdrawn"},
    "suspended": {"active", "withdrawn"},
    "withdrawn": {"prospect", "applicant"},
}
MIN_ORGANISATIONS = 70
FOCAL_POINTS = (4, 6)

TOP_KEYS = {"organisation", "network", "membership", "office", "body", "person"}
ORG_KEYS = {"slug", "kind", "name", "default_lang", "country", "region", "parent", "website",
            "description", "founding_member", "history"}
ORG_REQUIRED = {"slug", "kind", "name", "default_lang"}
HISTORY_KEYS = {"date", "event", "name", "note"}
NETWORK_KEYS = {"slug", "organisation", "name", "membership_type"}
MTYPE_KEYS = {"code", "name"}
MEMBERSHIP_KEYS = {"network", "organisation", "type", "status", "since", "until", "history"}
MHIST_KEYS = {"date", "status", "note"}
OFFICE_KEYS = {"network", "host", "city", "region_covered", "since", "until"}
BODY_KEYS = {"network", "slug", "kind", "name", "session", "seat"}
SESSION_KEYS = {"number", "date", "host", "place"}
SEAT_KEYS = {"organisation", "person", "role", "since", "until"}
PERSON_KEYS = {"slug", "given_name", "family_name", "name_order", "native_name", "honorific",
               "email", "phone", "focal_point_for", "position"}
POSITION_KEYS = {"organisation", "title", "since", "until"}

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
CODE_RE = re.compile(r"^[a-z0-9_-]+$")
LANG_TAG_RE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")   # ko, zh-hant, pt-br (lower-cased)
PRIMARY_LANG_RE = re.compile(r"^[a-z]{2,3}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@example\.org$")
PHONE_RE = re.compile(r"^\+82-2-0000-\d{4}$")
MAX_NAME = 300
MAX_TEXT = 5000


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    # --- field helpers -------------------------------------------------------------------

    def keys(self, where: str, table: object, allowed: set[str], required: set[str] = frozenset()) -> bool:
        if not isinstance(table, dict):
            self.err(where, "must be a table")
            return False
        for k in sorted(set(table) - allowed):
            self.err(where, f"unknown key {k!r}")
        for k in sorted(required - set(table)):
            self.err(where, f"missing key {k!r}")
        return True

    def text(self, where: str, value: object, required: bool = True) -> str | None:
        if value is None:
            if required:
                self.err(where, "missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.err(where, "must be a non-empty string")
            return None
        if len(value) > MAX_NAME:
            self.err(where, f"longer than {MAX_NAME} characters")
        return value

    def localized(self, where: str, value: object, required: bool = True, en: bool = True,
                  max_len: int = MAX_NAME) -> None:
        if value is None:
            if required:
                self.err(where, "missing")
            return
        if not isinstance(value, dict) or not value:
            self.err(where, "must be a non-empty inline table of locale = text")
            return
        for lang, text in value.items():
            if not LANG_TAG_RE.match(lang):
                self.err(where, f"bad language tag {lang!r}")
            if not isinstance(text, str) or not text.strip():
                self.err(f"{where}.{lang}", "must be a non-empty string")
            elif len(text) > max_len:
                self.err(f"{where}.{lang}", f"longer than {max_len} characters")
            elif any(ord(c) < 32 for c in text):
                self.err(f"{where}.{lang}", "control characters")
        if en and "en" not in value:
            self.err(where, "English (en) text is required")

    def date(self, where: str, value: object, required: bool = True) -> dt.date | None:
        if value is None:
            if required:
                self.err(where, "missing date")
            return None
        if not isinstance(value, str) or not DATE_RE.match(value):
            self.err(where, f"date must be a \"YYYY-MM-DD\" string, got {value!r}")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.err(where, f"not a calendar date: {value!r}")
            return None

    def span(self, where: str, table: dict, since_required: bool = False) -> tuple[dt.date | None, dt.date | None]:
        since = self.date(f"{where}.since", table.get("since"), required=since_required)
        until = self.date(f"{where}.until", table.get("until"), required=False)
        if since and until and until < since:
            self.err(where, f"until {until} is before since {since}")
        return since, until

    def slug(self, where: str, value: object) -> str | None:
        if not isinstance(value, str) or not (2 <= len(value) <= 64) or not SLUG_RE.match(value):
            self.err(where, f"bad slug {value!r} (a-z, 0-9, '-', 2..64 chars, no leading/trailing '-')")
            return None
        return value

    def choice(self, where: str, value: object, allowed: set[str]) -> None:
        if value not in allowed:
            self.err(where, f"{value!r} is not one of {sorted(allowed)}")


def load_countries() -> dict[str, str]:
    """alpha-2 -> region code, from the table the domain crate bundles."""
    out: dict[str, str] = {}
    with open(COUNTRIES_TSV, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        i_code, i_region = header.index("alpha2"), header.index("region")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > max(i_code, i_region):
                out[cols[i_code]] = cols[i_region]
    return out


def check(path: Path) -> int:
    c = Checker()
    raw = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        print(f"{path}: TOML does not parse: {e}")
        return 1
    countries = load_countries()

    for k in sorted(set(data) - TOP_KEYS):
        c.err("top level", f"unknown key {k!r}")

    orgs = data.get("organisation", [])
    networks = data.get("network", [])
    memberships = data.get("membership", [])
    offices = data.get("office", [])
    bodies = data.get("body", [])
    people = data.get("person", [])

    # Slug namespaces: organisations, people and bodies share one (all must be unique);
    # networks have their own (a network is usually named like the organisation running it).
    global_slugs: Counter[str] = Counter()
    org_slugs: set[str] = set()
    person_slugs: set[str] = set()
    for i, o in enumerate(orgs):
        if isinstance(o, dict) and isinstance(o.get("slug"), str):
            global_slugs[o["slug"]] += 1
            org_slugs.add(o["slug"])
    for i, p in enumerate(people):
        if isinstance(p, dict) and isinstance(p.get("slug"), str):
            global_slugs[p["slug"]] += 1
            person_slugs.add(p["slug"])
    for b in bodies:
        if isinstance(b, dict) and isinstance(b.get("slug"), str):
            global_slugs[b["slug"]] += 1
    for s, n in sorted(global_slugs.items()):
        if n > 1:
            c.err("slugs", f"{s!r} is used {n} times (organisation/person/body slugs must be unique)")

    def org_ref(where: str, value: object) -> None:
        if not isinstance(value, str) or value not in org_slugs:
            c.err(where, f"unknown organisation {value!r}")

    def person_ref(where: str, value: object) -> None:
        if not isinstance(value, str) or value not in person_slugs:
            c.err(where, f"unknown person {value!r}")

    # --- organisations ---------------------------------------------------------------------
    parents: dict[str, str] = {}
    continents: Counter[str] = Counter()
    founding = 0
    for i, o in enumerate(orgs):
        w = f"organisation[{i}]"
        if not c.keys(w, o, ORG_KEYS, ORG_REQUIRED):
            continue
        slug = c.slug(f"{w}.slug", o.get("slug"))
        if slug:
            w = f"organisation {slug!r}"
        c.choice(f"{w}.kind", o.get("kind"), ORG_KINDS)
        c.localized(f"{w}.name", o.get("name"))
        lang = o.get("default_lang")
        if not isinstance(lang, str) or not PRIMARY_LANG_RE.match(lang):
            c.err(f"{w}.default_lang", f"must be a BCP 47 primary language tag, got {lang!r}")
        country = o.get("country")
        if country is not None and (not isinstance(country, str) or country not in countries):
            c.err(f"{w}.country", f"{country!r} is not an ISO 3166-1 alpha-2 code (upper case)")
        region = o.get("region")
        if region is not None:
            c.choice(f"{w}.region", region, REGIONS)
        effective = region if region in REGIONS else countries.get(country) if isinstance(country, str) else None
        if effective in CONTINENT_OF_REGION:
            continents[CONTINENT_OF_REGION[effective]] += 1
        if "parent" in o:
            org_ref(f"{w}.parent", o["parent"])
            if o["parent"] == slug:
                c.err(f"{w}.parent", "an organisation cannot be its own parent")
            elif slug and isinstance(o["parent"], str):
                parents[slug] = o["parent"]
        site = o.get("website")
        if site is not None and (not isinstance(site, str) or not re.match(r"^https://[^\s/]+\.[^\s/]+(/\S*)?$", site)):
            c.err(f"{w}.website", f"must be an https URL, got {site!r}")
        c.localized(f"{w}.description", o.get("description"), required=False, en=False, max_len=MAX_TEXT)
        fm = o.get("founding_member", False)
        if not isinstance(fm, bool):
            c.err(f"{w}.founding_member", "must be true or false")
        elif fm:
            founding += 1
        prev = None
        for j, h in enumerate(o.get("history", [])):
            hw = f"{w}.history[{j}]"
            if not c.keys(hw, h, HISTORY_KEYS, {"date", "event", "name"}):
                continue
            d = c.date(f"{hw}.date", h.get("date"))
            if d and prev and d < prev:
                c.err(hw, "history must be oldest first")
            prev = d or prev
            c.choice(f"{hw}.event", h.get("event"), HISTORY_EVENTS)
            c.localized(f"{hw}.name", h.get("name"))
            c.localized(f"{hw}.note", h.get("note"), required=False, en=False, max_len=MAX_TEXT)

    for start in parents:  # parent chains must end
        seen, cur = set(), start
        while cur in parents:
            if cur in seen:
                c.err(f"organisation {start!r}", "parent chain has a cycle")
                break
            seen.add(cur)
            cur = parents[cur]

    # --- networks --------------------------------------------------------------------------
    network_types: dict[str, set[str]] = {}
    for i, n in enumerate(networks):
        w = f"network[{i}]"
        if not c.keys(w, n, NETWORK_KEYS, {"slug", "organisation", "name", "membership_type"}):
            continue
        slug = c.slug(f"{w}.slug", n.get("slug"))
        if slug:
            w = f"network {slug!r}"
            if slug in network_types:
                c.err(w, "duplicate network slug")
        org_ref(f"{w}.organisation", n.get("organisation"))
        c.localized(f"{w}.name", n.get("name"))
        codes: set[str] = set()
        for j, t in enumerate(n.get("membership_type", [])):
            tw = f"{w}.membership_type[{j}]"
            if not c.keys(tw, t, MTYPE_KEYS, MTYPE_KEYS):
                continue
            code = t.get("code")
            if not isinstance(code, str) or not CODE_RE.match(code):
                c.err(f"{tw}.code", f"bad code {code!r}")
            elif code in codes:
                c.err(f"{tw}.code", f"duplicate code {code!r}")
            else:
                codes.add(code)
            c.localized(f"{tw}.name", t.get("name"))
        if not codes:
            c.err(w, "needs at least one membership_type")
        if slug:
            network_types[slug] = codes

    # --- memberships -----------------------------------------------------------------------
    pairs: Counter[tuple[str, str]] = Counter()
    statuses: Counter[str] = Counter()
    for i, m in enumerate(memberships):
        w = f"membership[{i}]"
        if not c.keys(w, m, MEMBERSHIP_KEYS, {"network", "organisation", "type", "status", "history"}):
            continue
        net, org = m.get("network"), m.get("organisation")
        w = f"membership {net}/{org}"
        if net not in network_types:
            c.err(f"{w}.network", f"unknown network {net!r}")
        elif m.get("type") not in network_types[net]:
            c.err(f"{w}.type", f"{m.get('type')!r} is not a membership type of {net!r} {sorted(network_types[net])}")
        org_ref(f"{w}.organisation", org)
        pairs[(str(net), str(org))] += 1
        status = m.get("status")
        c.choice(f"{w}.status", status, STATUSES)
        statuses[str(status)] += 1
        since, until = c.span(w, m)
        if until and status not in ("lapsed", "withdrawn"):
            c.err(w, f"has until {until} but status is {status!r} (only lapsed/withdrawn memberships end)")
        hist = m.get("history", [])
        if not isinstance(hist, list) or not hist:
            c.err(f"{w}.history", "needs at least one dated status entry")
            continue
        prev = None
        prev_status = None
        for j, h in enumerate(hist):
            hw = f"{w}.history[{j}]"
            if not c.keys(hw, h, MHIST_KEYS, {"date", "status"}):
                continue
            d = c.date(f"{hw}.date", h.get("date"))
            if d and prev and d < prev:
                c.err(hw, "history must be oldest first")
            prev = d or prev
            c.choice(f"{hw}.status", h.get("status"), STATUSES)
            st = h.get("status")
            if prev_status in STATUS_MOVES and st not in STATUS_MOVES[prev_status]:
                c.err(f"{hw}.status", f"{prev_status!r} cannot move to {st!r} (allowed: {sorted(STATUS_MOVES[prev_status])})")
            prev_status = st
            if "note" in h:
                c.text(f"{hw}.note", h["note"])
        if isinstance(hist[-1], dict) and hist[-1].get("status") != status:
            c.err(w, f"last history status {hist[-1].get('status')!r} differs from status {status!r}")
        if since and isinstance(hist[0], dict) and isinstance(hist[0].get("date"), str):
            first = c.date(f"{w}.history[0].date", hist[0]["date"])
            if first and first > since:
                c.err(w, f"history starts {first}, after since {since}")
    for (net, org), n in pairs.items():
        if n > 1:
            c.err(f"membership {net}/{org}", f"listed {n} times")

    # --- offices ---------------------------------------------------------------------------
    for i, o in enumerate(offices):
        w = f"office[{i}]"
        if not c.keys(w, o, OFFICE_KEYS, {"network", "host", "city", "region_covered", "since"}):
            continue
        w = f"office {o.get('network')}/{o.get('host')}"
        if o.get("network") not in network_types:
            c.err(f"{w}.network", f"unknown network {o.get('network')!r}")
        org_ref(f"{w}.host", o.get("host"))
        c.localized(f"{w}.city", o.get("city"))
        c.localized(f"{w}.region_covered", o.get("region_covered"))
        c.span(w, o, since_required=True)

    # --- bodies ----------------------------------------------------------------------------
    for i, b in enumerate(bodies):
        w = f"body[{i}]"
        if not c.keys(w, b, BODY_KEYS, {"network", "slug", "kind", "name"}):
            continue
        slug = c.slug(f"{w}.slug", b.get("slug"))
        if slug:
            w = f"body {slug!r}"
        if b.get("network") not in network_types:
            c.err(f"{w}.network", f"unknown network {b.get('network')!r}")
        c.choice(f"{w}.kind", b.get("kind"), BODY_KINDS)
        c.localized(f"{w}.name", b.get("name"))
        numbers: set[int] = set()
        for j, s in enumerate(b.get("session", [])):
            sw = f"{w}.session[{j}]"
            if not c.keys(sw, s, SESSION_KEYS, {"number", "date"}):
                continue
            num = s.get("number")
            if not isinstance(num, int) or isinstance(num, bool) or num < 1:
                c.err(f"{sw}.number", f"must be a positive integer, got {num!r}")
            elif num in numbers:
                c.err(f"{sw}.number", f"duplicate session number {num}")
            else:
                numbers.add(num)
            c.date(f"{sw}.date", s.get("date"))
            if "host" in s:
                org_ref(f"{sw}.host", s["host"])
            c.localized(f"{sw}.place", s.get("place"), required=False)
        for j, s in enumerate(b.get("seat", [])):
            sw = f"{w}.seat[{j}]"
            if not c.keys(sw, s, SEAT_KEYS, {"role"}):
                continue
            has_org, has_person = "organisation" in s, "person" in s
            if has_org == has_person:
                c.err(sw, "needs exactly one of organisation or person")
            elif has_org:
                org_ref(f"{sw}.organisation", s["organisation"])
            else:
                person_ref(f"{sw}.person", s["person"])
            c.choice(f"{sw}.role", s.get("role"), SEAT_ROLES)
            c.span(sw, s)

    # --- people ----------------------------------------------------------------------------
    focal = 0
    for i, p in enumerate(people):
        w = f"person[{i}]"
        if not c.keys(w, p, PERSON_KEYS, {"slug", "given_name", "family_name", "name_order"}):
            continue
        slug = c.slug(f"{w}.slug", p.get("slug"))
        if slug:
            w = f"person {slug!r}"
        c.text(f"{w}.given_name", p.get("given_name"))
        c.text(f"{w}.family_name", p.get("family_name"))
        c.choice(f"{w}.name_order", p.get("name_order"), NAME_ORDERS)
        c.text(f"{w}.native_name", p.get("native_name"), required=False)
        c.text(f"{w}.honorific", p.get("honorific"), required=False)
        email = p.get("email")
        if email is not None and (not isinstance(email, str) or not EMAIL_RE.match(email)):
            c.err(f"{w}.email", f"must be an @example.org address, got {email!r}")
        phone = p.get("phone")
        if phone is not None and (not isinstance(phone, str) or not PHONE_RE.match(phone)):
            c.err(f"{w}.phone", f"must be a fake +82-2-0000-xxxx number, got {phone!r}")
        if "focal_point_for" in p:
            org_ref(f"{w}.focal_point_for", p["focal_point_for"])
            focal += 1
        for j, pos in enumerate(p.get("position", [])):
            pw = f"{w}.position[{j}]"
            if not c.keys(pw, pos, POSITION_KEYS, {"organisation", "title"}):
                continue
            org_ref(f"{pw}.organisation", pos.get("organisation"))
            c.localized(f"{pw}.title", pos.get("title"))
            c.span(pw, pos)

    # --- whole-file rules ------------------------------------------------------------------
    if len(orgs) < MIN_ORGANISATIONS:
        c.err("organisations", f"{len(orgs)} < {MIN_ORGANISATIONS}")
    for cont in sorted(CONTINENTS - set(continents)):
        c.err("organisations", f"no organisation in {cont}")
    if not FOCAL_POINTS[0] <= focal <= FOCAL_POINTS[1]:
        c.err("people", f"{focal} focal points; expected {FOCAL_POINTS[0]}-{FOCAL_POINTS[1]}")
    # No real contact data may slip in anywhere (comments included).
    for n, line in enumerate(raw.splitlines(), 1):
        for addr in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", line):
            if not addr.lower().endswith("@example.org"):
                c.err(f"line {n}", f"e-mail address outside example.org: {addr}")
        # International (+..) and Korean domestic (02-720-xxxx, 070-...) phone formats.
        for num in re.findall(r"\+\d[\d ()x-]*[\dx]|(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])", line):
            if not re.fullmatch(r"\+82-2-0000-(\d{4}|xxxx)", num.strip()):
                c.err(f"line {n}", f"looks like a real phone number: {num.strip()}")

    if c.errors:
        for e in c.errors:
            print(e)
        print(f"\n{len(c.errors)} problem(s) in {path}")
        return 1

    kinds = Counter(o["kind"] for o in orgs)
    per_network = Counter(m["network"] for m in memberships)
    sessions = sum(len(b.get("session", [])) for b in bodies)
    seats = sum(len(b.get("seat", [])) for b in bodies)
    open_offices = sum(1 for o in offices if "until" not in o)
    print(f"{path}: OK")
    print(f"  organisations: {len(orgs)}  " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"  continents:    " + ", ".join(f"{k} {v}" for k, v in sorted(continents.items())))
    print(f"  countries:     {len({o.get('country') for o in orgs if o.get('country')})}")
    print(f"  founding members flagged: {founding}")
    print(f"  networks:      {len(networks)}  ({', '.join(n['slug'] for n in networks)})")
    print(f"  memberships:   {len(memberships)}  " + ", ".join(f"{k} {v}" for k, v in sorted(per_network.items())))
    print(f"  statuses:      " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    print(f"  offices:       {len(offices)}  ({open_offices} open, {len(offices) - open_offices} closed)")
    print(f"  bodies:        {len(bodies)}  sessions {sessions}, seats {seats}")
    print(f"  people:        {len(people)}  focal points {focal}")
    return 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FILE))
