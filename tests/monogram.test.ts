import { describe, expect, test } from 'vitest';
import { hueFor, initials, monogramColour } from '@/lib/monogram';

describe('initials', () => {
  test.each([
    ['Kimia Group', 'KG'],
    ['SumUp', 'SU'],
    ['AfterHour', 'AH'],
    ['SAP', 'SAP'],
    ['Forma', 'F'],
    ['Blockhouse', 'B'],
    ['ñandú labs', 'ÑL'],
  ])('%s -> %s', (name, expected) => expect(initials(name)).toBe(expected));
});

describe('monogramColour', () => {
  test('gives a company the same colour in every build', () => {
    expect(monogramColour('SAP')).toBe(monogramColour('SAP'));
    expect(hueFor('SAP')).not.toBe(hueFor('SumUp'));
  });
});
