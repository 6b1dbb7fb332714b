// The JSON shapes of the server's answers (src/api/json_views.cc and the agreed contracts).

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  kind: string;
}

// What the server lets an account do, sent with the signed-in account (GET /auth/me and
// the sign-in answer, src/org/roles.h): the app offers pages by these, never by role names.
export interface Capabilities {
  report: boolean;
  workbench: boolean;
  map: boolean;
  dashboard: boolean;
  plan: boolean;
  admin: boolean;
  audit: boolean;
  district_wide: boolean;
  book_venue: boolean;
  venues_manage: boolean;
  budget: boolean;
  roster: boolean;
  roster_manage: boolean;
  activities_manage: boolean;
  join_activities: boolean;
}
export type Capability = keyof Capabilities;

export interface User {
  id: number;
  username: string;
  display_name: string;
  role: string;
  unit: UnitRef | null;
  disabled: boolean;
  phone: string;
  can?: Capabilities; // only on the signed-in account
  // After an administrator's reset: every page but "change password" is closed until it is changed.
  must_change_password?: boolean;
}

export interface Me extends User {
  csrf_token: string;
}

export interface SignInAnswer {
  token: string;
  csrf_token: string;
  user: User;
}

export interface CatalogItem {
  code: string;
  aspect_code: string;
  name: string;
  name_en: string;
  tier: string;
  department: string;
  sla_hours: number;
  online_answer: string;
  online_answer_en: string;
  keywords: string;
}

export interface CatalogAspect {
  code: string;
  name: string;
  name_en: string;
  items: CatalogItem[];
}

export interface Catalog {
  aspects: CatalogAspect[];
}

export interface Suggestion {
  item_code: string;
  name?: string;
  name_en?: string;
  confidence?: number;
  [key: string]: unknown;
}

export interface PossibleDuplicate {
  id: number;
  distance_m: number;
  similarity: number;
  // Sent with one case (GET /cases/{id}): whether the original still takes a merge.
  open?: boolean;
  state?: string;
}

export interface Case {
  id: number;
  title: string;
  description: string;
  source: string;
  state: string;
  state_label: string;
  open: boolean; // the workflow marks the state as still being handled
  item: { code: string; name: string; name_en: string; tier: string } | null;
  unit: UnitRef | null;
  grid: UnitRef | null;
  community: UnitRef | null;
  street: UnitRef | null;
  location: { lon: number; lat: number } | null;
  address: string;
  anonymous: boolean;
  reporter: { name: string; phone: string; masked: boolean };
  created_at: string;
  dispatched_at: string | null;
  accept_due: string | null;
  accepted_at: string | null;
  resolve_due: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  overdue: boolean;
  rating: number | null; // 1 satisfied, 0 not (by the workflow's star threshold)
  rating_stars?: number | null; // 1..5
  rating_comment?: string;
  urge_count?: number; // 催办: times the residents urged it
  last_urged_at?: string | null;
  reopen_count: number;
  repeat_of: number | null;
  requested_hours: number | null;
  /** The resolve deadline a pending extension request would give once approved. */
  requested_resolve_due?: string | null;
  updated_at: string;
  allowed_actions?: string[];
  possible_duplicate_of?: PossibleDuplicate | null;
  online_answer?: string;
  online_answer_en?: string;
  [key: string]: unknown;
}

export interface CaseEvent {
  seq: number;
  action: string;
  from_state: string;
  to_state: string;
  actor_role: string;
  unit: UnitRef | null;
  note: string;
  data: Record<string, unknown> | null;
  at: string;
}

export interface CasePage {
  items: Case[];
  total: number;
  page: number;
  page_size: number;
}

export type InboxTab = 'to_dispatch' | 'to_accept' | 'in_progress' | 'due_soon' | 'overdue' | 'closed';
/** The caller's tabs in display order (the server decides which: a dispatcher has
 *  to_dispatch instead of to_accept), with a count for each. */
export type TabCounts = Partial<Record<InboxTab, number>> & { tabs: InboxTab[] };

export interface BulkResult {
  id: number;
  ok: boolean;
  version?: number;
  error?: { code: string; message: string };
}

export interface ClientConfig {
  district_name_zh: string;
  district_name_en: string;
  center: [number, number];
  zoom: number;
  tile_url: string;
  /** A rating of at least this many stars counts as satisfied; fewer reopens the matter. */
  satisfied_min_stars: number;
  /** A matter may be urged (催办) at most once in this many hours. */
  urge_interval_hours: number;
}

export interface NearbyFacility {
  type: string;
  name: string;
  lat: number;
  lon: number;
  seconds: number;
}

export interface NearbyAnswer {
  snap_m: number;
  off_network: boolean;
  facilities: NearbyFacility[];
}

export interface LocateAnswer {
  grid: UnitRef | null;
  community?: UnitRef | null;
  street?: UnitRef | null;
  [key: string]: unknown;
}

// Residents' own registration (GET /auth/registration): whether it is open here and whether
// a code sent by SMS is needed.
export interface RegistrationMode {
  open: boolean;
  code_required: boolean;
  code_valid_seconds: number;
  resend_seconds: number;
}

// A community a resident may register in, with its sub-district.
export interface Community {
  id: number;
  code: string;
  name: string;
  name_en?: string;
  street: { code: string; name: string; name_en?: string } | null;
}

export interface RegistrationForm {
  phone: string;
  code?: string;
  password: string;
  display_name: string;
  community_code: string;
}
