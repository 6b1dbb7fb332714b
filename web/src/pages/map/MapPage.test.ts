import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { i18n } from '@/i18n';
import { api, ApiError } from '@/api/client';
import type { MapViewEvents, MapViewOptions } from './map_view';
import MapPage from './MapPage.vue';
import type { UnitProps } from './map_api';

vi.setConfig({ testTimeout: 20000 });

vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
const get = vi.mocked(api.get);
vi.mock('@/api/client_config', () => ({
  loadClientConfig: async () => ({ district_name_zh: '魏都区', district_name_en: 'Weidu', center: [34.03, 113.82], zoom: 14, tile_url: '' }),
}));

vi.mock('@/api/session', () => ({ mayI: () => true, session: { user: null, checked: true } }));

// The Leaflet map is replaced by a recorder: the page's job is to feed it and react to it.
const fake = {
  setUnits: vi.fn(),
  setCases: vi.fn(),
  setRoads: vi.fn(),
  setCoverage: vi.fn(),
  setGaps: vi.fn(),
  setSuggestions: vi.fn(),
  focusUnit: vi.fn(),
  fitUnits: vi.fn(),
  viewBbox: vi.fn(() => [113.8, 34.0, 113.9, 34.1]),
  zoom: vi.fn(() => 14),
  resize: vi.fn(),
  destroy: vi.fn(),
};
let events: MapViewEvents | null = null;
let options: MapViewOptions | null = null;
vi.mock('./map_view', () => ({
  createMapView: (_el: HTMLElement, o: MapViewOptions, e: MapViewEvents) => {
    options = o;
    events = e;
    return fake;
  },
}));

const GRID: UnitProps = {
  code: '411002001001001',
  name: '东一网格',
  kind: 'grid',
  parent_code: '411002001001',
  open: 4,
  overdue: 1,
  workers: [{ username: 'grid-411002001001-1', display_name: '王网格' }],
};
const UNITS = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[113.8, 34], [113.81, 34], [113.81, 34.01], [113.8, 34]]] }, properties: GRID }],
};
const CASES = {
  type: 'FeatureCollection',
  truncated: false,
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113.805, 34.005] }, properties: { id: 12, state: 'accepted', open: true, item_code: 'A01-003', item_name: '楼道堆物', overdue: true, created_at: '2026-11-02T09:00:00+08:00' } }],
};
const EMPTY = { type: 'FeatureCollection', features: [] };

function answer(path: string, query?: Record<string, unknown>): unknown {
  switch (path) {
    case 'map/units':
      return UNITS;
    case 'map/cases':
      return query?.state === 'open' ? CASES : EMPTY;
    case 'map/roads':
      return { ...EMPTY, truncated: false };
    case 'cases':
      return { items: [{ id: 12, title: '楼道堆满纸箱', state: 'accepted', overdue: true, created_at: '2026-11-02T09:00:00+08:00' }], total: 1, page: 1, page_size: 20 };
    case 'indicators':
      return { items: [{ cases: 9, on_time_acceptance: 0.5, on_time_resolution: null, satisfaction: 1, overdue: 1 }] };
    case 'circles/types':
      return [{ type: 'clinic', name_zh: '卫生服务站', name_en: 'Clinic', analysed: false }, { type: 'elderly_care', name_zh: '养老驿站', name_en: 'Elderly care', analysed: true }];
    case 'circles/coverage':
    case 'circles/gaps':
    case 'circles/suggestions':
      return { ...EMPTY, query };
    default:
      throw new Error(`unexpected ${path}`);
  }
}

function mountPage() {
  return mount(MapPage, { attachTo: document.body, global: { plugins: [i18n, ElementPlus], stubs: { RouterLink: { template: '<a><slot /></a>' } } } });
}

beforeEach(() => {
  get.mockReset();
  for (const f of Object.values(fake)) f.mockClear();
  events = null;
  i18n.global.locale.value = 'zh';
});

