// Short names in the self-contained bundles for our own private and protected class members and the
// internal members of the data controller, as Lit's production build does for its `_$xx` members:
// `contentLang` and `renderItem` cost their length at every use, and gzip keeps little of that. The
// source keeps its names; only terser's output changes (`mangle.properties` with a regex of exactly
// these names). Only the two one-file bundles get it: dist/esm/'s chunks are minified one by one, so a
// name would get a different short form in each chunk, and the CLI's bundle is not minified.
//
// Never in the list: public API (attributes and properties of the elements, custom-elements.json),
// names Lit or the DOM call (every `override`; terser also keeps the DOM's names by itself), fields of
// the JSON data, of the events and of ConferenceError, and names a test reads. `buildStart` checks
// that each PRIVATE name is still declared `private` or `protected` in src/ and each INTERNAL one is
// still where it is said to be, so that a name made public later fails the build instead of being
// mangled.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

/** Declared `private` or `protected` (not `override`) in src/. */
const PRIVATE = [
  // components/internal/conference-element.ts
  'loader', 'internals', 'stopListening', 'prerendered', 'fromHtml', 'contentLang', 'describe', 'renderItem',
  'renderState', 'renderSkeleton', 'renderError', 'fromAttributesShown', 'documentLang', 'rich', 'shown', 'errorText',
  // the three elements
  'renderSessions', 'renderIntro', 'clock', 'clamp', 'expanded', 'chosen', 'unknown',
  // session-list (not `view`, `starred` or `count`: the list's events have fields of those names; not
  // its reactive state, whose names willUpdate() compares as strings)
  'rowTemplates', 'agendaOf', 'stopAgenda', 'hashChanged', 'openAgenda', 'setView', 'renderDay', 'renderRow',
  'renderControls', 'jumped',
  // components/internal/{clock,clamp}.ts
  'timer', 'resizes',
  // data/controller.ts
  'fetched', 'draft', 'childrenChanged', 'readInline', 'settle', 'reported', 'inline',
];

/** Members and keys of objects that never leave the library, each named with the file that declares it. */
const INTERNAL = {
  'src/data/controller.ts': ['selectItem', 'attributesDocument', 'outcome', 'retry', 'fromAttributes'],
  'src/data/validate.ts': ['faults', 'dropped', 'paths'],
  'src/components/internal/structured-data.ts': ['users'],
  'src/format/markup.ts': ['lines'],
  // @lit/localize's own: the event handler its controller keeps, and its promise with the functions
  // that settle it (these bundles carry their own @lit/localize; nothing outside reads them).
  'node_modules/@lit/localize/internal/localized-controller.js': ['__litLocalizeEventHandler'],
  'node_modules/@lit/localize/internal/deferred.js': ['_resolve', '_reject', 'settled'],
};

export const mangledMembers = [...PRIVATE, ...Object.values(INTERNAL).flat()];

/** terser's `mangle` option for the one-file bundles. */
export const mangleMembers = {properties: {regex: new RegExp(`^(${mangledMembers.join('|')})$`)}};

const sources = (dir) =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? (e.name === 'cli' || e.name === 'generated' ? [] : sources(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);

/** Rollup plugin: fails the build when a name of the list is no longer what the list says it is. */
export function checkMangledMembers() {
  return {
    name: 'check-mangled-members',
    buildStart() {
      const code = sources('src').map((file) => readFileSync(file, 'utf8')).join('\n');
      for (const name of PRIVATE) {
        if (!new RegExp(`\\b(private|protected)( abstract| readonly| get)* ${name}\\b`).test(code)) {
          this.error(`mangle-members: ${name} is not declared private or protected in src/ any more; take it out of the list or make it private again`);
        }
      }
      for (const [file, names] of Object.entries(INTERNAL)) {
        const text = readFileSync(file, 'utf8');
        for (const name of names) if (!new RegExp(`\\b${name}\\b`).test(text)) this.error(`mangle-members: ${name} is not in ${file} any more`);
      }
    },
  };
}
