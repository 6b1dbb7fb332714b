// End-to-end suite: real pages in headless Chromium against a running `sanwang serve` on a
// demo database. scripts/test.sh starts the server and passes its address:
//
//   SANWANG_URL=http://127.0.0.1:PORT [SANWANG_SCREENSHOTS=dir] [CHROMIUM=path] [SANWANG_E2E_ONLY=text] node e2e/run.mjs
//
// The scenarios run in order and share what they learn (the filed case, the grid worker).
import { launch, newContext, screenshot, signIn, Watch, PHONE, DESKTOP } from './browser.mjs';
import { createHash } from 'node:crypto';
import { Api } from './api.mjs';
import { addSupportScenarios } from './support_scenarios.mjs';
import { addPeopleScenarios } from './people_scenarios.mjs';
import { addGovernanceScenarios } from './governance_scenarios.mjs';
import { addBodiesScenarios } from './bodies_scenarios.mjs';
import { addAccountScenarios } from './account_scenarios.mjs';
import { addInformationScenarios } from './information_scenarios.mjs';
import { addCampaignScenarios } from './campaign_scenarios.mjs';
import { addSurveyScenarios } from './survey_scenarios.mjs';
import { addNoticeScenarios } from './notice_scenarios.mjs';
import { addNotifySettingsScenarios } from './notify_settings_scenarios.mjs';
import { addAreaFollowScenarios } from './area_follow_scenarios.mjs';

const BASE = (process.env.SANWANG_URL || '').replace(/\/$/, '');
const SHOTS = process.env.SANWANG_SCREENSHOTS || 'e2e-screenshots';
const PASSWORD = process.env.SANWANG_DEMO_PASSWORD || 'Sanwang2026';
if (!BASE) {
  console.error('e2e: set SANWANG_URL to a running sanwang serve');
  process.exit(2);
}

// A 1×1 PNG, the photo every upload in the suite sends.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
// The resolve photo is another whole 1×1 PNG (a green pixel), so the server's copy can be
// told apart by hash; the server checks every photo as the image it claims to be.
const FIXED_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNQWOAAAAHkAQEOXdw5AAAAAElFTkSuQmCC', 'base64');
const photo = (name, buffer = PNG) => ({ name, mimeType: 'image/png', buffer });
const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// A point the device may report (taken as GCJ-02) that falls in a grid: the district's
// centre, else near the first grids' boundary vertices.
async function pointInAGrid(center) {
  const candidates = [];
  const config = await new Api(BASE).get('client-config').catch(() => null);
  if (config?.center) candidates.push({ lat: config.center[0], lon: config.center[1] });
  const grids = (await center.get('org/units?kind=grid')).items.slice(0, 5);
  for (const g of grids) {
    const unit = await center.get(`org/units/${g.id}`);
    const ring = unit.geometry?.coordinates?.[0]?.[0]?.[0]?.length ? unit.geometry.coordinates[0][0] : unit.geometry?.coordinates?.[0];
    if (!ring?.length) continue;
    const lon = ring.reduce((s, p) => s + p[0], 0) / ring.length;
    const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    candidates.push({ lat, lon });
  }
  for (const p of candidates) {
    const located = await center.get(`org/locate?lat=${p.lat}&lon=${p.lon}&coord_system=gcj02`);
    if (located.grid) return { ...p, grid: located.grid, community: located.community };
  }
  throw new Error('no demo point falls in a grid');
}

// Waits until the page has made no request for a moment; a page that never gets there fails.
async function settle(page) {
  await page.waitForLoadState('networkidle');
}

// The date of an ISO time with an offset, in Asia/Shanghai.
function shanghaiDate(iso) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

const scenarios = [];
const scenario = (name, run) => scenarios.push({ name, run });
const shared = {};

