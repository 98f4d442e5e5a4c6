/** Reads the real content files, so tests compare pages with what editors wrote. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';

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
      const { data } = matter(readFileSync(path.join(dir, file), 'utf8'), {});
      const company = matter(readFileSync(path.join(root, 'companies', `${data['company']}.md`), 'utf8'), {});
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
  return yaml.safeLoad(readFileSync(path.join(root, 'skills.yaml'), 'utf8')) as {
    id: string;
    name: string;
  }[];
}

/** A job file's front matter with dates as `YYYY-MM-DD` text (YAML makes them Dates). */
export interface JobFile {
  id: string;
  data: Record<string, unknown> & { draft?: boolean; validThrough?: string; datePosted: string };
}

const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v as string | undefined));

export function readJobFiles(root: string): JobFile[] {
  const dir = path.join(root, 'jobs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const { data } = matter(readFileSync(path.join(dir, file), 'utf8'), {});
      const copy = { ...data, datePosted: day(data['datePosted'])! };
      const validThrough = day(data['validThrough']);
      return {
        id: file.replace(/\.md$/, ''),
        data: validThrough === undefined ? copy : { ...copy, validThrough },
      };
    });
}

/** The ids of the jobs a build on `today` publishes as open: not drafts, not past validThrough. */
export function openJobIds(root: string, today: string): string[] {
  return readJobFiles(root)
    .filter(
      (j) => j.data.draft !== true && (j.data.validThrough === undefined || j.data.validThrough >= today),
    )
    .map((j) => j.id)
    .sort();
}
