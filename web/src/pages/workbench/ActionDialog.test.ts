import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import type { Case } from '@/api/types';
import { calls, inBody, mountPage, resetCalls } from '../admin/test_support';
import { h } from 'vue';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import ActionDialog from './ActionDialog.vue';

const CASE = { id: 12, title: '路灯不亮', state: 'accepted', resolve_due: '2026-12-01T10:30:00+08:00' } as unknown as Case;

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('ActionDialog', () => {
  it('shows the current deadline and the one the requested extension would give', async () => {
    vi.useFakeTimers();
    calls.get.mockImplementation(async (path: string, query?: unknown) => {
      if (path === 'cases/12/extension-preview') {
        const hours = (query as { hours: number }).hours;
        return { hours, resolve_due: CASE.resolve_due, requested_resolve_due: hours === 8 ? '2026-12-02T10:30:00+08:00' : '2026-12-01T11:30:00+08:00' };
      }
      throw new Error(path);
    });
    const page = mountPage({ render: () => h(ActionDialog, { action: 'request_extension', caseData: CASE }) });
    await vi.advanceTimersByTimeAsync(300);
    await flushPromises();
    vi.useRealTimers();
    expect(calls.get).toHaveBeenCalledWith('cases/12/extension-preview', { hours: 8 });
    const shown = inBody('[data-test="extension-deadlines"]').textContent ?? '';
    expect(shown).toContain('2026-12-01 10:30');
    expect(inBody('[data-test="extension-requested"]').textContent).toBe('2026-12-02 10:30');
    page.unmount();
  });

  it('offers the flagged original for a merge only while it is open', async () => {
    const flagged = (open: boolean) =>
      ({ ...CASE, state: 'dispatched', possible_duplicate_of: { id: 7, distance_m: 20, similarity: 0.5, open, state: open ? 'accepted' : 'resolved' } }) as unknown as Case;
    for (const open of [true, false]) {
      const page = mountPage({ render: () => h(ActionDialog, { action: 'merge', caseData: flagged(open) }) });
      await flushPromises();
      const input = inBody('#action-target-case') as HTMLInputElement;
      expect(input.value).toBe(open ? '7' : '');
      page.unmount();
    }
  });
});
