/**
 * The content collections: what editors write under `content/`, where it lives, and the schema it
 * must follow (field by field in `src/schemas/collections.ts`; README.md explains them for editors).
 * References between collections are checked after loading (src/data/content.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TRANSLATED_LANGS } from './i18n/locales';
import { drawingShareImages } from './integrations/share-images/early';
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
import { TRANSLATED, type TranslatedName } from './schemas/translated-collections';
import { TRANSLATION_SCHEMAS } from './schemas/translations';

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

/**
 * A data file's translations, `content/<lang>/<name>.yaml` for each translated edition: one
 * collection whose ids are `<lang>/<English id>`, each entry given its `lang` and `position`. A
 * file that does not parse fails the build with its name (Astro's file loader only logs it).
 */
function translatedFiles(name: string): Loader {
  return {
    name: `translated-${name}`,
    load: async ({ config, store, parseData, watcher, logger }) => {
      const files = TRANSLATED_LANGS.map((lang) => ({
        lang,
        relative: `content/${lang}/${name}.yaml`,
        path: fileURLToPath(new URL(`content/${lang}/${name}.yaml`, config.root)),
      }));
      const sync = async () => {
        store.clear();
        for (const { lang, relative, path } of files) {
          if (!existsSync(path)) continue;
          let entries: unknown;
          try {
            entries = yaml.load(readFileSync(path, 'utf8'), { schema: yaml.JSON_SCHEMA });
          } catch (error) {
            throw new Error(`${relative}: not valid YAML: ${(error as Error).message}`);
          }
          if (!Array.isArray(entries)) throw new Error(`${relative}: expected a list of entries`);
          const seen = new Set<string>();
          for (const [position, raw] of entries.entries()) {
            const englishId = (raw as { id?: unknown } | null)?.id;
            if (typeof englishId !== 'string') {
              throw new Error(
                `${relative}, entry ${position + 1}, field id: expected the English entry's id`,
              );
            }
            if (seen.has(englishId))
              throw new Error(`${relative}, field id: "${englishId}" is translated twice`);
            seen.add(englishId);
            const id = `${lang}/${englishId}`;
            const data = await parseData({
              id,
              data: { ...(raw as object), position },
              filePath: path,
            });
            store.set({ id, data, filePath: relative });
          }
        }
      };
      await sync();
      for (const { path } of files) watcher?.add(path);
      watcher?.on('change', async (changed) => {
        if (files.some((f) => f.path === changed)) {
          logger.info(`Reloading the ${name} translations`);
          await sync();
        }
      });
    },
  };
}

/** Where each edition's translated articles and pages are: `content/<lang>/articles/<slug>.mdx`. */
const TRANSLATED_DIRS = `{${TRANSLATED_LANGS.join(',')}}`;

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

/**
 * The Hindi and Russian editions: text only, each entry naming its English original. One
 * collection per line of the table of what is translated (src/schemas/translated-collections.ts), named
 * there: a data file's translations from content/<lang>/<name>.yaml, an article's or page's from
 * content/<lang>/<name>/<slug>.mdx.
 */
const translations = Object.fromEntries(
  (Object.keys(TRANSLATED) as TranslatedName[]).map((name) => [
    TRANSLATED[name].translations,
    defineCollection({
      loader:
        TRANSLATED[name].form === 'data'
          ? translatedFiles(name)
          : glob({ base: './content', pattern: `${TRANSLATED_DIRS}/${name}/*.mdx` }),
      schema: TRANSLATION_SCHEMAS[name],
    }),
  ]),
) as {
  [N in TranslatedName as (typeof TRANSLATED)[N]['translations']]: {
    loader: Loader;
    schema: (typeof TRANSLATION_SCHEMAS)[N];
  };
};

export const collections = {
  ...translations,
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
