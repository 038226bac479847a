// demo/data/frab-large.json is what scripts/make-frab.mjs writes (a seeded generator: the same bytes
// on every machine), so the file in the repository can be trusted to be the script's and stays small.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {frabText, makeFrab} from '../../scripts/make-frab.mjs';

const file = 'demo/data/frab-large.json';

test(`${file} is what scripts/make-frab.mjs makes, and under 1.2 MB`, () => {
  const text = readFileSync(file, 'utf8');
  assert.ok(text === frabText(makeFrab()), `${file} is out of date: run node scripts/make-frab.mjs`);
  assert.ok(Buffer.byteLength(text) < 1.2e6, `${Buffer.byteLength(text)} bytes`);
});

test('the generator is deterministic and makes the number of talks asked for', () => {
  assert.equal(frabText(makeFrab({talks: 120, seed: 3})), frabText(makeFrab({talks: 120, seed: 3})));
  assert.notEqual(frabText(makeFrab({talks: 120, seed: 3})), frabText(makeFrab({talks: 120, seed: 4})));
  const events = (s) => s.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
  for (const talks of [120, 1000]) assert.equal(events(makeFrab({talks})).filter((e) => e.type !== 'break').length, talks);
});
