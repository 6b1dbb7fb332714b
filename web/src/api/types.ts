// The JSON shapes of the server's answers and bodies, as the OpenAPI document the server
// describes itself with gives them (src/api/openapi.json, kept equal to the server's by
// scripts/api-document.sh and checked by the test command; schema.d.ts is generated from
// it by `npm run api-types` before every build and type check). A field the server renames
// or drops fails the type check of every page that reads it.
import type { components, operations } from './schema';

export type Schemas = components['schemas'];

// The JSON answer of an operation at a status.
export type Answer<Op extends keyof operations, Status extends number = 200> = operations[Op]['responses'] extends Record<
  Status,
  { content: { 'application/json': infer Body } }
>
  ? Body
  : never;

// The JSON body an operation takes.
export type RequestBody<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

// The query parameters an operation declares (all of them optional unless the document
// says otherwise).
export type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

export type UnitRef = NonNullable<Schemas['UnitRef']>;

// What the server lets an account do, sent with the signed-in account (GET /auth/me and
// the sign-in answer, src/org/roles.h): the app offers pages by these, never by role names.
export type Capabilities = Schemas['AccountCapabilities'];
export type Capability = keyof Capabilities;

// An account as lists show it; the signed-in one also says what it may do (`can`) and why
// it must change its password or set up two-step sign-in first, if it must.
export type User = Schemas['Account'] & { can?: Capabilities } &
  Partial<Pick<Schemas['SignedInAccount'], 'must_change_reason' | 'password_expires_at' | 'must_set_up_two_factor'>>;
export type Me = Answer<'getMe'>;
export type SignInAnswer = Schemas['Session'];

export type CatalogItem = Schemas['CatalogItem'];
export type Catalog = Schemas['Catalog'];
export type CatalogAspect = Catalog['aspects'][number];
export type Suggestion = Answer<'suggestCatalogItems'>['items'][number];

export type Case = Schemas['Case'];
export type PossibleDuplicate = NonNullable<Case['possible_duplicate_of']>;
export type CaseEvent = Schemas['Event'];
export type CasePage = Schemas['CasePage'];
// The bodies of filing a case and of a workflow action.
export type NewCase = Schemas['NewCase'];
export type Transition = Schemas['Transition'];

export type TabCounts = Answer<'getCaseTabCounts'>;
export type InboxTab = TabCounts['tabs'][number];
export type BulkResult = Answer<'bulkTransitionCases'>['results'][number];

export type ClientConfig = Schemas['ClientConfig'];

export type NearbyAnswer = Answer<'listFacilitiesNearby'>;
export type NearbyFacility = NearbyAnswer['facilities'][number];
export type LocateAnswer = Answer<'locateUnits'>;

// Residents' own registration (GET /auth/registration): whether it is open here and whether
// a code sent by SMS is needed; the communities one may register in; the form.
export type RegistrationMode = Answer<'getRegistrationSettings'>;
export type Community = Schemas['RegistrationCommunity'];
export type RegistrationForm = Schemas['Registration'];
