// scripts/rollup/message-ids.mjs: the build's short message ids must name the same translations as
// lit-localize's hashes, and refuse a msg() call it cannot give an id.
import assert from 'node:assert/strict';
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import {rollup} from 'rollup';
import {parseAst} from 'rollup/parseAst';
import messageIds from '../../scripts/rollup/message-ids.mjs';

const about = generateMsgId('About', false);
const email = generateMsgId(['Email ', ''], false);

async function plugin(options = {}) {
  const locales = await mkdtemp(join(tmpdir(), 'locales-'));
  await writeFile(join(locales, 'fr.ts'), `export const templates = {\n  '${about}': \`À propos\`,\n  '${email}': str\`Écrire à \${0}\`,\n  'mine': \`Le mien\`,\n};\n`);
  const p = messageIds({locales, ...options});
  p.buildStart();
  const context = {parse: (code) => parseAst(code), error(message) { throw new Error(message); }};
  return {locales, transform: (code, id = '/project/src/x.ts') => p.transform.call(context, code, id)?.code};
}

test('msg() calls get the short ids the locale modules are keyed by', async () => {
  const {locales, transform} = await plugin();
  const code = transform("import {msg, str} from '@lit/localize';\nmsg('About');\nmsg(str`Email ${name}`, {desc: 'a link'});\nmsg('Yours', {id: 'mine'});\nmsg('Not translated');");
  assert.match(code, /msg\('About', \{id: 'a'\}\);/);
  assert.match(code, /msg\(str`Email \$\{name\}`, \{id: 'b'\}\);/);
  assert.match(code, /msg\('Yours', \{id: 'c'\}\);/);
  assert.match(code, new RegExp(`msg\\('Not translated', \\{id: 'untranslated ${generateMsgId('Not translated', false)}'\\}\\);`));
  // An explicit id without a translation must not meet a short one.
  assert.match(transform("msg('Mine', {id: 'a'});"), /msg\('Mine', \{id: 'untranslated a'\}\);/);
  const fr = transform(`export const templates = {\n  '${about}': \`À propos\`,\n  '${email}': str\`Écrire à \${0}\`,\n  'mine': \`Le mien\`,\n};\n`, join(locales, 'fr.ts'));
  assert.equal(fr, "export const templates = {\n  'a': `À propos`,\n  'b': str`Écrire à ${0}`,\n  'c': `Le mien`,\n};\n");
});

test('a msg() it cannot read stops the build', async () => {
  const {transform} = await plugin();
  assert.throws(() => transform("msg('About', options);"), /not msg\(text\)/);
  assert.throws(() => transform('msg(text);'), /not msg\(text\)/);
  assert.throws(() => transform('const say = msg;'), /msg used other than/);
});

test('runtime hashing goes only where the lookup is the one this plugin knows', async () => {
  const {transform} = await plugin();
  const path = '/project/node_modules/@lit/localize/internal/runtime-msg.js';
  assert.match(transform('const id = options?.id ?? generateId(template);', path), /const id = options\.id;/);
  assert.throws(() => transform('const id = generateId(template);', path), /has @lit\/localize changed/);
});

test('bare ids: the id itself as msg()\'s second argument, and the lookup reads it so', async () => {
  const {transform} = await plugin({bare: true});
  const code = transform("import {msg, str} from '@lit/localize';\nmsg('About');\nmsg(str`Email ${name}`, {desc: 'a link'});\nmsg('Not translated');");
  assert.match(code, /msg\('About', 'a'\);/);
  assert.match(code, /msg\(str`Email \$\{name\}`, 'b'\);/);
  assert.match(code, new RegExp(`msg\\('Not translated', 'untranslated ${generateMsgId('Not translated', false)}'\\);`));
  const path = '/project/node_modules/@lit/localize/internal/runtime-msg.js';
  assert.match(transform('const id = options?.id ?? generateId(template);', path), /const id = options;/);
});

test('a build drops the translations no module asks for, also when Rollup renames the locale module\'s str', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'message-ids-build-'));
  const locales = join(dir, 'locales');
  await mkdir(locales);
  await writeFile(join(locales, 'fr.ts'), `import {str} from '@lit/localize';\nexport const templates = {\n  '${about}': \`À propos\`,\n  '${email}': str\`Écrire à \${0}\`,\n};\n`);
  // A module with a `str` of its own, as src/data/import/shared.ts has: the locale module's becomes `str$1`.
  await writeFile(join(dir, 'entry.ts'), "import {msg} from '@lit/localize';\nimport {templates} from './locales/fr.ts';\nconst str = (text) => text.trim();\nexport const about = msg('About');\nexport const trimmed = str(' x ');\nexport {templates};\n");
  const bundle = await rollup({input: join(dir, 'entry.ts'), external: ['@lit/localize'], plugins: [messageIds({locales})]});
  const {output: [{code}]} = await bundle.generate({format: 'es'});
  await bundle.close();
  assert.match(code, /str as str\$1/);
  assert.match(code, /'a': `À propos`,/);
  assert.doesNotMatch(code, /Écrire à/);
});
