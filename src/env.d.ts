/// <reference types="astro/client" />
import type { Lang } from './i18n/locales';
import type { CitationContext } from './lib/citations';

declare global {
  namespace App {
    interface Locals {
      /** Set by the article page while its body renders, so `<Cite>` can number its sources. */
      citations?: CitationContext;
      /**
       * The edition being rendered, where Astro's routing does not say (a feed renders articles
       * through the Container API); pages take it from `Astro.currentLocale`.
       */
      lang?: Lang;
    }
  }
}
