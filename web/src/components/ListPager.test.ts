import { describe, it, expect, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { h, ref } from 'vue';
import { i18n } from '@/i18n';
import { inBody, mountPage } from '@/pages/admin/test_support';
import ListPager from './ListPager.vue';

beforeEach(() => {
  document.body.innerHTML = '';
  i18n.global.locale.value = 'zh';
});

// A pager of `total` items, 20 a page, on page `at`, as a page binds it; `turns` has each
// change it said.
function mountPager(total: number, options: { at?: number; showTotal?: boolean; small?: boolean; always?: boolean } = {}) {
  const page = ref(options.at ?? 1);
  const count = ref(total);
  const turns: number[] = [];
  const wrapper = mountPage({
    render: () =>
      h(ListPager, {
        showTotal: options.showTotal,
        small: options.small,
        always: options.always,
        modelValue: page.value,
        'onUpdate:modelValue': (p: number) => (page.value = p),
        onChange: (p: number) => turns.push(p),
        total: count.value,
        pageSize: 20,
        'data-test': 'some-pager',
      }),
  });
  return { wrapper, page, count, turns };
}

const pager = () => document.body.querySelector<HTMLElement>('[data-test="some-pager"]');
const pageNumbers = () => Array.from(document.body.querySelectorAll('[data-test="some-pager"] .el-pager li')).map((li) => li.textContent?.trim());

describe('ListPager', () => {
  it('is not there while the list fits on one page, unless asked to stay', async () => {
    const one = mountPager(20);
    await flushPromises();
    expect(pager()).toBeNull();
    one.count.value = 21;
    await flushPromises();
    expect(pager()?.classList.contains('el-pagination')).toBe(true);
    expect(pageNumbers()).toEqual(['1', '2']);
    one.wrapper.unmount();

    const kept = mountPager(0, { always: true });
    await flushPromises();
    expect(pageNumbers()).toEqual(['1']);
    kept.wrapper.unmount();
  });

  it('turns to the next page and to a page chosen, and says so each time', async () => {
    const { wrapper, page, turns } = mountPager(65);
    await flushPromises();
    expect(pageNumbers()).toEqual(['1', '2', '3', '4']);
    expect(inBody('[data-test="some-pager"] button.btn-prev').hasAttribute('disabled')).toBe(true);
    inBody('[data-test="some-pager"] button.btn-next').click();
    await flushPromises();
    expect(page.value).toBe(2);
    expect(inBody('[data-test="some-pager"] .el-pager li.is-active').textContent?.trim()).toBe('2');
    (document.body.querySelectorAll<HTMLElement>('[data-test="some-pager"] .el-pager li')[3]).click();
    await flushPromises();
    expect(page.value).toBe(4);
    expect(inBody('[data-test="some-pager"] button.btn-next').hasAttribute('disabled')).toBe(true);
    expect(turns).toEqual([2, 4]);
    wrapper.unmount();
  });

  it('comes back to the last page when the list shrinks under the page shown', async () => {
    const { wrapper, page, count, turns } = mountPager(65, { at: 4 });
    await flushPromises();
    count.value = 41;
    await flushPromises();
    expect(page.value).toBe(3);
    expect(turns).toEqual([3]);
    wrapper.unmount();
  });

  it('shows the total when asked, and comes small when asked', async () => {
    const plain = mountPager(45);
    await flushPromises();
    expect(pager()?.querySelector('.el-pagination__total')).toBeNull();
    expect(pager()?.classList.contains('el-pagination--small')).toBe(false);
    plain.wrapper.unmount();

    const full = mountPager(45, { showTotal: true, small: true });
    await flushPromises();
    expect(pager()?.querySelector('.el-pagination__total')?.textContent).toContain('45');
    expect(pager()?.classList.contains('el-pagination--small')).toBe(true);
    full.wrapper.unmount();
  });
});
