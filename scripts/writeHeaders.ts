/** Writes `public/_headers` from `src/lib/security.ts` (`npm run build:headers`). */
import { writeFileSync } from 'node:fs';
import { headersFile } from '../src/lib/security';

writeFileSync(new URL('../public/_headers', import.meta.url), headersFile());
console.log('public/_headers written from src/lib/security.ts');
