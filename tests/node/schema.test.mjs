// The public JSON format: schema/conference.schema.json against src/data/types.ts and the demo data.
// Run with `node --test tests/node/`. Reads local files only; never fetches the URLs in the data.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const schemaUrl = new URL('schema/conference.schema.json', root);
const demoUrl = new URL('demo/data/gosim-paris-2025.json', root);
const typesUrl = new URL('src/data/types.ts', root);

const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
const demoText = readFileSync(demoUrl, 'utf8');
const demo = JSON.parse(demoText);
const typesText = readFileSync(typesUrl, 'utf8');

const ajv = new Ajv2020({allErrors: true, strict: true});
const validate = ajv.compile(schema);

const clone = (value) => structuredClone(value);
const formatErrors = (errors) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');

/** Validates `doc`, asserting it is rejected and that one error matches `expected`. */
function assertRejected(doc, expected) {
  assert.equal(validate(doc), false, 'the broken document was accepted');
  const hit = validate.errors.some(
    (e) =>
      e.instancePath === expected.instancePath &&
      e.keyword === expected.keyword &&
      Object.entries(expected.params ?? {}).every(([k, v]) => e.params[k] === v),
  );
  assert.ok(hit, `no error like ${JSON.stringify(expected)}; got:\n${formatErrors(validate.errors)}`);
}

function assertValid(doc, what) {
  const ok = validate(doc);
  assert.ok(ok, `${what} does not validate:\n${formatErrors(validate.errors)}`);
}

