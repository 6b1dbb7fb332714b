// The party-member and volunteer-activity routes of the support net
// (src/support/api/party_member_routes.cc, activity_routes.cc).
import { api } from '@/api/client';

export type RegistrationState = 'pending' | 'confirmed' | 'declined' | 'withdrawn';

export interface Registration {
  id: number;
  user_id: number;
  name: string;
  phone: string;
  community: { id: number; code: string; name: string };
  workplace: string;
  party_branch: string;
  state: RegistrationState;
  reason: string;
  created_at: string;
  decided_at: string | null;
  may_manage?: boolean;
}

export interface Signup {
  id: number;
  user_id: number;
  name: string;
  phone: string; // masked for everyone but the organizers and the person
  workplace: string;
  state: 'signed_up' | 'withdrawn';
  signed_up_at: string;
  checked_in_at: string | null;
  checked_out_at: string | null;
  minutes: number;
  hours: number;
}

export interface Activity {
  id: number;
  unit: { id: number; code: string; name: string };
  title: string;
  description: string;
  starts_at: string; // ISO 8601, +08:00
  ends_at: string;
  place: string;
  venue_id: number | null;
  places: number;
  taken: number;
  left: number;
  open_to: 'public' | 'members';
  state: 'published' | 'cancelled';
  // What the server lets the signed-in account do with it.
  signed_up: boolean;
  may_sign_up: boolean;
  may_withdraw: boolean;
  may_manage: boolean;
  signups?: Signup[];
}

export interface NewActivity {
  unit_code: string;
  title: string;
  description: string;
  starts_at: string;
  ends_at: string;
  place: string;
  places: number;
  open_to: 'public' | 'members';
}

export interface HoursReport {
  year: number;
  total_minutes: number;
  total_hours: number;
  items: {
    workplace: string;
    members: number;
    activities: number;
    minutes: number;
    hours: number;
    people: { user_id: number; name: string; activities: number; minutes: number; hours: number }[];
  }[];
}

export const myRegistration = () =>
  api.get<{ registration: Registration | null; may_register: boolean }>('party-members/registrations/mine');
export const register = (body: { community_code?: string; workplace: string; party_branch: string }) =>
  api.post<Registration>('party-members/registrations', body);
export const registrationsToDecide = (state = 'pending') =>
  api.get<{ items: Registration[] }>('party-members/registrations', { state }).then((a) => a.items);
export const decideRegistration = (id: number, action: 'confirm' | 'decline' | 'withdraw', reason = '') =>
  api.post<Registration>(`party-members/registrations/${id}/${action}`, reason ? { reason } : {});

export const listActivities = (query: { unit?: string; from?: string } = {}) =>
  api.get<{ items: Activity[] }>('activities', query).then((a) => a.items);
export const getActivity = (id: number) => api.get<Activity>(`activities/${id}`);
export const publishActivity = (a: NewActivity) => api.post<Activity>('activities', a);
export const cancelActivity = (id: number) => api.post<Activity>(`activities/${id}/cancel`, {});
export const signUp = (id: number) => api.post<Signup>(`activities/${id}/signups`, {});
export const withdraw = (id: number) => api.post<Activity>(`activities/${id}/signups/mine/withdraw`, {});
export const attendance = (id: number, signup: number, action: 'check-in' | 'check-out', at?: string) =>
  api.post<Signup>(`activities/${id}/signups/${signup}/${action}`, at ? { at } : {});
export const hoursReport = (year: number, workplace = '') =>
  api.get<HoursReport>('activities/hours/report', workplace ? { year: String(year), workplace } : { year: String(year) });
