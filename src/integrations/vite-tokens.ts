import type { Plugin } from 'vite';
import { tokensCss } from '../styles/tokens';

/** The module id pages import the design tokens by. */
const ID = 'virtual:relos/tokens.css';
/** Vite treats a module as CSS by its name: the resolved id keeps the `.css` ending. */
const RESOLVED = `\0${ID}`;

/**
 * Serves the design tokens (src/styles/tokens.ts) as CSS custom properties, so the colours are
 * written once and reach the stylesheet, the theme colour and the share images alike.
 */
export function designTokens(): Plugin {
  return {
    name: 'relos:design-tokens',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? tokensCss() : undefined),
  };
}
