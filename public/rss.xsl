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
        <style>
          :root { color-scheme: light dark; --paper: #fbfaf7; --ink: #1b1b1a; --muted: #55524c; --accent: #9b1c1f; --rule: #d9d4c9; }
          @media (prefers-color-scheme: dark) { :root { --paper: #15171a; --ink: #ebe8e1; --muted: #a9a59c; --accent: #f08a80; --rule: #3a3d42; } }
          body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
          main { max-width: 42rem; margin: 0 auto; padding: 2rem 1rem 4rem; }
          h1, h2 { font-family: Charter, "Bitstream Charter", Cambria, "DejaVu Serif", serif; line-height: 1.2; }
          h1 { font-size: 2.25rem; margin: 0.25rem 0 1rem; }
          .kicker { color: var(--accent); font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; font-size: 0.8rem; margin: 0; }
          .box { border-left: 4px solid var(--accent); padding: 0.75rem 1rem; background: color-mix(in srgb, var(--paper) 90%, var(--ink)); }
          code { font: 0.95rem ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
          a { color: inherit; text-decoration-color: var(--accent); text-underline-offset: 0.15em; }
          ol { padding: 0; list-style: none; }
          li { border-top: 1px solid var(--rule); padding: 1rem 0; }
          li h2 { font-size: 1.3rem; margin: 0 0 0.25rem; }
          .meta { color: var(--muted); font-size: 0.9rem; margin: 0; }
        </style>
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
