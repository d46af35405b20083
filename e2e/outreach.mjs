// Step 20 of the browser journey: the secretariat's outreach log. A staff member opens the log
// from the staff page (the seed meetings of the 2023 Smart City Summit, their overdue
// follow-ups), filters it by a topic, opens the Lublin meeting, adds a follow-up (refused once:
// no title, no due date), marks it done, records a meeting with Seoul's delegation (refused once:
// no organisation met), and reads two organisations' timelines, also on a phone. A visitor is
// then kept out of the log, and the staff's notes are on no public page.
// Imported by journey.mjs after step 19; same harness, same rules.

import {
  allowBrowserError, audit, bodySnippet, clickAndWait, digits, expect, newVisitor, page, pathOf,
  signIn as harnessSignIn, step, text, url, visit,
} from './harness.mjs';
import { PASSWORD, note, noted, onPhone, pageChecks, plain } from './steps.mjs';

// A follow-up added to the Lublin meeting of the seed (demo/outreach.toml).
const FOLLOW_UP = { title: 'Send Lublin the call for the Seoul Smart City Prize 2027', due: '2027-03-31', leads: 'prize_application', reference: 'Seoul Smart City Prize 2027' };
// A meeting recorded here; its notes are staff-only and must never reach a public page.
const MEETING = {
  on: '2026-02-10', place: 'Seoul — WeGO Secretariat', topics: 'digital-twin, smart-city-champions',
  organisation: 'seoul', ours: 'park-jung-sook', theirs: 'oh-se-hoon',
  notes: 'Seoul offered its digital-twin team for a peer-learning visit; budget still unconfirmed, do not announce.',
  outcome: 'A study visit to be proposed to the Smart City Champions.',
};
const SECRET = 'budget still unconfirmed';
// Words of the seed's own notes on the Lublin meeting (staff-only too).
const SEED_SECRET = 'academic city with strong ties';

// A message key shown instead of its text (a key missing from the catalogue or the page).
const { go, look, asOnPhone, noKeys, signIn } = pageChecks(/\b(?:editor|hint|err|field|form|outreach|staff-outreach|status)-[a-z][a-z0-9_-]*/g);

const meetingRows = () => page.locator('main section[aria-labelledby=meetings] table.list tbody tr');
const mineRows = () => page.locator('main section[aria-labelledby=mine] table.list tbody tr');
const followUpRows = () => page.locator('main section[aria-labelledby=follow-ups] table.list tbody tr');
const addFollowUp = () => clickAndWait(page.locator('main form[action$="/follow-ups"] button[type=submit]'));
const saveMeeting = () => clickAndWait(page.locator('main form.edit-form button[type=submit]'));
/** A refused field: its error beside it, the field marked invalid and described by the error,
 *  and the summary linking to it. Returns the error's text. */
async function refusedField(name) {
  const err = page.locator(`#f-${name} ~ p.error#e-${name}`);
  expect(await err.count() === 1, `no p.error#e-${name} beside #f-${name}` + (await bodySnippet()));
  expect(await page.getAttribute(`#f-${name}`, 'aria-invalid') === 'true' && await page.getAttribute(`#f-${name}`, 'aria-describedby') === `e-${name}`,
    `#f-${name} is not aria-invalid and described by #e-${name}`);
  expect(await page.locator(`#form-errors a[href="#f-${name}"]`).count() === 1, `the summary #form-errors does not link to #f-${name}`);
  return plain(await err.innerText());
}

