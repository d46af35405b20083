// Step 19 of the browser journey: the secretariat edits events in the browser. A staff member
// creates a draft event (the NEAR Youth Forum 2027), gives it a room and a session (refused
// once: it ends before it starts), adds a chair to the session while a colleague has the same
// session open in another browser, whose stale save is then refused with the typed value kept;
// the draft is hidden from the public until published, then read in Korean on a phone.
// Imported by journey.mjs after step 18; same harness, same rules.

import {
  allowBrowserError, audit, bodySnippet, clickAndWait, digits, expect, newVisitor, page, pathOf,
  signIn as harnessSignIn, step, text, url, visit,
} from './harness.mjs';
import { PASSWORD, note, noted, onPhone, pageChecks, plain } from './steps.mjs';

const HANGUL = /[\uac00-\ud7a3]/;
// The event and its session (slugs are made from the English titles, the form's fields left empty).
const EVENT = { slug: 'near-youth-forum-2027', en: 'NEAR Youth Forum 2027', ko: '2027 NEAR 청소년 포럼', first: '2027-08-12', last: '2027-08-13' };
const SESSION = { en: 'Opening of the Youth Forum', ko: '청소년 포럼 개회식', start: '2027-08-12T10:00', wrongEnd: '2027-08-12T09:30', end: '2027-08-12T11:30' };
const ROOM = { slug: 'hall-a', en: 'Hall A', ko: 'A홀', seats: '120' };
const CHAIR = { person: 'lim-byung-jin', native: '임병진', en: 'Secretary General of NEAR', ko: 'NEAR 사무총장', organisation: 'near' };
const STAFF = `/staff/events/${EVENT.slug}`;

// A message key shown instead of its text (a key missing from the catalogue or the page).
const { go, look, asOnPhone, noKeys, signIn } = pageChecks(/\b(?:editor|hint|err|field|form|conflict|session-kind|event-(?:status|role|kind)|programme)-[a-z][a-z0-9_-]*/g);

/** Signs in on tab `p` of another browser (the harness's `signIn` works on the journey's tab). */
async function signInOn(p, email, shot) {
  const login = await p.goto(url('/login'));
  expect(login.status() === 200, `the second browser's /login answered ${login.status()}`);
  await look(shot, p);
  await p.fill('#email', email);
  await p.fill('#password', PASSWORD);
  const resp = await clickAndWait(p.locator('main form[action="/login"] button[type=submit]'));
  expect(resp && resp.status() === 200 && await p.locator('form[action="/logout"] button').count() === 1, `${email} is not signed in in the second browser (${resp && resp.status()})`);
}

const save = (p = page) => clickAndWait(p.locator('main form.edit-form button[type=submit]'));
/** The notice of the staff programme page after a save (`?saved=…`). */
const savedNotice = async () => plain(await text('main p.notice[role=status]'));

