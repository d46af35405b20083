// The harness of the browser journey (journey.mjs): Debian's Chromium driven by
// playwright-core, a screenshot and an axe-core run on every page visited, and a watch on the
// browser itself. A step fails on a failed check, on an axe violation of impact "serious" or
// "critical" (lesser ones are printed as warnings), and on any problem the browser reports
// while it runs: a console error, an uncaught exception in a page, or a same-origin
// sub-resource (style, script, image, fetch) answered 4xx/5xx or not loaded at all.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const AXE_PATH = join(dirname(require.resolve('axe-core/package.json')), 'axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');
const BASE = (process.env.HANSA_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = join(here, 'screenshots');
const BLOCKING = new Set(['serious', 'critical']);

/** The one browser tab the journey walks in (a live binding: set by `start`). */
export let page;
let browser;

// ---------------------------------------------------------------------------------------------
// Bookkeeping

class Check extends Error {}
export const fail = (msg) => { throw new Check(msg); };
export const expect = (cond, msg) => { if (!cond) fail(msg); };

const results = [];          // { n, name, ok, detail }
const axeFindings = [];      // { page, url, id, impact, help, targets }
const axeRuns = [];          // { page, url, passed, violations }
let shotNo = 0;
let pendingAudit = null;     // URL of a page loaded but not yet audited
let stepBlocking = [];       // serious/critical axe findings of the current step
const browserProblems = [];  // { step, page, what }: everything the browser reported
let stepProblems = [];       // the same, of the current step
let stepAllowed = [];        // patterns of problems the current step provokes on purpose
let currentStep = null;      // label of the step running, null between steps

export const url = (path) => BASE + path;
export const pathOf = (u) => { try { const x = new URL(u); return x.pathname + x.search; } catch { return String(u); } };

export async function step(n, name, fn) {
  const label = String(n).padStart(2, '0');
  stepBlocking = [];
  stepProblems = [];
  stepAllowed = [];
  currentStep = label;
  let ok = true, detail = '';
  try {
    detail = await fn();
  } catch (e) {
    ok = false;
    detail = e instanceof Check ? e.message : (e && e.stack) || String(e);
  }
  // A page that the step reached but did not audit (e.g. it failed half-way) is audited now,
  // so that "axe on every page" holds for failing steps too.
  if (pendingAudit && page && !page.isClosed()) {
    await audit(`step${label}-unaudited`).catch((e) => console.log(`      (audit after step ${label} failed: ${e.message})`));
  }
  // A round trip to the page, so that what it logged before now has arrived here.
  if (page && !page.isClosed()) await page.evaluate(() => 0).catch(() => {});
  currentStep = null;
  if (stepBlocking.length) {
    const axeMsg = `axe found ${stepBlocking.length} serious/critical violation(s):\n` + stepBlocking.map((v) =>
      `        - [${v.impact}] ${v.id} on ${v.url}: ${v.help}\n          targets: ${v.targets.slice(0, 8).join(' | ')}${v.targets.length > 8 ? ` (+${v.targets.length - 8} more)` : ''}\n          ${v.helpUrl}`).join('\n');
    detail = ok ? axeMsg : `${detail}\n      and ${axeMsg}`;
    ok = false;
  }
  if (stepProblems.length) {
    const msg = `the browser reported ${stepProblems.length} problem(s):\n` + stepProblems.map((p) => `        - on ${p.page}: ${p.what}`).join('\n');
    detail = ok ? msg : `${detail}\n      and ${msg}`;
    ok = false;
  }
  results.push({ n: label, name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label} ${name}${detail ? ' — ' + detail : ''}`);
  return ok;
}

/** Full-page screenshot plus an axe-core run on the page as it is now. Serious and critical
 *  violations fail the current step (after its own checks have run); others are printed.
 *  `on` is the tab to audit: the journey's own by default, or a second person's (`newVisitor`). */
export async function audit(name, on = page) {
  shotNo += 1;
  const file = `${String(shotNo).padStart(2, '0')}-${name}.png`;
  const where = pathOf(on.url());
  if (on === page) pendingAudit = null;
  await on.screenshot({ path: join(SHOTS, file), fullPage: true });
  const hasAxe = await on.evaluate(() => typeof window.axe !== 'undefined');
  // Hansa sends `Content-Security-Policy: script-src 'self'`, which (rightly) blocks the inline
  // <script> that page.addScriptTag({path}) would add. Rather than bypassCSP (screenshots would
  // then no longer show what a visitor sees), the same file is evaluated through the DevTools
  // protocol, which CSP does not restrict.
  if (!hasAxe) await on.evaluate(`${AXE_SOURCE}\n;void 0`);
  const res = await on.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      passed: r.passes.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map((nd) => nd.target.join(' ')) })),
    };
  });
  axeRuns.push({ page: file, url: where, passed: res.passed, violations: res.violations.length });
  for (const v of res.violations) {
    const finding = { page: file, url: where, ...v };
    axeFindings.push(finding);
    if (BLOCKING.has(v.impact)) stepBlocking.push(finding);
    else console.log(`      axe ${v.impact}: ${v.id} on ${where} (${v.targets.slice(0, 3).join(', ')}) — ${v.help}`);
  }
  return file;
}

/** Navigates with a GET and audits the page; returns the HTTP response. */
export async function visit(path, name, { status = 200 } = {}) {
  const resp = await page.goto(url(path), { waitUntil: 'load' });
  expect(resp, `no response for ${path}`);
  if (status !== null) expect(resp.status() === status, `GET ${path} answered ${resp.status()}, expected ${status}` + (await bodySnippet()));
  await audit(name);
  return resp;
}

/** Clicks something that navigates (link or submit button), waits for the new page (in the
 *  locator's own tab); returns its response. */
export async function clickAndWait(locator) {
  const [resp] = await Promise.all([locator.page().waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return resp;
}

export async function bodySnippet() {
  const t = await page.locator('main').innerText().catch(() => page.locator('body').innerText().catch(() => ''));
  return t ? ` — page says: ${JSON.stringify(t.replace(/\s+/g, ' ').slice(0, 300))}` : '';
}

export const text = async (sel) => (await page.locator(sel).first().innerText()).replace(/\s+/g, ' ').trim();
export const count = (sel) => page.locator(sel).count();
export const digits = (s) => s.replace(/[\u2068\u2069]/g, '');

/** Total number of organisations, from the public API (not a page: no screenshot or axe). */
export async function orgTotal() {
  const r = await page.request.get(url('/api/v1/organisations?per_page=1'));
  expect(r.ok(), `GET /api/v1/organisations answered ${r.status()}`);
  return (await r.json()).total;
}
export const exists = async (path) => (await page.request.get(url(path), { maxRedirects: 0 })).status() === 200;

/** Signs out, if signed in (the header's sign-out button). */
export async function signOut() {
  const out = page.locator('form[action="/logout"] button');
  if (await out.count()) await clickAndWait(out);
}

/** Signs in on /login (audited as `shot`), signing out first whoever was signed in. */
export async function signIn(email, password, shot) {
  await signOut();
  await visit('/login', shot);
  await page.fill('#email', email);
  await page.fill('#password', password);
  const resp = await clickAndWait(page.locator('main form[action="/login"] button[type=submit]'));
  expect(resp && resp.status() === 200, `signing in as ${email} answered ${resp && resp.status()}` + (await bodySnippet()));
  expect(await count('form[action="/logout"] button') === 1, `not signed in as ${email}` + (await bodySnippet()));
}

// ---------------------------------------------------------------------------------------------
// What the browser reports

/** Lets the current step provoke a browser problem matching `pattern` (e.g. a form that is
 *  meant to be answered 422, which Chromium logs as a failed resource). */
export const allowBrowserError = (pattern) => { stepAllowed.push(pattern); };

const sameOrigin = (u) => u === BASE || u.startsWith(BASE + '/');

function problem(what, p = page) {
  if (currentStep && stepAllowed.some((re) => re.test(what))) return;
  const tab = p === page ? '' : ' (second browser)';
  const entry = { step: currentStep, page: (p.isClosed() ? '(closed)' : pathOf(p.url())) + tab, what };
  browserProblems.push(entry);
  if (currentStep) stepProblems.push(entry);
}

function watch(p) {
  p.on('pageerror', (e) => problem(`uncaught ${e.name || 'exception'}: ${e.message}`, p));
  p.on('console', (m) => {
    if (m.type() !== 'error') return;
    const at = m.location() && m.location().url ? ` [${pathOf(m.location().url)}]` : '';
    problem(`console error: ${m.text()}${at}`, p);
  });
  // Documents are left to the steps, which check every status they expect.
  p.on('response', (r) => {
    const req = r.request();
    if (r.status() >= 400 && sameOrigin(r.url()) && req.resourceType() !== 'document') {
      problem(`${req.method()} ${pathOf(r.url())} (${req.resourceType()}) answered ${r.status()}`, p);
    }
  });
  p.on('requestfailed', (req) => {
    const why = (req.failure() && req.failure().errorText) || 'failed';
    // Leaving a page cancels what it was still loading (ERR_ABORTED): not a fault of the page.
    if (sameOrigin(req.url()) && why !== 'net::ERR_ABORTED') problem(`${req.method()} ${pathOf(req.url())} (${req.resourceType()}) failed: ${why}`, p);
  });
}

// ---------------------------------------------------------------------------------------------
// Start and summary

const CONTEXT = { viewport: { width: 1280, height: 900 }, locale: 'en-GB' };

/** A second person at another computer: a browser context of its own (no cookies, no storage
 *  shared with the journey's tab), watched like the journey's tab. `viewport` e.g.
 *  { width: 390, height: 844 } for a phone. Close it with `.context().close()`. */
export async function newVisitor({ viewport } = {}) {
  const context = await browser.newContext({ ...CONTEXT, ...(viewport ? { viewport } : {}) });
  const p = await context.newPage();
  p.setDefaultTimeout(15000);
  watch(p);
  return p;
}

/** Takes the journey's browser off the network (true) or back on it (false), as when a
 *  venue's Wi-Fi drops: the page stays, requests fail, `navigator.onLine` follows. */
export const setOffline = (offline) => page.context().setOffline(offline);

/** Starts Chromium with one tab and checks that the server answers. */
export async function start() {
  mkdirSync(SHOTS, { recursive: true });
  for (const f of readdirSync(SHOTS)) if (f.endsWith('.png')) rmSync(join(SHOTS, f));
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    });
  } catch (e) {
    console.error(`cannot start Chromium at ${CHROMIUM}: ${e.message}\n(apt-get install -y chromium)`);
    process.exit(1);
  }
  const context = await browser.newContext(CONTEXT);
  page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) pendingAudit = f.url(); });
  watch(page);
  console.log(`Hansa journey against ${BASE} (Chromium ${browser.version()}, axe-core from ${AXE_PATH})`);
  const health = await page.request.get(url('/healthz')).catch((e) => e);
  if (!(health && typeof health.ok === 'function' && health.ok())) {
    console.error(`server not reachable at ${BASE}/healthz — start it with: hansa --data-dir $(mktemp -d) demo`);
    await browser.close();
    process.exit(1);
  }
}

/** Closes the browser, prints the summary and exits: 1 if any step failed or the browser
 *  reported a problem between steps. */
export async function finish() {
  await browser.close();
  const failed = results.filter((r) => !r.ok);
  const blocking = axeFindings.filter((v) => BLOCKING.has(v.impact));
  const stray = browserProblems.filter((p) => !p.step);
  console.log('');
  console.log(`Screenshots: ${shotNo} in ${SHOTS}`);
  console.log(`axe-core ran on ${axeRuns.length} page states (${new Set(axeRuns.map((r) => r.url)).size} URLs), ${Math.min(...axeRuns.map((r) => r.passed))}–${Math.max(...axeRuns.map((r) => r.passed))} rules passing on each`);
  if (axeFindings.length) {
    console.log(`axe violations (${axeFindings.length}, ${blocking.length} serious/critical):`);
    for (const v of axeFindings) console.log(`  ${v.impact.padEnd(8)} ${v.id} on ${v.url} [${v.page}] — ${v.help} — ${v.targets.slice(0, 4).join(' | ')}`);
  } else {
    console.log('axe: no violations');
  }
  if (browserProblems.length) {
    console.log(`browser problems (${browserProblems.length}):`);
    for (const p of browserProblems.slice(0, 30)) console.log(`  ${p.step ? `step ${p.step}` : 'between steps'}, on ${p.page}: ${p.what}`);
  } else {
    console.log('browser: no console errors, page errors or failed requests');
  }
  console.log(`journey: ${results.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length) console.log(`failed steps: ${failed.map((r) => `${r.n} ${r.name}`).join('; ')}`);
  process.exit(failed.length || stray.length ? 1 : 0);
}
