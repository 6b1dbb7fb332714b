import { describe, it, expect, vi, beforeEach } from 'vitest';
import { defineComponent } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { i18n } from '@/i18n';
import { calls, resetCalls } from '../../admin/test_support';
import type { UsageCell, VenueUsage } from './venue_api';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import VenueUsagePanel from './VenueUsagePanel.vue';

function heat(): UsageCell[] {
  const cells: UsageCell[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const open = hour >= 8 && hour < 20 ? 2 : 0;
      const booked = weekday === 2 && hour === 10 ? 1 : 0;
      cells.push({ weekday, hour, open_hours: open, booked_hours: booked, occupancy: open ? booked / open : 0 });
    }
  }
  return cells;
}

const figures = { open_hours: 132, booked_hours: 3.5, used_hours: 1, occupancy: 3.5 / 132 };
const USAGE: VenueUsage = {
  unit: { code: 'S1', name: '新兴街道' },
  from: '2026-11-23',
  to: '2026-12-06',
  total: figures,
  units: [{ code: 'C1', name: '和平社区', venues: 1, ...figures }],
  venues: [
    { id: 7, name: '和平社区活动室', kind: 'activity_room', owner_unit_code: 'C1', owner_unit_name: '和平社区', active: true, ...figures },
  ],
  heat: heat(),
};

let chartOption: unknown = null;
const EChartStub = defineComponent({
  props: { option: { type: Object, required: true }, label: { type: String, default: '' } },
  setup(props) {
    chartOption = props.option;
    return () => null;
  },
});

beforeEach(() => {
  resetCalls();
  chartOption = null;
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'venues/usage') return USAGE;
    throw new Error(path);
  });
});

describe('VenueUsagePanel', () => {
  it('shows the totals, a row per unit and per venue with hours and occupancy, and the heat map', async () => {
    const panel = mount(VenueUsagePanel, { global: { plugins: [i18n, ElementPlus], stubs: { EChart: EChartStub } } });
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('venues/usage', {});
    const total = panel.get('[data-test="usage-total"]').text();
    expect(total).toContain('新兴街道');
    expect(total).toContain('预订 3.5 小时');
    expect(total).toContain('占用率 2.7%');
    expect(panel.get('[data-test="usage-units"]').text()).toContain('和平社区');
    const venues = panel.get('[data-test="usage-venues"]').text();
    expect(venues).toContain('和平社区活动室');
    expect(venues).toContain('132 小时');
    const option = chartOption as { series: { data: number[][] }[]; yAxis: { data: string[] } };
    expect(option.yAxis.data[0]).toBe('周一');
    expect(option.series[0].data).toContainEqual([10, 1, 50]);
    expect(option.series[0].data).toHaveLength(7 * 12);
    panel.unmount();
  });

  it('asks again for the chosen dates', async () => {
    const panel = mount(VenueUsagePanel, { global: { plugins: [i18n, ElementPlus], stubs: { EChart: EChartStub } } });
    await flushPromises();
    const picker = panel.findComponent({ name: 'ElDatePicker' });
    picker.vm.$emit('update:modelValue', ['2026-10-01', '2026-10-31']);
    picker.vm.$emit('change', ['2026-10-01', '2026-10-31']);
    await flushPromises();
    expect(calls.get).toHaveBeenLastCalledWith('venues/usage', { from: '2026-10-01', to: '2026-10-31' });
    panel.unmount();
  });

  it('drills down to a unit one tier below, but not into the unit itself', async () => {
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'venues/usage') return { ...USAGE, units: [{ ...USAGE.units[0], code: 'S1', name: '新兴街道' }, ...USAGE.units] };
      throw new Error(path);
    });
    const panel = mount(VenueUsagePanel, { global: { plugins: [i18n, ElementPlus], stubs: { EChart: EChartStub } } });
    await flushPromises();
    expect(panel.find('[data-test="usage-unit-S1"]').exists()).toBe(false);
    await panel.get('[data-test="usage-unit-C1"]').trigger('click');
    await flushPromises();
    expect(calls.get).toHaveBeenLastCalledWith('venues/usage', { from: '2026-11-23', to: '2026-12-06', unit: 'C1' });
    panel.unmount();
  });

  it('asks for the unit picked', async () => {
    const panel = mount(VenueUsagePanel, { global: { plugins: [i18n, ElementPlus], stubs: { EChart: EChartStub } } });
    await flushPromises();
    const picker = panel.findComponent({ name: 'UnitPicker' });
    picker.vm.$emit('update:modelValue', 'S1');
    await flushPromises();
    expect(calls.get).toHaveBeenLastCalledWith('venues/usage', { from: '2026-11-23', to: '2026-12-06', unit: 'S1' });
    panel.unmount();
  });
});
