/**
 * The snippet builder page (demo/builder.html): an editor gives a programme, picks an item and its
 * options, sees the widget, and copies one of three snippets. The preview is the library's own
 * element from the script on the page; this module reads the data, lists the items and writes the
 * snippets (snippets.ts).
 */
import {ConferenceError} from '../../src/data/errors.js';
import {importDocument} from '../../src/data/import/index.js';
import type {Format} from '../../src/data/import/index.js';
import {fetchJson, parseJson} from '../../src/data/load.js';
import {check, describeFault} from '../../src/data/validate.js';
import type {ConferenceDocument} from '../../src/data/types.js';
import {sessionCardVariants, speakerSections, speakerVariants, trackBannerVariants} from '../../src/components/options.js';
import {
  attributes, defaultHeadingLevel, flags, iframeSnippet, inlineSnippet, itemsOf, listenerSnippet, scriptTag, search, srcSnippet,
} from './snippets.js';
import type {Choice, Item, SlicedElement, Source} from './snippets.js';
import {texts} from './text.js';
import type {Text, UiLang} from './text.js';

const DEMO_DATA = '/demo/data/gosim-paris-2025.json';
const variants: Record<SlicedElement, readonly string[]> = {
  'session-card': sessionCardVariants,
  'speaker-bio': speakerVariants,
  'track-banner': trackBannerVariants,
};

const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`builder.html has no ${selector}`);
  return found;
};
const pageForm = $<HTMLFormElement>('#page-controls');
const form = $<HTMLFormElement>('#builder');
const widthForm = $<HTMLFormElement>('#width-form');
const preview = $('#preview');
const itemList = $<HTMLSelectElement>('#item');
const searchBox = $<HTMLInputElement>('#search');
const formatSelect = $<HTMLSelectElement>('#format');
const timeZoneInput = $<HTMLInputElement>('#time-zone');
const embedPageInput = $<HTMLInputElement>('#embed-page');
const hostedInput = $<HTMLInputElement>('#hosted');

/** What the editor gave, before reading. */
interface Given {
  readonly json: unknown;
  /** Where widgets can fetch it: the URL given, or the address the editor says they will put the file at. */
  readonly url?: string;
}

interface Read {
  readonly document: ConferenceDocument;
  readonly format: Exclude<Format, 'auto'>;
  readonly warnings: readonly string[];
}

const state = {
  lang: 'en' as UiLang,
  given: undefined as Given | undefined,
  read: undefined as Read | undefined,
  error: undefined as string | undefined,
  /** The error is only that the export's times need a zone: the editor is asked for it. */
  needsZone: false,
  loading: false,
  element: 'session-card' as SlicedElement,
  items: [] as Item[],
  id: '',
  variant: '',
  sections: [] as string[],
  flags: [] as string[],
  headingLevel: 0,
  theme: '' as '' | 'light' | 'dark',
  widgetLang: '',
  width: 600,
  height: 0,
  version: window.ConferenceWidgets?.version ?? '0.0.0',
  integrity: undefined as string | undefined,
};

const t = (): Text => texts[state.lang];

// ---- The page's language and theme -------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t().pageTitle;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = t()[el.dataset.text as keyof Text];
    if (typeof value === 'string') el.textContent = value;
  }
  pageForm.setAttribute('aria-label', t().settings);
  searchBox.placeholder = t().searchPlaceholder;
  $('#item-label').textContent = t().listLabel[state.element];
  renderOptions();
  listItems();
  renderStatus();
}

pageForm.addEventListener('change', () => {
  const data = new FormData(pageForm);
  state.lang = data.get('lang') === 'fr' ? 'fr' : 'en';
  document.documentElement.dataset.theme = String(data.get('theme') ?? '');
  applyLanguage();
  update();
});

// ---- Step 1: the programme -------------------------------------------------------------------

/** The source radio's choice, showing the fields that go with it. */
function sourceKind(): string {
  const kind = String(new FormData(form).get('source') ?? 'demo');
  for (const field of document.querySelectorAll<HTMLElement>('[data-source]')) field.hidden = !field.dataset.source?.split(' ').includes(kind);
  return kind;
}

async function loadUrl(url: string) {
  state.loading = true;
  state.error = undefined;
  renderStatus();
  try {
    const fetched = await fetchJson(url);
    give({json: fetched.json, url: fetched.url});
  } catch (error) {
    fail(error);
  } finally {
    state.loading = false;
    renderStatus();
  }
}

function give(given: Given) {
  state.given = given;
  readGiven();
}

function fail(error: unknown) {
  state.read = undefined;
  state.needsZone = false;
  state.error = error instanceof ConferenceError ? error.message : String(error);
  listItems();
  renderStatus();
  update();
}

