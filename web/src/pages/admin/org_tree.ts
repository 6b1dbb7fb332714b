// The organization net as a tree (district → sub-district → community → grid), built from
// the flat list GET /api/v1/org/units answers. The admin org page shows it whole; the map
// and dashboard offer it as a unit picker cut to the caller's scope.
import { call } from '@/api/typed_client';
import { can } from '@/api/capabilities';
import type { Schemas, User } from '@/api/types';

// A unit as GET /api/v1/org/units lists it (the server's shape, see '@/api/types').
export type OrgUnit = Schemas['OrgUnit'];

export interface OrgNode extends OrgUnit {
  children: OrgNode[];
}

// The kinds in the order of the net, so siblings of different kinds sort sensibly.
const KIND_ORDER = ['district', 'street', 'community', 'grid', 'department', 'command_center'];

export async function fetchOrgUnits(): Promise<OrgUnit[]> {
  const answer = await call('get', '/api/v1/org/units');
  return answer.items;
}

function byKindThenCode(a: OrgNode, b: OrgNode): number {
  const k = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  return k !== 0 ? k : a.code.localeCompare(b.code);
}

// Units whose parent is missing from the list become roots, so nothing is lost.
export function buildOrgTree(units: OrgUnit[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>();
  for (const u of units) nodes.set(u.id, { ...u, children: [] });
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent_id === null ? undefined : nodes.get(node.parent_id);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]): void => {
    list.sort(byKindThenCode);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function findNode(roots: OrgNode[], predicate: (n: OrgNode) => boolean): OrgNode | null {
  for (const n of roots) {
    if (predicate(n)) return n;
    const inside = findNode(n.children, predicate);
    if (inside) return inside;
  }
  return null;
}

// The part of the tree a user may pick from: all of it for district-wide roles, else the
// subtree of their own unit (empty when they have none).
export function scopeTree(roots: OrgNode[], user: User | null): OrgNode[] {
  if (!user) return [];
  if (can(user, 'district_wide')) return roots;
  const own = user.unit ? findNode(roots, (n) => n.id === user.unit?.id) : null;
  return own ? [own] : [];
}

// Only the kinds a picker offers (e.g. no departments on the map), keeping the shape.
export function keepKinds(roots: OrgNode[], kinds: string[]): OrgNode[] {
  return roots
    .filter((n) => kinds.includes(n.kind))
    .map((n) => ({ ...n, children: keepKinds(n.children, kinds) }));
}
