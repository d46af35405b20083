#!/usr/bin/env node
// Hansa browser journey: a visitor, then a staff member, walks through the app in Debian's
// Chromium (driven by playwright-core), with axe-core run on every page visited.
//
//   cd e2e && npm install && HANSA_URL=http://127.0.0.1:8080 node journey.mjs
//
// Expects a fresh `hansa demo` server (demo accounts, no earlier run of this journey).
// Screenshots go to e2e/screenshots/NN-name.png. Exits 1 on any failed assertion, on any
// axe violation of impact "serious" or "critical" (lesser violations are printed as
// warnings), and on any browser console error, uncaught page error or failed same-origin
// request: see harness.mjs.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  allowBrowserError, audit, bodySnippet, clickAndWait, count, digits, exists, expect, finish, orgTotal, page, pathOf,
  start, step, text, url, visit,
} from './harness.mjs';

const ADMIN = { email: 'admin@example.org', password: 'hansa-demo-2026' };
const HANGUL = /[\uac00-\ud7a3]/;

await start();

let loggedIn = false;

await step(1, 'home page', async () => {
  await visit('/', 'home');
  expect(await count('h1') === 1, `expected one <h1>, found ${await count('h1')}`);
  const h1 = await text('h1');
  expect(h1.length > 0, 'the <h1> is empty');
  expect(await count('svg.worldmap') > 0, 'no map (svg.worldmap) on the home page');
  expect(await page.locator('svg.worldmap').first().isVisible(), 'the map svg.worldmap is not visible');
  const links = await count('a[href="/directory"], a[href^="/directory?"]');
  expect(links > 0, 'no link to /directory');
  expect(await page.getAttribute('html', 'lang') === 'en', `expected html[lang=en] at first, got ${await page.getAttribute('html', 'lang')}`);
  return `h1 "${h1}", map present, ${links} directory link(s)`;
});

await step(2, 'switch the language to Korean', async () => {
  const summary = page.locator('details.langs > summary');
  await summary.click();
  const ko = page.locator('details.langs a[hreflang="ko"]');
  expect(await ko.isVisible(), 'the Korean link is not visible after opening the language switcher');
  await audit('langs-open');
  const resp = await clickAndWait(ko);
  expect(resp && resp.status() === 200, `switching language answered ${resp && resp.status()}`);
  await audit('home-ko');
  const lang = await page.getAttribute('html', 'lang');
  expect(lang === 'ko', `expected html[lang=ko], got ${lang}`);
  expect(pathOf(page.url()) === '/', `expected to come back to /, got ${pathOf(page.url())}`);
  const h1 = await text('h1');
  expect(HANGUL.test(h1), `the <h1> has no Hangul: "${h1}"`);
  const nav = await text('header nav');
  expect(HANGUL.test(nav), `the main navigation has no Hangul: "${nav}"`);
  return `html[lang=ko], h1 "${h1}"`;
});

await step(3, 'directory filtered by country KR', async () => {
  await visit('/directory', 'directory');
  const all = await count('table.list tbody tr');
  await page.selectOption('select#country', 'KR');
  const resp = await clickAndWait(page.locator('form.filters button[type=submit]'));
  expect(resp && resp.status() === 200, `filtering answered ${resp && resp.status()}`);
  await audit('directory-kr');
  const params = new URL(page.url()).searchParams;
  expect(params.get('country') === 'KR', `expected country=KR in the URL, got ${pathOf(page.url())}`);
  expect(await page.inputValue('select#country') === 'KR', 'the country select does not keep KR after filtering');
  const rows = page.locator('table.list tbody tr');
  const n = await rows.count();
  expect(n > 0, 'no rows in table.list after filtering by KR' + (await bodySnippet()));
  const texts = await rows.allInnerTexts();
  const foreign = texts.filter((t) => !/한국|Korea|대한민국/.test(t));
  expect(foreign.length === 0, `${foreign.length} of ${n} rows do not mention Korea: ${JSON.stringify(foreign.slice(0, 3))}`);
  const countLine = await text('p.count');
  expect(/\d/.test(countLine), `the count line has no number: "${countLine}"`);
  return `${n} rows (of ${all} unfiltered on page 1); "${countLine}"`;
});

