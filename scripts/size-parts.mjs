// What each part of the library costs in the minified IIFE, in gzip bytes: each row is a bundle of
// the parts above it plus one more, so the difference is what that part adds. Slow (one build per row).
import {rmSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {plugins} from '../rollup.config.mjs';

const src = resolve(import.meta.dirname, '..', 'src');
const lit = "import {LitElement, html, css, nothing} from 'lit'; import {property} from 'lit/decorators.js'; console.log(LitElement, html, css, nothing, property);";
const localize = "import {configureLocalization, localized, msg, str} from '@lit/localize'; console.log(configureLocalization, localized, msg('a message'), str);";
const rows = [
  ['Lit (LitElement, html, css, property)', lit],
  ['+ @lit/localize', lit + localize],
  ['+ importers (pretalx, frab, Sessionize)', lit + localize + "export * from './data/import/index.js';"],
  ['+ base: loader, validator, styles, French', "export * from './components/internal/conference-element.js';"],
  ['+ <session-card> alone', "export * from './components/internal/conference-element.js'; export * from './components/session-card/session-card.js';"],
  ['+ <speaker-bio> alone', "export * from './components/internal/conference-element.js'; export * from './components/speaker-bio/speaker-bio.js';"],
  ['+ <track-banner> alone', "export * from './components/internal/conference-element.js'; export * from './components/track-banner/track-banner.js';"],
  ['+ <session-list> alone (with the <session-card> its rows open)', "export * from './components/internal/conference-element.js'; export * from './components/session-list/session-list.js';"],
  ['the whole library (dist/conference-widgets.js)', "import './global.js';"],
];
const entry = resolve(src, 'size-parts.tmp.ts');
try {
  for (const [name, code] of rows) {
    writeFileSync(entry, code);
    const bundle = await rollup({
      input: entry,
      onwarn() {},
      // The classic script's own plugins, so that each row is built as dist/conference-widgets.js is.
      plugins: plugins({oneFile: true}),
    });
    const {output} = await bundle.generate({format: 'iife'});
    console.log(`${String(gzipSync(output[0].code, {level: 9}).length).padStart(6)} B gzip  ${name}`);
  }
} finally {
  rmSync(entry, {force: true});
}
