/**
 * Fetching and reading documents. However many widgets use one URL, it is fetched once per page;
 * a failed request is forgotten so that a later widget can try again.
 */
import {ConferenceError, invalid} from './errors.js';
import {importDocument} from './import/index.js';
import type {Format} from './import/index.js';
import {validate} from './validate.js';
import type {ConferenceDocument} from './types.js';

const requests = new Map<string, Promise<unknown>>();

/** The JSON at `url`, resolved against the page. One request per URL, shared by every caller. */
export function fetchJson(url: string): Promise<unknown> {
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    return Promise.reject(invalid('src', 'a URL', url));
  }
  let request = requests.get(absolute);
  if (!request) {
    request = fetchOnce(absolute);
    requests.set(absolute, request);
    request.catch(() => requests.delete(absolute));
  }
  return request;
}

async function fetchOnce(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {headers: {accept: 'application/json'}});
  } catch (error) {
    throw new ConferenceError('network', {url, detail: String((error as Error)?.message ?? error)});
  }
  if (!response.ok) throw new ConferenceError('http', {url, status: response.status});
  return parseJson(await response.text(), url);
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
  /** What an importer had to guess or drop. */
  readonly warnings: readonly string[];
}

// Many widgets read one document: import and check it once per format and zone.
const loaded = new WeakMap<object, Map<string, Loaded>>();

/** Any supported export to a checked native document. Throws a ConferenceError. */
export function readDocument(json: unknown, format: Format = 'auto', timeZone?: string): Loaded {
  const key = `${format} ${timeZone ?? ''}`;
  const cache = typeof json === 'object' && json !== null ? loaded.get(json) ?? new Map<string, Loaded>() : undefined;
  const hit = cache?.get(key);
  if (hit) return hit;
  const result = importDocument(json, format, {timeZone});
  const value = {document: validate(result.document), warnings: result.warnings};
  if (cache) {
    cache.set(key, value);
    loaded.set(json as object, cache);
  }
  return value;
}
