// Pre-rendered HTML as a visitor gets it: a page of the three elements (GOSIM inline, a pretalx export
// by `src`), rendered by the CLI in English and French, opened in Chromium. With JavaScript off every
// widget shows the text the client-side render shows, and axe passes; with JavaScript on the script
// takes over with no layout shift, no change of text and no request for inline data. Needs
// `rollup -c` first (npm test does it).
/* global window, document, getComputedStyle, PerformanceObserver, requestAnimationFrame, performance -- performance in Node, the rest in functions evaluated in the page */
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {extname} from 'node:path';
import {after, before, test} from 'node:test';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findChrome} from '../../scripts/find-chrome.mjs';

const origin = 'http://prerender.test';
const pretalx = '../shared/fixtures/pretalx-widget/devopsdays-lima-2026-v0.4-raw.json';
const gosim = readFileSync('demo/data/gosim-paris-2025.json', 'utf8');
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const skip = !existsSync(pretalx) && 'no ../shared/fixtures';
const WIDGETS = 6;

const inline = `<script type="application/json">${gosim}</script>`;
const page = (lang) => `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Programme</title>
  <script src="/dist/conference-widgets.js" defer></script>
</head>
<body>
  <main>
    <h1>Programme</h1>
    <h2>GOSIM Paris 2025</h2>
    <session-card session-id="open-foundation-models">${inline}</session-card>
    <speaker-bio speaker-id="jenia-jitsev">${inline}</speaker-bio>
    <track-banner track-id="ai-model" show-sessions>${inline}</track-banner>
    <h2>DevOpsDays Lima 2026</h2>
    <session-card src="/fixtures/devopsdays.json" session-id="CKSUAW"></session-card>
    <speaker-bio src="/fixtures/devopsdays.json" speaker-id="UAJUW3" variant="card"></speaker-bio>
    <track-banner src="/fixtures/devopsdays.json" track-id="200"></track-banner>
    <p>After the widgets.</p>
  </main>
</body>
</html>
`;

let browser;
let render;

before(async () => {
  assert.ok(existsSync('dist/cli/render.js'), 'build the CLI first (rollup -c)');
  ({renderPage: render} = await import('../../dist/cli/render.js'));
  const chrome = await findChrome();
  browser = await puppeteer.launch({executablePath: chrome.executablePath, headless: chrome.headless, args: chromeArgs});
});

after(() => browser?.close());

/**
 * A tab that gets `html` at /page.html and the project's files, and records every request. The
 * export is answered once `held` settles.
 */
async function open(html, {javaScript = true, held = Promise.resolve()} = {}) {
  const tab = await browser.newPage();
  await tab.setViewport({width: 900, height: 6000});
  await tab.setJavaScriptEnabled(javaScript);
  const requests = [];
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  // Photos are remote (answered 404 here) and there is no favicon: the browser's lines for those are not the page's errors.
  tab.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
  await tab.setRequestInterception(true);
  tab.on('request', async (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.json')) await held;
    requests.push(url.pathname);
    const file = url.origin !== origin ? undefined
      : url.pathname === '/page.html' ? html
      : url.pathname === '/fixtures/devopsdays.json' ? readFileSync(pretalx)
      : url.pathname.startsWith('/dist/') && existsSync(`.${url.pathname}`) ? readFileSync(`.${url.pathname}`)
      : undefined;
    if (file === undefined) return void request.respond({status: 404, body: ''});
    const type = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json'}[extname(url.pathname)] ?? 'text/plain';
    request.respond({status: 200, contentType: `${type}; charset=utf-8`, body: file});
  });
  // Counted from the first byte: every layout shift, and every widget's conf-load.
  await tab.evaluateOnNewDocument(() => {
    window.shifts = 0;
    window.loads = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.shifts += entry.value))).observe({type: 'layout-shift', buffered: true});
    document.addEventListener('conf-load', () => window.loads++);
  });
  await tab.goto(`${origin}/page.html`, {waitUntil: 'domcontentloaded'});
  return {tab, requests, problems};
}

/**
 * Each widget's visible text, as a reader sees it (invisible joiners are not content). A client-side
 * card clamps a long abstract under "Show more"; pre-rendered HTML and its takeover show it whole
 * (docs/prerender.md), so that button is not counted.
 */
const texts = (tab) =>
  tab.$$eval('session-card, speaker-bio, track-banner', (elements) =>
    elements.map((el) => {
      const root = el.shadowRoot?.querySelector('.root');
      const more = root?.querySelector('[part=more]')?.innerText;
      const text = (root?.innerText ?? '').replace(more ?? '\0', '');
      return `${el.localName}: ${text.replace(/[\u200b-\u200d\u2060]/g, '').replace(/\s+/g, ' ').trim()}`;
    }),
  );

