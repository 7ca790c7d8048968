import { describe, expect, it } from 'vitest';
import {
  DOMAINS,
  formatLimit,
  groupByDomain,
  selectProvisions,
  splitByEstablished,
  VERDICT_LABELS,
  VERDICT_MEANINGS,
  VERDICTS,
  type Domain,
  type Verdict,
} from '../../src/lib/provisions';

const p = (id: string, domain: Domain, verdict: Verdict) => ({ id, data: { domain, verdict } });
const items = [
  p('ports', 'sea', 'allowed'),
  p('fuel', 'air', 'separate arrangements'),
  p('bases', 'land', 'unclear'),
  p('caps', 'sea', 'limited'),
  p('war', 'law', 'not covered'),
];

describe('provisions', () => {
  it('labels and explains every verdict in words', () => {
    for (const verdict of VERDICTS) {
      expect(VERDICT_LABELS[verdict]).toMatch(/^[A-Z]/);
      expect(VERDICT_MEANINGS[verdict].length).toBeGreaterThan(10);
    }
  });

  it('groups by domain in display order and drops empty domains', () => {
    expect(groupByDomain(items).map((g) => [g.domain, g.items.map((i) => i.id)])).toEqual([
      ['sea', ['ports', 'caps']],
      ['air', ['fuel']],
      ['land', ['bases']],
      ['law', ['war']],
    ]);
    expect(DOMAINS[0]).toBe('purposes');
  });

  it('puts what is not covered or unclear in its own section', () => {
    const { established, notEstablished } = splitByEstablished(items);
    expect(notEstablished.map((i) => i.id)).toEqual(['bases', 'war']);
    expect(established.flatMap((g) => g.items.map((i) => i.id))).toEqual(['ports', 'caps', 'fuel']);
  });

  it('selects by domain and verdict, and refuses unknown values', () => {
    expect(selectProvisions(items, { domains: ['sea'] }).map((i) => i.id)).toEqual([
      'ports',
      'caps',
    ]);
    expect(
      selectProvisions(items, { verdicts: ['unclear', 'not covered'] }).map((i) => i.id),
    ).toEqual(['bases', 'war']);
    expect(selectProvisions(items, { ids: ['war', 'ports'] }).map((i) => i.id)).toEqual([
      'ports',
      'war',
    ]);
    expect(() => selectProvisions(items, { ids: ['nope'] })).toThrow(
      'WhatItAllows ids: no item has the id "nope"',
    );
    expect(() => selectProvisions(items, { domains: ['space'] })).toThrow(
      /"space" is not one of purposes, sea/,
    );
    expect(() => selectProvisions(items, { verdicts: ['maybe'] })).toThrow(
      /"maybe" is not one of allowed/,
    );
  });

  it('writes numbers with thousands separators', () => {
    expect(formatLimit(3000)).toBe('3,000');
    expect(formatLimit(5)).toBe('5');
  });
});
