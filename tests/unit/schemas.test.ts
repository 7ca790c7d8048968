import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  fixedPageTextSchema,
  sourceSchema,
  statusStepSchema,
  timelineEventSchema,
  updateSchema,
  type SchemaHelpers,
} from '../../src/schemas/collections';

/** Stand-ins for Astro's helpers: a reference is an id string, as in frontmatter. */
const helpers: SchemaHelpers = {
  reference: (collection) => z.string().transform((id) => ({ id, collection })),
  image: () => z.string(),
};

const DIR = 'tests/fixtures/schema';
const SCHEMAS = {
  article: articleSchema(helpers),
  timeline: timelineEventSchema(helpers),
  source: sourceSchema(),
  status: statusStepSchema(helpers),
  update: updateSchema(helpers),
};

/** Articles' frontmatter is parsed as Astro parses it (YAML dates become Dates); data files keep text. */
function load(file: string): unknown {
  const text = readFileSync(join(DIR, file), 'utf8');
  return file.startsWith('article-')
    ? yaml.load(text)
    : yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

/** Each issue as "path: message", the way Astro reports them. */
function issues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const files = readdirSync(DIR).filter((file) => file.endsWith('.yaml'));

describe('content schemas', () => {
  it('has fixtures for every schema', () => {
    for (const prefix of Object.keys(SCHEMAS)) {
      expect(files.some((file) => file.startsWith(`${prefix}-`) && file.includes('valid'))).toBe(
        true,
      );
    }
  });

  for (const file of files) {
    const schema = SCHEMAS[file.split('-')[0] as keyof typeof SCHEMAS];
    const expectation = /^# expect: (.+)$/m.exec(readFileSync(join(DIR, file), 'utf8'))?.[1];

    if (expectation === undefined) {
      it(`accepts ${file}`, () => {
        const result = schema.safeParse(load(file));
        expect(result.success ? [] : issues(result.error)).toEqual([]);
      });
    } else {
      it(`refuses ${file}, naming the field`, () => {
        const result = schema.safeParse(load(file));
        expect(result.success).toBe(false);
        if (!result.success) {
          const [field, message = ''] = expectation.split(/: (.*)/s);
          expect(issues(result.error)).toContainEqual(
            expect.stringMatching(new RegExp(`^${escape(field ?? '')}: .*${escape(message)}`)),
          );
        }
      });
    }
  }

  it('keeps dates as dates in the parsed article', () => {
    const result = SCHEMAS.article.parse(load('article-valid.yaml'));
    expect(result.pubDate).toBeInstanceOf(Date);
    expect(result.sources).toEqual([
      { id: 'tass-1', collection: 'sources' },
      { id: 'rbc-1', collection: 'sources' },
    ]);
    expect(result.authors).toEqual(['RELOS Explained staff']);
    expect(result.draft).toBe(false);
    expect(result.factsCheckedOn.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it("dates an article's facts checked on its pubDate unless told otherwise", () => {
    const rest = { ...(load('article-valid.yaml') as Record<string, unknown>) };
    delete rest['factsCheckedOn'];
    const result = SCHEMAS.article.parse(rest);
    expect(result.factsCheckedOn).toEqual(result.pubDate);
  });

  it("keeps a status step's references and defaults", () => {
    const step = SCHEMAS.status.parse(load('status-valid.yaml'));
    expect(step.event).toEqual({ id: '2025-12-02-duma-ratifies', collection: 'timeline' });
    expect(step.checked.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(SCHEMAS.status.parse(load('status-valid-unknown.yaml')).sources).toEqual([]);
  });

  it("keeps an update's touches, with empty lists for what it does not touch", () => {
    const update = SCHEMAS.update.parse({
      ...(load('update-valid.yaml') as object),
      touches: { provisions: ['border-crossing'] },
    });
    expect(update.touches).toEqual({
      articles: [],
      events: [],
      provisions: [{ id: 'border-crossing', collection: 'provisions' }],
      status: [],
      pages: [],
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('fixed page text (content/pages)', () => {
  it('needs a heading and nothing else', () => {
    const schema = fixedPageTextSchema();
    expect(schema.parse({ heading: ' About RELOS Explained ' })).toEqual({
      heading: 'About RELOS Explained',
    });
    const missing = schema.safeParse({});
    expect(missing.success).toBe(false);
    expect(JSON.stringify(missing.error?.issues)).toContain('expected a heading');
    expect(schema.safeParse({ heading: 'About', title: 'About' }).success).toBe(false);
  });
});
