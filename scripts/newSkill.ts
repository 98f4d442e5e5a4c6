/** `npm run new:skill`: see scripts/lib/newSkill.ts and CONTRIBUTING.md. */
import { newSkill } from './lib/newSkill';
import { runCommand } from './lib/scaffold';

await runCommand(newSkill);
