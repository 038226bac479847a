// `npm pack` from a clean clone of HEAD, with no build before it: prepack builds, and the tarball holds
// the bundles, dist/esm/, the types (without build constants), dist/sri.json, the schema and
// custom-elements.json, and nothing of src/, tests/ or the demo. The build in this second folder
// gives the hashes the README pins. A TypeScript user's imports of the package type-check.
// Only what is committed is packed: commit before running it. About a minute (one full build).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, before, test} from 'node:test';
import {pinnedTags} from '../../scripts/sri.mjs';

const root = resolve(import.meta.dirname, '../..');
const run = (command, args, cwd) => execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20});
let temp;
let clone;
let files;
let tarball;

before(async () => {
  temp = mkdtempSync(join(tmpdir(), 'conference-widgets-pack-'));
  clone = join(temp, 'clone');
  run('git', ['clone', '--quiet', '--no-checkout', root, clone]);
  run('git', ['checkout', '--quiet', '--detach', run('git', ['rev-parse', 'HEAD'], root).trim()], clone);
  symlinkSync(realpathSync(join(root, 'node_modules')), join(clone, 'node_modules'), 'dir');
  // Where the snippet builder's demo goes: never in the package.
  mkdirSync(join(clone, 'dist/demo'), {recursive: true});
  writeFileSync(join(clone, 'dist/demo/builder.js'), '');
  // The build's own lines come first on stdout; npm's JSON is the last thing it prints.
  const out = run('npm', ['pack', '--json', '--pack-destination', temp], clone);
  const [pack] = JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1));
  files = pack.files.map((file) => file.path);
  tarball = join(temp, pack.filename);
}, {timeout: 300_000});

after(() => temp && rmSync(temp, {recursive: true, force: true}));

test('the tarball holds the bundles, dist/esm, types, hashes, schema and manifest, the CLI and the licences', () => {
  for (const file of [
    'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'bin/conference-widgets.mjs', 'dist/cli/render.js', 'dist/cli/THIRD-PARTY-LICENSES.txt', 'custom-elements.json', 'schema/conference.schema.json', 'dist/sri.json',
    'dist/conference-widgets.js', 'dist/conference-widgets.esm.js',
    'dist/esm/index.js', 'dist/esm/session-card.js', 'dist/esm/session-list.js', 'dist/esm/speaker-bio.js', 'dist/esm/track-banner.js',
    'dist/types/index.d.ts', 'dist/types/session-card.d.ts', 'dist/types/session-list.d.ts', 'dist/types/speaker-bio.d.ts', 'dist/types/track-banner.d.ts',
  ]) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  assert.ok(files.some((file) => file.startsWith('dist/esm/chunks/')), 'the shared chunks are in the package');
});

test('every path of package.json exports is in the tarball', () => {
  const {exports} = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));
  const targets = Object.values(exports).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)));
  for (const target of targets.filter((target) => !target.includes('*'))) {
    assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is in the package`);
  }
});

test('nothing of the sources, tests, demo or tools is in the tarball', () => {
  const junk = files.filter((file) => /^(src|tests|demo|scripts|bench|locales|node_modules|dist\/demo)\/|\.tmp\.|\.tgz$|^\.|^(tsconfig|rollup|eslint|web-test-runner|lit-localize)/.test(file));
  assert.deepEqual(junk, []);
});

test('no declaration file mentions a build constant', () => {
  const walk = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : []);
  const declarations = walk(join(clone, 'dist/types'));
  assert.ok(declarations.length > 10);
  assert.deepEqual(declarations.filter((file) => readFileSync(file, 'utf8').includes('__VERSION__')), []);
});

test('a build from a clean clone gives the hashes the README pins', () => {
  const sum = `sha384-${createHash('sha384').update(readFileSync(join(clone, 'dist/conference-widgets.js'))).digest('base64')}`;
  const tags = pinnedTags(readFileSync(join(clone, 'README.md'), 'utf8')).filter((tag) => tag.file === 'conference-widgets.js');
  assert.ok(tags.length > 0);
  for (const tag of tags) assert.equal(tag.integrity, sum, `${tag.tag}\ndiffers from a clean build: run npm run sri and commit`);
});

test('a TypeScript user imports the whole library and one element from the package', () => {
  const app = join(clone, 'app');
  const installed = join(app, 'node_modules/conference-widgets');
  mkdirSync(installed, {recursive: true});
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], app);
  writeFileSync(join(app, 'package.json'), '{"type": "module"}\n');
  writeFileSync(join(app, 'app.ts'), `
import {SessionCard, ConfLoadEvent} from 'conference-widgets/session-card.js';
import type {SessionCardVariant} from 'conference-widgets/session-card.js';
import {version, setLocale, type ConferenceDocument} from 'conference-widgets';
const card: SessionCard = document.createElement('session-card');
const variant: SessionCardVariant = card.variant;
card.addEventListener('conf-load', (event: ConfLoadEvent) => console.log(event.warnings.length, variant));
const doc: ConferenceDocument | undefined = undefined;
console.log(version.length, setLocale, doc);
`);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  try {
    run(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2023,dom', 'app.ts'], app);
  } catch (error) {
    assert.fail(`tsc: ${error.stdout}${error.stderr}`);
  }
  // A global that only our build knows would type-check in the app: it must not.
  writeFileSync(join(app, 'leak.ts'), `import 'conference-widgets';\nexport const leak: string = __VERSION__;\n`);
  assert.throws(() => run(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2023,dom', 'leak.ts'], app), (error) => /Cannot find name '__VERSION__'/.test(error.stdout));
});
