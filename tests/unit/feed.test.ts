import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { feedStylesheet } from '../../src/lib/feed-stylesheet';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';
import {
  FEED_ITEM_LIMIT,
  feedArticles,
  articleFeedHtml,
  escapeHtml,
  feedSafeHtml,
  jsonFeed,
  updateFeedHtml,
  type FeedItem,
} from '../../src/lib/feed';

const PAGE = 'https://example.org/relos/articles/x/';

describe('feedArticles', () => {
  it('keeps the newest FEED_ITEM_LIMIT articles of a newest-first list, in order', () => {
    const articles = Array.from({ length: FEED_ITEM_LIMIT + 7 }, (_, i) => `a${i}`);
    expect(feedArticles(articles)).toEqual(articles.slice(0, FEED_ITEM_LIMIT));
    expect(feedArticles(articles.slice(0, 3))).toEqual(['a0', 'a1', 'a2']);
  });
});

describe('feedSafeHtml', () => {
  it('removes scripts, styles, handlers, classes and page furniture', () => {
    const html = feedSafeHtml(
      '<p class="lead" onclick="x()">Text<script>alert(1)</script><style>p{}</style></p>' +
        '<h2 id="s">Section<a class="heading-anchor" href="#s" aria-label="Link to this section">#</a></h2>' +
        '<details class="share-menu"><summary>Share</summary><a href="mailto:?x">Email</a></details>' +
        '<share-bar><button>Copy link</button></share-bar><svg><path d="M0"/></svg>',
      PAGE,
    );
    expect(html).toBe('<p>Text</p><h2 id="s">Section</h2>');
  });

  it('makes every link and image absolute, fragments against the page', () => {
    const html = feedSafeHtml(
      '<a href="/relos/timeline/#e">e</a><a href="#source-1">[1]</a><a href="https://tass.com/x">t</a><img src="/relos/og/a.png" alt="A">',
      PAGE,
    );
    expect(html).toContain('href="https://example.org/relos/timeline/#e"');
    expect(html).toContain('href="https://example.org/relos/articles/x/#source-1"');
    expect(html).toContain('href="https://tass.com/x"');
    expect(html).toContain('src="https://example.org/relos/og/a.png"');
    expect(html).not.toMatch(/(href|src)="(\/|#)/);
  });

  it('drops javascript: links but keeps their text', () => {
    expect(feedSafeHtml('<a href="javascript:alert(1)">x</a>', PAGE)).toBe('<a>x</a>');
  });

  it('keeps the structure of lists, tables and times', () => {
    const html =
      '<ol><li><time datetime="2018-07">July 2018</time></li></ol><table><tr><th scope="row">A</th></tr></table>';
    expect(feedSafeHtml(html, PAGE)).toBe(html.replace('<table><tr>', '<table><tr>'));
  });
});

describe('articleFeedHtml', () => {
  const date = (iso: string): PartialDate => {
    const parsed = parsePartialDate(iso);
    if ('error' in parsed) throw new Error(parsed.error);
    return parsed;
  };

  it('puts key points first and the sources and updates log after the body, all escaped', () => {
    const html = articleFeedHtml(
      '<p>Body</p>',
      {
        keyPoints: ['One <b>point</b>'],
        sources: [
          {
            id: 'tass-1',
            title: 'A & B',
            publisher: 'TASS',
            url: 'https://tass.com/1',
            published: date('2025-12-02'),
          },
        ],
        updates: [{ date: new Date('2026-11-30T00:00:00Z'), note: 'Added a date.' }],
        factsChecked: new Date('2026-11-25T00:00:00Z'),
      },
      (id) => `source-${id}`,
    );
    expect(html.indexOf('Facts checked 25 November 2026')).toBeLessThan(html.indexOf('Key points'));
    expect(html.indexOf('Key points')).toBeLessThan(html.indexOf('<p>Body</p>'));
    expect(html.indexOf('<p>Body</p>')).toBeLessThan(html.indexOf('Sources'));
    expect(html).toContain('<li>One &lt;b&gt;point&lt;/b&gt;</li>');
    expect(html).toContain(
      '<li id="source-tass-1"><a href="https://tass.com/1">A &amp; B</a>. TASS, 2 December 2025.</li>',
    );
    expect(html).toContain('<h2>Updates</h2>');
    expect(html).toContain('30 November 2026');
  });

  it('ends a Russian date’s sentence on its own «г.», with no second full stop', () => {
    const html = articleFeedHtml(
      '',
      {
        keyPoints: [],
        sources: [
          {
            id: 'rbc',
            title: 'Т',
            publisher: 'РБК',
            url: 'https://rbc.ru/',
            published: date('2025-12-02'),
          },
        ],
        updates: [],
        factsChecked: new Date('2026-11-25T00:00:00Z'),
      },
      (id) => id,
      'ru',
    );
    expect(html).toMatch(/<em>Факты проверены 25 ноября 2026\s?г\.<\/em>/u);
    expect(html).toMatch(/РБК, 2 декабря 2025\s?г\.<\/li>/u);
    expect(html).not.toContain('г..');
  });

  it('leaves the updates log out when there are no updates', () => {
    expect(
      articleFeedHtml(
        '',
        { keyPoints: [], sources: [], updates: [], factsChecked: new Date('2026-11-25') },
        (id) => id,
      ),
    ).not.toContain('Updates');
  });
});

describe('updateFeedHtml', () => {
  it('gives the note, then a link to each thing the update changed, all escaped', () => {
    expect(
      updateFeedHtml('Said "8 <December>".', [
        { label: 'Status: Federation Council', url: 'https://example.org/status/#fc' },
        { label: 'A & B', url: 'https://example.org/articles/x/' },
      ]),
    ).toBe(
      '<p>Said &quot;8 &lt;December&gt;&quot;.</p><p>What it changed:</p><ul>' +
        '<li><a href="https://example.org/status/#fc">Status: Federation Council</a></li>' +
        '<li><a href="https://example.org/articles/x/">A &amp; B</a></li></ul>',
    );
  });

  it('marks a link to a page in another language, and says so in the feed’s', () => {
    expect(
      updateFeedHtml(
        'Исправлено.',
        [
          {
            section: 'Хронология',
            label: 'Duma ratifies',
            url: 'https://example.org/ru/timeline/#d',
            foreign: 'en-GB',
          },
        ],
        'ru',
      ),
    ).toContain(
      '<li><a href="https://example.org/ru/timeline/#d">Хронология: <span lang="en-GB">Duma ratifies</span> (на английском)</a></li>',
    );
  });
});

describe('feedStylesheet', () => {
  const words = (lang: string) => ({
    lang,
    kicker: 'k',
    intro: 'i',
    address: 'a',
    website: 'w',
    inFeed: 'f',
    inEnglish: 'in English',
    icon: '/favicon.svg',
    css: '/rss.css',
  });

  it('is well-formed XSLT', () => {
    for (const lang of ['en-GB', 'hi-IN', 'ru-RU', 'ar-EG']) {
      expect(SyntaxValidator.validate(feedStylesheet(words(lang))), lang).toBe(true);
    }
  });

  it('writes an item’s day in the edition’s words and order, not RSS’s English', () => {
    const month = (xsl: string, name: string) =>
      new RegExp(`<xsl:when test="\\$month = '${name}'">(.*?)</xsl:when>`).exec(xsl)![1]!;
    const ru = month(feedStylesheet(words('ru-RU')), 'Nov');
    // Day, month name, year, and «г.» after a no-break space (whichever one ICU writes).
    expect(ru).toMatch(
      /^<xsl:value-of select="\$day" \/><xsl:text> <\/xsl:text><xsl:text>ноября<\/xsl:text><xsl:text> <\/xsl:text><xsl:value-of select="\$year" \/><xsl:text>\s?г\.<\/xsl:text>$/u,
    );
    expect(month(feedStylesheet(words('hi-IN')), 'Dec')).toContain('<xsl:text>दिसंबर</xsl:text>');
    // A language with digits of its own writes the day and year in them.
    expect(month(feedStylesheet(words('ar-EG')), 'Jan')).toContain(
      `translate($day, '0123456789', '٠١٢٣٤٥٦٧٨٩')`,
    );
  });

  it('marks an item in another language, and says so beside its title', () => {
    const xsl = feedStylesheet(words('ru-RU'));
    expect(xsl).toContain('<xsl:attribute name="lang"><xsl:value-of select="dc:language" />');
    expect(xsl).toContain('<span class="in-english">(in English)</span>');
  });
});

const CHANNEL = {
  title: 'RELOS Explained',
  description: 'd',
  homeUrl: 'https://example.org/relos/',
  feedUrl: 'https://example.org/relos/feed.json',
  language: 'en-GB',
  icon: 'https://example.org/relos/logo.png',
  author: 'RELOS Explained staff',
};

describe('jsonFeed', () => {
  it('is JSON Feed 1.1 with one item per article', () => {
    const item: FeedItem = {
      url: PAGE,
      title: 'T',
      summary: 'S',
      html: '<p>x</p>',
      published: new Date('2026-11-25T00:00:00Z'),
      modified: new Date('2026-11-26T00:00:00Z'),
      categories: ['News'],
      authors: ['RELOS Explained staff'],
      image: 'https://example.org/relos/og/articles/x.png',
    };
    const feed = jsonFeed([item], CHANNEL);
    expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
    expect(feed['items']).toEqual([
      expect.objectContaining({
        id: PAGE,
        url: PAGE,
        content_html: '<p>x</p>',
        date_published: '2026-11-25T00:00:00.000Z',
        date_modified: '2026-11-26T00:00:00.000Z',
        tags: ['News'],
      }),
    ]);
    expect(feed['items']).toEqual([expect.not.objectContaining({ _relos: expect.anything() })]);
    const checked = jsonFeed(
      [{ ...item, factsChecked: new Date('2026-11-25T00:00:00Z') }],
      CHANNEL,
    );
    expect(checked['items']).toEqual([
      expect.objectContaining({ _relos: { facts_checked: '2026-11-25' } }),
    ]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
