// One classic script (IIFE) and one ES module, both minified and self-contained, each carrying English
// and French; and dist/esm/, ES modules for bundlers: one entry per element plus the whole library,
// shared code in chunks, Lit and @lit/localize left as bare imports so that an application has one Lit.
import {readFileSync} from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyTemplates from './scripts/rollup/minify-templates.mjs';
import trustedTypesOnce from './scripts/rollup/trusted-types-once.mjs';
import leanDecorate, {propertyTable} from './scripts/rollup/lean-decorate.mjs';
import messageIds from './scripts/rollup/message-ids.mjs';
import thirdPartyLicenses from './scripts/rollup/third-party-licenses.mjs';
import {checkMangledMembers, mangleMembers} from './scripts/rollup/mangle-members.mjs';
import litUnused from './scripts/rollup/lit-unused.mjs';
import textContentChildren from './scripts/rollup/text-content-children.mjs';
import shortCustomProperties from './scripts/rollup/short-custom-properties.mjs';

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** `lit`, `lit/…`, `@lit/…` (with @lit/localize): the imports dist/esm/ leaves to the application's bundler. */
export const litImports = (id) => /^(lit|@lit\/[^/]+)(\/|$)/.test(id);

// `oneFile`: the two self-contained bundles (the classic script and conference-widgets.esm.js), which
// carry their own Lit and @lit/localize and so can take build steps that dist/esm/ cannot (its chunks
// are minified one by one and leave Lit to the application). None changes the source:
// - terser gives our private and protected members (and a few internal keys) short names, the way
//   Lit's own production build does for its `_$xx` members (scripts/rollup/mangle-members.mjs says
//   which, why, and what never is);
// - each element's decorated fields become one `__properties` call (scripts/rollup/lean-decorate.mjs);
// - a message's short id is msg()'s second argument itself (scripts/rollup/message-ids.mjs);
// - Lit code these bundles cannot reach goes, each piece guarded (scripts/rollup/lit-unused.mjs);
// - the end tags that close an html`` template go, the DOM being the same (scripts/rollup/minify-templates.mjs);
// - our private custom properties (`--_space`…) get short names (scripts/rollup/short-custom-properties.mjs).
// Every build of plugins(), dist/esm/ too: static attribute values without quotes where none are
// needed (the CLI keeps them: its HTML is read as text).
export const plugins = ({oneFile = false} = {}) => [
  ...(oneFile ? [checkMangledMembers()] : []),
  leanDecorate(),
  {name: 'version', transform: (code) => ({code: code.replaceAll('__VERSION__', JSON.stringify(version)), map: null})},
  minifyTemplates({quotes: false, endTags: !oneFile}),
  trustedTypesOnce(),
  ...(oneFile ? [litUnused(), shortCustomProperties()] : []),
  resolve(),
  typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, declaration: false, compilerOptions: {types: [], noCheck: true}}),
  ...(oneFile ? [propertyTable()] : []),
  messageIds({bare: oneFile}),
  // `inline: 1`: terser inlines only functions with no parameters; inlining the others copies their
  // bodies, which gzip takes for more than the calls it saves (−27 B without the list, −22 B IIFE).
  terser({ecma: 2020, module: true, compress: {passes: 3, unsafe_arrows: true, unsafe: true, pure_getters: true, toplevel: true, inline: 1}, ...(oneFile && {mangle: mangleMembers}), format: {comments: false}}),
];

// The demo's own scripts (the snippet builder and the embed page): ES modules beside the library, never
// part of it. They read src/data for themselves; the elements come from the library's script on the page.
const demoPlugins = () => [
  resolve(),
  typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts', 'demo/**/*.ts'], noEmit: false, declaration: false, compilerOptions: {types: [], noCheck: true}}),
  terser({ecma: 2020, module: true, format: {comments: false}}),
];

// The CLI for pre-rendered HTML (src/cli/), for Node. Lit stays external (the server render and the
// elements must share one Lit, the package's own dependency); the parts of @lit-labs/ssr and parse5 it
// uses are bundled, so installing the package brings no server-side module loader and its dependencies.
// Production builds, as the browser runs. The server renders no property binding on a plain element:
// texts bound as `.textContent` are written as children (scripts/rollup/text-content-children.mjs).
const cli = {
  input: 'src/cli/main.ts',
  output: {file: 'dist/cli/render.js', format: 'es'},
  external: (id) => /^(node:|lit$|lit\/|lit-html|lit-element|@lit\/|@lit-labs\/ssr-dom-shim)/.test(id),
  plugins: [
    leanDecorate(),
    {name: 'version', transform: (code) => ({code: code.replaceAll('__VERSION__', JSON.stringify(version)), map: null})},
    textContentChildren(),
    minifyTemplates(),
    resolve({exportConditions: ['node', 'production']}),
    typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, declaration: false, compilerOptions: {types: ['node'], noCheck: true}}),
    thirdPartyLicenses(),
  ],
};

export default [
  // A second copy of the classic script stops before Lit is evaluated: the first one's elements and
  // window.ConferenceWidgets stay (and its Trusted Types policy, see scripts/rollup/trusted-types-once.mjs).
  {input: 'src/global.ts', output: {file: 'dist/conference-widgets.js', format: 'iife', sourcemap: true, intro: 'if (window.ConferenceWidgets) return;'}, plugins: plugins({oneFile: true})},
  {input: 'src/index.ts', output: {file: 'dist/conference-widgets.esm.js', format: 'es', sourcemap: true}, plugins: plugins({oneFile: true})},
  {
    input: {'index': 'src/index.ts', 'session-card': 'src/session-card.ts', 'session-list': 'src/session-list.ts', 'speaker-bio': 'src/speaker-bio.ts', 'track-banner': 'src/track-banner.ts'},
    external: litImports,
    output: {dir: 'dist/esm', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js'},
    plugins: plugins(),
  },
  {input: 'demo/builder/builder.ts', output: {file: 'dist/demo/builder.js', format: 'es', sourcemap: true}, plugins: demoPlugins()},
  {input: 'demo/embed/embed.ts', output: {file: 'dist/demo/embed.js', format: 'es', sourcemap: true}, plugins: demoPlugins()},
  cli,
];
