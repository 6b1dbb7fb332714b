import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, resetCalls, typeInto } from '../../admin/test_support';
import type { Scheme } from './assessment_api';
import { SCHEME, mountWithLinks, schemeDetail } from './test_fixtures';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
const account = vi.hoisted(() => ({ office: true }));
vi.mock('@/api/session', () => ({
  mayI: (what: string) => what === 'ledger' || (what === 'ledger_plan' && account.office),
  session: { checked: true, user: { id: 3, username: 'supervisor', role: 'supervisor', can: { ledger: true } } },
}));
import SchemesPage from './SchemesPage.vue';

// Version 1 had a single base indicator of the whole weight.
const VERSION_1: Scheme = { ...SCHEME, indicators: [{ ...SCHEME.indicators[0], weight: 100 }] };

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  account.office = true;
  calls.get.mockImplementation(async (path: string, query?: { version?: number }) => {
    if (path === 'assessment/schemes') return { items: [schemeDetail()] };
    if (path === 'assessment/schemes/1') return query?.version === 1 ? schemeDetail(1, VERSION_1) : schemeDetail();
    throw new Error(path);
  });
});

const weightInputs = () => [...document.body.querySelectorAll<HTMLInputElement>('[data-test="row-weight"] input')];
const saveButton = () => document.body.querySelector<HTMLButtonElement>('[data-test="scheme-save"]');

function setNumber(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

describe('SchemesPage', () => {
  it('shows the newest version’s indicators with their rules and the sum of the base weights', async () => {
    mountWithLinks(SchemesPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('assessment/schemes/1');
    expect(document.body.querySelectorAll('[data-test="indicator-row"]')).toHaveLength(4);
    expect(weightInputs().map((i) => i.value)).toEqual(['40', '30', '30']); // the bonus item has no weight
    expect(inBody('[data-test="weight-sum"]').textContent).toContain('合计 100');
    expect((inBody('[data-test="param-floor"] input') as HTMLInputElement).value).toBe('60');
    expect(document.body.querySelectorAll('[data-test="param-step"]')).toHaveLength(2);
  });

  it('saves the edited scheme as its JSON and shows the server’s refusal beside the row it names', async () => {
    calls.post.mockRejectedValueOnce(
      new ApiError(400, 'invalid_argument', '指标 Q1 的权重之和应为 100 the weights must sum to 100', 'indicators[0].weight'),
    );
    mountWithLinks(SchemesPage);
    await flushPromises();
    setNumber(weightInputs()[0], '50');
    await flushPromises();
    expect(inBody('[data-test="weight-sum"]').textContent).toContain('合计 110');
    saveButton()!.click();
    await flushPromises();
    const sent = calls.post.mock.calls[0];
    expect(sent[0]).toBe('assessment/schemes');
    expect(sent[1]).toEqual({ ...SCHEME, indicators: [{ ...SCHEME.indicators[0], weight: 50 }, ...SCHEME.indicators.slice(1)] });
    const errors = document.body.querySelectorAll('[data-test="row-error"]');
    expect(errors).toHaveLength(1);
    expect(errors[0].textContent).toContain('指标 Q1 的权重之和应为 100 the weights must sum to 100');
    expect(errors[0].closest('[data-test="indicator-row"]')).toBe(document.body.querySelectorAll('[data-test="indicator-row"]')[0]);

    calls.post.mockResolvedValueOnce(schemeDetail(3));
    setNumber(weightInputs()[0], '40');
    saveButton()!.click();
    await flushPromises();
    expect(document.body.querySelectorAll('[data-test="row-error"]')).toHaveLength(0);
    expect(document.body.querySelector('.el-message')?.textContent).toContain('已保存为第 3 版');
  });

  it('adds and removes threshold steps and indicators', async () => {
    mountWithLinks(SchemesPage);
    await flushPromises();
    (inBody('[data-test="step-add"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(document.body.querySelectorAll('[data-test="param-step"]')).toHaveLength(3);
    (document.body.querySelectorAll<HTMLButtonElement>('[data-test="step-remove"]')[0]).click();
    await flushPromises();
    (inBody('[data-test="row-add"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(document.body.querySelectorAll('[data-test="indicator-row"]')).toHaveLength(5);
    typeInto('[data-test="indicator-row"]:last-child [data-test="row-code"]', 'Q4');
    expect(weightInputs()).toHaveLength(4);
    (document.body.querySelectorAll<HTMLButtonElement>('[data-test="row-remove"]')[1]).click();
    await flushPromises();
    calls.post.mockResolvedValue(schemeDetail(3));
    saveButton()!.click();
    await flushPromises();
    const sent = calls.post.mock.calls[0][1] as Scheme;
    expect(sent.indicators.map((i) => i.code)).toEqual(['Q1', 'Q3', 'B1', 'Q4']);
    // The first step went; the added one repeats the hardest step for the office to change.
    expect(sent.indicators[1].rule).toEqual({ kind: 'thresholds', steps: [{ bound: 90, fraction: 1 }, { bound: 90, fraction: 1 }] });
    expect(sent.indicators[3].rule).toEqual({ kind: 'linear', floor: 0, target: 0 });
  });

  it('shows an older version read only and leaves a reader nothing to save', async () => {
    mountWithLinks(SchemesPage);
    await flushPromises();
    const versions = document.body.querySelectorAll<HTMLButtonElement>('[data-test="scheme-version"]');
    expect([...versions].map((v) => v.textContent)).toEqual([expect.stringContaining('第 2 版'), expect.stringContaining('第 1 版')]);
    versions[1].click();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('assessment/schemes/1', { version: 1 });
    expect(inBody('[data-test="scheme-old"]').textContent).toContain('正在查看第 1 版');
    expect(weightInputs().map((i) => i.value)).toEqual(['100']);
    expect(weightInputs()[0].disabled).toBe(true);
    expect(saveButton()).toBeNull();

    resetCalls();
    account.office = false;
    calls.get.mockImplementation(async (path: string) => (path === 'assessment/schemes' ? { items: [schemeDetail()] } : schemeDetail()));
    mountWithLinks(SchemesPage);
    await flushPromises();
    expect(weightInputs()[0].disabled).toBe(true);
    expect(saveButton()).toBeNull();
    expect(document.body.querySelector('[data-test="scheme-new"]')).toBeNull();
  });
});
