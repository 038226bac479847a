/**
 * Pre-rendered HTML: every `<session-card>`, `<speaker-bio>` and `<track-banner>` of a page rendered
 * with @lit-labs/ssr into a declarative shadow root, so that the content is in the HTML (JavaScript
 * off, crawlers, no layout shift). The rest of the page is passed through byte for byte: parse5 finds
 * the elements and their offsets, and only a `<template shadowrootmode>` is inserted after each start
 * tag (plus the attributes the element would reflect once its script runs).
 *
 * Each element gets its document through the `data` property, the one path the DataController takes
 * synchronously; the importers, the checks and the selection are the browser's. The script then takes
 * over without a visible change (see `createRenderRoot` in conference-element.ts).
 */
import {page} from './shims.js';
import {createHash} from 'node:crypto';
import {parse} from 'parse5';
import type {DefaultTreeAdapterMap} from 'parse5';
import {Element as ShimElement} from '@lit-labs/ssr-dom-shim';
import {LitElementRenderer} from '@lit-labs/ssr/lib/lit-element-renderer.js';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import type {RenderInfo} from '@lit-labs/ssr/lib/render-value.js';
import {ConferenceError} from '../data/errors.js';
import {parseJson} from '../data/load.js';
import type {Outcome} from '../data/controller.js';
import type {Format} from '../data/import/index.js';
import {formats} from '../data/import/index.js';
import {structuredDataScript} from '../format/structured-data.js';
import type {StructuredData, StructuredDataBuilder} from '../format/structured-data.js';
import {getLocale, setLocale, uiLocaleFor} from '../i18n/locale.js';
import '../components/session-card/session-card.js';
import '../components/speaker-bio/speaker-bio.js';
import '../components/track-banner/track-banner.js';

type Node = DefaultTreeAdapterMap['node'];
type ParsedElement = DefaultTreeAdapterMap['element'];

export const tags = ['session-card', 'speaker-bio', 'track-banner'] as const;

export interface RenderOptions {
  /** A whole document (already parsed JSON) for every element without inline JSON. */
  readonly data?: unknown;
  /** The UI language (`en`, `fr`); by default the page's `<html lang>`, as in the browser. */
  readonly lang?: string;
  /** For elements that have no `format` attribute; written onto them so that the browser reads the data alike. */
  readonly format?: Format;
  /** For elements that have no `time-zone` attribute; written onto them too. */
  readonly timeZone?: string;
  /** The page's address, for relative URLs in the data (links, photos). */
  readonly baseUrl?: string;
  /** The file's name, for messages. */
  readonly fileName?: string;
}

/** One element that could not be rendered: its line and one sentence naming the element and the field. */
export interface RenderProblem {
  readonly line: number;
  readonly message: string;
}

export interface RenderedPage {
  readonly html: string;
  readonly rendered: number;
  readonly problems: readonly RenderProblem[];
  /** What the page's UI language was rendered in, and what the browser will use (`<html lang>`). */
  readonly locale: string;
  readonly pageLocale: string;
  /** The CSP sources that allow the pre-rendered `<style>` elements: `'sha256-…'`, one per element type. */
  readonly styleHashes: readonly string[];
  /** What makes the page's pre-rendered HTML go unused, one line each. */
  readonly warnings: readonly string[];
}

/** An insertion into the source: `text` at `at`, replacing `length` characters. */
interface Edit {
  readonly at: number;
  readonly length: number;
  readonly text: string;
  /** The text of the `<style>` the edit inserts, for its CSP hash. */
  readonly style?: string;
}

/** The page with every widget pre-rendered. Elements that cannot be rendered are left as they are. */
export async function renderPage(source: string, options: RenderOptions = {}): Promise<RenderedPage> {
  const known: readonly string[] = ['auto', ...formats];
  if (options.format !== undefined && !known.includes(options.format)) {
    throw new ConferenceError('invalid', {path: '--format', expected: `one of ${known.join(', ')}`, got: options.format});
  }
  const tree = parse(source, {sourceCodeLocationInfo: true});
  const html = find(tree, (node) => node.nodeName === 'html');
  const pageLang = (html && attribute(html, 'lang')) ?? '';
  page.lang = pageLang;
  page.baseURI = options.baseUrl ?? 'about:blank';
  const locale = uiLocaleFor(options.lang ?? pageLang);
  await setLocale(locale);

  const edits: Edit[] = [];
  const problems: RenderProblem[] = [];
  const warnings = blockingScripts(tree, options.fileName ?? 'page');
  const described = new Map<string, StructuredData>();
  let rendered = 0;
  for (const element of widgets(tree)) {
    const line = element.sourceCodeLocation?.startLine ?? 0;
    try {
      const widget = renderWidget(element, source, options);
      edits.push(...widget.edits);
      if (widget.described) described.set(widget.described.key, widget.described);
      rendered++;
    } catch (error) {
      const why = error instanceof ConferenceError ? oneLine(error) : error instanceof Error ? error.message : String(error);
      problems.push({line, message: `${options.fileName ?? 'page'}:${line}: ${startTag(element)}: ${why}`});
    }
  }
  edits.push(...structuredDataEdits(tree, described));
  const styleHashes = [...new Set(edits.flatMap((edit) => (edit.style === undefined ? [] : [`'sha256-${createHash('sha256').update(edit.style).digest('base64')}'`])))];
  // From the end, so that offsets stay true; at one offset the old shadow root goes before the new one comes.
  edits.sort((a, b) => b.at - a.at || b.length - a.length);
  let out = source;
  for (const {at, length, text} of edits) out = out.slice(0, at) + text + out.slice(at + length);
  return {html: out, rendered, problems, locale: getLocale(), pageLocale: uiLocaleFor(pageLang), styleHashes, warnings};
}

