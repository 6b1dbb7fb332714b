// End-to-end scenarios of the support net: venues, their photos and bookings, budget and
// spending. They run after the service-net scenarios of run.mjs, on the same demo database.
import { newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { createHash } from 'node:crypto';
import { Api } from './api.mjs';
import { solidPng } from './png.mjs';

const PHONE_390 = { ...PHONE, viewport: { width: 390, height: 844 } };
const DESKTOP_1440 = { viewport: { width: 1440, height: 900 } };

// A venue of the demo that residents may book at once, with the next week open to booking.
async function bookableVenue(resident) {
  const venues = (await resident.get('venues')).items;
  const venue = venues.find((v) => v.open_to === 'public' && !v.needs_approval && v.max_days_ahead >= 14 && v.hours.workday);
  if (!venue) throw new Error(`no demo venue residents can book at once among ${venues.length}`);
  return venue;
}

// The first free half hour of next week on the open venue page: on a phone one day shows at
// a time, so each day's tab is tried in turn.
async function firstFreeSlot(page) {
  const tabs = page.locator('.week-calendar__day');
  const days = await tabs.count();
  for (let i = 0; i < Math.max(days, 1); i += 1) {
    if (days) await tabs.nth(i).click();
    const free = page.locator('button.week-calendar__cell.is-free');
    if (await free.count()) return free.last().getAttribute('data-slot');
  }
  throw new Error('no free half hour next week');
}

// "2026-12-14 20:30" → the booking's ISO times for one half hour.
function halfHour(slot) {
  const [date, time] = slot.split(' ');
  const [h, m] = time.split(':').map(Number);
  const end = h * 60 + m + 30;
  const pad = (n) => String(n).padStart(2, '0');
  return {
    starts_at: `${date}T${time}:00+08:00`,
    ends_at: `${date}T${pad(Math.floor(end / 60))}:${pad(end % 60)}:00+08:00`,
  };
}

// A venue residents see and the demo account of its owning unit (community-… or street-…)
// that manages it.
async function venueWithManager(BASE, PASSWORD, resident) {
  const venues = (await resident.get('venues')).items;
  for (const venue of venues) {
    for (const username of [`community-${venue.owner_unit_code}`, `street-${venue.owner_unit_code}`]) {
      const staff = await Api.signedIn(BASE, username, PASSWORD).catch(() => null);
      if (staff && (await staff.get(`venues/${venue.id}`)).manage) return { venue, username, staff };
    }
  }
  throw new Error(`no demo account manages any of the ${venues.length} venues residents see`);
}

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

// Waits until every photo of the gallery has been drawn and the "added" message has gone,
// so a screenshot shows the gallery as a visitor finds it.
async function photosDrawn(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-test="venue-photo"] img')].every((img) => img.complete && img.naturalWidth > 0),
  );
  await page.locator('.el-message').waitFor({ state: 'detached' });
}