/** Imports and checks what was given, in the format and zone chosen. */
function readGiven() {
  const given = state.given;
  if (!given) return;
  const format = formatSelect.value as Format;
  const zone = timeZoneInput.value.trim() || undefined;
  let zoneMissing = false;
  try {
    const imported = importDocument(given.json, format, {timeZone: zone});
    const checked = check(imported.document, {base: given.url});
    state.read = {document: checked.document, format: imported.format, warnings: [...imported.warnings, ...checked.faults.map(describeFault)]};
    state.error = undefined;
  } catch (error) {
    state.read = undefined;
    state.error = error instanceof ConferenceError ? error.message : String(error);
    zoneMissing = error instanceof ConferenceError && error.kind === 'time-zone';
  }
  state.needsZone = zoneMissing;
  // Sessionize exports need the zone (and an export without offsets says so): ask for it.
  $('#time-zone-field').hidden = !(zoneMissing || state.read?.format === 'sessionize' || format === 'sessionize');
  listItems();
  renderStatus();
  update();
}

function renderStatus() {
  const status = $('#status');
  const warnings = $<HTMLDetailsElement>('#warnings');
  status.classList.toggle('error', Boolean(state.error));
  if (state.loading) status.textContent = t().loading;
  else if (state.error) status.textContent = state.needsZone ? t().needsZone : `${t().failed} ${state.error}`;
  else if (state.read) {
    const {document: doc, format} = state.read;
    const names: Record<string, string> = {native: 'conference-widgets JSON', pretalx: 'pretalx', frab: 'frab', sessionize: 'Sessionize'};
    const talks = (doc.sessions ?? []).filter((s) => s.kind !== 'break').length;
    status.textContent = t().status(names[format], formatSelect.value === 'auto', talks, doc.speakers?.length ?? 0, doc.tracks?.length ?? 0);
  } else status.textContent = '';
  const list = state.read?.warnings ?? [];
  warnings.hidden = !list.length || Boolean(state.error);
  $('summary', warnings).textContent = t().warnings(list.length);
  $('ul', warnings).replaceChildren(...list.slice(0, 50).map((line) => Object.assign(document.createElement('li'), {textContent: line})));
}

async function sourceChanged() {
  const kind = sourceKind();
  if (kind === 'demo') await loadUrl(new URL(DEMO_DATA, location.href).href);
  else if (kind === 'url' && $<HTMLInputElement>('#url').value.trim()) await loadUrl($<HTMLInputElement>('#url').value.trim());
  else if (kind === 'paste') pasted();
  else if (kind === 'file') await chosenFile();
}

function hostedUrl(): string | undefined {
  const value = hostedInput.value.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function pasted() {
  const text = $<HTMLTextAreaElement>('#paste').value.trim();
  if (!text) return;
  try {
    give({json: parseJson(text, 'the pasted text'), url: hostedUrl()});
  } catch (error) {
    fail(error);
  }
}

async function chosenFile() {
  const file = $<HTMLInputElement>('#file').files?.[0];
  if (!file) return;
  try {
    give({json: parseJson(await file.text(), file.name), url: hostedUrl()});
  } catch (error) {
    fail(error);
  }
}

for (const input of form.querySelectorAll('input[name=source]')) input.addEventListener('change', () => void sourceChanged());
$('#load').addEventListener('click', () => void sourceChanged());
$<HTMLInputElement>('#url').addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    void sourceChanged();
  }
});
$('#paste').addEventListener('input', pasted);
$('#file').addEventListener('change', () => void chosenFile());
hostedInput.addEventListener('input', () => {
  if (state.given && sourceKind() !== 'url' && sourceKind() !== 'demo') state.given = {...state.given, url: hostedUrl()};
  update();
});
formatSelect.addEventListener('change', readGiven);
timeZoneInput.addEventListener('change', readGiven);
const zones = (Intl as {supportedValuesOf?: (key: string) => string[]}).supportedValuesOf?.('timeZone') ?? [];
$('#zones').replaceChildren(...zones.map((zone) => Object.assign(document.createElement('option'), {value: zone})));

// ---- Step 2: the item ------------------------------------------------------------------------

function listItems() {
  state.items = state.read ? itemsOf(state.read.document, state.element, state.lang) : [];
  const shown = search(state.items, searchBox.value);
  if (!shown.some((item) => item.id === state.id)) state.id = shown[0]?.id ?? '';
  itemList.replaceChildren(...shown.map((item) => {
    const option = new Option(item.label, item.id, false, item.id === state.id);
    option.title = item.label;
    return option;
  }));
  // As tall as the list, up to eight rows; two at least, or it becomes a drop-down.
  itemList.size = Math.min(8, Math.max(2, shown.length));
  $('#item-label').textContent = t().listLabel[state.element];
  $('#item-note').textContent = !state.read ? '' : !state.items.length ? t().noItems : !shown.length ? t().noMatch : '';
}

