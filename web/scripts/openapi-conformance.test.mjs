// The conformance check (openapi-conformance.mjs) on a small document and hand-written
// exchanges: it passes what the document allows and fails, naming the mismatch, an
// undeclared field, status or query parameter, a refused value, a missing required
// parameter. Run by the test command: node --test web/scripts/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'openapi-conformance.mjs');

const document = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  servers: [{ url: '/' }],
  paths: {
    '/api/v1/things': {
      get: {
        operationId: 'listThings',
        parameters: [
          { name: 'kind', in: 'query', required: false, schema: { type: 'string', enum: ['big', 'small'] } },
          { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
        ],
        responses: {
          200: {
            description: 'OK',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { items: { type: 'array', items: { type: 'integer' } } }, required: ['items'] },
              },
            },
          },
          400: { description: 'Bad', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
    '/api/v1/picture': {
      get: {
        operationId: 'picture',
        responses: { 200: { description: 'An image', content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } } },
      },
    },
    '/api/v1/near': {
      get: {
        operationId: 'near',
        parameters: [{ name: 'lat', in: 'query', required: true, schema: { type: 'number', minimum: -90, maximum: 90 } }],
        responses: { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

function exchange(target, status, body) {
  const route = target.split('?')[0];
  return { method: 'GET', route, target, status, response: { json: body }, response_type: 'application/json' };
}

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Runs the check over these exchanges: its exit status and what it printed.
function check(...exchanges) {
  dir = mkdtempSync(join(tmpdir(), 'conformance-'));
  writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
  writeFileSync(join(dir, 'x.jsonl'), exchanges.map((e) => JSON.stringify(e)).join('\n'));
  try {
    return { ok: true, out: execFileSync('node', [SCRIPT, join(dir, 'openapi.json'), dir], { encoding: 'utf8' }) };
  } catch (e) {
    return { ok: false, out: String(e.stdout ?? e) };
  }
}

describe('openapi-conformance', () => {
  it('passes exchanges the document allows', () => {
    const { ok, out } = check(
      exchange('/api/v1/things?kind=big&page=2', 200, { items: [1, 2] }),
      exchange('/api/v1/near?lat=34.01', 200, {}),
      exchange('/api/v1/things?kind=huge', 400, { error: {} }),
    );
    assert.ok(out.includes('0 failures'), out);
    assert.ok(out.includes('query parameters: 2 operations declare the ones they read'), out);
    assert.equal(ok, true);
  });

  it('fails an answer with a field the schema does not name, and an undeclared status', () => {
    const { ok, out } = check(exchange('/api/v1/things', 200, { items: [], total: 0 }), exchange('/api/v1/near?lat=1', 404, {}));
    assert.equal(ok, false);
    assert.ok(out.includes('answer does not match the schema'), out);
    assert.ok(out.includes('status 404 is not declared'), out);
  });

  it('takes an answer whose type a declared range covers, and fails one outside it', () => {
    const picture = (type) => ({ ...exchange('/api/v1/picture', 200, undefined), response: {}, response_type: type });
    const passed = check(picture('image/png'), picture('image/jpeg; charset=binary'));
    assert.ok(passed.out.includes('0 failures'), passed.out);
    assert.equal(passed.ok, true);
    const failed = check(picture('text/html'));
    assert.equal(failed.ok, false);
    assert.ok(failed.out.includes('answered text/html but GET /api/v1/picture 200 declares image/*'), failed.out);
  });

  it('fails an accepted query parameter that is undeclared, refused by its schema, or missing though required', () => {
    const { ok, out } = check(
      exchange('/api/v1/things?colour=red', 200, { items: [] }),
      exchange('/api/v1/things?page=0', 200, { items: [] }),
      exchange('/api/v1/near?lat=north', 200, {}),
      exchange('/api/v1/near', 200, {}),
    );
    assert.equal(ok, false);
    assert.ok(out.includes('accepted the query parameter colour that GET /api/v1/things does not declare'), out);
    assert.ok(out.includes('accepted page=0 that its schema refuses'), out);
    assert.ok(out.includes('accepted lat=north that its schema refuses'), out);
    assert.ok(out.includes('answered without the required query parameter lat'), out);
  });
});