export function addSupportScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('venue photos: a venue manager adds captioned photos on a phone and a desktop, and residents see them', async ({ browser, watch }) => {
    const resident = await Api.signedIn(BASE, 'resident01', PASSWORD);
    const { venue, username, staff } = await venueWithManager(BASE, PASSWORD, resident);
    const held = (await staff.get(`venues/${venue.id}/photos`)).items.length;
    assert(held <= 10, `${venue.name} already holds ${held} photos`);
    const hall = solidPng(40, 30, [64, 158, 255]);
    const court = solidPng(40, 30, [103, 194, 58]);
    const file = (name, buffer, mimeType = 'image/png') => ({ name, mimeType, buffer });

    const context = await newContext(browser, watch, 'venue photos phone', PHONE);
    const page = await context.newPage();
    const uploads = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().includes(`/venues/${venue.id}/photos`) && uploads.push(r.url()));
    await signIn(page, BASE, username, PASSWORD);
    await page.goto(`${BASE}/venues/${venue.id}`);
    const gallery = page.locator('[data-test="venue-photos"]');
    await gallery.waitFor();
    // A file that is not a photo is refused in the browser, before anything is sent.
    await page.setInputFiles('input[data-test="venue-photo-file"]', file('plan.txt', Buffer.from('not a photo'), 'text/plain'));
    await page.locator('[data-test="venue-photo-problem"]', { hasText: 'plan.txt' }).waitFor();
    assert(uploads.length === 0, `the refused file was sent: ${uploads.join(', ')}`);

    await page.fill('input[data-test="venue-photo-caption-input"]', '多功能厅全景 e2e');
    await page.setInputFiles('input[data-test="venue-photo-file"]', file('hall.png', hall));
    await gallery.locator('[data-test="venue-photo"]', { hasText: '多功能厅全景 e2e' }).waitFor();
    await page.locator('[data-test="venue-photo-problem"]').waitFor({ state: 'detached' });
    await photosDrawn(page);
    await settle(page);
    // What the screen shows: a whole-page picture would stretch the week below and pin its
    // sticky booking bar in the middle of it.
    await screenshot(page, SHOTS, '74-venue-photos-phone', { fullPage: false });
    // A tap opens the photo larger.
    await gallery.locator('[data-test="venue-photo"] button').first().click();
    await page.locator('.el-image-viewer__wrapper').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.el-image-viewer__wrapper').waitFor({ state: 'detached' });
    await context.close();

    const desktop = await newContext(browser, watch, 'venue photos desktop', DESKTOP);
    const desk = await desktop.newPage();
    await signIn(desk, BASE, username, PASSWORD);
    await desk.goto(`${BASE}/venues/${venue.id}`);
    await desk.locator('[data-test="venue-photo"]', { hasText: '多功能厅全景 e2e' }).waitFor();
    await desk.fill('input[data-test="venue-photo-caption-input"]', '篮球场 e2e');
    await desk.setInputFiles('input[data-test="venue-photo-file"]', file('court.png', court));
    await desk.locator('[data-test="venue-photo"]', { hasText: '篮球场 e2e' }).waitFor();
    await photosDrawn(desk);
    await settle(desk);
    await screenshot(desk, SHOTS, '75-venue-photos-desktop', { fullPage: false });
    await desktop.close();

    // The server holds both, as sent, and shows them to a resident, who may not change them.
    const seen = await resident.get(`venues/${venue.id}/photos`);
    const added = seen.items.slice(held);
    assert(!seen.may_manage, 'a resident may manage the venue photos');
    assert(
      added.length === 2 && added[0].caption === '多功能厅全景 e2e' && added[1].caption === '篮球场 e2e',
      `the photos added are ${JSON.stringify(added)}`,
    );
    assert(added[0].sha256 === sha256(hall) && added[1].sha256 === sha256(court), 'the server holds other bytes than those sent');
    assert(added.every((p) => p.content_type === 'image/png'), `the photos are ${added.map((p) => p.content_type)}`);
  });

  scenario('a resident books a room on a phone and a second resident cannot take the same hour', async ({ browser, watch }) => {
    const first = await Api.signedIn(BASE, 'resident01', PASSWORD);
    const second = await Api.signedIn(BASE, 'resident02', PASSWORD);
    const venue = await bookableVenue(first);

    const context = await newContext(browser, watch, 'resident booking', PHONE);
    const page = await context.newPage();
    await signIn(page, BASE, 'resident01', PASSWORD);
    await page.goto(`${BASE}/venues`);
    await page.locator('[data-test="venue-list"] li').first().waitFor();
    await settle(page);
    await screenshot(page, SHOTS, '16-venues-phone');
    await page.click(`a[href="/venues/${venue.id}"]`);
    await page.waitForSelector('[data-test="week-calendar"]');
    await page.click('text=下一周');
    await settle(page);
    const slot = await firstFreeSlot(page);
    await page.click(`[data-slot="${slot}"]`);
    await page.click('[data-test="book"]');
    await page.fill('[data-test="purpose"]', '楼栋议事会 e2e');
    await page.click('[data-test="confirm-booking"]');
    await page.locator('.el-message--success').waitFor();
    await page.locator(`[data-slot="${slot}"].is-mine`).waitFor();
    await settle(page);
    await screenshot(page, SHOTS, '17-venue-booked-phone');
    const times = halfHour(slot);
    const mine = (await first.get('bookings/mine?page_size=200')).items;
    const made = mine.find((b) => b.venue_id === venue.id && Date.parse(b.starts_at) === Date.parse(times.starts_at));
    assert(made?.state === 'accepted', `the booking of ${slot} is ${JSON.stringify(made)}`);

    // The same half hour for someone else: the server refuses it, the page shows it taken.
    const refused = await second.post(`venues/${venue.id}/bookings`, { ...times, purpose: '同一时段', people: 2 }).catch((e) => e);
    assert(refused instanceof Error && refused.status === 409, `a second booking of ${slot} got ${refused?.status ?? 'accepted'}`);
    const other = await newContext(browser, watch, 'second resident', DESKTOP);
    const desk = await other.newPage();
    await signIn(desk, BASE, 'resident02', PASSWORD);
    await desk.goto(`${BASE}/venues/${venue.id}`);
    await desk.waitForSelector('[data-test="week-calendar"]');
    await desk.click('text=下一周');
    const cell = desk.locator(`[data-slot="${slot}"]`);
    await desk.locator(`[data-slot="${slot}"].is-taken`).waitFor();
    assert(await cell.isDisabled(), `${slot} can still be tapped by the second resident`);
    await settle(desk);
    await screenshot(desk, SHOTS, '18-venue-week-desktop');
    await other.close();
    await context.close();
  });

  scenario('a resident subscribes a calendar to their bookings on a phone, and rotating the address ends the old one', async ({ browser, watch }) => {
    const resident = await Api.signedIn(BASE, 'resident01', PASSWORD);
    const upcoming = (await resident.get('bookings/mine?page_size=200')).items.filter(
      (b) => Date.parse(b.ends_at) > Date.now() && (b.state === 'accepted' || b.state === 'pending'),
    );
    assert(upcoming.length, 'resident01 has no upcoming booking to see in the calendar');

    const context = await newContext(browser, watch, 'calendar subscription', PHONE_390);
    const page = await context.newPage();
    await signIn(page, BASE, 'resident01', PASSWORD);
    await page.goto(`${BASE}/bookings/mine`);
    await page.locator('[data-test="calendar-create"]').click();
    // Element Plus puts the attribute on the <input> itself.
    const shown = page.locator('input[data-test="calendar-address"]');
    await shown.waitFor();
    const address = await shown.inputValue();
    assert(/\/api\/v1\/calendar\/[^/]+\.ics$/.test(address), `the calendar address is ${address}`);
    await settle(page);
    await screenshot(page, SHOTS, '39-calendar-link-phone');

    // The calendar app fetches it without a session: it holds the person's bookings.
    const feed = await fetch(address);
    assert(feed.status === 200, `the feed answered ${feed.status}`);
    assert(feed.headers.get('content-type').startsWith('text/calendar'), `the feed is ${feed.headers.get('content-type')}`);
    const text = (await feed.text()).replace(/\r\n[ \t]/g, '');
    assert(text.startsWith('BEGIN:VCALENDAR'), 'the feed is not an iCalendar text');
    for (const b of upcoming) {
      assert(text.includes(`${b.venue_name} · ${b.purpose}`), `the feed lacks the booking of ${b.venue_name} for ${b.purpose}`);
    }

    // Rotating after a confirmation: a new address, and the old one is gone at once.
    await page.reload();
    await page.locator('[data-test="calendar-made"]').waitFor();
    await page.locator('[data-test="calendar-rotate"]').click();
    await page.click('.el-message-box__btns .el-button--primary');
    await page.waitForFunction((old) => {
      const input = document.querySelector('input[data-test="calendar-address"]');
      return input && input.value && input.value !== old;
    }, address);
    const rotated = await shown.inputValue();
    assert((await fetch(address)).status === 404, 'the rotated-away address still answers');
    assert((await fetch(rotated)).status === 200, 'the new address does not answer');
    await context.close();

    const desktop = await newContext(browser, watch, 'calendar subscription on desktop', DESKTOP_1440);
    const desk = await desktop.newPage();
    await signIn(desk, BASE, 'resident01', PASSWORD);
    await desk.goto(`${BASE}/bookings/mine`);
    await desk.locator('[data-test="calendar-made"]').waitFor();
    await settle(desk);
    await screenshot(desk, SHOTS, '40-calendar-link-desktop');
    await desktop.close();
  });

  scenario('a community submits spending, the sub-district returns it, it is resubmitted and approved through the chain, and the report shows it', async ({ browser, watch }) => {
    const admin = await Api.signedIn(BASE, 'admin', PASSWORD);
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    const communities = (await admin.get('org/units?kind=community')).items;
    let staff;
    let line;
    let community;
    for (const c of communities.slice(0, 20)) {
      const api = await Api.signedIn(BASE, `community-${c.code}`, PASSWORD).catch(() => null);
      if (!api) continue;
      const lines = (await api.get(`budget/lines?year=${year}&unit=${c.code}`)).items;
      line = lines.find((l) => l.may_spend && l.remaining_fen >= 200000);
      if (line) {
        staff = api;
        community = c;
        break;
      }
    }
    assert(line, `no demo community has a ${year} budget line with money left`);
    const streetCode = (await admin.get(`org/units/${community.parent_id}`)).code;
    const street = await Api.signedIn(BASE, `street-${streetCode}`, PASSWORD);
    const figures = async () => {
      const rows = (await street.get(`budget/report?year=${year}&unit=${streetCode}`)).rows.filter((r) => r.unit_code === community.code);
      return { spent: rows.reduce((s, r) => s + r.spent_fen, 0), pending: rows.reduce((s, r) => s + r.pending_fen, 0) };
    };
    const before = await figures();

    // The community submits it in the browser.
    const context = await newContext(browser, watch, 'community budget', DESKTOP);
    const page = await context.newPage();
    await signIn(page, BASE, `community-${community.code}`, PASSWORD);
    await page.goto(`${BASE}/budget`);
    const row = page.locator('[data-test="budget-lines"] .el-table__body tr', { hasText: line.category_name }).first();
    await row.waitFor();
    await row.locator('[data-test="record-spending"]').click();
    await page.fill('[data-test="spending-amount"]', '1,234.56');
    await page.fill('[data-test="spending-purpose"]', '党员活动室桌椅 e2e');
    await page.fill('[data-test="spending-payee"]', '许昌市某家具店');
    await page.fill('#spending-date', `${year}-01-15`);
    await page.keyboard.press('Enter');
    await page.click('[data-test="spending-save"]');
    await page.locator('.el-dialog', { hasText: '记支出' }).waitFor({ state: 'hidden' });
    const record = (await staff.get(`budget/lines/${line.id}/spending`)).items.find((r) => r.purpose === '党员活动室桌椅 e2e' && r.state !== 'withdrawn');
    assert(record && record.amount_fen === 123456 && record.state === 'submitted', `the record is not submitted: ${JSON.stringify(record)}`);
    let now = await figures();
    assert(now.pending - before.pending === 123456 && now.spent === before.spent, `submitted money should be pending, not spent: ${JSON.stringify({ before, now })}`);

    // The community secretary approves it from the queue.
    const inQueue = (p) => p.locator(`[data-test="queue-${record.id}"]`);
    await inQueue(page).waitFor();
    await settle(page);
    await screenshot(page, SHOTS, '19a-budget-community-queue');
    await inQueue(page).locator('[data-test="spending-approve"]').click();
    await inQueue(page).waitFor({ state: 'detached' });

    // The sub-district returns it with a reason, on a phone.
    const streetContext = await newContext(browser, watch, 'street approval', PHONE);
    const streetPage = await streetContext.newPage();
    await signIn(streetPage, BASE, `street-${streetCode}`, PASSWORD);
    await streetPage.goto(`${BASE}/budget`);
    await inQueue(streetPage).waitFor();
    await settle(streetPage);
    await screenshot(streetPage, SHOTS, '19b-budget-street-queue-phone');
    await inQueue(streetPage).locator('[data-test="spending-return"]').click();
    await streetPage.fill('.el-message-box__input input', '发票抬头有误，请重新开具 e2e');
    await streetPage.click('.el-message-box__btns .el-button--primary');
    await inQueue(streetPage).waitFor({ state: 'detached' });
    assert((await staff.get(`budget/spending/${record.id}`)).state === 'returned', 'the record was not returned');

    // The community sees why, edits the amount and resubmits; its secretary approves again.
    await page.reload();
    await inQueue(page).waitFor();
    assert((await inQueue(page).textContent()).includes('发票抬头有误'), 'the return reason is not shown to the community');
    await inQueue(page).locator('[data-test="spending-resubmit"]').click();
    await page.fill('[data-test="spending-amount"]', '1,200.00');
    await page.click('[data-test="spending-save"]');
    await page.locator('.el-dialog', { hasText: '修改重新提交' }).waitFor({ state: 'hidden' });
    await inQueue(page).locator('[data-test="spending-approve"]').click();
    await inQueue(page).waitFor({ state: 'detached' });
    await context.close();

    // The sub-district approves it, then district finance.
    await streetPage.reload();
    await inQueue(streetPage).locator('[data-test="spending-approve"]').click();
    await inQueue(streetPage).waitFor({ state: 'detached' });
    await streetContext.close();
    const adminContext = await newContext(browser, watch, 'district finance approval', DESKTOP);
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, BASE, 'admin', PASSWORD);
    await adminPage.goto(`${BASE}/budget`);
    await inQueue(adminPage).waitFor();
    await settle(adminPage);
    await screenshot(adminPage, SHOTS, '19c-budget-district-queue');
    await inQueue(adminPage).locator('[data-test="spending-approve"]').click();
    await inQueue(adminPage).waitFor({ state: 'detached' });
    await adminContext.close();

    const approved = await staff.get(`budget/spending/${record.id}`);
    assert(approved.state === 'approved' && approved.amount_fen === 120000, `the record is not approved as edited: ${JSON.stringify(approved)}`);
    const actions = approved.events.map((e) => e.action).join(',');
    assert(actions === 'submit,community_approve,street_return,resubmit,community_approve,street_approve,district_approve', `history: ${actions}`);
    now = await figures();
    assert(now.spent - before.spent === 120000 && now.pending === before.pending, `the sub-district's report: ${JSON.stringify({ before, now })}`);

    // The sub-district's report at desktop width shows it spent.
    const reportContext = await newContext(browser, watch, 'street budget', DESKTOP);
    const reportPage = await reportContext.newPage();
    await signIn(reportPage, BASE, `street-${streetCode}`, PASSWORD);
    await reportPage.goto(`${BASE}/budget`);
    await reportPage.locator('[data-test="budget-units"] .el-table__body tr').first().waitFor();
    await settle(reportPage);
    await screenshot(reportPage, SHOTS, '20-budget-street');
    await reportContext.close();
  });

  scenario('a sub-district reads its venues usage as a table and a heat map on desktop and phone', async ({ browser, watch }) => {
    const admin = await Api.signedIn(BASE, 'admin', PASSWORD);
    const street = (await admin.get('org/units?kind=street')).items[0];
    const api = await Api.signedIn(BASE, `street-${street.code}`, PASSWORD);
    const usage = await api.get('venues/usage');
    assert(usage.unit.code === street.code, `the usage report is of ${usage.unit.code}, not ${street.code}`);
    assert(usage.total.booked_hours > 0, 'the demo venues of the sub-district have no booked hours');
    for (const [options, shot] of [[DESKTOP, 'venue-usage-desktop'], [PHONE, 'venue-usage-phone']]) {
      const context = await newContext(browser, watch, `venue usage ${shot}`, options);
      const page = await context.newPage();
      await signIn(page, BASE, `street-${street.code}`, PASSWORD);
      await page.goto(`${BASE}/venues/manage`);
      await page.locator('[data-test="venue-manage-tabs"] .el-tabs__item', { hasText: '使用统计' }).click();
      const total = page.locator('[data-test="usage-total"]');
      await total.waitFor();
      const text = await total.textContent();
      assert(text.includes(`预订 ${usage.total.booked_hours} 小时`), `the page says "${text}"`);
      await page.locator('[data-test="venue-usage"] canvas').first().waitFor();
      await settle(page);
      await screenshot(page, SHOTS, `39-${shot}`);
      await context.close();
    }
  });
}
