/**
 * Reads the real content files, so tests compare pages with what editors wrote, with the
 * reader the checker and the build use (`src/lib/readContent.ts`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isOpen } from '../src/lib/board';
import { parseFrontMatter, parseYaml } from '../src/lib/readContent';

type Data = Record<string, unknown>;
/** A content file's front matter. */
export function frontMatter(file: string): Data {
  return parseFrontMatter(readFileSync(file, 'utf8')).data as Data;
}

export interface SeedJob {
  id: string;
  title: string;
  company: string;
  companyName: string;
  summary: string;
  skills: string[];
}

export function readJobs(root = 'content'): SeedJob[] {
  const dir = path.join(root, 'jobs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const data = frontMatter(path.join(dir, file));
      const company = { data: frontMatter(path.join(root, 'companies', `${String(data['company'])}.md`)) };
      return {
        id: file.replace(/\.md$/, ''),
        title: String(data['title']),
        company: String(data['company']),
        companyName: String(company.data['name']),
        summary: String(data['summary']),
        skills: data['skills'] as string[],
      };
    });
}

export function readSkills(root = 'content'): { id: string; name: string }[] {
  return parseYaml(readFileSync(path.join(root, 'skills.yaml'), 'utf8')) as {
    id: string;
    name: string;
  }[];
}

/** A job file's front matter (dates are `YYYY-MM-DD` text: the reader makes no Dates). */
export interface JobFile {
  id: string;
  data: Record<string, unknown> & { draft?: boolean; validThrough?: string; datePosted: string };
}

export function readJobFiles(root: string): JobFile[] {
  const dir = path.join(root, 'jobs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      return { id: file.replace(/\.md$/, ''), data: frontMatter(path.join(dir, file)) as JobFile['data'] };
    });
}

/** The ids of the jobs a build on `today` publishes as open: not drafts, not past validThrough. */
export function openJobIds(root: string, today: string): string[] {
  return readJobFiles(root)
    .filter((j) => j.data.draft !== true && isOpen(j.data, today))
    .map((j) => j.id)
    .sort();
}
