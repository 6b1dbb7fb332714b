// End-to-end scenarios of the governance layer: the task ledger worked through the browser
// — the supervision office lays a milestone out for a community, the community reports its
// progress and submits it, the office returns it with a reason, the community reports and
// submits again, and the office accepts it; each step is a click on the actions the
// server offers that account, and the milestone's history holds all six. Supervision: a
// milestone laid out past due gets the timer's notice, which its community answers, and
// the office finds it on the accountability list. The community's first report comes with
// a meeting record as evidence, which the office finds in the history and downloads whole.
// Then the office follows the whole ledger on its Gantt timeline (挂图作战) on a desktop and
// on a phone. Target assessment: the office computes the demo's unpublished quarter,
// publishes it, and the notice (考评通报) is listed on the public page and its PDF downloads.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { Api } from './api.mjs';

// A small whole PDF (its %PDF- header and %%EOF), as a scanned meeting record would be.
const MEETING_RECORD = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% 议事会会议记录\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// Attaches a file to the progress report being written in the drawer, and waits until the
// server has it (the list of files that go with the next report shows it).
async function attachEvidence(page, name, mimeType, buffer) {
  const drawer = page.locator('[data-test="milestone-drawer"]');
  await drawer.locator('[data-test="evidence-input"]').setInputFiles({ name, mimeType, buffer });
  await drawer.locator('[data-test="evidence-pending"]', { hasText: name }).waitFor();
}

// Downloads the evidence file the milestone's history lists under `name`; its bytes.
async function downloadEvidence(page, name) {
  const link = page.locator('[data-test="milestone-evidence"] [data-test="evidence-link"]', { hasText: name });
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFile(await download.path());
}

// A day `days` after today in Asia/Shanghai, as YYYY-MM-DD.
function dayAfter(days) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86400000));
}

// Lays the milestone out on the first day from ten days on that the server takes as a
// working day (it refuses rest days and holidays naming due_on).
async function layOut(office, body) {
  for (let d = 10; d < 30; d += 1) {
    try {
      return await office.post('ledger/milestones', { ...body, due_on: dayAfter(d) });
    } catch (e) {
      if (e.status !== 400 || !String(e.message).includes('due_on')) throw e;
    }
  }
  throw new Error('no working day in the next month took the milestone');
}

// Lays the milestone out on the latest working day at least three days ago: past due.
async function layOutLate(office, body) {
  for (let d = 3; d < 30; d += 1) {
    try {
      return await office.post('ledger/milestones', { ...body, due_on: dayAfter(-d) });
    } catch (e) {
      if (e.status !== 400 || !String(e.message).includes('due_on')) throw e;
    }
  }
  throw new Error('no working day in the last month took the milestone');
}

// The timer's notice about the milestone, once the server's sweep has sent it.
async function noticeAbout(office, milestoneId) {
  for (let waited = 0; waited < 30000; waited += 500) {
    const found = await office.get(`ledger/notices?milestone=${milestoneId}`);
    if (found.items.length) return found.items[0];
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no supervision notice about milestone ${milestoneId} after 30 s`);
}

async function act(page, action, { percent, note } = {}) {
  try {
    await fillAndClick(page, action, { percent, note });
  } catch (e) {
    throw new Error(`${action}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
  }
}

async function fillAndClick(page, action, { percent, note }) {
  const drawer = page.locator('[data-test="milestone-drawer"]');
  if (percent !== undefined) {
    const input = drawer.locator('[data-test="milestone-percent"] input');
    await input.fill(String(percent));
    await input.press('Enter');
  }
  // Element Plus puts an input's attributes on the textarea itself.
  if (note !== undefined) await drawer.locator('textarea[data-test="milestone-note"]').fill(note);
  await drawer.locator(`[data-test="milestone-${action}"]`).click();
}

async function openMilestone(page, base, name) {
  await page.goto(`${base}/ledger`);
  // Only what is due within the month: the office sees the whole district's ledger, and
  // the table's first page is the earliest due.
  await page.click('[data-test="ledger-due"]');
  await page.locator('.el-select-dropdown__item:visible', { hasText: /30/ }).click();
  const row = page.locator('[data-test="ledger-table"] .el-table__body tr', { hasText: name });
  await row.waitFor();
  await row.click();
  await page.locator('[data-test="milestone-drawer"]').waitFor();
}

async function waitForState(page, label) {
  await page.locator('[data-test="milestone-drawer"] [data-test="milestone-state"]', { hasText: label }).waitFor();
}

