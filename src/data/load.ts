/**
 * Fetching and reading documents. However many widgets use one URL, it is fetched once per page;
 * a request no widget waits for any more is aborted, and a failed one is forgotten so that a later
 * widget (or "Try again") asks again.
 */
import {ConferenceError, invalid} from './errors.js';
import {importDocument} from './import/index.js';
import type {Format} from './import/index.js';
import {finish, walk} from './validate.js';
import type {Fault} from './validate.js';
import type {ConferenceDocument} from './types.js';
import {inSlice, pause} from '../components/internal/slices.js';

/** The JSON of a response, and the URL it came from (after redirects): relative URLs in it are relative to that. */
export interface Fetched {
  readonly json: unknown;
  readonly url: string;
}

interface Request {
  readonly promise: Promise<Fetched>;
  readonly abort: AbortController;
  waiting: number;
}

const requests = new Map<string, Request>();

/** Seconds to wait for an answer before a `network` error, unless a widget's `timeout` says otherwise. */
export const DEFAULT_TIMEOUT = 20;

/**
 * The JSON at `url`, resolved against the page. One request per URL, shared by every caller; when
 * every caller's `signal` has aborted, so does the request. No answer in `timeout` seconds (the first
 * caller's) is a `network` error.
 */
export function fetchJson(url: string, signal?: AbortSignal, timeout = DEFAULT_TIMEOUT): Promise<Fetched> {
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    return Promise.reject(invalid('src', 'a URL', url));
  }
  let request = requests.get(absolute);
  if (!request) {
    const abort = new AbortController();
    const promise = fetchOnce(absolute, abort, timeout);
    const entry: Request = {promise, abort, waiting: 0};
    requests.set(absolute, entry);
    promise.catch(() => requests.get(absolute) === entry && requests.delete(absolute));
    request = entry;
  }
  const shared = request;
  shared.waiting++;
  return new Promise<Fetched>((resolve, reject) => {
    const leave = () => {
      // The last caller gone before the answer: nobody needs it.
      if (--shared.waiting === 0 && requests.get(absolute) === shared) {
        requests.delete(absolute);
        shared.abort.abort();
      }
      reject(new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return leave();
    signal?.addEventListener('abort', leave, {once: true});
    shared.promise.then(
      (value) => (signal?.removeEventListener('abort', leave), resolve(value)),
      (error: unknown) => (signal?.removeEventListener('abort', leave), reject(error)),
    );
  });
}

async function fetchOnce(url: string, abort: AbortController, timeout: number): Promise<Fetched> {
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), abort.abort()), timeout * 1000);
  const failed = (error: unknown): never => {
    throw new ConferenceError('network', timedOut ? {url, timeout, detail: `no answer after ${timeout} s`} : {url, detail: String((error as Error)?.message ?? error)});
  };
  try {
    const response = await fetch(url, {headers: {accept: 'application/json'}, signal: abort.signal}).catch(failed);
    if (!response.ok) throw new ConferenceError('http', {url, status: response.status});
    // Reset or dropped mid-body: the network failed, not the data.
    const text = await readText(response).catch(failed);
    // The parse in a task of its own, not in the one that read the last chunk and joined them all.
    await pause();
    return {json: parseJson(text, url), url: response.url || url};
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as UTF-8 text, as `response.text()` gives it, read in render slices: a large export that
 * arrives at once would otherwise be read and decoded in one long task. The chunks are joined once
 * into one flat string: `JSON.parse` of a string grown chunk by chunk with `+=` flattens it first,
 * inside the parse's task (the bench's 20 MB export: a 124 ms task for a 73 ms parse).
 */
async function readText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const texts: string[] = [];
  for (let chunk; reader && !(chunk = await reader.read()).done; await inSlice(() => {})) texts.push(decoder.decode(chunk.value, {stream: true}));
  texts.push(decoder.decode());
  return texts.join('');
}

/** JSON text to a value, or a `json` error that says where the text broke. */
export function parseJson(text: string, where?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConferenceError('json', {url: where, detail: (error as Error).message});
  }
}

export interface Loaded {
  readonly document: ConferenceDocument;
  /** What an importer had to guess or drop, one line each. */
  readonly warnings: readonly string[];
  /** What the checker left out. */
  readonly faults: readonly Fault[];
  /** The faults that dropped items, by `list:id`. */
  readonly dropped: ReadonlyMap<string, Fault>;
}

export interface ReadOptions {
  readonly format?: Format;
  readonly timeZone?: string;
  /** The document's own URL, for its relative URLs. */
  readonly base?: string;
}

// Many widgets read one document: import and check it once per format, zone and base.
const loaded = new WeakMap<object, Map<string, Loaded>>();
const reading = new WeakMap<object, Map<string, Promise<Loaded>>>();

/** What `read` gives for `json` and `options`, kept in `cache` by document and options. */
function once<R>(cache: WeakMap<object, Map<string, R>>, json: unknown, {format = 'auto', timeZone, base}: ReadOptions, read: () => R): R {
  const key = `${format} ${timeZone ?? ''} ${base ?? ''}`;
  const values = typeof json === 'object' && json !== null ? cache.get(json) ?? new Map<string, R>() : undefined;
  let value = values?.get(key);
  if (value === undefined) {
    value = read();
    values?.set(key, value);
    if (values) cache.set(json as object, values);
  }
  return value;
}

/**
 * The import, then the checks, in steps; each says what it waits for when read in parts: a task of its
 * own (`pause`), or else the next render slice.
 */
function* steps(json: unknown, options: ReadOptions): Generator<typeof pause | void, Loaded> {
  yield pause;
  const imported = importDocument(json, options.format, options);
  yield pause;
  return {...yield* walk(imported.document, options), warnings: imported.warnings};
}

/** Any supported export to a checked native document. Throws a ConferenceError when nothing can be shown. */
export const readDocument = (json: unknown, options: ReadOptions = {}): Loaded =>
  once(loaded, json, options, () => finish(steps(json, options)));

/**
 * `readDocument` for a fetched document, after the task that parsed it: the import in a task of its
 * own, then the checks in render slices (a part of the sessions each), so that a large export holds
 * no task for long. Rejects with the ConferenceError `readDocument` would throw.
 */
export const readInParts = (json: unknown, options: ReadOptions): Promise<Loaded> =>
  once(reading, json, options, async () => {
    const read = steps(json, options);
    let step;
    while (!(step = read.next()).done) await (step.value ?? inSlice)(() => {});
    return step.value;
  });
