// Campaigns' routes (src/governance/api/campaign_routes.cc): the calls, entries, the blind
// review, the committee's standings and awards, results and prints. The shapes are the
// server's own (src/api/openapi.json, see '@/api/types').
import { buildUrl, request } from '@/api/client';
import { call } from '@/api/typed_client';
import type { Answer, RequestBody, Schemas } from '@/api/types';

export type Campaign = Schemas['Campaign'];
export type CampaignEntry = Schemas['CampaignEntry'];
export type BlindEntry = Schemas['BlindEntry'];
export type BlindEntryFile = Answer<'getBlindCampaignEntry'>;
export type CampaignReviewers = Answer<'listCampaignReviewers'>;
export type Standings = Answer<'getCampaignStandings'>;
export type Results = Answer<'getCampaignResults'>;
export type NewCampaign = RequestBody<'createCampaign'>;
export type ReviewBody = RequestBody<'reviewCampaignEntry'>;
export type Award = RequestBody<'decideCampaignAwards'>['awards'][number];

export const listCampaigns = () => call('get', '/api/v1/campaigns', {});
export const getCampaign = (id: number) => call('get', '/api/v1/campaigns/{id}', { path: { id } });
export const createCampaign = (body: NewCampaign) => call('post', '/api/v1/campaigns', { body });
export const listEntries = (id: number) => call('get', '/api/v1/campaigns/{id}/entries', { path: { id } });
export const listReviewers = (id: number) => call('get', '/api/v1/campaigns/{id}/reviewers', { path: { id } });
export const nameReviewers = (id: number, reviewers: RequestBody<'nameCampaignReviewers'>['reviewers']) =>
  call('post', '/api/v1/campaigns/{id}/reviewers', { path: { id }, body: { reviewers } });
export const assignReviews = (id: number) => call('post', '/api/v1/campaigns/{id}/assignment', { path: { id } });
export const myReviews = (id: number) => call('get', '/api/v1/campaigns/{id}/reviews', { path: { id } });
export const blindEntry = (entry: number) => call('get', '/api/v1/campaign-entries/{id}/blind', { path: { id: entry } });
export const reviewEntry = (entry: number, body: ReviewBody) =>
  call('put', '/api/v1/campaign-entries/{id}/review', { path: { id: entry }, body });
export const openDiscussion = (id: number) => call('post', '/api/v1/campaigns/{id}/discussion', { path: { id } });
export const standingsOf = (id: number) => call('get', '/api/v1/campaigns/{id}/standings', { path: { id } });
export const decideAwards = (id: number, awards: Award[]) =>
  call('put', '/api/v1/campaigns/{id}/awards', { path: { id }, body: { awards } });
export const publishCampaign = (id: number) => call('post', '/api/v1/campaigns/{id}/publication', { path: { id } });
export const resultsOf = (id: number) => call('get', '/api/v1/campaigns/{id}/results', { path: { id } });

// The file itself is the body, its checked type the Content-Type; the title, the name to
// print and the file's name are query parameters.
export const sendEntry = (id: number, file: Blob, type: string, query: { title: string; author_name?: string; name: string }) =>
  request<Answer<'submitCampaignEntry', 201>>('POST', `/api/v1/campaigns/${id}/entries`, { query, body: file, contentType: type });

// Files and prints, read with the session's cookie like any page of the app.
export const entryFileUrl = (entry: number) => buildUrl(`/api/v1/campaign-entries/${entry}/file`);
export const blindFileUrl = (entry: number) => buildUrl(`/api/v1/campaign-entries/${entry}/blind/file`);
export const certificateUrl = (entry: number) => buildUrl(`/api/v1/campaign-entries/${entry}/certificate`);
export const certificatesUrl = (id: number) => buildUrl(`/api/v1/campaigns/${id}/certificates`);
export const anthologyUrl = (id: number) => buildUrl(`/api/v1/campaigns/${id}/anthology`);
