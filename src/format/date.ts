/** Dates and times for people: Intl in the event's zone and the reader's language. */

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat; an unknown locale falls back to the runtime's own. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat(undefined, options);
    }
    formats.set(key, format);
  }
  return format;
}

/** `11:10`. */
export const TIME: Intl.DateTimeFormatOptions = {timeStyle: 'short'};
/** `Wednesday 7 May 2025, 11:10`. */
export const DAY_TIME: Intl.DateTimeFormatOptions = {dateStyle: 'full', ...TIME};
/** `7 May 2025, 11:10`, for a list. */
export const DATE_TIME: Intl.DateTimeFormatOptions = {dateStyle: 'medium', ...TIME};

const TIME_FIELDS = new Set<string>(['hour', 'minute', 'second', 'dayPeriod']);
// A space that may break (U+202F, which ICU puts before AM in some versions, already does not).
const SPACE = /(?!\u202f)\s/g;

/**
 * The parts' text with no line break inside a time (`11:50 AM`) or around the dash of a range
 * (parts `from` to `to`), so only the date may wrap: no-break spaces, and a word joiner after the
 * dash, which allows a break after it even before a no-break space.
 */
function nonBreaking(parts: readonly Intl.DateTimeRangeFormatPart[], from: number, to: number): string[] {
  const timeField = (i: number) => TIME_FIELDS.has(parts[i]?.type);
  return parts.map(({value}, i) =>
    i >= from && i < to
      ? value.replace(SPACE, '\u00a0').replace(/\S/g, '$&\u2060')
      : timeField(i) || (timeField(i - 1) && timeField(i + 1)) ? value.replace(SPACE, '\u00a0') : value,
  );
}

// Ranges already worded, by format: the talks of a programme share a few slots, and
// formatRangeToParts is the costliest step of a card's render.
const ranges = new WeakMap<Intl.DateTimeFormat, Map<string, readonly string[]>>();

/**
 * A range in `zone` as Intl words it (`Wednesday 7 May 2025, 11:10–11:50`; over midnight it names both
 * days), split as [start, between, end] so each end can sit in its own element; [all] for one instant.
 * A time, and a range between two times, never breaks across lines.
 */
export function rangeParts(
  start: number, end: number | undefined, zone: string, locale: string, options = DAY_TIME,
): readonly string[] {
  const format = dateFormat(locale, {...options, timeZone: zone});
  let worded = ranges.get(format);
  if (!worded) ranges.set(format, (worded = new Map()));
  const key = `${start} ${end}`;
  let hit = worded.get(key);
  if (!hit) {
    const parts = format.formatRangeToParts(start, end ?? start);
    const sources = parts.map((p) => p.source);
    const a = sources.lastIndexOf('startRange') + 1;
    const b = sources.indexOf('endRange');
    const text = nonBreaking(parts, a, b);
    const join = (from: number, to?: number) => text.slice(from, to).join('');
    worded.set(key, (hit = b < 0 ? [join(0)] : [join(0, a), join(a, b), join(b)]));
  }
  return hit;
}

/** One instant in `zone`, worded and kept together as a range's start is. */
export const formatTime = (instant: number, zone: string, locale: string, options = TIME) =>
  rangeParts(instant, undefined, zone, locale, options)[0];

/** Midnight UTC of a `2025-05-06` date, so calendar dates never shift with the reader's zone. */
export const dateInstant = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00Z`);

/** `6–7 May 2025`, `30 April – 2 May 2025`, `6–7 mai 2025`. */
export function formatDateRange(start: string, end: string, locale: string): string {
  const format = dateFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  const a = dateInstant(start);
  const b = dateInstant(end);
  return b > a ? format.formatRange(a, b) : format.format(a);
}

/** `2014`, `March 2014` or `21 March 2014`, from a partial date. */
export function formatPartialDate(date: string, locale: string): string {
  const parts = date.split('-').length;
  if (parts === 1) return date;
  const options: Intl.DateTimeFormatOptions = {year: 'numeric', month: 'long', timeZone: 'UTC'};
  if (parts === 3) options.day = 'numeric';
  return dateFormat(locale, options).format(dateInstant(parts === 2 ? `${date}-01` : date));
}

/** `Paris` from `Europe/Paris`, `New York` from `America/New_York`. */
export const zoneCity = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');

/** `UTC+2`, `UTC−5`, `UTC+5:30` at an instant. */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? '−' : '+'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
