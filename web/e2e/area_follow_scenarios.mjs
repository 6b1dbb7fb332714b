// End-to-end scenario of 关注区域 (areas an account follows; the notices of new reports there
// link to /follows). A resident opens the page from the account menu on a phone, follows the
// community they live in for all aspects by picking it in the unit picker, and finds it listed
// with its feed; on a desktop the list shows it too, the form offers a circle around the
// device's location, and the follow is removed after the confirmation. Self-contained: it runs
// alone with SANWANG_E2E_ONLY="area follows". A staff member follows a case from its page
// (关注) and finds it under 关注的案件 on the same page, then unfollows it there.
import { newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { Api } from './api.mjs';
import { pointInAGrid } from './notice_scenarios.mjs';

// A resident the other scenarios leave alone.
const RESIDENT = 'resident07';
// The sizes pictured: a common phone and a laptop.
const PHONE_812 = { ...PHONE, viewport: { width: 375, height: 812 } };

async function noWiderThanTheScreen(page, assert, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 1, `${what} is ${overflow}px wider than the screen`);
}

// Waits until no CSS transition or other finite animation is running (Element Plus fades a
// button's colours for 0.3 s after a click), so a screenshot shows where they end.
async function transitionsDone(page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
}

// Chooses a unit in a UnitPicker by typing its name and clicking the node of exactly that name.
async function pickUnit(page, selector, name) {
  await page.locator(`.el-select${selector}`).click();
  await page.keyboard.type(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const exactly = new RegExp(`^\\s*${escaped}\\s*$`);
  await page.locator('.el-tree-node__content:visible').filter({ has: page.getByText(exactly) }).first().click();
}

export function addAreaFollowScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('area follows: a resident follows their community from the account menu, on a phone and a desktop', async ({ browser, watch }) => {
    const resident = await Api.signedIn(BASE, RESIDENT, PASSWORD);
    const me = await resident.get('auth/me');
    assert(me.unit?.kind === 'community', `${RESIDENT} lives in ${JSON.stringify(me.unit)}, not a community`);
    const community = me.unit;
    // From a clean slate, so the page starts with nothing followed.
    for (const f of (await resident.get('me/area-follows')).items) await resident.post(`me/area-follows/${f.id}/remove`);

    // On a phone, from the account menu.
    const phoneContext = await newContext(browser, watch, 'area follows phone', PHONE_812);
    const phone = await phoneContext.newPage();
    await signIn(phone, BASE, RESIDENT, PASSWORD);
    await phone.click('[data-test="current-user"]');
    await phone.click('[data-test="menu-area-follows"]');
    await phone.waitForURL((url) => url.pathname === '/follows');
    await phone.locator('h1', { hasText: '关注区域' }).waitFor();
    await phone.locator('.el-empty', { hasText: '还没有关注任何区域' }).waitFor();
    await phone.locator('[data-test="follow-count"]', { hasText: '0 / 20' }).waitFor();
    await phone.locator('[data-test^="aspect-"]').first().waitFor();
    await pickUnit(phone, '[data-test="follow-unit"]', community.name);
    await phone.click('[data-test="follow-submit"]');
    await phone.locator('.el-message--success', { hasText: community.name }).waitFor();
    const item = phone.locator('.area-follows__item', { hasText: community.name });
    await item.waitFor();
    assert((await item.locator('[data-test="follow-kind"]').innerText()).trim() === '社区', 'the follow is not labelled a community');
    assert((await item.locator('[data-test="follow-aspects"]').innerText()).includes('全部领域'), 'the follow is not for all aspects');
    const feed = await item.locator('[data-test="follow-feed"]').getAttribute('href');
    assert(feed === `/api/v1/areas/${community.code}/reports.atom`, `the feed link is ${feed}`);
    await phone.locator('[data-test="follow-count"]', { hasText: '1 / 20' }).waitFor();
    const followed = (await resident.get('me/area-follows')).items;
    assert(
      followed.length === 1 && followed[0].area === 'unit' && followed[0].unit.code === community.code && followed[0].aspects.length === 0,
      `the server keeps ${JSON.stringify(followed)}`,
    );
    await phone.locator('.el-message').first().waitFor({ state: 'hidden' });
    await settle(phone);
    await transitionsDone(phone);
    await noWiderThanTheScreen(phone, assert, 'the followed areas page');
    await screenshot(phone, SHOTS, '80-area-follows-phone');
    await phoneContext.close();

    // On a desktop: the same list, the circle form around the device's location, and the
    // follow removed after the confirmation.
    const center = await Api.signedIn(BASE, 'center', PASSWORD);
    const place = await pointInAGrid(center);
    const deskContext = await newContext(browser, watch, 'area follows desktop', {
      ...DESKTOP,
      geolocation: { latitude: place.lat, longitude: place.lon, accuracy: 10 },
      permissions: ['geolocation'],
    });
    const desk = await deskContext.newPage();
    await signIn(desk, BASE, RESIDENT, PASSWORD);
    await desk.goto(`${BASE}/follows`);
    await desk.locator('.area-follows__item', { hasText: community.name }).waitFor();
    await desk.click('[data-test="follow-by-circle"]');
    await desk.click('[data-test="use-device-location"]');
    await desk.locator('[data-test="located-grid"]').waitFor();
    await desk.locator('[data-test="follow-point"]').waitFor();
    // The picture once the buttons' colours have faded to their new state, with no pointer over one.
    await desk.mouse.move(0, 0);
    await settle(desk);
    await transitionsDone(desk);
    await screenshot(desk, SHOTS, '81-area-follows-desktop');

    await desk.click('[data-test="follow-remove"]');
    await desk.locator('.el-message-box__btns .el-button--primary').click();
    await desk.locator('.el-empty', { hasText: '还没有关注任何区域' }).waitFor();
    const left = (await resident.get('me/area-follows')).items;
    assert(left.length === 0, `after the removal the server keeps ${JSON.stringify(left)}`);
    await deskContext.close();
  });

  scenario('area follows: a staff member follows a case from its page and finds it under 关注的案件', async ({ browser, watch }) => {
    const staff = await Api.signedIn(BASE, 'supervisor', PASSWORD);
    // From a clean slate, so the list holds just the case followed here.
    for (const w of (await staff.get('me/case-watches')).items) await staff.post(`cases/${w.id}/unwatch`);
    const picked = (await staff.get('cases?page_size=20')).items[0];
    assert(picked, 'no case for the supervisor to follow');

    const deskContext = await newContext(browser, watch, 'case watches desktop', DESKTOP);
    const desk = await deskContext.newPage();
    await signIn(desk, BASE, 'supervisor', PASSWORD);
    await desk.goto(`${BASE}/workbench/cases/${picked.id}`);
    const button = desk.locator('[data-test="case-watch"]');
    await button.filter({ hasText: /^\s*关注\s*$/ }).waitFor();
    await button.click();
    await button.filter({ hasText: '已关注' }).waitFor();
    await desk.locator('.el-message--success').first().waitFor();
    assert((await staff.get(`cases/${picked.id}/watch`)).watching === true, 'the server does not keep the follow');
    await desk.locator('.el-message').first().waitFor({ state: 'hidden' });
    await desk.mouse.move(0, 0);
    await settle(desk);
    await transitionsDone(desk);
    await screenshot(desk, SHOTS, '82-case-watch-button');

    await desk.goto(`${BASE}/follows`);
    const item = desk.locator(`[data-test="case-watch-${picked.id}"]`);
    await item.waitFor();
    const link = await item.locator('[data-test="case-watch-link"]').getAttribute('href');
    assert(link === `/workbench/cases/${picked.id}`, `the case links to ${link}`);
    assert((await item.locator('[data-test="case-watch-link"]').innerText()).includes(picked.title), 'the case is listed without its title');
    await desk.locator('[data-test="case-watch-count"]', { hasText: '1 / 500' }).waitFor();
    await desk.mouse.move(0, 0);
    await settle(desk);
    await transitionsDone(desk);
    await screenshot(desk, SHOTS, '83-case-watches-list');

    await item.locator('[data-test="case-watch-remove"]').click();
    await desk.locator('[data-test="case-watches"] .el-empty', { hasText: '还没有关注任何案件' }).waitFor();
    const left = (await staff.get('me/case-watches')).items;
    assert(left.length === 0, `after the unfollow the server keeps ${JSON.stringify(left)}`);
    await deskContext.close();
  });
}
