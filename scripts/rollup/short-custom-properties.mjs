// Rollup plugin for the one-file bundles: the custom properties our styles keep for themselves
// (`--_space`, `--_border`…; src/styles/base.ts: `--_…` are private, a page sets the `--conf-…` ones)
// get short names, the most used the shortest, as terser does for our private members
// (scripts/rollup/mangle-members.mjs). `--_track` keeps its name: docs/security.md and the tests name
// it. The source keeps its names, and dist/esm/ and the CLI keep them too.
//
// Every name is renamed where the source writes it whole (css``, html``, strings): `transform` stops
// the build if a module of ours builds one from parts (`--_${…}`, '--_' + …), which the renaming
// could not follow.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const NAME = /--_([a-zA-Z][\w-]*)/g;
const KEEP = new Set(['track']);

const sources = (dir) =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? (e.name === 'cli' || e.name === 'generated' ? [] : sources(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);

/** `a` … `z`, `aa` …: the short names in order. */
const shortName = (n) => (n < 26 ? '' : shortName(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));

/** Each private custom property of `code` (the sources, joined) and its short name, most used first. */
export function shortNames(code) {
  const counts = new Map();
  for (const [, name] of code.matchAll(NAME)) if (!KEEP.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
  const taken = new Set([...counts.keys(), ...KEEP]);
  const renames = new Map();
  for (let n = 0; renames.size < names.length; n++) {
    const short = shortName(n);
    // A short name that is also a long one would be renamed twice: skip it.
    if (!taken.has(short)) renames.set(names[renames.size], short);
  }
  return renames;
}

/** `code` with each private custom property renamed. */
export const rename = (code, renames) => code.replace(NAME, (whole, name) => (renames.has(name) ? `--_${renames.get(name)}` : whole));

export default function shortCustomProperties() {
  let renames;
  return {
    name: 'short-custom-properties',
    buildStart() {
      renames = shortNames(sources('src').map((file) => readFileSync(file, 'utf8')).join('\n'));
    },
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id)) return null;
      if (/--_\$\{|['"`]--_['"`]\s*\+/.test(code)) this.error(`${id}: a custom property name built from parts (--_\${…} or '--_' + …); the one-file bundles rename them whole (scripts/rollup/short-custom-properties.mjs)`);
      return code.includes('--_') ? {code: rename(code, renames), map: null} : null;
    },
  };
}
