// The snippet builder (demo/builder.html) driven as an editor would: a programme from the default data,
// a URL, a pasted text or a file; an item found by searching; options changed. Each of its three
// snippets, pasted into a blank page, shows the same text as the preview (the CDN URL rewritten to the
// local build: nothing may reach the internet), and the iframe's listener resizes the frame. Then the
// embed page (demo/embed.html) on its own: known attributes only, http(s) src only, its height posted.
// Needs `rollup -c` first (npm test does it).
// The functions passed to evaluate and waitForFunction run in the page:
/* global document, window, fetch, Event, InputEvent, getComputedStyle, MutationObserver */
import assert from 'node:assert/strict';
import {existsSync, rmSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {openDemo} from './demo-server.mjs';

const fixtures = resolve('..', 'shared', 'fixtures');
const noFixtures = !existsSync(fixtures) && 'no ../shared/fixtures';
let origin;
/** The same server under another origin: the host page of the iframe is cross-origin, as on a real site. */
let otherOrigin;
let browser;

let demo;
before(async () => {
  assert.ok(existsSync('dist/demo/builder.js') && existsSync('dist/demo/embed.js'), 'build first (rollup -c)');
  demo = await openDemo();
  ({origin, browser} = demo);
  otherOrigin = origin.replace('localhost', '127.0.0.1');
});

after(() => demo?.close());

/** A page that fails the test on a script error, or a console error other than the missing SRI file. */
async function newPage(width = 1280) {
  const page = await browser.newPage();
  await page.setViewport({width, height: 900});
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const url = message.location().url || '';
    if (message.type() === 'error' && !url.endsWith('/dist/sri.json') && url.startsWith(origin)) page.problems.push(`console: ${message.text()} ${url}`);
  });
  return page;
}

async function openBuilder(lang = 'en') {
  const page = await newPage();
  await page.goto(`${origin}/demo/builder.html?lang=${lang}`);
  await page.waitForSelector('html[data-ready]');
  return page;
}

/**
 * The text a widget shows once it has its item, whitespace collapsed; fails on an error shown. With
 * `expected`, waits a little for that text: "Show more" appears once the clamped text is measured.
 */
async function widgetText(frame, selector, expected) {
  const handle = await frame.waitForFunction((selector) => {
    const el = document.querySelector(selector);
    const root = el?.shadowRoot;
    if (!root || root.querySelector('.skeleton') || !root.textContent.trim()) return false;
    // As a reader looks at it: a card far from the viewport is laid out (and measured) once near it.
    el.scrollIntoView({block: 'nearest'});
    // A card's abstract is measured after the render: "Show more" is there exactly when it overflows.
    const text = root.querySelector('[part=abstract]');
    if (text && (text.scrollHeight > text.clientHeight + 1) !== Boolean(root.querySelector('[part=more]'))) return false;
    return el;
  }, {timeout: 20000}, selector);
  if (expected !== undefined) {
    await handle.evaluate((el, expected) => new Promise((resolve) => {
      const done = () => (observer.disconnect(), clearTimeout(timer), resolve());
      const same = () => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() === expected && done();
      const observer = new MutationObserver(same);
      observer.observe(el.shadowRoot, {subtree: true, childList: true, characterData: true});
      const timer = setTimeout(done, 3000);
      same();
    }), expected);
  }
  const [text, error] = await handle.evaluate((el) => [
    el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    el.shadowRoot.querySelector('[part=error]')?.textContent.trim() ?? null,
  ]);
  assert.equal(error, null, `${selector} shows an error`);
  return text;
}

const previewText = (page) => widgetText(page, '#preview > *');

/** The snippets once they are written: the iframe's waits for the preview's height. */
async function snippets(page, {hosted = true} = {}) {
  if (hosted) await page.waitForFunction(() => document.querySelector('#snippet-iframe textarea').value.includes('height="'));
  else await page.waitForFunction(() => document.querySelector('#snippet-inline textarea').value);
  return page.$$eval('.snippet textarea', (areas) => Object.fromEntries(areas.map((a) => [a.closest('.snippet').id.replace('snippet-', ''), a.hidden ? undefined : a.value])));
}

/** The library from this server instead of the CDN; the SRI hash, if any, stays (it is the same file). */
const local = (snippet) => snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/conference-widgets@[^/]+\/dist\//g, `${origin}/dist/`);

