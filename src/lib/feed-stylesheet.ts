import { escapeHtml } from './feed';

/** The words and addresses the feed page needs, in the feed's edition. */
export interface FeedPageWords {
  /** BCP 47 tag of the edition: the page's `lang`. */
  lang: string;
  kicker: string;
  intro: string;
  address: string;
  website: string;
  inFeed: string;
  /** Site addresses with the base path: the icon and the stylesheet. */
  icon: string;
  css: string;
}

/**
 * The XSLT stylesheet of an edition's RSS feeds: opening `/ru/rss.xml` in a browser shows this
 * page, in Russian, instead of raw XML: what a feed is, how to subscribe, and what is in it.
 * Feed readers ignore it. Its addresses are absolute, so a feed in any folder finds them.
 */
export function feedStylesheet(words: FeedPageWords): string {
  const text = (value: string) => escapeHtml(value);
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <xsl:output method="html" version="5.0" encoding="utf-8" indent="yes" />
  <xsl:template match="/">
    <html lang="${text(words.lang)}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="${text(words.icon)}" type="image/svg+xml" />
        <title><xsl:value-of select="/rss/channel/title" /> · ${text(words.kicker)}</title>
        <!-- External, so the site's Content-Security-Policy (no inline styles) holds here too. -->
        <link rel="stylesheet" href="${text(words.css)}" />
      </head>
      <body>
        <main>
          <p class="kicker">${text(words.kicker)}</p>
          <h1><xsl:value-of select="/rss/channel/title" /></h1>
          <div class="box">
            <p>${text(words.intro)}</p>
            <p>${text(words.address)} <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href" /></code></p>
          </div>
          <p>
            <xsl:value-of select="/rss/channel/description" />
            <xsl:text> </xsl:text>
            <a href="{/rss/channel/link}">${text(words.website)}</a>.
          </p>
          <h2>${text(words.inFeed)}</h2>
          <ol>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title" /></a></h2>
                <p class="meta"><xsl:value-of select="category[1]" /> · <xsl:value-of select="substring(pubDate, 6, 11)" /></p>
                <p><xsl:value-of select="description" /></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
