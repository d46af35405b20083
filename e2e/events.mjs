// Steps 14–18 of the browser journey: registering for the NEAR International Forum 2027 (a
// focal point's delegation, two visitors racing for the last observer place), the
// secretariat's approvals and badges, the check-in desk on and off the network, and the
// attendance figures. Imported by journey.mjs after step 13; same harness, same rules.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  allowBrowserError, audit, bodySnippet, clickAndWait, count, digits, expect, newVisitor, page, pathOf, setOffline,
  signIn as harnessSignIn, signOut, step, text, url, visit,
} from './harness.mjs';
import { PASSWORD, note, noted, onPhone, pageChecks, plain } from './steps.mjs';

const FORUM = 'near-forum-2027';
const CODE = /^[A-Z2-9]{12}$/;
// A message key shown instead of its text (a key missing from the catalogue or the page).
const { go, look, asOnPhone, noKeys, signIn } = pageChecks(/\b(?:checkin|register|registration|figures|badges|delegation|category|regstatus|err|hint|field|answer)-[a-z][a-z0-9_-]*/g);

// The focal point's delegation of Gyeongju, and the visitors of step 15.
const DELEGATION = [
  { category: 'head_of_delegation', honorific: 'Mr.', given: 'Seojun', family: 'Choi', native: '최서준', position: 'Deputy Mayor', email: 'choi.seojun@gyeongju.example.org' },
  { category: 'delegate', honorific: 'Ms.', given: 'Jiwoo', family: 'Han', native: '한지우', position: 'Director of International Relations', email: 'han.jiwoo@gyeongju.example.org' },
  { category: 'delegate', honorific: 'Ms.', given: 'Hana', family: 'Yoon', native: '윤하나', position: 'International Cooperation Officer', email: 'yoon.hana@gyeongju.example.org' },
];
const OBSERVERS = [
  { category: 'observer', given: 'Oyun', family: 'Bat', email: 'oyun.bat@example.net', country: 'MN', organisation: 'Ulaanbaatar Youth Council' },
  { category: 'observer', given: 'Ivan', family: 'Sokolov', email: 'ivan.sokolov@example.net', country: 'RU', organisation: 'Far Eastern Federal University' },
  { category: 'observer', given: 'Mei', family: 'Tanaka', email: 'mei.tanaka@example.net', country: 'JP', organisation: 'Tottori Citizens\' Forum' },
];


/** Fills the registration form on tab `p` (fields absent from the form are left out). */
async function fillRegistration(p, who, { email = true } = {}) {
  await p.selectOption('#f-category', who.category);
  if (who.honorific) await p.fill('#f-honorific', who.honorific);
  await p.fill('#f-given_name', who.given);
  await p.fill('#f-family_name', who.family);
  if (who.native) await p.fill('#f-native_name', who.native);
  if (who.position) await p.fill('#f-position', who.position);
  if (who.organisation && await p.locator('#f-organisation_name').count()) await p.fill('#f-organisation_name', who.organisation);
  await p.selectOption('#f-country', who.country || 'KR');
  await p.fill('#f-email', email ? who.email : '');
  await p.check('input[name="q-local-tour"][value="yes"]');
  await p.fill('#f-q-arrival', '2027-11-16');
  await p.check('input[name="q-topics-culture"]');
  await p.check('input[name="q-topics-economy"]');
}

const submitRegistration = (p) => clickAndWait(p.locator('main form.register button[type=submit]'));

/** Status, waiting-list notice and code of the registration page open on tab `p`. */
async function registrationOn(p) {
  const status = plain(await p.locator('section.registration .badge').innerText());
  const notice = p.locator('section.registration p.notice');
  const waiting = (await notice.count()) ? plain(await notice.innerText()) : null;
  const code = plain(await p.locator('section.registration code.code').innerText());
  return { status, waiting, code };
}

const delegationRows = () => page.locator('main table.list tbody tr');
const codes = {};   // name → registration code, for the staff's steps

