/**
 * Adding a collection to the editions is one entry in the table
 * (src/schemas/translated-collections.ts): here a hypothetical `briefings` line is added to it,
 * and nothing else, and the collection, its schema, its drift fields and its checks follow.
 */
import { describe, expect, it, vi } from 'vitest';
import { collections } from '../../src/content.config';
import { translationProblems, withTranslation } from '../../src/lib/translations';
import { TRANSLATED_FIELDS, TRANSLATION_SCHEMAS } from '../../src/schemas/translations';
import type * as Table from '../../src/schemas/translated-collections';

vi.mock('../../src/schemas/translated-collections', async (original) => {
  const actual = await original<typeof Table>();
  const { z } = await import('astro/zod');
  const { text } = await import('../../src/schemas/common');
  const briefings = {
    form: 'data',
    translations: 'briefingTranslations',
    text: {
      headline: text('a headline'),
      points: z.array(z.strictObject({ label: text('a label') })).default([]),
    },
  };
  return { ...actual, TRANSLATED: { ...actual.TRANSLATED, briefings } };
});

/** The hypothetical line, read through the derived records (it is in no type). */
const derived = <T>(record: object) => (record as Record<string, T>)['briefings'];

describe('a collection added to the table', () => {
  it('gets its collection in src/content.config.ts, loaded from content/<lang>/briefings.yaml', () => {
    const collection = (
      collections as unknown as Record<string, { schema: unknown; loader: unknown }>
    ).briefingTranslations;
    expect(collection?.loader).toMatchObject({ name: 'translated-briefings' });
    expect(collection?.schema).toBe(derived(TRANSLATION_SCHEMAS));
  });

  it('gets a schema that takes its text and refuses a fact by name', () => {
    const schema = derived<{
      safeParse: (data: unknown) => { success: boolean; error?: { issues: { message: string }[] } };
    }>(TRANSLATION_SCHEMAS)!;
    const entry = { id: 'first-briefing', translates: '2026-11-25', headline: 'Брифинг' };
    expect(schema.safeParse({ ...entry, points: [{ label: 'Пункт' }] }).success).toBe(true);
    expect(
      schema.safeParse({ ...entry, sources: ['tass'] }).error?.issues.map((i) => i.message),
    ).toEqual([
      'briefings holds text only; "sources" is the English entry\'s (content/briefings.yaml) and cannot be set in a translation',
    ]);
  });

  it('gets drift checks over its text fields, and the check that each entry is translated', () => {
    const fields = derived<readonly string[]>(TRANSLATED_FIELDS)!;
    expect(fields).toEqual(['headline', 'points.label']);
    expect(
      translationProblems(
        [
          {
            name: 'briefings',
            fields,
            file: 'content/ru/briefings.yaml',
            english: [
              { id: 'first', data: { headline: 'On 2 December', points: [{ label: '5 ships' }] } },
              { id: 'second', data: { headline: 'Later', points: [] } },
            ],
            translations: [
              { id: 'first', data: { headline: '2 декабря', points: [{ label: 'корабли' }] } },
            ],
          },
        ],
        [],
      ),
    ).toEqual([
      'content/ru/briefings.yaml: no translation of "second" (content/briefings.yaml)',
      'content/ru/briefings.yaml (entry "first"), field points.label: the original states 5, the translation does not',
    ]);
  });

  it('shows its text over the English facts', () => {
    const english = {
      id: 'first',
      data: { date: '2026-11-25', points: [{ label: 'ships', count: 5 }] },
    };
    expect(withTranslation(english, { id: 'first', points: [{ label: 'корабли' }] }).data).toEqual({
      date: '2026-11-25',
      points: [{ label: 'корабли', count: 5 }],
    });
  });
});
