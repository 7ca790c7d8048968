import { describe, expect, it } from 'vitest';
import {
  englishChangedSince,
  englishVersion,
  fieldDrift,
  mdxReferences,
  missingNumbers,
  numbersIn,
  referenceDrift,
  citationOrderDrift,
  translationProblems,
  withTranslation,
} from '../../src/lib/translations';
import { TRANSLATED_FIELDS } from '../../src/schemas/translations';

describe('numbersIn', () => {
  it('reads dates, caps and counts as digit strings, whatever the separator', () => {
    expect(numbersIn('up to 5 warships, 10 aircraft and 3,000 personnel')).toEqual([
      '5',
      '10',
      '3000',
    ]);
    expect(numbersIn('до 3 000 человек и 3\u00a0000 человек, 3000 всего')).toEqual([
      '3000',
      '3000',
      '3000',
    ]);
    expect(numbersIn('2 декабря 2025 года')).toEqual(['2', '2025']);
  });

  it('does not join a year and the number after its comma', () => {
    expect(numbersIn('in 2025, 3,000 troops')).toEqual(['2025', '3000']);
  });

  it('reads Devanagari digits as the digits they are', () => {
    expect(numbersIn('२ दिसंबर २०२५')).toEqual(['2', '2025']);
  });
});

describe('missingNumbers', () => {
  it('names each number of the original that the translation leaves out, once', () => {
    expect(
      missingNumbers(
        'At most 5 warships at a time; the notice falls to 14 days from 30.',
        'Не более 5 военных кораблей одновременно; срок уведомления — 14 дней.',
      ),
    ).toEqual(['30']);
  });

  it('is empty when every number is stated, in any order', () => {
    expect(missingNumbers('18 February 2025', '2025 के 18 फ़रवरी')).toEqual([]);
  });
});

describe('mdxReferences and referenceDrift', () => {
  const original = [
    'The Duma voted.<Cite id="tass-2025-12-02-duma-ratifies" /> See <Term id="state-duma">the Duma</Term>.',
    'More on [the vote](/timeline/#2025-12-02-duma-ratifies) and [caps](/what-it-allows/#warship-caps).',
    '<Timeline ids={["2025-02-18-signed-in-moscow"]} />',
    '<KeyFigures />',
  ].join('\n');

  it('reads sources, terms, linked events and provisions, and components', () => {
    const refs = mdxReferences(original);
    expect([...refs.sources]).toEqual(['tass-2025-12-02-duma-ratifies']);
    expect([...refs.terms]).toEqual(['state-duma']);
    expect([...refs.events].sort()).toEqual([
      '2025-02-18-signed-in-moscow',
      '2025-12-02-duma-ratifies',
    ]);
    expect([...refs.provisions]).toEqual(['warship-caps']);
    expect([...refs.components].sort()).toEqual([
      '<KeyFigures />',
      '<Timeline ids={["2025-02-18-signed-in-moscow"]} />',
    ]);
  });

  it('accepts a translation that refers to the same things', () => {
    const translation = original
      .replace('The Duma voted.', 'Дума проголосовала.')
      .replace('the Duma</Term>', 'Думу</Term>');
    expect(referenceDrift(original, translation)).toEqual([]);
  });

  it('fails a translation that cites a source, event or provision the original does not', () => {
    const planted = `${original}\nИ ещё.<Cite id="rbc-2025-12-02-duma-debate" /> [x](/timeline/#2025-12-15-putin-signs-law) [y](/what-it-allows/#not-in-english)`;
    expect(referenceDrift(original, planted)).toEqual([
      'refers to the source "rbc-2025-12-02-duma-debate", which the original does not',
      'refers to the timeline event "2025-12-15-putin-signs-law", which the original does not',
      'refers to the "what it allows" item "not-in-english", which the original does not',
    ]);
  });

  it('fails a translation that drops a citation or a component of the original', () => {
    const planted = original
      .replace('<Cite id="tass-2025-12-02-duma-ratifies" />', '')
      .replace('<KeyFigures />', '');
    expect(referenceDrift(original, planted)).toEqual([
      'does not cite the source "tass-2025-12-02-duma-ratifies", which the original cites',
      'leaves out <KeyFigures />, which the original shows',
    ]);
  });

  it('fails a component whose selection differs (another event chosen)', () => {
    const planted = original.replace('2025-02-18-signed-in-moscow', '2024-06-20-draft');
    const problems = referenceDrift(original, planted);
    expect(problems).toContain(
      'refers to the timeline event "2024-06-20-draft", which the original does not',
    );
    expect(problems).toContain(
      'leaves out <Timeline ids={["2025-02-18-signed-in-moscow"]} />, which the original shows',
    );
  });
});

