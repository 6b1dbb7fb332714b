// End-to-end scenarios of the support net's people: the workforce roster (a community keeps
// it, reveals one worker's ID number under audit, the sub-district above sees it masked)
// and volunteer activities (the last place goes to exactly one of two residents who ask at
// once; the organizer sees who signed up; an activity is published and a party member
// registers through the forms' pickers). They run after the other support scenarios.
import { findOnPages, newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { Api } from './api.mjs';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

// An ID number with a right GB 11643 check character: the server refuses any other.
function idNumber(first17) {
  const sum = [...first17].reduce((acc, digit, i) => acc + WEIGHTS[i] * Number(digit), 0);
  return first17 + '10X98765432'[sum % 11];
}

// A date `days` after today in Asia/Shanghai, as YYYY-MM-DD.
function shanghaiDay(days) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86400000));
}

// A community whose staff account signs in, with at least `residents` resident accounts.
async function communityWithResidents(admin, base, password, residents) {
  const communities = (await admin.get('org/units?kind=community')).items;
  for (const c of communities.slice(0, 30)) {
    const people = (await admin.get(`users?role=resident&unit=${c.code}&page_size=10`)).items;
    if (people.length < residents) continue;
    const staff = await Api.signedIn(base, `community-${c.code}`, password).catch(() => null);
    if (staff) return { community: c, staff, residents: people.map((p) => p.username) };
  }
  throw new Error(`no demo community has a staff account and ${residents} resident accounts`);
}

// The sizes the forms with pickers are pictured at: a common phone and a wide desktop.
const PHONE_390 = { ...PHONE, viewport: { width: 390, height: 844 } };
const DESKTOP_1440 = { viewport: { width: 1440, height: 900 } };

// Chooses a unit in a UnitPicker by typing part of its name and clicking it in the tree (the
// picker's data-test is on its select and on the tree in its list alike).
async function pickUnit(page, selector, name) {
  await page.locator(`.el-select${selector}`).click();
  await page.keyboard.type(name);
  await page.locator('.el-tree-node__content:visible', { hasText: name }).first().click();
}

// Chooses a time in an el-time-select: the item of the list its input names in
// aria-controls (the list of another select may still be fading out).
async function pickTime(page, selector, hhmm) {
  const select = page.locator(selector);
  await select.click();
  const list = await select.locator('input').getAttribute('aria-controls');
  await page.locator(`[id="${list}"] .el-select-dropdown__item`, { hasText: new RegExp(`^${hhmm}$`) }).click();
  await page.locator(`[id="${list}"]`).waitFor({ state: 'hidden' });
}