scenario('a resident reports a matter on a phone-sized page', async ({ browser, watch }) => {
  const center = await Api.signedIn(BASE, 'center', PASSWORD);
  shared.center = center;
  const place = await pointInAGrid(center);
  const catalog = await center.get('catalog');
  const item = catalog.aspects.flatMap((a) => a.items).find((i) => i.tier === 'grid');
  assert(item, 'the catalog has no grid-tier item');
  const leader = await Api.signedIn(BASE, 'leader', PASSWORD);
  shared.dashboardBefore = await leader.get('dashboard').catch((e) => ({ missing: e.status }));

  const context = await newContext(browser, watch, 'resident', {
    ...PHONE,
    geolocation: { latitude: place.lat, longitude: place.lon, accuracy: 10 },
    permissions: ['geolocation'],
  });
  shared.resident = context;
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.waitForURL(/\/sign-in/);
  await settle(page);
  await screenshot(page, SHOTS, '01-sign-in-phone');
  await signIn(page, BASE, 'resident01', PASSWORD);
  await page.waitForURL(/\/r\/report/);
  const title = `楼道灯坏了 e2e ${Date.now()}`;
  await page.fill('#report-title', title);
  await page.fill('#report-description', '三楼楼道灯一直不亮，晚上看不见台阶。');
  await page.click('[data-test="item-select"]');
  await page.keyboard.type(item.name);
  await page.locator('.el-select-dropdown__item:visible', { hasText: item.name }).first().click();
  await page.click('[data-test="use-device-location"]');
  await page.waitForSelector('[data-test="located-grid"]');
  // The pin suggests the address: the nearest street of the demo map and the community.
  await page.waitForFunction(() => /附近/.test(document.querySelector('#report-address')?.value ?? ''));
  const suggested = await page.inputValue('#report-address');
  assert(suggested.endsWith(place.community.name), `suggested address "${suggested}" lacks ${place.community.name}`);
  await page.fill('#report-address', '幸福小区3号楼');
  await page.setInputFiles('#report-photos', photo('stairwell.png'));
  await settle(page);
  await screenshot(page, SHOTS, '02-resident-report');
  await page.click('[data-test="report-submit"]');
  await page.waitForSelector('[data-test="report-done"]');
  const href = await page.getAttribute('[data-test="open-filed"]', 'href');
  shared.caseId = Number(href.split('/').pop());
  assert(shared.caseId > 0, `no case number in ${href}`);
  await screenshot(page, SHOTS, '03-resident-filed');

  const filed = await center.get(`cases/${shared.caseId}`);
  assert(filed.title === title, `case ${shared.caseId} has title ${filed.title}`);
  assert(filed.grid?.code === place.grid.code, `case grid ${filed.grid?.code}, located ${place.grid.code}`);
  assert(filed.unit?.code === place.grid.code, `case dispatched to ${filed.unit?.code}, not the grid ${place.grid.code}`);
  const photos = await center.get(`cases/${shared.caseId}/photos`);
  assert(photos.items.length === 1, `case has ${photos.items.length} photos`);
  shared.grid = place.grid;
  shared.place = place;
  shared.page = page;
});

scenario('the resident urges the open matter once, and a second urge is refused', async ({ watch }) => {
  const page = shared.page;
  assert(page && shared.caseId, 'no filed matter');
  watch.expectFailure(422, new RegExp(`^/api/v1/cases/${shared.caseId}/transitions$`)); // the refused second urge
  await page.goto(`${BASE}/r/matters/${shared.caseId}`);
  await page.click('[data-test="urge-button"]');
  await page.locator('[data-test="urge-info"]', { hasText: '已催办 1 次' }).waitFor();
  await page.click('[data-test="urge-button"]');
  await page.locator('[data-test="urge-error"]', { hasText: '已催办' }).waitFor();
  await settle(page);
  await screenshot(page, SHOTS, '03b-resident-urged');
  const urged = await shared.center.get(`cases/${shared.caseId}`);
  assert(urged.urge_count === 1 && urged.state === 'dispatched', `case urged ${urged.urge_count} times, ${urged.state}`);
});

