// Information work's routes (src/governance/api/information_routes.cc): the words and the
// workflow, items, their actions and the units' ranking. The shapes are the server's own
// (src/api/openapi.json, see '@/api/types').
import { buildUrl } from '@/api/client';
import { call } from '@/api/typed_client';
import type { Answer, QueryOf, RequestBody, Schemas } from '@/api/types';

export type InformationItem = Schemas['InformationItem'];
export type InformationDetail = Answer<'getInformationItem'>;
export type InformationWords = Answer<'getInformationWords'>;
export type InformationLevel = Schemas['InformationLevel'];
export type InformationCategory = Schemas['InformationCategory'];
export type InformationQuery = QueryOf<'listInformationItems'>;
export type InformationAction = RequestBody<'actOnInformationItem'>;
export type NewInformationItem = RequestBody<'submitInformationItem'>;
export type InformationRanking = Answer<'getInformationRanking'>;
export type RankingLevel = NonNullable<QueryOf<'getInformationRanking'>['level']>;

export const informationWords = () => call('get', '/api/v1/information', {});
export const listInformation = (query: InformationQuery) => call('get', '/api/v1/information/items', { query });
export const getInformation = (id: number) => call('get', '/api/v1/information/items/{id}', { path: { id } });
export const submitInformation = (body: NewInformationItem) => call('post', '/api/v1/information/items', { body });
export const actOnInformation = (id: number, body: InformationAction) =>
  call('post', '/api/v1/information/items/{id}/actions', { path: { id }, body });
export const informationRanking = (period: string, level: RankingLevel) =>
  call('get', '/api/v1/information/ranking', { query: { period, level } });

export type InformationReport = Schemas['InformationReport'];
export type PublishInformation = RequestBody<'publishInformationReport'>;
export const listInformationReports = () => call('get', '/api/v1/information/reports', {});
export const publishInformation = (body: PublishInformation) => call('post', '/api/v1/information/reports', { body });
// The frozen documents, read with the session's cookie like any page of the app.
export const informationReportUrl = (id: number, kind: 'pdf' | 'xlsx') => buildUrl(`/api/v1/information/reports/${id}/${kind}`);
