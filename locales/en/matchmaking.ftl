## Matchmaking at an event (crates/meetings, module matchmaking)
match-mine-title = Your meetings
match-event-line = { $days } · times in { $zone }
match-closed-note = Meeting requests are closed for this event: your agenda stays here.
match-find-people = Find people to meet
match-back-registration = Your registration
match-agenda = Your agenda
match-agenda-empty = No meeting is scheduled for you yet. Accepted meetings appear here once the secretariat has scheduled them.
match-col-time = Time
match-col-table = Table
match-col-with = With
match-col-notes = Notes
match-col-slot = Slot
match-col-tables = Tables
match-col-used = Meetings
match-col-actions = Actions
match-col-person = Participant
match-col-pending = Pending
match-col-accepted = Accepted
match-col-placed = Scheduled
match-col-why = Why none
match-interpreter-with = Interpreter: { $name }
match-confirmed = confirmed
match-download-pdf = Download agenda (PDF)
match-download-ics = Add to calendar (iCal)
match-incoming = Requests to you
match-outgoing = Your requests
match-none-yet = None yet.
match-none-sent = You have not asked anyone yet.
match-accept = Accept
match-decline = Decline
match-withdraw = Withdraw
match-cancel-meeting = Cancel meeting
match-profile = Your profile
match-profile-hint = Others see your offers, needs, themes and languages when they look for people to meet. Your e-mail is never shown.
match-offers = What you offer
match-offers-hint = Expertise, projects, funding, solutions.
match-needs = What you are looking for
match-needs-hint = Partners, feasibility studies, pilot projects, advice.
match-themes = Themes
match-languages = Languages you meet in
match-languages-hint = Language codes separated by commas, e.g. en, ko.
match-max-meetings = Most meetings
match-available = When you are free
match-available-hint = Untick the slots you cannot attend.
match-save-profile = Save profile
match-saved-profile = Your profile is saved.
match-saved-request = Done: your requests are up to date.
match-saved-sent = Your request is sent. You will be told when it is answered.
match-people-title = People to meet
match-search = Search
match-theme = Theme
match-language = Language
match-any = Any
match-filter = Filter
match-people-count = { $count ->
    [one] One person
   *[other] { $count } people
}
match-see-requests = See your requests
match-request-meeting = Request a meeting
match-message = Message (why you would like to meet)
match-companions = Colleagues who come with you
match-send-request = Send request
match-status-pending = waiting for an answer
match-status-accepted = accepted
match-status-declined = declined
match-status-withdrawn = withdrawn
match-status-expired = expired unanswered
match-status-cancelled = cancelled
match-ics-summary = Meeting with { $with }
match-ics-location = Table { $table }, { $event }
match-pdf-footer = Your code: { $code } · keep this agenda with your badge
match-staff-title = Matchmaking
match-not-set-up = Matchmaking is not set up for this event yet: save the settings below to start.
match-stat-participants = participants
match-stat-pending = requests waiting
match-stat-accepted = accepted meetings
match-stat-without = without a scheduled meeting
match-run-title = Schedule
match-run-intro = The scheduler places every accepted meeting on a slot and table where all its people are free, giving as many people as possible at least one meeting first. Locked meetings stay where they are; run it again for late requests.
match-run = Run the scheduler
match-running = Scheduling…
match-run-line = Last run: { $scheduled } meetings scheduled, { $unscheduled } left out. Priority points { $total } of a proven best possible { $bound } ({ $ms } ms).
match-plan-pdf = Table plan for the hall (PDF)
match-meetings = Meetings
match-no-meetings = No accepted meeting yet.
match-side-a = Side A
match-side-b = Side B
match-by-staff = by staff
match-locked = locked
match-unplaced = not scheduled
match-lock = Lock
match-unlock = Unlock
match-place = Place
match-arrange = Arrange a meeting
match-priority = Priority (1–10)
match-scheduler-decides = The scheduler decides
match-people-staff = Who gets how many
match-why-no-accepted = no accepted meeting
match-why-not-run = not scheduled since it was accepted
match-short-no_requests = no accepted meeting
match-short-no_common_availability = no slot when both sides are free
match-short-capacity = slots, tables or interpreters were all taken
match-remind = { $count ->
    [one] Remind the one person without a meeting
   *[other] Remind the { $count } people without a meeting
}
match-slots = Slots and tables
match-tables-suggestion = { $meetings } accepted meetings over { $slots } slots: about { $tables } tables a slot leaves the 10–20 % spare the scheduler needs.
match-delete = Delete
match-day = Day
match-start = Starts
match-end = Ends
match-add-slot = Add slot
match-settings = Settings
match-open = Requests open: participants may send and answer requests
match-request-days = A request expires after (days)
match-theme-en = Theme (English)
match-theme-ko = Theme (Korean)
match-save-settings = Save settings
match-interpreters = Interpreters
match-interpreter-name = Name
match-interpreter-languages = Languages (codes)
match-add-interpreter = Add interpreter
match-done-settings = Settings saved.
match-done-slot = Slot added.
match-done-slot-deleted = Slot deleted.
match-done-interpreter = Interpreter added.
match-done-meeting = Meeting arranged.
match-done-placed = Meeting updated.
match-done-scheduled = Scheduled.
match-done-reminded = Reminders queued.
progress-reading = Reading requests and availability…
progress-scheduling = Scheduling the meetings…
progress-saving = Saving the schedule…
err-match-busy = Someone at this meeting is at another table then.
err-match-closed = Meeting requests are closed for this event.
err-match-delegation-other-side = The person you ask cannot also come with you.
err-match-duplicate = There is already a request between you two.
err-match-instance = The schedule cannot be made as it stands: { $detail }
err-match-interpreter-languages = Give at least two languages.
err-match-lock-unplaced = Place the meeting before locking it.
err-match-locked = The secretariat has confirmed this meeting; ask them to change it.
err-match-no-slot = Choose at least one slot when you are free.
err-match-no-slots = Add meeting slots first.
err-match-not-accepted = Only an accepted meeting can be placed (it is { $detail }).
err-match-not-participant = Not a participant of this event's matchmaking.
err-match-not-pending = This request is no longer waiting for an answer ({ $detail }).
err-match-range = Must be between { $detail }.
err-match-request-changed = This request changed meanwhile; here is how it stands now.
err-match-self = You cannot ask yourself for a meeting.
err-match-slot-locked = Locked meetings ({ $detail }) sit in this slot: move or unlock them first.
err-match-slot-outside = Outside the event's days ({ $detail }).
err-match-slot-overlap = Overlaps another slot.
err-match-table-taken = Table { $detail } is already taken in this slot.
err-match-unavailable = Someone at this meeting is not free in this slot.
audit-action-matchmaking-settings = matchmaking settings saved
audit-action-matchmaking-slot = meeting slot added
audit-action-matchmaking-slot-delete = meeting slot deleted
audit-action-matchmaking-interpreter = interpreter added
audit-action-matchmaking-profile = matchmaking profile saved
audit-action-match-request = meeting requested
audit-action-match-meeting = meeting arranged by staff
audit-action-match-place = meeting placed
audit-action-match-schedule = meetings scheduled
audit-action-match-remind = reminders to people without a meeting
mail-match-request-subject = { $from } would like to meet you at { $event }
mail-match-request-body = Dear { $name },

    { $from } would like to meet you at { $event }.{ $message }

    Accept or decline the request on your page:
    { $link }
