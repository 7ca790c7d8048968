import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, isoDay, parsePartialDate } from '../../src/lib/dates';

function parsed(input: string) {
  const result = parsePartialDate(input);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('parsePartialDate', () => {
  it('reads the precision from the written form', () => {
    expect(parsed('2025-12-02')).toMatchObject({ iso: '2025-12-02', precision: 'day' });
    expect(parsed('2018-07')).toMatchObject({ iso: '2018-07', precision: 'month' });
    expect(parsed('2000')).toMatchObject({ iso: '2000', precision: 'year' });
    expect(parsed('2018-07').start.toISOString()).toBe('2018-07-01T00:00:00.000Z');
  });

  it('refuses impossible dates and other forms', () => {
    expect(parsePartialDate('2025-02-30')).toEqual({ error: '"2025-02-30" is not a real date' });
    expect(parsePartialDate('2025-13')).toEqual({ error: '"2025-13" is not a real date' });
    expect(parsePartialDate('2 Dec 2025')).toHaveProperty(
      'error',
      expect.stringMatching(/YYYY-MM-DD/),
    );
    expect(parsePartialDate('2024-02-29')).not.toHaveProperty('error');
  });
});

describe('formatting', () => {
  it('shows only what is known', () => {
    expect(formatPartialDate(parsed('2025-12-02'))).toBe('2 December 2025');
    expect(formatPartialDate(parsed('2018-07'))).toBe('July 2018');
    expect(formatPartialDate(parsed('2000'))).toBe('2000');
  });

  it('formats instants in the site time zone, not the machine’s', () => {
    // 20:00 UTC on 1 December is already 2 December in India.
    const lateEvening = new Date('2025-12-01T20:00:00Z');
    expect(formatDate(lateEvening)).toBe('2 December 2025');
    expect(isoDay(lateEvening)).toBe('2025-12-02');
    expect(formatDate(lateEvening, 'en-GB', 'UTC')).toBe('1 December 2025');
  });
});