export function addPeopleScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('a community adds a worker, reveals the ID number under audit, and the sub-district sees it masked', async ({ browser, watch }) => {
    const admin = await Api.signedIn(BASE, 'admin', PASSWORD);
    const { community } = await communityWithResidents(admin, BASE, PASSWORD, 0);
    const streetCode = (await admin.get(`org/units/${community.parent_id}`)).code;
    const id = idNumber('41100219880512762');
    const name = '赵晓梅';

    const context = await newContext(browser, watch, 'community roster', DESKTOP);
    const page = await context.newPage();
    await signIn(page, BASE, `community-${community.code}`, PASSWORD);
    await page.goto(`${BASE}/roster`);
    await page.locator('[data-test="roster-table"] .el-table__body tr').first().waitFor();
    await page.locator('[data-test="roster-gaps"]').waitFor();
    await page.click('[data-test="worker-add"]');
    const dialog = page.locator('[data-test="worker-dialog"]');
    await dialog.locator('[data-test="worker-name"]').fill(name);
    const field = (label) => dialog.locator('.el-form-item', { has: page.locator(`label:text-is("${label}")`) }).locator('input').first();
    await field('岗位').fill('社区综治专干');
    await field('所属单位').fill(community.code);
    const started = dialog.locator('.el-date-editor input');
    await started.fill('2024-03-01');
    await started.press('Enter');
    await dialog.locator('[data-test="worker-id-number"]').fill(id);
    await field('手机号').fill('13839011234');
    await page.click('[data-test="worker-save"]');
    await dialog.waitFor({ state: 'hidden' });

    const row = page.locator('[data-test="roster-table"] .el-table__body tr', { hasText: name });
    await row.waitFor();
    await row.click();
    const drawer = page.locator('[data-test="worker-drawer"]');
    const shown = drawer.locator('[data-test="worker-id-number-shown"]');
    await shown.waitFor();
    assert((await shown.textContent()).includes('********'), `the ID number came unmasked: ${await shown.textContent()}`);
    await drawer.locator('[data-test="worker-reveal"]').click();
    await drawer.locator('[data-test="worker-id-number-shown"]', { hasText: id }).waitFor();
    await settle(page);
    await screenshot(page, SHOTS, '22-roster-revealed-desktop');
    await context.close();

    const worker = (await admin.get(`roster/workers?unit=${community.code}`)).items.find((w) => w.name === name);
    assert(worker, `${name} is not on the roster of ${community.code}`);
    const audit = (await (await Api.signedIn(BASE, 'auditor', PASSWORD)).get('audit')).items;
    const reveal = audit.find((a) => a.action === 'roster_reveal' && a.target === `roster_worker/${worker.id}`);
    assert(reveal?.username === `community-${community.code}`, `no audit row of the reveal: ${JSON.stringify(reveal)}`);
    assert(!JSON.stringify(audit).includes(id), 'the audit log holds the ID number');

    // The sub-district keeps its communities' rosters but sees personal data masked.
    const streetContext = await newContext(browser, watch, 'street roster', PHONE);
    const phone = await streetContext.newPage();
    await signIn(phone, BASE, `street-${streetCode}`, PASSWORD);
    await phone.goto(`${BASE}/roster`);
    const streetRow = phone.locator('[data-test="roster-table"] .el-table__body tr', { hasText: name });
    await streetRow.waitFor();
    await settle(phone);
    await screenshot(phone, SHOTS, '23-roster-phone');
    await streetRow.click();
    const streetShown = phone.locator('[data-test="worker-drawer"] [data-test="worker-id-number-shown"]');
    await streetShown.waitFor();
    assert((await streetShown.textContent()).includes('********'), 'the sub-district sees the ID number');
    assert((await phone.locator('[data-test="worker-reveal"]').count()) === 0, 'the sub-district is offered the reveal');
    await streetContext.close();
  });

  scenario('the last place of an activity goes to one of two residents asking at once', async ({ browser, watch }) => {
    const admin = await Api.signedIn(BASE, 'admin', PASSWORD);
    const { community, staff, residents } = await communityWithResidents(admin, BASE, PASSWORD, 3);
    const [first, ...racers] = residents;
    const day = shanghaiDay(3);
    const title = '楼道清洁志愿服务 e2e';
    const activity = await staff.post('activities', {
      unit_code: community.code,
      title,
      description: '两个名额 two places',
      starts_at: `${day}T09:00:00+08:00`,
      ends_at: `${day}T11:00:00+08:00`,
      place: `${community.name}党群服务中心`,
      places: 2,
      open_to: 'public',
    });

    const context = await newContext(browser, watch, 'resident joins', PHONE);
    const page = await context.newPage();
    await signIn(page, BASE, first, PASSWORD);
    await page.goto(`${BASE}/activities`);
    const card = await findOnPages(page, page.locator('[data-test="activity-list"] li', { hasText: title }), '[data-test="activities-pager"]');
    await card.locator('[data-test="join"]').click();
    await page.locator('.el-message--success').waitFor();
    await card.locator('[data-test="withdraw"]').waitFor();
    await settle(page);
    await screenshot(page, SHOTS, '24-activity-joined-phone');
    await context.close();

    // One place left, two residents at the same moment: exactly one gets it.
    const apis = await Promise.all(racers.slice(0, 2).map((r) => Api.signedIn(BASE, r, PASSWORD)));
    const outcomes = await Promise.allSettled(apis.map((api) => api.post(`activities/${activity.id}/signups`, {})));
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    assert(won.length === 1 && lost.length === 1, `two residents asking for the last place: ${outcomes.map((o) => o.status).join(', ')}`);
    assert(lost[0].reason.status === 409, `the second asker got ${lost[0].reason.status}, not 409`);
    const after = await staff.get(`activities/${activity.id}`);
    assert(after.taken === 2 && after.signups.length === 2, `the activity holds ${after.taken} of 2 places, ${after.signups.length} sign-ups`);

    const loser = racers[outcomes.indexOf(lost[0])];
    const loserContext = await newContext(browser, watch, 'resident too late', PHONE);
    const late = await loserContext.newPage();
    await signIn(late, BASE, loser, PASSWORD);
    await late.goto(`${BASE}/activities`);
    const full = await findOnPages(late, late.locator('[data-test="activity-list"] li', { hasText: title }), '[data-test="activities-pager"]');
    await full.locator('[data-test="full"]').waitFor();
    assert((await full.locator('[data-test="join"]').count()) === 0, 'the full activity still offers to join');
    await settle(late);
    await screenshot(late, SHOTS, '25-activity-full-phone');
    await loserContext.close();

    const organizer = await newContext(browser, watch, 'organizer', DESKTOP);
    const desk = await organizer.newPage();
    await signIn(desk, BASE, `community-${community.code}`, PASSWORD);
    await desk.goto(`${BASE}/activities/manage`);
    await desk.locator('[data-test="activity-table"] .el-table__body tr', { hasText: title }).click();
    await desk.locator('[data-test="signup-table"] .el-table__body tr').nth(1).waitFor();
    assert((await desk.locator('[data-test="signup-table"] .el-table__body tr').count()) === 2, 'the organizer does not see two sign-ups');
    await settle(desk);
    await screenshot(desk, SHOTS, '26-activity-signups-desktop');
    await organizer.close();
  });

  scenario('an organizer publishes an activity with the pickers and a party member registers with a community chosen by name', async ({ browser, watch }) => {
    const admin = await Api.signedIn(BASE, 'admin', PASSWORD);
    const { community, staff } = await communityWithResidents(admin, BASE, PASSWORD, 0);
    const day = shanghaiDay(4);
    const title = '社区义诊志愿服务 e2e';

    const organizer = await newContext(browser, watch, 'organizer publishes', DESKTOP_1440);
    const desk = await organizer.newPage();
    await signIn(desk, BASE, `community-${community.code}`, PASSWORD);
    await desk.goto(`${BASE}/activities/manage`);
    await desk.locator('[data-test="publish"]').click();
    await pickUnit(desk, '[data-test="activity-unit"]', community.name);
    await desk.fill('[data-test="activity-title"]', title);
    await desk.fill('#activity-date', day);
    await desk.keyboard.press('Enter');
    await pickTime(desk, '[data-test="activity-from"]', '14:30');
    await pickTime(desk, '[data-test="activity-to"]', '16:00');
    await desk.fill('[data-test="activity-place"]', `${community.name}卫生服务站`);
    await screenshot(desk, SHOTS, '27-activity-publish-desktop', { fullPage: false });
    await desk.locator('[data-test="publish-submit"]').click();
    await desk.locator('.el-message--success').waitFor();
    const published = (await staff.get(`activities?from=${day}&unit=${community.code}`)).items.find((a) => a.title === title);
    assert(published, 'the published activity is not listed');
    assert(published.unit.code === community.code, `published for ${published.unit.code}, not ${community.code}`);
    assert(Date.parse(published.starts_at) === Date.parse(`${day}T14:30:00+08:00`), `starts at ${published.starts_at}`);
    assert(Date.parse(published.ends_at) === Date.parse(`${day}T16:00:00+08:00`), `ends at ${published.ends_at}`);
    await organizer.close();

    const phoneOrganizer = await newContext(browser, watch, 'organizer on a phone', PHONE_390);
    const small = await phoneOrganizer.newPage();
    await signIn(small, BASE, `community-${community.code}`, PASSWORD);
    await small.goto(`${BASE}/activities/manage`);
    await small.locator('[data-test="publish"]').click();
    await small.locator('[data-test="activity-from"]').waitFor();
    await screenshot(small, SHOTS, '28-activity-publish-phone', { fullPage: false });
    await phoneOrganizer.close();

    // A demo resident who has not registered (member… accounts and resident01 … resident05
    // have), naming a community under another sub-district as where they live.
    let member = null;
    for (const r of (await admin.get('users?role=resident&q=resident&page_size=20')).items) {
      const api = await Api.signedIn(BASE, r.username, PASSWORD).catch(() => null);
      if (api && (await api.get('party-members/registrations/mine')).may_register) {
        member = { username: r.username, api };
        break;
      }
    }
    assert(member, 'no demo resident may register as a party member');
    const communities = (await admin.get('org/units?kind=community')).items;
    const home = communities.find((c) => c.parent_id !== community.parent_id) ?? communities.find((c) => c.id !== community.id);
    const context = await newContext(browser, watch, 'party member registers', PHONE_390);
    const page = await context.newPage();
    await signIn(page, BASE, member.username, PASSWORD);
    await page.goto(`${BASE}/activities`);
    await pickUnit(page, '[data-test="registration-community"]', home.name);
    await page.fill('[data-test="workplace"]', '许昌市第一中学');
    await page.fill('[data-test="party-branch"]', '许昌市第一中学党支部');
    await settle(page);
    await screenshot(page, SHOTS, '29-party-registration-phone');
    await page.locator('[data-test="registration-submit"]').click();
    await page.locator('.el-message--success').waitFor();
    const mine = await member.api.get('party-members/registrations/mine');
    assert(mine.registration?.community?.code === home.code, `registered with ${mine.registration?.community?.code}, not ${home.code}`);
    await context.close();
  });
}
