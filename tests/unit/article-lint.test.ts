import { describe, expect, it } from 'vitest';
import { lintArticleSource } from '../../src/lib/article-lint';

const F = 'content/articles/a.mdx';
const article = (frontmatter: string, body = 'Some text.') =>
  `---\n${frontmatter}\n---\n\n${body}\n`;

describe('lintArticleSource', () => {
  it('passes a well-formed article', () => {
    expect(
      lintArticleSource(article('pubDate: 2026-11-25\nfactsCheckedOn: 2026-11-26'), F, []),
    ).toEqual([]);
  });

  it('refuses dates YAML would silently roll over', () => {
    expect(lintArticleSource(article('pubDate: 2025-02-30'), F, [])).toEqual([
      'content/articles/a.mdx: pubDate: "2025-02-30" is not a real date',
    ]);
    expect(
      lintArticleSource(article('pubDate: 2026-11-25\nfactsCheckedOn: 2026-11-31'), F, []),
    ).toEqual(['content/articles/a.mdx: factsCheckedOn: "2026-11-31" is not a real date']);
    expect(lintArticleSource(article('pubDate: 2026-11'), F, [])).toEqual([
      'content/articles/a.mdx: pubDate: expected YYYY-MM-DD, received "2026-11"',
    ]);
  });

  it('refuses an empty body and a missing frontmatter', () => {
    expect(lintArticleSource(article('pubDate: 2026-11-25', ''), F, [])).toEqual([
      'content/articles/a.mdx: the article has no body text after its frontmatter',
    ]);
    expect(lintArticleSource('', F, [])).toEqual([
      'content/articles/a.mdx: expected frontmatter between --- lines at the top of the file',
    ]);
  });

  it('refuses images without alt text, naming the line', () => {
    const problems = lintArticleSource(
      article(
        'pubDate: 2026-11-25',
        'Text.\n\n![](./map.png)\n\n<img src="x.png">\n\n![A map](./ok.png)\n<img src="y.png" alt="Y">',
      ),
      F,
      [],
    );
    expect(problems).toEqual([
      'content/articles/a.mdx:7: an image has no alt text; write ![what it shows](path)',
      'content/articles/a.mdx:9: <img> has no alt text; add alt="what it shows"',
    ]);
  });
});

describe('components in articles', () => {
  const known = ['Cite', 'Timeline'];
  it('refuses a component the site does not provide, naming the line and the choices', () => {
    expect(
      lintArticleSource(
        article('pubDate: 2026-11-25', 'Text.\n\n<Nope />\n<Timeline />'),
        F,
        known,
      ),
    ).toEqual([
      'content/articles/a.mdx:7: <Nope> is not a component articles can use; expected one of: Cite, Timeline',
    ]);
  });

  it('accepts components the article imports itself, and ignores code blocks', () => {
    const body =
      "import Map from '../../src/components/Map.astro';\n\nText.\n\n<Map />\n\n```\n<NotRendered />\n```";
    expect(lintArticleSource(article('pubDate: 2026-11-25', body), F, known)).toEqual([]);
  });
});