describe('fieldDrift', () => {
  const step = {
    title: 'State Duma passes the ratification law',
    note: 'The Duma passed it on 2 December 2025.',
    possibility: { text: 'It may take effect within 30 days.' },
  };

  it('accepts a translation that keeps every number and field', () => {
    expect(
      fieldDrift(TRANSLATED_FIELDS.status, step, {
        title: 'Госдума приняла закон о ратификации',
        note: 'Дума приняла его 2 декабря 2025 года.',
        possibility: { text: 'Оно может вступить в силу в течение 30 дней.' },
      }),
    ).toEqual([]);
  });

  it('names the field whose number is missing, and a field the translation adds or drops', () => {
    expect(
      fieldDrift(TRANSLATED_FIELDS.status, step, {
        title: 'Госдума приняла закон',
        note: 'Дума приняла его в декабре.',
      }),
    ).toEqual([
      'field note: the original states 2, 2025, the translation does not',
      'field possibility.text: missing (the original has "It may take effect within 30 days.")',
    ]);
    expect(
      fieldDrift(
        TRANSLATED_FIELDS.timeline,
        { title: 'Signed', summary: 'Signed in Moscow.' },
        { title: 'Подписано', summary: 'Подписано в Москве.', note: 'Добавлено.' },
      ),
    ).toEqual(['field note: the original has none, so the translation cannot add one']);
  });

  it('checks a provision’s limits: as many as the original, each unit and qualifier', () => {
    const english = {
      activity: 'Warships at one time',
      detail: 'At most 5.',
      limits: [{ value: 5, unit: 'warships', qualifier: 'at any one time' }],
    };
    expect(
      fieldDrift(TRANSLATED_FIELDS.provisions, english, {
        activity: 'Корабли',
        detail: 'Не более 5.',
        limits: [],
      }),
    ).toEqual([
      'field limits: the original has 1 limit(s), the translation 0',
      'field limits.unit: missing (the original has "warships")',
      'field limits.qualifier: missing (the original has "at any one time")',
    ]);
  });
});

describe('citationOrderDrift', () => {
  const english = 'A.<Cite id="a" /> B.<Cite id="b" /> A again.<Cite id="a" /> C.<Cite id="c" />';

  it('accepts a translation that first cites the sources in the same order, however often', () => {
    expect(
      citationOrderDrift(
        english,
        'А.<Cite id="a" /><Cite id="a" /> Б и В.<Cite id="b" /><Cite id="c" />',
      ),
    ).toBeUndefined();
  });

  it('names the first source whose number would differ', () => {
    expect(
      citationOrderDrift(english, 'Б.<Cite id="b" /> А.<Cite id="a" /> В.<Cite id="c" />'),
    ).toBe(
      'first cites its sources in another order than the original, so they are numbered differently: source 1 is "b", in the original "a"',
    );
  });

  it('leaves a source cited on one side only to the other checks', () => {
    expect(
      citationOrderDrift(english, 'А.<Cite id="a" /> В.<Cite id="c" /> Г.<Cite id="d" />'),
    ).toBeUndefined();
  });
});

describe('translationProblems', () => {
  it('names the file, the entry and the field of every problem', () => {
    const problems = translationProblems(
      [
        {
          name: 'status',
          fields: TRANSLATED_FIELDS.status,
          file: 'content/ru/status.yaml',
          english: [{ id: 'duma-approves', data: { title: 'Duma', note: 'On 2 December 2025.' } }],
          translations: [
            { id: 'duma-approves', data: { title: 'Дума', note: 'В декабре.' } },
            { id: 'no-such-step', data: { title: 'Нет', note: 'Нет.' } },
          ],
        },
      ],
      [
        {
          file: 'content/hi/articles/x.mdx',
          original: {
            body: 'On 18 February 2025.<Cite id="a" />',
            data: { keyPoints: ['1', '2'] },
          },
          translationOf: 'x',
          body: '18 फ़रवरी को।<Cite id="a" /><Cite id="b" />',
          data: { keyPoints: ['1'] },
          fields: ['keyPoints'],
        },
        {
          file: 'content/hi/articles/y.mdx',
          original: undefined,
          translationOf: 'y',
          body: '',
          data: {},
          fields: [],
        },
      ],
    );
    expect(problems).toEqual([
      'content/ru/status.yaml (entry "duma-approves"), field note: the original states 2, 2025, the translation does not',
      'content/ru/status.yaml (entry "no-such-step"), field id: no entry of content/status.yaml has this id',
      'content/hi/articles/x.mdx: the body refers to the source "b", which the original does not',
      'content/hi/articles/x.mdx: the original states 2025, 2, the translation does not',
      'content/hi/articles/x.mdx, field keyPoints: the original has 2, the translation 1',
      'content/hi/articles/y.mdx, field translationOf: no English original "y"',
    ]);
  });
});

