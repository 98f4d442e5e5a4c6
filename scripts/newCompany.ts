/** `npm run new:company`: see scripts/lib/newCompany.ts and CONTRIBUTING.md. */
import { newCompany } from './lib/newCompany';
import { runCommand } from './lib/scaffold';

await runCommand(newCompany);