await step(14, 'a focal point registers a delegation of three (one refused form first)', noted(async () => {
  await page.goto(url('/lang/en?next=/'));
  await signIn('focal@example.org', 'login-focal-events');
  expect(pathOf(page.url()) === '/organisations/gyeongju', `a focal point lands on ${pathOf(page.url())}`);
  await go(`/events/${FORUM}`, 'forum-2027-focal');
  const register = page.locator(`main a.button[href="/events/${FORUM}/register"]`, { hasText: 'Register' });
  expect(await register.count() === 1, `no "Register" link on /events/${FORUM}`);
  expect((await clickAndWait(register)).status() === 200, 'the registration form did not open');
  await look('register-focal');
  expect(await count('#f-organisation_name') === 0, 'a focal point is asked for an organisation name');
  const intro = await text('main p.notice');
  expect(/Gyeongju/.test(intro) && /delegation/.test(intro), `no note that this registers Gyeongju's delegation: "${intro}"`);
  expect(await count('input[name="q-local-tour"][required]') === 2, 'the local tour question is not marked required');

  // Refused: no e-mail address.
  allowBrowserError(/Failed to load resource: .*status of 422/);
  await fillRegistration(page, DELEGATION[0], { email: false });
  const refused = await submitRegistration(page);
  expect(refused && refused.status() === 422, `a form without e-mail answered ${refused && refused.status()}` + (await bodySnippet()));
  await look('register-focal-refused');
  expect(await count('#form-errors') === 1, 'no error summary #form-errors');
  expect(await count('#form-errors a[href="#f-email"]') === 1, 'the summary does not link to the e-mail field');
  const err = page.locator('#f-email ~ p.error');
  expect(await err.count() === 1, 'no p.error beside the e-mail field');
  const msg = plain(await err.innerText());
  expect(await page.getAttribute('#f-email', 'aria-invalid') === 'true' && await page.getAttribute('#f-email', 'aria-describedby') === 'e-email',
    '#f-email is not aria-invalid and described by its error #e-email');
  expect(await count('main .field.invalid') === 1, `${await count('main .field.invalid')} fields are marked invalid, expected only the e-mail`);
  expect(await page.inputValue('#f-native_name') === DELEGATION[0].native && await page.isChecked('input[name="q-local-tour"][value="yes"]')
    && await page.isChecked('input[name="q-topics-culture"]'), 'the native name, the local tour answer or the topics were not kept after the refusal');
  await go(`/events/${FORUM}/delegation`, 'delegation-empty');
  expect(await delegationRows().count() === 0, `the refused form registered someone: ${await delegationRows().count()} rows`);
  expect(/No one is registered/.test(await text('main')), `the empty delegation page does not say so` + (await bodySnippet()));

  // Accepted: the same person with an e-mail address, then two delegates.
  for (const [i, who] of DELEGATION.entries()) {
    await go(`/events/${FORUM}/register`, `register-focal-${i + 1}`);
    await fillRegistration(page, who);
    const r = await submitRegistration(page);
    expect(r && r.status() === 200, `registering ${who.given} answered ${r && r.status()}` + (await bodySnippet()));
    const at = new URL(page.url());
    expect(at.pathname === `/events/${FORUM}/delegation` && CODE.test(at.searchParams.get('added') || ''),
      `after registering ${who.given}: ${pathOf(page.url())}` + (await bodySnippet()));
    codes[who.given] = at.searchParams.get('added');
    const added = plain(await text('main p.notice'));
    expect(added.includes(who.given) && /is registered/.test(added), `the notice does not name ${who.given}: "${added}"`);
    if (i === 0) await look('delegation-one');
  }
  await look('delegation-three');
  const rows = await delegationRows().allInnerTexts();
  expect(rows.length === 3, `the delegation lists ${rows.length} people, expected 3`);
  for (const who of DELEGATION) {
    const row = rows.find((r) => r.includes(who.native));
    expect(row && row.includes(codes[who.given]) && /Waiting for approval/.test(row),
      `${who.native} is not on the delegation page with code ${codes[who.given]}, waiting for approval: ${JSON.stringify(rows)}`);
  }
  expect(new Set(Object.values(codes)).size === 3, `the three codes are not distinct: ${Object.values(codes)}`);
  expect(await count('main table.list tbody a[href^="/registrations/"]') === 3, 'not every member links to their registration');
  return `refused without e-mail ("${msg}"), delegation still empty; then 3 registered: ${DELEGATION.map((w) => `${w.native} ${codes[w.given]}`).join(', ')}`;
}));

