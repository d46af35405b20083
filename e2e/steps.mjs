// What the journey's later steps share (events.mjs, editing.mjs, outreach.mjs): visiting and
// auditing a page while looking for message keys shown instead of text, the phone width,
// notes that let a step go on and fail at its end with everything it found, and signing in.

import { audit, digits, expect, page, pathOf, signIn as harnessSignIn, visit } from './harness.mjs';

export const PASSWORD = 'hansa-demo-2026';

// Fluent wraps placeables in Unicode isolation marks; comparisons are made without them.
export const plain = (s) => digits(s).replace(/\s+/g, ' ').trim();
export const onPhone = async (p) => p.evaluate(() => document.documentElement.scrollWidth);

// What the product gets wrong is noted and the step goes on (so the rest is still checked);
// the step then fails with every note. Checks the journey depends on stay `expect`s.
let notes = [];
export const note = (cond, msg) => { if (!cond) notes.push(msg); };
export const noted = (fn) => async () => {
  notes = [];
  const done = await fn();
  expect(notes.length === 0, `${notes.join('; ')} (the rest of the step passed: ${done})`);
  return done;
};

/**
 * The page helpers of a step whose message keys look like `KEY` (a key shown instead of its
 * text is a key missing from the catalogue or the page).
 */
export function pageChecks(KEY) {
  const noKeys = async (p) => { const k = (await p.locator('body').innerText()).match(KEY); note(!k, `${pathOf(p.url())} shows message keys: ${k}`); };
  /** `visit` and `audit` of the harness, and a look for message keys on the page. */
  const go = async (path, name, opts) => { const r = await visit(path, name, opts); await noKeys(page); return r; };
  const look = async (name, p = page) => { const f = await audit(name, p); await noKeys(p); return f; };
  /** The journey's page as on a 390px phone: audited, and how wide it is. */
  const asOnPhone = async (shot) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const wide = await look(shot).then(() => onPhone(page));
    await page.setViewportSize({ width: 1280, height: 900 });
    return wide;
  };
  const signIn = async (email, shot) => { await harnessSignIn(email, PASSWORD, shot); await noKeys(page); };
  return { noKeys, go, look, asOnPhone, signIn };
}
