/**
 * The one URL builder: every internal link comes from here, so the base path and the
 * trailing-slash policy (always a slash on pages) live in one place.
 */

/** Normalises a base path to `/` or `/careers/` (leading and trailing slash). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A country code as its URL segment: `DE` -> `de` (URLs are lowercase kebab-case). */
export function countrySegment(code: string): string {
  return code.toLowerCase();
}

/**
 * A URL pattern for documentation: `urlTemplate(urls.jobJson, 'id')` -> `/jobs/{id}.json`.
 * The builder spells the URL; the braces go in afterwards, since it escapes them (and so does
 * `absolute`: build `(v) => urls.absolute(urls.jobJson(v))` for an absolute pattern).
 */
export function urlTemplate(build: (value: string) => string, name: string): string {
  const placeholder = 'url-template-placeholder';
  return build(placeholder).replace(placeholder, `{${name}}`);
}

export interface Urls {
  base: string;
  /** Any path below the base: `path('jobs/rss.xml')`. Pages get a trailing slash. */
  path(p: string): string;
  home(): string;
  jobs(page?: number): string;
  job(id: string): string;
  skills(): string;
  skill(id: string, page?: number): string;
  companies(): string;
  company(id: string, page?: number): string;
  search(query?: string): string;
  /** A URL from this builder without its base: `/careers/jobs/x/` -> `/jobs/x/`. */
  withoutBase(url: string): string;
  /** The same path as a full URL on the site's origin, for feeds, sitemaps and JSON-LD. */
  absolute(path: string): string;
  /** The search page URL template for a WebSite SearchAction (`…/search/?q={search_term_string}`). */
  searchTemplate(): string;
  /** RSS feeds, one per listing: the board, a skill, a company, remote jobs, a country. */
  jobsRss(): string;
  jobsJsonFeed(): string;
  skillRss(id: string): string;
  companyRss(id: string): string;
  remoteRss(): string;
  /** A country's feed, by ISO 3166-1 alpha-2 code (`DE` -> `/jobs/country/de/rss.xml`). */
  countryRss(code: string): string;
  /** One job as a JSON document (`/jobs/<id>.json`), for aggregators and agents. */
  jobJson(id: string): string;
  /** The JSON Schema of those documents. */
  jobSchema(): string;
  /** The llms.txt index of the site. */
  llmsTxt(): string;
  /** The folder of Pagefind's bundle (its scripts, WebAssembly and index). */
  searchBundle(): string;
  /** A link-preview image by its card key (`skills/go` -> `/og/skills/go.png`). */
  ogImage(key: string): string;
}

/**
 * A URL builder for a base path and origin;
 * `createUrls(import.meta.env.BASE_URL, import.meta.env.SITE)` in pages.
 */
export function createUrls(rawBase: string, site = 'http://localhost:4321'): Urls {
  const base = normaliseBase(rawBase);
  const page = (...parts: string[]) => {
    const p = parts.filter((x) => x !== '').join('/');
    return p === '' ? base : `${base}${p}/`;
  };
  const paged = (n: number | undefined) => (n === undefined || n <= 1 ? '' : String(n));
  return {
    base,
    path: (p) => `${base}${p.replace(/^\/+/, '')}`,
    home: () => base,
    jobs: (n) => page('jobs', paged(n)),
    job: (id) => page('jobs', encodeURIComponent(id)),
    skills: () => page('skills'),
    skill: (id, n) => page('skills', encodeURIComponent(id), paged(n)),
    companies: () => page('companies'),
    company: (id, n) => page('companies', encodeURIComponent(id), paged(n)),
    withoutBase: (url) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url),
    search: (q) => (q ? `${page('search')}?q=${encodeURIComponent(q)}` : page('search')),
    absolute: (p) => new URL(p, site).href,
    // Built by hand: encodeURIComponent would escape the braces of the template.
    searchTemplate: () => new URL(`${page('search')}?q={search_term_string}`, site).href,
    jobsRss: () => `${base}jobs/rss.xml`,
    jobsJsonFeed: () => `${base}jobs/feed.json`,
    skillRss: (id) => `${base}skills/${encodeURIComponent(id)}/rss.xml`,
    companyRss: (id) => `${base}companies/${encodeURIComponent(id)}/rss.xml`,
    remoteRss: () => `${base}jobs/remote/rss.xml`,
    countryRss: (code) => `${base}jobs/country/${encodeURIComponent(countrySegment(code))}/rss.xml`,
    jobJson: (id) => `${base}jobs/${encodeURIComponent(id)}.json`,
    jobSchema: () => `${base}schemas/job.json`,
    llmsTxt: () => `${base}llms.txt`,
    searchBundle: () => `${base}pagefind/`,
    ogImage: (key) => `${base}og/${key.split('/').map(encodeURIComponent).join('/')}.png`,
  };
}

/** The site's URL builder for the configured base path. */
export const urls: Urls = createUrls(import.meta.env?.BASE_URL ?? '/', import.meta.env?.SITE);