await step(15, 'two visitors race for the last observer place; a cancellation promotes the waiting one', noted(async () => {
  await signOut();
  // The first observer takes one of the two places, in the journey's own tab.
  await go(`/events/${FORUM}/register`, 'register-visitor');
  const left = async (p) => plain(await p.locator('table.places tr', { hasText: 'Observer' }).locator('td').innerText());
  expect(await left(page) === '2 left', `observers have "${await left(page)}" before anyone registered, expected "2 left"`);
  await fillRegistration(page, OBSERVERS[0]);
  await submitRegistration(page);
  expect(pathOf(page.url()).startsWith('/registrations/'), `the first observer ended on ${pathOf(page.url())}` + (await bodySnippet()));
  const first = await registrationOn(page);
  expect(first.status === 'Approved', `the first observer is "${first.status}", expected Approved`);
  await look('registration-observer');

  // Two people at two computers (one on a phone), fresh cookies each, one place left.
  const a = await newVisitor();
  const b = await newVisitor({ viewport: { width: 390, height: 844 } });
  try {
    for (const [p, who, shot] of [[a, OBSERVERS[1], 'race-a-form'], [b, OBSERVERS[2], 'race-b-form-phone']]) {
      const resp = await p.goto(url(`/events/${FORUM}/register`));
      expect(resp.status() === 200, `the second browser's form answered ${resp.status()}`);
      expect(await left(p) === '1 left', `observers show "${await left(p)}" to ${who.given}, expected "1 left"`);
      await fillRegistration(p, who);
      await look(shot, p);
    }
    const wide = await onPhone(b);
    note(wide <= 390, `the registration form is ${wide}px wide on a 390px phone (/events/${FORUM}/register)`);
    const [ra, rb] = await Promise.all([submitRegistration(a), submitRegistration(b)]);
    for (const [p, r] of [[a, ra], [b, rb]]) {
      expect(r && r.status() === 200 && pathOf(p.url()).startsWith('/registrations/'), `a racer ended on ${pathOf(p.url())} (${r && r.status()})`);
    }
    const [ga, gb] = [await registrationOn(a), await registrationOn(b)];
    const outcomes = [ga.status, gb.status].sort().join(' + ');
    expect(outcomes === 'Approved + On the waiting list', `the race ended ${outcomes}, expected one Approved and one On the waiting list`);
    const [won, lost] = ga.status === 'Approved' ? [[a, ga], [b, gb]] : [[b, gb], [a, ga]];
    expect(lost[1].waiting === 'Number 1 on the waiting list', `the waiting page says "${lost[1].waiting}"`);
    expect(won[1].waiting === null, `the approved page shows a waiting notice: "${won[1].waiting}"`);
    await look(`race-won-${won[0] === a ? 'a' : 'b-phone'}`, won[0]);
    await look(`race-waiting-${lost[0] === a ? 'a' : 'b-phone'}`, lost[0]);
    note(await onPhone(b) <= 390, `the registration page is ${await onPhone(b)}px wide on a 390px phone`);

    // The winner cancels (confirming the browser's dialog); the waiting one moves up.
    let asked = '';
    won[0].once('dialog', (d) => { asked = d.message(); d.accept(); });
    const cancelled = await clickAndWait(won[0].locator('main form[action$="/cancel"] button'));
    expect(cancelled && cancelled.status() === 200 && /Cancel this registration\?/.test(asked), `cancelling answered ${cancelled && cancelled.status()} after asking "${asked}"`);
    const gone = await registrationOn(won[0]);
    expect(gone.status === 'Cancelled', `after cancelling, the status is "${gone.status}"`);
    expect(await won[0].locator('main form[action$="/cancel"]').count() === 0, 'a cancelled registration can still be cancelled');
    await look('race-cancelled', won[0]);
    await lost[0].reload();
    const moved = await registrationOn(lost[0]);
    expect(moved.status === 'Approved' && moved.waiting === null, `after the cancellation the waiting one is "${moved.status}" (${moved.waiting}), expected Approved (promoted)`);
    const history = plain(await lost[0].locator('ol.history').innerText());
    expect(/On the waiting list.*Approved/.test(history), `the history does not show waiting then approved: "${history}"`);
    await look('race-promoted', lost[0]);
    return `first observer ${first.code} Approved; race: ${won[1].code} Approved, ${lost[1].code} Number 1 on the waiting list; cancelled ("${asked}") → ${moved.code} Approved`;
  } finally {
    await Promise.all([a.context().close(), b.context().close()]);
  }
}));

