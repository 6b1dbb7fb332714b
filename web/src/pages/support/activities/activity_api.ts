// The party-member and volunteer-activity routes of the support net
// (src/support/api/party_member_routes.cc, activity_routes.cc). The shapes are the server's
// own (src/api/openapi.json, see '@/api/types').
import { api } from '@/api/client';
import type { Answer, QueryOf, RequestBody, Schemas } from '@/api/types';

// A party-member registration; the list to decide also says whether the signed-in account
// may decide it (may_manage).
export type Registration = Schemas['PartyRegistration'];
export type ManagedRegistration = Schemas['ManagedPartyRegistration'];
export type RegistrationState = Registration['state'];
export type MyRegistration = Answer<'getMyPartyRegistration'>;
export type NewRegistration = RequestBody<'registerPartyMember'>;

// One person signed up; the phone is masked for everyone but the organizers and the person.
export type Signup = Schemas['Signup'];

// An activity as the signed-in account sees it: the list's rows say what it may do
// (signed_up, may_sign_up, may_withdraw, may_manage); one activity also holds its signups.
// Publishing and cancelling answer the activity alone.
export type Activity = Schemas['ActivityForCaller'];
export type ActivityWithSignups = Schemas['ActivityWithSignups'];
export type PublishedActivity = Schemas['Activity'];
export type NewActivity = RequestBody<'publishActivity'>;
export type OpenTo = Activity['open_to'];

export type HoursReport = Answer<'getActivityHoursReport'>;

export const myRegistration = () => api.get<MyRegistration>('party-members/registrations/mine');
export const register = (body: NewRegistration) =>
  api.post<Answer<'registerPartyMember', 201>>('party-members/registrations', body);
export const registrationsToDecide = (state: RegistrationState = 'pending') =>
  api
    .get<Answer<'listPartyRegistrations'>>('party-members/registrations', { state } satisfies QueryOf<'listPartyRegistrations'>)
    .then((a) => a.items);
export const decideRegistration = (id: number, action: 'confirm' | 'decline' | 'withdraw', reason = '') =>
  api.post<Registration>(
    `party-members/registrations/${id}/${action}`,
    (reason ? { reason } : {}) satisfies RequestBody<'confirmPartyRegistration'>,
  );

export const listActivities = (query: QueryOf<'listActivities'> = {}) =>
  api.get<Answer<'listActivities'>>('activities', query).then((a) => a.items);
export const getActivity = (id: number) => api.get<Answer<'getActivity'>>(`activities/${id}`);
export const publishActivity = (a: NewActivity) => api.post<Answer<'publishActivity', 201>>('activities', a);
export const cancelActivity = (id: number) => api.post<Answer<'cancelActivity'>>(`activities/${id}/cancel`, {});
export const signUp = (id: number) => api.post<Answer<'signUpForActivity', 201>>(`activities/${id}/signups`, {});
export const withdraw = (id: number) =>
  api.post<Answer<'withdrawFromActivity'>>(`activities/${id}/signups/mine/withdraw`, {});
export const attendance = (id: number, signup: number, action: 'check-in' | 'check-out', at?: string) =>
  api.post<Answer<'checkInParticipant'>>(
    `activities/${id}/signups/${signup}/${action}`,
    (at ? { at } : {}) satisfies RequestBody<'checkInParticipant'>,
  );
export const hoursReport = (year: number, workplace = '') =>
  api.get<HoursReport>('activities/hours/report', (workplace ? { year, workplace } : { year }) satisfies QueryOf<'getActivityHoursReport'>);
