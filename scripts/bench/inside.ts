/**
 * The steps inside `astro build`, as phases of the benchmark's report. Their times come
 * from the timings file the build writes (`src/lib/timings.ts`), never from its log; their
 * memory is the build's own, as they run in its process.
 */
import { MARKET_STEP } from '../../src/lib/market';
import { OG_STEP } from '../../src/lib/ogCards';
import { INDEX_STEP, INDEX_WAIT_STEP } from '../../src/lib/searchIndex';
import type { Timings } from '../../src/lib/timings';
import { CHECK_STEP } from '../lib/buildSteps.mjs';
import { fmtMs, type PhaseResult } from './report';

/** How every such phase's note starts: their times are part of the build's, never added to it. */
export const INSIDE = 'inside astro build';

/** Whether a phase ran inside `astro build` (older result files say so the same way). */
export const isInside = (phase: PhaseResult): boolean => phase.note?.startsWith(INSIDE) ?? false;

export interface InsideBuild {
  /** Jobs the content check read. */
  jobs: number;
  /** What the build recorded, read from `file`. */
  timings: Timings;
  file: string;
  /** Peak RSS of the build, bytes. */
  peakRss: number;
  /** Pages the build wrote. */
  pages: number;
  /** Link-preview images the build drew. */
  cards: number;
}

/**
 * The content check (run beside astro build by scripts/build.mjs), search index, market
 * statistics and link-preview images; a step the build did not record is a bug.
 */
export function insidePhases(build: InsideBuild): PhaseResult[] {
  const step = (name: string): number => {
    const ms = build.timings[name];
    if (ms === undefined) {
      throw new Error(`astro build recorded no "${name}" timing in ${build.file} (src/lib/timings.ts)`);
    }
    return ms;
  };
  const phase = (name: string, ms: number, pages: number, note: string): PhaseResult => ({
    name,
    ms,
    peakRss: build.peakRss,
    pages,
    note,
  });
  const indexMs = step(INDEX_STEP);
  // The index is written beside the page rendering: the build pays only for the wait at its end.
  const waitedMs = step(INDEX_WAIT_STEP);
  return [
    phase(
      CHECK_STEP,
      step(CHECK_STEP),
      build.jobs,
      `${INSIDE}'s time: scripts/build.mjs runs it beside the build, whose output waits for it`,
    ),
    phase(
      'search index',
      waitedMs,
      build.pages,
      `${INSIDE}: ${fmtMs(indexMs)} beside the page rendering, then ${fmtMs(waitedMs)} of waiting`,
    ),
    phase(
      MARKET_STEP,
      step(MARKET_STEP),
      build.pages,
      `${INSIDE}, as timed: every skill, company and the home page, once`,
    ),
    phase(
      OG_STEP,
      step(OG_STEP),
      build.cards,
      `${INSIDE}, as timed: ${build.cards} cards drawn on the renderer's threads beside the page rendering (job pages share their company's)`,
    ),
  ];
}
