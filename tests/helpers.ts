/** Plain job, company and skill objects for unit tests of the board's rules. */
import type { CompanyInfo, JobInput, SkillInfo } from '@/lib/board';
import type { JobData } from '@/lib/schemas';

export function makeJob(id: string, data: Partial<JobData> = {}): JobInput {
  return {
    id,
    data: {
      title: data.title ?? id,
      company: 'acme',
      skills: ['go'],
      summary: 'A job.',
      datePosted: '2026-11-01',
      draft: false,
      ...data,
    },
  };
}

export const skills: SkillInfo[] = ['go', 'python', 'rust', 'sql'].map((id) => ({
  id,
  name: id.toUpperCase(),
  aliases: [],
}));

export const companies: CompanyInfo[] = [
  { id: 'acme', data: { name: 'Acme' } },
  { id: 'globex', data: { name: 'Globex' } },
];
