// For the Node tests that open the demo: scripts/serve.mjs on a free port, and one headless Chromium
// that resolves no host but this machine (nothing may reach the internet).
import {spawn} from 'node:child_process';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findChrome} from '../../scripts/find-chrome.mjs';

/** Starts the demo server and the browser; `close()` stops both. */
export async function openDemo() {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {env: {...process.env, PORT: '0'}, stdio: ['ignore', 'pipe', 'inherit']});
  const origin = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const match = /http:\/\/localhost:\d+/.exec(String(chunk));
      if (match) resolve(match[0]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  const chrome = await findChrome();
  const browser = await puppeteer.launch({
    executablePath: chrome.executablePath,
    headless: chrome.headless,
    args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  return {origin, browser, close: async () => {
    await browser.close();
    server.kill();
  }};
}
