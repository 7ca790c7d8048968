/**
 * The part of Citation.js (`@citation-js/core`, which ships no types) that
 * src/data/page-citations.ts and the tests use.
 */
declare module '@citation-js/core' {
  class Cite {
    constructor(data: unknown);
    /** `bibliography` (with `template`, `lang`, `format`), `biblatex`, `bibtex`, `ris`, `data`. */
    format(format: string, options?: Record<string, unknown>): string;
    data: Record<string, unknown>[];
  }
  const citationJs: {
    Cite: typeof Cite;
    plugins: {
      config: { get(name: string): unknown };
      input: { chain(data: unknown, options?: Record<string, unknown>): unknown };
    };
  };
  export default citationJs;
}
