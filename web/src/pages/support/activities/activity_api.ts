// The party-member and volunteer-activity routes of the support net
// (src/support/api/party_member_routes.cc, activity_routes.cc). The shapes are the server's
// own (src/api/openapi.json, see '@/api/types').
import { call, linkTo } from '@/api/typed_client';
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

export const myRegistration = () => call('get', '/api/v1/party-members/registrations/mine');
export const register = (body: NewRegistration) =>
  call('post', '/api/v1/party-members/registrations', { body: body });
export const REGISTRATION_PAGE_SIZE = 20;
// One page of the registrations an organizer decides, newest first, with their total.
export const registrationsToDecide = (state: RegistrationState = 'pending', page = 1) =>
  call('get', '/api/v1/party-members/registrations', { query: { state, page, page_size: REGISTRATION_PAGE_SIZE } });
// The route of each decision on a registration.
const DECIDE_REGISTRATION = {
  confirm: '/api/v1/party-members/registrations/{id}/confirm',
  decline: '/api/v1/party-members/registrations/{id}/decline',
  withdraw: '/api/v1/party-members/registrations/{id}/withdraw',
} as const;

export const decideRegistration = (id: number, action: 'confirm' | 'decline' | 'withdraw', reason = '') =>
  call('post', DECIDE_REGISTRATION[action], { path: { id }, body: reason ? { reason } : {} });

// The list comes a page at a time, with the total.
export const ACTIVITY_PAGE_SIZE = 20;
export const listActivities = (query: QueryOf<'listActivities'> = {}, page = 1) =>
  call('get', '/api/v1/activities', { query: { ...query, page, page_size: ACTIVITY_PAGE_SIZE } });
export const getActivity = (id: number) => call('get', '/api/v1/activities/{id}', { path: { id } });
export const publishActivity = (a: NewActivity) => call('post', '/api/v1/activities', { body: a });
export const cancelActivity = (id: number) => call('post', '/api/v1/activities/{id}/cancel', { path: { id } });
export const signUp = (id: number) => call('post', '/api/v1/activities/{id}/signups', { path: { id } });
export const withdraw = (id: number) =>
  call('post', '/api/v1/activities/{id}/signups/mine/withdraw', { path: { id } });
export const attendance = (id: number, signup: number, action: 'check-in' | 'check-out', at?: string) =>
  call('post', action === 'check-in' ? '/api/v1/activities/{id}/signups/{sid}/check-in' : '/api/v1/activities/{id}/signups/{sid}/check-out', {
    path: { id, sid: signup },
    body: at ? { at } : {},
  });
// The same report as an XLSX workbook, a link the browser downloads.
export const hoursXlsxUrl = (year: number) => linkTo('/api/v1/activities/hours/report.xlsx', {}, { year });
export const hoursReport = (year: number, workplace = '') =>
  call('get', '/api/v1/activities/hours/report', { query: (workplace ? { year, workplace } : { year }) satisfies QueryOf<'getActivityHoursReport'> });
