// A passkey sign-in in a real browser, by hand (docs/editorial.md, "Accounts"): Chromium's
// virtual authenticator (DevTools protocol, WebAuthn domain) stands for a phone or a security
// key. It registers a passkey on the set-up page of an account with no second factor yet,
// signs out, signs in with the password and the passkey, reaches the dashboard, and takes
// screenshots of the pages on the way, with axe-core's WCAG A/AA audit of the admin pages.
//
// Needs playwright-core and axe-core from the pagecheck tool (its setup.sh) and a running site
// at a http://localhost origin (browsers allow passkeys on plain http only there):
//   PAGECHECK_DIR=/tmp/pagecheck BASE_URL=http://localhost:8000 \
//   NEW_USER=newcomer NEW_PASSWORD=... OUT_DIR=/tmp/shots node tests/browser/passkey_walkthrough.mjs
// NEW_USER must be an admin account without a second factor (manage.py createsuperuser).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const env = process.env;
const require = createRequire(path.join(env.PAGECHECK_DIR || '/tmp/pagecheck', 'package.json'));
const { chromium } = require('playwright-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = (env.BASE_URL || 'http://localhost:8000').replace(/\/$/, '');
const OUT = env.OUT_DIR || '/tmp/passkey-shots';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
fs.mkdirSync(OUT, { recursive: true });

const results = {};
async function audit(page, name) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }));
  }, TAGS);
  results[name] = violations;
  console.log(`axe ${name}: ${violations.length} violations`, violations.length ? JSON.stringify(violations) : '');
}
async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}
function expectPath(page, prefix) {
  const now = new URL(page.url()).pathname;
  if (!now.startsWith(prefix)) throw new Error(`expected ${prefix}, at ${page.url()}`);
}

const browser = await chromium.launch({ executablePath: env.CHROME || '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', e => console.log('page error:', e.message));
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text()); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  async function passwordStep() {
    await page.goto(`${BASE}/admin/login/`);
    await page.fill('input[name=username]', env.NEW_USER);
    await page.fill('input[name=password]', env.NEW_PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  }

  // 1. First sign-in: only the set-up page opens; register a passkey there.
  await passwordStep();
  expectPath(page, '/admin/second-factor/set-up/');
  await page.waitForSelector('#passkey-register-button');
  await shot(page, 'a1-setup-new-account');
  await audit(page, 'setup (new account)');
  await page.click('#passkey-register-button');
  await page.waitForURL('**/passkeys/added/', { timeout: 15000 }).catch(async () => { throw new Error('registration: ' + await page.textContent('#passkey-register-status-message')); });
  expectPath(page, '/admin/second-factor/passkeys/added/');
  await shot(page, 'a2-recovery-codes-after-first-passkey');
  await audit(page, 'recovery codes');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  if (credentials.length !== 1) throw new Error(`authenticator holds ${credentials.length} credentials`);
  await Promise.all([page.waitForNavigation(), page.click('a:has-text("I have saved them")')]);
  expectPath(page, '/admin/');

  // 2. The set-up page of an enrolled account: its passkey, the app, its recovery codes.
  await page.goto(`${BASE}/admin/second-factor/set-up/`);
  await page.waitForSelector('#passkey-register-button');
  await shot(page, 'a3-setup-enrolled-account');
  await audit(page, 'setup (enrolled account)');

  // 2b. A second passkey, from a second device (a second virtual authenticator: the first one
  // is set aside, as a phone left in another room would be), then each has a Remove button.
    const first = (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
  const second = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await page.click('#passkey-register-button');
  await page.waitForSelector('text=The passkey is added.', { timeout: 15000 });
  await page.waitForSelector('#passkey-register-button');
  const removeButtons = await page.locator('button:has-text("Remove the passkey")').count();
  if (removeButtons !== 2) throw new Error(`${removeButtons} remove buttons for two passkeys`);
  await page.waitForTimeout(1000); // the message box slides in
  await shot(page, 'a4-setup-two-passkeys');
  await audit(page, 'setup (two passkeys)');
  // Back to the first device for the sign-in below.
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: second.authenticatorId });
  const again = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  for (const credential of first) await cdp.send('WebAuthn.addCredential', { authenticatorId: again.authenticatorId, credential });

  // 3. Sign out; the password alone no longer opens the admin, the passkey does.
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/logout/"] button')]);
  await passwordStep();
  expectPath(page, '/admin/second-factor/verify/');
  await page.goto(`${BASE}/admin/pages/`);
  expectPath(page, '/admin/second-factor/verify/');
  await page.waitForSelector('#passkey-verification-button');
  await shot(page, 'verify-with-passkey');
  await audit(page, 'verify');
  await Promise.all([page.waitForURL(u => !u.pathname.startsWith('/admin/second-factor/')), page.click('#passkey-verification-button')]);
  expectPath(page, '/admin/pages/');
  await page.goto(`${BASE}/admin/`);
  await page.waitForSelector('text=This week at a glance');
  await shot(page, 'b-dashboard');
  await audit(page, 'dashboard');

  // 4. An issue page's header actions (the "…" menu next to its title).
  const issueHref = await page.getAttribute('a:has-text("Open the issue")', 'href');
  await page.goto(new URL(issueHref, BASE).toString());
  const toggles = page.locator('header [data-w-dropdown-target="toggle"]');
  const labels = await toggles.evaluateAll(els => els.map(e => e.getAttribute('aria-label') || e.textContent.trim()));
  console.log('header toggles:', JSON.stringify(labels));
  for (let i = 0; i < labels.length; i++) {
    await toggles.nth(i).click();
    if (await page.locator('text=Publish this issue').first().isVisible().catch(() => false)) break;
    await page.keyboard.press('Escape');
  }
  await page.locator('text=Publish this issue').first().waitFor({ state: 'visible', timeout: 5000 });
  await page.screenshot({ path: path.join(OUT, 'c-issue-header-actions.png') });
  console.log(JSON.stringify({ ok: true, passkeys_in_authenticator: credentials.length, axe: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.length])) }));
} finally {
  await browser.close();
}
