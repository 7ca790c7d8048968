import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';
import {
  chronological,
  endOf,
  eventStatus,
  groupByYear,
  inDateOrder,
  selectEvents,
} from '../../src/lib/timeline';

function date(iso: string): PartialDate {
  const parsed = parsePartialDate(iso);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}
const ev = (id: string, iso: string, kind = 'other', tags: string[] = []) => ({
  id,
  data: { date: date(iso), kind, tags },
});

const events = [
  ev('2025-12-law-published', '2025-12', 'law'),
  ev('2025-12-15-law', '2025-12-15', 'law'),
  ev('2025-12-02-duma', '2025-12-02', 'ratification', ['ratification']),
  ev('2018-07-draft', '2018-07', 'proposal'),
  ev('2000-10-03-declaration', '2000-10-03', 'summit'),
  ev('2010-partnership', '2010'),
];

describe('endOf', () => {
  it('gives the last instant of a day, month or year', () => {
    expect(endOf(date('2025-12-02')).toISOString()).toBe('2025-12-02T23:59:59.999Z');
    expect(endOf(date('2024-02')).toISOString()).toBe('2024-02-29T23:59:59.999Z');
    expect(endOf(date('2010')).toISOString()).toBe('2010-12-31T23:59:59.999Z');
  });
});

describe('chronological', () => {
  it('orders by date and puts a month-only event after the dated days of that month', () => {
    expect(chronological(events).map((e) => e.id)).toEqual([
      '2000-10-03-declaration',
      '2010-partnership',
      '2018-07-draft',
      '2025-12-02-duma',
      '2025-12-15-law',
      '2025-12-law-published',
    ]);
  });

  it('keeps the given order for events on the same day', () => {
    const same = [ev('b', '2021-12-06'), ev('a', '2021-12-06')];
    expect(chronological(same).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('is stable: the same input gives the same ids', () => {
    expect(chronological(events).map((e) => e.id)).toEqual(
      chronological([...events].reverse()).map((e) => e.id),
    );
  });
});

describe('inDateOrder', () => {
  it("puts a year-only date after that year's dated items and undated items last", () => {
    const rows = [
      { id: 'uk', signed: date('2022') },
      { id: 'none', signed: null },
      { id: 'vietnam', signed: date('2022-06-08') },
      { id: 'oman', signed: date('2018-02') },
      { id: 'russia', signed: date('2025-02-18') },
    ];
    expect(inDateOrder(rows, (row) => row.signed).map((row) => row.id)).toEqual([
      'oman',
      'vietnam',
      'uk',
      'russia',
      'none',
    ]);
  });
});

describe('selectEvents', () => {
  it('selects by ids, kinds, tags and inclusive date range', () => {
    expect(
      selectEvents(events, { ids: ['2025-12-15-law', '2018-07-draft'] }).map((e) => e.id),
    ).toEqual(['2018-07-draft', '2025-12-15-law']);
    expect(selectEvents(events, { kinds: ['law'] }).map((e) => e.id)).toEqual([
      '2025-12-15-law',
      '2025-12-law-published',
    ]);
    expect(selectEvents(events, { tags: ['ratification'] }).map((e) => e.id)).toEqual([
      '2025-12-02-duma',
    ]);
    expect(selectEvents(events, { from: '2018', to: '2025-12-02' }).map((e) => e.id)).toEqual([
      '2018-07-draft',
      '2025-12-02-duma',
      '2025-12-law-published',
    ]);
    expect(selectEvents(events, { from: '2025-12-03' }).map((e) => e.id)).toEqual([
      '2025-12-15-law',
    ]);
  });

  it('returns everything for an empty selection', () => {
    expect(selectEvents(events)).toHaveLength(events.length);
  });

  it('refuses unknown ids and malformed dates', () => {
    expect(() => selectEvents(events, { ids: ['nope'] })).toThrow(
      'Timeline ids: no event has the id "nope"',
    );
    expect(() => selectEvents(events, { from: 'Dec 2025' })).toThrow(
      /^Timeline from: expected a date/,
    );
    expect(() => selectEvents(events, { to: '2025-02-30' })).toThrow(
      'Timeline to: "2025-02-30" is not a real date',
    );
  });
});

describe('eventStatus', () => {
  it('marks events after the given date as expected', () => {
    const now = new Date('2025-12-10T12:00:00Z');
    expect(eventStatus(ev('x', '2025-12-10'), now)).toBe('past');
    expect(eventStatus(ev('x', '2025-12-11'), now)).toBe('expected');
    expect(eventStatus(ev('x', '2025-12'), now)).toBe('past');
    expect(eventStatus(ev('x', '2026'), now)).toBe('expected');
  });
});

describe('groupByYear', () => {
  it('groups events by year, oldest first', () => {
    expect(groupByYear(events).map((g) => [g.year, g.events.length])).toEqual([
      [2000, 1],
      [2010, 1],
      [2018, 1],
      [2025, 3],
    ]);
  });
});
