// Test set-up shared by the component tests: the app's i18n and Element Plus, an in-memory
// router, and a fetch stub answering per "METHOD path" with recorded calls.
import { vi } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createRouter, createMemoryHistory } from 'vue-router';
import type { Component } from 'vue';
import { i18n } from '@/i18n';

export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Answer = { status?: number; json?: unknown } | ((call: Recorded) => { status?: number; json?: unknown });

// Routes are matched on "METHOD /api/v1/path" without the query string.
export function stubFetch(answers: Record<string, Answer>): Recorded[] {
  const calls: Recorded[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const url = String(input);
    const headers = (init.headers ?? {}) as Record<string, string>;
    let body: unknown = init.body;
    if (typeof body === 'string' && headers['Content-Type'] === 'application/json') body = JSON.parse(body);
    const call = { method, url, headers, body };
    calls.push(call);
    const key = `${method} ${url.split('?')[0]}`;
    const answer = answers[key];
    const { status = 200, json = {} } = answer === undefined
      ? { status: 404, json: { error: { code: 'not_found', message: `no route ${key}` } } }
      : typeof answer === 'function' ? answer(call) : answer;
    return new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

export async function mountPage(
  component: Component,
  path = '/',
  options: { global?: { stubs?: Record<string, unknown> } } = {},
) {
  i18n.global.locale.value = 'zh';
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/:rest(.*)*', component: { template: '<div />' } },
      { path: '/workbench/cases/:id', component },
      { path: '/r/matters/:id', component },
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component as never, {
    attachTo: document.body,
    global: {
      plugins: [i18n, ElementPlus, router],
      stubs: { LocationPicker: true, CaseMiniMap: true, ...(options.global?.stubs ?? {}) },
    },
  });
  await flushPromises();
  return { wrapper, router };
}

export const sampleCase = {
  id: 7,
  title: '楼道灯坏了',
  description: '三楼楼道灯不亮',
  source: 'resident',
  state: 'dispatched',
  open: true,
  state_label: '已派单 Dispatched',
  item: { code: 'A01001', name: '楼道照明', name_en: 'Stairwell lighting', tier: 'grid' },
  unit: { id: 10, code: '411002001001-1', name: '第1网格', kind: 'grid' },
  grid: { id: 10, code: '411002001001-1', name: '第1网格', kind: 'grid' },
  community: null,
  street: null,
  location: null,
  address: '3号楼',
  anonymous: false,
  reporter: { name: '王*', phone: '138****0000', masked: true },
  created_at: '2026-03-02T09:00:00+08:00',
  dispatched_at: '2026-03-02T09:00:00+08:00',
  accept_due: '2026-03-02T11:00:00+08:00',
  accepted_at: null,
  resolve_due: '2026-03-03T09:00:00+08:00',
  resolved_at: null,
  closed_at: null,
  overdue: false,
  rating: null,
  reopen_count: 0,
  repeat_of: null,
  requested_hours: null,
  updated_at: '2026-03-02T09:00:00+08:00',
  allowed_actions: ['accept', 'return'],
  possible_duplicate_of: null,
};
