/**
 * Other schedule formats to the native document. Each importer is pure: unknown JSON in, a
 * document in the native shape (checked afterwards by `validate`) and warnings out. The warnings
 * say what was guessed or dropped, and where in the source (`talks[3].room`).
 */
import {ConferenceError, invalid} from '../errors.js';
import {isTimeZone} from '../../format/time.js';
import {frab} from './frab.js';
import {pretalx} from './pretalx.js';
import {sessionize} from './sessionize.js';
import {finish, obj} from './shared.js';
import type {Importer} from './shared.js';

export const formats = ['native', 'pretalx', 'frab', 'sessionize'] as const;
export type Format = (typeof formats)[number] | 'auto';

export interface ImportOptions {
  /** The element's `time-zone` attribute: the zone of local times that carry none. */
  timeZone?: string;
}

export interface ImportResult {
  /** The native shape, not yet validated. */
  document: unknown;
  format: Exclude<Format, 'auto'>;
  warnings: string[];
}

const importers: Record<Exclude<Format, 'auto'>, Importer> = {
  native: [(j) => ['name', 'timeZone'].some((k) => k in obj(obj(j).event)), 'no event with name and timeZone'],
  pretalx,
  frab,
  sessionize,
};

/** Reads `json` as `format`, or as the first format it fits. Throws a ConferenceError. */
export function importDocument(json: unknown, format: Format = 'auto', options: ImportOptions = {}): ImportResult {
  const {timeZone} = options;
  if (timeZone !== undefined && !isTimeZone(timeZone)) throw invalid('time-zone', 'an IANA time zone like Europe/Paris', timeZone);
  const tried: string[] = [];
  for (const f of formats) {
    const [fits, why, convert] = importers[f];
    if (format != 'auto' && format != f) continue;
    if (!fits(json)) {
      tried.push(`${f} (${why})`);
      continue;
    }
    const warnings: string[] = [];
    return {document: convert ? finish(convert(json, timeZone, warnings), warnings) : json, format: f, warnings};
  }
  throw new ConferenceError('format', {detail: `tried ${tried.join(', ') || format}`});
}