let blanks = 0;
/**
 * A blank page at `at` holding `body`: a file of its own beside this test, served by the server
 * (gitignored as *.tmp.*, removed once loaded).
 */
async function blankPage(body, {at = origin, width = 1280, lang = 'en'} = {}) {
  const name = `blank-${process.pid}-${++blanks}.tmp.html`;
  const file = resolve(import.meta.dirname, name);
  writeFileSync(file, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Blank</title></head><body style="margin: 0">${body}</body></html>`);
  const page = await newPage(width);
  try {
    await page.goto(`${at}/tests/node/${name}`);
  } finally {
    rmSync(file);
  }
  return page;
}

/** Pastes snippets 1 and 2 into blank pages and compares their text with the preview's. */
async function sameAsPreview(page, element, {hosted = true, lang = 'en'} = {}) {
  const expected = await previewText(page);
  const code = await snippets(page, {hosted});
  assert.ok(code.inline, 'an inline snippet');
  const kinds = hosted ? ['src', 'inline'] : ['inline'];
  if (!hosted) assert.equal(code.src, undefined, 'no src snippet without a hosted URL');
  for (const kind of kinds) {
    const blank = await blankPage(local(code[kind]), {lang});
    try {
      assert.equal(await widgetText(blank, element, expected), expected, `snippet ${kind}`);
      assert.deepEqual(blank.problems, []);
    } finally {
      await blank.close();
    }
  }
  return {expected, code};
}

/** Chooses the element, searches, and picks the first match. */
async function pick(page, element, query) {
  await page.click(`input[name=element][value=${element}]`);
  await page.click('#search', {count: 3});
  await page.keyboard.press('Backspace');
  await page.type('#search', query);
  const value = await page.$eval('#item', (select) => select.options[0]?.value);
  assert.ok(value, `something matches "${query}"`);
  await page.select('#item', value);
  return value;
}

async function loadUrl(page, url) {
  await page.click('input[name=source][value=url]');
  await page.type('#url', url);
  await page.click('#load');
}

describe('snippet builder', () => {
  test('default data: the three snippets show what the preview shows, and the listener resizes the frame', async () => {
    const page = await openBuilder();
    try {
      await page.click('input[name=element][value=session-card]');
      await page.click('#options input[value=show-intro]');
      const {expected, code} = await sameAsPreview(page, 'session-card');
      assert.match(code.src, /^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/conference-widgets@\d+\.\d+\.\d+[^"]*\/dist\/conference-widgets\.js"/);
      assert.match(code.src, /<session-card src="http:\/\/localhost:\d+\/demo\/data\/gosim-paris-2025\.json" session-id="open-foundation-models" show-intro><\/session-card>$/);
      assert.match(code.inline, /<session-card session-id="open-foundation-models" show-intro><script type="application\/json">\{/);
      assert.match(code.iframe, /^<iframe src="http:\/\/localhost:\d+\/demo\/embed\.html\?element=session-card&amp;src=[^"]+&amp;session-id=open-foundation-models&amp;show-intro=" title="Open Foundation Models: Scaling Laws and Generalization \(GOSIM AI Paris 2025\)" loading="lazy" width="100%" height="\d+"/);
      const height = Number(/height="(\d+)"/.exec(code.iframe)[1]);
      const measured = await page.$eval('#preview > *', (el) => el.getBoundingClientRect().height);
      assert.equal(height, Math.ceil(measured), 'the frame is as tall as the preview');

      // The frame on another site's page, 600 px wide as in the preview.
      const host = await blankPage(`<div id="box" style="width: 600px">${code.iframe}</div>${code.listener}`, {at: otherOrigin});
      try {
        const frame = await (await host.waitForSelector('iframe')).contentFrame();
        assert.equal(await widgetText(frame, 'session-card', expected), expected, 'the iframe shows the preview\'s text');
        const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        assert.ok(Math.abs((await content()) - height) <= 1, `measured ${height}, the frame's page is ${await content()}`);
        // Narrower: the text wraps, the page grows, the listener follows.
        await host.$eval('#box', (box) => (box.style.width = '280px'));
        await host.waitForFunction((h) => parseFloat(document.querySelector('iframe').style.height) > h, {}, height);
        assert.equal(await host.$eval('iframe', (f) => parseFloat(f.style.height)), await content());
        // A message from anywhere else changes nothing.
        const before = await host.$eval('iframe', (f) => f.style.height);
        await host.evaluate(() => window.postMessage({type: 'conference-widgets:height', height: 5}, '*'));
        await host.evaluate(() => new Promise((r) => setTimeout(r, 100)));
        assert.equal(await host.$eval('iframe', (f) => f.style.height), before);
        assert.deepEqual(host.problems, []);
      } finally {
        await host.close();
      }
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });

  test('options change the preview and every snippet: a speaker card, a track with its sessions, in French', async () => {
    const page = await openBuilder('fr');
    try {
      assert.equal(await page.$eval('h1', (h) => h.textContent), 'Mettre une session, un intervenant ou un parcours sur votre page');
      await pick(page, 'speaker-bio', 'jitsev');
      await page.click('#options input[name=variant][value=card]');
      await page.select('#widget-lang', 'fr');
      const {code} = await sameAsPreview(page, 'speaker-bio', {lang: 'fr'});
      assert.match(code.src, /<speaker-bio src="[^"]+" speaker-id="jenia-jitsev" variant="card" lang="fr"><\/speaker-bio>$/);

      await page.click('input[name=variant][value=full]');
      await page.click('#options input[value=timeline]');
      await page.click('#options input[value=role]');
      await page.waitForFunction(() => document.querySelector('#snippet-src textarea').value.includes('sections="role,timeline"'));
      await sameAsPreview(page, 'speaker-bio', {lang: 'fr'});

      await pick(page, 'track-banner', 'model');
      await page.click('#options input[value=show-sessions]');
      await page.select('#heading-level', '3');
      await page.select('#widget-theme', 'dark');
      const track = await sameAsPreview(page, 'track-banner', {lang: 'fr'});
      assert.match(track.code.src, /track-id="ai-model" show-sessions heading-level="3" theme="dark" lang="fr"><\/track-banner>$/);
      assert.match(track.expected, /Open Foundation Models/, 'the track lists its session');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });

  test('pasted JSON: the inline snippet works, the others wait for the address the file will have', async () => {
    const page = await openBuilder();
    try {
      const json = await (await fetch(`${origin}/demo/data/gosim-paris-2025.json`)).text();
      await page.click('input[name=source][value=paste]');
      // What a paste does: the text arrives at once.
      await page.$eval('#paste', (area, json) => {
        area.value = json;
        area.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
      }, json);
      await pick(page, 'session-card', 'scaling laws');
      await sameAsPreview(page, 'session-card', {hosted: false});
      assert.equal(await page.$eval('#snippet-iframe textarea', (a) => a.hidden), true);
      await page.type('#hosted', `${origin}/demo/data/gosim-paris-2025.json`);
      await sameAsPreview(page, 'session-card');
      // Not JSON: the editor reads why.
      await page.$eval('#paste', (area) => {
        area.value = '{"event": ';
        area.dispatchEvent(new InputEvent('input', {bubbles: true}));
      });
      assert.match(await page.$eval('#status', (p) => p.textContent), /cannot be read/);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });

  test('a pretalx export at a URL', {skip: noFixtures}, async () => {
    const page = await openBuilder();
    try {
      await loadUrl(page, `${origin}/fixtures/pretalx-widget/devopsdays-lima-2026-v0.4-raw.json`);
      await page.waitForFunction(() => /pretalx \(recognised\)/.test(document.querySelector('#status').textContent));
      await pick(page, 'session-card', 'CKSUAW');
      await page.click('#options input[value=show-local-time]');
      await sameAsPreview(page, 'session-card');
      await pick(page, 'speaker-bio', 'UAJUW3');
      await sameAsPreview(page, 'speaker-bio');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });

  test('a frab file from disk, and a forced format', {skip: noFixtures}, async () => {
    const page = await openBuilder();
    try {
      await page.click('input[name=source][value=file]');
      const input = await page.$('#file');
      await input.uploadFile(resolve(fixtures, 'frab/voc-example-frab-camp2019.json'));
      await page.waitForFunction(() => /frab \(recognised\)/.test(document.querySelector('#status').textContent));
      await page.select('#format', 'frab');
      await page.waitForFunction(() => /^Read as frab\./.test(document.querySelector('#status').textContent));
      await page.type('#hosted', `${origin}/fixtures/frab/voc-example-frab-camp2019.json`);
      await pick(page, 'session-card', 'a');
      const {code} = await sameAsPreview(page, 'session-card');
      assert.match(code.src, / format="frab" /, 'the forced format is in the snippet');
      await page.click('input[name=variant][value=compact]');
      await sameAsPreview(page, 'session-card');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });

  test('a Sessionize export asks for its time zone, which goes into the snippets that need it', {skip: noFixtures}, async () => {
    const page = await openBuilder();
    try {
      await loadUrl(page, `${origin}/fixtures/sessionize/scottishsummit-2026-all.json`);
      await page.waitForFunction(() => !document.querySelector('#time-zone-field').hidden && /give the event’s time zone/.test(document.querySelector('#status').textContent));
      await page.type('#time-zone', 'Europe/London');
      await page.$eval('#time-zone', (input) => input.dispatchEvent(new Event('change', {bubbles: true})));
      await page.waitForFunction(() => /Sessionize/.test(document.querySelector('#status').textContent));
      await pick(page, 'session-card', 'a');
      const {code} = await sameAsPreview(page, 'session-card');
      assert.match(code.src, / time-zone="Europe\/London" /);
      assert.doesNotMatch(code.inline, /time-zone=/, 'the inline slice carries its zone');
      await pick(page, 'track-banner', '');
      await sameAsPreview(page, 'track-banner');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });
});

describe('embed page', () => {
  const embed = (query) => `${origin}/demo/embed.html?${query}`;
  const gosim = 'src=/demo/data/gosim-paris-2025.json';

  test('passes the element\'s own attributes, as text, and nothing else', async () => {
    const page = await newPage(600);
    try {
      await page.goto(embed(`element=session-card&${gosim}&session-id=open-foundation-models&lang=fr&theme=dark&onclick=alert(1)&style=color:red&heading=%3Cimg%20src=x%3E&variant=compact`));
      const text = await widgetText(page, 'session-card');
      assert.match(text, /Open Foundation Models/);
      const attributes = await page.$eval('session-card', (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
      assert.deepEqual(attributes, {
        src: `${origin}/demo/data/gosim-paris-2025.json`, 'session-id': 'open-foundation-models', lang: 'fr', theme: 'dark',
        heading: '<img src=x>', variant: 'compact',
      });
      assert.equal(await page.$$eval('body *', (els) => els.length), 1, 'one element, nothing parsed from the query');
      assert.equal(await page.evaluate(() => window.ConferenceWidgets.getLocale()), 'fr');
      assert.equal(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor), 'rgba(0, 0, 0, 0)', 'transparent');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });

  for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'JAVASCRIPT:alert(1)']) {
    test(`rejects src=${src}`, async () => {
      const page = await newPage(600);
      try {
        await page.goto(embed(`element=session-card&src=${encodeURIComponent(src)}&lang=fr`));
        assert.equal(await page.$('session-card'), null);
        assert.equal(await page.$eval('[role=alert]', (p) => p.textContent), 'Le paramètre src doit être une URL http ou https.');
      } finally {
        await page.close();
      }
    });
  }

  test('says so for an unknown element', async () => {
    const page = await newPage(600);
    try {
      await page.goto(embed(`element=img&${gosim}`));
      assert.match(await page.$eval('[role=alert]', (p) => p.textContent), /^Unknown element "img"/);
      assert.equal(await page.$('img'), null);
    } finally {
      await page.close();
    }
  });

  test('posts its height to the parent whenever it changes', async () => {
    const listen = `<script>window.heights = []; addEventListener('message', (e) => e.data?.type === 'conference-widgets:height' && window.heights.push([e.origin, e.data.height]));</script>`;
    const host = await blankPage(`${listen}<iframe style="width: 600px; height: 50px; border: 0" src="${embed(`element=session-card&${gosim}&session-id=open-foundation-models`)}"></iframe>`, {at: otherOrigin});
    try {
      const frame = await (await host.waitForSelector('iframe')).contentFrame();
      await widgetText(frame, 'session-card');
      const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await host.waitForFunction((h) => window.heights.at(-1)?.[1] === h, {}, await content());
      assert.equal((await host.evaluate(() => window.heights.at(-1)))[0], origin, 'sent from the embed page\'s origin');
      const wide = await content();
      await host.$eval('iframe', (f) => (f.style.width = '280px'));
      await host.waitForFunction((h) => window.heights.at(-1)?.[1] > h, {}, wide);
      assert.equal(await host.evaluate(() => window.heights.at(-1)[1]), await content());
    } finally {
      await host.close();
    }
  });
});
