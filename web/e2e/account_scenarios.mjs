// End-to-end scenarios of an account's own security: a staff member turns on two-step
// sign-in from the account menu by reading the page's secret into an authenticator (here a
// few lines of RFC 6238), keeps the recovery codes, and signs in again with a one-time code
// and with a recovery code; the security officer then clears it, as for a lost phone. The
// security officer resets a forgotten password from the accounts page, and the account must
// change it at its next sign-in.
import { createHmac } from 'node:crypto';
import { newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { Api } from './api.mjs';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// The text box a data-test names: Element Plus puts the attribute on the input itself.
const box = (name) => `input[data-test="${name}"], [data-test="${name}"] input`;

function base32Bytes(text) {
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) bits += BASE32.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

// The six digits an authenticator app shows for `secret`, `steps` steps of 30 s from now.
function oneTimeCode(secret, steps = 0) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000) + steps));
  const mac = createHmac('sha1', base32Bytes(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

export function addAccountScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('a staff member turns on two-step sign-in and signs in with a one-time code and a recovery code', async ({ browser, watch }) => {
    const admin = await Api.signedIn(BASE, 'admin', PASSWORD);
    const staff = (await admin.get('users?role=dept_staff&page_size=200')).items;
    assert(staff.length > 0, 'the demo has no department staff');
    const username = staff[staff.length - 1].username;

    // The sign-in that asks for the code, and the recovery code sent twice, answer 401.
    watch.expectFailure(401, /^\/api\/v1\/auth\/sign-in$/);
    const context = await newContext(browser, watch, 'two-step sign-in', PHONE);
    const page = await context.newPage();
    const signInAs = async (code) => {
      await page.goto(`${BASE}/sign-in`);
      await page.fill('#sign-in-username', username);
      await page.fill('#sign-in-password', PASSWORD);
      await page.click('[data-test="sign-in-submit"]');
      if (code === undefined) return;
      await page.locator(box('sign-in-code')).waitFor();
      await page.fill(box('sign-in-code'), code());
      await page.click('[data-test="sign-in-submit"]');
    };
    const signOut = async () => {
      await page.click('[data-test="current-user"]');
      await page.click('[data-test="menu-sign-out"]');
      await page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    };

    await signInAs();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.click('[data-test="current-user"]');
    await page.click('[data-test="menu-two-factor"]');
    await page.locator('h1', { hasText: '两步验证' }).waitFor();
    await page.click('[data-test="two-factor-begin"]');
    await page.locator('[data-test="qr-code"] path').waitFor();
    const secret = (await page.locator('[data-test="two-factor-secret"]').textContent()).replace(/\s/g, '');
    assert(/^[A-Z2-7]{32}$/.test(secret), `the page shows no Base32 secret: ${secret}`);
    await settle(page);
    await screenshot(page, SHOTS, '50-two-factor-setup-phone');
    await page.fill(box('two-factor-code'), oneTimeCode(secret));
    await page.click('[data-test="two-factor-confirm"]');
    const codes = page.locator('[data-test="recovery-codes"] li');
    await codes.first().waitFor();
    assert((await codes.count()) === 10, `${await codes.count()} recovery codes shown, not 10`);
    const recovery = (await codes.nth(2).textContent()).trim();
    await screenshot(page, SHOTS, '51-two-factor-recovery-codes-phone');
    await page.click('[data-test="two-factor-done"]');
    await signOut();

    // The code of the next step: the one that confirmed the setup is used already.
    await signInAs(() => oneTimeCode(secret, 1));
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await signOut();
    await signInAs(() => recovery);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await signOut();
    // The same recovery code a second time is refused, and the page says why.
    await signInAs(() => recovery);
    await page.locator('[role="alert"]', { hasText: '动态验证码错误' }).waitFor();
    await context.close();

    const desk = await newContext(browser, watch, 'two-step standing', DESKTOP);
    const deskPage = await desk.newPage();
    const security = await Api.signedIn(BASE, 'security', PASSWORD);
    const reset = await security.post(`users/${username}/reset-two-factor`);
    assert(reset.two_factor_on === false, 'the security officer could not clear it');
    await deskPage.goto(`${BASE}/sign-in`);
    await deskPage.fill('#sign-in-username', username);
    await deskPage.fill('#sign-in-password', PASSWORD);
    await deskPage.click('[data-test="sign-in-submit"]');
    await deskPage.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await deskPage.goto(`${BASE}/account/two-factor`);
    await deskPage.locator('[data-test="two-factor-begin"]').waitFor();
    await settle(deskPage);
    await screenshot(deskPage, SHOTS, '52-two-factor-off-desktop');
    await desk.close();
  });

  scenario('the security officer resets a forgotten password and the account must change it', async ({ browser, watch }) => {
    const admin = await Api.signedIn(BASE, 'admin', PASSWORD);
    // Not the department account the two-step scenario uses (the last one).
    const staff = (await admin.get('users?role=dept_staff&page_size=200')).items;
    assert(staff.length > 1, 'the demo has too few department staff');
    const username = staff[0].username;
    for (const [device, width] of [[PHONE, 390], [DESKTOP, 1440]]) {
      const context = await newContext(browser, watch, `security officer ${width}`, { ...device, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await signIn(page, BASE, 'security', PASSWORD);
      await page.waitForURL((url) => url.pathname === '/admin/users');
      assert((await page.locator('[data-test="user-add"]').count()) === 0, 'the security officer is offered a new account');
      await page.fill(box('users-search'), username);
      const resetButton = page.locator(`[data-test="reset-${username}"]`);
      await resetButton.waitFor();
      assert((await page.locator(`[data-test="edit-${username}"]`).count()) === 0, 'the security officer is offered an edit');
      // On a phone the names stay readable, the actions column does not cover them, and the
      // actions are on the screen without scrolling the table sideways.
      const name = await page.locator('[data-test="users-table"] td', { hasText: username }).first().boundingBox();
      const action = await resetButton.boundingBox();
      assert(name && action && (action.x >= name.x + name.width - 1 || action.y >= name.y + name.height - 1), `the actions cover the user name at ${width}px`);
      assert(action.x + action.width <= width + 1, `the reset button lies outside the ${width}px screen (x ${action.x})`);
      await settle(page);
      await screenshot(page, SHOTS, `security-officer-accounts-${width}`);
      if (width === 390) {
        await context.close();
        continue;
      }
      await resetButton.click();
      await page.locator('.el-message-box__btns .el-button--primary').click();
      const temporary = (await page.locator('[data-test="temporary-password"]').textContent()).trim();
      assert(temporary.length >= 10, `no temporary password shown: "${temporary}"`);
      await context.close();

      const owner = await newContext(browser, watch, 'password reset owner', DESKTOP);
      const ownerPage = await owner.newPage();
      await signIn(ownerPage, BASE, username, temporary);
      await ownerPage.waitForURL((url) => url.pathname === '/account/password');
      await owner.close();
    }
  });
}
