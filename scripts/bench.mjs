// The widgets against the same content written as static HTML, side by side, in one headless Chromium.
// Every page is generated here from demo/data/gosim-paris-2025.json, or for <session-list> from a large
// frab export made by scripts/make-frab.mjs and read by our importer, and served by a local server;
// every other host is unresolvable. Each round is a first visit in a fresh browser context.
//
//   node scripts/bench.mjs [--rounds 7] [--dist dist] [--out bench/results] [--only card-defer,cards-100] [--profile dir]
//
// --profile writes each scenario's first widget visit as a CPU profile (dir/<id>.cpuprofile, for the
// DevTools Performance panel) and prints its costliest functions; that visit counts in the medians too.
//
// Paint: navigation start → the frame after the content is in the DOM (widgets: every widget fired
// conf-load and its updateComplete resolved; static: DOMContentLoaded), taken in a message posted from
// that frame's requestAnimationFrame, so it lands once the frame is produced. CLS: the layout-shift
// entries. Longest task and total blocking time (the part of each task over 50 ms): the renderer main
// threads' top-level tasks in a Chrome trace, from navigation to paint. DOM nodes: every node, shadow
// roots included. JS heap: used size after a forced GC. Medians; read the ratios, not the milliseconds.
// The list: paint is the frame after every row is in its shadow root (a list that fills in chunks has
// painted its first rows before: "first rows"); then, on the same page, a filter change is the time
// from setting its `query` attribute to its updateComplete, and to the frame after.
/* global window, document, NodeFilter, fetch, performance -- in the functions evaluated in the page */
import {readFileSync, mkdirSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findChrome} from './find-chrome.mjs';
import {renderPage} from '../dist/cli/render.js';
import {makeFrab} from './make-frab.mjs';

const root = resolve(import.meta.dirname, '..');
const {values: args} = parseArgs({options: {
  rounds: {type: 'string', default: '7'}, dist: {type: 'string', default: 'dist'},
  out: {type: 'string', default: 'bench/results'}, only: {type: 'string'}, profile: {type: 'string'},
}});
const ROUNDS = Number(args.rounds);
const dist = resolve(root, args.dist);
const bundle = readFileSync(join(dist, 'conference-widgets.js'));

// ---- Documents: GOSIM's event, tracks and first talk, repeated as many talks as needed.

const gosim = JSON.parse(readFileSync(join(root, 'demo/data/gosim-paris-2025.json'), 'utf8'));
const [talk] = gosim.sessions;
const [person] = gosim.speakers;

