// The map's requests and the GeoJSON shapes the server answers (the agreed contract).
import type { StreetProps } from '@/components/street_style';
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import { api } from '@/api/client';
import type { CasePage } from '@/api/types';

export type MapLevel = 'grid' | 'community';

export interface Worker {
  username: string;
  display_name: string;
}

export interface UnitProps {
  code: string;
  name: string;
  kind: string;
  parent_code: string;
  open: number;
  overdue: number;
  workers: Worker[];
}

export interface CaseProps {
  id: number;
  state: string;
  open: boolean;
  item_code: string;
  item_name: string;
  overdue: boolean;
  created_at: string;
}

export interface CoverageProps {
  code: string;
  name: string;
  type: string;
  population: number;
  share_5: number | null;
  share_10: number | null;
  share_15: number | null;
}

export interface GapProps {
  home_id: number;
  population: number;
  seconds: number | null;
}

export interface SuggestionProps {
  rank: number;
  added_population: number;
  node_id: number;
}

export interface CircleType {
  type: string;
  name_zh: string;
  name_en: string;
  analysed: boolean;
}

export type UnitFeature = Feature<Geometry, UnitProps>;
export type Collection<G extends Geometry | null, P> = FeatureCollection<G, P> & { truncated?: boolean };

export interface UnitIndicators {
  cases: number;
  on_time_acceptance: number | null;
  on_time_resolution: number | null;
  satisfaction: number | null;
  overdue: number;
}

export interface CaseQuery {
  unit?: string;
  state?: string;
  from?: string;
  to?: string;
}

export const fetchMapUnits = (level: MapLevel, unit?: string) =>
  api.get<Collection<Geometry, UnitProps>>('map/units', { level, unit });

export const fetchMapCases = (q: CaseQuery) => api.get<Collection<Point, CaseProps>>('map/cases', { ...q });

// 'open' (every state the workflow marks as still being handled: the server knows which),
// 'all', or one state. Asking for the open ones keeps the closed history of a district
// from filling the 5,000-point cap.
export async function fetchCasesShown(mode: string): Promise<Collection<Point, CaseProps>> {
  return fetchMapCases({ state: mode === 'all' ? undefined : mode });
}

// bbox in the order the server reads it: min lon, min lat, max lon, max lat.
export const fetchRoads = (bbox: [number, number, number, number], zoom: number) =>
  api.get<Collection<LineString, StreetProps>>('map/roads', { bbox: bbox.map((v) => v.toFixed(5)).join(','), zoom });

export const fetchCircleTypes = () => api.get<CircleType[]>('circles/types');

export const fetchCoverage = (type: string) =>
  api.get<Collection<Geometry, CoverageProps>>('circles/coverage', { level: 'grid', type, format: 'geojson' });

export const fetchGaps = (type: string) => api.get<Collection<Point, GapProps>>('circles/gaps', { type });

export const fetchSuggestions = (type: string, k = 5) =>
  api.get<Collection<Point, SuggestionProps>>('circles/suggestions', { type, k });

export const fetchUnitCases = (code: string) => api.get<CasePage>('cases', { unit: code, page_size: 20 });

export async function fetchUnitIndicators(code: string): Promise<UnitIndicators | null> {
  const answer = await api.get<{ items: UnitIndicators[] }>('indicators', { unit: code });
  return answer.items[0] ?? null;
}