scenario('the grid worker of that grid sees it, signs for it and resolves it', async ({ browser, watch }) => {
  assert(shared.caseId, 'no case was filed');
  const context = await newContext(browser, watch, 'grid worker', DESKTOP);
  const page = await context.newPage();
  shared.worker = page;
  await signIn(page, BASE, `grid-${shared.grid.code}`, PASSWORD);
  await page.waitForURL(/\/workbench/);
  const link = page.locator(`[data-test="case-link-${shared.caseId}"]`);
  await link.waitFor();
  await settle(page);
  await screenshot(page, SHOTS, '04-workbench-inbox');
  await page.locator(`[data-test="row-urged"]`).first().waitFor();
  await link.click();
  await page.waitForSelector('[data-test="case-actions"]');
  await page.locator('[data-test="case-urged"]', { hasText: '已催办 1 次' }).waitFor();
  await page.click('[data-test="action-accept"]');
  await page.click('[data-test="action-confirm"]');
  await page.locator('[data-test="case-state"]', { hasText: '办理中' }).waitFor();
  await page.click('[data-test="action-resolve"]');
  await page.fill('#action-note', '已更换灯泡，楼道照明恢复。');
  await page.setInputFiles('#action-photos', photo('fixed.png', FIXED_PNG));
  await page.click('[data-test="action-confirm"]');
  await page.locator('[data-test="case-state"]', { hasText: '已办结' }).waitFor();
  await settle(page);
  await screenshot(page, SHOTS, '05-workbench-case');

  const resolved = await shared.center.get(`cases/${shared.caseId}`);
  assert(resolved.state === 'resolved', `case ${shared.caseId} is ${resolved.state} on the server`);
  assert(resolved.accepted_at && resolved.resolved_at, `case ${shared.caseId} has no acceptance or resolution time`);
  const events = (await shared.center.get(`cases/${shared.caseId}/events`)).items;
  const resolve = events.find((e) => e.to_state === 'resolved');
  assert(resolve?.note === '已更换灯泡，楼道照明恢复。', `the resolve event's note is ${resolve?.note}`);
  const photos = (await shared.center.get(`cases/${shared.caseId}/photos`)).items;
  assert(photos.length === 2, `case has ${photos.length} photos after resolving`);
  assert(photos.some((p) => p.sha256 === sha256(FIXED_PNG)), 'the resolve photo is not among the case photos');
});

scenario('the resident rates the resolved matter', async () => {
  const page = shared.page;
  assert(page, 'no resident page');
  await page.goto(`${BASE}/r/matters/${shared.caseId}`);
  await page.locator('[data-test="matter-state"]', { hasText: '已办结' }).waitFor();
  const submit = page.locator('[data-test="star-submit"]');
  assert(await submit.isDisabled(), 'the rating can be sent before any star is chosen');
  await page.locator('[data-test="star-rate"] .el-rate__item').nth(3).click();
  await page.fill('#rate-comment', '换灯很及时');
  await settle(page);
  await screenshot(page, SHOTS, '05b-resident-rating');
  await submit.click();
  await page.locator('[data-test="matter-state"]', { hasText: '已关闭' }).waitFor();
  await page.locator('[data-test="timeline-stars"]', { hasText: '4 星' }).waitFor();
  await page.locator('[data-test="timeline-rating-comment"]', { hasText: '换灯很及时' }).waitFor();
  await settle(page);
  await screenshot(page, SHOTS, '06-resident-matter');
  await page.click('text=我的诉求');
  await page.waitForSelector('[data-test="matters-list"]');
  await settle(page);
  await screenshot(page, SHOTS, '07-resident-matters');
  const closed = await shared.center.get(`cases/${shared.caseId}`);
  assert(closed.state === 'closed' && closed.rating === 1, `case is ${closed.state}, rating ${closed.rating}`);
  assert(closed.rating_stars === 4 && closed.rating_comment === '换灯很及时', `rated ${closed.rating_stars} stars: ${closed.rating_comment}`);
});

