/**
 * The part of Citation.js (`@citation-js/core`, which ships no types) that
 * src/data/page-citations.ts and the tests use.
 */
declare module '@citation-js/core' {
  /** A set of items, read from CSL-JSON or another input format. */
  interface CiteInstance {
    /** `bibliography` (with `template`, `lang`, `format`), `biblatex`, `bibtex`, `ris`, `data`. */
    format(format: string, options?: Record<string, unknown>): string;
    data: Record<string, unknown>[];
  }
  const citationJs: {
    Cite: new (data: unknown) => CiteInstance;
    plugins: {
      config: { get(name: string): unknown };
      input: { chain(data: unknown, options?: Record<string, unknown>): unknown };
    };
  };
  export default citationJs;
}
