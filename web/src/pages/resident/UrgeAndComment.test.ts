import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { h } from 'vue';
import { i18n } from '@/i18n';
import { ApiError } from '@/api/client';
import type { Case } from '@/api/types';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import UrgeAndComment from './UrgeAndComment.vue';

const OPEN = { id: 31, state: 'dispatched', open: true, urge_count: 0, allowed_actions: ['urge', 'comment'] } as unknown as Case;

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('UrgeAndComment', () => {
  it('urges the matter and shows the server\'s refusal inside the interval', async () => {
    const changed = vi.fn();
    calls.post.mockResolvedValueOnce({ ...OPEN, urge_count: 1 });
    calls.post.mockRejectedValueOnce(new ApiError(422, 'failed_precondition', '此事项已催办，请于 2026-12-05T10:00:00+08:00 之后再催办 the case was urged recently'));
    const page = mountPage({ render: () => h(UrgeAndComment, { caseData: OPEN, intervalHours: 24, onChanged: changed }) });
    await flushPromises();
    expect(inBody('[data-test="urge-info"]').textContent).toContain('每 24 小时可催办一次');
    (inBody('[data-test="urge-button"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('cases/31/transitions', { action: 'urge' });
    expect(changed).toHaveBeenCalledTimes(1);
    (inBody('[data-test="urge-button"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(inBody('[data-test="urge-error"]').textContent).toContain('已催办');
    expect(changed).toHaveBeenCalledTimes(1);
    page.unmount();
  });

  it('sends a comment as a note and offers nothing the server does not allow', async () => {
    calls.post.mockResolvedValue(OPEN);
    const page = mountPage({ render: () => h(UrgeAndComment, { caseData: OPEN, intervalHours: 24 }) });
    await flushPromises();
    const send = inBody('[data-test="comment-submit"]') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    typeInto('[data-test="comment-input"]', ' 什么时候来修？ ');
    await flushPromises();
    send.click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('cases/31/transitions', { action: 'comment', note: '什么时候来修？' });
    page.unmount();

    const closed = { ...OPEN, open: false, allowed_actions: [] } as unknown as Case;
    const none = mountPage({ render: () => h(UrgeAndComment, { caseData: closed, intervalHours: 24 }) });
    await flushPromises();
    expect(document.body.querySelector('[data-test="urge-comment"]')).toBeNull();
    none.unmount();
  });
});
