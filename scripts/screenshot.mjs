// Screenshots of the demo as a visitor sees it: node scripts/screenshot.mjs [url] [out-prefix]
// Writes <prefix>-<lang>-<theme>-<width>.png for English and French, light and dark, 1200 and 280 px.
/* global document, requestAnimationFrame -- in the functions evaluated in the page */
import puppeteer from 'puppeteer-core';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const url = process.argv[2] ?? 'http://localhost:8000/';
const prefix = process.argv[3] ?? 'screenshots/demo';
const chrome = await findChrome();
const browser = await puppeteer.launch({executablePath: chrome.executablePath, headless: chrome.headless, args: chromeArgs});
for (const lang of ['en', 'fr']) {
  for (const theme of ['light', 'dark']) {
    for (const width of [1200, 280]) {
      const page = await browser.newPage();
      await page.setViewport({width, height: 900});
      await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: theme}]);
      const target = new URL(url);
      target.searchParams.set('lang', lang);
      await page.goto(target.href, {waitUntil: 'networkidle0'});
      await new Promise((r) => setTimeout(r, 300));
      // A visitor scrolls: cards far from a 900 px viewport are not laid out (content-visibility) and a
      // full-page capture would show their empty frames. A viewport as tall as the page lays them all
      // out; twice, as the page's height changes once they are.
      for (let i = 0; i < 2; i++) {
        await page.setViewport({width, height: await page.evaluate(() => document.documentElement.scrollHeight)});
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
      const file = `${prefix}-${lang}-${theme}-${width}.png`;
      await page.screenshot({path: file, fullPage: true});
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
