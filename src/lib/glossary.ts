/** The path of a glossary term's entry on /glossary/. */
export function termPath(id: string): string {
  return `/glossary/#${id}`;
}

/**
 * Checks a `<Term id>` against the glossary's ids; throws an error naming the file and the id
 * so an unknown term fails the build.
 */
export function assertTermExists(id: string, ids: ReadonlySet<string>, file: string): void {
  if (!ids.has(id)) {
    throw new Error(
      `${file}: <Term id="${id}"> names a term that is not in content/glossary.yaml; ` +
        `expected one of: ${[...ids].sort().join(', ')}`,
    );
  }
}