export function addGovernanceScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('a milestone past due gets a supervision notice from the timer, which the unit answers', async ({ browser, watch }) => {
    const office = await Api.signedIn(BASE, 'supervisor', PASSWORD);
    const outline = await office.get('ledger');
    const task = outline.programmes[0]?.projects[0]?.tasks[0];
    assert(task, 'the demo ledger has no task');
    const community = (await office.get('org/units?kind=community')).items[1];
    const name = '楼院长队伍组建 e2e';
    const milestone = await layOutLate(office, {
      task_id: task.id,
      name,
      deliverables: '楼院长名册',
      unit_code: community.code,
      leader: 'leader',
      weight: 10,
    });
    const notice = await noticeAbout(office, milestone.id);
    assert(notice.level === 1 && notice.reason === 'overdue', `the notice is level ${notice.level}, ${notice.reason}`);
    assert(notice.opened_by === null, 'the notice was not opened by the timer');

    const unitContext = await newContext(browser, watch, 'community supervision', DESKTOP);
    const unit = await unitContext.newPage();
    await signIn(unit, BASE, `community-${community.code}`, PASSWORD);
    await unit.goto(`${BASE}/ledger/notices`);
    const row = unit.locator('[data-test="notices-table"] .el-table__body tr', { hasText: name });
    await row.waitFor();
    await row.locator('[data-test="notice-answer"]').click();
    await unit.locator('textarea[data-test="notice-text"]').fill('已明确专人负责，三个工作日内完成');
    await unit.locator('[data-test="notice-send"]').click();
    await row.locator('[data-test="notice-status"]', { hasText: '已答复' }).waitFor();
    await settle(unit);
    await screenshot(unit, SHOTS, '34-supervision-answered-desktop');
    await unitContext.close();

    const officeContext = await newContext(browser, watch, 'office accountability', PHONE);
    const phone = await officeContext.newPage();
    await signIn(phone, BASE, 'supervisor', PASSWORD);
    await phone.goto(`${BASE}/ledger/notices`);
    await phone.locator('.el-tabs__item', { hasText: '责任追究' }).click();
    await phone.locator('[data-test="accountability-table"] [data-test="days-late"]').first().waitFor();
    await settle(phone);
    await screenshot(phone, SHOTS, '35-accountability-phone');
    await officeContext.close();

    const answered = await office.get(`ledger/notices/${notice.id}`);
    assert(answered.answered_by === `community-${community.code}`, `answered by ${answered.answered_by}`);
    const history = await office.get(`ledger/milestones/${milestone.id}`);
    const steps = history.events.map((e) => e.action).join(',');
    assert(steps === 'supervise,answer_notice', `the milestone's history is ${steps}`);
  });

  scenario('a community reports a milestone, the office returns it, the community resubmits and the office accepts', async ({ browser, watch }) => {
    const office = await Api.signedIn(BASE, 'supervisor', PASSWORD);
    const outline = await office.get('ledger');
    const task = outline.programmes[0]?.projects[0]?.tasks[0];
    assert(task, 'the demo ledger has no task');
    const community = (await office.get('org/units?kind=community')).items[0];
    const name = '居民议事会规范化 e2e';
    const milestone = await layOut(office, {
      task_id: task.id,
      name,
      deliverables: '议事规则、会议记录',
      unit_code: community.code,
      leader: 'leader',
      weight: 20,
    });

    const unitContext = await newContext(browser, watch, 'community ledger', DESKTOP);
    const unit = await unitContext.newPage();
    await signIn(unit, BASE, `community-${community.code}`, PASSWORD);
    await openMilestone(unit, BASE, name);
    await attachEvidence(unit, '议事会会议记录.pdf', 'application/pdf', MEETING_RECORD);
    await settle(unit);
    await screenshot(unit, SHOTS, '30-ledger-evidence-attached-desktop');
    await act(unit, 'report', { percent: 60, note: '已召开两次议事会' });
    await waitForState(unit, '推进中');
    await unit.locator('[data-test="milestone-evidence"]', { hasText: '议事会会议记录.pdf' }).waitFor();
    await act(unit, 'submit', { note: '请验收' });
    await waitForState(unit, '待验收');
    await settle(unit);
    await screenshot(unit, SHOTS, '30b-ledger-submitted-desktop');

    const officeContext = await newContext(browser, watch, 'office ledger', PHONE);
    const phone = await officeContext.newPage();
    await signIn(phone, BASE, 'supervisor', PASSWORD);
    await openMilestone(phone, BASE, name);
    const downloaded = await downloadEvidence(phone, '议事会会议记录.pdf');
    assert(sha256(downloaded) === sha256(MEETING_RECORD), `the office downloaded ${downloaded.length} bytes, not the ${MEETING_RECORD.length} uploaded`);
    await settle(phone);
    await screenshot(phone, SHOTS, '30c-ledger-evidence-phone');
    await act(phone, 'return', { note: '缺少会议记录' });
    await waitForState(phone, '推进中');

    await openMilestone(unit, BASE, name);
    await act(unit, 'report', { percent: 100, note: '已补充会议记录' });
    await waitForState(unit, '推进中');
    await act(unit, 'submit', {});
    await waitForState(unit, '待验收');
    await unitContext.close();

    await openMilestone(phone, BASE, name);
    await act(phone, 'accept', { note: '验收通过' });
    await waitForState(phone, '已验收');
    await settle(phone);
    await screenshot(phone, SHOTS, '31-ledger-accepted-phone');
    await officeContext.close();

    const done = await office.get(`ledger/milestones/${milestone.id}`);
    assert(done.state === 'accepted' && done.percent === 100, `the milestone ended ${done.state} at ${done.percent}%`);
    const steps = done.events.map((e) => e.action).join(',');
    assert(steps === 'report,submit,return,report,submit,accept', `the history is ${steps}`);
    assert(done.events[2].note === '缺少会议记录', `the return's reason is ${done.events[2].note}`);
    const evidence = done.evidence.map((f) => `${f.file_name}@${f.event_id === done.events[0].id ? 'first report' : f.event_id}`).join(',');
    assert(evidence === '议事会会议记录.pdf@first report', `the evidence is ${evidence}`);
    assert(done.evidence[0].sha256 === sha256(MEETING_RECORD), 'the stored evidence is not the bytes uploaded');
  });
  scenario("the office computes the quarter's ranking, publishes it, and the notice is listed publicly and downloadable", async ({ browser, watch }) => {
    const office = await Api.signedIn(BASE, 'supervisor', PASSWORD);
    const scheme = (await office.get('assessment/schemes')).items.find((s) => s.demo);
    assert(scheme, 'the demo has no assessment scheme');
    const results = (await office.get(`assessment/results?scheme=${scheme.id}`)).items;
    const open = results.find((r) => r.published_at === null);
    assert(open, `every computed period of ${scheme.name} is published already`);
    assert(results.some((r) => r.published_at !== null), 'the demo published no quarter');
    const before = (await new Api(BASE).get('assessment/reports')).items;

    const officeContext = await newContext(browser, watch, 'office assessment', DESKTOP);
    const desk = await officeContext.newPage();
    await signIn(desk, BASE, 'supervisor', PASSWORD);
    await desk.goto(`${BASE}/assessment`);
    await desk.locator('[data-test="ranking-table"] .el-table__body tr').first().waitFor();
    await choose(desk, '[data-test="assessment-scheme"]', scheme.name);
    await desk.locator('[data-test="assessment-compute"]').click();
    const period = desk.locator('[data-test="compute-dialog"] [data-test="compute-period"] input');
    await period.fill(open.period);
    await period.press('Enter');
    await desk.locator('[data-test="compute-send"]').click();
    await desk.locator('.el-message--success', { hasText: open.period }).waitFor();
    const rows = desk.locator('[data-test="ranking-table"] .el-table__body tr');
    await rows.first().waitFor();
    assert((await rows.count()) === open.unit_count, `the ranking shows ${await rows.count()} of ${open.unit_count} units`);
    await rows.first().locator('[data-test="unit-open"]').click();
    await desk.locator('[data-test="unit-breakdown"] [data-test="indicator-explanation"]').first().waitFor();
    await settle(desk);
    await screenshot(desk, SHOTS, '36-assessment-breakdown-desktop');
    await desk.keyboard.press('Escape');
    await desk.locator('[data-test="unit-breakdown"]').waitFor({ state: 'hidden' });

    await desk.locator('[data-test="assessment-publish"]').click();
    await desk.locator('textarea[data-test="publish-opening"]').fill('现将本季度社区目标考评结果通报如下。');
    await desk.locator('textarea[data-test="publish-closing"]').fill('排名靠后的社区要对照指标查找差距，限期整改。');
    await desk.locator('[data-test="publish-check"]').click();
    await desk.locator('[data-test="publish-send"]').click();
    const published = desk.locator('[data-test="assessment-published"]');
    await published.waitFor();
    await desk.locator('[data-test="assessment-frozen"]').waitFor();
    const shownNumber = (await published.textContent()) ?? '';
    assert((await desk.locator('[data-test="assessment-publish"]').count()) === 0, 'a published result still offers publishing');
    await settle(desk);
    await screenshot(desk, SHOTS, '37-assessment-published-desktop');
    await officeContext.close();

    const after = (await new Api(BASE).get('assessment/reports')).items;
    assert(after.length === before.length + 1, `${after.length} notices after publishing, ${before.length} before`);
    const notice = after.find((r) => r.period === open.period && r.scheme_id === scheme.id);
    assert(notice, `no notice of ${open.period} in the public list`);
    assert(shownNumber.includes(notice.number), `the office was shown "${shownNumber}", the list has ${notice.number}`);

    // Anyone: from the sign-in page to the list, on a phone, and the PDF as published.
    const publicContext = await newContext(browser, watch, 'public notices', { ...PHONE, acceptDownloads: true });
    const phone = await publicContext.newPage();
    await phone.goto(`${BASE}/sign-in`);
    await phone.locator('[data-test="sign-in-reports"]').click();
    await phone.waitForURL((url) => url.pathname === '/assessment/reports');
    const item = phone.locator('[data-test="report-item"]', { hasText: notice.number });
    await item.waitFor();
    assert((await phone.locator('[data-test="report-number"]').first().textContent()) === notice.number, 'the new notice is not listed first');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= PHONE.viewport.width, `the public list is ${width} px wide on a phone`);
    await settle(phone);
    await screenshot(phone, SHOTS, '38-assessment-notices-phone');
    const [download] = await Promise.all([phone.waitForEvent('download'), item.locator('[data-test="report-pdf"]').click()]);
    const pdf = await readFile(await download.path());
    assert(pdf.subarray(0, 5).toString('latin1') === '%PDF-', `the download starts with ${JSON.stringify(pdf.subarray(0, 5).toString('latin1'))}`);
    await publicContext.close();
  });

  scenario('the supervision office follows every milestone on the Gantt timeline, on a desktop and on a phone', async ({ browser, watch }) => {
    const office = await Api.signedIn(BASE, 'supervisor', PASSWORD);
    const { total } = await office.get('ledger/milestones?page_size=1');
    assert(total > 0, 'the demo ledger has no milestone');

    const desktopContext = await newContext(browser, watch, 'office gantt', DESKTOP);
    const desktop = await desktopContext.newPage();
    await signIn(desktop, BASE, 'supervisor', PASSWORD);
    await openGantt(desktop, BASE, total);
    // The whole year at once: accepted, late and coming milestones side by side.
    const before = await timelineWidth(desktop);
    await desktop.click('[data-test="gantt-zoom-year"]');
    const after = await timelineWidth(desktop);
    assert(after < before, `zooming out to a year left the timeline ${after} px wide (${before} px for a quarter)`);
    await settle(desktop);
    // The zoom buttons' colours change by a transition; picture them once it has ended.
    await desktop.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(desktop, SHOTS, '32-ledger-gantt-desktop');
    // A milestone opens in the ledger table's drawer.
    await desktop.locator('[data-test="gantt-milestone"]').first().click();
    await desktop.waitForURL((url) => url.pathname === '/ledger' && url.searchParams.has('milestone'));
    await desktop.locator('[data-test="milestone-drawer"] [data-test="milestone-state"]').waitFor();
    await desktopContext.close();

    const phoneContext = await newContext(browser, watch, 'office gantt phone', PHONE);
    const phone = await phoneContext.newPage();
    await signIn(phone, BASE, 'supervisor', PASSWORD);
    await openGantt(phone, BASE, total);
    // The row labels stay in view while the timeline scrolls sideways.
    // The page scrolls to today once the timeline is laid out, a frame or more after it
    // appears (later on a loaded machine): wait for it rather than look once.
    const scrolls = await phone
      .waitForFunction(() => {
        const el = document.querySelector('[data-test="gantt-timeline"]');
        return el !== null && el.scrollWidth > el.clientWidth && el.scrollLeft > 0;
      }, null, { timeout: 10000 })
      .then(() => true, () => false);
    assert(scrolls, 'the timeline on a phone neither scrolls nor starts near today');
    const label = await phone.locator('[data-test="gantt-row"]').first().boundingBox();
    assert(label && label.x >= 0 && label.x + label.width <= PHONE.viewport.width, 'the row labels are not in view on a phone');
    const page = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert(page <= PHONE.viewport.width, `the phone page is ${page} px wide`);
    await settle(phone);
    await screenshot(phone, SHOTS, '33-ledger-gantt-phone');
    await phoneContext.close();
  });
}

// Picks the option of an Element Plus select by its text.
async function choose(page, select, text) {
  await page.click(select);
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click();
}

// Opens the Gantt timeline and checks that it drew every milestone the office sees, with
// today's line inside the chart.
async function openGantt(page, base, total) {
  await page.goto(`${base}/ledger/gantt`);
  await page.locator('[data-test="gantt-milestone"]').first().waitFor();
  const drawn = await page.locator('[data-test="gantt-milestone"]').count();
  if (drawn !== total) throw new Error(`the Gantt timeline drew ${drawn} of ${total} milestones`);
  const today = page.locator('[data-test="gantt-today"] line');
  const x = Number(await today.getAttribute('x1'));
  const width = await timelineWidth(page);
  if (!(x > 0 && x < width)) throw new Error(`today's line is at ${x} of ${width} px`);
  await page.locator('[data-test="gantt-month"]').first().waitFor();
}

async function timelineWidth(page) {
  return Number(await page.locator('[data-test="gantt-timeline"] svg').getAttribute('width'));
}