export const staffEditing = () => step(19, 'staff create a draft event, its room and a session; a stale save is refused; published, it reads in Korean', noted(async () => {
  // Refused forms are answered 422, and the draft's public page 404: Chromium logs both.
  allowBrowserError(/Failed to load resource: .*status of (422|404)/);
  await page.goto(url('/lang/en?next=/'));
  await signIn('staff@example.org', 'login-staff-editing');
  note(await page.locator('main a[href="/staff/events"]').count() > 0, `the staff page ${pathOf(page.url())} has no link to /staff/events (the events editor is reachable only by its address)`);

  // All events, then a new one.
  await go('/staff/events', 'staff-events');
  const listed = await page.locator('main table.list tbody tr').allInnerTexts();
  expect(listed.some((r) => /NEAR International Forum 2027/.test(r)), `/staff/events does not list the NEAR forum 2027: ${JSON.stringify(listed)}`);
  expect(!listed.some((r) => r.includes(EVENT.en)), `${EVENT.en} exists already: run the journey against a fresh \`hansa demo\``);
  const create = page.locator('main a.button[href="/staff/events/new"]', { hasText: 'New event' });
  expect(await create.count() === 1, 'no "New event" button on /staff/events');
  await clickAndWait(create);
  await look('event-new');
  expect(await page.inputValue('#f-status') === 'draft', `a new event starts as "${await page.inputValue('#f-status')}", expected draft`);
  const newWide = await asOnPhone('event-new-phone');
  note(newWide <= 390, `the new-event form is ${newWide}px wide on a 390px phone`);
  await page.selectOption('#f-kind', 'forum');
  await page.fill('#f-starts_on', EVENT.first);
  await page.fill('#f-ends_on', EVENT.last);
  await page.fill('#f-time_zone', 'Asia/Seoul');
  await page.fill('#f-title_en', EVENT.en);
  await page.fill('#f-title_ko', EVENT.ko);
  await page.fill('input[name="organisations-0-organisation"]', 'near');
  await page.selectOption('select[name="organisations-0-role"]', 'organiser');
  const made = await save();
  expect(made && made.status() === 200 && pathOf(page.url()) === `${STAFF}/programme?saved=created`,
    `creating the event answered ${made && made.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
  await look('programme-new');
  const h1 = await text('h1');
  expect(h1 === EVENT.en, `the programme page's heading is "${h1}"`);
  const facts = plain(await page.locator('main h1 + p').innerText());
  expect(/^Draft · times in Asia\/Seoul$/.test(facts), `the programme page says "${facts}", expected "Draft · times in Asia/Seoul"`);
  expect(await page.locator('main table.list').count() === 0, 'the new event already has sessions');

  // A room.
  await clickAndWait(page.locator(`main nav.actions-bar a[href="${STAFF}/rooms"]`));
  await look('rooms');
  await page.fill('input[name="rooms-0-slug"]', ROOM.slug);
  await page.fill('input[name="rooms-0-name_en"]', ROOM.en);
  await page.fill('input[name="rooms-0-name_ko"]', ROOM.ko);
  await page.fill('input[name="rooms-0-capacity"]', ROOM.seats);
  const roomed = await save();
  expect(roomed && roomed.status() === 200 && pathOf(page.url()) === `${STAFF}/programme?saved=rooms`,
    `saving the room answered ${roomed && roomed.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
  expect(await savedNotice() === 'The rooms are saved.', `after saving the room: "${await savedNotice()}"`);
  expect((await text('main')).includes(`Rooms: ${ROOM.en}`), `the programme page does not list ${ROOM.en} among the rooms`);
  await look('programme-room');

  // A session that ends before it starts: refused, the problem beside the end time.
  await clickAndWait(page.locator(`main a.button[href="${STAFF}/sessions/new"]`, { hasText: 'Add a session' }));
  await look('session-new');
  expect(await page.inputValue('#f-starts_at') === `${EVENT.first}T09:00`, `a new session starts at "${await page.inputValue('#f-starts_at')}", expected the first day at 09:00`);
  const zoneHint = plain(await text('#h-starts_at'));
  note(/Asia\/Seoul/.test(zoneHint), `the start time's hint does not name the event's zone: "${zoneHint}"`);
  await page.selectOption('#f-kind', 'opening_ceremony');
  await page.fill('#f-starts_at', SESSION.start);
  await page.fill('#f-ends_at', SESSION.wrongEnd);
  await page.selectOption('#f-room', ROOM.slug);
  await page.fill('#f-languages', 'en, ko');
  await page.fill('#f-title_en', SESSION.en);
  await page.fill('#f-title_ko', SESSION.ko);
  const refused = await save();
  expect(refused && refused.status() === 422, `a session ending before its start answered ${refused && refused.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
  await look('session-refused');
  const err = page.locator('#f-ends_at ~ p.error#e-ends_at');
  expect(await err.count() === 1, 'no p.error#e-ends_at beside the end time' + (await bodySnippet()));
  const why = plain(await err.innerText());
  expect(/ends before it starts/i.test(why), `the end time's error says "${why}"`);
  expect(await page.getAttribute('#f-ends_at', 'aria-invalid') === 'true' && await page.getAttribute('#f-ends_at', 'aria-describedby') === 'e-ends_at',
    '#f-ends_at is not aria-invalid and described by #e-ends_at');
  expect(await page.locator('#form-errors a[href="#f-ends_at"]').count() === 1, 'the summary #form-errors does not link to the end time');
  expect(await page.locator('main .field.invalid').count() === 1, `${await page.locator('main .field.invalid').count()} fields are marked invalid, expected only the end time`);
  expect(await page.inputValue('#f-title_ko') === SESSION.ko && await page.inputValue('#f-room') === ROOM.slug && await page.inputValue('#f-starts_at') === SESSION.start,
    'the Korean title, the room or the start were not kept after the refusal');
  note(!/Session\s+ends/.test(why), `the error names no session (its slug is still empty): "${why}"`);
  // A table shows its filled rows and three blank ones: the refused form posted none filled.
  const blank = await page.locator('fieldset#f-participants tbody tr:not(.row-error)').count();
  note(blank === 3, `after the refusal the people table has ${blank} blank rows, expected 3 (posted empty rows are counted as filled, so each refusal adds three more)`);
  const refusedWide = await asOnPhone('session-refused-phone');
  note(refusedWide <= 390, `the session form is ${refusedWide}px wide on a 390px phone`);

  // Fixed and saved: on the programme, under its day.
  await page.fill('#f-ends_at', SESSION.end);
  const saved = await save();
  expect(saved && saved.status() === 200 && pathOf(page.url()) === `${STAFF}/programme?saved=session`,
    `saving the session answered ${saved && saved.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
  expect(await savedNotice() === 'The session is saved.', `after saving the session: "${await savedNotice()}"`);
  await look('programme-one-session');
  const day = plain(await text('main h2'));
  expect(day === '12 August 2027', `the session's day is headed "${day}"`);
  const line = page.locator('main table.list tbody tr', { hasText: SESSION.en });
  expect(await line.count() === 1, `the programme does not list "${SESSION.en}"` + (await bodySnippet()));
  const row = plain(await line.innerText());
  expect(row.includes('10:00–11:30') && row.includes('Opening ceremony') && row.includes(ROOM.en), `the session's row reads "${row}"`);
  const edit = line.locator(`a[href^="${STAFF}/sessions/"][href$="/edit"]`);
  const editPath = await edit.getAttribute('href');
  const sessionSlug = editPath.split('/')[5];
  note(sessionSlug === 'opening-of-the-youth-forum', `the session's address name made from its title is "${sessionSlug}"`);

  // The session opened again here, and by a colleague at another computer, before either saves.
  await clickAndWait(edit);
  await look('session-edit');
  expect(await page.inputValue('#f-ends_at') === SESSION.end && await page.inputValue('#f-title_ko') === SESSION.ko, 'the session form does not show what was saved');
  const colleague = await newVisitor();
  let stalePart = '';
  try {
    await signInOn(colleague, 'admin@example.org', 'login-colleague');
    const opened = await colleague.goto(url(editPath));
    expect(opened.status() === 200, `the colleague's session form answered ${opened.status()}`);
    await look('session-edit-colleague', colleague);
    const before = await colleague.inputValue('input[name=revision]');
    expect(before === await page.inputValue('input[name=revision]'), 'the two forms do not start from the same revision');

    // Here: a chair, saved first.
    await page.fill('input[name="participants-0-person"]', CHAIR.person);
    await page.selectOption('select[name="participants-0-role"]', 'chair');
    await page.fill('input[name="participants-0-title_en"]', CHAIR.en);
    await page.fill('input[name="participants-0-title_ko"]', CHAIR.ko);
    await page.fill('input[name="participants-0-organisation"]', CHAIR.organisation);
    const chaired = await save();
    expect(chaired && chaired.status() === 200 && pathOf(page.url()) === `${STAFF}/programme?saved=session`,
      `saving the chair answered ${chaired && chaired.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
    const people = plain(await page.locator('main table.list tbody tr', { hasText: SESSION.en }).locator('td').last().innerText());
    expect(people === '1', `the session lists ${people} people after adding the chair, expected 1`);
    await look('programme-chair');

    // There: a stale save, refused, the typed title kept.
    const typed = 'Opening of the NEAR Youth Forum';
    await colleague.fill('#f-title_en', typed);
    const stale = await save(colleague);
    expect(stale && stale.status() === 422, `the stale save answered ${stale && stale.status()} on ${pathOf(colleague.url())}`);
    await look('session-stale-colleague', colleague);
    const summary = plain(await colleague.locator('#form-errors').innerText().catch(() => ''));
    expect(/Someone saved this event after you opened it/.test(summary), `the stale save's summary says "${summary}"`);
    expect(await colleague.inputValue('#f-title_en') === typed, `the colleague's typed title is gone: "${await colleague.inputValue('#f-title_en')}"`);
    const after = await colleague.inputValue('input[name=revision]');
    expect(after === before, `the refused form carries revision ${after}, not the ${before} it started from: a second Save would overwrite the chair saved meanwhile`);
    expect(await colleague.locator('a[target=_blank]', { hasText: /current version/ }).count() === 1, 'no link to the current version');
    // Pressing Save again is refused again: nothing saved meanwhile is overwritten blindly.
    const again = await save(colleague);
    expect(again && again.status() === 422, `saving the stale form again answered ${again && again.status()}`);
    // Nothing of the stale save was written: the session is as saved here.
    await go(editPath, 'session-after-stale');
    expect(await page.inputValue('#f-title_en') === SESSION.en && await page.inputValue('input[name="participants-0-person"]') === CHAIR.person,
      `after the refused stale save the session reads "${await page.inputValue('#f-title_en')}" with person "${await page.inputValue('input[name="participants-0-person"]')}"`);
    stalePart = `stale save refused ("${summary.slice(0, 60)}…"), typed title kept, the form keeps revision ${after}, a second save refused too`;
  } finally {
    await colleague.context().close();
  }

  // The draft is not public; published, a visitor reads it in Korean on a phone.
  const visitor = await newVisitor({ viewport: { width: 390, height: 844 } });
  try {
    const hidden = await visitor.goto(url(`/events/${EVENT.slug}`));
    expect(hidden.status() === 404, `a visitor opens the draft /events/${EVENT.slug}: ${hidden.status()}`);
    await look('draft-404-visitor', visitor);
    await go(`${STAFF}/programme`, 'programme-before-publishing');
    await clickAndWait(page.locator(`main nav.actions-bar a[href="${STAFF}/edit"]`));
    await look('event-edit');
    expect(await page.inputValue('#f-title_ko') === EVENT.ko && await page.inputValue('input[name="organisations-0-organisation"]') === 'near'
      && await page.inputValue('select[name="organisations-0-role"]') === 'organiser', 'the event form does not show the saved title or organiser');
    const statuses = await page.locator('#f-status option').evaluateAll((os) => os.map((o) => o.value));
    expect(statuses.join(' ') === 'draft published', `a draft may move to: ${statuses.join(', ')}`);
    await page.selectOption('#f-status', 'published');
    const published = await save();
    expect(published && published.status() === 200 && pathOf(page.url()) === `${STAFF}/programme?saved=event`,
      `publishing answered ${published && published.status()} on ${pathOf(page.url())}` + (await bodySnippet()));
    expect(await savedNotice() === 'The event is saved.', `after publishing: "${await savedNotice()}"`);
    expect(/^Published · /.test(plain(await page.locator('main h1 + p').innerText())), 'the programme page does not say Published');
    await look('programme-published');

    const shown = await visitor.goto(url(`/lang/ko?next=/events/${EVENT.slug}`));
    expect(shown.status() === 200 && pathOf(visitor.url()) === `/events/${EVENT.slug}`, `the published event answered ${shown.status()} on ${pathOf(visitor.url())}`);
    await look('event-published-ko-phone', visitor);
    expect(await visitor.getAttribute('html', 'lang') === 'ko', 'the visitor\'s page is not in Korean');
    const title = plain(await visitor.locator('h1').innerText());
    expect(title.includes(EVENT.ko), `the public heading is "${title}", expected ${EVENT.ko}`);
    const session = visitor.locator('li.session');
    expect(await session.count() === 1, `the public programme lists ${await session.count()} sessions, expected 1`);
    const heading = plain(await session.locator('h4 span[lang=ko]').innerText().catch(() => ''));
    expect(heading === SESSION.ko, `the session's heading in Korean is "${heading}"`);
    const item = plain(await session.innerText());
    expect(item.includes('10:00–11:30') && item.includes(ROOM.ko), `the session reads "${item.slice(0, 160)}"`);
    note(item.includes(CHAIR.native) && item.includes(CHAIR.ko), `the session does not name its chair ${CHAIR.native}, ${CHAIR.ko}: "${item.slice(0, 200)}"`);
    const wide = await onPhone(visitor);
    note(wide <= 390, `the published event is ${wide}px wide on a 390px phone`);
    return `created ${EVENT.slug} (draft), room ${ROOM.slug}; session refused ("${why}"), fixed, saved as ${sessionSlug}; chair ${CHAIR.person} added; ${stalePart}; draft 404 for a visitor; published → "${heading}" in Korean, ${wide}px wide on a phone`;
  } finally {
    await visitor.context().close();
  }
}));
