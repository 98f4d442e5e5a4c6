import { createHash } from 'node:crypto';
import { HIGHLIGHT_PARAM } from './searchState';

/**
 * The only script a content page runs, inline in <head> (about 1.6 KB, 0.8 KB gzipped):
 *
 * 1. The theme, set before the first paint (no flash): the stored choice, else the system
 *    setting. It wires the toggle button, which stays hidden without JavaScript.
 * 2. The search trigger: the header's Search link becomes a dialog button, and `/` or
 *    Ctrl/Cmd+K (outside form fields) open it. Search's code is imported only on first use
 *    (or on focus/hover of the link, to be ready): the link points at /search/, whose one
 *    module script is search's entry (src/scripts/search/entry.ts), so the URL of that
 *    hashed bundle is read from the search page itself and no other script is ever
 *    downloaded with a content page. A result link carries `?highlight=`: only then is the
 *    highlighter loaded. Without JavaScript the link simply opens /search/.
 */
export const SITE_SCRIPT = [
  '(()=>{const d=document.documentElement,k="theme";let t=null;try{t=localStorage.getItem(k)}catch(e){}',
  'if(t!=="light"&&t!=="dark")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";d.dataset.theme=t;',
  'let m;const g=a=>m??=fetch(a.href).then(r=>r.text()).then(h=>import(new DOMParser().parseFromString(h,"text/html").querySelector("script[type=module][src]").src)).catch(e=>{m=void 0;throw e});',
  'addEventListener("DOMContentLoaded",()=>{const b=document.getElementById("theme-toggle");',
  'if(b){const s=()=>b.setAttribute("aria-pressed",String(d.dataset.theme==="dark"));s();b.hidden=false;',
  'b.addEventListener("click",()=>{d.dataset.theme=d.dataset.theme==="dark"?"light":"dark";try{localStorage.setItem(k,d.dataset.theme)}catch(e){}s()})}',
  'const a=document.getElementById("search-link");if(!a)return;const o=()=>g(a).then(x=>x.open(a));',
  'a.setAttribute("role","button");a.setAttribute("aria-haspopup","dialog");a.setAttribute("aria-keyshortcuts","/ Control+K Meta+K");',
  'a.addEventListener("click",e=>{if(e.ctrlKey||e.metaKey||e.shiftKey||e.button)return;e.preventDefault();o()});',
  'a.addEventListener("keydown",e=>{if(e.key===" "){e.preventDefault();o()}});',
  'for(const n of["focus","pointerenter"])a.addEventListener(n,()=>g(a).then(x=>x.warm()),{once:true});',
  'document.addEventListener("keydown",e=>{const i=e.target;if(e.defaultPrevented||e.altKey||i.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(i.tagName))return;',
  'if(e.key==="/"&&!e.ctrlKey&&!e.metaKey||e.key.toLowerCase()==="k"&&(e.ctrlKey||e.metaKey)){e.preventDefault();o()}});',
  `const p=${JSON.stringify(HIGHLIGHT_PARAM)};if(new URLSearchParams(location.search).has(p))g(a).then(x=>x.highlight(p))})})();`,
].join('');

/** `sha256-…` of the script, for the Content-Security-Policy. */
export const SITE_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(SITE_SCRIPT).digest('base64')}`;
