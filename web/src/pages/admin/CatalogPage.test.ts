import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, chooseFile, inBody, mountPage, resetCalls, typeInto } from './test_support';
import { bytesOf } from '@/test_support/blob_bytes';
import CatalogPage from './CatalogPage.vue';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts

const ITEM = {
  code: 'A01-003',
  aspect_code: 'A01',
  name: '楼道堆物',
  name_en: 'Clutter in stairwells',
  tier: 'grid',
  department: '',
  sla_hours: 24,
  online_answer: '',
  online_answer_en: '',
  keywords: '楼道;杂物',
};
const CATALOG = {
  aspects: [
    { code: 'A01', name: '环境卫生', name_en: 'Sanitation', items: [ITEM] },
    { code: 'A02', name: '政策咨询', name_en: 'Policy', items: [{ ...ITEM, code: 'A02-001', aspect_code: 'A02', name: '低保政策咨询', name_en: 'Basic allowance', tier: 'online', online_answer: '请携带身份证…', keywords: '低保' }] },
  ],
};

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'catalog') return CATALOG;
    if (path === 'catalog/export.csv') return 'aspect_code,aspect_name\n';
    throw new Error(path);
  });
});

describe('CatalogPage', () => {
  it('lists items with tier and SLA, and finds them by keyword', async () => {
    const page = mountPage(CatalogPage);
    await flushPromises();
    const table = page.get('[data-test="catalog-table"]');
    expect(table.text()).toContain('楼道堆物');
    expect(table.text()).toContain('网格办');
    expect(table.text()).toContain('24 小时');
    expect(table.text()).toContain('有答复');
    await page.get('[data-test="catalog-search"]').setValue('低保');
    expect(page.get('[data-test="catalog-table"]').text()).not.toContain('楼道堆物');
    expect(page.text()).toContain('共 1 个事项');
    page.unmount();
  });

  it('saves an edited item with the agreed field names', async () => {
    calls.put.mockResolvedValue({});
    const page = mountPage(CatalogPage);
    await flushPromises();
    await page.get('[data-test="edit-A01-003"]').trigger('click');
    await flushPromises();
    typeInto('[data-test="item-form"] input', '楼道堆放杂物');
    await flushPromises();
    inBody('[data-test="item-save"]').click();
    await flushPromises();
    expect(calls.put).toHaveBeenCalledWith('catalog/items/A01-003', {
      name_zh: '楼道堆放杂物',
      name_en: 'Clutter in stairwells',
      tier: 'grid',
      department: '',
      sla_hours: 24,
      online_answer_zh: '',
      online_answer_en: '',
      keywords: '楼道;杂物',
    });
    expect(calls.get.mock.calls.filter((c) => c[0] === 'catalog')).toHaveLength(2);
    page.unmount();
  });

  it('shows the server\'s reason when saving fails', async () => {
    calls.put.mockRejectedValue(new ApiError(400, 'invalid_argument', 'sla_hours out of range', 'sla_hours'));
    const page = mountPage(CatalogPage);
    await flushPromises();
    await page.get('[data-test="edit-A01-003"]').trigger('click');
    await flushPromises();
    inBody('[data-test="item-save"]').click();
    await flushPromises();
    expect(inBody('[data-test="save-error"]').textContent).toContain('sla_hours out of range');
    page.unmount();
  });

  it('imports a CSV file whole, and names the bad line when it is refused', async () => {
    calls.post.mockResolvedValueOnce({ aspects: 17, items: 198 });
    const page = mountPage(CatalogPage);
    await flushPromises();
    const file = new File(['aspect_code\n'], 'catalog.csv', { type: 'text/csv' });
    chooseFile(page.get('[data-test="file-input"]').element as HTMLInputElement, file);
    await flushPromises();
    await page.get('[data-test="file-upload"]').trigger('click');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('catalog/import', file, 'text/csv');
    expect(page.get('[data-test="upload-done"]').text()).toContain('已导入 17 个领域、198 个事项');

    calls.post.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', 'line 7: unknown tier "city"'));
    await page.get('[data-test="file-upload"]').trigger('click');
    await flushPromises();
    expect(page.get('[data-test="upload-error"]').text()).toContain('line 7');
    page.unmount();
  });

  it('shows an error when the export route is not there', async () => {
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'catalog') return CATALOG;
      throw new ApiError(404, 'not_found', 'no route');
    });
    const page = mountPage(CatalogPage);
    await flushPromises();
    await page.get('[data-test="catalog-export"]').trigger('click');
    await flushPromises();
    expect(page.get('[data-test="export-error"]').text()).toContain('未找到');
    page.unmount();
  });

  it('saves the export with one byte order mark, whether or not the answer kept it', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const page = mountPage(CatalogPage);
    await flushPromises();
    for (const answer of ['code,name_zh\n', '\uFEFFcode,name_zh\n']) {
      calls.get.mockImplementation(async (path: string) => (path === 'catalog' ? CATALOG : answer));
      await page.get('[data-test="catalog-export"]').trigger('click');
      await flushPromises();
      const bytes = await bytesOf(blobs[blobs.length - 1]);
      expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x63]); // the mark, then "c"
    }
    expect(blobs).toHaveLength(2);
    page.unmount();
  });
});
