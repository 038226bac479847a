// One classic script (IIFE) and one ES module, both minified, each carrying English and French.
import {readFileSync} from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyTemplates from './scripts/rollup/minify-templates.mjs';
import trustedTypesOnce from './scripts/rollup/trusted-types-once.mjs';
import leanDecorate from './scripts/rollup/lean-decorate.mjs';

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const plugins = () => [
  leanDecorate(),
  {name: 'version', transform: (code) => ({code: code.replaceAll('__VERSION__', JSON.stringify(version)), map: null})},
  minifyTemplates(),
  trustedTypesOnce(),
  resolve(),
  typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, declaration: false, compilerOptions: {types: []}}),
  terser({ecma: 2020, module: true, compress: {passes: 3, unsafe_arrows: true, unsafe: true, pure_getters: true, toplevel: true}, format: {comments: false}}),
];

// The CLI for pre-rendered HTML (src/cli/), for Node. Lit and @lit-labs/ssr stay external: the
// server render and the elements must share one Lit. Production builds, as the browser runs.
const cli = {
  input: 'src/cli/main.ts',
  output: {file: 'dist/cli/render.js', format: 'es'},
  external: (id) => /^(node:|lit$|lit\/|lit-html|lit-element|@lit\/|@lit-labs\/|parse5)/.test(id),
  plugins: [
    leanDecorate(),
    {name: 'version', transform: (code) => ({code: code.replaceAll('__VERSION__', JSON.stringify(version)), map: null})},
    minifyTemplates(),
    resolve({exportConditions: ['node', 'production']}),
    typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, declaration: false, compilerOptions: {types: ['node']}}),
  ],
};

export default [
  // A second copy of the classic script stops before Lit is evaluated: the first one's elements and
  // window.ConferenceWidgets stay (and its Trusted Types policy, see scripts/rollup/trusted-types-once.mjs).
  {input: 'src/global.ts', output: {file: 'dist/conference-widgets.js', format: 'iife', sourcemap: true, intro: 'if (window.ConferenceWidgets) return;'}, plugins: plugins()},
  {input: 'src/index.ts', output: {file: 'dist/conference-widgets.esm.js', format: 'es', sourcemap: true}, plugins: plugins()},
  cli,
];
