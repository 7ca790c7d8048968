/** The design tokens as CSS custom properties (src/integrations/vite-tokens.ts). */
declare module 'virtual:relos/tokens.css';