export const staffOutreach = () => step(20, 'staff keep the outreach log: a follow-up added and done, a meeting recorded, timelines; notes stay private', noted(async () => {
  // Refused forms are answered 422, a visitor's staff page 403 (if not redirected): Chromium logs both.
  allowBrowserError(/Failed to load resource: .*status of (422|403)/);
  await page.goto(url('/lang/en?next=/'));
  await signIn('staff@example.org', 'login-staff-outreach');
  const card = page.locator('main .card a[href="/staff/outreach"]');
  expect(await card.count() === 1, `the staff page ${pathOf(page.url())} has no card linking to /staff/outreach` + (await bodySnippet()));
  await look('staff-dashboard');

  // The log: the seed meetings newest first, my follow-ups with the overdue ones marked.
  const opened = await clickAndWait(card);
  expect(opened && opened.status() === 200 && pathOf(page.url()) === '/staff/outreach', `the card led to ${pathOf(page.url())} (${opened && opened.status()})`);
  await look('outreach-log');
  expect(await text('h1') === 'Outreach log', `the log's heading is "${await text('h1')}"`);
  const meetings = await meetingRows().allInnerTexts();
  expect(meetings.some((r) => /Lublin/.test(r) && /2023-03-28/.test(r)), `the log does not list the Lublin meeting of 2023-03-28: ${JSON.stringify(meetings.slice(0, 3))}`);
  for (const city of ['Chiang Mai', 'Guarulhos', 'Budapest', 'Kaohsiung', 'City of Ryde']) {
    expect(meetings.some((r) => r.includes(city)), `the log does not list the meeting with ${city}`);
  }
  const dates = meetings.map((r) => r.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? '');
  expect(dates.every((d, i) => i === 0 || dates[i - 1] >= d), `the meetings are not newest first: ${dates.join(', ')}`);
  const mine = await mineRows().allInnerTexts();
  expect(mine.length > 0, 'no follow-ups under "My follow-ups" for staff@example.org');
  const overdue = await mineRows().filter({ has: page.locator('.badge', { hasText: 'overdue' }) }).count();
  expect(overdue > 0, 'none of my (2023) follow-ups is marked overdue in words');
  expect(mine.some((r) => r.includes('Encourage an application to the Seoul Smart City Prize')), `my follow-ups do not include the Lublin prize follow-up: ${JSON.stringify(mine.slice(0, 3))}`);

  // Filtered by a topic.
  await page.fill('#f-tag', 'regional-networks');
  const filtered = await clickAndWait(page.locator('main form.filters button[type=submit]'));
  expect(filtered && filtered.status() === 200, `filtering answered ${filtered && filtered.status()}`);
  await look('outreach-log-tag');
  expect(new URL(page.url()).searchParams.get('tag') === 'regional-networks', `expected tag=regional-networks in the URL, got ${pathOf(page.url())}`);
  expect(await page.inputValue('#f-tag') === 'regional-networks', 'the topic field does not keep regional-networks after filtering');
  const tagged = await meetingRows().allInnerTexts();
  expect(tagged.length === 2 && tagged.every((r) => r.includes('regional-networks')) && tagged.some((r) => r.includes('Chiang Mai')) && tagged.some((r) => r.includes('Guarulhos')),
    `the topic regional-networks lists ${JSON.stringify(tagged)}, expected Chiang Mai and Guarulhos`);
  const clear = page.locator('main form.filters a[href="/staff/outreach"]');
  expect(await clear.count() === 1, 'no link to clear the topic filter');
  await clickAndWait(clear);
  expect(await meetingRows().count() === meetings.length, `"Show all" lists ${await meetingRows().count()} meetings, ${meetings.length} before filtering`);

  // The Lublin meeting.
  await clickAndWait(meetingRows().filter({ hasText: 'Lublin' }).locator('a[href^="/staff/outreach/"]').first());
  await look('meeting-lublin');
  const lublin = pathOf(page.url());
  expect(/^\/staff\/outreach\/\d+$/.test(lublin) && /^Meeting with .*Lublin.*, 2023-03-28$/.test(await text('h1')), `the Lublin meeting is ${lublin} headed "${await text('h1')}"`);
  const facts = plain(await text('main dl.facts'));
  expect(facts.includes('Lublin') && facts.includes('PARK Jung Sook') && facts.includes('electric-buses'), `the meeting's facts read "${facts.slice(0, 200)}"`);
  expect((await text('main')).includes(SEED_SECRET), 'the staff do not see the meeting\'s notes');
  const seeded = await followUpRows().count();
  expect(seeded === 3, `the Lublin meeting has ${seeded} follow-ups, expected the 3 of the seed`);

  // A follow-up with neither title nor due date: refused, each problem beside its field.
  expect(await page.inputValue('#f-organisation') === 'lublin', `the new follow-up is for "${await page.inputValue('#f-organisation')}", expected lublin`);
  const owner = await page.locator('#f-owner option:checked').innerText();
  expect(owner.trim() === 'Demo Staff', `the new follow-up's owner is "${owner}", expected whoever is signed in (Demo Staff)`);
  await page.fill('#f-title', '');
  await page.fill('#f-due_on', '');
  await page.selectOption('#f-leads_to', FOLLOW_UP.leads);
  await page.fill('#f-reference', FOLLOW_UP.reference);
  const refused = await addFollowUp();
  expect(refused && refused.status() === 422, `a follow-up without title answered ${refused && refused.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
  await look('follow-up-refused');
  const titleErr = await refusedField('title');
  const dueErr = await refusedField('due_on');
  note(/required/i.test(dueErr), `an empty due date is refused as "${dueErr}", not as a required field left empty`);
  expect(await page.locator('main .field.invalid').count() === 2, `${await page.locator('main .field.invalid').count()} fields are marked invalid, expected the title and the due date`);
  expect(await page.inputValue('#f-reference') === FOLLOW_UP.reference && await page.inputValue('#f-leads_to') === FOLLOW_UP.leads, 'the reference or "leads to" were not kept after the refusal');
  expect(await followUpRows().count() === seeded, 'the refused follow-up was written');

  // Then right: listed on the meeting, open, and among my follow-ups.
  await page.fill('#f-title', FOLLOW_UP.title);
  await page.fill('#f-due_on', FOLLOW_UP.due);
  const added = await addFollowUp();
  expect(added && added.status() === 200 && pathOf(page.url()) === `${lublin}?saved=follow-up`,
    `adding the follow-up answered ${added && added.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
  await look('follow-up-added');
  note(await page.locator('main p.notice[role=status]').count() === 1, `after adding a follow-up (${pathOf(page.url())}) no notice (p.notice[role=status]) says it was saved`);
  const row = followUpRows().filter({ hasText: FOLLOW_UP.title });
  expect(await row.count() === 1, `the meeting does not list "${FOLLOW_UP.title}"` + (await bodySnippet()));
  const line = plain(await row.innerText());
  expect(line.includes(FOLLOW_UP.due) && line.includes('Prize application') && line.includes(FOLLOW_UP.reference) && line.includes('Open') && !line.includes('overdue'),
    `the new follow-up reads "${line}"`);
  // Its buttons say "Done" and "Dropped" as on every other row: which follow-up they close is left to the row.
  const doneLabel = plain(await row.locator('button[value=done]').innerText());

  // Marked done: closed today, no buttons left, gone from my open follow-ups.
  const closed = await clickAndWait(row.locator('button[value=done]'));
  expect(closed && closed.status() === 200 && pathOf(page.url()) === `${lublin}?saved=status`,
    `marking it done answered ${closed && closed.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
  await look('follow-up-done');
  const doneLine = plain(await followUpRows().filter({ hasText: FOLLOW_UP.title }).innerText());
  expect(/Done \(\d{4}-\d{2}-\d{2}\)/.test(doneLine), `after "Done" the follow-up reads "${doneLine}"`);
  expect(await followUpRows().filter({ hasText: FOLLOW_UP.title }).locator('button').count() === 0, 'the done follow-up still has buttons');
  await go('/staff/outreach', 'outreach-log-after-done');
  const mineAfter = await mineRows().allInnerTexts();
  expect(!mineAfter.some((r) => r.includes(FOLLOW_UP.title)), 'the done follow-up is still among my open follow-ups');

  // A meeting with no organisation met: refused, the problem above the organisations' table.
  const create = page.locator('main a.button[href="/staff/outreach/new"]', { hasText: 'Record a meeting' });
  expect(await create.count() === 1, 'no "Record a meeting" button on /staff/outreach');
  await clickAndWait(create);
  await look('meeting-new');
  await page.fill('#f-met_on', MEETING.on);
  await page.fill('#f-place', MEETING.place);
  await page.fill('#f-topics', MEETING.topics);
  await page.fill('#f-notes', MEETING.notes);
  await page.fill('#f-outcome', MEETING.outcome);
  await page.fill('input[name="ours-0-slug"]', MEETING.ours);
  await page.fill('input[name="theirs-0-slug"]', MEETING.theirs);
  const noOrg = await saveMeeting();
  expect(noOrg && noOrg.status() === 422, `a meeting with no organisation answered ${noOrg && noOrg.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
  await look('meeting-refused');
  const orgErr = page.locator('fieldset#f-organisations p.error#e-organisations');
  expect(await orgErr.count() === 1, 'no p.error#e-organisations in the organisations\' table' + (await bodySnippet()));
  const orgWhy = plain(await orgErr.innerText());
  expect(/at least one organisation/i.test(orgWhy), `the organisations' error says "${orgWhy}"`);
  expect(await page.locator('#form-errors a[href="#f-organisations"]').count() === 1, 'the summary #form-errors does not link to the organisations\' table');
  expect(await page.inputValue('#f-notes') === MEETING.notes && await page.inputValue('#f-topics') === MEETING.topics && await page.inputValue('input[name="ours-0-slug"]') === MEETING.ours
    && await page.inputValue('input[name="theirs-0-slug"]') === MEETING.theirs, 'the notes, topics or people were not kept after the refusal');

  // Then with Seoul: the meeting's page, and first in the log.
  await page.fill('input[name="organisations-0-slug"]', MEETING.organisation);
  const recorded = await saveMeeting();
  expect(recorded && recorded.status() === 200 && /^\/staff\/outreach\/\d+\?saved=meeting$/.test(pathOf(page.url())),
    `recording the meeting answered ${recorded && recorded.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
  await look('meeting-recorded');
  note(await page.locator('main p.notice[role=status]').count() === 1, `after recording a meeting (${pathOf(page.url())}) no notice (p.notice[role=status]) says it was saved`);
  const seoulMeeting = new URL(page.url()).pathname;
  expect((await text('h1')).startsWith('Meeting with ') && (await text('h1')).endsWith(`, ${MEETING.on}`), `the new meeting is headed "${await text('h1')}"`);
  const newFacts = plain(await text('main dl.facts'));
  expect(newFacts.includes('Seoul Metropolitan Government') && newFacts.includes('PARK Jung Sook') && /oh se-hoon|오세훈/i.test(newFacts) && newFacts.includes('digital-twin'),
    `the new meeting's facts read "${newFacts.slice(0, 240)}"`);
  expect((await text('main')).includes(SECRET), 'the new meeting does not show its notes to the staff');
  await go('/staff/outreach', 'outreach-log-new-meeting');
  const first = plain(await meetingRows().first().innerText());
  expect(first.includes(MEETING.on) && first.includes('Seoul Metropolitan Government') && first.includes('digital-twin'), `the newest meeting of the log reads "${first}"`);
  expect(await meetingRows().count() === meetings.length + 1, `the log lists ${await meetingRows().count()} meetings, expected ${meetings.length + 1}`);

  // Timelines: Seoul's from the log, with the new meeting; Lublin's with the follow-up done, on a phone too.
  await clickAndWait(meetingRows().first().locator('a[href="/staff/organisations/seoul/timeline"]'));
  await look('timeline-seoul');
  expect(await text('h1') === 'Timeline of Seoul Metropolitan Government', `Seoul's timeline is headed "${await text('h1')}"`);
  const seoulLines = await page.locator('main ol.timeline li').allInnerTexts();
  expect(seoulLines.some((l) => l.includes(MEETING.on) && l.includes('digital-twin')), `Seoul's timeline lacks the new meeting: ${JSON.stringify(seoulLines.slice(0, 4))}`);
  expect(await page.locator(`main ol.timeline a[href="${seoulMeeting}"]`).count() > 0, `Seoul's timeline does not link to ${seoulMeeting}`);
  await go('/staff/organisations/lublin/timeline', 'timeline-lublin');
  const lublinLines = (await page.locator('main ol.timeline li').allInnerTexts()).map(plain);
  expect(lublinLines.some((l) => l.includes(FOLLOW_UP.title) && l.includes('Done')), `Lublin's timeline does not show the follow-up done: ${JSON.stringify(lublinLines.slice(0, 4))}`);
  expect(lublinLines.some((l) => /^2023-03-28 Meeting /.test(l)), `Lublin's timeline lacks the meeting of 2023-03-28: ${JSON.stringify(lublinLines)}`);
  const dated = lublinLines.map((l) => l.slice(0, 10));
  expect(dated.every((d, i) => i === 0 || dated[i - 1] >= d), `Lublin's timeline is not newest first: ${dated.join(', ')}`);
  expect(await page.locator('main a[href="/organisations/lublin"]').count() === 1, 'the timeline does not link to Lublin\'s public page');
  const wide = await asOnPhone('timeline-lublin-phone');
  note(wide <= 390, `Lublin's timeline is ${wide}px wide on a 390px phone`);

  // A visitor: kept out of the log, and the notes are on no public page.
  const visitor = await newVisitor();
  try {
    const kept = [];
    for (const path of ['/staff/outreach', seoulMeeting, '/staff/organisations/seoul/timeline']) {
      const r = await visitor.goto(url(path));
      const landed = pathOf(visitor.url());
      expect((r.status() === 200 && landed.startsWith('/login')) || r.status() === 403, `a visitor opening ${path} got ${r.status()} on ${landed}`);
      expect(!(await visitor.locator('body').innerText()).includes(SECRET), `a visitor opening ${path} reads the notes`);
      kept.push(`${path} → ${r.status() === 403 ? '403' : landed}`);
    }
    await look('visitor-outreach-kept-out', visitor);
    for (const slug of [MEETING.organisation, 'lublin']) {
      const r = await visitor.goto(url(`/organisations/${slug}`));
      expect(r.status() === 200, `a visitor's /organisations/${slug} answered ${r.status()}`);
      await look(`visitor-organisation-${slug}`, visitor);
      const body = await visitor.locator('body').innerText();
      expect(!body.includes(SECRET) && !body.includes(SEED_SECRET), `the public page /organisations/${slug} shows staff notes`);
      expect(!body.includes(FOLLOW_UP.title), `the public page /organisations/${slug} shows a follow-up`);
    }
    const api = await visitor.request.get(url(`/api/v1/organisations/${MEETING.organisation}`));
    const apiText = await api.text();
    expect(!apiText.includes(SECRET), `/api/v1/organisations/${MEETING.organisation} shows the notes`);
    return `log lists ${meetings.length} seed meetings, ${mine.length} follow-ups of mine (${overdue} overdue); topic regional-networks → 2; follow-up refused ("${titleErr}" / "${dueErr}"), added, marked "${doneLabel}"; `
      + `meeting refused ("${orgWhy}"), recorded at ${seoulMeeting}; timelines of Seoul and Lublin, ${wide}px wide on a phone; visitor: ${kept.join(', ')}, notes on no public page`;
  } finally {
    await visitor.context().close();
  }
}));
