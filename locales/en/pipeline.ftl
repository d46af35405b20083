## The prospect pipeline board and overdue follow-ups (crates/meetings)

pipeline-title = Prospect pipeline
pipeline-intro = The organisations the secretariat courts, region by region, from the first contact to membership. “Member” — and “Applying” when the directory records an application — follow the organisation's membership in the directory by themselves.
pipeline-network = Network
pipeline-region = Region
pipeline-all-regions = All regions
pipeline-region-none = No region recorded
pipeline-show = Show
pipeline-empty = No organisation is in this pipeline yet. Add one below, or record a membership with the status “Prospect” in the directory.
pipeline-refused = The board was not changed:
pipeline-stage-contacted = Contacted
pipeline-stage-interested = Interested
pipeline-stage-applying = Applying
pipeline-stage-member = Member
pipeline-stage-dropped = Dropped
pipeline-last-met = Last met
pipeline-never-met = not yet
pipeline-since = In this stage since
pipeline-open-follow-ups = { $count ->
    [one] { $count } open follow-up
   *[other] { $count } open follow-ups
}
pipeline-overdue-follow-ups = { $count } overdue
pipeline-move-to = → { $stage }
pipeline-move-aria = Move { $organisation } to “{ $stage }”
pipeline-held-member = A member: its active membership is recorded in the directory.
pipeline-held-applying = Its application is recorded in the directory.
pipeline-see-membership = See the membership
pipeline-moved = { $organisation } is now in “{ $stage }”.
pipeline-add = Add an organisation to the pipeline
pipeline-add-organisation = Organisation
pipeline-add-hint = Its address in the directory: lublin for /organisations/lublin.
pipeline-add-stage = Stage
pipeline-add-button = Add to the pipeline

pipeline-panel-title = My overdue follow-ups
pipeline-panel-none = None of your follow-ups is overdue.
pipeline-panel-count = { $count ->
    [one] One of your follow-ups is past its due date.
   *[other] { $count } of your follow-ups are past their due date.
}

err-pipeline-move = A prospect does not move that way (to “{ $detail }”): “Member” follows the directory's membership, and a dropped prospect starts again at “Contacted”.
err-pipeline-by-directory = The directory's membership decides this organisation's stage: change the membership instead.
err-pipeline-on-board = This organisation is already on the board (in “{ $detail }”).

mail-follow-ups-overdue-subject = { $count ->
    [one] A follow-up is overdue
   *[other] { $count } follow-ups are overdue
}
mail-follow-ups-overdue-body = Dear { $name },

    these follow-ups of yours are past their due date:

    { $list }

    Mark each one done or dropped in the outreach log: { $link }
mail-follow-ups-overdue-line = { $due }: { $title } ({ $organisation })

cli-remind-done = Reminders of overdue follow-ups: { $queued } queued, { $already } already reminded today.
