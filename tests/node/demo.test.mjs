// The demo as a visitor opens it, from the built bundle: no request fails on this server and no
// console error, in English and French. Remote hosts are unreachable here; what they serve (images)
// must fail quietly, so their failures are not counted. Needs `rollup -c` first (npm test does it).
/* global window, document -- in the functions evaluated in the page */
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {after, before, test} from 'node:test';
import {openDemo} from './demo-server.mjs';

const pages = [
  '/', '/demo/programme.html', '/demo/formats/pretalx.html', '/demo/formats/frab.html', '/demo/formats/sessionize.html', '/demo/builder.html',
  '/demo/embed.html?element=session-card&src=/demo/data/gosim-paris-2025.json&session-id=open-foundation-models',
];
// The builder asks for the build's SRI hashes (dist/sri.json), which a build without them lacks.
const optional = (url) => new URL(url).pathname === '/dist/sri.json';
let origin;
let browser;

let demo;
before(async () => {
  assert.ok(existsSync('dist/conference-widgets.js'), 'build the bundle first (rollup -c)');
  demo = await openDemo();
  ({origin, browser} = demo);
});

after(() => demo?.close());

for (const path of pages) {
  for (const lang of ['en', 'fr']) {
    // The format demos read ../shared/fixtures, which a bare clone may not have beside it.
    const skip = /^\/demo\/(formats\/|programme)/.test(path) && !existsSync('../shared/fixtures') && 'no ../shared/fixtures';
    test(`${path} in ${lang}: no failed request, no console error`, {skip}, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (message) => {
        // The browser's own line for a remote image that cannot load here is not the page's error.
        const remote = message.location().url && new URL(message.location().url).origin !== origin;
        if (message.type() === 'error' && !remote && !optional(message.location().url || origin)) problems.push(`console: ${message.text()} ${message.location().url ?? ''}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('response', (response) => response.status() >= 400 && !optional(response.url()) && problems.push(`${response.status()} ${response.url()}`));
      page.on('requestfailed', (request) => {
        if (new URL(request.url()).origin === origin) problems.push(`failed ${request.url()}`);
      });
      try {
        const url = new URL(path, origin);
        url.searchParams.set('lang', lang);
        await page.goto(url.href, {waitUntil: 'networkidle0'});
        // A list fills after its data arrives, maybe in chunks: wait until each shows rows or an error.
        await page.waitForFunction(() => [...document.querySelectorAll('session-list')]
          .every((el) => el.shadowRoot?.querySelector('[part~=row], [part=error]')), {timeout: 30_000});
        const widgets = await page.$$eval('session-card, speaker-bio, track-banner, session-list', (els) =>
          els.map((el) => `${el.localName}: ${el.shadowRoot?.querySelector('[part=error]')?.textContent?.trim() ?? 'ok'}`),
        );
        assert.ok(widgets.length > 0, 'no widget on the page');
        // The GOSIM demo shows one error on purpose (an unknown session-id); every other widget shows its item.
        assert.deepEqual(widgets.filter((w) => !w.endsWith(': ok')).length, path === '/' ? 1 : 0, widgets.join('\n'));
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
}

// The programme page: every list shows rows, in both languages; the GOSIM list has the seed talk; each
// real export in the picker fills both fixture lists (list and grid).
const rowsOf = (page) => page.$$eval('session-list', (els) => els.map((el) => ({
  id: el.id || el.className || el.getAttribute('src'),
  rows: el.shadowRoot?.querySelectorAll('[part~=row]').length ?? 0,
  first: el.shadowRoot?.querySelector('[part~=row]')?.textContent.replace(/\s+/g, ' ').trim(),
  error: el.shadowRoot?.querySelector('[part=error]')?.textContent.trim(),
})));
const filled = (page) => page.waitForFunction(() => [...document.querySelectorAll('session-list')]
  .every((el) => el.shadowRoot?.querySelector('[part~=row], [part=error]')), {timeout: 30_000});

for (const lang of ['en', 'fr']) {
  const skip = !existsSync('../shared/fixtures') && 'no ../shared/fixtures';
  test(`/demo/programme.html in ${lang}: every list shows rows, and every real export fills the fixture lists`, {skip}, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.setViewport({width: 1280, height: 900});
      await page.goto(`${origin}/demo/programme.html?lang=${lang}`, {waitUntil: 'networkidle0'});
      await filled(page);
      const lists = await rowsOf(page);
      assert.equal(lists.length, 5);
      assert.deepEqual(lists.filter((l) => !l.rows || l.error), [], JSON.stringify(lists, null, 1));
      const gosim = await page.$eval('#gosim-list', (el) => el.shadowRoot.textContent);
      assert.match(gosim, /Open Foundation Models: Scaling Laws and Generalization/);
      const options = await page.$$eval('#fixtures option', (els) => els.map((o) => o.value));
      // Each list of the picker says conf-load (or conf-error) once it has read its new src.
      await page.evaluate(() => {
        window.fixtureLoads = 0;
        for (const type of ['conf-load', 'conf-error']) {
          document.addEventListener(type, (e) => e.target.classList?.contains('fixture') && window.fixtureLoads++);
        }
      });
      const seen = new Set();
      for (const [i, value] of options.entries()) {
        if (i > 0) {
          await page.select('#fixtures select', value);
          await page.waitForFunction((n) => window.fixtureLoads >= n, {timeout: 30_000}, 2 * i);
          await page.$$eval('session-list.fixture', (els) => Promise.all(els.map((el) => el.updateComplete)));
          await filled(page);
        }
        const fixture = (await rowsOf(page)).filter((l) => l.id === 'fixture');
        assert.equal(fixture.length, 2);
        for (const l of fixture) assert.ok(l.rows > 0 && !l.error, `${value}: ${JSON.stringify(l)}`);
        seen.add(fixture[0].first);
      }
      assert.equal(seen.size, options.length, 'each export shows its own talks');
      // On a phone, the grids scroll inside themselves; the page does not scroll sideways.
      await page.setViewport({width: 320, height: 800});
      assert.equal(await page.evaluate(() => document.scrollingElement.scrollWidth), 320);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}
