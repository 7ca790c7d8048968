import type { Plugin } from 'vite';
import { tokensCss } from '../styles/tokens';

/** The module id pages import the design tokens by. */
const ID = 'virtual:relos/tokens.css';
/** Vite treats a module as CSS by its name: the resolved id keeps the `.css` ending. */
const RESOLVED = `\0${ID}`;

/** A pattern matching exactly one id (its NUL written as `\x00`, which the bundler's engine reads too). */
const only = (id: string) =>
  new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\0/g, '\\x00')}$`);

/**
 * Serves the design tokens (src/styles/tokens.ts) as CSS custom properties, so the colours are
 * written once and reach the stylesheet, the theme colour and the share images alike. Its hooks
 * say which id they answer: the bundler then calls them for that id only, not for each of the
 * thousands of modules and imports of a build (two calls into JavaScript per article).
 */
export function designTokens(): Plugin {
  return {
    name: 'relos:design-tokens',
    resolveId: { filter: { id: only(ID) }, handler: () => RESOLVED },
    load: { filter: { id: only(RESOLVED) }, handler: () => tokensCss() },
  };
}