await step(16, 'staff approve the delegation and print its badges on A4', noted(async () => {
  await signIn('staff@example.org', 'login-staff-events');
  await go(`/staff/events/${FORUM}/registrations`, 'registrations-all');
  await page.selectOption('#f-status', 'pending');
  await clickAndWait(page.locator('main form.filter button[type=submit]'));
  expect(new URL(page.url()).searchParams.get('status') === 'pending', `the filter is not in the URL: ${pathOf(page.url())}`);
  await look('registrations-pending');
  const pending = await page.locator('table.registrations tbody tr').allInnerTexts();
  expect(pending.every((r) => /Waiting for approval/.test(r)), `the pending filter shows other statuses: ${JSON.stringify(pending)}`);
  for (const who of DELEGATION) expect(pending.some((r) => r.includes(who.native)), `${who.native} is not among the pending: ${JSON.stringify(pending)}`);
  let landed = '';
  for (const [i, who] of DELEGATION.entries()) {
    if (i > 0) await go(`/staff/events/${FORUM}/registrations?status=pending`, `registrations-pending-${i + 1}`);
    const row = page.locator('table.registrations tbody tr', { hasText: who.native });
    const approve = row.locator('button', { hasText: 'Approve' });
    expect(await approve.count() === 1, `no Approve button on ${who.given}'s row`);
    const r = await clickAndWait(approve);
    expect(r && r.status() === 200, `approving ${who.given} answered ${r && r.status()}` + (await bodySnippet()));
    landed = pathOf(page.url());
  }
  // A decision returns to the list as it was filtered.
  expect(/status=pending/.test(landed), `after approving, the list lost its filter: ${landed}`);
  await go(`/staff/events/${FORUM}/registrations`, 'registrations-approved');
  const rows = await page.locator('table.registrations tbody tr').allInnerTexts();
  for (const who of DELEGATION) expect(/Approved/.test(rows.find((r) => r.includes(who.native)) || ''), `${who.given} is not approved on the list`);
  const stillPending = await (await page.request.get(url(`/staff/events/${FORUM}/registrations?status=pending`))).text();
  const left = stillPending.match(/class="list registrations">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/);
  expect(left && !DELEGATION.some((w) => left[1].includes(w.native)), 'the pending list still shows the delegation (or has no table)');

  // Badges: every approved registration, four to an A4 sheet.
  const badges = page.locator(`main a[href="/staff/events/${FORUM}/badges"]`).first();
  expect(await badges.count() === 1, 'no link to the badges from the registrations list');
  await clickAndWait(badges);
  await look('badges-form');
  await page.check('input[name="layout"][value="a4"]');
  await page.selectOption('#f-category', '');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('main form button[type=submit]').click()]);
  // Kept beside the screenshots, to be looked at.
  const file = join(dirname(fileURLToPath(import.meta.url)), 'screenshots', 'badges-a4.pdf');
  await download.saveAs(file);
  const pdf = readFileSync(file);
  expect(pdf.subarray(0, 5).toString('latin1') === '%PDF-', `the download does not start with %PDF: ${JSON.stringify(pdf.subarray(0, 8).toString('latin1'))}`);
  expect(pdf.length > 10 * 1024, `the badges PDF is only ${pdf.length} bytes`);
  expect(pathOf(page.url()) === `/staff/events/${FORUM}/badges`, `the page moved to ${pathOf(page.url())} on download`);
  // The form comes back to life once the work is done.
  await page.waitForFunction(() => [...document.querySelectorAll('main form button')].every((b) => !b.disabled), null, { timeout: 10000 });
  await look('badges-done');
  const status = plain(await page.locator('main form .busy').innerText().catch(() => ''));
  return `approved ${DELEGATION.length} from the pending filter (each approval lands on ${landed}); badges "${download.suggestedFilename()}", ${pdf.length} bytes, %PDF (e2e/screenshots/badges-a4.pdf); page says "${status}"`;
}));