describe('translationProblems: every English entry translated', () => {
  it('names each English entry an edition has not translated, and its file', () => {
    const english = [
      { id: 'duma-approves', data: { title: 'Duma', note: 'Passed.' } },
      { id: 'in-force', data: { title: 'In force', note: 'Not yet.' } },
    ];
    const snapshot = (file: string, ids: string[]) => ({
      name: 'status',
      fields: TRANSLATED_FIELDS.status,
      file,
      english,
      translations: ids.map((id) => ({ id, data: { title: 'Шаг', note: 'Заметка.' } })),
    });
    expect(
      translationProblems(
        [
          snapshot('content/ru/status.yaml', ['duma-approves', 'in-force']),
          snapshot('content/hi/status.yaml', ['duma-approves']),
        ],
        [],
      ),
    ).toEqual(['content/hi/status.yaml: no translation of "in-force" (content/status.yaml)']);
  });

  it('asks nothing of an edition that has not translated the collection yet: it shows the English', () => {
    const english = [{ id: 'in-force', data: { title: 'In force', note: 'Not yet.' } }];
    const snapshot = (file: string, translations: { id: string; data: object }[]) => ({
      name: 'status',
      fields: TRANSLATED_FIELDS.status,
      file,
      english,
      translations: translations as { id: string; data: Record<string, unknown> }[],
    });
    expect(translationProblems([snapshot('content/el/status.yaml', [])], [])).toEqual([]);
    // One entry translated is a file begun: then every entry is asked for.
    expect(
      translationProblems(
        [
          snapshot('content/el/status.yaml', [
            { id: 'other', data: { title: 'Άλλο', note: 'Σημείωση.' } },
          ]),
        ],
        [],
      ),
    ).toEqual([
      'content/el/status.yaml: no translation of "in-force" (content/status.yaml)',
      'content/el/status.yaml (entry "other"), field id: no entry of content/status.yaml has this id',
    ]);
  });
});

describe('withTranslation', () => {
  it('lays the text over the English facts; limits keep their English values', () => {
    const english = {
      id: 'warships-at-one-time',
      data: {
        verdict: 'limited',
        activity: 'Warships at one time',
        limits: [{ value: 5, unit: 'warships', qualifier: 'at a time' }],
        sources: [{ id: 'kommersant' }],
      },
    };
    const merged = withTranslation(english, {
      id: 'warships-at-one-time',
      translates: new Date('2026-12-01'),
      position: 3,
      activity: 'Военные корабли одновременно',
      limits: [{ unit: 'военных кораблей', qualifier: 'одновременно' }],
    });
    expect(merged.data).toEqual({
      verdict: 'limited',
      activity: 'Военные корабли одновременно',
      limits: [{ value: 5, unit: 'военных кораблей', qualifier: 'одновременно' }],
      sources: [{ id: 'kommersant' }],
    });
    expect(english.data.activity).toBe('Warships at one time');
  });

  it('lays text in an object over the English object: a possibility keeps its sources', () => {
    const english = {
      data: {
        title: 'In force',
        possibility: { text: 'Within 30 days.', sources: [{ id: 'tass' }] },
      },
    };
    expect(
      withTranslation(english, { possibility: { text: 'В течение 30 дней.' } }).data.possibility,
    ).toEqual({ text: 'В течение 30 дней.', sources: [{ id: 'tass' }] });
  });
});

describe('englishVersion and englishChangedSince', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it('takes the newest date given', () => {
    expect(englishVersion(undefined, day('2026-11-25'), day('2026-12-01'))).toEqual(
      day('2026-12-01'),
    );
    expect(englishVersion(undefined)).toBeUndefined();
  });
  it('is true only when the English changed after the version translated', () => {
    expect(englishChangedSince(day('2026-11-25'), day('2026-12-01'))).toBe(true);
    expect(englishChangedSince(day('2026-12-01'), day('2026-12-01'))).toBe(false);
    expect(englishChangedSince(day('2026-12-01'), undefined)).toBe(false);
  });
});
