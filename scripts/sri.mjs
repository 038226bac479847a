// Subresource Integrity for the built files: writes dist/sri.json ({"conference-widgets.js":
// "sha384-…", …}, paths relative to dist/) for the classic script and every ES module. With --docs it
// also rewrites the pinned CDN tags in README.md and docs/*.md (the version in their URL and their
// `integrity`) from package.json and the build: `npm run sri` after a change to the bundle.
// tests/node/sri.test.mjs fails when a pinned tag differs from the build.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

export const version = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** `sha384-<base64>` of a file's bytes, as browsers check it. */
export const integrity = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** Every .js file under dist/ that a page may load: the two bundles and dist/esm/. */
function scripts() {
  const walk = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dir === dist && entry.name !== 'esm' ? [] : walk(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
  return walk(dist).map((path) => relative(dist, path).split(sep).join('/')).sort();
}

/** The hashes of the build, by path relative to dist/. */
export const hashes = () => Object.fromEntries(scripts().map((path) => [path, integrity(join(dist, path))]));

/**
 * The pinned tags in a Markdown text: each `<script>` or `<link>` whose URL is
 * `https://<cdn>/conference-widgets@X.Y.Z/dist/<file>`, with its version, file and `integrity`.
 */
export function pinnedTags(text) {
  return [...text.matchAll(/<(?:script|link)\b[^>]*>/g)].flatMap((match) => {
    const url = /(?:src|href)="https:\/\/[^"]*\/conference-widgets@([^/"]+)\/dist\/([^"]+)"/.exec(match[0]);
    if (!url) return [];
    const sri = /\bintegrity="([^"]*)"/.exec(match[0]);
    return [{tag: match[0], index: match.index, version: url[1], file: url[2], integrity: sri?.[1], crossorigin: /\bcrossorigin="anonymous"/.test(match[0])}];
  });
}

/** The texts that show pinned tags. */
export const documents = () => ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** `text` with every pinned tag's version and integrity set from the build. */
function repin(text, current, sums) {
  let out = '';
  let last = 0;
  for (const {tag, index, file} of pinnedTags(text)) {
    const sum = sums[file];
    if (!sum) throw new Error(`${file}: not in dist/ (build first)`);
    const fixed = tag.replace(/conference-widgets@[^/"]+\/dist\//, `conference-widgets@${current}/dist/`).replace(/\bintegrity="[^"]*"/, `integrity="${sum}"`);
    out += text.slice(last, index) + fixed;
    last = index + tag.length;
  }
  return out + text.slice(last);
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const sums = hashes();
  writeFileSync(join(dist, 'sri.json'), `${JSON.stringify(sums, null, 2)}\n`);
  console.log(`dist/sri.json: ${Object.keys(sums).length} files`);
  if (process.argv.includes('--docs')) {
    const current = version();
    for (const name of documents()) {
      const path = join(root, name);
      const text = readFileSync(path, 'utf8');
      const fixed = repin(text, current, sums);
      if (fixed !== text) {
        writeFileSync(path, fixed);
        console.log(`${name}: pinned to ${current}`);
      }
    }
  }
}
