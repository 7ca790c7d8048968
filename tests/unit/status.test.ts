import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';
import {
  asOfSentence,
  COUNTRIES,
  COUNTRY_LABELS,
  STATE_LABELS,
  STEP_STATES,
  statusAsOf,
  type StepLike,
} from '../../src/lib/status';

const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const step = (state: StepLike['state'], when: string | undefined, checked: string): StepLike => ({
  state,
  date: when === undefined ? undefined : date(when),
  checked: day(checked),
});

describe('status wording', () => {
  it('says in words when it was checked and the latest step confirmed', () => {
    const asOf = statusAsOf([
      step('done', '2025-02-18', '2026-11-25'),
      step('done', '2025-12-15', '2026-11-25'),
      step('unknown', undefined, '2026-11-25'),
    ]);
    expect(asOfSentence(asOf)).toBe(
      'Checked 25 November 2026. The latest step we could confirm is dated 15 December 2025.',
    );
  });

  it('takes the earliest check: by then every step had been looked at', () => {
    const asOf = statusAsOf([
      step('unknown', undefined, '2026-11-30'),
      step('unknown', undefined, '2026-11-20'),
    ]);
    expect(asOfSentence(asOf)).toBe('Checked 20 November 2026. No step could be confirmed yet.');
  });

  it('never lets a month-only date outrank a confirmed day inside that month', () => {
    const asOf = statusAsOf([
      step('done', '2025-12-15', '2026-11-25'),
      step('done', '2025-12', '2026-11-25'),
    ]);
    expect(asOf.latestConfirmed?.iso).toBe('2025-12-15');
    // A later month still wins, and only done steps count.
    expect(
      statusAsOf([
        step('done', '2025-12-15', '2026-11-25'),
        step('done', '2026-01', '2026-11-25'),
        step('expected', '2026-06-01', '2026-11-25'),
      ]).latestConfirmed?.iso,
    ).toBe('2026-01');
  });

  it('does not count a reported step with no date as confirmed', () => {
    const asOf = statusAsOf([
      step('done', '2025-12-15', '2026-11-25'),
      step('reported', undefined, '2026-11-25'),
    ]);
    expect(asOf.latestConfirmed?.iso).toBe('2025-12-15');
  });

  it('refuses to date an empty list', () => {
    expect(() => statusAsOf([])).toThrow('statusAsOf: no status steps');
  });

  it('has a label in words for every country and state', () => {
    expect(COUNTRIES).toEqual(['russia', 'india', 'both']);
    expect(STEP_STATES).toEqual(['done', 'reported', 'expected', 'unknown']);
    expect(Object.values(COUNTRY_LABELS)).toEqual(['Russia', 'India', 'Both countries']);
    expect(Object.values(STATE_LABELS)).toEqual([
      'Done',
      'Reported, not dated',
      'Expected',
      'Not confirmed',
    ]);
  });
});