/**
 * The JSON-LD the widgets add in the browser (components/internal/structured-data.ts), once per item:
 * at the end of the `<head>`, where the browser's controller puts it and adopts it by its key. A
 * script of one of these keys from an earlier run is replaced, so that running again gives the same page.
 */
function structuredDataEdits(tree: Node, described: ReadonlyMap<string, StructuredData>): Edit[] {
  if (!described.size) return [];
  const edits: Edit[] = [];
  const missing = new Map(described);
  const visit = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (!('tagName' in child)) continue;
      const key = child.tagName === 'script' ? attribute(child, 'data-conference-widgets') : undefined;
      const data = key === undefined ? undefined : missing.get(key);
      const at = child.sourceCodeLocation;
      if (data && at) {
        edits.push({at: at.startOffset, length: at.endOffset - at.startOffset, text: structuredDataScript(data)});
        missing.delete(data.key);
      } else if (!isShadowTemplate(child)) visit(child);
    }
  };
  visit(tree);
  if (!missing.size) return edits;
  const head = find(tree, (node) => node.nodeName === 'head')?.sourceCodeLocation;
  const body = find(tree, (node) => node.nodeName === 'body')?.sourceCodeLocation;
  // A page without a written </head> (the parser closes it): before <body>, or first of all.
  const at = head?.endTag?.startOffset ?? body?.startTag?.startOffset ?? 0;
  edits.push({at, length: 0, text: `${[...missing.values()].map(structuredDataScript).join('\n')}\n`});
  return edits;
}

/** The widgets of the page in document order, not those inside another widget or a `<template>`. */
function* widgets(node: Node): Generator<ParsedElement> {
  for (const child of childrenOf(node)) {
    if (!('tagName' in child)) continue;
    if ((tags as readonly string[]).includes(child.tagName)) yield child;
    else if (child.tagName !== 'template') yield* widgets(child);
  }
}

/**
 * The library's classic scripts that run before the first widget is parsed. Such a script defines the
 * elements while the parser is still in their start tags: each element makes its own shadow root, and
 * the browser then refuses the pre-rendered one ("A second declarative shadow root cannot be created").
 */
function blockingScripts(tree: Node, fileName: string): string[] {
  const first = widgets(tree).next().value?.sourceCodeLocation?.startOffset;
  if (first === undefined) return [];
  const found: string[] = [];
  const visit = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (!('tagName' in child)) continue;
      const at = child.sourceCodeLocation;
      if (at && at.startOffset > first) return;
      const src = attribute(child, 'src');
      const blocking = attribute(child, 'defer') === undefined && attribute(child, 'async') === undefined && attribute(child, 'type')?.trim().toLowerCase() !== 'module';
      if (child.tagName === 'script' && src && /conference-widgets/i.test(src) && blocking) {
        found.push(`${fileName}:${at?.startLine ?? 0}: <script src="${src}"> runs before the widgets are parsed, so the browser cannot use their pre-rendered HTML: load it with defer (or at the end of <body>)`);
      }
      visit(child);
    }
  };
  visit(tree);
  return found;
}

const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);