const DESK = `/staff/events/${FORUM}/check-in?day=2027-11-17`;
const LIST_KEY = `hansa-desk-list:${FORUM}`;
const counted = async () => plain(await page.locator('#counted').innerText());
const net = async () => plain(await page.locator('#net').innerText());

await step(17, 'the check-in desk on and off the network', noted(async () => {
  // While the desk is offline its sync fails, which Chromium reports: expected here.
  allowBrowserError(/ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|ERR_NAME_NOT_RESOLVED|ERR_INTERNET/);
  await go(DESK, 'checkin-desk');
  await page.waitForFunction((k) => ((JSON.parse(localStorage.getItem(k) || 'null') || {}).people || []).length > 0, LIST_KEY);
  expect(await page.inputValue('#f-day') === '2027-11-17', `the desk is for ${await page.inputValue('#f-day')}`);
  const expected = plain(await page.locator('p.counter span').innerText());
  expect(await counted() === '0' && /^of 5 checked in$/.test(expected), `the desk starts at "${await counted()} ${expected}", expected 0 of 5 (3 delegates, 2 observers)`);
  expect(/^Online/.test(await net()), `the desk does not say it is online: "${await net()}"`);

  // Online: the head of delegation's code, typed.
  const head = DELEGATION[0];
  await page.fill('#code', codes[head.given]);
  await page.press('#code', 'Enter');
  await page.waitForFunction(() => !document.getElementById('result').hidden);
  const said = plain(await page.locator('#result').innerText());
  expect(said.startsWith('Mr. CHOI Seojun: checked in'), `after typing ${codes[head.given]}: "${said}"`);
  expect(await counted() === '1', `the counter shows ${await counted()} after one check-in`);
  // Sent at once: the log line takes the server's word.
  await page.waitForFunction(() => !/waiting/.test(document.getElementById('net').textContent));
  await page.waitForFunction(() => /: checked in$/.test(document.querySelector('#log li')?.textContent || ''));
  const sent = plain(await page.locator('#result').innerText());
  note(sent === 'Mr. CHOI Seojun: checked in', `online, after the server counted the scan, #result still says "${sent}" (and #net "${await net()}")`);
  await look('checkin-online');

  // Offline: a delegate found by part of her name.
  await setOffline(true);
  await page.waitForFunction(() => /^Offline/.test(document.getElementById('net').textContent));
  await page.fill('#code', 'Han');
  await page.press('#code', 'Enter');
  const match = page.locator('#matches button', { hasText: 'Jiwoo' });
  await match.waitFor();   // Han Jiwoo and Yoon Hana both match "Han"
  const offered = await page.locator('#matches button').allInnerTexts();
  const choose = plain(await page.locator('#result').innerText());
  expect(/choose/.test(choose), `with matches offered, #result says "${choose}"`);
  note(offered.every((o) => !/· gyeongju ·/.test(o)), `the matches name the organisation by its slug: ${JSON.stringify(offered)}`);
  await look('checkin-offline-matches');
  await match.click();
  const said2 = plain(await page.locator('#result').innerText());
  expect(said2.startsWith('Ms. HAN Jiwoo: checked in'), `after choosing Han Jiwoo offline: "${said2}"`);
  expect(await counted() === '2', `the counter shows ${await counted()} after the offline check-in`);
  note(!(await page.locator('#matches').isVisible()), 'the list of matches stays on screen after one was chosen (#matches[hidden] is still shown)');
  await page.waitForFunction(() => /\b1 scans? waiting/.test(document.getElementById('net').textContent));
  const offline = await net();
  expect(/^Offline/.test(offline) && /\b1 scans? waiting to be sent/.test(offline), `the offline notice reads "${offline}"`);
  note(!/\b1 scans\b/.test(offline), `the offline notice says "1 scans" (no singular): "${offline}"`);
  const queued = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) || '[]').length, `hansa-desk-queue:${FORUM}`);
  expect(queued === 1, `${queued} scans are queued in localStorage, expected 1`);
  await look('checkin-offline');

  // Back online: the queue drains, the counter stays right.
  // On 'online' the desk sends its queue and fetches the list again, both at once: wait for both.
  const done = (pred) => page.waitForEvent('requestfinished', { predicate: pred, timeout: 20000 });
  const both = Promise.all([done((r) => r.url().endsWith('/check-in/list.json')), done((r) => r.method() === 'POST' && r.url().endsWith('/check-ins'))]);
  await setOffline(false);
  await both;
  await page.waitForFunction(() => /^Online/.test(document.getElementById('net').textContent) && !/waiting/.test(document.getElementById('net').textContent), null, { timeout: 20000 });
  await page.waitForTimeout(300);
  note(await counted() === '2', `back online, the queue sent, the counter shows ${await counted()} instead of 2 (the list fetched with the sync was made before the sync arrived, and replaced the local count)`);
  expect(await count('#conflicts li') === 0, `the sync left things to look at: ${JSON.stringify(await page.locator('#conflicts li').allInnerTexts())}`);
  await look('checkin-synced');

  // From the server: the page's own HTML, before the script runs.
  const resp = await go(DESK, 'checkin-reloaded');
  const html = await resp.text();
  const served = (html.match(/<strong id="counted">([^<]*)<\/strong>/) || [])[1];
  expect(served === '2', `the server renders ${served} checked in`);
  expect(await counted() === '2', `after reloading the counter shows ${await counted()}`);
  const wide = await asOnPhone('checkin-phone');
  note(wide <= 390, `the desk is ${wide}px wide on a 390px phone`);
  return `typed code → "${said}"; offline "Han" offered ${offered.length} (${offered.map(plain).join(' | ')}), chose Jiwoo → "${said2}"; "${offline}"; synced; server says ${served} ${expected}`;
}));

