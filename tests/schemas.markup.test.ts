import { describe, expect, test } from 'vitest';
import { hasMarkup, jobSchema } from '@/lib/schemas';

// The Astro schema lets markup through (pages escape it; e2e/hostile proves that); the
// content checker refuses it with hasMarkup, so editors still hear about it.
describe('hasMarkup', () => {
  test.each(['</script><script>alert(1)</script>', 'a <!-- b', '</SCRIPT >', 'Fish &amp; chips', '<b>x</b>'])(
    'flags %s',
    (text) => expect(hasMarkup(text)).toBe(true),
  );

  test.each(['C++ & Go', 'a < b and c > d', 'Senior Go Developer', 'R&D lead'])(
    'lets plain %s pass',
    (text) => expect(hasMarkup(text)).toBe(false),
  );
});

describe('jobSchema', () => {
  test('accepts a title with markup, still refusing an empty one', () => {
    const job = {
      title: 'Go </script><script>alert(1)</script>',
      company: 'acme',
      skills: ['go'],
      summary: 'A job.',
      datePosted: '2026-11-01',
    };
    expect(jobSchema.safeParse(job).success).toBe(true);
    expect(jobSchema.safeParse({ ...job, title: ' ' }).success).toBe(false);
  });
});