function find(node: Node, test: (node: Node) => boolean): ParsedElement | undefined {
  for (const child of childrenOf(node)) {
    if ('tagName' in child && test(child)) return child;
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

const attribute = (element: ParsedElement, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** A pre-rendered shadow root from an earlier run: it is rendered anew. */
const isShadowTemplate = (node: Node) => 'tagName' in node && node.tagName === 'template' && attribute(node, 'shadowrootmode') !== undefined;

/** The element's light DOM text, as `textContent` has it. */
const textOf = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node ? node.value : isShadowTemplate(node) ? '' : childrenOf(node).map(textOf).join('');

/** The `lang` in force for an element, from its ancestors (its own is on the element). */
function inheritedLang(element: ParsedElement): string | undefined {
  for (let node: Node | null = element.parentNode; node && 'attrs' in node; node = node.parentNode) {
    const lang = attribute(node, 'lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The edits that pre-render one element, and the JSON-LD of its item unless its `structured-data` is
 * `off`; throws a ConferenceError when it cannot be shown.
 */
function renderWidget(element: ParsedElement, source: string, options: RenderOptions): {edits: Edit[]; described?: StructuredData} {
  const location = element.sourceCodeLocation;
  if (!location?.startTag) throw new Error('the start tag is not in the source (a parser fix-up)');
  const children = element.childNodes.filter((node) => !isShadowTemplate(node));
  const script = children.find(
    (node): node is ParsedElement => 'tagName' in node && node.tagName === 'script' && attribute(node, 'type')?.trim().toLowerCase() === 'application/json',
  );
  const json = script && textOf(script).trim();

  const renderer = new LitElementRenderer(element.tagName);
  // What the CLI reads of the element besides its public properties: its protected describing parts.
  const host = renderer.element as unknown as HTMLElement & {
    data?: unknown;
    fromHtml: boolean;
    structuredData?: string;
    contentLang: string;
    describe: StructuredDataBuilder<unknown>;
  };
  host.fromHtml = true;
  for (const {name, value} of element.attrs) renderer.setAttribute(name, value);
  // Options fill in what the element does not say, and are written onto it: the browser reads alike.
  const added: Record<string, string> = {};
  const fill = (name: string, value: string | undefined) => {
    if (value === undefined || element.attrs.some((a) => a.name === name)) return;
    renderer.setAttribute(name, value);
    added[name] = value;
  };
  fill('format', options.format);
  fill('time-zone', options.timeZone);
  // Inline JSON is what the browser shows, so it wins over --data.
  if (json) host.data = parseJson(json, 'inline JSON');
  else if (options.data !== undefined) host.data = options.data;

  // What the element reads of its place in the page, which a server-side element does not have.
  const lang = inheritedLang(element);
  const parent = new ShimElement();
  if (lang) parent.setAttribute('lang', lang);
  Object.defineProperties(host, {
    parentNode: {value: lang ? parent : null},
    textContent: {value: children.map(textOf).join('')},
    childElementCount: {value: children.filter((node) => 'tagName' in node).length},
  });

  renderer.connectedCallback();
  // The controller is private to the element; the CLI is its one reader outside.
  const {outcome} = (host as unknown as {loader: {outcome: Outcome<unknown>}}).loader;
  if (outcome.status === 'error') throw outcome.error;
  if (outcome.status !== 'ready') {
    throw new Error('no data: give --data FILE, or put the document in a <script type="application/json"> child');
  }

  // The attributes the element reflects once defined (`variant`, `theme`), so page CSS sees them now.
  const reflected = [...(host.constructor as unknown as {elementProperties: Map<string, {reflect?: boolean; attribute?: unknown}>}).elementProperties]
    .filter(([, o]) => o.reflect)
    .map(([name, o]) => (typeof o.attribute === 'string' ? o.attribute : name.toLowerCase()));
  for (const name of reflected) {
    const value = host.getAttribute(name);
    if (value !== null && !element.attrs.some((a) => a.name === name)) added[name] = value;
  }

  const renderInfo: RenderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  // Lit's hydration markers are comments that only @lit-labs/ssr-client reads; the takeover does not
  // hydrate (docs/prerender.md), so they go. Text and attribute values are escaped: `<!--` is ours.
  const shadow = collectResultSync(renderer.renderShadow(renderInfo) ?? []).replace(/<!--(?:\/?lit-part[^>]*|lit-node \d+)-->/g, '');
  const {mode = 'open'} = renderer.shadowRootOptions;
  const {startTag: tag} = location;
  const close = source.slice(tag.endOffset - 2, tag.endOffset) === '/>' ? tag.endOffset - 2 : tag.endOffset - 1;
  const edits: Edit[] = [];
  const extra = Object.entries(added).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  if (extra) edits.push({at: close, length: 0, text: extra});
  // As renderShadow writes it: one <style> of the element's styles.
  const style = (host.constructor as unknown as {elementStyles: {cssText: string}[]}).elementStyles.map((sheet) => sheet.cssText).join('');
  edits.push({at: tag.endOffset, length: 0, text: `<template shadowrootmode="${mode}">${shadow}</template>`, style});
  for (const old of element.childNodes.filter(isShadowTemplate)) {
    const at = old.sourceCodeLocation;
    if (at) edits.push({at: at.startOffset, length: at.endOffset - at.startOffset, text: ''});
  }
  // As the browser's controller builds it, but against the page's address given on the command line.
  const described = host.structuredData === 'off' ? undefined : host.describe(outcome.loaded.document, outcome.item, {lang: host.contentLang, base: options.baseUrl});
  return {edits, described};
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `<session-card session-id="x">`, as a reader would find it in the page. */
const startTag = (element: ParsedElement) =>
  `<${element.tagName}${element.attrs.map(({name, value}) => (value ? ` ${name}="${value.length > 40 ? `${value.slice(0, 37)}…` : value}"` : ` ${name}`)).join('')}>`;

/** The error in one line, with at most five of the ids it lists. */
function oneLine(error: ConferenceError): string {
  const ids = error.ids && error.ids.length > 5 ? [...error.ids.slice(0, 5), `… ${error.ids.length - 5} more`] : error.ids;
  const short = ids === error.ids ? error : new ConferenceError(error.kind, {...error, ids});
  return short.message.replace(/\s+/g, ' ');
}
