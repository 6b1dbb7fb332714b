// End-to-end scenario of delivery beyond the app (docs/notifications.md §5–§8). The e2e
// server sends e-mail towards a port where nothing listens (scripts/web-e2e.sh), so e-mail is
// the one channel offered and every message fails, is tried once more and is given up.
// A resident opens 通知设置 from the account menu on a phone, chooses e-mail with an address
// and quiet hours 22:00–07:00, saves, reloads and finds them kept, then keeps one kind of
// notice in the app (按通知类型) and saves again; the page in English on a
// desktop. Meanwhile another resident, who chose e-mail through the API, has a matter
// accepted and resolved, which queues two messages; an admin finds them in the outbox on a
// desktop, sends a given-up one again, and looks at the outbox on a phone. Self-contained:
// it runs alone with SANWANG_E2E_ONLY="notification settings".
import { newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { Api } from './api.mjs';
import { handlerOf, pointInAGrid } from './notice_scenarios.mjs';

// The resident who sets things up in the browser, and the one whose matter fills the outbox;
// both left alone by the other scenarios' delivery settings.
const RESIDENT = 'resident03';
const SENDER = 'resident04';
const ADDRESS = 'resident03@example.cn';
// A message is tried again 30 s after its first failure (notify/outbox_sender.h), then given up.
const GIVEN_UP_WAIT_MS = 90000;

// An Element Plus text box by its data-test, which lands on the input itself.
const box = (name) => `input[data-test="${name}"], [data-test="${name}"] input`;

// Picks `time` from an el-time-select's list.
async function pickTime(page, name, time) {
  await page.click(`[data-test="${name}"]`);
  await page.locator('.el-select-dropdown__item:visible', { hasText: new RegExp(`^\\s*${time}\\s*$`) }).click();
  await page.locator('.el-select-dropdown:visible').waitFor({ state: 'hidden' });
}

async function noWiderThanTheScreen(page, assert, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 1, `${what} is ${overflow}px wider than the screen`);
}

// Files a matter for `resident` and has its handling unit accept and resolve it: two notices,
// each queued on the channels the resident chose.
async function matterAcceptedAndResolved({ BASE, PASSWORD, assert }, center, resident) {
  const place = await pointInAGrid(center);
  const item = (await center.get('catalog')).aspects.flatMap((a) => a.items).find((i) => i.tier === 'grid');
  assert(item, 'the catalog has no grid-tier item');
  const filed = await resident.post('cases', {
    title: `路灯不亮 e2e ${Date.now()}`,
    description: '小区南门路灯三天不亮。',
    item_code: item.code,
    lat: place.lat,
    lon: place.lon,
    coord_system: 'gcj02',
    address: '南门',
  });
  const routed = await center.get(`cases/${filed.id}`);
  const handler = await Api.signedIn(BASE, handlerOf(routed.unit), PASSWORD);
  await handler.post(`cases/${filed.id}/transitions`, { action: 'accept' });
  await handler.post(`cases/${filed.id}/transitions`, { action: 'resolve', note: '已更换路灯。' });
  return filed.id;
}

