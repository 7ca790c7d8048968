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
  /** Beside an item in another language (`dc:language`): an untranslated article. */
  inEnglish: string;
  /** Site addresses with the base path: the icon and the stylesheet. */
  icon: string;
  css: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An XSLT template that writes an RSS date (RFC 822, `Wed, 25 Nov 2026 00:00:00 GMT`) as the
 * edition writes a day: its month names, its word order and its digits, from `Intl` (for each
 * month, the parts of a day in it, the day and year taken from the feed's date).
 */
function dateTemplate(tag: string): string {
  const text = (value: string) => `<xsl:text>${escapeHtml(value)}</xsl:text>`;
  const digits = Array.from({ length: 10 }, (_, digit) =>
    new Intl.NumberFormat(tag, { useGrouping: false }).format(digit),
  ).join('');
  const number = (name: string) =>
    digits === '0123456789'
      ? `<xsl:value-of select="$${name}" />`
      : `<xsl:value-of select="translate($${name}, '0123456789', '${digits}')" />`;
  const format = new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const months = MONTHS.map((month, index) => {
    const parts = format.formatToParts(new Date(Date.UTC(2001, index, 21))).map((part) => {
      if (part.type === 'day') return number('day');
      if (part.type === 'year') return number('year');
      return text(part.value);
    });
    return `<xsl:when test="$month = '${month}'">${parts.join('')}</xsl:when>`;
  });
  return `<xsl:template name="date">
    <xsl:param name="rfc822" />
    <xsl:variable name="day" select="number(substring($rfc822, 6, 2))" />
    <xsl:variable name="month" select="substring($rfc822, 9, 3)" />
    <xsl:variable name="year" select="substring($rfc822, 13, 4)" />
    <xsl:choose>
      ${months.join('\n      ')}
      <xsl:otherwise><xsl:value-of select="$rfc822" /></xsl:otherwise>
    </xsl:choose>
  </xsl:template>`;
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
                <h2>
                  <a href="{link}"><xsl:call-template name="foreign" /><xsl:if test="dc:language"><xsl:attribute name="hreflang"><xsl:value-of select="dc:language" /></xsl:attribute></xsl:if><xsl:value-of select="title" /></a>
                  <xsl:if test="dc:language"><xsl:text> </xsl:text><span class="in-english">(${text(words.inEnglish)})</span></xsl:if>
                </h2>
                <p class="meta"><span><xsl:call-template name="foreign" /><xsl:value-of select="category[1]" /></span> · <xsl:call-template name="date"><xsl:with-param name="rfc822" select="pubDate" /></xsl:call-template></p>
                <p><xsl:call-template name="foreign" /><xsl:value-of select="description" /></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
  <!-- Text of an item in another language than the feed's (an untranslated article): its lang. -->
  <xsl:template name="foreign">
    <xsl:if test="dc:language"><xsl:attribute name="lang"><xsl:value-of select="dc:language" /></xsl:attribute></xsl:if>
  </xsl:template>
  ${dateTemplate(words.lang)}
</xsl:stylesheet>
`;
}
