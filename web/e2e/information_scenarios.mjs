// End-to-end scenario of information work (信息工作): a community's staff submit an item
// on a desktop, the editor (supervisor) finds it in the review queue on a phone and adopts
// it at the city level, and the community's line of the month's ranking gains the item
// and the city's points — read from the page and from the API.
import { findOnPages, newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { Api } from './api.mjs';

// Waits until the item drawer has slid fully in, so that a screenshot shows it whole.
async function drawerIn(page) {
  await page.waitForFunction(() => {
    const drawer = document.querySelector('.el-drawer');
    return drawer !== null && Math.abs(drawer.getBoundingClientRect().right - window.innerWidth) < 1;
  });
}

// The current month in Asia/Shanghai, as the ranking's period: 2026-12.
function thisMonth() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
}

async function standing(office, code) {
  const ranking = await office.get(`information/ranking?period=${thisMonth()}&level=community`);
  return ranking.items.find((row) => row.unit.code === code);
}

export function addInformationScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('a community submits an information item, the editor adopts it on a phone and the ranking moves', async ({ browser, watch }) => {
    const office = await Api.signedIn(BASE, 'supervisor', PASSWORD);
    const community = (await office.get('org/units?kind=community')).items[1];
    const before = await standing(office, community.code);
    assert(before, `the ranking has no line for ${community.code}`);
    const title = `${community.name}开展“清洁家园”志愿服务 e2e`;

    const unitContext = await newContext(browser, watch, 'community information', DESKTOP);
    const unit = await unitContext.newPage();
    await signIn(unit, BASE, `community-${community.code}`, PASSWORD);
    await unit.goto(`${BASE}/information`);
    await unit.click('[data-test="info-submit-open"]');
    // Element Plus puts an input's attributes on the input or textarea itself.
    await unit.locator('input[data-test="info-title"]').fill(title);
    await unit.locator('textarea[data-test="info-body"]')
      .fill('12月5日，社区组织开展“清洁家园”志愿服务活动，86 名党员群众参与，清理楼道杂物 40 余处。');
    await unit.locator('[data-test="info-submit"]').click();
    await unit.locator('[data-test="info-drawer"] [data-test="info-state"]', { hasText: '待审核' }).waitFor();
    await drawerIn(unit);
    await settle(unit);
    await screenshot(unit, SHOTS, '60-information-submitted-desktop', { fullPage: false });
    await unitContext.close();

    const officeContext = await newContext(browser, watch, 'editor information', PHONE);
    const phone = await officeContext.newPage();
    await signIn(phone, BASE, 'supervisor', PASSWORD);
    await phone.goto(`${BASE}/information`);
    // The review queue, oldest first: the new item is on its last page.
    const card = await findOnPages(phone, phone.locator('[data-test="info-list"] [data-test="info-row"]', { hasText: title }), '.information__pages');
    await settle(phone);
    await screenshot(phone, SHOTS, '61-information-queue-phone');
    await card.click();
    const drawer = phone.locator('[data-test="info-drawer"]');
    await drawer.locator('[data-test="info-adopt"]').click();
    await drawer.locator('[data-test="info-level"]').click();
    await phone.locator('.el-select-dropdown__item:visible', { hasText: '市级采用' }).click();
    await drawer.locator('[data-test="info-confirm"]').click();
    await drawer.locator('[data-test="info-state"]', { hasText: '已采用' }).waitFor();
    await drawer.locator('[data-test="info-adoptions"]', { hasText: '市级采用' }).waitFor();
    await settle(phone);
    await screenshot(phone, SHOTS, '62-information-adopted-phone');

    await phone.goto(`${BASE}/information`);
    await phone.locator('.el-tabs__item', { hasText: '排名通报' }).click();
    const line = phone.locator('[data-test="ranking-table"] .el-table__body tr', { hasText: community.name });
    await line.waitFor();
    await settle(phone);
    await screenshot(phone, SHOTS, '63-information-ranking-phone', { fullPage: false });
    await officeContext.close();

    const after = await standing(office, community.code);
    assert(after.submitted === before.submitted + 1, `submitted went from ${before.submitted} to ${after.submitted}`);
    assert(after.adopted === before.adopted + 1, `adopted went from ${before.adopted} to ${after.adopted}`);
    assert(after.points === before.points + 3, `points went from ${before.points} to ${after.points}`);
    assert((after.adopted_at_level.city ?? 0) === (before.adopted_at_level.city ?? 0) + 1, 'the city adoption is not counted');
  });
}
