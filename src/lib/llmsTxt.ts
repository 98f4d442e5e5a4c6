/**
 * `/llms.txt` (https://llmstxt.org/): a Markdown index of the site for language models and
 * agents. A title, a one-paragraph summary, then sections of `- [name](url): note` links: the
 * guides, the skills with their open-job counts, where the job documents and the feeds live.
 * No line per job or company, so it stays a few kilobytes at 10,000 jobs; URL patterns say
 * where each one is.
 */
import type { ArticleInput, Board, CompanyInfo, JobInput } from './board';
import type { Feeds } from './feeds';
import { SITE } from './site';
import { urlTemplate, type Urls } from './urls';

/** What llms.txt says of a guide. */
export interface LlmsArticle extends ArticleInput {
  data: ArticleInput['data'] & { title: string; description: string };
}

/** Text for one line of Markdown: white space collapsed. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A link's text: brackets and backslashes escaped, so a name cannot end the link. */
function linkText(text: string): string {
  return inline(text).replace(/[\\[\]]/g, (c) => `\\${c}`);
}

function link(name: string, url: string, note: string): string {
  return `- [${linkText(name)}](${url}): ${inline(note)}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function llmsTxt<J extends JobInput, C extends CompanyInfo>(
  board: Board<J, C, LlmsArticle>,
  feeds: Pick<Feeds<unknown>, 'countries'>,
  urls: Urls,
): string {
  const abs = (path: string) => urls.absolute(path);
  // Absolute first: URL parsing would escape the pattern's braces.
  const pattern = (build: (value: string) => string, name: string) =>
    urlTemplate((value) => abs(build(value)), name);
  const companiesHiring = [...board.jobsByCompany.values()].filter((c) => c.open.length > 0).length;
  const summary =
    `${SITE.description} ${count(board.openJobs.length, 'open job', 'open jobs')} at ` +
    `${count(companiesHiring, 'company', 'companies')}, rebuilt every day: a closed job leaves every listing and feed. ` +
    `Each job is also a JSON document, and each listing an RSS feed of its ${SITE.feedItems} newest jobs.`;

  const guides = board.skills.flatMap((skill) => {
    const article = board.articleBySkill.get(skill.id);
    return article === undefined
      ? []
      : [link(article.data.title, abs(urls.skill(skill.id)), article.data.description)];
  });
  const skills = board.skills.map((skill) => {
    const open = board.openBySkill.get(skill.id)?.length ?? 0;
    return link(skill.name, abs(urls.skill(skill.id)), count(open, 'open job', 'open jobs'));
  });
  const data = [
    link(
      'Job document schema',
      abs(urls.jobSchema()),
      `JSON Schema (draft 2020-12) of the document at ${pattern(urls.jobJson, 'id')} that every job page ` +
        `(${pattern(urls.job, 'id')}) links as <link rel="alternate" type="application/json">; ` +
        `a closed job's document stays, with "open": false`,
    ),
    link('All jobs', abs(urls.jobs()), `every open job, newest first, ${SITE.pageSize} a page`),
    link(
      'Companies',
      abs(urls.companies()),
      `every company, with its open jobs at ${pattern(urls.company, 'company')}`,
    ),
    link('JSON Feed', abs(urls.jobsJsonFeed()), `the ${SITE.feedItems} newest open jobs, JSON Feed 1.1`),
  ];
  const feedLines = [
    link(
      'All jobs (RSS)',
      abs(urls.jobsRss()),
      `RSS 2.0; a skill's feed is at ${pattern(urls.skillRss, 'skill')}, a company's at ${pattern(urls.companyRss, 'company')}`,
    ),
    link('Remote jobs (RSS)', abs(urls.remoteRss()), 'remote jobs, wherever applicants may live'),
    ...feeds.countries.map((c) =>
      link(
        `Jobs in ${c.name} (RSS)`,
        abs(urls.countryRss(c.key)),
        'jobs there, and remote jobs open to applicants living there',
      ),
    ),
  ];

  const section = (title: string, lines: string[]) =>
    lines.length > 0 ? [`## ${title}`, '', ...lines, ''] : [];
  return [
    `# ${SITE.title}`,
    '',
    `> ${inline(summary)}`,
    '',
    ...section('Guides', guides),
    ...section('Skills', skills),
    ...section('Jobs as data', data),
    ...section('Feeds', feedLines),
  ].join('\n');
}
