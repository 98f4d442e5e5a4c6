import { describe, expect, test } from 'vitest';
import {
  indexProblem,
  missingPages,
  offerRecords,
  parseRecordsFile,
  receiveRecords,
  recordCount,
  type RecordsFile,
} from '@/lib/searchIndex';

const expected = { jobs: 9, guides: 1 };

describe('indexProblem', () => {
  test('accepts one record per open job and published guide', () => {
    expect(indexProblem(10, expected)).toBeUndefined();
  });

  test('fails when a template indexes more pages than the content has', () => {
    expect(indexProblem(38, expected)).toMatch(
      /indexed 38 pages, but the site has 9 open jobs and 1 published guides \(10\)/,
    );
  });

  test('fails when pages are missing from the index', () => {
    expect(indexProblem(9, expected)).toMatch(/indexed 9 pages/);
  });
});

describe('recordCount', () => {
  test('sums the records of every language in pagefind-entry.json', () => {
    const entry = { version: '1.6.0', languages: { en: { page_count: 10 }, de: { page_count: 2 } } };
    expect(recordCount(JSON.stringify(entry))).toBe(12);
  });

  test('refuses an entry without counts', () => {
    expect(() => recordCount('{"languages":{"en":{}}}')).toThrow(/no page_count/);
  });
});

describe('parseRecordsFile', () => {
  test('reads the way the records came, the counts and the records the build wrote', () => {
    const file = parseRecordsFile('{"handedOver":true,"expected":{"jobs":3,"guides":0},"records":[]}');
    expect(file).toEqual({ handedOver: true, expected: { jobs: 3, guides: 0 }, records: [] });
  });

  test('refuses anything else', () => {
    expect(() => parseRecordsFile('{"handedOver":false,"expected":{"jobs":"3"},"records":[]}')).toThrow(
      /is not/,
    );
    expect(() => parseRecordsFile('{"handedOver":false,"expected":{"jobs":3,"guides":0}}')).toThrow(
      /no list of records/,
    );
    expect(() => parseRecordsFile('{"expected":{"jobs":3,"guides":0},"records":[]}')).toThrow(
      /does not say whether its records were handed over/,
    );
  });
});

describe('missingPages', () => {
  test('names the records whose page the build did not write', () => {
    const built = new Set(['/jobs/a/']);
    expect(missingPages([{ url: '/jobs/a/' }, { url: '/jobs/b/' }], (u) => built.has(u))).toEqual([
      '/jobs/b/',
    ]);
  });
});

describe('offerRecords', () => {
  const file: RecordsFile = { handedOver: true, expected: { jobs: 0, guides: 0 }, records: [] };

  test('reaches the integration that listens, and only while it listens', () => {
    const received: RecordsFile[] = [];
    receiveRecords((f) => received.push(f));
    expect(offerRecords(file)).toBe(true);
    receiveRecords(undefined);
    expect(offerRecords(file)).toBe(false);
    expect(received).toEqual([file]);
  });
});
