/**
 * The open data files of each edition: `/data/timeline.csv`, `/hi/data/timeline.json`, …,
 * `/ru/data/datapackage.json` (src/data/open-data.ts), made afresh by every build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES, openDataFile } from '../../../data/open-data';
import { DEFAULT_LANG, LANGS, langOf } from '../../../i18n/locales';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    DATA_FILES.map((file) => ({
      params: { lang: lang === DEFAULT_LANG ? undefined : lang, file },
      props: { file },
    })),
  )) satisfies GetStaticPaths;

interface Props {
  file: (typeof DATA_FILES)[number];
}

export const GET: APIRoute<Props> = async ({ props, params, site }) => {
  const { body, type } = await openDataFile(langOf(params['lang']), props.file, site);
  return new Response(body, { headers: { 'Content-Type': type } });
};
