import { createHash } from 'node:crypto';

/**
 * The only script a content page runs. It sits inline in <head> so the right theme is
 * set before the first paint (no flash), then wires the toggle button, which stays
 * hidden without JavaScript. Stored choice wins; otherwise the system setting.
 */
export const THEME_SCRIPT = `(()=>{const d=document.documentElement,k="theme";let t=null;try{t=localStorage.getItem(k)}catch(e){}if(t!=="light"&&t!=="dark")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";d.dataset.theme=t;addEventListener("DOMContentLoaded",()=>{const b=document.getElementById("theme-toggle");if(!b)return;const s=()=>b.setAttribute("aria-pressed",String(d.dataset.theme==="dark"));s();b.hidden=false;b.addEventListener("click",()=>{d.dataset.theme=d.dataset.theme==="dark"?"light":"dark";try{localStorage.setItem(k,d.dataset.theme)}catch(e){}s()})})})();`;

/** `sha256-…` of the script, for the Content-Security-Policy. */
export const THEME_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