form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'element') {
    state.element = target.value as SlicedElement;
    state.variant = '';
    state.sections = [];
    state.flags = [];
    state.headingLevel = 0;
    renderOptions();
    listItems();
    update();
  }
});
searchBox.addEventListener('input', () => {
  listItems();
  update();
});
itemList.addEventListener('change', () => {
  state.id = itemList.value;
  update();
});

// ---- Step 3: the options ---------------------------------------------------------------------

function make<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children);
  return el;
}

/** A group of radios or checkboxes, each with its label. */
function group(legend: string, type: 'radio' | 'checkbox', name: string, choices: [string, string, boolean][], onChange: (value: string, checked: boolean) => void) {
  return make('fieldset', {className: 'choices'}, make('legend', {textContent: legend}), ...choices.map(([value, label, checked]) => {
    const input = make('input', {type, name, value, checked});
    input.addEventListener('change', () => onChange(value, input.checked));
    return make('label', {}, input, ` ${label}`);
  }));
}

/** A labelled select. */
function select(id: string, label: string, choices: [string, string][], value: string, onChange: (value: string) => void) {
  const el = make('select', {id}, ...choices.map(([v, text]) => new Option(text, v, false, v === value)));
  el.addEventListener('change', () => onChange(el.value));
  return make('div', {className: 'field'}, make('label', {htmlFor: id, textContent: label}), el);
}

function renderOptions() {
  const {element} = state;
  const words = t();
  const own = variants[element];
  const controls: HTMLElement[] = [
    group(words.variant, 'radio', 'variant', own.map((v, i) => [v, words[`variant:${v}` as keyof Text] as string, state.variant ? state.variant === v : i === 0]), (v) => {
      // The first value is the element's default, left out of the snippet.
      state.variant = v === own[0] ? '' : v;
      update();
    }),
  ];
  if (element === 'speaker-bio') {
    controls.push(group(words.sections, 'checkbox', 'sections', speakerSections.map((s) => [s, s, state.sections.includes(s)]), (s, on) => {
      const chosen = new Set(state.sections);
      if (on) chosen.add(s);
      else chosen.delete(s);
      state.sections = speakerSections.filter((name) => chosen.has(name));
      update();
    }));
  }
  const ownFlags: readonly string[] = flags[element];
  if (ownFlags.length) {
    controls.push(group('', 'checkbox', 'flags', ownFlags.map((f) => [f, words[f as keyof Text] as string, state.flags.includes(f)]), (f, on) => {
      state.flags = ownFlags.filter((name) => (name === f ? on : state.flags.includes(name)));
      update();
    }));
  }
  const level = state.headingLevel || defaultHeadingLevel[element];
  controls.push(
    make('div', {className: 'row wrap'},
      select('heading-level', words.headingLevel, ['1', '2', '3', '4', '5', '6'].map((n) => [n, `h${n}`]), String(level), (v) => {
        state.headingLevel = Number(v);
        update();
      }),
      select('widget-theme', words.widgetTheme, [['', words.widgetThemeAuto], ['light', words.light], ['dark', words.dark]], state.theme, (v) => {
        state.theme = v === 'light' || v === 'dark' ? v : '';
        update();
      }),
      select('widget-lang', words.widgetLang, [['', words.widgetLangPage], ['en', 'English'], ['fr', 'Français']], state.widgetLang, (v) => {
        state.widgetLang = v;
        update();
      }),
    ),
  );
  // The flags fieldset needs no legend of its own: its labels say it all.
  for (const legend of controls.flatMap((c) => [...c.querySelectorAll('legend')])) if (!legend.textContent) legend.remove();
  $('#options').replaceChildren(...controls);
}

// ---- Step 4: the preview, and 5: the snippets -----------------------------------------------

function choice(): Choice {
  return {
    element: state.element,
    id: state.id,
    variant: state.variant || undefined,
    sections: state.element === 'speaker-bio' ? state.sections : undefined,
    flags: state.flags,
    headingLevel: state.headingLevel || undefined,
    theme: state.theme || undefined,
    lang: state.widgetLang || undefined,
  };
}

/** The source attributes of the src and iframe snippets; the zone only where the export needs it. */
function source(): Source {
  const format = formatSelect.value as Format;
  const zone = timeZoneInput.value.trim();
  return {url: state.given?.url, format, timeZone: state.read?.format === 'sessionize' && zone ? zone : undefined};
}

let widget: HTMLElement | undefined;
let previewKey = '';

