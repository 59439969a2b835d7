/** What the browser scripts (`lighthouse`, `bench:typing`) share: a free port and the Chromium to drive. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A TCP port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** `CHROMIUM_PATH`, else the system Chromium when there is one (undefined: the browser library's own). */
export function chromePath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
