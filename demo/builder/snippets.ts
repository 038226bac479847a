/**
 * What the snippet builder makes, as pure functions: the list of items an editor picks from, the
 * element's attributes, and the three snippets. No DOM here; builder.ts wires it to the page.
 */
import type {Format} from '../../src/data/import/index.js';
import {inlineJson, sliceDocument} from '../../src/data/slice.js';
import type {SlicedElement} from '../../src/data/slice.js';
import type {ConferenceDocument, LocalizedText} from '../../src/data/types.js';
import {choose} from '../../src/i18n/text.js';
import {fold} from '../../src/data/programme.js';

export type {SlicedElement};

/** The attribute that names the item, per element. */
export const idAttribute = {'session-card': 'session-id', 'speaker-bio': 'speaker-id', 'track-banner': 'track-id'} as const;

/** The heading level each element has when `heading-level` is not set. */
export const defaultHeadingLevel = {'session-card': 3, 'speaker-bio': 3, 'track-banner': 2} as const;

/** The flags each element has. */
export const flags = {
  'session-card': ['show-local-time', 'show-intro'],
  'speaker-bio': [],
  'track-banner': ['show-sessions'],
} as const satisfies Record<SlicedElement, readonly string[]>;

export interface Item {
  readonly id: string;
  /** What the editor reads in the list: a title or a name, and what tells two apart. */
  readonly label: string;
  /** The title or name alone, for the iframe's `title`. */
  readonly name: string;
}

const text = (value: LocalizedText | undefined, lang: string, doc: ConferenceDocument) =>
  value === undefined ? '' : choose(value, lang, doc.language ?? 'en').value;

/** The items `element` can show from `doc`, labelled in `lang`; breaks are not talks. */
export function itemsOf(doc: ConferenceDocument, element: SlicedElement, lang: string): Item[] {
  const t = (value: LocalizedText | undefined) => text(value, lang, doc);
  switch (element) {
    case 'session-card':
      return (doc.sessions ?? []).filter((s) => s.kind !== 'break').map((s) => {
        const speakers = (s.speakers ?? []).map((id) => t(doc.speakers?.find((p) => p.id === id)?.name)).filter(Boolean);
        // The local date and time as the data writes it: enough to tell two talks of one title apart.
        const when = s.start ? s.start.slice(0, 16).replace('T', ' ') : '';
        return {id: s.id, name: t(s.title), label: [t(s.title), [when, speakers.join(', ')].filter(Boolean).join(' · ')].filter(Boolean).join(' — ')};
      });
    case 'speaker-bio':
      return (doc.speakers ?? []).map((p) => {
        const position = p.positions?.[0];
        const role = position ? [t(position.title), t(position.organization)].filter(Boolean).join(', ') : '';
        return {id: p.id, name: t(p.name), label: role ? `${t(p.name)} — ${role}` : t(p.name)};
      });
    case 'track-banner':
      return (doc.tracks ?? []).map((track) => ({id: track.id, name: t(track.name), label: t(track.name)}));
  }
}

/** The items whose label holds every word of `query`, case and accents aside ("ecole" finds "École"). */
export function search(items: readonly Item[], query: string): Item[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    const label = fold(`${item.label} ${item.id}`);
    return words.every((word) => label.includes(word));
  });
}

export interface Choice {
  readonly element: SlicedElement;
  readonly id: string;
  readonly variant?: string;
  /** speaker-bio's sections, in the element's order; empty for its default. */
  readonly sections?: readonly string[];
  readonly flags?: readonly string[];
  readonly headingLevel?: number;
  readonly theme?: 'light' | 'dark';
  readonly lang?: string;
}

export interface Source {
  /** The document's URL, for the `src` and iframe snippets; undefined when it is not hosted. */
  readonly url?: string;
  /** The format the editor forced; `auto` is not written. */
  readonly format: Format;
  /** For exports without offsets (Sessionize). */
  readonly timeZone?: string;
}

/** The element's attributes for `choice`, defaults left out; `source` adds src, format and time-zone. */
export function attributes(choice: Choice, source?: Source): [string, string][] {
  const list: [string, string][] = [];
  if (source?.url) list.push(['src', source.url]);
  if (source && source.format !== 'auto') list.push(['format', source.format]);
  if (source?.timeZone) list.push(['time-zone', source.timeZone]);
  list.push([idAttribute[choice.element], choice.id]);
  if (choice.variant) list.push(['variant', choice.variant]);
  if (choice.sections?.length) list.push(['sections', choice.sections.join(',')]);
  for (const flag of choice.flags ?? []) list.push([flag, '']);
  if (choice.headingLevel && choice.headingLevel !== defaultHeadingLevel[choice.element]) list.push(['heading-level', String(choice.headingLevel)]);
  if (choice.theme) list.push(['theme', choice.theme]);
  if (choice.lang) list.push(['lang', choice.lang]);
  return list;
}

const escape = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const attributeText = (list: readonly [string, string][]) =>
  list.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');

/** The library's script tag: a versioned CDN URL, with its SRI hash when the build has one. */
export function scriptTag(version: string, integrity?: string): string {
  const src = `https://cdn.jsdelivr.net/npm/conference-widgets@${version}/dist/conference-widgets.js`;
  return `<script src="${src}"${integrity ? ` integrity="${escape(integrity)}" crossorigin="anonymous"` : ''}></script>`;
}

/** Snippet 1: the script and the element reading the document at its URL. */
export const srcSnippet = (script: string, choice: Choice, source: Source & {url: string}) =>
  `${script}\n<${choice.element}${attributeText(attributes(choice, source))}></${choice.element}>`;

/** Snippet 2: the script and the element holding the slice it needs as inline JSON; undefined for an unknown id. */
export function inlineSnippet(script: string, choice: Choice, doc: ConferenceDocument): string | undefined {
  const slice = sliceDocument(doc, choice.element, choice.id, {showSessions: choice.flags?.includes('show-sessions')});
  if (!slice) return undefined;
  return `${script}\n<${choice.element}${attributeText(attributes(choice))}><script type="application/json">${inlineJson(slice)}</script></${choice.element}>`;
}

/** The embed page's address for `choice`: every attribute as a query parameter, `element` first. */
export function embedUrl(embedPage: string, choice: Choice, source: Source & {url: string}): string {
  const url = new URL(embedPage);
  url.search = '';
  url.searchParams.set('element', choice.element);
  for (const [name, value] of attributes(choice, source)) url.searchParams.set(name, value);
  return url.href;
}

/** Snippet 3: an iframe of the embed page, `height` px tall (measured from the preview). */
export const iframeSnippet = (embedPage: string, choice: Choice, source: Source & {url: string}, title: string, height: number) =>
  `<iframe src="${escape(embedUrl(embedPage, choice, source))}" title="${escape(title)}" loading="lazy" width="100%" height="${Math.ceil(height)}" style="border: 0"></iframe>`;

/**
 * The optional listener for the iframe snippet, one line: it applies a height only from the embed
 * page's origin, only to the frame that sent it, and only a positive number of pixels.
 */
export const listenerSnippet = (embedPage: string) =>
  `<script>addEventListener('message', (e) => { const h = Number(e.data?.height); if (e.origin !== ${JSON.stringify(new URL(embedPage).origin)} || e.data?.type !== 'conference-widgets:height' || !(h > 0)) return; for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = Math.ceil(h) + 'px'; });</script>`;