scenario('the dashboard counts it', async ({ browser, watch }) => {
  const before = shared.dashboardBefore;
  assert(!before?.missing, `GET /api/v1/dashboard answered ${before?.missing}`);
  const context = await newContext(browser, watch, 'leader', DESKTOP);
  const page = await context.newPage();
  await signIn(page, BASE, 'leader', PASSWORD);
  await page.goto(`${BASE}/dashboard`);
  const counter = page.locator('[data-test="dashboard-today-new"]');
  await counter.waitFor();
  await page.locator('[data-test="chart-trend"] canvas').waitFor();
  await settle(page);
  const shown = Number((await counter.textContent()).trim());
  // "Today" is the server's day in Asia/Shanghai (the dashboard's `to`), which may have
  // turned since the first scenario: compare per day, not today against yesterday.
  const leader = await Api.signedIn(BASE, 'leader', PASSWORD);
  const after = await leader.get('dashboard');
  const filedOn = shanghaiDate((await shared.center.get(`cases/${shared.caseId}`)).created_at);
  const newOn = (d, day) => d.by_day.find((r) => r.date === day)?.new ?? 0;
  assert(newOn(after, filedOn) === newOn(before, filedOn) + 1, `the server counts ${newOn(after, filedOn)} new on ${filedOn}, before ${newOn(before, filedOn)}`);
  const expected = (before.to === after.to ? before.today.new : 0) + (filedOn === after.to ? 1 : 0);
  assert(shown === expected, `dashboard shows ${shown} new today (${after.to}), expected ${expected}`);
  await screenshot(page, SHOTS, '08-dashboard');
  await context.close();
});

scenario("a grid worker cannot open another grid's case", async ({ watch }) => {
  const page = shared.worker;
  assert(page, 'no grid worker page');
  const list = await shared.center.get('cases?page_size=100');
  const other = list.items.find((c) => c.grid && c.grid.code !== shared.grid.code);
  assert(other, 'no case in another grid');
  // The page asks for the case and its parts; the server answers each as if the case did not
  // exist (404), so that a case outside one's scope is not even confirmed to exist.
  watch.expectFailure(404, new RegExp(`^/api/v1/cases/${other.id}(/|$)`));
  await page.goto(`${BASE}/workbench/cases/${other.id}`);
  await page.locator('[data-test="case-refused"]').waitFor();
  assert((await page.locator('[data-test="case-actions"]').count()) === 0, 'actions shown on a refused case');
  await screenshot(page, SHOTS, '09-workbench-refused');
});

scenario('the English switch works', async () => {
  const page = shared.worker;
  await page.goto(`${BASE}/workbench`);
  await page.locator('nav >> text=工作台').waitFor();
  await page.click('[data-test="locale-switch"]');
  await page.locator('nav >> text=Workbench').waitFor();
  await page.locator('[data-test="tab-to_accept"]', { hasText: 'To sign for' }).waitFor();
  assert((await page.getAttribute('html', 'lang')) === 'en', 'html lang is not en');
  await page.reload();
  await page.locator('nav >> text=Workbench').waitFor();
  await settle(page);
  await screenshot(page, SHOTS, '10-workbench-english');
  await page.click('[data-test="locale-switch"]');
  await page.locator('nav >> text=工作台').waitFor();
});

