#!/usr/bin/env python3
"""Check demo/events.toml against the demo event format.

Usage:  python3 demo/check_events.py [path/to/events.toml [path/to/directory.toml]]

Checks: TOML parses; only the documented keys are used and required keys are present; every
enumeration (event kind, status, organisation role, session kind, participant role) is valid;
slugs are well-formed and unique (events; rooms and sessions within their event); texts are
language maps of the six languages (en, ko, zh, ja, ru, mn) with English present; the time zone
is an IANA zone; dates are YYYY-MM-DD, times YYYY-MM-DDTHH:MM local (no offset); sessions lie
within the event's days and end after they start; past events are closed or archived;
referenced people and organisations exist in demo/directory.toml, rooms in the event; a
participant's organisation is one where the directory gives them a position, current at the
event; every contribution's presenter is a participant of its session; no person is in two
sessions at once (across all events) and no room is booked twice at once; online sessions have
no room and need the event's online_url; online-only events have only online sessions;
interpretation channels are unique per session; coordinates are in range; online_url is on
example.org; no e-mail address outside example.org and no real-looking phone number anywhere in
the file (comments included). Exits 1 and lists every problem when something is wrong; prints
counts per event otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HERE = Path(__file__).resolve().parent
DEFAULT_FILE = HERE / "events.toml"
DEFAULT_DIRECTORY = HERE / "directory.toml"

EVENT_KINDS = {"forum", "general_assembly", "mayoral_conference", "subcommittee_meeting", "side_event",
               "workshop", "training"}
STATUSES = {"draft", "published", "closed", "archived"}
ORG_ROLES = {"host", "organiser", "co_organiser", "sponsor", "partner"}
SESSION_KINDS = {"opening_ceremony", "keynote", "plenary", "expert_session", "panel", "special_lecture",
                 "local_government_session", "roundtable", "breakout", "site_visit", "side_meeting",
                 "orientation", "module", "ceremony", "networking", "registration", "break"}
PARTICIPANT_ROLES = {"speaker", "moderator", "panelist", "presenter", "chair", "rapporteur", "remarks"}
LANGUAGES = {"en", "ko", "zh", "ja", "ru", "mn"}

EVENT_KEYS = {"slug", "kind", "title", "theme", "description", "series", "edition", "starts_on", "ends_on",
              "time_zone", "status", "venue_name", "venue_address", "latitude", "longitude", "online_url",
              "website", "organisation", "room", "session", "registration"}
EVENT_REQUIRED = {"slug", "kind", "title", "starts_on", "ends_on", "time_zone", "status"}
EORG_KEYS = {"organisation", "role"}
ROOM_KEYS = {"slug", "name", "capacity"}
SESSION_KEYS = {"slug", "kind", "title", "description", "starts_at", "ends_at", "room", "online", "languages",
                "interpretation", "participant", "contribution"}
SESSION_REQUIRED = {"slug", "kind", "title", "starts_at", "ends_at", "languages"}
INTERP_KEYS = {"language", "channel"}
PARTICIPANT_KEYS = {"person", "role", "title", "organisation"}
PARTICIPANT_REQUIRED = {"person", "role", "title"}
CONTRIB_KEYS = {"title", "presenter", "organisation"}
CONTRIB_REQUIRED = {"title", "presenter"}

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LOCAL_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
CHANNEL_RE = re.compile(r"^\d{1,3}$")
MAX_NAME = 300
MAX_TEXT = 5000


def example_org(host: str | None) -> bool:
    return bool(host) and (host == "example.org" or host.endswith(".example.org"))


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def keys(self, where: str, table: object, allowed: set[str], required: set[str] = frozenset()) -> bool:
        if not isinstance(table, dict):
            self.err(where, "must be a table")
            return False
        for k in sorted(set(table) - allowed):
            self.err(where, f"unknown key {k!r}")
        for k in sorted(required - set(table)):
            self.err(where, f"missing key {k!r}")
        return True

    def tables(self, where: str, value: object) -> list:
        """An array of tables (absent = empty)."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.err(where, "must be an array of tables")
            return []
        return value

    def localized(self, where: str, value: object, required: bool = True, max_len: int = MAX_NAME) -> None:
        if value is None:
            if required:
                self.err(where, "missing")
            return
        if not isinstance(value, dict) or not value:
            self.err(where, "must be a non-empty inline table of language = text")
            return
        for lang, text in value.items():
            if lang not in LANGUAGES:
                self.err(where, f"language {lang!r} is not one of {sorted(LANGUAGES)}")
            if not isinstance(text, str) or not text.strip():
                self.err(f"{where}.{lang}", "must be a non-empty string")
            elif len(text) > max_len:
                self.err(f"{where}.{lang}", f"longer than {max_len} characters")
            elif any(ord(c) < 32 for c in text):
                self.err(f"{where}.{lang}", "control characters")
            elif text != text.strip():
                self.err(f"{where}.{lang}", "leading or trailing white space")
        if "en" not in value:
            self.err(where, "English (en) text is required")

    def slug(self, where: str, value: object) -> str | None:
        if not isinstance(value, str) or not (2 <= len(value) <= 64) or not SLUG_RE.match(value):
            self.err(where, f"bad slug {value!r} (a-z, 0-9, '-', 2..64 chars, no leading/trailing '-')")
            return None
        return value

    def choice(self, where: str, value: object, allowed: set[str]) -> None:
        if value not in allowed:
            self.err(where, f"{value!r} is not one of {sorted(allowed)}")

    def date(self, where: str, value: object) -> dt.date | None:
        if not isinstance(value, str) or not DATE_RE.match(value):
            self.err(where, f"date must be a \"YYYY-MM-DD\" string, got {value!r}")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.err(where, f"not a calendar date: {value!r}")
            return None

    def local_time(self, where: str, value: object) -> dt.datetime | None:
        if not isinstance(value, str) or not LOCAL_TIME_RE.match(value):
            self.err(where, f"must be a local \"YYYY-MM-DDTHH:MM\" string without offset, got {value!r}")
            return None
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            self.err(where, f"not a valid date and time: {value!r}")
            return None

    def url(self, where: str, value: object, example_only: bool) -> None:
        if not isinstance(value, str):
            self.err(where, "must be a string")
            return
        u = urlparse(value)
        if u.scheme not in ("http", "https") or not u.hostname or " " in value:
            self.err(where, f"not an http(s) URL: {value!r}")
        elif example_only and (u.scheme != "https" or not example_org(u.hostname)):
            self.err(where, f"must be an https URL on example.org, got {value!r}")


