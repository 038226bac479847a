// Prints raw, gzip and brotli bytes of the bundles and fails when the classic script is over budget;
// then what each entry of dist/esm/ costs a bundler user: the entry with the chunks it imports, bundled
// as one file, without Lit (their application's) and with Lit and @lit/localize. Needs `rollup -c`.
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {litImports, plugins} from '../rollup.config.mjs';

// gzip bytes for dist/conference-widgets.js, the whole library. The goal is 16 KB; Lit and
// @lit/localize alone take 5.3 KB of it and the rest does not fit (README, "Size"). The size ladder:
// 25 KB for the three elements (the first step), 28 KB with the editor features of issue 11, 34 KB
// with <session-list>. Both of the last two are guarded: the script as shipped, and the same script
// built without <session-list> (what a page of cards, bios and banners weighs). Issues 9 and 10 took
// the library to 28.6 KB and issue 11's structured data added 1,387 B; build steps that change no
// source (short names for our private members, one property table per element, bare message ids, Lit
// code these bundles cannot reach, tighter templates: see rollup.config.mjs) took it back.
const GOAL = 16 * 1024;
// Issue 10's speed and scale work (a fetched document read and checked in parts, a banner's long list
// filled in chunks, cards far from the viewport not laid out, worded ranges kept, fewer nodes per card)
// cost about 1 KB in both builds. A later pass won it back by structure and build steps (more Lit code
// these bundles cannot reach, closing tags the parser implies, short names for our private custom
// properties, one describer per kind of structured data, fewer checks in the validator and importers,
// one box rule and one busy state in the elements): 33,853 B, and 28,350 B without the list. The full
// card in 60 nodes (issue 10) then took 181 B and 176 B of that room.
const BUDGET = 34 * 1024;
// Issue 11's bound: the three elements without <session-list> within 28 KB.
const BUDGET_WITHOUT_LIST = 28 * 1024;
const files = ['dist/conference-widgets.js', 'dist/conference-widgets.esm.js'];
const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
let over = false;
const report = (name, bytes, budget) => {
  const zipped = gzip(bytes);
  const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  const verdict = budget === undefined ? ''
    : zipped > budget ? `  OVER the ${budget} B budget`
    : `  (budget ${budget} B, ${budget - zipped} B left; goal ${GOAL} B, ${zipped - GOAL > 0 ? `${zipped - GOAL} B over` : 'met'})`;
  over ||= budget !== undefined && zipped > budget;
  console.log(`${name}: ${bytes.length} B raw, ${zipped} B gzip, ${brotli} B brotli${verdict}`);
};
for (const file of files) report(file, readFileSync(file), file.endsWith('conference-widgets.js') ? BUDGET : undefined);

// The classic script as rollup.config.mjs builds it, with <session-list>'s module replaced by an empty one.
{
  const list = /session-list[\\/]session-list\.ts$/;
  const bundle = await rollup({
    input: 'src/global.ts',
    onwarn() {},
    plugins: [{name: 'without-list', load: (id) => (list.test(id) ? 'export const SessionList = undefined, sessionListLayouts = [];' : null)}, ...plugins({oneFile: true})],
  });
  const {output} = await bundle.generate({format: 'iife', intro: 'if (window.ConferenceWidgets) return;'});
  await bundle.close();
  report('  the same without <session-list>', Buffer.from(output[0].code), BUDGET_WITHOUT_LIST);
}

/** One entry of dist/esm/ as one minified file, Lit left out or bundled in (compressed with it, as an application's minifier would). */
async function bundled(entry, withLit) {
  const bundle = await rollup({
    input: entry,
    external: withLit ? [] : litImports,
    onwarn() {},
    plugins: withLit ? [nodeResolve(), terser({module: true, compress: {passes: 2}, format: {comments: false}})] : [terser({module: true, compress: false, format: {comments: false}})],
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return Buffer.from(output[0].code);
}

console.log('\ndist/esm/ for bundlers: an entry with the chunks it imports, as one file, gzip');
for (const name of ['index', 'session-card', 'session-list', 'speaker-bio', 'track-banner']) {
  const entry = `dist/esm/${name}.js`;
  const [own, whole] = await Promise.all([bundled(entry, false), bundled(entry, true)]);
  console.log(`  ${`${name}.js`.padEnd(17)} ${String(gzip(own)).padStart(6)} B without Lit, ${String(gzip(whole)).padStart(6)} B with Lit and @lit/localize`);
}
if (over) process.exit(1);
