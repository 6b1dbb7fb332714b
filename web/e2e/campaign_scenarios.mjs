// End-to-end scenario of a campaign (征文): the organizer sets a call up that closes in a
// minute and a half; a resident sends an entry from a phone and another from the API; when
// the window has closed on the server's clock the organizer assigns the reviews on a
// desktop; a reviewer scores the resident's entry blind in the browser (no author on the
// page), the rest is scored over the API; the organizer opens the discussion, takes the
// proposal and publishes; the resident sees the first prize on a phone and the certificate
// downloads as a PDF.
import { newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { Api } from './api.mjs';

// A time as the server reads it: "2026-12-06T09:00:00+08:00".
function shanghai(ms) {
  return `${new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 19)}+08:00`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function addCampaignScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('an entry is sent on a phone, reviewed blind, awarded, and its certificate downloads', async ({ browser, watch }) => {
    const office = await Api.signedIn(BASE, 'supervisor', PASSWORD);
    const closes = Date.now() + 90 * 1000;
    const campaign = await office.post('campaigns', {
      title: `“社区故事”征文 e2e ${Date.now()}`,
      theme: '社区故事',
      rules: '讲述身边的协商故事，3000 字以内。',
      issuer: '区政协办公室',
      opens_at: shanghai(Date.now() - 86400 * 1000),
      closes_at: shanghai(closes),
      formats: ['txt', 'docx'],
      max_bytes: 1048576,
      reviews_per_entry: 2,
      rubric: [{ code: 'content', name: '思想内容', most: 60 }, { code: 'language', name: '文字表达', most: 40 }],
      tiers: [{ code: 'first', name: '一等奖', quota: 1 }, { code: 'mention', name: '优秀奖', quota: null, floor: 0 }],
    });
    const reviewers = { street: 'street-411002001', leader: 'leader' };
    const { candidates } = await office.get(`campaigns/${campaign.id}/reviewers`);
    const streetStaff = candidates.find((c) => c.role === 'street_staff' && c.unit?.code === '411002001');
    const theLeader = candidates.find((c) => c.role === 'leader');
    assert(streetStaff && theLeader, 'the street staff and the leader may review');
    await office.post(`campaigns/${campaign.id}/reviewers`, { reviewers: [{ user_id: streetStaff.user_id }, { user_id: theLeader.user_id }] });

    // The resident sends an entry from a phone.
    const residentContext = await newContext(browser, watch, 'campaign resident', PHONE);
    const phone = await residentContext.newPage();
    await signIn(phone, BASE, 'resident01', PASSWORD);
    await phone.goto(`${BASE}/campaigns/${campaign.id}`);
    await phone.locator('input[data-test="entry-title"]').fill('楼道里的议事会');
    await phone.locator('[data-test="entry-file"]').setInputFiles({ name: '楼道里的议事会.txt', mimeType: 'text/plain', buffer: Buffer.from('那年春天，楼里的邻居第一次坐下来商量加装电梯。\n委员听完大家的意见，写成了一份提案。\n') });
    await phone.locator('[data-test="entry-send"]').click();
    await phone.locator('[data-test="entry-list"] [data-test="entry-row"]', { hasText: '楼道里的议事会' }).waitFor();
    await settle(phone);
    await screenshot(phone, SHOTS, '64-campaign-entry-phone');
    const other = await Api.signedIn(BASE, 'resident02', PASSWORD);
    await other.send(`campaigns/${campaign.id}/entries?title=${encodeURIComponent('小区停车难题的协商')}&name=a.txt`, Buffer.from('停车位的事，大家商量着办。\n'), 'text/plain');
    const mine = (await (await Api.signedIn(BASE, 'resident01', PASSWORD)).get(`campaigns/${campaign.id}/entries`)).items[0];

    // The window closes on the server's clock; the organizer assigns the reviews.
    while (Date.now() < closes + 2000) await sleep(1000);
    const officeContext = await newContext(browser, watch, 'campaign office', DESKTOP);
    const desk = await officeContext.newPage();
    await signIn(desk, BASE, 'supervisor', PASSWORD);
    await desk.goto(`${BASE}/campaigns/${campaign.id}`);
    await desk.locator('.el-tabs__item', { hasText: '组织与评定' }).click();
    await desk.locator('[data-test="committee-assign"]').click();
    await desk.locator('[data-test="campaign-state"]', { hasText: '评审中' }).waitFor();

    // A reviewer scores the resident's entry blind.
    const reviewerContext = await newContext(browser, watch, 'campaign reviewer', DESKTOP);
    const review = await reviewerContext.newPage();
    await signIn(review, BASE, reviewers.street, PASSWORD);
    await review.goto(`${BASE}/campaigns/${campaign.id}`);
    await review.locator('[data-test="review-item"]', { hasText: '楼道里的议事会' }).click();
    await review.locator('[data-test="review-text"]', { hasText: '加装电梯' }).waitFor();
    const shown = await review.locator('[data-test="review-entry"]').innerText();
    assert(!shown.includes('resident01') && !shown.includes(mine.author_name), `the blind view shows the author: ${shown}`);
    await review.locator('[data-test="score-content"] input').fill('55');
    await review.locator('[data-test="score-language"] input').fill('35');
    await review.locator('textarea[data-test="review-comment"]').fill('真实生动，以小见大。');
    await review.locator('[data-test="review-total"]', { hasText: '90 / 100' }).waitFor();
    await review.locator('[data-test="review-save"]').click();
    await review.locator('[data-test="review-item"]', { hasText: '已评 90 分' }).waitFor();
    await settle(review);
    await screenshot(review, SHOTS, '65-campaign-blind-review-desktop', { fullPage: false });
    await reviewerContext.close();
    const street = await Api.signedIn(BASE, reviewers.street, PASSWORD);
    const leader = await Api.signedIn(BASE, reviewers.leader, PASSWORD);
    for (const b of (await street.get(`campaigns/${campaign.id}/reviews`)).items.filter((e) => e.id !== mine.id)) {
      await street.put(`campaign-entries/${b.id}/review`, { scores: { content: 42, language: 28 }, comment: '' });
    }
    for (const b of (await leader.get(`campaigns/${campaign.id}/reviews`)).items) {
      const best = b.id === mine.id;
      await leader.put(`campaign-entries/${b.id}/review`, { scores: best ? { content: 54, language: 36 } : { content: 40, language: 30 }, comment: '' });
    }

    // The committee: discussion, the proposal, publication.
    await desk.reload();
    await desk.locator('.el-tabs__item', { hasText: '组织与评定' }).click();
    await desk.locator('[data-test="committee-discuss"]').click();
    await desk.locator('[data-test="campaign-state"]', { hasText: '讨论评定中' }).waitFor();
    await desk.locator('[data-test="committee-standings"] .el-table__body tr', { hasText: '楼道里的议事会' }).waitFor();
    await desk.locator('[data-test="committee-take"]').click();
    await settle(desk);
    await screenshot(desk, SHOTS, '66-campaign-committee-desktop', { fullPage: false });
    await desk.locator('[data-test="committee-publish"]').click();
    await desk.locator('[data-test="campaign-state"]', { hasText: '已公布' }).waitFor();
    await officeContext.close();

    // The resident sees the award and gets the certificate.
    await phone.goto(`${BASE}/campaigns/${campaign.id}`);
    const first = phone.locator('[data-test="results-row"]', { hasText: '楼道里的议事会' });
    await first.locator('text=一等奖').waitFor();
    await first.locator('[data-test="results-certificate"]').waitFor();
    await settle(phone);
    await screenshot(phone, SHOTS, '67-campaign-results-phone');
    await residentContext.close();
    const certificate = await (await Api.signedIn(BASE, 'resident01', PASSWORD)).bytes(`campaign-entries/${mine.id}/certificate`);
    assert(certificate.type === 'application/pdf', `the certificate came as ${certificate.type}`);
    assert(certificate.data.subarray(0, 5).toString() === '%PDF-', 'the certificate is not a PDF');
  });
}
