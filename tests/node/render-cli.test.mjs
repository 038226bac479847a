// `conference-widgets render`: options, errors and the page kept as it was. Runs the bin as a user
// does; needs `rollup -c` first (npm test does it).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {promisify} from 'node:util';

const dir = mkdtempSync(join(tmpdir(), 'cw-render-'));
const gosim = 'demo/data/gosim-paris-2025.json';
const sessionize = '../shared/fixtures/sessionize/gab-linz-2024-all.json';

/** Runs the CLI on `html`; resolves with its exit code, standard output and error. */
async function run(html, ...args) {
  const input = join(dir, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(input, html);
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, ['bin/conference-widgets.mjs', 'render', input, ...args]);
    return {code: 0, stdout, stderr, input};
  } catch (error) {
    return {code: error.code, stdout: error.stdout, stderr: error.stderr, input};
  }
}

/** The page with every inserted shadow root and attribute taken out again. */
const strip = (html) => html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '')
  .replace(/<script type="application\/ld\+json" data-conference-widgets="[^"]*">[^<]*<\/script>\n/g, '').replace(/ (variant|theme)="[^"]*"(?=[^<]*>)/g, '');

const page = (body, lang = 'en') => `<!DOCTYPE html>\n<html lang="${lang}"><head><title>t</title></head>\n<body>\n<!-- kept -->\n${body}\n<p>Caf&eacute; &amp; <b>bold</b></p>\n</body></html>\n`;

test('renders each widget into a declarative shadow root, the rest of the page byte for byte', async () => {
  const html = page('<session-card session-id="open-foundation-models"  data-x=\'1\'>Before the script.</session-card>\n<speaker-bio speaker-id="jenia-jitsev"></speaker-bio>');
  const {code, stdout, stderr} = await run(html, '--data', gosim);
  assert.equal(code, 0, stderr);
  assert.equal(stdout.match(/<template shadowrootmode="open">/g)?.length, 2);
  // The attribute the element reflects once defined is written now, for page CSS.
  assert.match(stdout, /<session-card session-id="open-foundation-models" {2}data-x='1' variant="full"><template shadowrootmode="open"><style>/);
  assert.match(stdout, /Open Foundation Models: Scaling Laws and Generalization/);
  assert.match(stdout, /Add to calendar/);
  // Light DOM kept, and nothing but the shadow roots added.
  assert.match(stdout, /<\/template>Before the script\.<\/session-card>/);
  assert.equal(strip(stdout), html);
  // No hydration markers: the takeover does not hydrate.
  assert.doesNotMatch(stdout, /lit-part|lit-node/);
});

/** The JSON-LD scripts of a page: key and parsed JSON, in order. */
const jsonLd = (html) => [...html.matchAll(/<script type="application\/ld\+json" data-conference-widgets="([^"]*)">([^<]*)<\/script>/g)].map(([, key, json]) => [key, JSON.parse(json)]);

test('the page carries the JSON-LD of each item shown, once, in its head; none with structured-data="off"', async () => {
  const html = page('<session-card session-id="open-foundation-models"></session-card>\n<session-card session-id="open-foundation-models" variant="compact"></session-card>\n<speaker-bio speaker-id="jenia-jitsev"></speaker-bio>\n<track-banner track-id="ai-model" structured-data="off"></track-banner>');
  const {code, stdout, stderr} = await run(html, '--data', gosim, '--base-url', 'https://example.org/programme/');
  assert.equal(code, 0, stderr);
  const scripts = jsonLd(stdout);
  assert.deepEqual(scripts.map(([key]) => key.split(':')[0]), ['session', 'speaker']);
  const [[, talk], [, person]] = scripts;
  assert.equal(talk['@type'], 'Event');
  assert.equal(talk.name, 'Open Foundation Models: Scaling Laws and Generalization');
  assert.match(talk.startDate, /^2025-05-0\dT\d\d:\d\d:00\+02:00$/);
  assert.equal(talk.location['@type'], 'Place');
  assert.equal(person['@type'], 'Person');
  assert.equal(person.name, 'Jenia Jitsev');
  // In the head, before the body.
  assert.ok(stdout.indexOf('application/ld+json') < stdout.indexOf('</head>'));
  assert.doesNotMatch(stdout, /"@type":"Event","name":"[^"]*Track/);
});

