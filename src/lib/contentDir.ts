import path from 'node:path';

/** The content root: `CONTENT_DIR` when set (absolute or relative to the project), else `content`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env['CONTENT_DIR'];
  return dir !== undefined && dir !== '' ? path.resolve(dir) : path.resolve('content');
}
