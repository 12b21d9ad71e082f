/** Wall clock + IANA zone → instant, independent of the machine's TZ (tests run under Pacific/Chatham). */
import { describe, expect, test } from 'vitest';
import {
  durationMinutes,
  isValidIsoDate,
  isValidTimeZone,
  longDate,
  toInstant,
  toOffsetIso,
  toUtcIso,
  unTime,
  utcOffsetLabel,
  weekdayName,
} from '../../src/domain/time.ts';

const newYork = 'America/New_York';

describe('time', () => {
  test('the tests really run under a hostile TZ', () => {
    expect(process.env.TZ).toBe('Pacific/Chatham');
    // Chatham is UTC+12:45 or +13:45: the host clock is far from both UTC and New York.
    expect(new Date('2022-03-28T14:00:00Z').getTimezoneOffset()).toBe(-825);
  });

  test.each([
    // The two sessions straddle a daylight-saving change: New York is UTC−4 on 28 March 2022, UTC−5 on 6 March 2023.
    ['2022-03-28', '10:00', '2022-03-28T14:00:00Z', '2022-03-28T10:00:00-04:00', 'UTC\u22124'],
    ['2023-03-06', '10:00', '2023-03-06T15:00:00Z', '2023-03-06T10:00:00-05:00', 'UTC\u22125'],
    ['2023-03-09', '11:30', '2023-03-09T16:30:00Z', '2023-03-09T11:30:00-05:00', 'UTC\u22125'],
    ['2023-03-09', '13:00', '2023-03-09T18:00:00Z', '2023-03-09T13:00:00-05:00', 'UTC\u22125'],
    // The first weekday after DST began in 2023.
    ['2023-03-13', '10:00', '2023-03-13T14:00:00Z', '2023-03-13T10:00:00-04:00', 'UTC\u22124'],
  ])('%s %s New York is %s', (date, time, utc, withOffset, label) => {
    expect(toUtcIso(date, time, newYork)).toBe(utc);
    expect(toOffsetIso(date, time, newYork)).toBe(withOffset);
    expect(utcOffsetLabel(date, time, newYork)).toBe(label);
    expect(toInstant(date, time, newYork).epochMilliseconds).toBe(Date.parse(utc));
  });

  test('a time skipped by the daylight-saving change is rejected rather than guessed', () => {
    expect(() => toInstant('2023-03-12', '02:30', newYork)).toThrow(RangeError);
  });

  test('durations count real minutes across a daylight-saving change', () => {
    expect(durationMinutes('2023-03-12', '00:00', '04:00', newYork)).toBe(180);
    expect(durationMinutes('2023-03-09', '10:00', '11:30', newYork)).toBe(90);
  });

  test.each([
    ['America/New_York', true],
    ['Europe/Geneva', false],
    ['Europe/Zurich', true],
    ['UTC', true],
    ['America/New_Yrok', false],
    ['+05:00', false],
    ['', false],
  ])('time zone %j valid: %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });

  test.each([
    ['2022-03-28', true],
    ['2022-02-30', false],
    ['2022-3-28', false],
    ['28 March 2022', false],
  ])('date %j valid: %s', (date, valid) => {
    expect(isValidIsoDate(date)).toBe(valid);
  });

  test('labels read as the UN writes them', () => {
    expect(weekdayName('2022-03-28')).toBe('Monday');
    expect(longDate('2022-04-01')).toBe('1 April 2022');
    expect(['10:00', '11:30', '12:00', '13:00', '15:00', '09:00'].map(unTime)).toEqual([
      '10 a.m.',
      '11.30 a.m.',
      '12 noon',
      '1 p.m.',
      '3 p.m.',
      '9 a.m.',
    ]);
  });
});

describe('remembered conversions', () => {
  test('give the same answer every time, and a refused time is refused every time (not remembered)', () => {
    expect(unTime('11:30')).toBe(unTime('11:30'));
    expect(() => toInstant('2023-03-12', '02:30', 'America/New_York')).toThrow();
    expect(() => toInstant('2023-03-12', '02:30', 'America/New_York')).toThrow();
    expect(toInstant('2023-03-13', '02:30', 'America/New_York').toString()).toBe(
      '2023-03-13T06:30:00Z',
    );
  });
});
