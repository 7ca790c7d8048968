import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config';
import {
  agreementSchema,
  articleSchema,
  fixedPageTextSchema,
  glossaryTermSchema,
  provisionSchema,
  statusStepSchema,
  timelineEventSchema,
  updateSchema,
  type SchemaHelpers,
} from '../../src/schemas/collections';
import { TRANSLATED, type TranslatedName } from '../../src/schemas/translated-collections';
import {
  TRANSLATED_FIELDS,
  TRANSLATION_SCHEMAS,
  textFieldsOf,
} from '../../src/schemas/translations';

/** Stand-ins for Astro's helpers: a reference is an id string, as in frontmatter. */
const helpers: SchemaHelpers = {
  reference: (collection) => z.string().transform((id) => ({ id, collection })),
  image: () => z.string(),
};

/** Each translated collection's English schema. */
const ENGLISH: Record<TranslatedName, z.ZodType> = {
  status: statusStepSchema(helpers),
  timeline: timelineEventSchema(helpers),
  provisions: provisionSchema(helpers),
  glossary: glossaryTermSchema(helpers),
  updates: updateSchema(helpers),
  agreements: agreementSchema(helpers),
  articles: articleSchema(helpers),
  pages: fixedPageTextSchema(),
};

/** The fields of a schema's object (an article's schema ends in a transform). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  if (schema instanceof z.ZodPipe) return shapeOf(schema.in as z.ZodType);
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  throw new Error('expected an object schema');
}

const names = Object.keys(TRANSLATED) as TranslatedName[];

describe('the table of what is translated', () => {
  it('names each collection’s text fields as the drift checks read them', () => {
    expect(TRANSLATED_FIELDS).toEqual({
      status: ['title', 'note', 'possibility.text'],
      timeline: ['title', 'summary', 'note'],
      provisions: ['activity', 'detail', 'limits.unit', 'limits.qualifier'],
      glossary: ['term', 'expansion', 'definition'],
      updates: ['headline', 'note'],
      agreements: ['partner', 'name', 'shortName', 'scope'],
      articles: ['title', 'description', 'keyPoints'],
      pages: ['heading'],
    });
  });

  it.each(names)('%s: every text field is a text field of the English entry', (name) => {
    const english = textFieldsOf(shapeOf(ENGLISH[name]));
    for (const field of TRANSLATED_FIELDS[name]) expect(english).toContain(field);
  });

  /** The English entry's fields that are not text: its facts. */
  const factsOf = (name: TranslatedName) => {
    const text = new Set(Object.keys(TRANSLATED[name].text));
    return Object.keys(shapeOf(ENGLISH[name])).filter(
      (key) => !text.has(key) && key !== 'id' && key !== 'position',
    );
  };

  it('leaves every other field of the English entry a fact', () => {
    expect(Object.fromEntries(names.map((name) => [name, factsOf(name)]))).toEqual({
      status: ['country', 'state', 'date', 'event', 'sources', 'checked'],
      timeline: ['date', 'kind', 'sources', 'tags'],
      provisions: ['domain', 'verdict', 'sources'],
      glossary: ['sources'],
      updates: ['date', 'kind', 'touches'],
      agreements: ['signed', 'sources'],
      articles: expect.arrayContaining(['pubDate', 'kind', 'tags', 'sources', 'events']),
      pages: [],
    });
  });

  it.each(names)('%s: a fact set in a translation is refused by name', (name) => {
    for (const fact of factsOf(name)) {
      const result = TRANSLATION_SCHEMAS[name].safeParse({ [fact]: 'copied from English' });
      const messages = result.error?.issues.map((issue) => issue.message) ?? [];
      expect(messages).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^${name} holds text only; "${fact}" is the English entry's \\(content/${name}`,
          ),
        ),
      );
    }
  });

  it('refuses a fact nested in a text field: a limit’s value, a possibility’s sources', () => {
    const entry = { id: 'x', translates: '2026-11-25' };
    const provision = TRANSLATION_SCHEMAS.provisions.safeParse({
      ...entry,
      activity: 'Корабли',
      detail: 'Не более 5.',
      limits: [{ value: 5, unit: 'кораблей' }],
    });
    expect(provision.error?.issues.map((issue) => issue.message)).toEqual([
      'a translated limit has a unit and a qualifier: its value is the English one',
    ]);
    const step = TRANSLATION_SCHEMAS.status.safeParse({
      ...entry,
      title: 'Шаг',
      note: 'Заметка.',
      possibility: { text: 'Возможно.', sources: ['tass'] },
    });
    expect(step.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['possibility']);
  });
});

describe('src/content.config.ts', () => {
  const byName = collections as unknown as Record<
    string,
    { schema: unknown; loader: { name?: string } | unknown }
  >;

  it('loads each line of the table into its collection, with the derived schema', () => {
    for (const name of names) {
      const collection = byName[TRANSLATED[name].translations];
      expect(collection?.schema).toBe(TRANSLATION_SCHEMAS[name]);
      if (TRANSLATED[name].form === 'data') {
        expect(collection?.loader).toMatchObject({ name: `translated-${name}` });
      }
    }
  });

  it('has no translated collection besides the table’s', () => {
    const translated = Object.entries(byName)
      .filter(([, { schema }]) => schema instanceof z.ZodObject && 'translates' in schema.shape)
      .map(([key]) => key);
    expect(translated.sort()).toEqual(names.map((name) => TRANSLATED[name].translations).sort());
  });
});
