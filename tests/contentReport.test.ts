import { describe, expect, test } from 'vitest';
import type { Problem } from '../scripts/lib/contentCheck';
import { REPORT_MARKER, contentReport } from '../scripts/lib/contentReport';

const cwd = '/repo';
const error: Problem = {
  file: '/repo/content/jobs/a.md',
  line: 7,
  message: 'validThrough: "2026-02-30" is not a real date; write YYYY-MM-DD',
  severity: 'error',
};
const warning: Problem = {
  file: '/repo/content/skills.yaml',
  line: 3,
  message: 'skills: "x" is used by no job and no guide; delete the entry or use it in a job',
  severity: 'warning',
};

describe('contentReport', () => {
  test('starts with the marker the workflow finds its comment by', () => {
    expect(contentReport([], { cwd }).split('\n')[0]).toBe(REPORT_MARKER);
  });

  test('lists errors, then warnings, each as the checker prints it', () => {
    const text = contentReport([warning, error], { cwd, commit: '0123456789abcdef' });
    expect(text).toContain('❌ 1 error(s) and 1 warning(s) (commit 0123456)');
    const errorLine = text.indexOf('- `content/jobs/a.md:7: validThrough: "2026-02-30" is not a real date');
    const warningLine = text.indexOf('- `content/skills.yaml:3: warning: skills:');
    expect(errorLine).toBeGreaterThan(text.indexOf('**Errors**'));
    expect(warningLine).toBeGreaterThan(text.indexOf('**Warnings**'));
    expect(warningLine).toBeGreaterThan(errorLine);
    expect(text).toContain('No preview build');
  });

  test('says the content is valid and links the preview', () => {
    const text = contentReport([warning], {
      cwd,
      previewUrl: 'https://github.com/o/r/actions/runs/1/artifacts/2',
    });
    expect(text).toContain('✅ The content is valid, with 1 warning(s).');
    expect(text).toContain('[Download the preview build](https://github.com/o/r/actions/runs/1/artifacts/2)');
    expect(text).not.toContain('**Errors**');
  });

  test('a backtick in a message cannot end its code span early', () => {
    const text = contentReport([{ ...error, message: 'title: "a `b` c" is odd' }], { cwd });
    expect(text).toContain('- ``content/jobs/a.md:7: title: "a `b` c" is odd``');
  });
});
