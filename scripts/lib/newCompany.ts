/**
 * `npm run new:company -- --name "SumUp" [--id sumup] [--website https://…] [--careers https://…] [--logo path/to/logo.svg]`:
 * writes `content/companies/<id>.md`, copying the logo beside it.
 */
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertChecks, CommandError, flags, shown, slugify, value, type CommandContext } from './scaffold';
import { stringifyFrontMatter } from '../../src/lib/readContent';

export const NEW_COMPANY_USAGE =
  'Usage: npm run new:company -- --name "SumUp" [--id sumup] [--website https://sumup.com] [--careers https://sumup.com/careers/] [--logo ./sumup.svg]';

export async function newCompany(ctx: CommandContext): Promise<void> {
  const { values } = flags(
    ctx,
    {
      id: { type: 'string' },
      name: { type: 'string' },
      website: { type: 'string' },
      careers: { type: 'string' },
      logo: { type: 'string' },
    },
    NEW_COMPANY_USAGE,
  );
  const name = await value(ctx, values.name, 'Company name as readers see it');
  if (name === undefined) throw new CommandError(['new:company: missing --name', NEW_COMPANY_USAGE]);
  const id = (await value(ctx, values.id, 'Id (kebab-case, the file name)', slugify(name)))!;
  const website = await value(ctx, values.website, 'Website, https:// (empty for none)');
  // A job without its own apply link sends readers here (else to the website).
  const careers = await value(ctx, values.careers, 'Careers page, https:// (empty for none)');
  const logoSource = await value(
    ctx,
    values.logo,
    'Logo image to copy (PNG, JPEG, WebP, AVIF or SVG; empty for none)',
  );

  const folder = path.join(ctx.dir, 'companies');
  const file = path.join(folder, `${id}.md`);
  if (existsSync(file))
    throw new CommandError([`${shown(ctx, file)} exists already; edit that file instead`]);
  let logo: string | undefined;
  if (logoSource !== undefined) {
    if (!existsSync(logoSource))
      throw new CommandError([`logo: "${logoSource}" does not exist; give the path of an image file`]);
    logo = `${id}-logo${path.extname(logoSource).toLowerCase()}`;
    if (existsSync(path.join(folder, logo)))
      throw new CommandError([`${shown(ctx, path.join(folder, logo))} exists already`]);
  }

  const written: string[] = [];
  if (logo !== undefined) {
    copyFileSync(logoSource!, path.join(folder, logo));
    written.push(path.join(folder, logo));
  }
  const data = {
    name,
    ...(website !== undefined && { website }),
    ...(careers !== undefined && { careers }),
    ...(logo !== undefined && { logo }),
  };
  writeFileSync(file, stringifyFrontMatter('', data), { flag: 'wx' });
  written.push(file);
  assertChecks(ctx, [file], () => written.forEach((f) => rmSync(f, { force: true })));
  ctx.print(
    `Created ${shown(ctx, file)}${logo !== undefined ? ` and ${logo}` : ''}. Add a job with npm run new:job -- --company ${id}`,
  );
}
