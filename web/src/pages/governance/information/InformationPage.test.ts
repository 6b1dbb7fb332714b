import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
const account = vi.hoisted(() => ({ editor: true }));
vi.mock('@/api/session', () => ({
  mayI: (what: string) => what === 'information' || (what === 'information_review' ? account.editor : what === 'information_submit' && !account.editor),
  session: { checked: true, user: { id: 3, username: 'supervisor', role: 'supervisor', can: { information: true } } },
}));
import InformationPage from './InformationPage.vue';

const LEVELS = [
  { code: 'district', name: '区级采用', name_en: 'Adopted by the district', points: 1, rank: 1, built_in: true },
  { code: 'city', name: '市级采用', name_en: 'Adopted by the city', points: 3, rank: 2, built_in: true },
  { code: 'province', name: '省级采用', name_en: 'Adopted by the province', points: 5, rank: 3, built_in: true },
];
const WORDS = {
  categories: [{ code: 'work_news', name: '工作动态', name_en: 'Work news', built_in: true }],
  levels: LEVELS,
  states: [{ name: 'submitted', label: '待审核 Awaiting review', open: true }],
  actions: [],
};

function item(allowed: string[], extra: Record<string, unknown> = {}) {
  return {
    id: 7,
    unit: { code: '411002001001', name: '东社区' },
    author_name: '王宁',
    category: 'work_news',
    title: '社区开展垃圾分类宣传',
    body: '11月28日，社区组织垃圾分类宣传。',
    revision: 1,
    state: 'submitted',
    state_label: '待审核 Awaiting review',
    open: true,
    submitted_at: '2026-11-30T09:00:00+08:00',
    updated_at: '2026-11-30T09:00:00+08:00',
    level: null,
    points: 0,
    adopted_at: null,
    similar: { id: 5, similarity_percent: 82 },
    allowed_actions: allowed,
    versions: [],
    adoptions: [],
    events: [],
    ...extra,
  };
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  account.editor = true;
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'information') return WORDS;
    if (path === 'information/items') return { items: [item(['adopt', 'return', 'decline'])], total: 1, page: 1, page_size: 20 };
    if (path === 'information/items/7') return item(['adopt', 'return', 'decline']);
    throw new Error(path);
  });
});

describe('InformationPage', () => {
  it('opens the editor on the review queue and adopts at the level chosen', async () => {
    calls.post.mockResolvedValue(item([], { state: 'adopted', level: 'district', points: 1 }));
    mountPage(InformationPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('information/items', { page: 1, page_size: 20, queue: 'review' });
    expect(inBody('[data-test="info-list"]').textContent).toContain('疑似重复：与 #5 相似 82%');
    expect(document.body.querySelector('[data-test="info-submit-open"]')).toBeNull();
    (inBody('[data-test="info-row"]') as HTMLElement).click();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('information/items/7');
    expect(document.body.querySelector('[data-test="info-resubmit"]')).toBeNull();
    (inBody('[data-test="info-return"]') as HTMLButtonElement).click();
    await flushPromises();
    (inBody('[data-test="info-confirm"]') as HTMLButtonElement).click(); // no comments: not sent
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    (inBody('[data-test="info-adopt"]') as HTMLButtonElement).click();
    await flushPromises();
    (inBody('[data-test="info-confirm"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('information/items/7/actions', { action: 'adopt', level: 'district', note: '' });
    expect(inBody('[data-test="info-state"]').textContent).toContain('待审核'); // the answer's label
  });

  it('lets a writer submit an item with the text typed, and not an empty one', async () => {
    account.editor = false;
    calls.post.mockResolvedValue(item(['withdraw'], { id: 8 }));
    mountPage(InformationPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('information/items', { page: 1, page_size: 20 });
    (inBody('[data-test="info-submit-open"]') as HTMLButtonElement).click();
    await flushPromises();
    (inBody('[data-test="info-submit"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    typeInto('[data-test="info-title"]', ' 社区开展垃圾分类宣传 ');
    typeInto('[data-test="info-body"]', '11月28日，社区组织垃圾分类宣传。');
    (inBody('[data-test="info-submit"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('information/items', { category: 'work_news', title: '社区开展垃圾分类宣传', body: '11月28日，社区组织垃圾分类宣传。' });
  });
});
