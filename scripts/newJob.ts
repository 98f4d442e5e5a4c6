/** `npm run new:job`: see scripts/lib/newJob.ts and CONTRIBUTING.md. */
import { newJob } from './lib/newJob';
import { runCommand } from './lib/scaffold';

await runCommand(newJob);
