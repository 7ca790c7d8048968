/**
 * The content collections: what editors write under `content/`, where it lives, and the schema it
 * must follow (field by field in `src/schemas/collections.ts`; README.md explains them for editors).
 * References between collections are checked after loading (src/build/content.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { drawingShareImages } from './build/share-images/early';
import {
  agreementSchema,
  articleSchema,
  fixedPageTextSchema,
  glossaryTermSchema,
  provisionSchema,
  sourceSchema,
  statusStepSchema,
  timelineEventSchema,
  updateSchema,
} from './schemas/collections';

/**
 * Data files are parsed with YAML's JSON schema: dates stay text, so the schemas can refuse an
 * impossible date instead of letting YAML roll it into the next month. Each entry is given its
 * `position` in the file: Astro's store keeps entries sorted by id, and some lists (status steps,
 * updates, provisions) are ordered by the editor.
 */
function yamlFile(path: string) {
  return file(path, {
    parser: (source) => {
      const entries = yaml.load(source, { schema: yaml.JSON_SCHEMA });
      if (!Array.isArray(entries)) return entries as [];
      return entries.map((entry: unknown, position) =>
        entry && typeof entry === 'object' ? { ...entry, position } : entry,
      ) as Record<string, unknown>[];
    },
  });
}

const articles = defineCollection({
  // In a build, the articles' share images start drawing as soon as they are loaded.
  loader: drawingShareImages(glob({ base: './content/articles', pattern: '**/*.mdx' })),
  schema: ({ image }) => articleSchema({ reference, image }),
});
const sources = defineCollection({
  loader: yamlFile('./content/sources.yaml'),
  schema: sourceSchema(),
});
const timeline = defineCollection({
  loader: yamlFile('./content/timeline.yaml'),
  schema: timelineEventSchema({ reference }),
});
const provisions = defineCollection({
  loader: yamlFile('./content/provisions.yaml'),
  schema: provisionSchema({ reference }),
});
const agreements = defineCollection({
  loader: yamlFile('./content/agreements.yaml'),
  schema: agreementSchema({ reference }),
});
const glossary = defineCollection({
  loader: yamlFile('./content/glossary.yaml'),
  schema: glossaryTermSchema({ reference }),
});

const status = defineCollection({
  loader: yamlFile('./content/status.yaml'),
  schema: statusStepSchema({ reference }),
});
const updates = defineCollection({
  loader: yamlFile('./content/updates.yaml'),
  schema: updateSchema({ reference }),
});

/** The prose of fixed pages (About, Subscribe), rendered by their routes. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '*.mdx' }),
  schema: fixedPageTextSchema(),
});

export const collections = {
  articles,
  pages,
  sources,
  timeline,
  provisions,
  agreements,
  glossary,
  status,
  updates,
};