/** `count` widgets shown, and a frame later: the shifts of the takeover, if any, are counted by then. */
async function loaded(tab, count = WIDGETS) {
  await tab.waitForFunction((n) => window.loads >= n, {}, count);
  // Layout shifts are reported for a frame once it is rendered.
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

for (const lang of ['en', 'fr']) {
  test(`pre-rendered in ${lang}: the text with JavaScript off, axe, and a takeover with no visible change`, {skip}, async () => {
    const source = page(lang);
    const started = performance.now();
    const {html, problems: errors, rendered} = await render(source, {data: JSON.parse(readFileSync(pretalx, 'utf8'))});
    const ms = performance.now() - started;
    assert.deepEqual(errors, []);
    assert.equal(rendered, WIDGETS);
    console.log(`rendered ${rendered} widgets in ${ms.toFixed(0)} ms (${lang})`);

    // The reference: the same page rendered in the browser.
    const client = await open(source);
    await loaded(client.tab);
    const expected = await texts(client.tab);
    await client.tab.close();
    assert.equal(expected.length, WIDGETS);
    for (const text of expected) assert.ok(text.length > 20, `a widget shows almost nothing: ${text}`);
    if (lang === 'fr') assert.ok(expected.some((text) => /Ajouter à l’agenda|Ajouter au calendrier|Terminé/.test(text)), expected.join('\n'));

    // JavaScript off: the declarative shadow roots alone, and the JSON-LD in the head.
    const off = await open(html, {javaScript: false});
    let described;
    try {
      assert.deepEqual(await texts(off.tab), expected);
      described = await off.tab.$$eval('head script[type="application/ld+json"][data-conference-widgets]', (els) => els.map((el) => [el.dataset.conferenceWidgets, JSON.parse(el.textContent)['@type']]));
      assert.ok(described.length > 0 && described.length <= WIDGETS, JSON.stringify(described));
      assert.equal(new Set(described.map(([key]) => key)).size, described.length, 'one script per item');
      // axe needs script: the page's own scripts were skipped while it loaded, and stay so.
      await off.tab.setJavaScriptEnabled(true);
      await off.tab.evaluate(axe);
      const {violations} = await off.tab.evaluate(() => window.axe.run(document));
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    } finally {
      await off.tab.close();
    }

    // JavaScript on: the script takes over. While the export is on its way, the inline widgets are
    // taken over and the `src` ones keep their pre-rendered content (no skeleton, no empty frame).
    let release;
    const on = await open(html, {held: new Promise((resolve) => (release = resolve))});
    try {
      await loaded(on.tab, WIDGETS / 2);
      assert.deepEqual(await texts(on.tab), expected);
      assert.equal(await on.tab.$$eval('session-card, speaker-bio, track-banner', (els) => els.filter((el) => el.shadowRoot.querySelector('[part=status]')).length), 0);
      release();
      await loaded(on.tab);
      assert.deepEqual(await texts(on.tab), expected);
      assert.equal(await on.tab.evaluate(() => window.shifts), 0, 'CLS');
      // The widgets adopt the pre-rendered JSON-LD once the page is idle: no second script of an item.
      await on.tab.evaluate(() => new Promise((resolve) => window.requestIdleCallback(() => window.requestIdleCallback(resolve, {timeout: 2000}), {timeout: 2000})));
      const keys = await on.tab.$$eval('script[data-conference-widgets]', (els) => els.map((el) => el.dataset.conferenceWidgets));
      assert.deepEqual(keys.toSorted(), described.map(([key]) => key).toSorted());
      // The pre-rendered nodes were replaced: one render, not two.
      const roots = await on.tab.$$eval('session-card, speaker-bio, track-banner', (els) => els.map((el) => el.shadowRoot.querySelectorAll('.root').length));
      assert.deepEqual(roots, Array(WIDGETS).fill(1));
      // Inline data is not fetched; `src` is, once.
      assert.deepEqual(on.requests.filter((path) => path.endsWith('.json')), ['/fixtures/devopsdays.json']);
      assert.deepEqual(on.problems, []);
    } finally {
      await on.tab.close();
    }
  });
}

test('under a CSP without inline styles, the hashes --csp prints let the pre-rendered styles apply', async () => {
  const source = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main><session-card session-id="open-foundation-models"></session-card></main></body></html>';
  const {html, styleHashes} = await render(source, {data: JSON.parse(gosim)});
  const display = async (policy) => {
    const tab = await browser.newPage();
    try {
      await tab.setJavaScriptEnabled(false);
      await tab.setRequestInterception(true);
      tab.on('request', (request) => request.respond({status: 200, contentType: 'text/html; charset=utf-8', headers: {'content-security-policy': policy}, body: html}));
      await tab.goto(`${origin}/csp.html`);
      return await tab.$eval('session-card', (el) => getComputedStyle(el).display);
    } finally {
      await tab.close();
    }
  };
  assert.equal(await display("style-src 'self'"), 'inline');
  assert.equal(await display(`style-src 'self' ${styleHashes.join(' ')}`), 'block');
});
