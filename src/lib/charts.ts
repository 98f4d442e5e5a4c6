/**
 * The geometry of the market charts, as plain numbers for inline SVG drawn at build time.
 * `d3-scale` does the arithmetic only: no DOM, no runtime, nothing sent to the browser.
 * Horizontal positions are percentages of the chart's width (SVG accepts `x="12.5%"`), so a
 * chart stretches to its column without a viewBox, and its text and strokes never scale.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { WorkplaceKey } from './market';

/** One colour class per workplace (src/styles/market.css): bar segments and legend swatches agree. */
export const WORKPLACE_COLOUR: Record<WorkplaceKey, string> = {
  remote: 'chart-1',
  hybrid: 'chart-2',
  onsite: 'chart-3',
  unstated: 'chart-4',
};

/** `12.5%`: a share of the chart's width, to two decimals. */
export function pct(n: number): string {
  return `${Math.round(n * 100) / 100}%`;
}

export interface Span {
  /** Left edge, a percentage of the width. */
  x: string;
  /** Width, a percentage of the width. */
  width: string;
}

export interface Bar extends Span {
  /** Top edge in pixels. */
  y: number;
  /** Height in pixels (0 for a zero count). */
  height: number;
}

/** Vertical bars for `counts` side by side, the tallest `height` pixels high. */
export function columnBars(counts: readonly number[], height: number): Bar[] {
  const x = scaleBand<number>()
    .domain(counts.map((_, i) => i))
    .range([0, 100])
    .paddingInner(0.25);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...counts)])
    .range([0, height]);
  return counts.map((c, i) => {
    const h = Math.round(y(c) * 10) / 10;
    return { x: pct(x(i)!), width: pct(x.bandwidth()), y: height - h, height: h };
  });
}

/** Segments of a 100% stacked bar, left to right, one per share (zero shares get no segment). */
export function stackedSpans(shares: readonly number[]): (Span | undefined)[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const x = scaleLinear()
    .domain([0, Math.max(1, total)])
    .range([0, 100]);
  let start = 0;
  return shares.map((s) => {
    const span = s > 0 ? { x: pct(x(start)), width: pct(x(start + s) - x(start)) } : undefined;
    start += s;
    return span;
  });
}

/**
 * Where an amount sits on a range bar from `min` to `max`, as a percentage of the width;
 * the ends are inset by `inset` percent so the end caps are not cut off, and a single
 * amount (min = max) sits in the middle.
 */
export function rangeScale(min: number, max: number, inset = 1): (amount: number) => number {
  const x = scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range([inset, 100 - inset]);
  return (amount) => x(amount);
}
