import { describe, it, expect, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { h } from 'vue';
import { i18n } from '@/i18n';
import { inBody, mountPage } from '@/pages/admin/test_support';
import StarRatingForm from './StarRatingForm.vue';

beforeEach(() => {
  document.body.innerHTML = '';
  i18n.global.locale.value = 'zh';
});

function mountForm(onSubmit: (r: { stars: number; comment: string }) => void) {
  return mountPage({
    render: () => h(StarRatingForm, { minSatisfiedStars: 4, submitLabel: '提交评价', idPrefix: 'rate', onSubmit }),
  });
}

const stars = () => Array.from(document.body.querySelectorAll<HTMLElement>('[data-test="star-rate"] .el-rate__item'));
const submit = () => inBody('[data-test="star-submit"]') as HTMLButtonElement;

describe('StarRatingForm', () => {
  it('has no star chosen and the submit disabled until the resident chooses', async () => {
    const sent: { stars: number; comment: string }[] = [];
    const page = mountForm((r) => sent.push(r));
    await flushPromises();
    expect(stars()).toHaveLength(5);
    expect(document.body.querySelectorAll('[data-test="star-rate"] .el-rate__icon.is-active')).toHaveLength(0);
    expect(inBody('[data-test="star-rate"]').getAttribute('aria-valuenow')).toBe('0');
    expect(submit().disabled).toBe(true);
    submit().click();
    await flushPromises();
    expect(sent).toEqual([]);

    stars()[4].click();
    await flushPromises();
    expect(submit().disabled).toBe(false);
    const comment = inBody('#rate-comment') as HTMLTextAreaElement;
    comment.value = '  处理很快 ';
    comment.dispatchEvent(new Event('input'));
    submit().click();
    await flushPromises();
    expect(sent).toEqual([{ stars: 5, comment: '处理很快' }]);
    page.unmount();
  });

  it('takes the arrow keys and warns that fewer stars than the threshold reopen the matter', async () => {
    const page = mountForm(() => undefined);
    await flushPromises();
    const control = inBody('[data-test="star-rate"]');
    expect(control.getAttribute('role')).toBe('slider');
    for (let i = 0; i < 3; i++) {
      control.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', bubbles: true }));
      await flushPromises();
    }
    expect(control.getAttribute('aria-valuenow')).toBe('3');
    expect(submit().disabled).toBe(false);
    expect(inBody('[data-test="star-reopen-hint"]').textContent).toContain('少于 4 星');
    page.unmount();
  });
});
