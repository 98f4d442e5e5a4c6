/**
 * The description `new:job` starts every job with. Its placeholder lines must not reach
 * the site, so the checker warns about any that are still there.
 */

/** Lines of the template an editor has to replace. */
export const TEMPLATE_PLACEHOLDERS = [
  '- Describe the main responsibility.',
  '- Describe the experience the role needs.',
] as const;

/** Headings to fill in, with the summary as the first paragraph. */
export function descriptionTemplate(summary: string): string {
  return [
    '',
    '## The role',
    '',
    summary,
    '',
    '## What you will do',
    '',
    TEMPLATE_PLACEHOLDERS[0],
    '',
    '## What you bring',
    '',
    TEMPLATE_PLACEHOLDERS[1],
    '',
    '## How to apply',
    '',
    'Use the apply button on this page.',
    '',
  ].join('\n');
}

/** 1-based lines of `body` that are still template placeholders. */
export function placeholderLines(body: string): number[] {
  const placeholders: readonly string[] = TEMPLATE_PLACEHOLDERS;
  return body.split('\n').flatMap((line, i) => (placeholders.includes(line.trim()) ? [i + 1] : []));
}
