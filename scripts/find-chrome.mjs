// Finds a Chromium for tests and screenshots without downloading one:
// CHROME_PATH, then Debian's /usr/bin/chromium, then the Chromium packed inside @sparticuz/chromium,
// unpacked once into node_modules/.cache.
import {existsSync, mkdirSync} from 'node:fs';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');

export const chromeArgs = [
  '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** @returns {Promise<{executablePath: string, headless: true | 'shell', source: string}>} */
export async function findChrome() {
  if (process.env.CHROME_PATH) {
    return {executablePath: process.env.CHROME_PATH, headless: true, source: 'CHROME_PATH'};
  }
  if (existsSync('/usr/bin/chromium')) {
    return {executablePath: '/usr/bin/chromium', headless: true, source: '/usr/bin/chromium'};
  }
  const cache = join(root, 'node_modules', '.cache', 'sparticuz-chromium');
  mkdirSync(cache, {recursive: true});
  // @sparticuz/chromium unpacks into os.tmpdir(), which follows TMPDIR.
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = cache;
  try {
    const {default: chromium} = await import('@sparticuz/chromium');
    const {inflate} = await import('@sparticuz/chromium');
    const bin = join(root, 'node_modules', '@sparticuz', 'chromium', 'bin');
    // Its shared libraries (nss and friends) are packed for Amazon Linux; Debian images may lack them.
    const libs = join(cache, 'al2023', 'lib');
    if (!existsSync(libs)) await inflate(join(bin, 'al2023.tar.br'));
    process.env.LD_LIBRARY_PATH = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
    const executablePath = await chromium.executablePath(bin);
    return {executablePath, headless: 'shell', source: '@sparticuz/chromium'};
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}
