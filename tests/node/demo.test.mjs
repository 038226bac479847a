// The demo as a visitor opens it, from the built bundle: no request fails on this server and no
// console error, in English and French. Remote hosts are unreachable here; what they serve (images)
// must fail quietly, so their failures are not counted. Needs `rollup -c` first (npm test does it).
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {after, before, test} from 'node:test';
import {openDemo} from './demo-server.mjs';

const pages = [
  '/', '/demo/formats/pretalx.html', '/demo/formats/frab.html', '/demo/formats/sessionize.html', '/demo/builder.html',
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
    const skip = path.startsWith('/demo/formats/') && !existsSync('../shared/fixtures') && 'no ../shared/fixtures';
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
        const widgets = await page.$$eval('session-card, speaker-bio, track-banner', (els) =>
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
