/**
 * The open data of an edition (`/data/`, `/hi/data/`, `/ru/data/`): the collections read in the
 * edition's language and made into tables by src/lib/open-data.ts, and their Frictionless Data
 * Package. Every build makes them afresh from content/, so they always match the pages.
 */
import { LOCALES, editionPath, type Lang } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { isoDay } from '../lib/dates';
import {
  RESOURCE_NAMES,
  dataPackage,
  openDataTables,
  toCsv,
  toJsonRows,
  type ResourceName,
  type Table,
} from '../lib/open-data';
import { chronological } from '../lib/timeline';
import {
  COUNTRIES,
  DOMAINS,
  EVENT_KINDS,
  STEP_STATES,
  TAG_IDS,
  VERDICTS,
} from '../schemas/vocabulary';
import { SITE } from '../site';
import { assertContentIntegrity, collection, getStatusSteps, once } from './content';
import { storyCheckedOn } from './page-citations';
import { absoluteUrl } from './urls';

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);

/** The tables of an edition, made once per build. */
export function openDataTablesIn(lang: Lang): Promise<Table[]> {
  return once(`open-data:${lang}`, async () => {
    await assertContentIntegrity();
    const [sources, timeline, steps, provisions, agreements, glossary] = await Promise.all([
      collection('sources'),
      collection('timeline', lang),
      getStatusSteps(lang),
      collection('provisions', lang),
      collection('agreements', lang),
      collection('glossary', lang),
    ]);
    return openDataTables(
      {
        sources: sources.map(({ data }) => data),
        timeline: chronological(timeline).map(({ data }) => ({
          ...data,
          sources: ids(data.sources),
        })),
        status: steps.map(({ entry: { data }, date }) => ({
          ...data,
          date,
          event: data.event?.id,
          possibility: data.possibility && {
            text: data.possibility.text,
            sources: ids(data.possibility.sources),
          },
          checked: isoDay(data.checked),
          sources: ids(data.sources),
        })),
        provisions: provisions.map(({ data }) => ({ ...data, sources: ids(data.sources) })),
        agreements: agreements.map(({ data }) => ({ ...data, sources: ids(data.sources) })),
        glossary: glossary.map(({ data }) => ({ ...data, sources: ids(data.sources) })),
      },
      {
        eventKinds: EVENT_KINDS,
        countries: COUNTRIES,
        states: STEP_STATES,
        domains: DOMAINS,
        verdicts: VERDICTS,
        tags: TAG_IDS,
      },
    );
  });
}

/** The data files of an edition, by file name: each table as CSV and JSON, and the package. */
export const DATA_FILES = [
  ...RESOURCE_NAMES.flatMap((name) => [`${name}.csv`, `${name}.json`]),
  'datapackage.json',
] as const;

/** The Frictionless Data Package of an edition. */
export async function openDataPackage(
  lang: Lang,
  site: URL | undefined,
): Promise<Record<string, unknown>> {
  const [tables, sources, checked] = await Promise.all([
    openDataTablesIn(lang),
    collection('sources'),
    storyCheckedOn(),
  ]);
  const words = ui(lang).openData;
  const fields = words.fields as Record<string, string>;
  return dataPackage(tables, {
    name: `relos-explained-${lang}`,
    title: words.packageTitle,
    description: words.packageDescription,
    homepage: absoluteUrl(editionPath('/data/', lang), site),
    language: LOCALES[lang].tag,
    resource: (name: ResourceName) => words.resources[name],
    field: (resource, field) => {
      const description = fields[`${resource}.${field}`] ?? fields[field];
      if (!description) {
        throw new Error(
          `src/i18n/ui/${lang}.ts, openData.fields: no description of "${field}" in the ${resource} table`,
        );
      }
      return description;
    },
    licence: { name: SITE.licence.spdx, path: SITE.licence.url, title: SITE.licence.title },
    factsChecked: isoDay(checked),
    sources: sources.map(({ data }) => ({ title: data.title, path: data.url })),
  });
}

/** One data file's body and type. */
export async function openDataFile(
  lang: Lang,
  file: (typeof DATA_FILES)[number],
  site: URL | undefined,
): Promise<{ body: string; type: string }> {
  if (file === 'datapackage.json') {
    return {
      body: `${JSON.stringify(await openDataPackage(lang, site), null, 2)}\n`,
      type: 'application/json',
    };
  }
  const [name, extension] = file.split('.') as [ResourceName, 'csv' | 'json'];
  const table = (await openDataTablesIn(lang)).find((each) => each.name === name);
  if (!table) throw new Error(`/data/${file}: no table named "${name}"`);
  return extension === 'csv'
    ? { body: toCsv(table), type: 'text/csv; charset=utf-8; header=present' }
    : { body: `${JSON.stringify(toJsonRows(table), null, 2)}\n`, type: 'application/json' };
}
