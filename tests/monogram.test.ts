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
  test('gives a company the same colour in every build: a hue from its name alone (FNV-1a)', () => {
    expect(monogramColour('SAP')).toBe('oklch(0.42 0.11 315)');
    expect(monogramColour('Kimia Group')).toBe('oklch(0.42 0.11 321)');
    expect(hueFor('SumUp')).toBe(237);
  });
});
