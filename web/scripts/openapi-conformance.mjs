// Checks real traffic against the OpenAPI document: every exchange the API tests sent
// (one JSON line each in the *.jsonl files of a directory, written when
// SANWANG_API_EXCHANGES names it; see src/api/exchange_log.h) must use a documented operation and answer a status that
// operation declares, with a body of a declared media type that validates against its
// schema; a request body the server accepted must validate against the request schema,
// and the query parameters of an accepted request must be ones the operation declares,
// with valid values.
// Schemas are checked with Ajv. Prints a summary per operation and every failure; exits 1
// when there is one. Used by scripts/openapi-conformance.sh.
//   node web/scripts/openapi-conformance.mjs openapi.json EXCHANGES-DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

const [documentFile, exchangesDir] = process.argv.slice(2);
if (!documentFile || !exchangesDir) {
  console.error('usage: openapi-conformance.mjs OPENAPI.json EXCHANGES-DIR');
  process.exit(2);
}

const document = JSON.parse(readFileSync(documentFile, 'utf8'));
const exchanges = readdirSync(exchangesDir)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) => readFileSync(join(exchangesDir, name), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
if (exchanges.length === 0) {
  console.error(`openapi-conformance: no exchanges in ${exchangesDir}`);
  process.exit(1);
}

// OpenAPI 3.0 schema objects are JSON Schema with extra words (nullable, example, …); Ajv
// knows `nullable` and is told to ignore the rest. Formats are names, not checked here.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, validateSchema: false });

// Answers are checked against a copy of the document whose objects admit only the
// properties they list: a field the server sends that the document does not name is a
// failure. Request bodies are checked as the document writes them.
function closeObjects(node) {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (node === null || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closeObjects(value)]));
  if (out.properties && typeof out.properties === 'object' && !('additionalProperties' in out)) {
    out.additionalProperties = false;
  }
  return out;
}
ajv.addSchema(document, 'openapi');
ajv.addSchema(closeObjects(document), 'answers');
const compiled = new Map();

// A schema of the document with its local references pointed at a copy of the document.
function anchored(schema, base) {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${base}${value}` : value,
  );
}

function validator(key, schema, base) {
  if (!compiled.has(key)) {
    const anchoredSchema = anchored(base === 'answers' ? closeObjects(schema) : schema, base);
    compiled.set(key, ajv.compile(anchoredSchema));
  }
  return compiled.get(key);
}

const basePath = (() => {
  const url = document.servers?.[0]?.url ?? '';
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return path === '/' ? '' : path.replace(/\/$/, '');
})();

function operationOf(route, method) {
  for (const path of [route, basePath && route.startsWith(basePath) ? route.slice(basePath.length) : null]) {
    const operation = path != null ? document.paths?.[path]?.[method.toLowerCase()] : undefined;
    if (operation) return { path, operation };
  }
  return null;
}

// A local reference ("#/components/responses/NotFound") as the object it names.
function resolve(node) {
  if (!node?.$ref?.startsWith('#/')) return node;
  return node.$ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((at, part) => at?.[part], document);
}

function declaredResponse(operation, status) {
  const responses = operation.responses ?? {};
  const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  return declared ? resolve(declared) : null;
}

const mediaType = (contentType) => (contentType ?? '').split(';')[0].trim().toLowerCase();

function describe(errors) {
  return ajv.errorsText(errors, { separator: '; ', dataVar: 'body' });
}

const failures = [];
const perOperation = new Map();
let outside = 0;
let checkedResponses = 0;
let checkedRequests = 0;

// Keyed by route, so that one mismatch met by many requests is listed once, with the
// first request that met it.
const examples = new Map();
function fail(exchange, what) {
  const key = `${exchange.method} ${exchange.route || exchange.target} → ${exchange.status}: ${what}`;
  failures.push(key);
  if (!examples.has(key)) examples.set(key, exchange.target);
}

// What a content map declares for an answer of `type`: the type itself, else a range that
// covers it (image/*, then */*) — OpenAPI lets a map name ranges, the most specific first.
function declaredMedia(content, type) {
  if (content[type]) return content[type];
  if (!type) return undefined;
  return content[`${type.split('/')[0]}/*`] ?? content['*/*'];
}

function checkResponse(exchange, name, operation, tally) {
  const declared = declaredResponse(operation, exchange.status);
  if (!declared) {
    fail(exchange, `status ${exchange.status} is not declared for ${name}`);
    return;
  }
  const body = exchange.response;
  const content = declared.content ?? {};
  if (body == null) return;
  const type = mediaType(exchange.response_type);
  const media = declaredMedia(content, type);
  if (!media) {
    const listed = Object.keys(content).join(', ') || 'no body';
    fail(exchange, `answered ${type || 'a body'} but ${name} ${exchange.status} declares ${listed}`);
    return;
  }
  if (!media.schema || body.json === undefined) return;
  const validate = validator(`${name} ${exchange.status} ${type}`, media.schema, 'answers');
  checkedResponses += 1;
  tally.responses += 1;
  if (!validate(body.json)) fail(exchange, `answer does not match the schema: ${describe(validate.errors)}`);
}

