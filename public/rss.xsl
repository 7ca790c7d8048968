<?xml version="1.0" encoding="utf-8"?>
<!--
  Opening /rss.xml in a browser shows this page instead of raw XML: what a feed is, how to
  subscribe, and the articles in it. Feed readers ignore it.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <xsl:output method="html" version="5.0" encoding="utf-8" indent="yes" />
  <xsl:template match="/">
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <!-- Relative, so it works under any base path: the feed and the icon share a folder. -->
        <link rel="icon" href="favicon.svg" type="image/svg+xml" />
        <title><xsl:value-of select="/rss/channel/title" /> · RSS feed</title>
        <!-- External, so the site's Content-Security-Policy (no inline styles) holds here too. -->
        <link rel="stylesheet" href="rss.css" />
      </head>
      <body>
        <main>
          <p class="kicker">RSS feed</p>
          <h1><xsl:value-of select="/rss/channel/title" /></h1>
          <div class="box">
            <p>
              This is a web feed. Paste its address into a feed reader, an app that collects new
              articles from the sites you follow, and every new article and update will arrive there
              in full. No account, no e-mail, no tracking.
            </p>
            <p>Feed address: <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href" /></code></p>
          </div>
          <p>
            <xsl:value-of select="/rss/channel/description" />
            <xsl:text> </xsl:text>
            <a href="{/rss/channel/link}">Go to the website</a>.
          </p>
          <h2>In this feed</h2>
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
