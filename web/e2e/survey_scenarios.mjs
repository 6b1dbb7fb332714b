// End-to-end scenario of a residents' survey (民意测评): the organizer (supervisor) writes a
// survey over the whole district through the API and opens it; a one-time link answered
// through the API gives the resident's community a first answer. The resident answers on a
// phone — the skip logic shows a question only after "yes" — and is thanked; the survey's
// card then says it was answered. The results read through the API before and after show
// the index take the answer in (its sample one larger, its value moved), and a leader sees
// the new value on the results tab. The organizer hands out one-time links on the manage
// tab; one of those addresses is opened on a phone without signing in, answered, and then
// refused as used.
import { newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';
import { Api } from './api.mjs';

// A time as the server reads it: "2026-12-06T09:00:00+08:00".
function shanghai(ms) {
  return `${new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 19)}+08:00`;
}

function questionnaire(title, areaId) {
  return {
    title,
    intro: '为了解居民对社区服务的感受，请根据您的实际体会作答。问卷匿名，约需一分钟。',
    series: '群众满意度 e2e',
    period: '2026年上半年',
    area_unit_id: areaId,
    opens_at: shanghai(Date.now() - 3600 * 1000),
    closes_at: shanghai(Date.now() + 7 * 86400 * 1000),
    questions: [
      { code: 'lives', kind: 'single', text: '您是否居住在本社区？', required: true, options: [{ code: 'yes', label: '是' }, { code: 'no', label: '否' }] },
      { code: 'since', kind: 'number', text: '您在本社区居住了几年？', required: true, minimum: 0, maximum: 80, show_when: { question: 'lives', any_of: ['yes'] } },
      { code: 'satisfied', kind: 'likert', text: '您对所在社区的总体满意程度', required: true },
      { code: 'comment', kind: 'text', text: '您对社区工作还有哪些意见和建议？', required: false },
    ],
    indices: [{ code: 'satisfaction', name: '总体满意度', min_sample: 30, questions: [{ code: 'satisfied', weight: 1 }] }],
  };
}

const areaIndex = (results) => results.indices.find((i) => i.code === 'satisfaction').area.estimate;

export function addSurveyScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('a survey is answered on a phone and through a one-time link, and its index takes the answers in', async ({ browser, watch }) => {
    const office = await Api.signedIn(BASE, 'supervisor', PASSWORD);
    const district = (await office.get('org/units?kind=district')).items[0];
    const title = `群众满意度测评 e2e ${Date.now()}`;
    const survey = await office.post('surveys', questionnaire(title, district.id));
    assert(survey.state === 'draft' && survey.may.open, `a new survey is ${survey.state}, may open: ${survey.may.open}`);
    await office.post(`surveys/${survey.id}/state`, { state: 'open' });

    // A first answer for the resident's community, through a link answered over the API.
    const me = await (await Api.signedIn(BASE, 'resident01', PASSWORD)).get('auth/me');
    const home = me.unit;
    assert(home?.id, `resident01 has no community: ${JSON.stringify(me)}`);
    const first = await office.post(`surveys/${survey.id}/links`, { community_id: home.id, count: 1 });
    await new Api(BASE).post(`survey-links/${first.tokens[0]}`, { answers: { lives: 'no', satisfied: 2 } });
    const before = areaIndex(await office.get(`surveys/${survey.id}/results`));
    assert(before.sample === 1 && before.value === 25, `before the resident: ${JSON.stringify(before)}`);

    // The resident answers on a phone.
    const residentContext = await newContext(browser, watch, 'survey resident', PHONE);
    const phone = await residentContext.newPage();
    await signIn(phone, BASE, 'resident01', PASSWORD);
    await phone.goto(`${BASE}/surveys`);
    const card = phone.locator('[data-test="survey-card"]', { hasText: title });
    await card.locator('[data-test="survey-may-answer"]').waitFor();
    await card.click();
    await phone.locator('[data-test="survey-heading"]', { hasText: title }).waitFor();
    await phone.locator('[data-test="answer-form"]').waitFor();
    assert((await phone.locator('[data-test="question-since"]').count()) === 0, 'the skipped question shows before "yes"');
    await phone.locator('[data-test="answer-lives-yes"]').click();
    await phone.locator('[data-test="question-since"]').waitFor();
    await phone.locator('[data-test="answer-since"] input').fill('12');
    await phone.locator('[data-test="answer-since"] input').blur();
    await phone.locator('[data-test="answer-satisfied-5"]').click();
    await phone.locator('textarea[data-test="answer-comment"], [data-test="answer-comment"] textarea').first().fill('希望小区多增加一些停车位，晚上停车太难了。');
    await settle(phone);
    await screenshot(phone, SHOTS, '68-survey-answer-phone');
    await phone.locator('[data-test="answer-submit"]').click();
    await phone.locator('[data-test="answer-thanks"]', { hasText: '感谢您的参与' }).waitFor();
    await phone.goto(`${BASE}/surveys`);
    await phone.locator('[data-test="survey-card"]', { hasText: title }).locator('[data-test="survey-answered"]', { hasText: '已作答' }).waitFor();
    await residentContext.close();

    // The index takes the resident's answer in: the community's two answers are 25 and 100.
    const after = areaIndex(await office.get(`surveys/${survey.id}/results`));
    assert(after.sample === before.sample + 1, `the sample went from ${before.sample} to ${after.sample}`);
    assert(after.value !== before.value && after.value === 62.5, `the index went from ${before.value} to ${after.value}`);

    // A leader reads the results on a desktop.
    const leaderContext = await newContext(browser, watch, 'survey leader', DESKTOP);
    const desk = await leaderContext.newPage();
    await signIn(desk, BASE, 'leader', PASSWORD);
    await desk.goto(`${BASE}/surveys/${survey.id}`);
    await desk.locator('[data-test="results-area-value"]', { hasText: '62.5' }).waitFor();
    const sample = await desk.locator('[data-test="results-area-sample"]').innerText();
    assert(sample.includes(`有效样本 ${after.sample} 份`), `the page gives the sample as "${sample}"`);
    const ranking = desk.locator('[data-test="ranking-community"] [data-test="ranking-row"]');
    await ranking.filter({ hasText: home.name }).locator('[data-test="small-sample"]').waitFor();
    assert((await ranking.count()) === 1 && (await ranking.first().innerText()).includes('62.5'), `the ranking lists ${await ranking.allInnerTexts()}`);
    await desk.locator('[data-test="results-texts"] .el-collapse-item').first().waitFor();
    await desk.locator('[data-test="survey-map"].leaflet-container').waitFor();
    await settle(desk);
    await screenshot(desk, SHOTS, '69-survey-results-desktop');
    await leaderContext.close();

    // The organizer issues one-time links on the manage tab.
    const officeContext = await newContext(browser, watch, 'survey office', DESKTOP);
    const manage = await officeContext.newPage();
    await signIn(manage, BASE, 'supervisor', PASSWORD);
    await manage.goto(`${BASE}/surveys/${survey.id}`);
    await manage.locator('.el-tabs__item', { hasText: '管理' }).click();
    await manage.locator('[data-test="links-community"]').click();
    await manage.keyboard.type(home.name);
    await manage.locator('.el-select-dropdown__item:visible', { hasText: home.name }).first().click();
    await manage.locator('[data-test="links-count"] input').fill('3');
    await manage.locator('[data-test="links-issue"]').click();
    await manage.locator('[data-test="links-address"]').nth(2).waitFor();
    const address = (await manage.locator('[data-test="links-address"]').first().innerText()).trim();
    assert(address.startsWith(`${BASE}/s/`), `the link reads ${address}`);
    await settle(manage);
    await screenshot(manage, SHOTS, '71-survey-manage-desktop');
    await officeContext.close();

    // Someone without an account answers through one of them on a phone.
    const strangerContext = await newContext(browser, watch, 'survey link', PHONE);
    const link = await strangerContext.newPage();
    await link.goto(address);
    await link.locator('[data-test="link-title"]', { hasText: title }).waitFor();
    await link.locator('[data-test="answer-lives-no"]').click();
    await link.locator('[data-test="answer-satisfied-4"]').click();
    assert((await link.locator('[data-test="question-since"]').count()) === 0, 'the link page shows the skipped question');
    await settle(link);
    await screenshot(link, SHOTS, '70-survey-link-phone');
    await link.locator('[data-test="answer-submit"]').click();
    await link.locator('[data-test="link-thanks"]').waitFor();
    watch.expectFailure(409, /^\/api\/v1\/survey-links\//);
    await link.reload();
    await link.locator('[data-test="link-used"]', { hasText: '链接已使用' }).waitFor();
    await strangerContext.close();
    const last = await office.get(`surveys/${survey.id}/results`);
    assert(areaIndex(last).sample === after.sample + 1 && last.by_channel.link === 2 && last.by_channel.app === 1, `after the link: ${JSON.stringify(last.by_channel)}`);
  });
}
