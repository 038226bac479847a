/**
 * The one data path under every widget. The controller owns the four sources (the `data` property,
 * an inline `<script type="application/json">` child, the `src` URL, and plain attributes), watches
 * the children (parsed after the upgrade too), loads, imports and checks the document, selects the
 * item, and fires `conf-load` and `conf-error`. Attributes become a draft document that takes the
 * same path as JSON; its faults are named after the attributes (`start`, not `sessions[0].start`).
 *
 * A newer source always wins: the request of an older one is aborted (when no other widget waits for
 * it), and a widget removed while loading drops the result: nothing is rendered, fired or logged.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {asError, ConferenceError} from './errors.js';
import type {Format} from './import/index.js';
import {fetchJson, parseJson, readDocument, readInParts} from './load.js';
import type {Loaded} from './load.js';
import {describeFault} from './validate.js';
import type {Fault} from './validate.js';
import {ConfErrorEvent, ConfLoadEvent} from '../components/internal/events.js';
import {inSlice, pause} from '../components/internal/slices.js';
import {zoneOffset} from '../format/time.js';

/** A document made of attributes; `attributes` maps its paths to the attributes they came from. */
export interface AttributesDraft {
  readonly document: unknown;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface DataHost<T> extends ReactiveControllerHost, HTMLElement {
  readonly data?: unknown;
  readonly src?: string;
  readonly format: Format;
  readonly timeZone?: string;
  /** Seconds to wait for `src`. */
  readonly timeout?: number;
  /** The item to show from a document. Throws a ConferenceError (unknown or missing id). */
  selectItem(loaded: Loaded): T;
  /** The draft document made of plain attributes, for pages without JSON; undefined when there are none. */
  attributesDocument(): AttributesDraft | undefined;
}

export type Outcome<T> =
  | {readonly status: 'idle' | 'loading'}
  | {readonly status: 'ready'; readonly item: T; readonly loaded: Loaded; readonly fromAttributes: boolean}
  | {readonly status: 'error'; readonly error: ConferenceError};

/** What a fetch brings, before the item is chosen. */
type Fetch = {readonly status: 'idle' | 'loading'} | {readonly status: 'ready'; readonly loaded: Loaded} | {readonly status: 'error'; readonly error: ConferenceError};

// A document's faults are logged once per page, however many widgets show it.
const logged = new WeakSet<object>();

export class DataController<T> implements ReactiveController {
  /** What the widget shows; set before each render by `update()`. */
  outcome: Outcome<T> = {status: 'idle'};
  private fetched: Fetch = {status: 'idle'};
  private inline?: string;
  private key?: unknown;
  private abort?: AbortController;
  private connected = false;
  /** What the last event reported. */
  private reported?: unknown;
  /** The attributes document last read, as JSON. */
  private draft?: string;
  private readonly children = new MutationObserver(() => this.childrenChanged());

  constructor(private readonly host: DataHost<T>) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.children.observe(this.host, {childList: true, subtree: true, characterData: true});
    // Upgraded while the parser is still inside the element: the rest of its children come later.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.childrenChanged(), {once: true});
    this.readInline();
    // Re-attached while a load had been dropped (or never started): load now.
    if (this.fetched.status === 'loading') this.load();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.children.disconnect();
    this.abort?.abort();
  }

  /** Loads the current source again: "Try again" after a network failure. */
  retry(): void {
    this.key = undefined;
    this.host.requestUpdate();
  }

  private childrenChanged() {
    this.readInline();
    // In attributes-only use the children are the text.
    this.host.requestUpdate();
  }

  /** The inline `<script type="application/json">` child, a whole document. */
  private readInline() {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    this.inline = script?.textContent?.trim() || undefined;
  }

  /** Call before each render: starts a load when the source changed, and resolves the outcome. */
  update(): void {
    const {data, src, format, timeZone, timeout} = this.host;
    const options = `${format} ${timeZone ?? ''}`;
    const key =
      data !== undefined && data !== null ? [data, options] : this.inline ? [this.inline, options] : src ? [src, options, timeout] : undefined;
    if (!same(key, this.key)) {
      this.key = key;
      this.load();
    }
    this.outcome = this.resolve();
  }

