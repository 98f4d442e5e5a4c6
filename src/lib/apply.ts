/**
 * Where a reader applies to a job: the job's own `apply` (a URL or an e-mail address),
 * else the company's careers page, else the company's website. One rule for the job page,
 * the content checker and the build, so a job the checker passes always has a way to apply.
 */

export interface ApplySources {
  job: { apply?: string | undefined };
  company: { careers?: string | undefined; website?: string | undefined };
}

export interface ApplyLink {
  href: string;
  /** Where the link goes, as the button names it: `sumup.com`, or the e-mail address. */
  target: string;
  /** `e-mail` opens the reader's mail program; `web` opens another site. */
  kind: 'e-mail' | 'web';
  /** Which field it came from. */
  source: 'apply' | 'careers' | 'website';
}

/** `https://www.sumup.com/careers/` -> `sumup.com`: the host a reader recognises. */
export function hostLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function isEmail(apply: string): boolean {
  return apply.includes('@') && !apply.startsWith('https://');
}

/** The reader's way to apply, or undefined when neither the job nor its company gives one. */
export function applyLink({ job, company }: ApplySources): ApplyLink | undefined {
  if (job.apply !== undefined) {
    return isEmail(job.apply)
      ? { href: `mailto:${job.apply}`, target: job.apply, kind: 'e-mail', source: 'apply' }
      : { href: job.apply, target: hostLabel(job.apply), kind: 'web', source: 'apply' };
  }
  const fallback =
    company.careers !== undefined ? 'careers' : company.website !== undefined ? 'website' : undefined;
  if (fallback === undefined) return undefined;
  const href = company[fallback]!;
  return { href, target: hostLabel(href), kind: 'web', source: fallback };
}

/** The button's visible text: `Apply on sumup.com`, `Apply by e-mail`. */
export function applyText(link: ApplyLink): string {
  return link.kind === 'e-mail' ? 'Apply by e-mail' : `Apply on ${link.target}`;
}
