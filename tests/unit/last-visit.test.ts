import { describe, expect, it } from 'vitest';
import {
  dayIn,
  isNewSince,
  nextVisit,
  parseVisit,
  sinceLine,
  sinceTemplates,
  VISIT_GAP_MS,
} from '../../src/lib/last-visit';
import { ui } from '../../src/i18n/ui';

const ZONE = 'Asia/Kolkata';
const at = (iso: string) => new Date(iso).getTime();

describe('the last visit', () => {
  it('remembers nothing to compare with on a first visit', () => {
    expect(nextVisit(null, 1000)).toEqual({ previous: null, last: 1000 });
  });

  it('keeps one visit going while pages follow each other, and starts a new one after a gap', () => {
    const first = nextVisit(null, at('2026-11-20T10:00:00Z'));
    const sameVisit = nextVisit(first, at('2026-11-20T10:20:00Z'));
    expect(sameVisit).toEqual({ previous: null, last: at('2026-11-20T10:20:00Z') });
    const returning = nextVisit(sameVisit, at('2026-12-02T08:00:00Z'));
    expect(returning).toEqual({
      previous: at('2026-11-20T10:20:00Z'),
      last: at('2026-12-02T08:00:00Z'),
    });
    // Reading another page of the returning visit still compares with 20 November.
    expect(nextVisit(returning, returning.last + VISIT_GAP_MS - 1).previous).toBe(
      at('2026-11-20T10:20:00Z'),
    );
  });

  it('reads only a well-formed record; anything else is a first visit', () => {
    expect(parseVisit(JSON.stringify({ previous: 5, last: 9 }))).toEqual({ previous: 5, last: 9 });
    expect(parseVisit(JSON.stringify({ previous: null, last: 9 }))).toEqual({
      previous: null,
      last: 9,
    });
    for (const bad of [null, '', 'not json', '[]', '{"last":"x"}', '{"previous":"y","last":1}']) {
      expect(parseVisit(bad)).toBeNull();
    }
  });

  it('marks items dated after the day of the last visit, in the site time zone', () => {
    const visit = at('2026-11-30T20:00:00Z'); // 1 December, 01:30 in India
    expect(dayIn(visit, ZONE)).toBe('2026-12-01');
    expect(isNewSince('2026-12-02', visit, ZONE)).toBe(true);
    expect(isNewSince('2026-12-01', visit, ZONE)).toBe(false);
    expect(isNewSince('2026-11-25', visit, ZONE)).toBe(false);
    expect(isNewSince('2026-12-02', null, ZONE)).toBe(false);
    expect(isNewSince('soon', visit, ZONE)).toBe(false);
  });

  it('says how many updates are new since when', () => {
    const now = at('2026-12-02T08:00:00Z');
    const english = sinceTemplates('en-GB', ui('en').visit.since);
    expect(sinceLine(2, at('2026-11-20T10:00:00Z'), now, ZONE, 'en-GB', english)).toBe(
      '2 updates since your last visit on 20 November',
    );
    expect(sinceLine(1, at('2025-11-20T10:00:00Z'), now, ZONE, 'en-GB', english)).toBe(
      '1 update since your last visit on 20 November 2025',
    );
  });
});
