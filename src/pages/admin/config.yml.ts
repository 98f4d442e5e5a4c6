import path from 'node:path';
import type { APIRoute } from 'astro';
import { cmsConfig, cmsConfigYaml } from '@/lib/cmsConfig';
import { contentDir } from '@/lib/contentDir';
import { SITE } from '@/lib/site';
import { urls } from '@/lib/urls';

/** The form editor's configuration, generated from the content schemas on every build. */
export const GET: APIRoute = () => {
  const env = process.env;
  const config = cmsConfig({
    // CMS_REPO when set, else the repository GitHub Actions builds, else the site's default.
    repo: env['CMS_REPO'] || env['GITHUB_REPOSITORY'] || SITE.repository,
    branch: env['CMS_BRANCH'] || SITE.branch,
    contentRoot: path.relative(process.cwd(), contentDir()).split(path.sep).join('/'),
    siteUrl: urls.absolute(urls.home()),
  });
  return new Response(cmsConfigYaml(config), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