test('rendering a rendered page again gives the same page', async () => {
  const html = page('<session-card session-id="open-foundation-models"></session-card>');
  const once = await run(html, '--data', gosim);
  const twice = await run(once.stdout, '--data', gosim);
  assert.equal(twice.code, 0, twice.stderr);
  assert.equal(twice.stdout, once.stdout);
});

test('rendering a rendered page in another language replaces its shadow roots', async () => {
  const html = page('<session-card session-id="open-foundation-models"></session-card>\n<speaker-bio speaker-id="jenia-jitsev"></speaker-bio>');
  const english = await run(html, '--data', gosim);
  const again = await run(english.stdout, '--data', gosim, '--lang', 'fr');
  const french = await run(html, '--data', gosim, '--lang', 'fr');
  assert.equal(again.stdout, french.stdout);
});

test('--lang fr renders the UI in French, and says when <html lang> disagrees', async () => {
  const html = page('<session-card session-id="open-foundation-models"></session-card>');
  const {code, stdout, stderr} = await run(html, '--data', gosim, '--lang', 'fr');
  assert.equal(code, 0);
  assert.match(stdout, /Ajouter à l’agenda/);
  assert.doesNotMatch(stdout, /Add to calendar/);
  assert.match(stderr, /rendered in "fr" but <html lang> says "en"/);
  // By default, the page's language, as in the browser.
  const french = await run(page('<session-card session-id="open-foundation-models"></session-card>', 'fr'), '--data', gosim);
  assert.match(french.stdout, /Ajouter à l’agenda/);
  assert.equal(french.stderr, '');
});

test('the closest lang governs dates and content, as in the browser', async () => {
  const html = page('<div lang="fr"><session-card session-id="open-foundation-models"></session-card></div>');
  const {stdout} = await run(html, '--data', gosim);
  assert.match(stdout, /mercredi 7 mai 2025/);
  assert.match(stdout, /Add to calendar/);
});

test('the visitor\'s time only with visitor-time-zone: the server does not know the visitor\'s zone', async () => {
  const {stdout} = await run(page('<session-card session-id="open-foundation-models" show-local-time></session-card>'), '--data', gosim);
  assert.doesNotMatch(stdout, /<p part="local-time">/);
  const given = await run(page('<session-card session-id="open-foundation-models" show-local-time visitor-time-zone="America/New_York"></session-card>'), '--data', gosim);
  // The zone's words never break: no-break spaces, as in a time.
  assert.match(given.stdout, /<p part="local-time">.*your\u00a0time/);
});

test('inline JSON children need no --data; attributes-only widgets neither', async () => {
  const doc = readFileSync(gosim, 'utf8');
  const html = page(`<speaker-bio speaker-id="jenia-jitsev"><script type="application/json">${doc}</script></speaker-bio>
<session-card heading="A talk from attributes" start="2025-05-07T11:10" end="2025-05-07T11:50" time-zone="Europe/Paris">Its abstract.</session-card>`);
  const {code, stdout, stderr} = await run(html);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /Jenia Jitsev/);
  assert.match(stdout, /A talk from attributes/);
  assert.match(stdout, /<slot>/);
});

test('an unknown id: one line naming the element and the field, the element left as it was, exit 1', async () => {
  const html = page('<session-card session-id="no-such-talk"></session-card>\n<speaker-bio speaker-id="jenia-jitsev"></speaker-bio>');
  const {code, stdout, stderr, input} = await run(html, '--data', gosim);
  assert.equal(code, 1);
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.equal(lines[0], `${input}:5: <session-card session-id="no-such-talk">: session-id: no item with id "no-such-talk"; ids in the data (open-foundation-models)`);
  assert.match(stdout, /<session-card session-id="no-such-talk"><\/session-card>/);
  assert.equal(stdout.match(/shadowrootmode/g)?.length, 1);
  // --keep-going: the same page, exit 0.
  const going = await run(html, '--data', gosim, '--keep-going');
  assert.equal(going.code, 0);
  assert.equal(going.stdout, stdout);
});

