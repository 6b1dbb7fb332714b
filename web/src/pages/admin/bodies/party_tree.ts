// The party organizations of a unit as a tree: each under its parent when the parent is in
// the list, at the top otherwise (a community's general branch under the sub-district's
// committee shows at the top of the community's panel). Keeps the server's order.
import type { PartyOrg } from './bodies_api';

export interface PartyNode extends PartyOrg {
  children: PartyNode[];
}

export function buildPartyTree(orgs: PartyOrg[]): PartyNode[] {
  const nodes = new Map<number, PartyNode>(orgs.map((o) => [o.id, { ...o, children: [] }]));
  const roots: PartyNode[] = [];
  for (const o of orgs) {
    const node = nodes.get(o.id)!;
    const parent = o.parent_id === null ? undefined : nodes.get(o.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

// The organizations that may hold `self` (its own subtree excluded, so a choice never closes
// a cycle; branches hold nothing).
export function parentChoices(orgs: PartyOrg[], self: PartyOrg | null): PartyOrg[] {
  const below = new Set<number>();
  if (self) {
    below.add(self.id);
    let grew = true;
    while (grew) {
      grew = false;
      for (const o of orgs) {
        if (o.parent_id !== null && below.has(o.parent_id) && !below.has(o.id)) {
          below.add(o.id);
          grew = true;
        }
      }
    }
  }
  return orgs.filter((o) => o.kind !== 'branch' && !below.has(o.id));
}
