// 关注区域: the areas the signed-in account follows to be told of new reports there
// (GET/POST /api/v1/me/area-follows, POST …/{id}/remove) and the add form's body. Kept apart
// from the page so that what is sent is tested without a browser.
import { call } from '@/api/typed_client';
import type { RequestBody, Schemas } from '@/api/types';

export type AreaFollow = Schemas['AreaFollow'];
export type AreaFollowList = Schemas['AreaFollowList'];
export type FollowChange = RequestBody<'followArea'>;
export type FollowedKind = Schemas['FollowedArea']['kind'];

// The kinds of the org net a follow may name, in the order of the net.
export const FOLLOW_KINDS: readonly FollowedKind[] = ['district', 'street', 'community', 'grid'];

// The circle radii the page offers (the server takes 100–3000 m); 500 m first chosen.
export const RADII = [300, 500, 1000, 2000] as const;
export const DEFAULT_RADIUS = 500;

// The fields a refusal of the server names that the page has a place for; the centre's
// latitude and coordinate system show where its longitude does, under the point.
export const FOLLOW_FIELDS = ['unit_code', 'point', 'radius_m', 'aspects'] as const;
export type FollowField = (typeof FOLLOW_FIELDS)[number];

export function fieldOfServer(field: string | undefined): FollowField | null {
  if (field === 'lon' || field === 'lat' || field === 'coord_system') return 'point';
  return FOLLOW_FIELDS.find((f) => f === field) ?? null;
}

export interface FollowForm {
  area: 'unit' | 'circle';
  unitCode: string;
  point: { lat: number; lon: number } | null;
  radius: number;
  aspects: string[];
}

export const fetchFollows = () => call('get', '/api/v1/me/area-follows');
export const follow = (change: FollowChange) => call('post', '/api/v1/me/area-follows', { body: change });
export const unfollow = (id: number) => call('post', '/api/v1/me/area-follows/{id}/remove', { path: { id } });

// The body of the POST: an area by its code, or a circle around a WGS-84 point (the point
// picker's system, the server's default); the aspects chosen, none for all of them.
export function changeOf(form: FollowForm): FollowChange {
  const aspects = [...form.aspects];
  if (form.area === 'unit') return { unit_code: form.unitCode, aspects };
  return { lon: form.point?.lon ?? 0, lat: form.point?.lat ?? 0, radius_m: form.radius, aspects };
}

// A circle's centre as people read it: about a metre's precision is plenty.
export function roundedDegrees(value: number | null): string {
  return value === null ? '' : value.toFixed(5);
}
