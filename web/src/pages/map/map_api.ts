// The map's requests and the GeoJSON the server answers. The shapes are the server's own
// (src/api/openapi.json, see '@/api/types').
import { call } from '@/api/typed_client';
import type { Answer, QueryOf, Schemas } from '@/api/types';

export type MapLevel = NonNullable<QueryOf<'getMapUnits'>['level']>;

// The units' outlines with their open and overdue cases and the grid workers; a unit with
// no boundary yet has no geometry, and the district has no parent.
export type MapUnits = Answer<'getMapUnits'>;
export type UnitFeature = MapUnits['features'][number];
export type UnitProps = UnitFeature['properties'];
export type Worker = UnitProps['workers'][number];

// The cases as points; `truncated` when the cap cut the list.
export type MapCases = Answer<'getMapCases'>;
export type CaseProps = MapCases['features'][number]['properties'];
export type CaseQuery = QueryOf<'getMapCases'>;

export type Roads = Answer<'getMapRoads'>;

// The facility types of the service circles, and per type the share of residents within each
// walk (share_5, share_10, share_15 … for the circles analysed), the homes beyond the longest
// circle and the suggested sites.
export type CircleType = Answer<'listFacilityTypes'>[number];
export type Coverage = Extract<Answer<'getCirclesCoverage'>, { type: 'FeatureCollection' }>;
export type CoverageProps = Schemas['CircleCoverage'];
export type Gaps = Answer<'getCirclesGaps'>;
export type GapProps = Gaps['features'][number]['properties'];
export type Suggestions = Answer<'getCirclesSuggestions'>;
export type SuggestionProps = Suggestions['features'][number]['properties'];

export type UnitIndicators = Schemas['Indicators'];

export const fetchMapUnits = (level: MapLevel, unit?: string) =>
  call('get', '/api/v1/map/units', { query: { level, unit } satisfies QueryOf<'getMapUnits'> });

export const fetchMapCases = (q: CaseQuery) => call('get', '/api/v1/map/cases', { query: { ...q } });

// 'open' (every state the workflow marks as still being handled: the server knows which),
// 'all', or one state. Asking for the open ones keeps the closed history of a district
// from filling the 5,000-point cap.
export async function fetchCasesShown(mode: string): Promise<MapCases> {
  return fetchMapCases({ state: mode === 'all' ? undefined : mode });
}

// bbox in the order the server reads it: min lon, min lat, max lon, max lat.
export const fetchRoads = (bbox: [number, number, number, number], zoom: number) =>
  call('get', '/api/v1/map/roads', { query: { bbox: bbox.map((v) => v.toFixed(5)).join(','), zoom } satisfies QueryOf<'getMapRoads'> });

export const fetchCircleTypes = () => call('get', '/api/v1/circles/types');

// Asked for as GeoJSON, the coverage is the answer's FeatureCollection branch.
export const fetchCoverage = (type: string) =>
  call('get', '/api/v1/circles/coverage', { query: { level: 'grid', type, format: 'geojson' } }).then((answer): Coverage => {
    if (!('features' in answer)) throw new Error('circles/coverage answered rows to format=geojson');
    return answer;
  });

export const fetchGaps = (type: string) => call('get', '/api/v1/circles/gaps', { query: { type } satisfies QueryOf<'getCirclesGaps'> });

export const fetchSuggestions = (type: string, k = 5) =>
  call('get', '/api/v1/circles/suggestions', { query: { type, k } satisfies QueryOf<'getCirclesSuggestions'> });

export const fetchUnitCases = (code: string) =>
  call('get', '/api/v1/cases', { query: { unit: code, page_size: 20 } satisfies QueryOf<'listCases'> });

export async function fetchUnitIndicators(code: string): Promise<UnitIndicators | null> {
  const answer = await call('get', '/api/v1/indicators', { query: { unit: code } satisfies QueryOf<'getIndicators'> });
  return answer.items[0] ?? null;
}
