/** The part of `datapackage` (Frictionless's JS library, which ships no types) the reuse tests use. */
declare module 'datapackage' {
  interface Resource {
    name: string;
    schema: { fieldNames: string[] };
    /** The rows, cast by the schema; `relations: true` resolves every foreign key or throws. */
    read(options?: { relations?: boolean }): Promise<unknown[][]>;
  }
  export const Package: {
    load(
      descriptor: string | Record<string, unknown>,
      options?: { basePath?: string },
    ): Promise<{
      valid: boolean;
      errors: unknown[];
      resourceNames: string[];
      resources: Resource[];
    }>;
  };
}