function checkRequest(exchange, name, operation, tally) {
  if (exchange.status >= 400 || exchange.request?.json === undefined) return;
  const type = mediaType(exchange.request_type);
  const media = operation.requestBody?.content?.[type];
  // Clients send `{}` to a route that takes no body; the server reads nothing of it.
  const empty = typeof exchange.request.json === 'object' && Object.keys(exchange.request.json ?? {}).length === 0;
  if (!media && !operation.requestBody && empty) return;
  if (!media) {
    fail(exchange, `accepted a ${type} body that ${name} does not declare`);
    return;
  }
  if (!media.schema) return;
  const validate = validator(`${name} request ${type}`, media.schema, 'openapi');
  checkedRequests += 1;
  tally.requests += 1;
  if (!validate(exchange.request.json)) {
    fail(exchange, `accepted a request the schema refuses: ${describe(validate.errors)}`);
  }
}

// A query value as the schema reads it: the wire carries text.
function queryValue(text, schema) {
  const type = resolve(schema)?.type;
  if ((type === 'integer' || type === 'number') && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

// The query parameters of an accepted request against those the operation declares: each
// one sent is declared and its value valid; each required one is present.
function checkQuery(exchange, name, operation, tally) {
  const query = new URL(exchange.target, 'http://host').searchParams;
  const declared = (operation.parameters ?? []).map(resolve).filter((p) => p?.in === 'query');
  if (exchange.status >= 400) return;
  for (const key of new Set(query.keys())) {
    const parameter = declared.find((p) => p.name === key);
    if (!parameter) {
      fail(exchange, `accepted the query parameter ${key} that ${name} does not declare`);
      continue;
    }
    const validate = validator(`${name} query ${key}`, parameter.schema ?? {}, 'openapi');
    tally.queries += 1;
    if (!validate(queryValue(query.get(key), parameter.schema))) {
      fail(exchange, `accepted ${key}=${query.get(key)} that its schema refuses: ${describe(validate.errors)}`);
    }
  }
  for (const parameter of declared) {
    if (parameter.required && !query.has(parameter.name)) {
      fail(exchange, `answered without the required query parameter ${parameter.name}`);
    }
  }
}

for (const exchange of exchanges) {
  const found = exchange.route ? operationOf(exchange.route, exchange.method) : null;
  if (!found) {
    // Open311, health and metrics keep their own specifications; a REST route missing
    // from the document is a failure.
    if (exchange.route?.startsWith('/api/v1/') && exchange.route !== '/api/v1/openapi.json') {
      fail(exchange, `${exchange.method} ${exchange.route} is not in the document`);
    } else {
      outside += 1;
    }
    continue;
  }
  const name = `${exchange.method} ${found.path}`;
  if (!perOperation.has(name)) perOperation.set(name, { exchanges: 0, responses: 0, requests: 0, queries: 0 });
  const tally = perOperation.get(name);
  tally.exchanges += 1;
  checkResponse(exchange, name, found.operation, tally);
  checkRequest(exchange, name, found.operation, tally);
  checkQuery(exchange, name, found.operation, tally);
}

const documented = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.keys(item)
    .filter((method) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
    .map((method) => `${method.toUpperCase()} ${path}`),
);
const unexercised = documented.filter((name) => !perOperation.has(name));
// An operation whose success answer says more than "a JSON object": a $ref, properties,
// items or a file type.
const described = documented.filter((name) => {
  const [method, path] = name.split(' ');
  const responses = document.paths[path][method.toLowerCase()].responses ?? {};
  return Object.entries(responses).some(
    ([status, response]) =>
      status.startsWith('2') &&
      Object.values(response.content ?? {}).some(({ schema }) => schema && JSON.stringify(schema) !== '{"type":"object"}'),
  );
});
const withBodies = documented.filter((name) => {
  const [method, path] = name.split(' ');
  return document.paths[path][method.toLowerCase()].requestBody !== undefined;
});

console.log(
  `conformance: ${exchanges.length} exchanges, ${perOperation.size} of ${documented.length} operations exercised, ` +
    `${checkedResponses} answers and ${checkedRequests} request bodies checked against schemas, ` +
    `${outside} outside the document (Open311, health, metrics), ${failures.length} failures`,
);
console.log(
  `described: ${described.length} of ${documented.length} operations give their success answer's shape; ` +
    `${withBodies.length} declare a request body`,
);
const withQueries = documented.filter((name) => {
  const [method, path] = name.split(' ');
  return (document.paths[path][method.toLowerCase()].parameters ?? []).some((p) => resolve(p)?.in === 'query');
});
console.log(`query parameters: ${withQueries.length} operations declare the ones they read`);
if (unexercised.length) console.log(`not exercised by the tests: ${unexercised.join(', ')}`);
const unchecked = [...perOperation].filter(([, t]) => t.responses === 0).map(([name]) => name);
if (unchecked.length) console.log(`exercised but no answer has a schema to check: ${unchecked.join(', ')}`);
// The same mismatch usually repeats over many tests: show each distinct one once.
const distinct = [...new Set(failures)];
for (const failure of distinct.slice(0, 200)) console.log(`  ✗ ${failure} (e.g. ${examples.get(failure)})`);
if (distinct.length > 200) console.log(`  … and ${distinct.length - 200} more`);
process.exit(failures.length ? 1 : 0);
