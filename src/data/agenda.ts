/**
 * The personal agenda without an account: starred talks in localStorage, the view in the URL hash,
 * and a link that carries the stars to another device. Nothing leaves the browser.
 */

const key = (eventId: string) => `conference-widgets:agenda:${eventId}`;
// Lists on this page hear each other's changes through a window event, so two copies of the library
// (the script and the module) and storage that throws still agree.
const CHANGE = 'conference-widgets:agenda';

/**
 * The starred ids of an event; an empty set when storage is unavailable (it throws in sandboxed
 * iframes and some private modes) or holds anything but a list of strings.
 */
export function loadStarred(eventId: string): Set<string> {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(key(eventId)) ?? '[]');
    if (Array.isArray(ids) && ids.every((id) => typeof id == 'string')) return new Set(ids);
  } catch {
    // Unavailable or not JSON: no stars.
  }
  return new Set();
}

/** Keeps the starred ids (none: the key is removed) and tells the other lists; never throws. */
export function saveStarred(eventId: string, ids: Iterable<string>): void {
  const list = [...ids];
  try {
    if (list.length) localStorage.setItem(key(eventId), JSON.stringify(list));
    else localStorage.removeItem(key(eventId));
  } catch {
    // Full or unavailable: the stars last as long as the page.
  }
  dispatchEvent(new CustomEvent(CHANGE, {detail: [key(eventId), list]}));
}

/**
 * Calls back with the event's stars when another tab (a storage event) or a list on this page,
 * the caller included, changes them; returns the unsubscribe.
 */
export function onStarred(eventId: string, callback: (ids: Set<string>) => void): () => void {
  const listener = (event: Event) => {
    const {key: changed, detail} = event as Partial<StorageEvent & CustomEvent<[string, string[]]>>;
    // A null key is storage.clear() in another tab.
    if (detail ? detail[0] == key(eventId) : changed == key(eventId) || changed === null) {
      callback(detail ? new Set(detail[1]) : loadStarred(eventId));
    }
  };
  const types = ['storage', CHANGE];
  types.forEach((type) => addEventListener(type, listener));
  return () => types.forEach((type) => removeEventListener(type, listener));
}

/** What a shared link restores: the filters, the search, "My agenda", and starred ids to add. */
export interface ViewState {
  day?: string[];
  track?: string[];
  room?: string[];
  language?: string[];
  query?: string;
  mine?: boolean;
  agenda?: string[];
}

// The hash's keys, in the order they are written; `q` is the query.
const KEYS = ['day', 'track', 'room', 'language', 'q', 'mine', 'agenda'];

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};
const parts = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);

/**
 * The view in a URL hash such as `#day=2025-05-06&track=a,b&q=open%20models&mine&agenda=x,y`: lists
 * are comma-separated, each item URL-encoded. Other keys, and a plain anchor, are ignored.
 */
export function readHash(hash: string): ViewState {
  const state: Record<string, unknown> = {};
  for (const part of parts(hash)) {
    const [name, value = ''] = part.split(/=(.*)/s);
    const list = value.split(',').filter(Boolean).map(decode);
    if (name == 'mine') state.mine = true;
    else if (name == 'q') state.query = decode(value.replace(/\+/g, ' '));
    else if (KEYS.includes(name) && list.length) state[name] = list;
  }
  return state;
}

/** `hash` with the view's keys set (the empty ones removed) and its other keys kept; '' when nothing is left. */
export function writeHash(hash: string, state: ViewState): string {
  const kept = parts(hash).filter((part) => !KEYS.includes(part.split('=')[0]));
  for (const name of KEYS) {
    const value = state[(name == 'q' ? 'query' : name) as keyof ViewState];
    const text = typeof value == 'object' ? value.map(encodeURIComponent).join(',') : typeof value == 'string' ? value.trim() && encodeURIComponent(value) : value;
    if (text) kept.push(text === true ? name : `${name}=${text}`);
  }
  return kept.length ? `#${kept.join('&')}` : '';
}

/** The page's address with only `agenda=<ids>` in its hash: a link that opens these talks starred elsewhere. */
export const shareUrl = (href: string, ids: Iterable<string>) => href.replace(/#.*/s, '') + writeHash('', {agenda: [...ids]});
