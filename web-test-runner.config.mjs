// Browser tests in real headless Chromium. No browser is downloaded: see scripts/find-chrome.mjs.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {chromeArgs, findChrome} from './scripts/find-chrome.mjs';

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const chrome = await findChrome();
console.log(`Chromium: ${chrome.executablePath} (${chrome.source})`);

// The real exports in ../shared/fixtures, served as /__shared__/fixtures/…; the list of files is
// /__shared__/fixtures/index.json ([] when the folder is absent, so the suite can say it skipped).
const shared = resolve(import.meta.dirname, '..', 'shared');
function listJson(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJson(path);
    return name.endsWith('.json') ? [relative(join(shared, 'fixtures'), path).split(sep).join('/')] : [];
  });
}
function sharedFiles() {
  return {
    name: 'shared-fixtures',
    serve(context) {
      if (!context.path.startsWith('/__shared__/')) return undefined;
      if (context.path === '/__shared__/fixtures/index.json') {
        return {body: JSON.stringify(listJson(join(shared, 'fixtures'))), type: 'json'};
      }
      const file = resolve(shared, decodeURIComponent(context.path.slice('/__shared__/'.length)));
      if (!file.startsWith(shared + sep) || !existsSync(file)) return {body: 'not found', status: 404};
      return {body: readFileSync(file, 'utf8'), type: file.endsWith('.json') ? 'json' : 'text'};
    },
  };
}

/** Ends the run with a plain `N passed, N failed, N skipped` line that any CI can read. */
function countReporter() {
  return {
    onTestRunFinished({sessions}) {
      const count = {passed: 0, failed: 0, skipped: 0};
      const walk = (suite) => {
        for (const test of suite.tests) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A test file that could not even load counts as one failure.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) count.failed++;
      }
      setTimeout(() => console.log(`\n${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`));
    },
  };
}

export default {
  reporters: [defaultReporter(), countReporter()],
  files: ['tests/**/*.test.ts'],
  // The production build of Lit, as in the bundle (no dev-mode warnings in the logs).
  nodeResolve: {exportConditions: ['production']},
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    sharedFiles(),
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json', define: {__VERSION__: JSON.stringify(version)}}),
  ],
  browsers: [
    chromeLauncher({
      // With concurrency 2, a second tab of one window is a hidden background tab in the new headless
      // mode (Debian's /usr/bin/chromium): no animation frames, no ResizeObserver callbacks, and any
      // test waiting on them times out. A window of its own keeps every test page visible.
      createPage: ({context}) => context.newPage({type: 'window'}),
      launchOptions: {
        executablePath: chrome.executablePath,
        headless: chrome.headless,
        // Nothing in a test may reach the internet: every host but the test server is unresolvable,
        // so a remote photo in the seed data fails at once, as it would offline.
        args: [
          ...chromeArgs,
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
          // Defence for a page that is backgrounded all the same: its timers and renderer keep full speed.
          // (These alone do not bring animation frames back to a hidden tab.)
          '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