/** Reads an `as const` string array from types.ts, `export const name = [...] as const`. */
function constArray(name) {
  const match = new RegExp(`export const ${name} = \\[([\\s\\S]*?)\\] as const`).exec(typesText);
  assert.ok(match, `types.ts has no \`export const ${name} = [...] as const\``);
  return [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

/** The interfaces of types.ts: name -> [{name, optional, type}]. */
function interfaces() {
  const result = new Map();
  for (const [, name, body] of typesText.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
    const fields = [...body.matchAll(/^\s*readonly (\$?\w+)(\??): ([^;]+);/gm)].map(([, field, optional, type]) => ({
      name: field,
      optional: optional === '?',
      type: type.trim(),
    }));
    result.set(name, fields);
  }
  return result;
}

describe('schema/conference.schema.json', () => {
  test('is a draft 2020-12 schema that compiles in strict mode', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(typeof validate, 'function');
  });

  test('has the same enums as types.ts (sessionKinds, socialNetworks)', () => {
    const kinds = constArray('sessionKinds');
    const networks = constArray('socialNetworks');
    assert.ok(kinds.length > 0 && networks.length > 0);
    assert.deepEqual(schema.$defs.Session.properties.kind.enum, kinds);
    assert.deepEqual(schema.$defs.SocialProfile.properties.network.enum, networks);
  });

  test('has the same objects, properties and required fields as the interfaces of types.ts', () => {
    const found = interfaces();
    assert.ok(found.size >= 15, `only ${found.size} interfaces read from types.ts`);
    for (const [name, fields] of found) {
      const def = name === 'ConferenceDocument' ? schema : schema.$defs[name];
      assert.ok(def, `no $defs.${name} in the schema`);
      assert.equal(def.type, 'object', `${name} is not an object`);
      assert.equal(def.additionalProperties, false, `${name} allows unknown properties`);
      assert.deepEqual(Object.keys(def.properties).sort(), fields.map((f) => f.name).sort(), `${name} properties`);
      assert.deepEqual(
        [...(def.required ?? [])].sort(),
        fields.filter((f) => !f.optional).map((f) => f.name).sort(),
        `${name} required fields`,
      );
      for (const field of fields) {
        const prop = def.properties[field.name];
        const where = `${name}.${field.name}: ${field.type}`;
        const array = /^readonly (\w+)\[\]$/.exec(field.type);
        const target = array ? prop.items : prop;
        const typeName = array ? array[1] : field.type;
        if (array) assert.equal(prop.type, 'array', where);
        if (typeName === 'string') {
          assert.equal(target.type, 'string', where);
        } else if (typeName === 'SessionKind' || typeName === 'SocialNetwork') {
          assert.ok(Array.isArray(target.enum), where);
        } else {
          assert.equal(target.$ref, `#/$defs/${typeName}`, where);
        }
      }
    }
  });

  test('defines every type alias of types.ts', () => {
    const aliases = [...typesText.matchAll(/export type (\w+) = (?!\(typeof)/g)].map((m) => m[1]);
    assert.ok(aliases.includes('LocalizedText'));
    for (const alias of aliases) assert.ok(schema.$defs[alias], `no $defs.${alias}`);
  });

  test('describes every definition and every property (it is public documentation)', () => {
    const missing = [];
    for (const [name, def] of Object.entries(schema.$defs)) {
      if (typeof def.description !== 'string' || !def.description.trim()) missing.push(`$defs.${name}`);
    }
    const walk = (node, path) => {
      if (!node || typeof node !== 'object') return;
      if (node.properties) {
        for (const [key, prop] of Object.entries(node.properties)) {
          if (typeof prop.description !== 'string' || !prop.description.trim()) missing.push(`${path}.${key}`);
        }
      }
      for (const [key, child] of Object.entries(node)) {
        if (key !== 'enum' && key !== 'required') walk(child, `${path}.${key}`);
      }
    };
    walk(schema, '#');
    assert.deepEqual(missing, [], `without a description: ${missing.join(', ')}`);
  });

  test('accepts the date-time, date and URL forms types.ts documents', () => {
    const doc = clone(demo);
    for (const start of [
      '2025-05-07T11:10',
      '2025-05-07T11:10:00',
      '2025-05-07T09:10:00Z',
      '2025-05-07T09:10:00.000Z',
      '2025-05-07T11:10+02:00',
      '2025-05-07T06:10-03:00',
    ]) {
      doc.sessions[0].start = start;
      assertValid(doc, `start ${start}`);
    }
    for (const date of ['2014', '2014-03', '2014-03-21']) {
      doc.speakers[0].timeline[0].date = date;
      assertValid(doc, `timeline date ${date}`);
    }
    const urls = ['mofa.png', '../img/mofa.svg', '/logo.png', 'https://example.org/a?b=c#d', 'mailto:a@example.org'];
    for (const url of urls) {
      doc.credits[0].logo = {src: url, alt: 'MOFA'};
      assertValid(doc, `URL ${url}`);
    }
    doc.language = 'pt-BR';
    doc.event.name = {'pt-BR': 'GOSIM', en: 'GOSIM'};
    assertValid(doc, 'a pt-BR language map');
  });
});

describe('demo/data/gosim-paris-2025.json', () => {
  test('validates against the schema', () => {
    assertValid(demo, 'demo/data/gosim-paris-2025.json');
  });

  test('points its $schema at the schema file', () => {
    assert.equal(new URL(demo.$schema, demoUrl).href, schemaUrl.href);
    assert.equal(demo.language, 'en');
  });

  test('has the event, tracks, session and speaker ids the widgets and docs use', () => {
    assert.equal(demo.event.id, 'gosim-ai-paris-2025');
    assert.deepEqual(
      demo.tracks.map((t) => t.id),
      ['ai-model', 'ai-infra', 'ai-apps', 'embodied-ai', 'ai-for-science', 'global-open-source-ai-collaboration'],
    );
    const session = demo.sessions.find((s) => s.id === 'open-foundation-models');
    assert.ok(session, 'no session open-foundation-models');
    assert.equal(session.track, 'ai-model');
    assert.deepEqual(session.speakers, ['jenia-jitsev']);
    assert.equal(session.start, '2025-05-07T11:10');
    assert.equal(session.end, '2025-05-07T11:50');
    assert.ok(demo.speakers.some((s) => s.id === 'jenia-jitsev'), 'no speaker jenia-jitsev');
    assert.equal(demo.event.timeZone, 'Europe/Paris');
  });

  test('has unique ids and references that resolve', () => {
    for (const list of ['tracks', 'rooms', 'sessions', 'speakers']) {
      const ids = (demo[list] ?? []).map((x) => x.id);
      assert.equal(new Set(ids).size, ids.length, `duplicate ${list} id`);
    }
    const tracks = new Set(demo.tracks.map((t) => t.id));
    const rooms = new Set((demo.rooms ?? []).map((r) => r.id));
    const speakers = new Set(demo.speakers.map((s) => s.id));
    for (const session of demo.sessions) {
      if (session.track) assert.ok(tracks.has(session.track), `${session.id}: unknown track ${session.track}`);
      if (session.room) assert.ok(rooms.has(session.room), `${session.id}: unknown room ${session.room}`);
      for (const id of session.speakers ?? []) assert.ok(speakers.has(id), `${session.id}: unknown speaker ${id}`);
    }
    const colors = demo.tracks.map((t) => t.color);
    assert.equal(new Set(colors).size, colors.length, 'two tracks share a colour');
  });

  test('is correctly encoded: no Mac Roman mojibake, real Jülich, apostrophes and dashes', () => {
    for (const bad of ['√º', '‚Äô', 'üß', '‚Äî', '‚Äì', '‚Äú', 'Ã¼', '\uFFFD']) {
      assert.ok(!demoText.includes(bad), `mis-encoded sequence ${JSON.stringify(bad)} in the demo data`);
    }
    assert.ok(demoText.includes('Jülich'), 'no "Jülich"');
    assert.ok(demoText.includes('Jenia’s journey'), 'no real apostrophe (’)');
    assert.ok(demoText.includes('works with—so buckle up'), 'no em dash (—)');
    assert.equal(demoText, demoText.normalize('NFC'), 'text is not NFC');
    assert.ok(!demoText.includes('\r'), 'CRLF line ends');
  });

  test('keeps every link of the seed document', () => {
    const seedUrls = [
      'https://github.com/JeniaJitsev/pong-RL',
      'https://laion.ai/laion-5b-a-new-era-of-open-large-scale-multi-modal-datasets/',
      'https://github.com/formll/resolving-scaling-law-discrepancies',
      'https://mlconference.ai/blog/ai-as-a-superpower-laion-and-the-role-of-open-source-in-artificial-intelligence/',
      'https://twitter.com/jjitsev',
      'https://www.linkedin.com/in/jenia-jitsev-11654427',
      'https://github.com/JeniaJitsev',
      'https://laion.ai/',
      'https://www.fz-juelich.de/en/ias/jsc/news/news-items/news-flashes/2023/laion-falling-walls-award',
      'https://laion.ai/team/',
      'https://www.fz-juelich.de/en/ias/jsc/about-us/profile',
      'https://github.com/moxin-org/mofa',
    ];
    // Left out on purpose: the photo URL (a web page, not an image) and the relative mofa.png logo
    // (no such file beside the data): the demo loads nothing that is not there.
    for (const url of seedUrls) {
      // A URL is a field value, or the target of a markdown link in rich text.
      assert.ok(demoText.includes(JSON.stringify(url)) || demoText.includes(`](${url})`), `missing ${url}`);
    }
    const speaker = demo.speakers[0];
    assert.equal(speaker.sources.length, 5);
    assert.equal(speaker.sources[4].name, 'Jülich Supercomputing Centre');
  });

  test('keeps the facts of the seed document', () => {
    const facts = [
      'GOSIM AI Paris 2025',
      'Driving progress in global open-source AI collaboration',
      'Shaping the Future with Open-Source AI',
      'pioneering on-device small LLMs',
      'derivation of reproducible scaling laws is crucial',
      'PhD in Computer Science (Computational Neuroscience, Machine Learning)',
      'Cross-Sectional Team \\"Deep Learning\\" (CST-DL)',
      'Co-founded LAION e.V.',
      '5.85 billion CLIP-filtered image-text pairs, 14x larger than LAION-400M',
      'Science Breakthrough of the Year 2023',
      'in the category \\"Science and Innovation Management\\"',
      'Falling Walls Foundation',
      'Rising Star Award',
      'NeurIPS 2022',
      'Presented the LAION-5B dataset and its implications for open-source AI research.',
      'Discusses the creation and impact of the LAION-5B dataset.',
      'without proprietary constraints',
      'laid the foundation for his later work in scalable deep learning and HPC',
      'continues to inspire new generations in the fields of supercomputing and artificial intelligence',
      // 'Forschungszentrum Jülich' credited the photo, left out with it (a web page, not an image).
      '@JJitsev',
    ];
    for (const fact of facts) assert.ok(demoText.includes(fact), `missing fact: ${fact}`);
    const intro = demo.sessions[0].hostIntro;
    assert.equal(intro.host, 'Host');
    assert.equal(intro.direction, 'With upbeat energy');
    assert.equal(intro.closingDirection, 'Lead applause, transition smoothly.');
    assert.equal(intro.text.split('\n\n').length, 4, 'host script should have four paragraphs');
    assert.ok(intro.text.startsWith('*"Ladies and gentlemen, good morning!*'));
    assert.ok(intro.text.endsWith('**Jenia Jitsev!**"'));
    assert.ok(!/[ \t]\n|[ \t]$/.test(intro.text), 'markdown hard-break spaces left in the script');
  });

  test('has French for the short texts', () => {
    const speaker = demo.speakers[0];
    const track = demo.tracks[0];
    const localized = {
      'event.theme': demo.event.theme,
      'tracks[0].tagline': track.tagline,
      'tracks[0].description': track.description,
      'sessions[0].abstract': demo.sessions[0].abstract,
      'speakers[0].positions[0].title': speaker.positions[0].title,
      'speakers[0].positions[1].title': speaker.positions[1].title,
      'speakers[0].role': speaker.role,
      'credits[0].role': demo.credits[0].role,
    };
    for (const [where, text] of Object.entries(localized)) {
      assert.equal(typeof text, 'object', `${where} is not a language map`);
      assert.ok(text.en && text.fr, `${where} lacks en or fr`);
      assert.notEqual(text.fr, text.en, `${where}: French equals English`);
      assert.ok(!text.fr.includes("'"), `${where}: typewriter apostrophe in French`);
    }
    assert.equal(demo.credits[0].role.fr, 'Source du contenu');
  });
});

describe('broken documents are rejected', () => {
  test('event without timeZone', () => {
    const doc = clone(demo);
    delete doc.event.timeZone;
    assertRejected(doc, {instancePath: '/event', keyword: 'required', params: {missingProperty: 'timeZone'}});
  });

  test('session start "11h10"', () => {
    const doc = clone(demo);
    doc.sessions[0].start = '11h10';
    assertRejected(doc, {instancePath: '/sessions/0/start', keyword: 'pattern'});
  });

  test('session start without a date, or with an invalid hour', () => {
    for (const start of ['11:10', '2025-05-07 11:10', '2025-05-07T25:10', '2025-05-07T11:10+2']) {
      const doc = clone(demo);
      doc.sessions[0].start = start;
      assertRejected(doc, {instancePath: '/sessions/0/start', keyword: 'pattern'});
    }
  });

  test('unknown property "titel" in a session', () => {
    const doc = clone(demo);
    doc.sessions[0].titel = 'Typo';
    assertRejected(doc, {
      instancePath: '/sessions/0',
      keyword: 'additionalProperties',
      params: {additionalProperty: 'titel'},
    });
  });

  test('unknown property at the root', () => {
    const doc = clone(demo);
    doc.sesions = [];
    assertRejected(doc, {instancePath: '', keyword: 'additionalProperties', params: {additionalProperty: 'sesions'}});
  });

  test('social network "myspace"', () => {
    const doc = clone(demo);
    doc.speakers[0].social[0].network = 'myspace';
    assertRejected(doc, {instancePath: '/speakers/0/social/0/network', keyword: 'enum'});
  });

  test('session kind "talkk"', () => {
    const doc = clone(demo);
    doc.sessions[0].kind = 'talkk';
    assertRejected(doc, {instancePath: '/sessions/0/kind', keyword: 'enum'});
  });

  test('a javascript: URL', () => {
    const doc = clone(demo);
    doc.speakers[0].social[0].url = 'javascript:alert(1)';
    assertRejected(doc, {instancePath: '/speakers/0/social/0/url', keyword: 'pattern'});
  });

  test('an empty language map and a bad language key', () => {
    const empty = clone(demo);
    empty.event.theme = {};
    assertRejected(empty, {instancePath: '/event/theme', keyword: 'minProperties'});
    const badKey = clone(demo);
    badKey.event.theme = {english: 'Driving progress'};
    assertRejected(badKey, {instancePath: '/event/theme', keyword: 'pattern'});
  });

  test('a timeline date "14" and an event date "2025-5-6"', () => {
    const timeline = clone(demo);
    timeline.speakers[0].timeline[0].date = '14';
    assertRejected(timeline, {instancePath: '/speakers/0/timeline/0/date', keyword: 'pattern'});
    const event = clone(demo);
    event.event.start = '2025-5-6';
    assertRejected(event, {instancePath: '/event/start', keyword: 'pattern'});
  });

  test('a blank title, a blank language-map text and an id with a space', () => {
    const blank = clone(demo);
    blank.sessions[0].title = '  ';
    assertRejected(blank, {instancePath: '/sessions/0/title', keyword: 'pattern'});
    const blankFr = clone(demo);
    blankFr.event.theme.fr = '';
    assertRejected(blankFr, {instancePath: '/event/theme/fr', keyword: 'pattern'});
    const spaced = clone(demo);
    spaced.speakers[0].id = 'jenia jitsev';
    assertRejected(spaced, {instancePath: '/speakers/0/id', keyword: 'pattern'});
  });

  test('a session with an end but no start', () => {
    const doc = clone(demo);
    delete doc.sessions[0].start;
    assertRejected(doc, {instancePath: '/sessions/0', keyword: 'dependentRequired', params: {missingProperty: 'start'}});
  });

  test('aliases: ids without spaces, on sessions and speakers only', () => {
    const doc = clone(demo);
    doc.sessions[0].aliases = ['10386', 'camp2019-10386-opening_ceremony'];
    doc.speakers[0].aliases = ['26', 'NQTF8Y'];
    assertValid(doc, 'aliases on a session and a speaker');
    doc.sessions[0].aliases = ['10386 opening'];
    assertRejected(doc, {instancePath: '/sessions/0/aliases/0', keyword: 'pattern'});
    const track = clone(demo);
    track.tracks[0].aliases = ['1'];
    assertRejected(track, {instancePath: '/tracks/0', keyword: 'additionalProperties', params: {additionalProperty: 'aliases'}});
  });

  test('a work without title', () => {
    const doc = clone(demo);
    delete doc.speakers[0].publications[0].title;
    assertRejected(doc, {
      instancePath: '/speakers/0/publications/0',
      keyword: 'required',
      params: {missingProperty: 'title'},
    });
  });
});
