import { defineMiddleware } from 'astro:middleware';
import { pageClasses, pruneUnusedRules, type PageClasses } from './integrations/page-css';
import { narrowPagePolicy } from './integrations/page-policy';

/**
 * Every page as it is written: its CSS trimmed to the rules that can match it and its policy to
 * the hashes of its own code (src/integrations/page-css.ts,
 * src/integrations/page-policy.ts). Astro gives every page
 * of a route the same stylesheet and every page the site's every hash. Done here, as each page is
 * rendered, a page the incremental build reuses is reused trimmed, at no cost.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const html = await response.text();
  let classes: PageClasses | undefined;
  try {
    const page = narrowPagePolicy(html, (css, scripts) =>
      pruneUnusedRules(css, (classes ??= pageClasses(html, scripts))),
    );
    // As bytes: a string body is checked and encoded on the way in, slower than encoding it here.
    return new Response(new TextEncoder().encode(page), response);
  } catch (error) {
    throw new Error(`${context.url.pathname}: ${(error as Error).message}`, { cause: error });
  }
});
