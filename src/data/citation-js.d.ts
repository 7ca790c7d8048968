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

/**
 * The part of citeproc-js (`citeproc`, Citation.js's CSL processor, which ships no types) that
 * src/data/citation-format.ts indexes: the lookup of a style's nodes by name.
 */
declare module 'citeproc' {
  /** A node of a style or locale as citeproc-js reads it from XML. */
  export interface CslNode {
    name: string;
    attrs: Record<string, string>;
    children: (CslNode | string)[];
  }
  export class XmlJSON {
    /** The style's root node. */
    dataObj: CslNode;
    /** Every node named `name` under `json` (with the `name` attribute `nameattrval`, if given). */
    getNodesByName(json: CslNode, name: string, nameattrval?: string, ret?: CslNode[]): CslNode[];
  }
  /** A processor for one style in one locale. */
  export class Engine {
    constructor(
      sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): object },
      style: string,
      lang?: string,
      forceLang?: boolean,
    );
    updateItems(ids: string[]): void;
    /** The bibliography: its settings and each entry's HTML. */
    makeBibliography(): [object, string[]];
  }
  const CSL: { XmlJSON: typeof XmlJSON; Engine: typeof Engine };
  export default CSL;
}
