import {expect} from '@open-wc/testing';
import {toInstant, zoneOffset} from '../../src/format/time.js';
import {formatDateRange, rangeParts} from '../../src/format/date.js';

const formatTimeRange = (start: number, end: number | undefined, zone: string, locale: string) =>
  rangeParts(start, end, zone, locale).join('');

describe('toInstant', () => {
  it('reads local date-times in the event zone, summer time', () => {
    expect(new Date(toInstant('2025-05-07T11:10', 'Europe/Paris')).toISOString()).to.equal('2025-05-07T09:10:00.000Z');
  });
  it('reads local date-times in the event zone, winter time', () => {
    expect(new Date(toInstant('2025-01-15T11:10', 'Europe/Paris')).toISOString()).to.equal('2025-01-15T10:10:00.000Z');
  });
  it('places both sides of the spring daylight-saving change (30 March 2025, 02:00 → 03:00)', () => {
    expect(new Date(toInstant('2025-03-30T01:30', 'Europe/Paris')).toISOString()).to.equal('2025-03-30T00:30:00.000Z');
    expect(new Date(toInstant('2025-03-30T03:30', 'Europe/Paris')).toISOString()).to.equal('2025-03-30T01:30:00.000Z');
    expect(zoneOffset(Date.UTC(2025, 2, 30, 0, 59), 'Europe/Paris')).to.equal(60);
    expect(zoneOffset(Date.UTC(2025, 2, 30, 1, 0), 'Europe/Paris')).to.equal(120);
  });
  it('honours an explicit offset or Z, whatever the zone', () => {
    expect(toInstant('2025-05-07T11:10+02:00', 'America/New_York')).to.equal(Date.UTC(2025, 4, 7, 9, 10));
    expect(toInstant('2025-05-07T09:10:00Z', 'Asia/Tokyo')).to.equal(Date.UTC(2025, 4, 7, 9, 10));
    expect(toInstant('2025-05-07T04:10:30.5-05:00', 'UTC')).to.equal(Date.UTC(2025, 4, 7, 9, 10, 30, 500));
    expect(toInstant('2025-05-07T11:10:30.25', 'Europe/Paris')).to.equal(Date.UTC(2025, 4, 7, 9, 10, 30, 250));
  });
  it('gives NaN for what is not a date-time', () => {
    expect(toInstant('11h10', 'Europe/Paris')).to.be.NaN;
  });
});

describe('formatting in Europe/Paris', () => {
  const start = toInstant('2025-05-07T11:10', 'Europe/Paris');
  const end = toInstant('2025-05-07T11:50', 'Europe/Paris');
  it('formats the seed session in British English and French', () => {
    // ICU versions differ in commas and spaces around the dash; the facts may not.
    // A word joiner after the dash keeps the range on one line.
    expect(formatTimeRange(start, end, 'Europe/Paris', 'en-GB')).to.match(/^Wednesday,? 7 May 2025,? 11:10\s?–\u2060\s?11:50$/);
    expect(formatTimeRange(start, end, 'Europe/Paris', 'fr')).to.match(/^mercredi 7 mai 2025,? 11:10\s?–\u2060\s?11:50$/);
  });
  it('splits a range around its two ends, and keeps one instant whole', () => {
    expect(rangeParts(start, end, 'Europe/Paris', 'en-GB')).to.have.length(3);
    expect(rangeParts(start, end, 'Europe/Paris', 'en-GB')[2]).to.equal('11:50');
    expect(rangeParts(start, start, 'Europe/Paris', 'en-GB')).to.have.length(1);
  });
  it('shows the same wall-clock time on both sides of the autumn change', () => {
    const before = toInstant('2025-10-25T11:10', 'Europe/Paris');
    const after = toInstant('2025-10-26T11:10', 'Europe/Paris');
    expect(after - before).to.equal(25 * 3600 * 1000);
    expect(formatTimeRange(before, undefined, 'Europe/Paris', 'en-GB')).to.match(/^Saturday,? 25 October 2025,? (at )?11:10$/);
    expect(formatTimeRange(after, undefined, 'Europe/Paris', 'en-GB')).to.match(/^Sunday,? 26 October 2025,? (at )?11:10$/);
  });
  it('formats the conference dates as a range in both languages', () => {
    expect(formatDateRange('2025-05-06', '2025-05-07', 'en-GB')).to.match(/^6\s?–\s?7 May 2025$/);
    expect(formatDateRange('2025-05-06', '2025-05-07', 'fr')).to.match(/^6\s?–\s?7 mai 2025$/);
    expect(formatDateRange('2025-04-30', '2025-05-02', 'en-GB')).to.equal('30 April – 2 May 2025');
    expect(formatDateRange('2025-05-06', '2025-05-06', 'fr')).to.equal('6 mai 2025');
  });
});
