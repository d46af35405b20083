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
staff-import = Import organisations (CSV)
staff-import-hint = Preview every row before anything is written.
staff-export = Export organisations (CSV)
import-help = Upload a CSV file with a header row. Required columns: kind and name_en. Optional: slug, name_ko (or any name_<language>), default_lang, country, region, parent, website, founding_member, description_en.
import-file = CSV file (UTF-8)
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
err-csv-encoding = The file is not UTF-8 text (first problem on line { $detail }). Save it as “CSV UTF-8” and try again.
err-csv-syntax = The CSV could not be read: { $detail }
err-csv-unknown-column = Unknown column “{ $detail }”. Check the spelling against the list of columns.
err-csv-duplicate-column = The column “{ $detail }” appears twice.
err-csv-missing-column = The required column “{ $detail }” is missing.
err-csv-too-many-rows = Too many rows: at most { $detail } per file. Split the file and import the parts.
err-csv-too-large = The file is too large: at most { $detail } MB.
err-csv-empty = The file has a header but no rows.

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
