// End-to-end scenario of the in-app notices (站内通知, docs/notifications.md): a resident
// keeps the matters page open on a phone while a matter of theirs is filed through the API
// and the grid worker handling it accepts and resolves it. Without a reload the header's
// bell shows the two new notices (it polls the unread count); the resident opens it, clicks
// the resolution and lands on the matter. On a desktop the same notices show in a popover,
// and "mark all read" clears the badge. Self-contained: it files its own matter, so it runs
// alone with SANWANG_E2E_ONLY="in-app notices".
import { newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { Api } from './api.mjs';

const PHONE_390 = { ...PHONE, viewport: { width: 390, height: 844 } };
const DESKTOP_1440 = { ...DESKTOP, viewport: { width: 1440, height: 900 } };
// A resident the other scenarios leave alone, so the unread count is this scenario's own.
const RESIDENT = 'resident03';
// The bell asks every 15 s; a little more for the answer and the drawing.
const BELL_WAIT_MS = 20000;

// A point in a grid of the demo (taken as GCJ-02): near the middle of a grid's boundary.
export async function pointInAGrid(center) {
  const grids = (await center.get('org/units?kind=grid')).items.slice(0, 5);
  for (const g of grids) {
    const unit = await center.get(`org/units/${g.id}`);
    const ring = unit.geometry?.coordinates?.[0]?.[0]?.[0]?.length ? unit.geometry.coordinates[0][0] : unit.geometry?.coordinates?.[0];
    if (!ring?.length) continue;
    const lon = ring.reduce((s, p) => s + p[0], 0) / ring.length;
    const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    const located = await center.get(`org/locate?lat=${lat}&lon=${lon}&coord_system=gcj02`);
    if (located.grid) return { lat, lon, grid: located.grid };
  }
  throw new Error('no demo point falls in a grid');
}

// The demo's staff account of a handling unit: grid-…, community-…, street-….
export function handlerOf(unit) {
  const prefix = { grid: 'grid', community: 'community', street: 'street' }[unit?.kind];
  if (!prefix) throw new Error(`the matter went to ${JSON.stringify(unit)}, which has no demo account`);
  return `${prefix}-${unit.code}`;
}

// The badge's number as shown, exactly ("2", not the "2" of "12").
const countIs = (page, n) => page.locator('[data-test="notice-count"]').filter({ hasText: new RegExp(`^\\s*${n}\\s*$`) });
const animationsDone = (page) => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

export function addNoticeScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('in-app notices: the bell counts a matter accepted and resolved without a reload, and opens it', async ({ browser, watch }) => {
    const center = await Api.signedIn(BASE, 'center', PASSWORD);
    const resident = await Api.signedIn(BASE, RESIDENT, PASSWORD);
    // Nothing unread at the start, so the count to wait for is known.
    await resident.post('notices/read-all');
    const place = await pointInAGrid(center);
    const catalog = await center.get('catalog');
    const item = catalog.aspects.flatMap((a) => a.items).find((i) => i.tier === 'grid');
    assert(item, 'the catalog has no grid-tier item');

    // The resident's phone, on the matters page.
    const phoneContext = await newContext(browser, watch, 'notice resident', PHONE_390);
    const phone = await phoneContext.newPage();
    await signIn(phone, BASE, RESIDENT, PASSWORD);
    await phone.goto(`${BASE}/r/matters`);
    await phone.locator('h1', { hasText: '我的诉求' }).waitFor();
    const bell = phone.locator('[data-test="notice-bell"]');
    await bell.waitFor();
    await settle(phone);
    assert((await phone.locator('[data-test="notice-count"]').count()) === 0, 'the badge shows with nothing unread');
    // The bell fits the phone's header: on the screen, and the page no wider than it.
    const box = await bell.boundingBox();
    assert(box && box.x >= 0 && box.x + box.width <= 390 && box.y < 80, `the bell lies at ${JSON.stringify(box)} on a 390px phone`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `the matters page is ${overflow}px wider than the phone`);
    // Gone after a reload; the bell must change without one.
    await phone.evaluate(() => {
      window.sanwangSamePage = true;
    });

    // Meanwhile, through the API: the resident files, the handling unit accepts and resolves.
    const title = `垃圾清运不及时 e2e ${Date.now()}`;
    const filed = await resident.post('cases', {
      title,
      description: '小区北门垃圾桶已满两天没有清运。',
      item_code: item.code,
      lat: place.lat,
      lon: place.lon,
      coord_system: 'gcj02',
      address: '北门垃圾站',
    });
    assert(filed.id > 0, `filing answered ${JSON.stringify(filed)}`);
    const routed = await center.get(`cases/${filed.id}`);
    assert(routed.open && routed.unit, `the new matter is ${routed.state} with ${JSON.stringify(routed.unit)}`);
    const handler = await Api.signedIn(BASE, handlerOf(routed.unit), PASSWORD);
    await handler.post(`cases/${filed.id}/transitions`, { action: 'accept' });
    const note = '已安排清运车辆，垃圾已清理。';
    await handler.post(`cases/${filed.id}/transitions`, { action: 'resolve', note });
    const mine = await resident.get('notices?unread=true&page_size=20');
    const kinds = mine.items.filter((n) => n.case_id === filed.id).map((n) => n.kind).sort();
    assert(kinds.join() === 'case_accepted,case_resolved', `the resident was told ${kinds.join() || 'nothing'} about ${filed.id}`);
    assert(mine.unread === 2, `the resident has ${mine.unread} unread notices, not 2`);
    const resolvedNotice = mine.items.find((n) => n.case_id === filed.id && n.kind === 'case_resolved');
    assert(resolvedNotice.link === `/r/matters/${filed.id}`, `the notice links to ${resolvedNotice.link}`);

    // The open page learns of them by itself.
    const started = Date.now();
    await countIs(phone, 2).waitFor({ timeout: BELL_WAIT_MS });
    assert(await phone.evaluate(() => window.sanwangSamePage === true), 'the page was reloaded');
    assert(new URL(phone.url()).pathname === '/r/matters', `the page moved to ${phone.url()}`);
    console.log(`  the bell showed 2 after ${Date.now() - started} ms`);

    // The panel on the phone, the resolution on top and unread.
    await bell.click();
    const resolved = phone.locator('[data-test="notice-item"][data-kind="case_resolved"]', { hasText: title });
    await resolved.waitFor();
    assert((await resolved.getAttribute('data-read')) === 'false', 'the resolution is not marked unread');
    assert((await resolved.innerText()).includes('您反映的诉求已办结'), `the item reads ${await resolved.innerText()}`);
    await phone.locator('[data-test="notice-item"][data-kind="case_accepted"]', { hasText: title }).waitFor();
    await settle(phone);
    await animationsDone(phone);
    const panel = await phone.locator('[data-test="notice-panel"]').boundingBox();
    assert(panel && panel.x >= 0 && panel.x + panel.width <= 391, `the panel lies at ${JSON.stringify(panel)} on a 390px phone`);
    await screenshot(phone, SHOTS, '72-notices-bell-phone', { fullPage: false });

    await resolved.click();
    await phone.waitForURL((url) => url.pathname === `/r/matters/${filed.id}`);
    await phone.locator('h1', { hasText: title }).waitFor();
    await countIs(phone, 1).waitFor();
    const after = await resident.get('notices/unread-count');
    assert(after.unread === 1, `${after.unread} unread after opening the resolution, not 1`);
    await phoneContext.close();

    // On a desktop the same notices in a popover; "mark all read" clears the badge.
    const deskContext = await newContext(browser, watch, 'notice resident desktop', DESKTOP_1440);
    const desk = await deskContext.newPage();
    await signIn(desk, BASE, RESIDENT, PASSWORD);
    await desk.goto(`${BASE}/r/matters`);
    await countIs(desk, 1).waitFor();
    await desk.click('[data-test="notice-bell"]');
    const popover = desk.locator('.notice-popover [data-test="notice-panel"]');
    await popover.waitFor();
    const read = popover.locator('[data-test="notice-item"][data-kind="case_resolved"]', { hasText: title });
    await read.waitFor();
    assert((await read.getAttribute('data-read')) === 'true', 'the opened resolution is still unread');
    const accepted = popover.locator('[data-test="notice-item"][data-kind="case_accepted"]', { hasText: title });
    assert((await accepted.getAttribute('data-read')) === 'false', 'the acceptance is not unread');
    await settle(desk);
    await animationsDone(desk);
    await screenshot(desk, SHOTS, '73-notices-bell-desktop', { fullPage: false });
    await popover.locator('[data-test="notice-read-all"]').click();
    await desk.locator('[data-test="notice-count"]').waitFor({ state: 'detached' });
    await accepted.and(desk.locator('[data-read="true"]')).waitFor();
    const none = await resident.get('notices/unread-count');
    assert(none.unread === 0, `${none.unread} unread after marking all read`);
    await deskContext.close();
  });
}