/** A native document of `n` talks over the two days; `track` puts them all in one track. */
function talks(n, {track, intro = false} = {}) {
  const speakers = Array.from({length: Math.min(n, 50)}, (_, k) => ({...person, id: `speaker-${k}`, name: `${person.name} ${k + 1}`}));
  const sessions = Array.from({length: n}, (_, i) => {
    const minutes = 9 * 60 + (Math.floor(i / 2) % 18) * 30;
    const at = (m) => `2025-05-0${6 + (i % 2)}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return {
      id: `talk-${i}`, title: `${i + 1}. ${talk.title}`, start: at(minutes), end: at(minutes + 25),
      track: track ?? gosim.tracks[i % gosim.tracks.length].id, speakers: [speakers[i % speakers.length].id],
      abstract: talk.abstract, ...(intro && {hostIntro: talk.hostIntro}),
    };
  });
  // Listed out of order, as exports are: the banner has to sort them.
  if (track) sessions.reverse();
  return {...gosim, sessions, speakers};
}

/** The smallest `talks()` document of at least `bytes`. */
function talksOfSize(bytes) {
  const one = JSON.stringify(talks(1, {intro: true}).sessions[0]).length + 1;
  return talks(Math.ceil((bytes - 60_000) / one), {intro: true});
}

// The list's documents: a 1,010-talk frab export as our importer reads it (src/data/import, bundled
// here by esbuild), its talks in time order, cut to the first n. Its breaks and its one unscheduled
// talk are left out, so that n talks are n rows.
const {outputFiles: [importerJs]} = await build({
  stdin: {contents: "export {importDocument} from './src/data/import/index.ts'; export {validate} from './src/data/validate.ts';", resolveDir: root, loader: 'ts'},
  bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'error',
});
const {importDocument, validate} = await import(`data:text/javascript;base64,${Buffer.from(importerJs.text).toString('base64')}`);
let frab;
function listDoc(n) {
  frab ??= validate(importDocument(makeFrab({talks: 1010}), 'frab').document);
  const room = (s) => frab.rooms.findIndex((r) => r.id === s.room);
  const sessions = frab.sessions.filter((s) => s.start && s.kind !== 'break')
    // In the list's order: start, then the room's place in the document, then title.
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || room(a) - room(b) || en(a.title).localeCompare(en(b.title))).slice(0, n);
  const used = new Set(sessions.flatMap((s) => s.speakers ?? []));
  return {...frab, sessions, speakers: frab.speakers.filter((p) => used.has(p.id))};
}

const docs = {
  '/data/list-500.json': () => listDoc(500),
  '/data/list-1000.json': () => listDoc(1000),
  '/data/talks-100.json': () => talks(100),
  '/data/talks-1000.json': () => talks(1000),
  '/data/talks-10000.json': () => talks(10_000, {track: 'ai-model'}),
  '/data/export-20mb.json': () => talksOfSize(20e6),
};
const served = new Map();
const docText = (path) => served.get(path) ?? (served.set(path, JSON.stringify(docs[path]())), served.get(path));
const docOf = (path) => JSON.parse(docText(path));

// ---- The same content as static HTML, in Node's Intl (as the widgets format it, in English).

const en = (text) => (typeof text === 'string' ? text : text?.en ?? '');
const esc = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const ZONE_PARTS = (zone) => new Intl.DateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});
function offset(ms, zone) {
  const p = Object.fromEntries(ZONE_PARTS(zone).formatToParts(ms).map(({type, value}) => [type, Number(value)]));
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - ms) / 60000);
}
function instant(local, zone) {
  const wall = Date.parse(`${local}Z`);
  return wall - offset(wall - offset(wall, zone) * 60000, zone) * 60000;
}
const utc = (minutes) => `UTC${minutes < 0 ? '−' : '+'}${Math.floor(Math.abs(minutes) / 60)}${Math.abs(minutes) % 60 ? `:${String(Math.abs(minutes) % 60).padStart(2, '0')}` : ''}`;
const initials = (name) => name.split(/\s+/).filter(Boolean).map((w) => [...w][0]).slice(0, 2).join('').toUpperCase();

function staticCard(doc, session) {
  const {timeZone: zone, venue} = doc.event;
  const track = doc.tracks.find((t) => t.id === session.track);
  const [start, end] = [instant(session.start, zone), instant(session.end, zone)];
  const range = new Intl.DateTimeFormat('en', {dateStyle: 'full', timeStyle: 'short', timeZone: zone}).formatRange(start, end);
  const speakers = session.speakers.map((id) => doc.speakers.find((s) => s.id === id));
  return `<article class="card" style="--track:${track.color}">
  <p class="meta"><span class="track">${esc(en(track.name))}</span><span class="state">Ended</span></p>
  <h3>${esc(en(session.title))}</h3>
  <p>${esc(range)} <span class="zone">${esc(zone.split('/').pop())} time (${utc(offset(start, zone))})</span></p>
  <p class="muted">${esc([venue.name, venue.city].join(', '))}</p>
  <ul class="speakers">${speakers.map((s) => `<li><span class="avatar">${esc(initials(s.name))}</span><span><b>${esc(s.name)}</b>
    <span class="muted">${esc(en(s.positions[0].title))}, ${esc(s.positions[0].organization)}</span></span></li>`).join('')}</ul>
  <div class="abstract">${en(session.abstract).split(/\n\n+/).map((p) => `<p>${esc(p)}</p>`).join('')}</div>
  <button>Add to calendar<span class="vh"> (${esc(en(session.title))})</span></button>
</article>`;
}

function staticBanner(doc, trackId) {
  const {event, tracks, sessions, speakers, credits} = doc;
  const track = tracks.find((t) => t.id === trackId);
  const day = (d) => Date.parse(`${d}T00:00Z`);
  const dates = new Intl.DateTimeFormat('en', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).formatRange(day(event.start), day(event.end));
  const time = new Intl.DateTimeFormat('en', {day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: event.timeZone});
  const rows = sessions.filter((s) => s.track === trackId).map((s) => [instant(s.start, event.timeZone), s]).sort((a, b) => a[0] - b[0]);
  return `<div class="banner" style="--track:${track.color}">
  <div class="header"><h2>${esc(en(track.name))}</h2><p>${esc(en(track.tagline))}</p><div><p>${esc(en(track.description))}</p></div>
  <p class="muted"><strong>${esc(event.name)}</strong> <em>${esc(en(event.theme))}</em> <span>${esc(dates)}</span>
  <span>${esc([event.venue.name, event.venue.city, en(event.venue.country)].join(', '))}</span></p></div>
  <nav><ul>${tracks.map((t) => `<li><a style="--track:${t.color}">${esc(en(t.name))}</a></li>`).join('')}</ul></nav>
  <div><h3>Sessions in this track</h3><ol>${rows.map(([ms, s]) => `<li><time>${esc(time.format(ms))}</time>
    <strong>${esc(en(s.title))}</strong> <span>${esc(s.speakers.map((id) => speakers.find((p) => p.id === id).name).join(', '))}</span></li>`).join('')}</ol></div>
  <p class="muted">${credits.map((c) => `<span>${esc(en(c.role))}: <a href="${esc(c.url)}">${esc(c.name)}</a></span>`).join(' ')}</p>
</div>`;
}

/** The list's rows as static HTML: a heading per day (the event's dates), then one row per talk. */
function staticList(doc) {
  const zone = doc.event.timeZone;
  const name = (list, id) => en(list?.find((x) => x.id === id)?.name ?? '');
  const day = new Intl.DateTimeFormat('en', {dateStyle: 'full', timeZone: zone});
  const time = new Intl.DateTimeFormat('en', {timeStyle: 'short', timeZone: zone});
  const days = Map.groupBy(doc.sessions, (s) => day.format(Date.parse(s.start)));
  return [...days].map(([heading, sessions]) => `<section class="day"><h3>${esc(heading)}</h3><ol class="rows">${sessions.map((s) => {
    const track = doc.tracks?.find((t) => t.id === s.track);
    const meta = [(s.speakers ?? []).map((id) => name(doc.speakers, id)).join(', '), en(track?.name ?? ''), name(doc.rooms, s.room)].filter(Boolean);
    return `<li class="row" style="--track:${track?.color ?? '#3b5bdb'}"><p class="time">${esc(time.formatRange(Date.parse(s.start), Date.parse(s.end)))}</p><div>
  <h4><button>${esc(en(s.title))}</button></h4><p class="muted">${esc(meta.join(' · '))}${s.language && s.language !== 'en' ? ` <span class="lang">${esc(s.language.toUpperCase())}</span>` : ''}</p></div></li>`;
  }).join('\n')}</ol></section>`).join('\n');
}

const STATIC_CSS = `
.card, .banner { display: grid; gap: .75rem; padding: 1rem; border: 1px solid #d9dee6; border-inline-start: 4px solid var(--track);
  border-radius: .75rem; background: #fff; color: #1d2430; font: 400 1rem/1.5 system-ui, sans-serif; overflow-wrap: anywhere; }
.card h3, .banner h2 { font: 650 1.2rem/1.3 system-ui, sans-serif; margin: 0; }
.card p, .card ul, .banner p, .banner ul, .banner ol { margin: 0; }
.meta { display: flex; gap: .5rem; } .track, .state { font-size: .8125rem; font-weight: 600; padding: 0 .7em; border: 1px solid; border-radius: 1em; }
.track { border-color: transparent; background: color-mix(in srgb, var(--track) 14%, #fff); }
.muted, .zone, .state { color: #5a6473; }
.speakers { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .75rem 1rem; padding: 0; list-style: none; }
.speakers li { display: flex; gap: .65rem; align-items: center; line-height: 1.3; } .speakers b { display: block; }
.avatar { display: inline-grid; place-items: center; inline-size: 2.75rem; block-size: 2.75rem; border-radius: 50%; background: #f3f5f8; font-weight: 600; }
.abstract { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; max-inline-size: 42rem; }
.card button { justify-self: start; padding: .4em 1em; border: 1px solid #d9dee6; border-radius: 2em; background: #f3f5f8; font: inherit; }
.vh { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.banner nav ul { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
.day h3 { font: 650 1.1rem/1.3 system-ui, sans-serif; margin: 1.5rem 0 .5rem; }
.rows { display: grid; gap: .25rem; margin: 0; padding: 0; list-style: none; font: 400 .9375rem/1.4 system-ui, sans-serif; }
.row { display: grid; grid-template-columns: 9rem 1fr; gap: .75rem; padding: .5rem .75rem; border: 1px solid #d9dee6;
  border-inline-start: 4px solid var(--track); border-radius: .5rem; background: #fff; color: #1d2430; }
.row p, .row h4 { margin: 0; } .row h4 { font: 600 1rem/1.3 system-ui, sans-serif; }
.row h4 button { all: unset; cursor: pointer; } .lang { font-size: .75rem; border: 1px solid; padding: 0 .4em; border-radius: .3em; }`;

// ---- Pages: widgets or static, with the probe in the head of both.

const PROBE = `<script>(() => {
  const b = window.__bench = {cls: 0, lcp: 0, loads: 0, errors: []};
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.cls += e.value; }).observe({type: 'layout-shift', buffered: true});
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.lcp = e.startTime; }).observe({type: 'largest-contentful-paint', buffered: true});
  const painted = () => new Promise((ok) => requestAnimationFrame(() => {
    const c = new MessageChannel(); c.port1.onmessage = () => ok(performance.now()); c.port2.postMessage(0); }));
  const expected = Number(document.documentElement.dataset.widgets);
  b.done = new Promise((ok) => {
    if (!expected) return addEventListener('DOMContentLoaded', () => painted().then(ok));
    const settle = () => ++b.loads === expected && Promise.all([...document.querySelectorAll('session-card, track-banner, session-list')]
      .map((el) => el.updateComplete)).then(painted).then(ok);
    addEventListener('conf-load', settle);
    addEventListener('conf-error', (e) => { b.errors.push(String(e.error && e.error.message)); settle(); });
  }).then((paint) => (b.paint = paint));
  b.painted = painted;
  // A list (data-rows: how many): paint once all its rows are in its shadow root, first rows before.
  const rows = Number(document.documentElement.dataset.rows);
  if (rows) {
    const filled = () => new Promise((ok, fail) => {
      const root = document.querySelector('session-list').shadowRoot;
      const full = () => root.querySelectorAll('[part~=row]').length >= rows;
      if (full()) return ok();
      const watch = new MutationObserver(() => full() && (watch.disconnect(), ok()));
      watch.observe(root, {childList: true, subtree: true});
      // Only a guard: a list that never shows all its rows fails the bench rather than hanging it.
      setTimeout(() => fail(new Error(root.querySelectorAll('[part~=row]').length + ' of ' + rows + ' rows after 30 s')), 30000);
    });
    b.done = b.done.then((first) => (b.first = first, filled())).then(painted).then((paint) => (b.paint = paint));
  }
  // Pages whose content is in the HTML (static, pre-rendered): a script right after the card marks the
  // moment the parser has put it in the DOM, and paint is the frame after it, on both sides; done still
  // waits for the widgets' takeover, so that its shifts count.
  if ('marked' in document.documentElement.dataset) {
    const first = new Promise((ok) => (b.mark = () => painted().then(ok)));
    b.done = b.done.then(() => first).then((paint) => (b.paint = paint));
  }
})();</script>`;

function page({title, widgets = 0, head = '', body, marked = false, rows = 0}) {
  return `<!doctype html><html lang="en" data-widgets="${widgets}"${marked ? ' data-marked' : ''}${rows ? ` data-rows="${rows}"` : ''}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${PROBE}
<style>body { margin: 0; font: 16px/1.6 Georgia, serif; color: #222; } header, footer { padding: 1rem 2rem; background: #0d2b45; color: #fff; }
main { max-width: 56rem; margin: 0 auto; padding: 1rem 2rem; } .grid { display: grid; gap: 1rem; }${STATIC_CSS}</style>${head}</head>
<body>${body}</body></html>`;
}

const LOREM = 'Our company is proud to support the conference again this year. Our engineers will be at the booth on both days, and two of them speak on the main stage. Come and say hello, try the demo and take a sticker.';
const sponsorPage = (card) => `<header><nav>Home · Products · Events · Careers</nav></header>
<main><h1>See us at GOSIM AI Paris 2025</h1><p>${LOREM}</p><p>${LOREM}</p><h2>Our talk</h2>${card}<p>${LOREM}</p><p>${LOREM}</p><p>${LOREM}</p></main>
<footer>© Sponsor Inc.</footer>`;

const MARK = '<script>__bench.mark()</script>';
const script = (load) => `<script ${load === 'sync' ? '' : `${load} `}src="/dist/conference-widgets.js"></script>`;

/** Each scenario: the widget page and the static page, built once. */
const scenarios = [
  ...['sync', 'defer', 'async'].map((load) => ({
    id: `card-${load}`, label: `1 card on a sponsor page, 100-talk JSON URL, script ${load}`, group: 'a',
    widget: () => page({title: 'Sponsor', widgets: 1, head: script(load), body: sponsorPage('<session-card src="/data/talks-100.json" session-id="talk-42"></session-card>')}),
    static: () => page({title: 'Sponsor', body: sponsorPage(staticCard(docOf('/data/talks-100.json'), docOf('/data/talks-100.json').sessions[42]))}),
  })),
  {
    // The same defer page with the rule the README gives, which reserves the card's place before the script runs.
    id: 'card-defer-reserved', label: '1 card on a sponsor page, 100-talk JSON URL, script defer, README\'s :not(:defined) rule', group: 'a',
    widget: () => page({title: 'Sponsor', widgets: 1, head: `${script('defer')}<style>session-card:not(:defined) { display: block; min-height: 25em }</style>`,
      body: sponsorPage('<session-card src="/data/talks-100.json" session-id="talk-42"></session-card>')}),
    static: () => page({title: 'Sponsor', body: sponsorPage(staticCard(docOf('/data/talks-100.json'), docOf('/data/talks-100.json').sessions[42]))}),
  },
  {
    // The same card written into the page by `conference-widgets render` (docs/prerender.md); the script
    // (defer) then takes over once the document has arrived. Paint on both sides: the frame after the
    // parser has the card (a marking script right after it).
    id: 'card-prerendered', label: '1 card on a sponsor page, pre-rendered by the CLI, 100-talk JSON URL, script defer', group: 'a',
    widget: async () => (await renderPage(page({title: 'Sponsor', widgets: 1, marked: true, head: script('defer'),
      body: sponsorPage(`<session-card src="/data/talks-100.json" session-id="talk-42"></session-card>${MARK}`)}), {data: docOf('/data/talks-100.json')})).html,
    static: () => page({title: 'Sponsor', marked: true, body: sponsorPage(staticCard(docOf('/data/talks-100.json'), docOf('/data/talks-100.json').sessions[42]) + MARK)}),
  },
  // n cards from the 1,000-talk document; and the same 100 cards from a document of just those talks,
  // which shows what the size of the document costs.
  ...[[100, 1000], [500, 1000], [1000, 1000], [100, 100]].map(([n, talks]) => ({
    id: talks === 1000 ? `cards-${n}` : `cards-${n}-of-${talks}`, label: `${n} session cards from one document (${talks} talks, src)`,
    group: n === 1000 ? 'c' : 'b',
    widget: () => page({title: 'Cards', widgets: n, head: script('defer'), body: `<main class="grid">${Array.from({length: n}, (_, i) =>
      `<session-card src="/data/talks-${talks}.json" session-id="talk-${i}"></session-card>`).join('\n')}</main>`}),
    static: () => {
      const doc = docOf(`/data/talks-${talks}.json`);
      return page({title: 'Cards', body: `<main class="grid">${doc.sessions.slice(0, n).map((s) => staticCard(doc, s)).join('\n')}</main>`});
    },
  })),
  {
    id: 'banner-10000', label: '<track-banner show-sessions>, 10,000-talk document', group: 'c',
    widget: () => page({title: 'Track', widgets: 1, head: script('defer'), body: '<main><track-banner src="/data/talks-10000.json" track-id="ai-model" show-sessions></track-banner></main>'}),
    static: () => page({title: 'Track', body: `<main>${staticBanner(docOf('/data/talks-10000.json'), 'ai-model')}</main>`}),
  },
  ...[500, 1000].map((n) => ({
    id: `list-${n}`, label: `<session-list layout="list">, ${n} talks of a frab export (src)`, group: 'l', filter: true,
    widget: () => page({title: 'Programme', widgets: 1, rows: n, head: script('defer'),
      body: `<main><h1>Programme</h1><session-list src="/data/list-${n}.json" layout="list"></session-list></main>`}),
    static: () => page({title: 'Programme', body: `<main><h1>Programme</h1>${staticList(docOf(`/data/list-${n}.json`))}</main>`}),
  })),
  {
    id: 'export-20mb', label: '1 card from a 20 MB export', group: 'c', parse: '/data/export-20mb.json',
    widget: () => page({title: 'Export', widgets: 1, head: script('defer'), body: '<main><session-card src="/data/export-20mb.json" session-id="talk-7"></session-card></main>'}),
    static: () => {
      const doc = docOf('/data/export-20mb.json');
      return page({title: 'Export', body: `<main>${staticCard(doc, doc.sessions[7])}</main>`});
    },
  },
].filter((s) => !args.only || args.only.split(',').includes(s.id));

const pages = new Map();
for (const s of scenarios) for (const side of ['widget', 'static']) pages.set(`/${s.id}/${side}.html`, await s[side]());

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (pages.has(path)) return res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(pages.get(path));
  if (path === '/dist/conference-widgets.js') return res.writeHead(200, {'content-type': 'text/javascript'}).end(bundle);
  if (docs[path]) return res.writeHead(200, {'content-type': 'application/json'}).end(docText(path));
  res.writeHead(404).end();
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- Measuring.

const chrome = await findChrome();
const browser = await puppeteer.launch({
  executablePath: chrome.executablePath, headless: chrome.headless,
  args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});

/** Top-level tasks of the renderer main threads, [start µs, duration µs], nested ones dropped. */
function mainTasks(trace) {
  const {traceEvents} = JSON.parse(Buffer.from(trace).toString('utf8'));
  const main = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = traceEvents.filter((e) => e.ph === 'X' && e.cat.includes('toplevel') && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const top = [];
  const ends = new Map();
  for (const e of tasks) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ts < (ends.get(key) ?? 0)) continue;
    ends.set(key, e.ts + e.dur);
    top.push([e.ts, e.dur ?? 0]);
  }
  return top;
}

/**
 * Writes a CPU profile and prints, for each task over 50 ms (`tasks`: [start µs, duration µs], the
 * trace's clock, which the profile's shares), its functions of most self time and of most time with
 * their callees.
 */
function writeProfile(file, profile, tasks) {
  mkdirSync(resolve(file, '..'), {recursive: true});
  writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node])));
  const name = ({callFrame: f}) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  const long = tasks.filter(([, d]) => d > 50_000).map(([ts, dur]) => ({ts, dur, self: new Map(), total: new Map()}));
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    const task = long.find(({ts, dur}) => at >= ts && at < ts + dur);
    if (!task) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const add = (map, key) => map.set(key, (map.get(key) ?? 0) + ms);
    add(task.self, name(byId.get(id)));
    // A recursive function counts once per stack.
    const stack = new Set();
    for (let node = byId.get(id); node; node = parent.get(node.id)) stack.add(name(node));
    for (const key of stack) add(task.total, key);
  });
  const top = (map) => [...map].filter(([n]) => !n.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, 15)
    .map(([n, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${n}`).join('\n');
  console.log(`${file}: ${long.length} task(s) over 50 ms`);
  for (const {ts, dur, self, total} of long) {
    console.log(`  ${(dur / 1000).toFixed(0)} ms at ${((ts - profile.startTime) / 1000).toFixed(0)} ms; self time:\n${top(self)}\n  with callees:\n${top(total)}`);
  }
}

// Search terms typed in turn into the list's `query` (the last one clears it).
const QUERIES = ['mesh', 'mesh networks', 'schmidt', 'über', ''];

async function visit(path, {parse, filter, profile} = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage({type: 'window'});
    await tab.setViewport({width: 1280, height: 900});
    const profiler = profile && await tab.createCDPSession();
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', {interval: 100});
      await profiler.send('Profiler.start');
    }
    await tab.tracing.start({categories: ['toplevel']});
    const response = await tab.goto(base + path, {waitUntil: 'load', timeout: 120_000});
    if (!response.ok()) throw new Error(`${path}: HTTP ${response.status()}`);
    const result = await tab.evaluate(async () => {
      const paint = await window.__bench.done;
      const {cls, lcp, errors, first} = window.__bench;
      return {paint, first: first ?? paint, cls, lcp, errors};
    });
    const trace = await tab.tracing.stop();
    if (result.errors.length) throw new Error(`${path}: ${result.errors[0]}`);
    // The trace runs from navigation to just after paint: the few tasks after paint are the probe's.
    const tasks = mainTasks(trace);
    if (profiler) writeProfile(profile, (await profiler.send('Profiler.stop')).profile, tasks);
    const durations = tasks.map(([, d]) => d / 1000);
    const nodes = await tab.evaluate(() => {
      const count = (root) => {
        let n = 0;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) n += 1 + (node.shadowRoot ? count(node.shadowRoot) : 0);
        return n;
      };
      return count(document);
    });
    // What a reader sees of the first item, to check that both pages say the same.
    const text = await tab.evaluate(() => {
      const list = document.querySelector('session-list');
      if (list || document.querySelector('.row')) return (list ? list.shadowRoot.querySelector('[part~=row]') : document.querySelector('.row'))
        .innerText.replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
      const host = document.querySelector('session-card, track-banner');
      const shown = host ? host.shadowRoot.querySelector('[part=base]') : document.querySelector('.card, .banner');
      // Invisible joiners (the widget keeps a time range on one line with U+2060) are not content.
      return shown.innerText.replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
    });
    const cdp = await tab.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const {usedSize} = await cdp.send('Runtime.getHeapUsage');
    const parseMs = parse ? await tab.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const t = performance.now();
      JSON.parse(text);
      return performance.now() - t;
    }, parse) : undefined;
    const filtered = filter ? await tab.evaluate(async (queries) => {
      const list = document.querySelector('session-list');
      const times = [];
      for (const query of queries) {
        const start = performance.now();
        if (query) list.setAttribute('query', query);
        else list.removeAttribute('query');
        await list.updateComplete;
        const done = performance.now();
        await window.__bench.painted();
        times.push({query, update: done - start, frame: performance.now() - start, rows: list.shadowRoot.querySelectorAll('[part~=row]').length});
      }
      return times;
    }, QUERIES) : undefined;
    if (filtered && !(filtered[0].rows > 0 && filtered[0].rows < filtered.at(-1).rows)) {
      throw new Error(`${path}: query="${filtered[0].query}" shows ${filtered[0].rows} rows of ${filtered.at(-1).rows}`);
    }
    const middle = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    return {
      paint: result.paint, first: result.first, cls: result.cls, lcp: result.lcp,
      filter: filtered && middle(filtered.map((f) => f.update)), filterFrame: filtered && middle(filtered.map((f) => f.frame)),
      longest: Math.max(0, ...durations), tbt: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      nodes, heap: usedSize / 2 ** 20, parse: parseMs, text,
    };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : undefined;
};

const METRICS = {
  paint: ['paint (ms)', 1], cls: ['CLS', 3], longest: ['longest task (ms)', 0], tbt: ['total blocking time (ms)', 0],
  nodes: ['DOM nodes (shadow roots too)', 0], heap: ['JS heap after GC (MB)', 1], parse: ['JSON.parse of the document alone (ms)', 0],
  first: ['first rows painted (ms)', 1], filter: ['filter change: query → updateComplete (ms, median of 5)', 1],
  filterFrame: ['filter change: query → next frame (ms, median of 5)', 1],
};
const SHOWN = {
  a: ['paint', 'cls', 'longest'], b: ['paint', 'longest', 'tbt', 'nodes', 'heap'], c: ['paint', 'longest', 'tbt', 'nodes', 'heap'],
  l: ['paint', 'first', 'longest', 'tbt', 'nodes', 'heap', 'filter', 'filterFrame'],
};
// Measured on the widget side only.
const WIDGET_ONLY = new Set(['parse', 'filter', 'filterFrame']);

const rows = [];
const started = Date.now();
for (const s of scenarios) {
  const runs = {widget: [], static: []};
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which side goes first, so neither always meets a warmer machine.
    for (const side of r % 2 ? ['static', 'widget'] : ['widget', 'static']) {
      const profile = args.profile && r === 0 && side === 'widget' ? resolve(root, args.profile, `${s.id}.cpuprofile`) : undefined;
      runs[side].push(await visit(`/${s.id}/${side}.html`, side === 'widget' ? {...s, profile} : {}));
    }
  }
  const [widgetText, staticText] = [runs.widget[0].text, runs.static[0].text];
  if (widgetText !== staticText) console.warn(`${s.id}: the pages do not say the same:\n  widgets: ${widgetText}\n  static:  ${staticText}`);
  for (const run of [...runs.widget, ...runs.static]) delete run.text;
  const metrics = {};
  for (const key of [...SHOWN[s.group], ...(s.parse ? ['parse'] : [])]) {
    const widget = median(runs.widget.map((m) => m[key]));
    const stat = median(runs.static.map((m) => m[key]));
    metrics[key] = {widget, static: stat, ratio: widget !== undefined && stat ? widget / stat : undefined};
  }
  rows.push({id: s.id, label: s.label, metrics, runs});
  process.stderr.write(`${s.id} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
}
const version = await browser.version();
await browser.close();
server.close();

const fmt = (x, digits) => (x === undefined ? '–' : x.toFixed(digits));
const lines = [
  `| scenario | metric | widgets | static HTML | ratio |`,
  `| --- | --- | ---: | ---: | ---: |`,
  ...rows.flatMap(({label, metrics}) => Object.entries(metrics).map(([key, m]) =>
    `| ${label.replace(/</g, '&lt;')} | ${METRICS[key][0]} | ${fmt(m.widget, METRICS[key][1])} | ${WIDGET_ONLY.has(key) ? '–' : fmt(m.static, METRICS[key][1])} | ${m.ratio === undefined ? '–' : `${m.ratio.toFixed(2)}×`} |`)),
];
const header = `Bench of ${args.dist} (${version}), medians of ${ROUNDS} first visits, ${new Date().toISOString().slice(0, 10)}.\n` +
  'Paint: navigation → the frame after the content is in the DOM. Longest task and TBT: renderer main-thread tasks from a trace.\n' +
  'Ratios are widgets ÷ static; on a shared machine, read the ratios rather than the milliseconds.\n';
const markdown = `${header}\n${lines.join('\n')}\n`;
mkdirSync(resolve(root, args.out, '..'), {recursive: true});
writeFileSync(resolve(root, `${args.out}.json`), JSON.stringify({dist: args.dist, browser: version, rounds: ROUNDS, rows}, null, 2));
writeFileSync(resolve(root, `${args.out}.md`), markdown);
console.log(markdown);
