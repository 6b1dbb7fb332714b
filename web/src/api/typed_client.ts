// Calls by the OpenAPI document's paths: the path is one the server documents, its path
// and query parameters and its JSON body are those the document declares, and the answer
// has the type of the operation's success answer (schema.d.ts, generated from the
// document). A route or field the server changes fails the type check of the caller.
// Underneath is client.ts's request(): the same cookie, CSRF token and ApiError.
//   const worker = await call('get', '/api/v1/roster/workers/{id}', { path: { id } });
import { buildUrl, request, type Query } from './client';
import type { paths } from './schema';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

// The documented paths that take `method`.
export type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, infer O> ? ([O] extends [undefined | never] ? never : P) : never;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type Parameters<O> = O extends { parameters: infer X } ? X : Record<string, never>;
type PathParameters<O> = Parameters<O> extends { path: infer T } ? T : undefined;
type QueryParameters<O> = Parameters<O> extends { query?: infer T } ? T : undefined;
type RequestBody<O> = O extends { requestBody?: infer R } ? R : undefined;
type JsonBody<O> = [RequestBody<O>] extends [undefined]
  ? undefined
  : NonNullable<RequestBody<O>> extends { content: { 'application/json': infer B } }
    ? B
    : undefined;

type JsonAnswer<R> = R extends { content: { 'application/json': infer J } } ? J : void;
// The answer of the operation's success status (200 or 201).
export type AnswerOf<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonAnswer<R[200]>
    : 201 extends keyof R
      ? JsonAnswer<R[201]>
      : void
  : never;

// What a call gives besides method and path: only the members its operation declares.
export type CallOptions<O> = ([PathParameters<O>] extends [undefined | never] ? { path?: never } : { path: PathParameters<O> }) &
  ([QueryParameters<O>] extends [undefined | never] ? { query?: never } : { query?: QueryParameters<O> }) &
  ([JsonBody<O>] extends [undefined | never] ? { body?: never } : { body: JsonBody<O> });

// "/api/v1/cases/{id}/photos" with {id: 7} → "/api/v1/cases/7/photos".
export function fillPath(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(String(value));
  });
}

export function call<M extends Method, P extends PathOf<M>>(
  method: M,
  path: P,
  ...options: {} extends CallOptions<Operation<P, M>> ? [CallOptions<Operation<P, M>>?] : [CallOptions<Operation<P, M>>]
): Promise<AnswerOf<Operation<P, M>>> {
  const given = (options[0] ?? {}) as { path?: Record<string, string | number>; query?: Record<string, unknown>; body?: unknown };
  const query = given.query as Record<string, string | number | boolean | undefined | null> | undefined;
  return request(method.toUpperCase(), fillPath(path, given.path), { query, body: given.body });
}

// POST /cases/{id}/photos takes the image itself, not JSON, its type the Content-Type.
export function addCasePhoto(
  caseId: number,
  photo: Blob,
): Promise<AnswerOf<Operation<'/api/v1/cases/{id}/photos', 'post'>>> {
  return request('POST', fillPath('/api/v1/cases/{id}/photos', { id: caseId }), { body: photo, contentType: photo.type });
}

type VenuePhotoUpload = Operation<'/api/v1/venues/{id}/photos', 'post'>;

// POST /venues/{id}/photos likewise; the caption, when there is one, rides in the query
// because the body is the image.
export function addVenuePhoto(venueId: number, photo: Blob, caption = ''): Promise<AnswerOf<VenuePhotoUpload>> {
  const query = (caption.trim() ? { caption: caption.trim() } : undefined) satisfies QueryParameters<VenuePhotoUpload> | undefined;
  return request('POST', fillPath('/api/v1/venues/{id}/photos', { id: venueId }), { query, body: photo, contentType: photo.type });
}

type PathValues = Record<string, string | number>;

// A route that takes a file (CSV, GeoJSON …) as its body instead of JSON.
export function sendFile<P extends PathOf<'post'>>(
  path: P,
  file: Blob,
  contentType: string,
  values?: PathValues,
): Promise<AnswerOf<Operation<P, 'post'>>> {
  return request('POST', fillPath(path, values), { body: file, contentType });
}

// A route that answers a text file (CSV), read as text.
export function readText<P extends PathOf<'get'>>(path: P, values?: PathValues): Promise<string> {
  return request('GET', fillPath(path, values), { as: 'text' });
}

// The address of a documented file to link to (a calendar, a workbook), for an <a href>.
export function linkTo<P extends PathOf<'get'>>(path: P, values?: PathValues, query?: Query): string {
  return buildUrl(fillPath(path, values), query);
}
