/** One typed site config, imported by pages, feeds and scripts. */
export const SITE = {
  /** The site's name, shown in the header and in titles. */
  title: 'Skillboard',
  /** What the site is, for the home page and search engines. */
  description:
    'Skillboard: career guides about the skills tech teams hire for, and the job openings that need them.',
  /** Language of every page. */
  lang: 'en',
  /** Cards on one page of a listing (jobs, a skill, a company). */
  pageSize: 20,
  /** Newest jobs on the home page. */
  homeJobs: 6,
  /** Similar jobs under a job description. */
  similarJobs: 4,
  /** Items in a feed: the newest open jobs of its listing (RSS and JSON Feed alike). */
  feedItems: 50,
  /** Skill chips on a card. */
  cardSkills: 4,
  /**
   * The GitHub repository the form editor (`/admin/`) commits to, `owner/name`. Builds on GitHub
   * Actions use the repository they run in (GITHUB_REPOSITORY); CMS_REPO overrides both.
   */
  repository: 'skillboard/skillboard',
  /** The branch the form editor commits to (CMS_BRANCH overrides it). */
  branch: 'main',
} as const;