test('bad data: the field at fault; bad inline JSON; no data at all', async () => {
  const bad = join(dir, 'bad.json');
  const doc = JSON.parse(readFileSync(gosim, 'utf8'));
  doc.sessions[0].start = '11h10';
  writeFileSync(bad, JSON.stringify(doc));
  const html = page('<session-card session-id="open-foundation-models"></session-card>');
  const invalid = await run(html, '--data', bad);
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /<session-card session-id="open-foundation-models">: .*sessions\[0\]\.start/);

  const broken = await run(page('<speaker-bio><script type="application/json">{"event": </script></speaker-bio>'));
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /:5: <speaker-bio>: inline JSON: /);

  const none = await run(html);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /<session-card session-id="open-foundation-models">: no data: give --data FILE/);

  const missing = await run(html, '--data', join(dir, 'nope.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no such file: .*nope\.json/);
});

test('--format and --time-zone read a Sessionize export, and are written onto the elements', {skip: !existsSync(sessionize) && 'no ../shared/fixtures'}, async () => {
  const html = page('<session-card session-id="658419"></session-card>');
  const without = await run(html, '--data', sessionize, '--format', 'sessionize');
  assert.equal(without.code, 1);
  assert.match(without.stderr, /time zone/);
  const {code, stdout, stderr} = await run(html, '--data', sessionize, '--format', 'sessionize', '--time-zone', 'Europe/Vienna', '--keep-going');
  assert.equal(code, 0, stderr);
  assert.match(stdout, /<session-card session-id="658419" format="sessionize" time-zone="Europe\/Vienna" variant="full"><template shadowrootmode="open">/);
});

test('--csp prints the hash of each pre-rendered <style>', async () => {
  const html = page('<session-card session-id="open-foundation-models"></session-card><session-card session-id="open-foundation-models"></session-card><speaker-bio speaker-id="jenia-jitsev"></speaker-bio>');
  const {stdout, stderr} = await run(html, '--data', gosim, '--csp');
  const styles = [...new Set([...stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css))];
  assert.equal(styles.length, 2);
  const hashes = styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  assert.equal(stderr.trim(), `style-src ${hashes.join(' ')}`);
});

test('warns of the library\'s blocking script before the widgets, whose pre-rendered HTML the browser would refuse', async () => {
  const widget = '<session-card session-id="open-foundation-models"></session-card>';
  const blocking = await run(`<!DOCTYPE html><html lang="en"><head><script src="https://cdn.example/conference-widgets@0.1.0/dist/conference-widgets.js"></script></head><body>${widget}</body></html>`, '--data', gosim);
  assert.equal(blocking.code, 0);
  assert.match(blocking.stderr, /:1: <script src="https:\/\/cdn\.example\/conference-widgets@0\.1\.0\/dist\/conference-widgets\.js"> runs before the widgets are parsed.*load it with defer/);
  for (const script of ['<script src="/conference-widgets.js" defer></script>', '<script type="module" src="/conference-widgets.esm.js"></script>']) {
    const {stderr} = await run(`<!DOCTYPE html><html lang="en"><head>${script}</head><body>${widget}</body></html>`, '--data', gosim);
    assert.equal(stderr, '');
  }
  const after = await run(`<!DOCTYPE html><html lang="en"><body>${widget}<script src="/conference-widgets.js"></script></body></html>`, '--data', gosim);
  assert.equal(after.stderr, '');
});

test('usage errors exit 2; --out writes the file and says how long it took', async () => {
  assert.equal((await run('', '--lang', 'de')).code, 2);
  assert.equal((await run('', '--nope')).code, 2);
  const out = join(dir, 'out.html');
  const {code, stdout, stderr} = await run(page('<session-card session-id="open-foundation-models"></session-card>'), '--data', gosim, '--out', out);
  assert.equal(code, 0);
  assert.equal(stdout, '');
  assert.match(stderr, /1 widget\(s\) rendered in \d+ ms/);
  assert.match(readFileSync(out, 'utf8'), /shadowrootmode/);
});

