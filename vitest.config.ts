/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that build a whole site (many seconds each, one after another in their file).
 * They start first: on a fresh clone Vitest has no timings and starts the largest files
 * first, and a long file started last kept one core busy alone at the end of the run.
 */
const BUILDS_FIRST = ['tests/buildScript.test.ts', 'tests/withNode.test.ts', 'tests/editorCommands.test.ts'];

class BuildsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const at = BUILDS_FIRST.findIndex((file) => spec.moduleId.endsWith(file));
      return at === -1 ? BUILDS_FIRST.length : at;
    };
    // Array.prototype.sort is stable: the rest keep Vitest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    sequence: { sequencer: BuildsFirst },
  },
});
