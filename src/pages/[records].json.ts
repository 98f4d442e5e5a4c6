import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getBoard } from '@/lib/content';
import { buildShard, owns } from '@/lib/shard';
import { SITE } from '@/lib/site';
import { RECORDS_FILE, offerRecords, type RecordsFile } from '@/lib/searchIndex';
import { sentences } from '@/lib/excerpt';
import { placeText } from '@/lib/format';
import {
  guideRecord,
  htmlToText,
  jobRecord,
  markdownToText,
  recordText,
  toPagefindRecord,
} from '@/lib/searchRecord';
import { urls } from '@/lib/urls';

/**
 * The search records of this build, straight from the board: one per open job and per
 * published guide, with their text, filters, metadata and sort key. The Pagefind
 * integration indexes them (no re-reading of thousands of built pages), checks each
 * against its built page and the count against the board, then deletes this file.
 *
 * The records are made in `getStaticPaths`, not in `GET`, because Astro collects every
 * route's paths before it renders any page: offered to the integration there, they are
 * indexed by Pagefind's own process on the second core while the pages render.
 */
export const getStaticPaths = (async () => {
  const shard = buildShard();
  let written: RecordsFile;
  if (shard === undefined) {
    const { records, expected } = await recordsFile(() => true);
    // Once handed over, the file says so and need not repeat the records (26 MB at 10,000
    // jobs): the integration reads them from the file only when nothing took them here.
    const handedOver = offerRecords({ expected, records, handedOver: true });
    written = { expected, records: handedOver ? [] : records, handedOver };
  } else {
    // A shard is not indexed: it makes the records of its own pages only, and keeps them with
    // where each stands among all of them, for `npm run merge` to index the whole site in one go.
    written = {
      ...(await recordsFile((url) => owns(shard, decodeURIComponent(url)))),
      handedOver: false,
    };
  }
  return [{ params: { records: RECORDS_FILE.replace(/\.json$/, '') }, props: { file: written } }];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json' } });

/**
 * The records whose page URL `keep` accepts (every one in a whole build), and where each
 * stands among all of them: open jobs first, then published guides.
 */
async function recordsFile(
  keep: (url: string) => boolean,
): Promise<Required<Omit<RecordsFile, 'handedOver'>>> {
  const board = await getBoard();
  const language = SITE.lang;
  const jobs = board.openJobs.map((job) => ({
    url: urls.withoutBase(urls.job(job.id)),
    record: (url: string) => {
      const { data } = job;
      // The readable text (what excerpts quote) as the page shows it: title, the card sentence
      // unless the description repeats it, the description. Then the keywords: company, place,
      // skills and their aliases (golang, postgres…), found but never quoted.
      const body = htmlToText(job.entry.rendered?.html ?? '');
      const readable = sentences([data.title, job.entry.data.summaryInBody ? '' : data.summary, body]);
      const text = recordText(readable, [
        job.company.data.name,
        placeText(data),
        ...job.skills.flatMap((s) => [s.name, ...s.aliases]),
      ]);
      return toPagefindRecord(jobRecord(job), { url, ...text, language });
    },
  }));
  const guides = [...board.articleBySkill.values()].flatMap((article) => {
    const skill = board.skillById.get(article.data.skill);
    if (skill === undefined) return [];
    return [
      {
        url: urls.withoutBase(urls.skill(skill.id)),
        record: (url: string) => {
          const readable = sentences([
            article.data.title,
            article.data.description,
            markdownToText(article.body ?? ''),
          ]);
          return toPagefindRecord(guideRecord({ data: article.data, skill }), {
            url,
            ...recordText(readable, [skill.name, ...skill.aliases]),
            language,
          });
        },
      },
    ];
  });
  // Only the kept records are made (a part of a sharded build makes its own share).
  const kept = [...jobs, ...guides].flatMap((page, at) => (keep(page.url) ? [{ page, at }] : []));
  return {
    expected: { jobs: board.openJobs.length, guides: board.articleBySkill.size },
    records: kept.map(({ page }) => page.record(page.url)),
    positions: kept.map(({ at }) => at),
  };
}