describe('MapPage', () => {
  it('draws the grids and the cases the server answers, with no raster tiles by default', async () => {
    get.mockImplementation(async (path: string, q?: Record<string, unknown>) => answer(path, q));
    const page = mountPage();
    await flushPromises();
    expect(options?.tileUrl).toBe('');
    expect(get).toHaveBeenCalledWith('map/units', { level: 'grid', unit: undefined });
    expect(fake.setUnits).toHaveBeenLastCalledWith(UNITS);
    expect(fake.fitUnits).toHaveBeenCalledTimes(1);
    // Open cases in one request: the server knows which states the workflow marks open.
    expect(get.mock.calls.filter((c) => c[0] === 'map/cases').map((c) => c[1]?.state)).toEqual(['open']);
    expect(fake.setCases).toHaveBeenLastCalledWith({ type: 'FeatureCollection', features: CASES.features, truncated: false });
    expect(options?.labels.cluster(12)).toBe('12 件案件，点击放大');
    expect([options?.labels.zoomIn, options?.labels.zoomOut]).toEqual(['放大', '缩小']);
    page.unmount();
    expect(fake.destroy).toHaveBeenCalled();
  });

  it('fetches the streets of the visible box at every zoom, with the zoom for the server to thin them', async () => {
    vi.useFakeTimers();
    get.mockImplementation(async (path: string, q?: Record<string, unknown>) => answer(path, q));
    const page = mountPage();
    await vi.runAllTimersAsync();
    expect(get).toHaveBeenCalledWith('map/roads', { bbox: '113.80000,34.00000,113.90000,34.10000', zoom: 14 });
    events!.viewChange([113, 34, 114, 35], 10);
    await vi.runAllTimersAsync();
    expect(get).toHaveBeenCalledWith('map/roads', { bbox: '113.00000,34.00000,114.00000,35.00000', zoom: 10 });
    expect(fake.setRoads).not.toHaveBeenLastCalledWith(null);
    vi.useRealTimers();
    page.unmount();
  });

  it('opens a grid\'s workers, cases and indicators when the grid is clicked', async () => {
    get.mockImplementation(async (path: string, q?: Record<string, unknown>) => answer(path, q));
    const page = mountPage();
    await flushPromises();
    events!.unitClick(GRID);
    await flushPromises();
    const panel = page.get('[data-test="map-panel"]');
    expect(panel.text()).toContain('东一网格');
    expect(panel.get('[data-test="panel-workers"]').text()).toContain('王网格');
    expect(panel.get('[data-test="panel-cases"]').text()).toContain('楼道堆满纸箱');
    expect(panel.get('[data-test="panel-indicators"]').text()).toContain('50.0%');
    expect(get).toHaveBeenCalledWith('cases', { unit: GRID.code, page_size: 20 });
    expect(get).toHaveBeenCalledWith('indicators', { unit: GRID.code });
    expect(fake.resize).toHaveBeenCalled(); // the panel took width from the map
    page.unmount();
  });

  it('shows an error for a layer whose route is missing, and retries', async () => {
    get.mockImplementation(async (path: string, q?: Record<string, unknown>) => {
      if (path === 'map/units') throw new ApiError(404, 'not_found', 'no route');
      return answer(path, q);
    });
    const page = mountPage();
    await flushPromises();
    const alert = page.get('[data-test="map-layer-error"]');
    expect(alert.text()).toContain('边界（按案件着色）加载失败');
    get.mockImplementation(async (path: string, q?: Record<string, unknown>) => answer(path, q));
    await alert.get('button').trigger('click');
    await flushPromises();
    expect(page.find('[data-test="map-layer-error"]').exists()).toBe(false);
    expect(fake.setUnits).toHaveBeenLastCalledWith(UNITS);
    page.unmount();
  });

  it('loads the service circles of the first analysed facility type', async () => {
    get.mockImplementation(async (path: string, q?: Record<string, unknown>) => answer(path, q));
    const page = mountPage();
    await flushPromises();
    await page.get('[data-test="layer-circles"] input').setValue(true);
    await flushPromises();
    expect(get.mock.calls.some((c) => c[0] === 'circles/types')).toBe(true);
    expect(get).toHaveBeenCalledWith('circles/coverage', { level: 'grid', type: 'elderly_care', format: 'geojson' });
    expect(get).toHaveBeenCalledWith('circles/gaps', { type: 'elderly_care' });
    expect(get).toHaveBeenCalledWith('circles/suggestions', { type: 'elderly_care', k: 5 });
    expect(fake.setCoverage).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'FeatureCollection' }));
    page.unmount();
  });

  it('offers only analysed facility types, and says so when there is none', async () => {
    get.mockImplementation(async (path: string, q?: Record<string, unknown>) => answer(path, q));
    let page = mountPage();
    await flushPromises();
    await page.get('[data-test="layer-circles"] input').setValue(true);
    await flushPromises();
    await page.get('[data-test="map-facility-type"]').trigger('click');
    await flushPromises();
    const options = [...document.querySelectorAll('.el-select-dropdown__item')]
      .map((o) => [o.textContent, o.classList.contains('is-disabled')])
      .filter(([text]) => /卫生服务站|养老驿站/.test(String(text)));
    expect(options).toEqual([['卫生服务站 （未分析）', true], ['养老驿站', false]]);
    expect(page.find('[data-test="map-no-analysis"]').exists()).toBe(false);
    page.unmount();

    get.mockReset();
    get.mockImplementation(async (path: string, q?: Record<string, unknown>) =>
      path === 'circles/types' ? [{ type: 'clinic', name_zh: '卫生服务站', name_en: 'Clinic', analysed: false }] : answer(path, q));
    page = mountPage();
    await flushPromises();
    await page.get('[data-test="layer-circles"] input').setValue(true);
    await flushPromises();
    expect(page.get('[data-test="map-no-analysis"]').text()).toContain('尚未分析');
    expect(get.mock.calls.some((c) => String(c[0]).startsWith('circles/coverage'))).toBe(false);
    page.unmount();
  });
});