let firstOrg = null;
await step(4, 'open an organisation', async () => {
  const link = page.locator('table.list tbody a[href^="/organisations/"]').first();
  expect(await link.count() === 1, 'no organisation link in the directory table');
  const name = (await link.innerText()).trim();
  firstOrg = await link.getAttribute('href');
  const resp = await clickAndWait(link);
  expect(resp && resp.status() === 200, `${firstOrg} answered ${resp && resp.status()}`);
  await audit('organisation');
  expect(pathOf(page.url()) === firstOrg, `expected to be on ${firstOrg}, got ${pathOf(page.url())}`);
  const h1 = await text('h1');
  expect(h1.length > 0, 'the organisation page has an empty <h1>');
  expect(h1.includes(name) || name.includes(h1), `h1 "${h1}" does not match the link text "${name}"`);
  expect(await count('dl.facts') > 0, 'no "Names" list (dl.facts) on the organisation page');
  const facts = await text('dl.facts');
  expect(await count('dl.facts dt') > 0 && await count('dl.facts dd') > 0, 'dl.facts has no dt/dd entries');
  return `${firstOrg}: h1 "${h1}", facts: "${facts.slice(0, 80)}${facts.length > 80 ? '…' : ''}"`;
});

await step(5, 'log in as admin', async () => {
  await visit('/login', 'login');
  expect(await count('form[action="/logout"]') === 0, 'already signed in before logging in');
  await page.fill('#email', ADMIN.email);
  await page.fill('#password', ADMIN.password);
  const resp = await clickAndWait(page.locator('main form[action="/login"] button[type=submit]'));
  expect(resp && resp.status() === 200, `login answered ${resp && resp.status()}` + (await bodySnippet()));
  await audit('staff');
  expect(pathOf(page.url()) === '/staff', `expected redirect to /staff, got ${pathOf(page.url())}` + (await bodySnippet()));
  expect(await count('form[action="/logout"] button') === 1, 'no sign-out button (form[action="/logout"]) after login');
  expect(await count('a[href="/staff/organisations/new"]') > 0, 'the staff page has no link to /staff/organisations/new');
  loggedIn = true;
  const who = await text('header .account a');
  return `on /staff as "${who}", sign-out button present`;
});

await step(6, 'add an organisation with a Korean name', async () => {
  expect(loggedIn, 'not logged in (step 5 failed)');
  expect(!(await exists('/organisations/andong-si')), '/organisations/andong-si exists already: run the journey against a fresh `hansa demo`');
  const withParent = await exists('/organisations/gyeongsangbuk-do');
  const before = await orgTotal();
  await visit('/staff/organisations/new', 'org-new');
  await page.selectOption('#f-kind', 'city');
  await page.fill('#f-name_en', 'Andong-si');
  await page.fill('#f-name_ko', '안동시');
  await page.selectOption('#f-country', 'KR');
  if (withParent) await page.fill('#f-parent', 'gyeongsangbuk-do');
  const resp = await clickAndWait(page.locator('main form.form-grid button[type=submit]'));
  expect(resp && resp.status() === 200, `saving answered ${resp && resp.status()}` + (await bodySnippet()));
  await audit('org-created');
  expect(pathOf(page.url()) === '/organisations/andong-si', `expected /organisations/andong-si, got ${pathOf(page.url())}` + (await bodySnippet()));
  const h1 = await text('h1');
  expect(h1 === '안동시', `in the Korean UI the h1 should be 안동시, got "${h1}"`);
  const facts = await text('dl.facts');
  expect(facts.includes('Andong-si'), `the English name is not among the names: "${facts}"`);
  if (withParent) {
    expect(await count('main a[href="/organisations/gyeongsangbuk-do"]') > 0, 'no link to the parent gyeongsangbuk-do');
  }
  const after = await orgTotal();
  expect(after === before + 1, `organisation count went ${before} → ${after}, expected +1`);
  return `h1 "${h1}", parent ${withParent ? 'gyeongsangbuk-do' : '(none: not in the demo)'}, ${before} → ${after} organisations`;
});

