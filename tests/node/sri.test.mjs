// The pinned CDN tags in README.md and docs/*.md name this version and carry the hash of the file the
// build makes (`npm run sri` rewrites them), and dist/sri.json is the build's. Needs `rollup -c` and
// `node scripts/sri.mjs` first (npm test does both).
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {documents, hashes, integrity, pinnedTags, version} from '../../scripts/sri.mjs';

test('dist/sri.json holds the hash of every built script', () => {
  assert.ok(existsSync('dist/sri.json'), 'build first: rollup -c && node scripts/sri.mjs');
  const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8'));
  assert.deepEqual(sri, hashes());
  for (const file of ['conference-widgets.js', 'conference-widgets.esm.js', 'esm/index.js', 'esm/session-card.js', 'esm/speaker-bio.js', 'esm/track-banner.js']) {
    assert.match(sri[file] ?? '', /^sha384-[A-Za-z0-9+/]{64}$/, file);
  }
});

test('the README pins the classic script', () => {
  const tags = pinnedTags(readFileSync('README.md', 'utf8'));
  assert.ok(tags.some((tag) => tag.file === 'conference-widgets.js' && /cdn\.jsdelivr\.net\/npm\//.test(tag.tag)), 'a jsDelivr tag for the classic script');
});

for (const name of documents()) {
  test(`${name}: every pinned tag has this version, the built file's hash and crossorigin (npm run sri)`, () => {
    for (const tag of pinnedTags(readFileSync(name, 'utf8'))) {
      assert.equal(tag.version, version(), `${tag.tag}\nversion: run npm run sri`);
      assert.ok(existsSync(`dist/${tag.file}`), `${tag.tag}\nno dist/${tag.file}`);
      assert.equal(tag.integrity, integrity(`dist/${tag.file}`), `${tag.tag}\nintegrity differs from the build: run npm run sri`);
      assert.ok(tag.crossorigin, `${tag.tag}\nneeds crossorigin="anonymous" (a CDN response is cross-origin)`);
    }
  });
}