/** The preview: the element with the chosen attributes, fed the checked document. */
function renderPreview() {
  const doc = state.read?.document;
  preview.style.width = `${state.width}px`;
  const key = JSON.stringify([choice(), Boolean(doc)]);
  if (!doc || !state.id) {
    widget?.remove();
    widget = undefined;
    previewKey = '';
    return;
  }
  if (key === previewKey && widget) {
    (widget as HTMLElement & {data: unknown}).data = doc;
    return;
  }
  previewKey = key;
  const el = document.createElement(state.element);
  for (const [name, value] of attributes(choice())) el.setAttribute(name, value);
  (el as HTMLElement & {data: unknown}).data = doc;
  widget?.remove();
  widget = el;
  preview.append(el);
  resizes.observe(el);
}

/** The preview's height at the chosen width: the iframe's. */
const resizes = new ResizeObserver(() => {
  const height = Math.ceil(widget?.getBoundingClientRect().height ?? 0);
  if (height !== state.height) {
    state.height = height;
    renderSnippets();
  }
});

function show(id: string, code: string | undefined) {
  const article = $(`#${id}`);
  const area = $<HTMLTextAreaElement>('textarea', article);
  area.value = code ?? '';
  area.hidden = code === undefined;
  article.querySelector<HTMLElement>('.missing')?.toggleAttribute('hidden', code !== undefined);
  $<HTMLButtonElement>('button.copy', article).disabled = code === undefined;
  $('.copied', article).textContent = '';
}

function embedPage(): string | undefined {
  try {
    const url = new URL(embedPageInput.value.trim(), location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function renderSnippets() {
  const doc = state.read?.document;
  const ready = doc && state.id ? choice() : undefined;
  const script = scriptTag(state.version, state.integrity);
  const src = source();
  const hosted = src.url ? {...src, url: src.url} : undefined;
  const item = state.items.find((i) => i.id === state.id);
  const page = embedPage();
  const eventName = doc ? itemsOf({...doc, tracks: [{id: 'event', name: doc.event.name}]}, 'track-banner', state.lang)[0]?.name ?? '' : '';
  show('snippet-src', ready && hosted ? srcSnippet(script, ready, hosted) : undefined);
  show('snippet-inline', ready && doc ? inlineSnippet(script, ready, doc) : undefined);
  show('snippet-iframe', ready && hosted && page && state.height ? iframeSnippet(page, ready, hosted, t().iframeTitleText(item?.name ?? state.id, eventName), state.height) : undefined);
  show('snippet-listener', page ? listenerSnippet(page) : undefined);
}

function update() {
  renderPreview();
  renderSnippets();
}

widthForm.addEventListener('change', () => {
  state.width = Number(new FormData(widthForm).get('width')) || 600;
  update();
});
embedPageInput.addEventListener('input', renderSnippets);

for (const article of document.querySelectorAll<HTMLElement>('.snippet')) {
  const button = $<HTMLButtonElement>('button.copy', article);
  const area = $<HTMLTextAreaElement>('textarea', article);
  button.addEventListener('click', async () => {
    const said = $('.copied', article);
    try {
      await navigator.clipboard.writeText(area.value);
      said.textContent = t().copied;
    } catch {
      // No clipboard permission (an insecure origin, a strict browser): select it for the editor.
      area.select();
      said.textContent = t().copyFailed;
    }
  });
}

// ---- Start ------------------------------------------------------------------------------------

/** The SRI hash of the library, when the build wrote dist/sri.json. */
async function integrity(): Promise<string | undefined> {
  try {
    const response = await fetch('/dist/sri.json');
    if (!response.ok) return undefined;
    const hashes = (await response.json()) as Record<string, unknown>;
    const entry = Object.entries(hashes).find(([file]) => file.split('/').pop() === 'conference-widgets.js')?.[1];
    const hash = typeof entry === 'string' ? entry : (entry as {integrity?: unknown} | undefined)?.integrity;
    return typeof hash === 'string' && /^sha(256|384|512)-/.test(hash) ? hash : undefined;
  } catch {
    return undefined;
  }
}

const params = new URLSearchParams(location.search);
for (const name of ['lang', 'theme']) {
  const input = params.has(name) && pageForm.querySelector<HTMLInputElement>(`input[name=${name}][value="${CSS.escape(params.get(name) ?? '')}"]`);
  if (input) input.checked = true;
}
embedPageInput.value = new URL('/demo/embed.html', location.href).href;
// On a phone, the width that fits is the one to preview.
if (innerWidth < 640) {
  const narrow = widthForm.querySelector<HTMLInputElement>('input[value="280"]');
  if (narrow) narrow.checked = true;
  state.width = 280;
}
pageForm.dispatchEvent(new Event('change'));
state.integrity = await integrity();
await sourceChanged();
document.documentElement.dataset.ready = '';
