/** `npm run close:job`: see scripts/lib/closeJob.ts and CONTRIBUTING.md. */
import { closeJob } from './lib/closeJob';
import { runCommand } from './lib/scaffold';

await runCommand(closeJob);