scenario('every main page renders (screenshots)', async ({ browser, watch }) => {
  // Whether the demo has a street network to walk: the server answers 503 without one.
  const place = shared.place;
  const nearbyPath = `circles/nearby?lat=${place.lat}&lon=${place.lon}&coord_system=gcj02&minutes=15`;
  const direct = await shared.center.get(nearbyPath).catch((e) => ({ failed: e.status }));
  const resident = await shared.resident.newPage();
  await resident.goto(`${BASE}/r/nearby`);
  await resident.locator('h1', { hasText: '身边服务' }).waitFor();
  if (direct.failed) watch.expectFailure(direct.failed, /^\/api\/v1\/circles\/nearby$/);
  await resident.click('[data-test="nearby-device"]');
  if (direct.failed === 503 || direct.failed === 404) {
    await resident.locator('[data-test="nearby-unavailable"]').waitFor();
  } else {
    assert(!direct.failed, `GET ${nearbyPath} answered ${direct.failed}`);
    if (direct.facilities.length) {
      await resident.locator('[data-test="nearby-list"] li').first().waitFor();
      const listed = await resident.locator('[data-test="nearby-list"] li').count();
      assert(listed === direct.facilities.length, `nearby lists ${listed} places, the server ${direct.facilities.length}`);
    } else {
      await resident.locator('.el-empty').waitFor();
    }
  }
  await settle(resident);
  await screenshot(resident, SHOTS, '11-resident-nearby');

  const worker = shared.worker;
  await worker.goto(`${BASE}/map`);
  await worker.locator('h1', { hasText: '地图' }).waitFor();
  await worker.locator('[data-test="map"].leaflet-container').waitFor();
  await worker.locator('.leaflet-units-pane path').first().waitFor();
  await settle(worker);
  assert((await worker.locator('[data-test="map-layer-error"]').count()) === 0, 'the map shows a layer error');
  await screenshot(worker, SHOTS, '12-map');

  const context = await newContext(browser, watch, 'admin', DESKTOP);
  const admin = await context.newPage();
  await signIn(admin, BASE, 'admin', PASSWORD);
  const pages = [
    ['/admin/catalog', '13-admin-catalog', '事项目录', '[data-test="catalog-table"] .el-table__body tr'],
    ['/admin/org', '14-admin-org', '组织', '[data-test="org-tree"] .el-tree-node'],
    ['/admin/users', '15-admin-users', '用户', '[data-test="users-table"] .el-table__body tr'],
  ];
  for (const [path, name, heading, rows] of pages) {
    await admin.goto(`${BASE}${path}`);
    await admin.locator('h1', { hasText: heading }).waitFor();
    await admin.locator(rows).first().waitFor();
    await settle(admin);
    assert((await admin.locator(rows).count()) > 0, `${path} shows no rows`);
    await screenshot(admin, SHOTS, name);
  }
  await context.close();
});

scenario('the auditor alone reads the audit log, and sees the refusals in it', async ({ browser, watch }) => {
  const admin = await Api.signedIn(BASE, 'admin', PASSWORD);
  const refused = await admin.get('audit').catch((e) => e);
  assert(refused instanceof Error && refused.status === 403, `the admin read the audit log: ${refused?.status ?? 'allowed'}`);
  const context = await newContext(browser, watch, 'auditor', DESKTOP);
  const page = await context.newPage();
  await signIn(page, BASE, 'auditor', PASSWORD);
  await page.waitForURL((url) => url.pathname === '/audit');
  const rows = page.locator('[data-test="audit-table"] .el-table__body tr');
  await rows.first().waitFor();
  await page.locator('[data-test="audit-problems"]').click();
  await page.locator('[data-test="audit-table"] .el-table__body tr', { hasText: 'GET /api/v1/audit' }).first().waitFor();
  await settle(page);
  await screenshot(page, SHOTS, '41-audit-log-desktop');
  await context.close();
});

