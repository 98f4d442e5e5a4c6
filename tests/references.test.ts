import { describe, expect, test } from 'vitest';
import { aliasMap, describeBrokenReference, findBrokenReferences } from '@/lib/references';

const skills = [
  { id: 'go', aliases: ['golang'] },
  { id: 'node-js', aliases: ['nodejs', 'Node'] },
  { id: 'python', aliases: [] },
];
const base = {
  articles: [],
  companyIds: new Set(['acme']),
  skillIds: new Set(skills.map((s) => s.id)),
  skillAliases: aliasMap(skills),
};

describe('findBrokenReferences', () => {
  test("names the id a skill's alias stands for, whatever its case", () => {
    const broken = findBrokenReferences({
      ...base,
      jobs: [{ id: 'j', data: { company: 'acme', skills: ['go', 'golang', 'NODE'] } }],
    });
    expect(broken.map(describeBrokenReference)).toEqual([
      'skills: "golang" is an alias of "go"; write go',
      'skills: "NODE" is an alias of "node-js"; write node-js',
    ]);
  });

  test('suggests the nearest id for a skill that is no alias', () => {
    const broken = findBrokenReferences({
      ...base,
      jobs: [{ id: 'j', data: { company: 'acme', skills: ['pyhton'] } }],
    });
    expect(broken.map(describeBrokenReference)).toEqual([
      'skills: "pyhton" is not a known skill; did you mean "python"?',
    ]);
  });

  test("a guide's skill gets the same help", () => {
    const broken = findBrokenReferences({
      ...base,
      jobs: [],
      articles: [{ id: 'a', data: { skill: 'golang' } }],
    });
    expect(broken.map(describeBrokenReference)).toEqual(['skill: "golang" is an alias of "go"; write go']);
  });
});