// The sender's messages as the outbox lists them, once at least one was given up.
async function givenUpMessages(admin, userId, assert) {
  const until = Date.now() + GIVEN_UP_WAIT_MS;
  for (;;) {
    const mine = (await admin.get('admin/outbox?page_size=200')).items.filter((m) => m.user_id === userId);
    if (mine.some((m) => m.state === 'dead')) return mine;
    assert(Date.now() < until, `no message of account ${userId} was given up: ${JSON.stringify(mine)}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

export function addNotifySettingsScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('notification settings: a resident chooses e-mail and quiet hours on a phone; an admin sees the outbox', async ({ browser, watch }) => {
    const center = await Api.signedIn(BASE, 'center', PASSWORD);
    const admin = await Api.signedIn(BASE, 'admin', PASSWORD);
    const resident = await Api.signedIn(BASE, RESIDENT, PASSWORD);
    const sender = await Api.signedIn(BASE, SENDER, PASSWORD);
    const offered = await resident.get('me/notification-settings');
    assert(offered.available.join() === 'email', `the e2e server offers ${JSON.stringify(offered.available)}, not e-mail alone`);
    // From a clean slate, so the page starts with nothing chosen.
    await resident.put('me/notification-settings', { channels: [], kinds: {} });

    // The other resident's matter: its messages fail while the first resident is at work.
    await sender.put('me/notification-settings', { channels: ['email'], email: `${SENDER}@example.cn` });
    const senderId = (await sender.get('auth/me')).id;
    await matterAcceptedAndResolved({ BASE, PASSWORD, assert }, center, sender);

    // On a phone, from the account menu.
    const phoneContext = await newContext(browser, watch, 'notify settings phone', PHONE);
    const phone = await phoneContext.newPage();
    await signIn(phone, BASE, RESIDENT, PASSWORD);
    await phone.click('[data-test="current-user"]');
    await phone.click('[data-test="menu-notification-settings"]');
    await phone.waitForURL((url) => url.pathname === '/settings/notifications');
    await phone.locator('h1', { hasText: '通知设置' }).waitFor();
    await phone.locator('[data-test="bell-note"]', { hasText: '始终收到全部通知' }).waitFor();
    // The note is there at once; the channels once the settings have loaded.
    await phone.locator('[data-test^="channel-"]').first().waitFor();
    assert((await phone.locator('[data-test^="channel-"]').count()) === 1, 'the page offers channels the server does not send on');
    assert((await phone.locator(box('notify-email')).count()) === 0, 'the address shows before e-mail is chosen');
    await phone.click('[data-test="choose-email"]');
    await phone.fill(box('notify-email'), ADDRESS);
    await phone.click('[data-test="quiet-switch"]');
    await pickTime(phone, 'quiet-from', '22:00');
    await pickTime(phone, 'quiet-to', '07:00');
    await phone.click('[data-test="notify-settings-save"]');
    await phone.locator('.el-message--success', { hasText: '通知设置已保存' }).waitFor();
    const saved = await resident.get('me/notification-settings');
    assert(
      saved.channels.join() === 'email' && saved.email === ADDRESS && saved.quiet_from === '22:00' && saved.quiet_to === '07:00',
      `the server kept ${JSON.stringify(saved)}`,
    );

    // Kept across a reload.
    await phone.reload();
    await phone.locator('[data-test="choose-email"].is-checked').waitFor();
    assert((await phone.inputValue(box('notify-email'))) === ADDRESS, 'the address is gone after a reload');
    await phone.locator('[data-test="quiet-switch"].is-checked').waitFor();
    const hours = await phone.locator('.notify-settings__quiet').innerText();
    assert(hours.includes('22:00') && hours.includes('07:00'), `the quiet hours read ${hours} after a reload`);
    await settle(phone);
    await noWiderThanTheScreen(phone, assert, 'the settings page');
    await screenshot(phone, SHOTS, '76-notify-settings-phone');

    // One kind of notice kept in the app: its e-mail box unticked, the others left as they are.
    const narrowed = saved.kind_choices.find((k) => k.channels.includes('email'));
    assert(narrowed, `no kind of notice reaches the resident by e-mail: ${JSON.stringify(saved.kind_choices)}`);
    const kindBox = `[data-test="kind-${narrowed.kind}-email"]`;
    await phone.locator('[data-test="kinds-section"] legend', { hasText: '按通知类型' }).waitFor();
    await phone.locator(`[data-test="kind-${narrowed.kind}"]`, { hasText: narrowed.title }).waitFor();
    await phone.locator(`${kindBox}.is-checked`).waitFor();
    await phone.click(kindBox);
    await phone.click('[data-test="notify-settings-save"]');
    await phone.locator('.el-message--success', { hasText: '通知设置已保存' }).last().waitFor();
    const kept = await resident.get('me/notification-settings');
    assert(
      JSON.stringify(kept.kinds) === JSON.stringify({ [narrowed.kind]: [] }) && kept.channels.join() === 'email',
      `the server kept the kinds ${JSON.stringify(kept.kinds)} and the channels ${JSON.stringify(kept.channels)}`,
    );
    await phone.reload();
    await phone.locator(kindBox).waitFor();
    assert(!(await phone.locator(kindBox).getAttribute('class')).includes('is-checked'), 'the kind is ticked again after a reload');
    await settle(phone);
    await noWiderThanTheScreen(phone, assert, 'the settings page by kind of notice');
    await phone.locator('[data-test="kinds-section"]').scrollIntoViewIfNeeded();
    await screenshot(phone, SHOTS, '84-notify-settings-kinds-phone');
    await phoneContext.close();

    // On a desktop, in English.
    const deskContext = await newContext(browser, watch, 'notify settings desktop', DESKTOP);
    const desk = await deskContext.newPage();
    await signIn(desk, BASE, RESIDENT, PASSWORD);
    await desk.goto(`${BASE}/settings/notifications`);
    await desk.click('[data-test="locale-switch"]');
    await desk.locator('h1', { hasText: 'Notification settings' }).waitFor();
    await desk.locator('[data-test="choose-email"].is-checked').waitFor();
    await settle(desk);
    await screenshot(desk, SHOTS, '77-notify-settings-desktop-english');
    await deskContext.close();

    // The outbox on a desktop, from the admin pages' navigation.
    const messages = await givenUpMessages(admin, senderId, assert);
    const dead = messages.find((m) => m.state === 'dead');
    assert(dead.attempts === 2 && dead.last_error, `the given-up message is ${JSON.stringify(dead)}`);
    const adminContext = await newContext(browser, watch, 'outbox desktop', DESKTOP);
    const outbox = await adminContext.newPage();
    await signIn(outbox, BASE, 'admin', PASSWORD);
    await outbox.click('nav >> text=发件箱');
    await outbox.waitForURL((url) => url.pathname === '/admin/outbox');
    await outbox.locator('[data-test="outbox-table"] .el-table__body tr').first().waitFor();
    await outbox.locator(`[data-test="outbox-state-${dead.id}"]`, { hasText: '已放弃' }).waitFor();
    const shown = await outbox.locator('[data-test="outbox-table"]').innerText();
    assert(!shown.includes('@example.cn'), 'the outbox shows an address');
    await settle(outbox);
    await screenshot(outbox, SHOTS, '78-outbox-desktop');

    // The given-up message, sent again after the confirmation.
    await outbox.click(`[data-test="outbox-retry-${dead.id}"]`);
    await outbox.locator('.el-message-box__btns .el-button--primary').click();
    await outbox.locator('.el-message--success', { hasText: `消息 ${dead.id}` }).waitFor();
    const again = (await admin.get('admin/outbox?state=pending&page_size=200')).items.find((m) => m.id === dead.id);
    assert(again, `message ${dead.id} is not pending after the retry`);
    await adminContext.close();

    // And on a phone: a card per message.
    const adminPhoneContext = await newContext(browser, watch, 'outbox phone', PHONE);
    const small = await adminPhoneContext.newPage();
    await signIn(small, BASE, 'admin', PASSWORD);
    await small.goto(`${BASE}/admin/outbox`);
    await small.locator(`[data-test="outbox-message-${dead.id}"]`).waitFor();
    assert((await small.locator('[data-test="outbox-table"]').count()) === 0, 'the phone shows the wide table');
    await settle(small);
    await noWiderThanTheScreen(small, assert, 'the outbox page');
    await screenshot(small, SHOTS, '79-outbox-phone');
    await adminPhoneContext.close();
  });
}