  private load(): void {
    this.abort?.abort();
    this.abort = undefined;
    const {data, src, format, timeZone, timeout} = this.host;
    const read = (json: unknown): Fetch => attempt(() => ({status: 'ready', loaded: readDocument(json, {format, timeZone})}));
    if (data !== undefined && data !== null) {
      this.fetched = read(data);
    } else if (this.inline) {
      const text = this.inline;
      // Synchronous sources render in the same update: no loading flash.
      this.fetched = attempt(() => read(parseJson(text, 'inline JSON')));
    } else if (src) {
      this.fetched = {status: 'loading'};
      // A detached widget fetches, renders and fires nothing until it is attached again.
      if (!this.connected) return;
      const abort = (this.abort = new AbortController());
      const seconds = timeout !== undefined && timeout > 0 ? timeout : undefined;
      fetchJson(src, abort.signal, seconds)
        // The JSON was parsed in this task: the import and the checks come in tasks of their own, and
        // the first render (of a long list, the longest) in a render slice after them.
        .then(({json, url}) => readInParts(json, {format, timeZone, base: url}))
        .then(
          (loaded) => inSlice(() => this.settle({status: 'ready', loaded}, abort)),
          (error: unknown) => this.settle(failed(error), abort),
        );
      // While the request is on the network, Intl loads its time-zone data (20–30 ms on first use),
      // which the check and the render need anyway: then it is not on the way once the data is here.
      // A task of its own, so that it does not lengthen the one that defined and upgraded the widgets.
      void pause().then(() => zoneOffset(0, 'UTC'));
    } else {
      this.fetched = {status: 'idle'};
    }
  }

  private settle(fetched: Fetch, abort: AbortController): void {
    if (abort.signal.aborted) return;
    this.fetched = fetched;
    this.host.requestUpdate();
  }

  private resolve(): Outcome<T> {
    const fetched = this.fetched;
    if (fetched.status === 'error' || fetched.status === 'loading') return fetched;
    if (fetched.status === 'ready') return this.choose(fetched.loaded, false);
    const draft = this.host.attributesDocument();
    this.draft = draft && JSON.stringify(draft.document);
    if (!draft) return {status: 'idle'};
    // The attributes name the faults: `start`, not `sessions[0].start`.
    const rename = (path = '') => {
      const hit = Object.keys(draft.attributes).find((key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`));
      return hit ? draft.attributes[hit] : path;
    };
    const renamed = (error: ConferenceError) => new ConferenceError(error.kind, {...error, path: rename(error.path)});
    const fault = (f: Fault): Fault => ({...f, path: rename(f.path), dropped: f.dropped && rename(f.dropped)});
    try {
      const loaded = readDocument(draft.document, {format: 'native', timeZone: this.host.timeZone});
      const named = {...loaded, faults: loaded.faults.map(fault), dropped: new Map([...loaded.dropped].map(([k, f]) => [k, fault(f)]))};
      const outcome = this.choose(named, true);
      return outcome.status === 'error' ? {status: 'error', error: renamed(outcome.error)} : outcome;
    } catch (error) {
      return {status: 'error', error: renamed(asError(error))};
    }
  }

  private choose(loaded: Loaded, fromAttributes: boolean): Outcome<T> {
    return attempt(() => ({status: 'ready', item: this.host.selectItem(loaded), loaded, fromAttributes}));
  }

  /** Fires `conf-load` or `conf-error` once for each new outcome; call after each render. */
  hostUpdated(): void {
    const outcome = this.outcome;
    if (outcome.status !== 'ready' && outcome.status !== 'error') return;
    // Each new load is reported afresh, even with the same error; re-renders of one outcome are not.
    // Attributes build a new document on every update: those are compared by content.
    const draft = outcome.status === 'ready' ? outcome.fromAttributes && this.draft : this.fetched.status === 'idle' && this.draft;
    const key = outcome.status === 'ready' ? [this.fetched, draft || outcome.item] : [this.fetched, draft, outcome.error.message];
    if (same(key, this.reported)) return;
    this.reported = key;
    if (outcome.status === 'error') {
      console.warn(`<${this.host.localName}>: ${outcome.error.message}`);
      this.host.dispatchEvent(new ConfErrorEvent(outcome.error));
      return;
    }
    const {loaded} = outcome;
    const warnings = [...loaded.warnings, ...loaded.faults.map(describeFault)];
    if (warnings.length && !logged.has(loaded.document)) {
      logged.add(loaded.document);
      console.warn(`<${this.host.localName}>: the data has ${warnings.length} fault(s); shown without what they concern:\n${warnings.join('\n')}`);
    }
    this.host.dispatchEvent(new ConfLoadEvent(loaded.document, warnings));
  }
}

/** Anything thrown, as the outcome that shows it. */
const failed = (error: unknown) => ({status: 'error', error: asError(error)}) as const;

/** What `f` returns, or what it throws as a failed outcome. */
const attempt = <R>(f: () => R): R | ReturnType<typeof failed> => {
  try {
    return f();
  } catch (error) {
    return failed(error);
  }
};

/** Keys are lists of primitives and objects, compared item by item. */
const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