def overlaps(uses: list[tuple]) -> list[tuple[tuple, tuple]]:
    """Every pair of (key, start, end, label) entries with the same key whose times overlap."""
    out = []
    by_key: dict[object, list[tuple]] = {}
    for u in uses:
        by_key.setdefault(u[0], []).append(u)
    for items in by_key.values():
        items.sort(key=lambda u: u[1])
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if b[1] >= a[2]:
                    break
                out.append((a, b))
    return out


def load_directory(path: Path) -> tuple[set[str], dict[str, list[dict]]]:
    """(organisation slugs, person slug -> positions) from demo/directory.toml."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    orgs = {o["slug"] for o in data.get("organisation", []) if isinstance(o, dict) and "slug" in o}
    people = {p["slug"]: p.get("position", []) for p in data.get("person", []) if isinstance(p, dict) and "slug" in p}
    return orgs, people


def check(path: Path, directory: Path) -> int:
    c = Checker()
    raw = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        print(f"{path}: TOML does not parse: {e}")
        return 1
    try:
        org_slugs, people = load_directory(directory)
    except (OSError, tomllib.TOMLDecodeError) as e:
        print(f"{directory}: cannot read the directory: {e}")
        return 1

    for k in sorted(set(data) - {"event"}):
        c.err("top level", f"unknown key {k!r}")
    events = c.tables("event", data.get("event"))
    if not events:
        c.err("event", "no events")

    today = dt.date.today()
    event_slugs: Counter[str] = Counter()
    # (person, start UTC, end UTC, where) over all events, for double-booking across events.
    bookings: list[tuple[str, dt.datetime, dt.datetime, str]] = []
    stats: list[tuple[str, dict[str, int]]] = []

    for i, e in enumerate(events):
        w = f"event[{i}]"
        if not c.keys(w, e, EVENT_KEYS, EVENT_REQUIRED):
            continue
        eslug = c.slug(f"{w}.slug", e.get("slug"))
        if eslug:
            w = f"event {eslug!r}"
            event_slugs[eslug] += 1
        c.choice(f"{w}.kind", e.get("kind"), EVENT_KINDS)
        c.choice(f"{w}.status", e.get("status"), STATUSES)
        c.localized(f"{w}.title", e.get("title"))
        c.localized(f"{w}.theme", e.get("theme"), required=False)
        c.localized(f"{w}.description", e.get("description"), required=False, max_len=MAX_TEXT)
        c.localized(f"{w}.series", e.get("series"), required=False)
        c.localized(f"{w}.venue_name", e.get("venue_name"), required=False)
        if "edition" in e:
            ed = e["edition"]
            if not isinstance(ed, int) or isinstance(ed, bool) or ed < 1:
                c.err(f"{w}.edition", f"must be a positive integer, got {ed!r}")
            if "series" not in e:
                c.err(f"{w}.edition", "an edition needs a series")
        if "venue_address" in e:
            va = e["venue_address"]
            if not isinstance(va, str) or not va.strip() or len(va) > MAX_NAME:
                c.err(f"{w}.venue_address", "must be a non-empty string of at most 300 characters")
        start_day = c.date(f"{w}.starts_on", e.get("starts_on"))
        end_day = c.date(f"{w}.ends_on", e.get("ends_on"))
        if start_day and end_day and end_day < start_day:
            c.err(w, f"ends_on {end_day} is before starts_on {start_day}")
        if end_day and end_day < today and e.get("status") in ("draft", "published"):
            c.err(f"{w}.status", f"the event ended on {end_day}; a past event is closed or archived")
        tz = None
        tzname = e.get("time_zone")
        try:
            if not isinstance(tzname, str) or "/" not in tzname:
                raise ZoneInfoNotFoundError(tzname)
            tz = ZoneInfo(tzname)
        except (ZoneInfoNotFoundError, ValueError):
            c.err(f"{w}.time_zone", f"not an IANA time zone: {tzname!r}")
        lat, lon = e.get("latitude"), e.get("longitude")
        if (lat is None) != (lon is None):
            c.err(w, "latitude and longitude go together")
        for key, val, lim in (("latitude", lat, 90), ("longitude", lon, 180)):
            if val is not None and (not isinstance(val, (int, float)) or isinstance(val, bool) or not -lim <= val <= lim):
                c.err(f"{w}.{key}", f"must be a number in [-{lim}, {lim}], got {val!r}")
        if "online_url" in e:
            c.url(f"{w}.online_url", e["online_url"], example_only=True)
        if "website" in e:
            c.url(f"{w}.website", e["website"], example_only=False)
        online_only = "online_url" in e and "venue_name" not in e

        # organisations
        orgs_seen: Counter[tuple[str, str]] = Counter()
        eorgs = c.tables(f"{w}.organisation", e.get("organisation"))
        for j, o in enumerate(eorgs):
            ow = f"{w}.organisation[{j}]"
            if not c.keys(ow, o, EORG_KEYS, EORG_KEYS):
                continue
            if o.get("organisation") not in org_slugs:
                c.err(f"{ow}.organisation", f"unknown organisation {o.get('organisation')!r} (not in {directory.name})")
            c.choice(f"{ow}.role", o.get("role"), ORG_ROLES)
            orgs_seen[(str(o.get("organisation")), str(o.get("role")))] += 1
        for (org, role), n in orgs_seen.items():
            if n > 1:
                c.err(f"{w}.organisation", f"{org!r} is listed {n} times as {role!r}")

        # rooms
        rooms: set[str] = set()
        for j, r in enumerate(c.tables(f"{w}.room", e.get("room"))):
            rw = f"{w}.room[{j}]"
            if not c.keys(rw, r, ROOM_KEYS, {"slug", "name"}):
                continue
            rs = c.slug(f"{rw}.slug", r.get("slug"))
            if rs:
                if rs in rooms:
                    c.err(rw, f"duplicate room slug {rs!r}")
                rooms.add(rs)
            c.localized(f"{rw}.name", r.get("name"))
            cap = r.get("capacity")
            if cap is not None and (not isinstance(cap, int) or isinstance(cap, bool) or cap < 1):
                c.err(f"{rw}.capacity", f"must be a positive integer, got {cap!r}")
        if online_only and rooms:
            c.err(w, "an online-only event (online_url, no venue) has no rooms")

        # sessions
        session_slugs: set[str] = set()
        room_use: list[tuple[str, dt.datetime, dt.datetime, str]] = []
        person_use: list[tuple[str, dt.datetime, dt.datetime, str]] = []
        n_participants = n_contributions = 0
        people_here: set[str] = set()
        sessions = c.tables(f"{w}.session", e.get("session"))
        for j, s in enumerate(sessions):
            sw = f"{w}.session[{j}]"
            if not c.keys(sw, s, SESSION_KEYS, SESSION_REQUIRED):
                continue
            ss = c.slug(f"{sw}.slug", s.get("slug"))
            if ss:
                sw = f"{w} session {ss!r}"
                if ss in session_slugs:
                    c.err(sw, "duplicate session slug in this event")
                session_slugs.add(ss)
            c.choice(f"{sw}.kind", s.get("kind"), SESSION_KINDS)
            c.localized(f"{sw}.title", s.get("title"))
            c.localized(f"{sw}.description", s.get("description"), required=False, max_len=MAX_TEXT)
            start = c.local_time(f"{sw}.starts_at", s.get("starts_at"))
            end = c.local_time(f"{sw}.ends_at", s.get("ends_at"))
            if start and end:
                if end <= start:
                    c.err(sw, f"ends_at {s['ends_at']} is not after starts_at {s['starts_at']}")
                if start_day and start.date() < start_day:
                    c.err(sw, f"starts on {start.date()}, before the event's first day {start_day}")
                if end_day and end.date() > end_day:
                    c.err(sw, f"ends on {end.date()}, after the event's last day {end_day}")
                if end_day and start.date() > end_day:
                    c.err(sw, f"starts after the event's last day {end_day}")
            online = s.get("online", False)
            if not isinstance(online, bool):
                c.err(f"{sw}.online", "must be true or false")
                online = False
            room = s.get("room")
            if room is not None:
                if room not in rooms:
                    c.err(f"{sw}.room", f"unknown room {room!r} (rooms of this event: {sorted(rooms)})")
                if online:
                    c.err(f"{sw}.room", "an online session has no room")
            if online and "online_url" not in e:
                c.err(f"{sw}.online", "an online session needs the event's online_url")
            if online_only and not online:
                c.err(f"{sw}.online", "sessions of an online-only event are online = true")
            langs = s.get("languages")
            if not isinstance(langs, list) or not langs:
                c.err(f"{sw}.languages", "must be a non-empty array of language codes")
            else:
                for lang in langs:
                    if lang not in LANGUAGES:
                        c.err(f"{sw}.languages", f"{lang!r} is not one of {sorted(LANGUAGES)}")
                for lang, n in Counter(map(str, langs)).items():
                    if n > 1:
                        c.err(f"{sw}.languages", f"{lang!r} listed {n} times")
            channels: Counter[str] = Counter()
            interp_langs: Counter[str] = Counter()
            for k, it in enumerate(c.tables(f"{sw}.interpretation", s.get("interpretation"))):
                iw = f"{sw}.interpretation[{k}]"
                if not c.keys(iw, it, INTERP_KEYS, INTERP_KEYS):
                    continue
                c.choice(f"{iw}.language", it.get("language"), LANGUAGES)
                ch = it.get("channel")
                if not isinstance(ch, str) or not CHANNEL_RE.match(ch):
                    c.err(f"{iw}.channel", f"must be a channel number as a string, got {ch!r}")
                channels[str(ch)] += 1
                interp_langs[str(it.get("language"))] += 1
            for ch, n in channels.items():
                if n > 1:
                    c.err(f"{sw}.interpretation", f"channel {ch} is used {n} times")
            for lang, n in interp_langs.items():
                if n > 1:
                    c.err(f"{sw}.interpretation", f"language {lang!r} has {n} channels")

            participants_here: set[str] = set()
            for k, p in enumerate(c.tables(f"{sw}.participant", s.get("participant"))):
                pw = f"{sw}.participant[{k}]"
                if not c.keys(pw, p, PARTICIPANT_KEYS, PARTICIPANT_REQUIRED):
                    continue
                person = p.get("person")
                n_participants += 1
                if person not in people:
                    c.err(f"{pw}.person", f"unknown person {person!r} (not in {directory.name})")
                elif person in participants_here:
                    c.err(f"{pw}.person", f"{person!r} is listed twice in this session")
                else:
                    participants_here.add(person)
                    people_here.add(person)
                    if start and end and tz:
                        person_use.append((person, start, end, ss or sw))
                        bookings.append((person, start.replace(tzinfo=tz).astimezone(dt.timezone.utc),
                                         end.replace(tzinfo=tz).astimezone(dt.timezone.utc), f"{eslug}/{ss}"))
                c.choice(f"{pw}.role", p.get("role"), PARTICIPANT_ROLES)
                c.localized(f"{pw}.title", p.get("title"))
                org = p.get("organisation")
                if org is not None:
                    if org not in org_slugs:
                        c.err(f"{pw}.organisation", f"unknown organisation {org!r}")
                    elif person in people:
                        day = start.date() if start else None
                        ok = False
                        for pos in people[person]:
                            if not isinstance(pos, dict) or pos.get("organisation") != org:
                                continue
                            since, until = pos.get("since"), pos.get("until")
                            if day and isinstance(since, str) and day < dt.date.fromisoformat(since):
                                continue
                            if day and isinstance(until, str) and day > dt.date.fromisoformat(until):
                                continue
                            ok = True
                        if not ok:
                            c.err(f"{pw}.organisation", f"{person!r} has no position at {org!r} current on {day} in {directory.name}")

            for k, ct in enumerate(c.tables(f"{sw}.contribution", s.get("contribution"))):
                cw = f"{sw}.contribution[{k}]"
                if not c.keys(cw, ct, CONTRIB_KEYS, CONTRIB_REQUIRED):
                    continue
                n_contributions += 1
                c.localized(f"{cw}.title", ct.get("title"))
                presenter = ct.get("presenter")
                if presenter not in people:
                    c.err(f"{cw}.presenter", f"unknown person {presenter!r} (not in {directory.name})")
                elif presenter not in participants_here:
                    c.err(f"{cw}.presenter", f"{presenter!r} is not a participant of this session")
                org = ct.get("organisation")
                if org is not None and org not in org_slugs:
                    c.err(f"{cw}.organisation", f"unknown organisation {org!r}")

            if room in rooms and start and end:
                room_use.append((room, start, end, ss or sw))

        if not sessions:
            c.err(w, "no sessions")
        for what, uses in (("room", room_use), ("person", person_use)):
            for a, b in overlaps(uses):
                c.err(w, f"{what} {a[0]!r} is booked twice at once: sessions {a[3]!r} and {b[3]!r}")

        stats.append((eslug or w, {
            "sessions": len(sessions), "participants": n_participants, "people": len(people_here),
            "contributions": n_contributions, "organisations": len(eorgs),
            "rooms": len(rooms), "days": (end_day - start_day).days + 1 if start_day and end_day else 0,
        }))

    for s, n in sorted(event_slugs.items()):
        if n > 1:
            c.err("events", f"slug {s!r} is used {n} times")

    # The same person in two sessions at once in different events.
    for a, b in overlaps(bookings):
        if a[3].split("/")[0] != b[3].split("/")[0]:   # within one event already reported above
            c.err("events", f"person {a[0]!r} is in {a[3]!r} and {b[3]!r} at the same time")

    # No real contact data may slip in anywhere (comments included).
    for n, line in enumerate(raw.splitlines(), 1):
        for addr in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", line):
            if not addr.lower().endswith("@example.org"):
                c.err(f"line {n}", f"e-mail address outside example.org: {addr}")
        for num in re.findall(r"\+\d[\d ()x-]*[\dx]|(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])", line):
            if not re.fullmatch(r"\+82-2-0000-(\d{4}|xxxx)", num.strip()):
                c.err(f"line {n}", f"looks like a real phone number: {num.strip()}")
        for url in re.findall(r"https?://[^\s\"'<>]+", line):
            host = urlparse(url).hostname or ""
            if "online_url" in line and not example_org(host):
                c.err(f"line {n}", f"online address outside example.org: {url}")

    if c.errors:
        for err in c.errors:
            print(err)
        print(f"\n{len(c.errors)} problem(s) in {path}")
        return 1

    print(f"{path}: OK  ({len(events)} events, checked against {directory.name})")
    total: Counter[str] = Counter()
    for slug, st in stats:
        total.update(st)
        print(f"  {slug:<36} days {st['days']}  sessions {st['sessions']:>2}  participants {st['participants']:>2}"
              f" ({st['people']} people)  contributions {st['contributions']:>2}  organisations {st['organisations']}"
              f"  rooms {st['rooms']}")
    print(f"  {'total':<36}        sessions {total['sessions']:>2}  participants {total['participants']:>2}"
          f"             contributions {total['contributions']:>2}  organisations {total['organisations']}"
          f"  rooms {total['rooms']}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(check(Path(args[0]) if args else DEFAULT_FILE,
                   Path(args[1]) if len(args) > 1 else DEFAULT_DIRECTORY))
