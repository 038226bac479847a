/**
 * Instants from the data's date-times. Local date-times (`2025-05-07T11:10`) are read in the event's
 * IANA zone with Intl alone: no time zone database ships in the bundle.
 */

import {dateFormat} from './date.js';

/** A date-time as the format writes it: `2025-05-07T11:10`, seconds, fraction and offset optional. */
export const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/;

/** True when Intl knows the IANA zone. */
export function isTimeZone(zone: string): boolean {
  try {
    zoneFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `zone`, in parts; throws for a zone Intl does not know. */
const zoneFormat = (zone: string) => dateFormat('en-US', {
  timeZone: zone, hourCycle: 'h23',
  year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
});

// Offsets by zone and UTC hour: formatToParts is the costly step of toInstant, and a programme's
// talks share a few hours.
const offsets = new Map<string, number>();
const HOUR = 3_600_000;

/** Minutes the zone is ahead of UTC at the instant `ms`. */
export function zoneOffset(ms: number, zone: string): number {
  const hour = Math.floor(ms / HOUR) * HOUR;
  const key = `${zone} ${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = offsetAt(hour, zone);
    // An hour with a change inside it (St John's changes at 05:30 UTC) is not remembered.
    if (offset !== offsetAt(hour + HOUR - 1000, zone)) return offsetAt(ms, zone);
    offsets.set(key, offset);
  }
  return offset;
}

/** The visitor's IANA zone, looked up once per page and only when asked for. */
let localZone: string | undefined;
export const visitorZone = () => (localZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

function offsetAt(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const {type, value} of zoneFormat(zone).formatToParts(ms)) parts[type] = Number(value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
}

/** True when a date or date-time names a day and time that exist: no 30 February, no 25:99. */
export function exists(value: string): boolean {
  const wall = value.slice(0, 16);
  const ms = Date.parse(wall.length > 10 ? `${wall}Z` : `${wall}T00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(wall);
}

/** Epoch milliseconds of a date-time, or NaN when it is not one. */
export function toInstant(dateTime: string, zone: string): number {
  const m = DATE_TIME.exec(dateTime);
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s = '0', fraction = '', offset] = m;
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Math.round(+`0${fraction}` * 1000));
  if (offset) {
    const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(4));
    return wall - minutes * 60000;
  }
  // Two passes settle the offset on either side of a daylight-saving change.
  const first = wall - zoneOffset(wall, zone) * 60000;
  return wall - zoneOffset(first, zone) * 60000;
}

/** `2025-05-07T11:10:00+02:00`: the instant as the wall time in `zone`, with the zone's offset then. */
export function isoInZone(ms: number, zone: string): string {
  const offset = zoneOffset(ms, zone);
  const iso = (minutes: number) => new Date(minutes * 60000).toISOString();
  return iso(ms / 60000 + offset).slice(0, 19) + (offset < 0 ? '-' : '+') + iso(Math.abs(offset)).slice(11, 16);
}
