/**
 * Every way loading a widget's data can fail. The widget shows a localized sentence for the kind
 * and names `path` and the details, so a page author can fix the data without reading our code.
 */
export const errorKinds = [
  /** The request failed: offline, DNS, CORS, a connection dropped mid-body, or no answer in time (`timeout`). */
  'network',
  /** The server answered with an error status (`status`). */
  'http',
  /** The text is not JSON. */
  'json',
  /** The JSON does not fit the format: `path` is where, `expected` what should be there. */
  'invalid',
  /** The JSON fits no known format (`detail` lists the formats tried and why each did not fit). */
  'format',
  /** A local time cannot be placed without a time zone, and the data gives none. */
  'time-zone',
  /** The requested id is not in the document (`ids` lists those that are). */
  'unknown-id',
  /** No id was given and the document holds several items (`ids` lists them). */
  'ambiguous',
] as const;
export type ErrorKind = (typeof errorKinds)[number];

export interface ConferenceErrorDetails {
  /** Where in the data, `sessions[3].start`. */
  readonly path?: string;
  /** What was expected there, in English: `a date-time like 2025-05-07T11:10`. */
  readonly expected?: string;
  /** The offending value, as found. */
  readonly got?: unknown;
  /** HTTP status for `http`. */
  readonly status?: number;
  /** Existing ids for `unknown-id` and `ambiguous`. */
  readonly ids?: readonly string[];
  /** The list searched for `unknown-id` and `ambiguous`. */
  readonly list?: 'sessions' | 'speakers' | 'tracks' | 'rooms';
  /** Seconds waited, for a `network` error that is a timeout. */
  readonly timeout?: number;
  /** Free text: the network error, the formats tried. */
  readonly detail?: string;
  /** The URL that was requested. */
  readonly url?: string;
}

export class ConferenceError extends Error implements ConferenceErrorDetails {
  readonly kind: ErrorKind;
  readonly path?: string;
  readonly expected?: string;
  readonly got?: unknown;
  readonly status?: number;
  readonly ids?: readonly string[];
  readonly list?: 'sessions' | 'speakers' | 'tracks' | 'rooms';
  readonly timeout?: number;
  readonly detail?: string;
  readonly url?: string;

  constructor(kind: ErrorKind, details: ConferenceErrorDetails = {}) {
    super(describe(kind, details));
    this.name = 'ConferenceError';
    this.kind = kind;
    Object.assign(this, details);
  }
}

/** Any thrown value as a ConferenceError, so that nothing but our errors reaches the widget. */
export const asError = (error: unknown) =>
  error instanceof ConferenceError ? error : new ConferenceError('invalid', {detail: String(error)});

/** A value that does not fit the format: `sessions[0].start: expected …, got "11h10"`. */
export const invalid = (path: string, expected: string, got?: unknown) =>
  new ConferenceError('invalid', {path, expected, got});

/** The English one-line description used for the console and `error.message`. */
function describe(kind: ErrorKind, d: ConferenceErrorDetails): string {
  const got = d.got === undefined ? '' : `, got ${show(d.got)}`;
  const at = d.path ? `${d.path}: ` : '';
  const ids = d.ids ? ` (${d.ids.join(', ') || 'none'})` : '';
  switch (kind) {
    case 'invalid':
      return `${at}expected ${d.expected ?? 'a valid value'}${got}`;
    case 'http':
      return `${d.url ?? 'request'}: HTTP ${d.status ?? '?'}`;
    case 'time-zone':
      return `${at}a time zone is needed to place local times, like Europe/London`;
    case 'unknown-id':
      return `${at}no item with id ${show(d.got)}; ids in the data${ids}`;
    case 'ambiguous':
      return `${at}the data holds several items: choose one by id${ids}`;
    default:
      return [d.url, d.path, d.detail].filter(Boolean).join(': ') || kind;
  }
}

/** A short, readable rendering of an offending value. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
