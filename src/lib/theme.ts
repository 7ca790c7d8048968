/** Where the reader's theme choice is kept in localStorage. */
export const THEME_STORAGE_KEY = 'relos-theme';

/**
 * Runs in <head> before the page paints, so a reader who chose a theme never sees a flash of the
 * other one. Without a stored choice it does nothing and CSS follows the system setting. Inline
 * by necessity; its hash is in the Content-Security-Policy (src/lib/security.ts).
 */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
