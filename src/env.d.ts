/// <reference types="astro/client" />
import type { CitationContext } from './lib/citations';

declare global {
  namespace App {
    interface Locals {
      /** Set by the article page while its body renders, so `<Cite>` can number its sources. */
      citations?: CitationContext;
    }
  }
}