mail-match-accepted-subject = { $other } accepted your meeting request
mail-match-accepted-body = Dear { $name },

    { $other } accepted your request to meet at { $event }. The secretariat will give the meeting a time and a table; it will appear on your agenda:
    { $link }
mail-match-declined-subject = { $other } declined your meeting request
mail-match-declined-body = Dear { $name },

    { $other } cannot meet you at { $event }. Others may: look for people to meet on your page:
    { $link }
mail-match-reminder-subject = No meeting scheduled for you yet at { $event }
mail-match-reminder-body = Dear { $name },

    You have no meeting on your agenda at { $event } yet. Look for people to meet, send requests and answer the ones waiting for you:
    { $link }
audit-action-accepted = request accepted
audit-action-declined = request declined
audit-action-withdrawn = request withdrawn
audit-action-cancelled = meeting cancelled
cli-demo-matchmaking = Matchmaking of the WeGO-ASCN Mayoral Conference loaded: { $scheduled } meetings scheduled, { $unscheduled } not
event-matchmaking = Matchmaking
match-panel-title = Meetings at this event
match-panel-line = { $scheduled ->
    [0] No meeting scheduled yet
    [one] One meeting scheduled
   *[other] { $scheduled } meetings scheduled
}; { $waiting ->
    [0] no request waiting for your answer.
    [one] one request waiting for your answer.
   *[other] { $waiting } requests waiting for your answer.
}
match-panel-link = Find people to meet and see your agenda
match-rank-none = —
match-rank-1 = Roundtable: first choice
match-rank-2 = Roundtable: second choice
match-rank-3 = Roundtable: third choice
match-rank-hint = The mini roundtables seat everyone as near their first choices as the tables allow.
match-roundtables = Your roundtables
match-roundtable-line = Round { $round }: { $theme }, table { $table }
err-match-no-themes = Set the event's themes first.
match-roundtables-title = Mini roundtables
match-roundtables-intro = { $count ->
    [one] One participant has ranked the themes.
   *[other] { $count } participants have ranked the themes.
} The assignment gives everyone the highest total satisfaction the tables allow, and proves it.
match-rounds = Rounds
match-tables-per-theme = Tables per theme
match-seats = Seats per table
match-no-repeat = Nobody at the same theme twice (still proven optimal)
match-mix-countries = Mix countries at each table (a heuristic: the gap to the optimum is shown)
match-assign = Assign seats
match-round = Round { $round }
match-roundtables-exact = Satisfaction { $total }, the proven optimum.
match-roundtables-gap = Satisfaction { $total } of a proven optimum of { $bound } (gap { $gap }, the price of mixing countries).
match-roundtables-link = Mini roundtables
audit-action-roundtables = roundtable seats assigned

match-card-offers = Offers
match-card-needs = Looking for
match-card-languages = Meets in

match-pages = Pages of people
match-page-previous = ← Previous
match-page-next = Next: page { $page } of { $pages } →
match-col-when = When
match-request-refused = Your request to { $name } was not sent: see why on their card.
# Languages of ASEAN delegates, for profiles and the language filter
lang-th = Thai
lang-id = Indonesian
lang-tl = Tagalog
lang-vi = Vietnamese
lang-ms = Malay
lang-km = Khmer
lang-lo = Lao
lang-my = Burmese