await step(7, 'validation error on the organisation form', async () => {
  expect(loggedIn, 'not logged in (step 5 failed)');
  // The refused form is answered 422, which Chromium logs as a resource that failed to load.
  allowBrowserError(/Failed to load resource: .*status of 422/);
  const before = await orgTotal();
  await visit('/staff/organisations/new', 'org-new-again');
  await page.selectOption('#f-kind', 'city');
  await page.fill('#f-name_en', '');
  await page.fill('#f-website', 'not a url');
  const resp = await clickAndWait(page.locator('main form.form-grid button[type=submit]'));
  expect(resp, 'no response to the form submission');
  expect(resp.status() === 422, `expected HTTP 422, got ${resp.status()} at ${pathOf(page.url())}`);
  await audit('org-invalid');
  expect(await count('div.alert[role=alert]') === 1, 'no error summary div.alert[role=alert]');
  const nameErr = page.locator('#f-name_en ~ p.error');
  expect(await nameErr.count() === 1, 'no p.error next to #f-name_en');
  const msg = (await nameErr.innerText()).trim();
  expect(msg.length > 0, 'the error next to #f-name_en is empty');
  expect(await page.getAttribute('#f-name_en', 'aria-invalid') === 'true', '#f-name_en is not marked aria-invalid="true"');
  const described = await page.getAttribute('#f-name_en', 'aria-describedby');
  expect(described && (await count(`#${described}.error`)) === 1, `#f-name_en aria-describedby="${described}" does not point at its error`);
  const webErr = await count('#f-website ~ p.error');
  expect(webErr === 1, 'no p.error next to #f-website for "not a url"');
  expect(await page.inputValue('#f-website') === 'not a url', 'the website value was not kept after the error');
  const summaryLinks = await count('div.alert[role=alert] a[href="#f-name_en"]');
  expect(summaryLinks === 1, 'the error summary does not link to #f-name_en');
  const after = await orgTotal();
  expect(after === before, `organisation count changed ${before} → ${after} on a refused form`);
  return `422, name error "${msg}", website error shown, still ${after} organisations`;
});