await step(18, 'attendance figures: the forum of 2027 for staff, the forum of 2023 for everyone', noted(async () => {
  await go(`/events/${FORUM}/figures`, 'figures-2027-staff');
  const live = plain(await text('.headline'));
  expect(/^2 delegates from /.test(live), `the 2027 headline reads "${live}"`);
  note(!/\b1 (local governments|countries)\b/.test(live), `the 2027 headline's English has no singular: "${live}"`);
  expect(await count('main svg.chart') === 1, 'no chart on the 2027 figures');
  const byCategory = plain(await page.locator('main table.list', { hasText: 'By category' }).innerText());
  expect(/Head of delegation 1/.test(byCategory) && /Delegate 1/.test(byCategory), `the categories table: "${byCategory}"`);
  await signOut();
  const hidden = await page.request.get(url(`/events/${FORUM}/figures`));
  expect(hidden.status() === 404, `the public sees the 2027 figures before the forum: ${hidden.status()}`);
  await go('/events/near-forum-2023/figures', 'figures-2023-public');
  const past = plain(await text('.headline'));
  expect(/\b[Mm]ore than 200 delegates from 38 local governments and organisations of 5 countries\b/.test(past), `the 2023 headline reads "${past}"`);
  note(/^[A-Z0-9]/.test(past), `the 2023 headline opens with a small letter: "${past}"`);
  expect(await count('main svg.chart rect') === 5, `the 2023 chart has ${await count('main svg.chart rect')} bars, expected 5 countries`);
  expect(await count('main table.list') === 3, `the 2023 figures have ${await count('main table.list')} tables, expected 3`);
  const wide = await asOnPhone('figures-2023-phone');
  note(wide <= 390, `the figures are ${wide}px wide on a 390px phone`);
  return `2027 (staff): "${live}"; 2027 hidden from the public (404); 2023: "${past}"`;
}));
