/**
 * Free TCP ports on 127.0.0.1, found synchronously (Playwright reads its configuration
 * synchronously): a child Node process listens on port 0 as many times as asked, prints the
 * ports the system gave, and closes them. The tests then start their servers on those ports,
 * so a server already listening (`npm start` on 4321 in another terminal, another checkout's
 * tests) is never reused or collided with.
 */
import { execFileSync } from 'node:child_process';

const PROBE = `
const net = require('node:net');
const n = Number(process.argv[1]);
const servers = [];
let left = n;
for (let i = 0; i < n; i++) {
  const s = net.createServer();
  servers.push(s);
  s.listen(0, '127.0.0.1', () => {
    if (--left === 0) {
      console.log(servers.map((x) => x.address().port).join(','));
      servers.forEach((x) => x.close());
    }
  });
}`;

/** `count` distinct free ports. */
export function freePortsSync(count: number): number[] {
  const out = execFileSync(process.execPath, ['-e', PROBE, String(count)], { encoding: 'utf8' });
  const ports = out.trim().split(',').map(Number);
  if (ports.length !== count || ports.some((p) => !Number.isInteger(p) || p <= 0)) {
    throw new Error(`could not find ${count} free ports (got "${out.trim()}")`);
  }
  return ports;
}
