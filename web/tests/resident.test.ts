import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import ReportPage from '@/pages/resident/ReportPage.vue';
import MatterDetailPage from '@/pages/resident/MatterDetailPage.vue';
import { mountPage, sampleCase, stubFetch } from './helpers';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const catalog = {
  aspects: [
    {
      code: 'A01',
      name: '市容环境',
      name_en: 'City appearance',
      items: [
        { code: 'A01001', aspect_code: 'A01', name: '楼道照明', name_en: 'Stairwell lighting', tier: 'grid', department: '', sla_hours: 24, online_answer: '', online_answer_en: '', keywords: '' },
        { code: 'A01002', aspect_code: 'A01', name: '办证咨询', name_en: 'Certificate questions', tier: 'online', department: '', sla_hours: 0, online_answer: '请携带身份证到社区服务中心办理。', online_answer_en: 'Bring your ID card to the community service center.', keywords: '' },
      ],
    },
  ],
};

async function type(selector: string, value: string): Promise<void> {
  const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
}

describe('ReportPage', () => {
  it('suggests items from the text after a pause in typing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const calls = stubFetch({
      'GET /api/v1/catalog': { json: catalog },
      'GET /api/v1/classify/suggest': { json: { model_version: 1, items: [{ item_code: 'A01001', name: '楼道照明', name_en: 'Stairwell lighting', confidence: 0.8 }] } },
    });
    const { wrapper } = await mountPage(ReportPage, '/r/report');
    await type('#report-title', '楼');
    await type('#report-title', '楼道灯');
    await type('#report-title', '楼道灯坏了');
    expect(calls.filter((c) => c.url.includes('classify/suggest'))).toHaveLength(0);
    vi.advanceTimersByTime(500);
    await flushPromises();
    const suggests = calls.filter((c) => c.url.includes('classify/suggest'));
    expect(suggests).toHaveLength(1);
    expect(decodeURIComponent(suggests[0].url.replace(/\+/g, ' '))).toContain('楼道灯坏了');
    expect(wrapper.find('[data-test="suggestions"]').text()).toContain('楼道照明');
  });

  it('asks for a title and a place before filing', async () => {
    const calls = stubFetch({ 'GET /api/v1/catalog': { json: catalog } });
    const { wrapper } = await mountPage(ReportPage, '/r/report');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('标题不能为空');
    expect(wrapper.text()).toContain('请在地图上点选位置或填写地址');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('drops a validation message as soon as its field is fixed', async () => {
    stubFetch({ 'GET /api/v1/catalog': { json: catalog } });
    const { wrapper } = await mountPage(ReportPage, '/r/report');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('标题不能为空');
    await type('#report-title', '楼道灯坏了');
    expect(wrapper.text()).not.toContain('标题不能为空');
    expect(wrapper.text()).toContain('请在地图上点选位置或填写地址');
    await type('#report-address', '幸福小区3号楼');
    expect(wrapper.text()).not.toContain('请在地图上点选位置或填写地址');
  });

  it('files a matter and shows the online answer at once for an online item', async () => {
    const calls = stubFetch({
      'GET /api/v1/catalog': { json: catalog },
      'GET /api/v1/classify/suggest': { status: 503, json: { error: { code: 'unavailable', message: 'no classifier' } } },
      'POST /api/v1/cases': {
        status: 201,
        json: { ...sampleCase, id: 31, state: 'resolved', open: false, item: { code: 'A01002', name: '办证咨询', name_en: 'Certificate questions', tier: 'online' } },
      },
    });
    const { wrapper } = await mountPage(ReportPage, '/r/report');
    await type('#report-title', '怎么办居住证');
    await type('#report-address', '幸福小区');
    (wrapper.vm as unknown as { form: { itemCode: string } }).form.itemCode = 'A01002';
    await flushPromises();
    expect(wrapper.find('[data-test="online-answer"]').text()).toContain('请携带身份证');
    await wrapper.find('[data-test="anonymous"] input').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ title: '怎么办居住证', address: '幸福小区', item_code: 'A01002', anonymous: true, source: 'resident' });
    expect(post?.body).not.toHaveProperty('reporter_name');
    expect(wrapper.find('[data-test="report-done"]').text()).toContain('#31');
    expect(wrapper.find('[data-test="online-answer-filed"]').text()).toContain('请携带身份证');
  });
  it('files under the account’s own name unless reporting for another person', async () => {
    const calls = stubFetch({
      'GET /api/v1/catalog': { json: catalog },
      'GET /api/v1/classify/suggest': { status: 503, json: { error: { code: 'unavailable', message: 'no classifier' } } },
      'POST /api/v1/cases': { status: 201, json: { ...sampleCase, id: 32 } },
    });
    const { wrapper } = await mountPage(ReportPage, '/r/report');
    expect(document.querySelector('#report-name')).toBeNull(); // nothing to type: the account's name is used
    await type('#report-title', '路灯不亮');
    await type('#report-address', '幸福小区');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const own = calls.filter((c) => c.method === 'POST')[0]?.body;
    expect(own).not.toHaveProperty('reporter_name');
    expect(own).not.toHaveProperty('for_other_person');

    await wrapper.find('[data-test="report-another"]').trigger('click');
    await flushPromises();
    await type('#report-title', '路灯不亮');
    await type('#report-address', '幸福小区');
    await wrapper.find('[data-test="for-other"] input').setValue(true);
    await type('#report-name', '李奶奶');
    await type('#report-phone', '13912345678');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const other = calls.filter((c) => c.method === 'POST')[1]?.body;
    expect(other).toMatchObject({ for_other_person: true, reporter_name: '李奶奶', reporter_phone: '13912345678' });
  });
});

describe('MatterDetailPage', () => {
  it('rates a resolved matter with too few stars, which reopens it', async () => {
    const resolved = { ...sampleCase, state: 'resolved', open: false, allowed_actions: ['rate'] };
    const calls = stubFetch({
      'GET /api/v1/cases/7': { json: resolved },
      'GET /api/v1/cases/7/events': { json: { items: [] } },
      'GET /api/v1/cases/7/photos': { json: { items: [] } },
      'POST /api/v1/cases/7/transitions': { json: { ...resolved, state: 'dispatched', open: true, reopen_count: 1, allowed_actions: [] } },
    });
    const { wrapper } = await mountPage(MatterDetailPage, '/r/matters/7');
    expect(wrapper.find('[data-test="matter-state"]').text()).toBe('已办结');
    // Nothing is chosen for the resident, and the form cannot be sent until they choose.
    expect(wrapper.get('[data-test="star-rate"]').attributes('aria-valuenow')).toBe('0');
    expect(wrapper.get('[data-test="star-submit"]').attributes('disabled')).toBeDefined();
    await wrapper.findAll('[data-test="star-rate"] .el-rate__item')[1].trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('将重新办理一次');
    await wrapper.find('[data-test="star-form"]').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'rate', stars: 2 });
    expect(wrapper.text()).toContain('诉求将重新办理');
  });
});
