/**
 * Link-preview cards (Open Graph images): what each card says, its file name and its alt text.
 * Pure data from the board and the market; `src/lib/ogImage.ts` draws them.
 *
 * One card per skill (its guide's, when it has one) and per company, plus a site card. A job
 * page shows its company's card (its own title and company are the preview's og:title): one
 * image per job cost 8 ms each, 80 s at 10,000 jobs, more than the whole build's budget.
 */
import { initials, hueFor } from './monogram';
import type { Market } from './market';
import { moneyShort } from './format';
import { count } from './marketText';

/** The cards' step name in the benchmark's timings. */
export const OG_STEP = 'open graph images';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export type OgCardKind = 'site' | 'skill' | 'company' | 'guide';

export interface OgCard {
  kind: OgCardKind;
  /** Path below `/og/` without `.png`: `site`, `skills/go`, `companies/sumup`, `guides/back-end`. */
  key: string;
  /** The small label above the title: "Skill", "Company", "Career guide". */
  eyebrow: string;
  title: string;
  /** Facts under the title, one per line, most important first (at most three). */
  facts: string[];
  /** A company's monogram, drawn when it has no logo (or one the renderer cannot read). */
  monogram?: { letters: string; hue: number };
  /** A company's logo file, read when the card is drawn. */
  logoFile?: string;
  /** The image's alt text: what the card shows, in one sentence. */
  alt: string;
}

/** Titles longer than this are cut at a word with "…": the card has room for three lines. */
export const MAX_TITLE = 90;

/** `text` cut at the last space before `max` characters, with an ellipsis. */
export function clip(text: string, max = MAX_TITLE): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Font size for a title: long titles get smaller type so they stay within three lines. */
export function titleSize(title: string): number {
  const n = [...title].length;
  if (n <= 24) return 88;
  if (n <= 48) return 72;
  return 56;
}

/** `12 open jobs`, `No open jobs right now`. */
function openJobs(n: number): string {
  return n === 0 ? 'No open jobs right now' : count(n, 'open job');
}

/** `Median pay €72k a year`, in the currency with the most salaries; undefined without enough salaries. */
function medianPay(market: Market, skillId: string): string | undefined {
  const stats = market.skills.get(skillId)?.pay.currencies[0];
  if (stats === undefined) return undefined;
  return `Median pay ${moneyShort(stats.median, stats.currency)} a year`;
}

/** `Go jobs on Skillboard: 7 open jobs, median pay €72k a year.` Facts keep their case except a leading "No"/"Median"/"Hiring". */
function altText(subject: string, facts: readonly string[]): string {
  const lower = facts.map((f) => f.replace(/^(No|Median|Hiring) /, (w) => w.toLowerCase()));
  return `${subject}: ${lower.join(', ')}.`;
}

export interface SiteCardInput {
  title: string;
  description: string;
  openJobs: number;
  skills: number;
  companies: number;
}

export function siteCard(site: SiteCardInput): OgCard {
  const facts = [
    `${count(site.openJobs, 'open job')} · ${count(site.skills, 'skill')} · ${count(site.companies, 'company', 'companies')}`,
  ];
  return {
    kind: 'site',
    key: 'site',
    eyebrow: 'Jobs and career guides',
    title: clip(site.description, 110),
    facts,
    alt: `${site.title}: ${site.description} ${facts[0]}.`,
  };
}

export function skillCard(skill: { id: string; name: string }, open: number, market: Market): OgCard {
  const pay = medianPay(market, skill.id);
  const facts = [openJobs(open), ...(pay !== undefined ? [pay] : [])];
  return {
    kind: 'skill',
    key: `skills/${skill.id}`,
    eyebrow: 'Skill',
    title: clip(`${skill.name} jobs`),
    facts,
    alt: altText(`${skill.name} jobs on Skillboard`, facts),
  };
}

export function guideCard(
  article: { id: string; title: string },
  skill: { id: string; name: string },
  open: number,
  market: Market,
): OgCard {
  const pay = medianPay(market, skill.id);
  const facts = [`${skill.name}: ${openJobs(open).toLowerCase()}`, ...(pay !== undefined ? [pay] : [])];
  return {
    kind: 'guide',
    key: `guides/${article.id}`,
    eyebrow: 'Career guide',
    title: clip(article.title),
    facts,
    alt: altText(`Career guide “${article.title}”`, facts),
  };
}

export function companyCard(
  company: { id: string; name: string; logoFile?: string | undefined },
  market: Market,
): OgCard {
  const stats = market.companies.get(company.id);
  const open = stats?.open ?? 0;
  const skills = (stats?.skills ?? []).slice(0, 3).map((s) => s.skill.name);
  const facts = [openJobs(open), ...(skills.length > 0 ? [`Hiring for ${skills.join(', ')}`] : [])];
  return {
    kind: 'company',
    key: `companies/${company.id}`,
    eyebrow: 'Company',
    title: clip(company.name),
    facts,
    monogram: { letters: initials(company.name), hue: hueFor(company.name) },
    ...(company.logoFile !== undefined ? { logoFile: company.logoFile } : {}),
    alt: altText(`${company.name} on Skillboard`, facts),
  };
}

/** What the cards need of the board. */
export interface OgBoardInput {
  openJobs: readonly unknown[];
  skills: readonly { id: string; name: string }[];
  openBySkill: ReadonlyMap<string, readonly unknown[]>;
  companies: readonly { id: string; data: { name: string } }[];
  articleBySkill: ReadonlyMap<string, { id: string; data: { title: string } }>;
}

export interface OgCards {
  /** Every card of the build, each drawn once. */
  all: OgCard[];
  site: OgCard;
  /** A skill page's card: its guide's when it has one, else the skill's. */
  skill(id: string): OgCard;
  /** A company page's card, which its job pages share. */
  company(id: string): OgCard;
}

/**
 * Every card of the board, in one pass: a site card, a card per skill (its guide's when it has
 * one) and a card per company. `logoFile` finds a company's logo file, if it has one.
 */
export function buildOgCards(
  board: OgBoardInput,
  market: Market,
  site: Pick<SiteCardInput, 'title' | 'description'>,
  logoFile: (companyId: string) => string | undefined = () => undefined,
): OgCards {
  const siteC = siteCard({
    ...site,
    openJobs: board.openJobs.length,
    skills: board.skills.length,
    companies: board.companies.length,
  });
  const skills = new Map<string, OgCard>();
  for (const skill of board.skills) {
    const open = board.openBySkill.get(skill.id)?.length ?? 0;
    const article = board.articleBySkill.get(skill.id);
    skills.set(
      skill.id,
      article !== undefined
        ? guideCard({ id: article.id, title: article.data.title }, skill, open, market)
        : skillCard(skill, open, market),
    );
  }
  const companies = new Map<string, OgCard>();
  for (const c of board.companies)
    companies.set(c.id, companyCard({ id: c.id, name: c.data.name, logoFile: logoFile(c.id) }, market));
  return {
    all: [siteC, ...skills.values(), ...companies.values()],
    site: siteC,
    skill: (id) => skills.get(id) ?? siteC,
    company: (id) => companies.get(id) ?? siteC,
  };
}
