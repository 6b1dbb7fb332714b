// Validates an OpenAPI document with @apidevtools/swagger-parser: the document against the
// OpenAPI 3.0 schema, and every $ref resolved. Used by scripts/openapi-lint.sh.
//   node web/scripts/validate-openapi.mjs openapi.json
import SwaggerParser from '@apidevtools/swagger-parser';

const file = process.argv[2];
if (!file) {
  console.error('usage: validate-openapi.mjs FILE');
  process.exit(2);
}
try {
  const api = await SwaggerParser.validate(file);
  const operations = Object.values(api.paths).reduce((n, path) => n + Object.keys(path).length, 0);
  console.log(`swagger-parser: ${file} is valid OpenAPI ${api.openapi} (${operations} operations)`);
} catch (error) {
  console.error(`swagger-parser: ${error.message}`);
  process.exit(1);
}