let tmp = null;
await step(8, 'import a CSV with one bad row', async () => {
  expect(loggedIn, 'not logged in (step 5 failed)');
  for (const s of ['jeonju-si', 'lublin-test']) expect(!(await exists(`/organisations/${s}`)), `/organisations/${s} exists already: run the journey against a fresh \`hansa demo\``);
  const before = await orgTotal();
  tmp = mkdtempSync(join(tmpdir(), 'hansa-e2e-'));
  const csvPath = join(tmp, 'import.csv');
  writeFileSync(csvPath, 'kind,name_en,name_ko,country\ncity,Jeonju-si,전주시,KR\ncity,Lublin Test,,PL\nvillage,Nowhere,,XX\n');
  await visit('/staff/import', 'import');
  await page.setInputFiles('#file', csvPath);
  const resp = await clickAndWait(page.locator('main form[action="/staff/import"] button[type=submit]'));
  expect(resp && resp.status() === 200, `the preview answered ${resp && resp.status()}` + (await bodySnippet()));
  await audit('import-preview');
  const rows = await count('table.preview tbody tr');
  expect(rows === 3, `expected 3 preview rows, got ${rows}`);
  expect(await count('table.preview tbody tr.ok') === 2, `expected 2 good rows (tr.ok), got ${await count('table.preview tbody tr.ok')}`);
  const bad = page.locator('table.preview tbody tr.bad');
  expect(await bad.count() === 1, `expected 1 bad row (tr.bad), got ${await bad.count()}`);
  const line = (await bad.locator('td').first().innerText()).trim();
  expect(line === '4', `the bad row should be reported as line 4 of the file, got "${line}"`);
  const errs = await bad.locator('ul.diff li').allInnerTexts();
  expect(errs.length > 0, 'the bad row lists no errors');
  expect(errs.some((e) => /kind|country/.test(e)), `the errors do not name the bad field (kind/country): ${JSON.stringify(errs)}`);
  expect(await orgTotal() === before, 'the preview wrote something');
  expect(await count('table.mapping select') === 4, 'the mapping step shows a field for each of the 4 columns');
  const commit = page.locator('button[formaction="/staff/import/commit"]');
  expect(await commit.count() === 1, 'no commit button');
  const label = (await commit.innerText()).trim();
  expect(/\b2\b/.test(digits(label)), `the commit button does not say 2 rows: "${label}"`);
  const resp2 = await clickAndWait(commit);
  expect(resp2 && resp2.status() === 200, `the commit answered ${resp2 && resp2.status()}` + (await bodySnippet()));
  expect(page.url().includes('/staff/imports'), `the commit should land on the imports list, got ${page.url()}`);
  expect(await count('form[action$="/undo"] button') >= 1, 'the import cannot be undone from the list');
  await audit('import-done');
  expect(await count('p.notice') === 1, 'no notice (p.notice) after the import' + (await bodySnippet()));
  const notice = digits(await text('p.notice'));
  const created = notice.split('·')[0];
  expect(/(^|\D)2(\D|$)/.test(created), `the notice does not say 2 were created: "${notice}"`);
  const after = await orgTotal();
  expect(after === before + 2, `organisation count went ${before} → ${after}, expected +2`);
  await visit('/organisations/jeonju-si', 'jeonju');
  const h1 = await text('h1');
  expect(h1 === '전주시', `expected h1 전주시 on /organisations/jeonju-si, got "${h1}"`);
  expect(await exists('/organisations/lublin-test'), '/organisations/lublin-test was not created');
  return `preview 2 ok + 1 bad (line ${line}: ${errs.join('; ')}); notice "${notice}"; ${before} → ${after}`;
});
if (tmp) rmSync(tmp, { recursive: true, force: true });

await step(9, 'map, networks, API and audit log', async () => {
  const seen = [];
  await visit('/map', 'map');
  expect(await count('h1') === 1, '/map: no single <h1>');
  expect(await count('svg') > 0, '/map: no svg map');
  seen.push('/map');
  await visit('/networks', 'networks');
  expect(await count('h1') === 1, '/networks: no single <h1>');
  seen.push('/networks');
  await visit('/api', 'api');
  expect(await count('h1') === 1, '/api: no single <h1>');
  expect((await page.locator('main').innerText()).includes('/api/v1/'), '/api does not document /api/v1/ endpoints');
  seen.push('/api');
  expect(loggedIn, 'not logged in (step 5 failed), cannot check /admin/audit');
  await visit('/admin/audit', 'audit');
  const rows = await page.locator('main table.list tbody tr').allInnerTexts();
  expect(rows.length > 0, '/admin/audit lists no entries');
  // The action is shown in the reader's language (Korean here): 가져오기 = import.
  const imp = rows.filter((r) => /\bimport\b|가져오기/.test(r) && /import:\d+/.test(r));
  expect(imp.length > 0, `/admin/audit does not list the import: ${JSON.stringify(rows.slice(0, 5))}`);
  const created = rows.filter((r) => /andong-si/.test(r));
  expect(created.length > 0, `/admin/audit does not list the creation of andong-si: ${JSON.stringify(rows.slice(0, 5))}`);
  seen.push('/admin/audit');
  return `${seen.join(', ')}; audit has ${rows.length} entries incl. the import and andong-si`;
});

