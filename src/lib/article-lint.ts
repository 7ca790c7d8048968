import yaml from 'js-yaml';
import { parsePartialDate } from './dates';

/** The frontmatter block's YAML and the body after it. */
function split(
  source: string,
): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  return {
    frontmatter: match[1] ?? '',
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** `YYYY-MM-DD` strings that are real days; anything else is reported. */
function checkDay(value: unknown, field: string, file: string): string[] {
  if (value === undefined) return [];
  const text = typeof value === 'string' ? value : String(value);
  const parsed = parsePartialDate(text);
  if ('error' in parsed) return [`${file}: ${field}: ${parsed.error}`];
  if (parsed.precision !== 'day')
    return [`${file}: ${field}: expected YYYY-MM-DD, received "${text}"`];
  return [];
}

/**
 * Checks an article's raw source for what the schema cannot see: dates as written (YAML turns
 * "2025-02-30" into 2 March before the schema runs), an empty body, and images without alt text.
 * Returns one message per problem, naming the file, the field or line, and what was expected.
 */
export function lintArticleSource(
  source: string,
  file: string,
  components: readonly string[],
): string[] {
  const parts = split(source);
  if (!parts) return [`${file}: expected frontmatter between --- lines at the top of the file`];
  const problems: string[] = [];

  let data: Record<string, unknown> = {};
  try {
    // The JSON schema keeps dates as the text the editor wrote.
    const loaded = yaml.load(parts.frontmatter, { schema: yaml.JSON_SCHEMA });
    if (loaded && typeof loaded === 'object') data = loaded as Record<string, unknown>;
  } catch (error) {
    return [
      `${file}: the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    ];
  }
  problems.push(...checkDay(data['pubDate'], 'pubDate', file));
  problems.push(...checkDay(data['factsCheckedOn'], 'factsCheckedOn', file));

  const text = parts.body
    .replace(/^\s*(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .trim();
  if (text === '') problems.push(`${file}: the article has no body text after its frontmatter`);

  // Components must be ones the site provides, or imported by the article itself.
  const imported = new Set(
    [...parts.body.matchAll(/^\s*import\s+(?:\{([^}]*)\}|([A-Za-z_$][\w$]*))/gm)].flatMap((m) =>
      m[2]
        ? [m[2]]
        : (m[1] ?? '').split(',').map(
            (name) =>
              name
                .trim()
                .split(/\s+as\s+/)
                .pop() ?? '',
          ),
    ),
  );
  const known = new Set([...components, ...imported]);
  const fenced = /^\s*(```|~~~)/;
  let inFence = false;

  parts.body.split('\n').forEach((line, index) => {
    const where = `${file}:${parts.bodyLine + index}`;
    if (fenced.test(line)) inFence = !inFence;
    if (!inFence) {
      for (const [, name] of line.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
        if (!known.has(name!)) {
          problems.push(
            `${where}: <${name}> is not a component articles can use; expected one of: ${[...components].join(', ')}`,
          );
        }
      }
    }
    if (/!\[\s*\]\(/.test(line))
      problems.push(`${where}: an image has no alt text; write ![what it shows](path)`);
    for (const tag of line.match(/<img\b[^>]*>/gi) ?? []) {
      if (!/\balt\s*=\s*(["'])\s*\S[^"']*\1/i.test(tag) && !/\balt\s*=\s*\{/.test(tag)) {
        problems.push(`${where}: <img> has no alt text; add alt="what it shows"`);
      }
    }
  });
  return problems;
}
