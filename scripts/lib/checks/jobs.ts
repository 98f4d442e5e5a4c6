/**
 * Checks of job files beyond their front matter: the body, the job's age, a way to apply.
 */
import { applyLink } from '../../../src/lib/apply';
import { daysBetween, isRealDate, type Day } from '../../../src/lib/dates';
import { lineOf } from '../../../src/lib/readContent';
import { placeholderLines } from '../jobTemplate';
import { findBodyMarkup } from '../markup';
import { problem, type Problem } from './problem';
import { entries, type ContentTree } from './tree';

/** A job open this many days without `validThrough` gets a warning. */
export const STALE_OPEN_DAYS = 60;
/** A job closed this many days ago gets a warning: time to delete the file. */
export const STALE_CLOSED_DAYS = 180;

/**
 * Refuses raw HTML and script links in a job's body (Astro passes raw HTML through), and
 * warns about lines left over from the new:job template.
 */
export function checkJobBodies(tree: ContentTree): Problem[] {
  return entries(tree, 'jobs').flatMap(({ file, content: { body, bodyLine } }) => [
    ...findBodyMarkup(body).map((m) => problem(file, bodyLine + m.line - 1, m.message)),
    ...placeholderLines(body).map((line) =>
      problem(
        file,
        bodyLine + line - 1,
        'body: still has a line of the new:job template; write the real text',
        'warning',
      ),
    ),
  ]);
}

/** Warns about a job open long without `validThrough`, or closed long ago: its file should go. */
export function warnStaleJobs(tree: ContentTree, today: Day): Problem[] {
  return entries(tree, 'jobs').flatMap(({ file, id, content: { data, lines } }) => {
    const found: Problem[] = [];
    const posted = data['datePosted'];
    const through = data['validThrough'];
    if (typeof posted === 'string' && isRealDate(posted) && through === undefined) {
      const age = daysBetween(posted, today);
      if (age > STALE_OPEN_DAYS) {
        const message = `datePosted: "${posted}" is ${age} days ago and there is no validThrough; close the job (npm run close:job -- ${id}) or add validThrough`;
        found.push(problem(file, lineOf(lines, ['datePosted']), message, 'warning'));
      }
    }
    if (typeof through === 'string' && isRealDate(through)) {
      const ago = daysBetween(through, today);
      if (ago > STALE_CLOSED_DAYS) {
        const message = `validThrough: "${through}" closed the job ${ago} days ago; delete the file`;
        found.push(problem(file, lineOf(lines, ['validThrough']), message, 'warning'));
      }
    }
    return found;
  });
}

const optionalText = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Refuses an open job a reader cannot apply to: no `apply` of its own, and a company with
 * neither `careers` nor `website`. Drafts and closed jobs show no apply link, so they need
 * none; a job or company in `faulty` (it has errors of its own) is left until those are fixed.
 */
export function checkApply(tree: ContentTree, faulty: ReadonlySet<string>, today: Day): Problem[] {
  const companies = new Map(entries(tree, 'companies').map((c) => [c.id, c]));
  return entries(tree, 'jobs').flatMap(({ file, content: { data, lines } }) => {
    if (faulty.has(file) || data['draft'] === true) return [];
    const through = data['validThrough'];
    if (typeof through === 'string' && through < today) return [];
    const company = companies.get(String(data['company']));
    if (company === undefined || faulty.has(company.file)) return [];
    const link = applyLink({
      job: { apply: optionalText(data['apply']) },
      company: {
        careers: optionalText(company.content.data['careers']),
        website: optionalText(company.content.data['website']),
      },
    });
    if (link !== undefined) return [];
    return [
      problem(
        file,
        lineOf(lines, ['company']),
        `apply: is missing, and companies/${company.id}.md has no careers or website, so readers cannot apply; add apply: https://… (or an e-mail address) to this job, or careers: https://… to the company`,
      ),
    ];
  });
}
