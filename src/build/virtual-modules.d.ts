/** The design tokens as CSS custom properties (src/build/vite-tokens.ts). */
declare module 'virtual:relos/tokens.css';