await step(10, 'staff records: a General Assembly session, a person\'s position, the record forms', async () => {
  expect(loggedIn, 'not logged in (step 5 failed)');
  await visit('/networks/wego', 'network-wego-staff');
  // Open every staff box so axe checks the forms inside them too.
  await page.evaluate(() => document.querySelectorAll('details.staff-box').forEach((d) => { d.open = true; }));
  await audit('network-wego-forms');
  const form = page.locator('form[action="/staff/bodies/wego-general-assembly/sessions"]');
  expect(await form.count() === 1, 'no "add a session" form for the WeGO General Assembly');
  await form.locator('input[name="number"]').fill('7');
  await form.locator('input[name="date"]').fill('2025-10-15');
  await form.locator('input[name="place_en"]').fill('Seoul');
  await clickAndWait(form.locator('button[type="submit"]'));
  expect(pathOf(page.url()) === '/networks/wego', `after adding a session: ${page.url()}`);
  const sessions = await page.locator('main').innerText();
  expect(/2025-10-15/.test(sessions), 'the 7th session is not listed on the network page');
  await visit('/people/park-jung-sook', 'person-staff');
  await page.evaluate(() => document.querySelectorAll('details.staff-box').forEach((d) => { d.open = true; }));
  await audit('person-forms');
  const pos = page.locator('form[action="/staff/people/park-jung-sook/positions"]');
  await pos.locator('input[name="organisation"]').fill('seoul');
  await pos.locator('input[name="title_en"]').fill('Honorary Adviser');
  await clickAndWait(pos.locator('button[type="submit"]'));
  expect((await page.locator('main').innerText()).includes('Honorary Adviser'), 'the new position is not shown');
  for (const [path, name] of [['/staff/people/park-jung-sook/edit', 'person-edit'], ['/staff/people/new', 'person-new'], ['/staff/offices/new', 'office-new'], ['/staff/networks/new', 'network-new'], ['/staff/bodies/new', 'body-new'], ['/admin/users', 'users']]) {
    await visit(path, name);
    expect(await count('h1') === 1, `${path}: no single <h1>`);
  }
  return 'session 7 added on /networks/wego, position added to park-jung-sook, 6 record forms audited';
});

await step(11, 'an API token: made, shown once, revoked', async () => {
  expect(loggedIn, 'not logged in (step 5 failed)');
  await visit('/account/tokens', 'tokens');
  await page.fill('#t-name', 'Website sync');
  await page.selectOption('#t-scope', 'write');
  await page.fill('#t-days', '30');
  await clickAndWait(page.locator('main form[action="/account/tokens"] button[type=submit]'));
  const secret = (await text('code.secret')) || '';
  expect(secret.length >= 40, `no token shown after creating one: "${secret}"`);
  await audit('token-created');
  // A write with an empty body: the token is let in (422, the body is refused), not turned away.
  const write = (token) => page.request.post(url('/api/v1/people'), { headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, data: '{}' });
  const api = await write(secret);
  expect(api.status() === 422, `the new token cannot write through the API: ${api.status()}`);
  const row = page.locator('tr', { hasText: 'Website sync' });
  await clickAndWait(row.locator('button[type=submit]'));
  expect(await count('code.secret') === 0, 'the secret is shown again after revoking');
  const after = await write(secret);
  expect(after.status() === 401, `a revoked token still works: ${after.status()}`);
  await audit('token-revoked');
  return `token made (${secret.length} characters, shown once), used, revoked → 401`;
});

