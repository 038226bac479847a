// `npm run validate`: the strict reading of a document, for its authors.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {promisify} from 'node:util';

const run = async (...args) => {
  try {
    const {stdout} = await promisify(execFile)('node', ['scripts/validate.mjs', ...args]);
    return {code: 0, stdout};
  } catch (error) {
    return {code: error.code, stdout: error.stdout};
  }
};

test('the default data has no fault', async () => {
  const {code, stdout} = await run('demo/data/gosim-paris-2025.json');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /native format; 1 sessions, 1 speakers, 6 tracks, 0 rooms shown/);
  assert.match(stdout, /no fault\./);
});

test('lists every fault with its path, and exits 1', async () => {
  const doc = JSON.parse(await readFile('demo/data/gosim-paris-2025.json', 'utf8'));
  doc.tracks[0].color = 'v\\61r(--x, u\\72l(https://evil.test/x.png))';
  doc.sessions[0].language = 'de, en';
  doc.sessions.push({id: 'broken', start: '2025-02-30T10:00'});
  const file = join(await mkdtemp(join(tmpdir(), 'validate-')), 'broken.json');
  await writeFile(file, JSON.stringify(doc));
  const {code, stdout} = await run(file);
  assert.equal(code, 1, stdout);
  assert.match(stdout, /fault tracks\[0\]\.color: expected a CSS colour/);
  assert.match(stdout, /fault sessions\[0\]\.language: expected a language tag/);
  assert.match(stdout, /fault sessions\[1\]\.title: .*\(sessions\[1\] left out\)/);
  assert.match(stdout, /3 fault\(s\) to fix/);
});

const fixture = '../shared/fixtures/frab/voc-example-frab-camp2019.json';
test('reads the exports, with the importers’ notes', {skip: !existsSync(fixture) && 'no ../shared/fixtures'}, async () => {
  const {stdout} = await run(fixture, '--format', 'frab');
  assert.match(stdout, /frab format; \d+ sessions/);
});

test('says when a file is no document at all, and exits 2', async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'validate-')), 'list.json');
  await writeFile(file, '[]');
  const {code, stdout} = await run(file);
  assert.equal(code, 2);
  assert.match(stdout, /fits no format|format/);
});
