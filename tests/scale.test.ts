/**
 * The board's indexes at scale: 10,000 generated jobs (the benchmark's generator, in
 * memory), checked against plain brute-force versions on a sample of jobs.
 */
import { describe, expect, test } from 'vitest';
import { buildBoard, paginate, similarJobs, type BoardJob } from '@/lib/board';
import type { JobData } from '@/lib/schemas';
import type { SiteBoard } from '@/lib/content';
import { companyPaths, jobListingPaths, skillPaths } from '@/lib/paths';
import { SITE } from '@/lib/site';
import {
  BENCH_BUILD_DATE,
  generateCompanies,
  generateJobs,
  generateSkills,
  mulberry32,
} from '../scripts/bench/generate';

const today = BENCH_BUILD_DATE;
const jobs = generateJobs(10_000, 7);
const board = buildBoard({
  jobs,
  companies: generateCompanies(7).map((c) => ({ id: c.id, data: { name: c.name, website: c.website } })),
  skills: generateSkills(),
  articles: [],
  today,
});

type Plain = { id: string; data: JobData };

/** Newest first, then title, then id: the order every listing promises, spelled out. */
function byNewest(a: Plain, b: Plain): number {
  if (a.data.datePosted !== b.data.datePosted) return a.data.datePosted > b.data.datePosted ? -1 : 1;
  const t = a.data.title.localeCompare(b.data.title, 'en');
  if (t !== 0) return t;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const published = jobs.filter((j) => !j.data.draft).sort(byNewest);
const bruteOpen = published.filter((j) => j.data.validThrough === undefined || j.data.validThrough >= today);
const newestDay = bruteOpen[0]!.data.datePosted;
const position = new Map(published.map((j, i) => [j.id, i]));

/** Every open job compared with `job`: shared skills counted one pair at a time. */
function bruteSimilar(job: Plain, limit: number): string[] {
  return bruteOpen
    .filter((o) => o.id !== job.id)
    .map((o) => ({ o, shared: o.data.skills.filter((s) => job.data.skills.includes(s)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || position.get(a.o.id)! - position.get(b.o.id)!)
    .slice(0, limit)
    .map((x) => x.o.id);
}

function sample<T>(list: readonly T[], n: number, seed: number): T[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => list[Math.floor(rng() * list.length)]!);
}

const ids = (list: readonly BoardJob[]) => list.map((j) => j.id);

describe('the board over 10,000 generated jobs', () => {
  test('the generator makes a realistic mix of open, closed, draft, remote and on-site jobs', () => {
    expect(jobs).toHaveLength(10_000);
    const closed = published.length - bruteOpen.length;
    expect(closed / published.length).toBeGreaterThan(0.15);
    expect(bruteOpen.length / published.length).toBeGreaterThan(0.6);
    for (const w of ['remote', 'hybrid', 'onsite']) {
      expect(jobs.filter((j) => j.data.workplace === w).length).toBeGreaterThan(1000);
    }
    expect(jobs.some((j) => j.data.draft)).toBe(true);
  });

  test('lists exactly the open jobs, newest first, on pages of the site size', () => {
    expect(ids(board.openJobs)).toEqual(bruteOpen.map((j) => j.id));
    const pages = paginate(board.openJobs, SITE.pageSize);
    expect(pages).toHaveLength(Math.ceil(bruteOpen.length / SITE.pageSize));
    for (const page of sample(pages, 50, 1)) {
      const start = (page.number - 1) * SITE.pageSize;
      expect(ids(page.items)).toEqual(bruteOpen.slice(start, start + SITE.pageSize).map((j) => j.id));
    }
  });

  test('lists the open jobs of every skill, newest first, paginated', () => {
    for (const skill of generateSkills()) {
      const expected = bruteOpen.filter((j) => j.data.skills.includes(skill.id)).map((j) => j.id);
      const listed = board.openBySkill.get(skill.id) ?? [];
      expect(ids(listed)).toEqual(expected);
      const pages = paginate(listed, SITE.pageSize);
      expect(pages.flatMap((p) => ids(p.items))).toEqual(expected);
      expect(pages.every((p) => p.items.length <= SITE.pageSize)).toBe(true);
    }
  });

  test('makes the listing, skill and company paths reading each job’s date a few times, not once per page', () => {
    // A path's `modified` is the listing's newest job. Found again for every page, it made
    // the paths quadratic: 64 s of a 100,000-job build before its first page. Here the
    // board's jobs count their date's reads (structuredClone: the shared board stays plain).
    let reads = 0;
    const counted = buildBoard({
      jobs: structuredClone(jobs).map((job) => {
        const { datePosted } = job.data;
        Object.defineProperty(job.data, 'datePosted', {
          get: () => {
            reads++;
            return datePosted;
          },
        });
        return job;
      }),
      companies: generateCompanies(7).map((c) => ({ id: c.id, data: { name: c.name, website: c.website } })),
      skills: generateSkills(),
      articles: [],
      today,
    }) as unknown as SiteBoard;
    const open = counted.openJobs.length;
    const check = (paths: readonly { props: { modified: string | undefined } }[], what: string) => {
      expect(paths.length, what).toBeGreaterThan(10);
      expect(reads, `${what}: date reads for ${open} open jobs on ${paths.length} pages`).toBeLessThanOrEqual(
        4 * open,
      );
      reads = 0;
    };
    reads = 0;
    const listing = jobListingPaths(counted);
    expect(listing.every((p) => p.props.modified === newestDay)).toBe(true);
    check(listing, '/jobs/');
    check(skillPaths(counted), 'skill pages');
    check(companyPaths(counted), 'company pages');
  });

  test('finds the same similar jobs as comparing every pair, on 200 sampled jobs', () => {
    const sampled = sample(board.jobs, 200, 2);
    // Both open and closed jobs have a page with similar jobs.
    expect(sampled.some((j) => !j.open)).toBe(true);
    for (const job of sampled) {
      expect(ids(similarJobs(board, job, SITE.similarJobs))).toEqual(bruteSimilar(job, SITE.similarJobs));
    }
    // A longer list too, so the ranking beyond the first few is checked.
    for (const job of sampled.slice(0, 20)) {
      expect(ids(similarJobs(board, job, 50))).toEqual(bruteSimilar(job, 50));
    }
  });
});
