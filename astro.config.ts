import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentSchemaCache } from './src/integrations/content-schema-cache';
import { DEFAULT_SITE_URL, resolveDeployTarget } from './src/lib/deploy';

// SITE_URL and BASE_PATH say where the site will be served; see README "Deploy".
const target = resolveDeployTarget(process.env);
if (target.siteIsDefault && process.argv.includes('build')) {
  console.warn(
    `[relos] SITE_URL is not set: canonical and share URLs will point at ${DEFAULT_SITE_URL}. ` +
      'Set SITE_URL=https://your.domain for a deploy.',
  );
}

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: target.site,
  base: target.base,
  output: 'static',
  trailingSlash: 'always',
  // A duplicate id in a data collection is an error, not a warning.
  prerenderConflictBehavior: 'error',
  // Schemas import src/schemas and src/lib: a change there must re-validate cached content.
  integrations: [contentSchemaCache(['src/schemas', 'src/lib']), mdx()],
  vite: {
    plugins: [tailwindcss()],
  },
});
