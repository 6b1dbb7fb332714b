// Surveys' routes (src/governance/api/survey_routes.cc): the questionnaires, answering on
// the phone pages, recorded paper and telephone answers, one-time links, and the results
// with their map, trend and free text. The shapes are the server's own
// (src/api/openapi.json, see '@/api/types').
import { call, linkTo } from '@/api/typed_client';
import type { Answer, RequestBody, Schemas } from '@/api/types';

export type Survey = Schemas['Survey'];
export type Question = Schemas['SurveyQuestion'];
export type QuestionKind = Question['kind'];
export type SurveyIndex = Schemas['SurveyIndex'];
export type Estimate = Schemas['IndexEstimate'];
export type NewSurvey = RequestBody<'createSurvey'>;
export type LinkSurvey = Answer<'getLinkSurvey'>;
export type Results = Answer<'getSurveyResults'>;
export type IndexResult = Results['indices'][number];
export type AreaResult = IndexResult['area'];
export type SurveyMap = Answer<'getSurveyMap'>;
export type Trend = Answer<'getSurveyTrend'>;
export type TextGroups = Answer<'getSurveyTexts'>;
export type Channel = RequestBody<'recordSurveyAnswer'>['channel'];
export type Community = Survey['communities'][number];

// One answer per question code: an option code, option codes, 1–5, row code → 1–5, a
// number or text.
export type AnswerValue = string | string[] | number | Record<string, number>;
export type Answers = Record<string, AnswerValue>;

// The document types the answers as an open object; this is what the server reads.
type AnswersBody = RequestBody<'answerSurvey'>['answers'];
const asBody = (answers: Answers) => answers as unknown as AnswersBody;

export const listSurveys = () => call('get', '/api/v1/surveys', {});
export const getSurvey = (id: number) => call('get', '/api/v1/surveys/{id}', { path: { id } });
export const createSurvey = (body: NewSurvey) => call('post', '/api/v1/surveys', { body });
export const editSurvey = (id: number, body: NewSurvey) => call('put', '/api/v1/surveys/{id}', { path: { id }, body });
export const moveSurvey = (id: number, state: 'open' | 'closed') =>
  call('post', '/api/v1/surveys/{id}/state', { path: { id }, body: { state } });
export const answerSurvey = (id: number, answers: Answers) =>
  call('post', '/api/v1/surveys/{id}/answers', { path: { id }, body: { answers: asBody(answers) } });
export const recordAnswer = (id: number, communityId: number, channel: Channel, answers: Answers) =>
  call('post', '/api/v1/surveys/{id}/recorded', { path: { id }, body: { community_id: communityId, channel, answers: asBody(answers) } });
export const issueLinks = (id: number, communityId: number, count: number) =>
  call('post', '/api/v1/surveys/{id}/links', { path: { id }, body: { community_id: communityId, count } });
export const getLinkSurvey = (token: string) => call('get', '/api/v1/survey-links/{token}', { path: { token } });
export const answerLink = (token: string, answers: Answers) =>
  call('post', '/api/v1/survey-links/{token}', { path: { token }, body: { answers: asBody(answers) } });
export const resultsOf = (id: number) => call('get', '/api/v1/surveys/{id}/results', { path: { id } });
export const mapOf = (id: number) => call('get', '/api/v1/surveys/{id}/map', { path: { id } });
export const trendOf = (id: number) => call('get', '/api/v1/surveys/{id}/trend', { path: { id } });
export const textsOf = (id: number) => call('get', '/api/v1/surveys/{id}/texts', { path: { id } });

// The raw answers, read with the session's cookie like any page of the app.
export const answersCsvUrl = (id: number) => linkTo('/api/v1/surveys/{id}/answers.csv', { id });
export const answersXlsxUrl = (id: number) => linkTo('/api/v1/surveys/{id}/answers.xlsx', { id });

// Where a one-time link's holder answers: the page of this app at /s/<token>.
export const linkAddress = (token: string, origin: string = window.location.origin) => `${origin}/s/${token}`;
