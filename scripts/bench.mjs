// Benchmarks the built bundle in headless Chromium: script evaluation, rendering many widgets from
// one document, and importing the largest real exports when ../shared/fixtures is there.
// Prints medians of several runs; timings are for comparison between commits on one machine.
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join, resolve} from 'node:path';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const fixtures = resolve(root, '..', 'shared', 'fixtures');
const RUNS = 7;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = path.startsWith('/fixtures/') ? join(fixtures, path.slice(10)) : join(root, path);
  if (path === '/') return res.writeHead(200, {'content-type': 'text/html'}).end('<!doctype html><html lang="en"><body></body></html>');
  if (!file.startsWith(root) && !file.startsWith(fixtures)) return res.writeHead(404).end();
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, {'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/json'}).end(readFileSync(file));
}).listen(0);
const base = `http://127.0.0.1:${server.address().port}`;

const chrome = await findChrome();
const browser = await puppeteer.launch({executablePath: chrome.executablePath, headless: chrome.headless, args: chromeArgs});
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];

async function measure(name, body) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(base + '/');
    times.push(await page.evaluate(body, base));
    await page.close();
  }
  console.log(`${name.padEnd(64)} ${median(times).toFixed(1).padStart(8)} ms (median of ${RUNS})`);
}

const LOAD = `await new Promise((ok) => { const s = document.createElement('script');
  s.src = base + '/dist/conference-widgets.js'; s.onload = ok; document.head.append(s); });`;

/** A page function from a body that may use `base` and the loaded bundle. */
const bench = (body) => new Function('base', `return (async () => { ${LOAD} ${body} })()`);

await measure('load and evaluate dist/conference-widgets.js', new Function('base', `return (async () => {
  const t = performance.now(); ${LOAD} return performance.now() - t; })()`));

for (const tag of ['session-card', 'speaker-bio', 'track-banner']) {
  await measure(`render 100 <${tag}> from the GOSIM document`, bench(`
    const doc = await (await fetch(base + '/demo/data/gosim-paris-2025.json')).json();
    const t = performance.now();
    const els = Array.from({length: 100}, () => {
      const el = document.createElement('${tag}');
      el.setAttribute('track-id', 'ai-model');
      el.data = doc;
      return document.body.appendChild(el);
    });
    await Promise.all(els.map((el) => el.updateComplete));
    document.body.offsetHeight;
    return performance.now() - t;`));
}

if (existsSync(fixtures)) {
  for (const [file, zone] of [['sessionize/scottishsummit-2026-all.json', 'Europe/London'], ['frab/voc-example-pretalx-rc3.json', ''], ['pretalx-widget/devopsdays-lima-2026-v0.4-raw.json', '']]) {
    await measure(`import + render ${file}`, bench(`
      const json = await (await fetch(base + '/fixtures/${file}')).json();
      const t = performance.now();
      const el = document.createElement('track-banner');
      ${zone ? `el.setAttribute('time-zone', '${zone}');` : ''}
      el.data = json;
      document.body.append(el);
      await new Promise((ok) => { el.addEventListener('conf-load', ok); el.addEventListener('conf-error', ok); });
      return performance.now() - t;`));
  }
} else {
  console.log('../shared/fixtures absent: import benchmarks skipped');
}

await browser.close();
server.close();
