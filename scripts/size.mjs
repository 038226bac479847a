// Prints raw, gzip and brotli bytes of the bundles and fails when the classic script is over budget.
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const BUDGET = 16 * 1024; // gzip bytes for dist/conference-widgets.js, the whole library
const files = ['dist/conference-widgets.js', 'dist/conference-widgets.esm.js'];
let over = false;
for (const file of files) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, {level: 9}).length;
  const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  const budget = file.endsWith('conference-widgets.js') ? BUDGET : undefined;
  const verdict = budget === undefined ? '' : gzip > budget ? `  OVER the ${budget} B budget` : `  (budget ${budget} B, ${budget - gzip} B left)`;
  over ||= budget !== undefined && gzip > budget;
  console.log(`${file}: ${bytes.length} B raw, ${gzip} B gzip, ${brotli} B brotli${verdict}`);
}
if (over) process.exit(1);
