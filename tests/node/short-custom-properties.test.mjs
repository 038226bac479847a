// scripts/rollup/short-custom-properties.mjs: the one-file bundles' private custom properties get
// short names, the same in every module; `--_track` keeps its own; a name built from parts stops the build.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import shortCustomProperties, {rename, shortNames} from '../../scripts/rollup/short-custom-properties.mjs';

test('the most used get the shortest names, --_track and the page\'s --conf-… theirs', () => {
  const css = ':host { --_space: var(--conf-space, 1em); --_border: #ccc; } a { padding: var(--_space); margin: var(--_space); border: 1px solid var(--_border); color: var(--_track, var(--_accent)); }';
  const renames = shortNames(css);
  assert.deepEqual([...renames], [['space', 'a'], ['border', 'b'], ['accent', 'c']]);
  assert.equal(rename(css, renames), ':host { --_a: var(--conf-space, 1em); --_b: #ccc; } a { padding: var(--_a); margin: var(--_a); border: 1px solid var(--_b); color: var(--_track, var(--_c)); }');
});

test('a short name that is a long one already is skipped', () => {
  assert.deepEqual([...shortNames('--_b --_b --_a')], [['b', 'c'], ['a', 'd']]);
});

test('the names of src/ are renamed in each module of ours, and a name built from parts stops the build', () => {
  const plugin = shortCustomProperties();
  const context = {error(message) { throw new Error(message); }};
  plugin.buildStart.call(context);
  const out = plugin.transform.call(context, 'css`.skeleton { min-block-size: var(--_reserve, 12em); }`', '/project/src/styles/base.ts').code;
  assert.match(out, /var\(--_[a-z]{1,2}, 12em\)/);
  assert.equal(plugin.transform.call(context, 'const a = "--_reserve";', '/project/node_modules/lit/index.js'), null);
  assert.throws(() => plugin.transform.call(context, 'el.style.setProperty(`--_${name}`, value);', '/project/src/x.ts'), /built from parts/);
  assert.throws(() => plugin.transform.call(context, "el.style.setProperty('--_' + name, value);", '/project/src/x.ts'), /built from parts/);
});
