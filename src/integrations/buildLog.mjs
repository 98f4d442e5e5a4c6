/**
 * The build's log: Astro's own Node logger, with whole lines for the pages it writes.
 *
 * Astro prints a page's route (`  ├─ /jobs/acme/`) without ending the line, and the time it
 * took (` (+12ms)`) when the page is written. This site renders four pages at a time
 * (`build.concurrency` in astro.config.mjs), so those fragments of four pages ran together
 * into one unreadable line (`├─ /a├─ /b (+1ms) (+3ms)├─ /c`). Nothing says which page a time
 * belongs to, so each route gets a line of its own and the times are left out; a page whose
 * response was empty still says so on a line of its own. Everything else passes through.
 *
 * Plain JavaScript, as Astro requires of a logger entrypoint (`logger` in astro.config.mjs).
 */
import nodeLogger from 'astro/logger/node';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
/** A route of a page being written, as Astro starts its line. */
const ROUTE = /^\s+[├└]─ \S/;
/** The rest of that line: the page's time, maybe a note, or "(cached)"/"(restored)". */
const ROUTE_END = /^ (?:\(\+[\d.]+\s?m?s\)|\((?:cached|restored)\))\s*(.*)$/;

/**
 * A log destination that writes to `dest` (an Astro logger destination), fixing the route
 * lines as described above.
 */
export function wholeRouteLines(dest) {
  return {
    write(event) {
      const plain = String(event.message).replace(ANSI, '');
      if (event.newLine === false && ROUTE.test(plain)) {
        dest.write({ ...event, newLine: true });
        return;
      }
      if (event.label === 'SKIP_FORMAT') {
        const end = ROUTE_END.exec(plain);
        if (end !== null) {
          if (end[1] !== '') dest.write({ ...event, message: `    ${end[1]}`, newLine: true });
          return;
        }
      }
      dest.write(event);
    },
  };
}

/** The logger entrypoint: Astro's Node logger with whole route lines. */
export default function buildLog(options) {
  return wholeRouteLines(nodeLogger(options));
}
