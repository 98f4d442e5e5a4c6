/**
 * `npm run new:skill -- --name "Node.js" [--id node-js] [--aliases nodejs,node]`:
 * appends an entry to `skills.yaml`, keeping the file's comments and order.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { nearest } from '../../src/lib/suggest';
import {
  assertChecks,
  CommandError,
  flags,
  list,
  shown,
  skillIds,
  slugify,
  value,
  type CommandContext,
} from './scaffold';

export const NEW_SKILL_USAGE =
  'Usage: npm run new:skill -- --name "Node.js" [--id node-js] [--aliases "nodejs, node"]';

export async function newSkill(ctx: CommandContext): Promise<void> {
  const { values } = flags(
    ctx,
    { id: { type: 'string' }, name: { type: 'string' }, aliases: { type: 'string' } },
    NEW_SKILL_USAGE,
  );
  const name = await value(ctx, values.name, 'Skill name as readers see it, e.g. Node.js');
  if (name === undefined) throw new CommandError(['new:skill: missing --name', NEW_SKILL_USAGE]);
  const id = (await value(ctx, values.id, 'Id (kebab-case, used in job files and URLs)', slugify(name)))!;
  const aliases = list(
    await value(ctx, values.aliases, 'Other words readers search for, comma-separated (empty for none)'),
  );

  const file = path.join(ctx.dir, 'skills.yaml');
  const known = skillIds(ctx.dir);
  if (known.has(id)) throw new CommandError([`skills: "${id}" exists already in ${shown(ctx, file)}`]);
  const near = nearest(id, known);
  const entry = { id, name, ...(aliases.length > 0 && { aliases }) };
  // Appending text (rather than dumping the whole list) keeps the file's comments.
  const before = readFileSync(file, 'utf8');
  const text = yaml.safeDump([entry], { flowLevel: 2, lineWidth: 200 });
  appendFileSync(file, `${before === '' || before.endsWith('\n') ? '' : '\n'}${text}`);
  assertChecks(ctx, [file], () => writeFileSync(file, before));
  ctx.print(
    `Added "${id}" to ${shown(ctx, file)}.${near !== undefined ? ` Note: "${near}" exists too; make sure this is not the same skill.` : ''}`,
  );
}
