// Writes precompressed copies beside the built files (app.js → app.js.gz, app.js.br) so
// `sanwang serve` sends the smaller copy to a browser that accepts it (src/api/static_files.cc)
// without compressing on every request. Run after `vite build`; prints the first-load bytes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const TEXT = /\.(js|css|html|svg|json|txt)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.test(name)) yield path;
  }
}

const sizes = new Map();
for (const path of files(DIST)) {
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 });
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  // A copy no smaller than the file is not worth a second read.
  if (gz.length < data.length) writeFileSync(`${path}.gz`, gz);
  if (br.length < data.length) writeFileSync(`${path}.br`, br);
  sizes.set(path.slice(DIST.length), { raw: data.length, gz: Math.min(gz.length, data.length), br: Math.min(br.length, data.length) });
}

// What the sign-in page loads first: index.html and the script, styles and preloads it names.
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const first = ['index.html', ...[...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1])];
const total = { raw: 0, gz: 0, br: 0 };
for (const f of first) for (const k of Object.keys(total)) total[k] += sizes.get(f)?.[k] ?? 0;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`compress-dist: ${sizes.size} files; first load ${first.length} files: ${kb(total.raw)} raw, ${kb(total.gz)} gzip, ${kb(total.br)} brotli`);