scenario('a new resident registers on a phone and files a matter', async ({ browser, watch }) => {
  const center = shared.center ?? (await Api.signedIn(BASE, 'center', PASSWORD));
  const place = shared.place ?? (await pointInAGrid(center));
  const mode = await new Api(BASE).get('auth/registration');
  assert(mode.open && !mode.code_required, `the demo's registration is ${JSON.stringify(mode)}`);
  const context = await newContext(browser, watch, 'new resident', {
    ...PHONE,
    viewport: { width: 390, height: 844 },
    geolocation: { latitude: place.lat, longitude: place.lon, accuracy: 10 },
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-in`);
  await page.click('[data-test="sign-in-register"]');
  await page.waitForURL(/\/register/);
  await page.waitForSelector('[data-test="register-submit"]');
  assert((await page.locator('[data-test="register-code"]').count()) === 0, 'the demo asks for an SMS code');
  const phone = `19${String(Date.now()).slice(-9)}`;
  await page.fill('#register-phone', phone.slice(0, 5));
  await page.click('[data-test="register-submit"]');
  await page.waitForSelector('[data-test="error-phone"]');
  await page.fill('#register-phone', phone);
  await page.locator('[data-test="error-phone"]').waitFor({ state: 'detached' });
  await page.fill('#register-name', '新居民');
  await page.click('[data-test="register-locate"]');
  await page.waitForSelector('[data-test="register-notice"]');
  await page.fill('#register-password', 'Newcomer2026');
  await page.fill('#register-repeat', 'Newcomer2026');
  await settle(page);
  await screenshot(page, SHOTS, '12-register-phone');
  await page.click('[data-test="register-submit"]');
  await page.waitForURL(/\/r\/matters/);

  await page.goto(`${BASE}/r/report`);
  const title = `新居民反映 e2e ${Date.now()}`;
  await page.fill('#report-title', title);
  await page.fill('#report-description', '小区门口路灯不亮。');
  await page.click('[data-test="use-device-location"]');
  await page.waitForSelector('[data-test="located-grid"]');
  await page.click('[data-test="report-submit"]');
  await page.waitForSelector('[data-test="report-done"]');
  const href = await page.getAttribute('[data-test="open-filed"]', 'href');
  const filed = await center.get(`cases/${Number(href.split('/').pop())}`);
  assert(filed.title === title, `the new resident's matter has title ${filed.title}`);
  const users = await (await Api.signedIn(BASE, 'admin', PASSWORD)).get(`users?q=${phone}`);
  const account = users.items.find((u) => u.username === phone);
  assert(account?.role === 'resident' && account.unit?.kind === 'community', `the new account is ${JSON.stringify(account)}`);
  await context.close();
});

addSupportScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addPeopleScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addGovernanceScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addBodiesScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addAccountScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addInformationScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addCampaignScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addSurveyScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addNoticeScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addNotifySettingsScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });
addAreaFollowScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle });

scenario('the API reference page renders the document from this server', async ({ browser, watch }) => {
  const document = await new Api(BASE).get('openapi.json');
  const signIn = document.paths['/api/v1/auth/sign-in'].post;
  const label = 'api reference';
  const context = await newContext(browser, watch, label, { viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(`${BASE}/api/v1/docs#operation/${signIn.operationId}`);
  assert(response.status() === 200, `/api/v1/docs answered ${response.status()}`);
  // Redoc draws each operation as a section named by its operationId, headed by its summary.
  const section = page.locator(`[data-section-id="operation/${signIn.operationId}"]`);
  await section.locator('h2', { hasText: signIn.summary.slice(0, 40) }).waitFor({ timeout: 30000 });
  const operations = await page.locator('[data-section-id^="operation/"]').count();
  const documented = Object.values(document.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
  assert(operations === documented, `the reference shows ${operations} operations, the document has ${documented}`);
  await settle(page);
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, SHOTS, '21-api-reference-desktop', { fullPage: false });
  const outside = watch.outside.filter((line) => line.startsWith(`${label}:`));
  assert(outside.length === 0, `the reference page requested outside ${BASE}:\n  ${outside.join('\n  ')}`);
  const errors = watch.consoleErrors.filter((line) => line.startsWith(`${label} `));
  assert(errors.length === 0, `the reference page logged errors:\n  ${errors.join('\n  ')}`);
  await context.close();
});

scenario('the pages requested nothing outside the server and logged no console error', async ({ watch }) => {
  assert(watch.outside.length === 0, `requests outside ${BASE}:\n  ${watch.outside.join('\n  ')}`);
  assert(watch.consoleErrors.length === 0, `console errors:\n  ${watch.consoleErrors.join('\n  ')}`);
});

// SANWANG_E2E_ONLY=text runs the scenarios whose names hold it, and the closing check.
function chosen(s, i) {
  const only = process.env.SANWANG_E2E_ONLY;
  return !only || s.name.includes(only) || i === scenarios.length - 1;
}

async function main() {
  const browser = await launch();
  const watch = new Watch(BASE);
  let passed = 0;
  let failed = 0;
  for (const s of scenarios.filter(chosen)) {
    const started = Date.now();
    try {
      await s.run({ browser, watch });
      passed += 1;
      console.log(`ok - ${s.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed += 1;
      console.log(`not ok - ${s.name}: ${e instanceof Error ? e.message : e}`);
    }
  }
  await browser.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