await step(12, 'a focal point edits its own organisation\'s description only', async () => {
  await clickAndWait(page.locator('form[action="/logout"] button'));
  await visit('/login', 'login-focal');
  await page.fill('#email', 'focal@example.org');
  await page.fill('#password', ADMIN.password);
  await clickAndWait(page.locator('main form[action="/login"] button[type=submit]'));
  expect(pathOf(page.url()) === '/organisations/gyeongju', `a focal point lands on ${pathOf(page.url())}`);
  await visit('/staff/organisations/gyeongju/edit', 'org-edit-focal');
  expect(await count('#f-kind') === 0 && await count('#f-country') === 0 && await count('#f-slug') === 0,
    'the focal point\'s form offers the secretariat\'s fields');
  expect(await count('p.notice') === 1, 'no note explaining the fields kept by the secretariat');
  await page.fill('#f-website', 'https://gyeongju.example.org/');
  await clickAndWait(page.locator('main form button[type=submit]'));
  expect(pathOf(page.url()) === '/organisations/gyeongju', `after saving: ${pathOf(page.url())}` + (await bodySnippet()));
  expect((await page.locator('main').innerText()).includes('gyeongju.example.org'), 'the new website is not shown');
  const other = await page.request.get(url('/staff/organisations/seoul/edit'));
  expect(other.status() === 403, `a focal point may open another organisation's form: ${other.status()}`);
  return 'form without kind/country/slug, website saved, another organisation refused (403)';
});

await step(13, 'a visitor reads the NEAR forum programme in Korean on a phone', async () => {
  await clickAndWait(page.locator('form[action="/logout"] button'));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url('/lang/ko'));
  await visit('/events', 'events-ko-phone');
  expect(HANGUL.test(await text('h1')), `the calendar's heading has no Hangul: "${await text('h1')}"`);
  const forum = page.locator('a[href="/events/near-forum-2023"]');
  expect(await forum.count() === 1, 'the NEAR forum is not on the calendar');
  await clickAndWait(forum);
  await audit('event-near-ko-phone');
  const days = await page.locator('section.day h3').allInnerTexts();
  expect(days.length === 3 && days.every((d) => /2023년 12월 [678]일/.test(d)), `the forum's days in Korean: ${JSON.stringify(days)}`);
  const all = await count('li.session');
  // No horizontal scrolling on a phone: the programme folds to one column.
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide <= 390, `the page is ${wide}px wide on a 390px screen`);
  const options = await page.locator('#room option').allInnerTexts();
  expect(options.length > 2, `a room filter with the forum's rooms: ${JSON.stringify(options)}`);
  await page.selectOption('#room', { index: 1 });
  await clickAndWait(page.locator('form.filter button[type=submit]'));
  await audit('event-near-one-room');
  const one = await count('li.session');
  expect(one > 0 && one < all, `one room shows ${one} of ${all} sessions`);
  const opening = await page.locator('li.session').first().innerText();
  expect(/\d\d:\d\d–\d\d:\d\d/.test(opening), `a session without its time: ${opening.slice(0, 80)}`);
  // "Add to calendar" on a session gives an iCalendar file of that one session.
  const ics = await page.locator('li.session a[href$=".ics"]').first().getAttribute('href');
  const cal = await page.request.get(url(ics));
  const body = await cal.text();
  expect(cal.status() === 200 && (cal.headers()['content-type'] || '').startsWith('text/calendar'), `${ics}: ${cal.status()}`);
  expect(body.startsWith('BEGIN:VCALENDAR') && body.split('BEGIN:VEVENT').length === 2 && body.includes('TZID=Asia/Seoul'),
    `${ics} is not one session in Seoul time`);
  await page.setViewportSize({ width: 1280, height: 900 });
  return `${days.length} days, ${all} sessions, room filter keeps ${one}, fits a 390px screen, ${ics} is one VEVENT`;
});

// Steps 14–18: registration, badges, check-in and figures of the NEAR forum 2027.
await import('./events.mjs');

// Step 19: staff edit an event — a new draft, its room and a session, a stale save refused, published.
const { staffEditing } = await import('./editing.mjs');
await staffEditing();

// Step 20: the outreach log — a follow-up added and done, a meeting recorded, timelines; notes stay private.
const { staffOutreach } = await import('./outreach.mjs');
await staffOutreach();

// Step 21: matchmaking — a delegate requests a meeting, it is accepted, scheduled at a table, on her agenda.
const { matchmaking } = await import('./matchmaking.mjs');
await matchmaking();

await finish();
