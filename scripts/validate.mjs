// npm run validate -- FILE… [--format auto|native|pretalx|frab|sessionize] [--time-zone Europe/Paris]
//
// The strict reading of a document, for its authors: every fault, one line each, with the path, what
// belongs there and what was found. Widgets read the same data tolerantly (they show what they can
// and leave the faults out); this lists what to fix. It runs the widgets' own importers and validator
// (src/data), bundled on the fly with esbuild. Exit code: 0 without faults, 1 with any, 2 for a file
// that cannot be read at all.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {format: {type: 'string', default: 'auto'}, 'time-zone': {type: 'string'}, help: {type: 'boolean', short: 'h'}},
});
if (values.help || !positionals.length) {
  console.log('Usage: npm run validate -- FILE… [--format auto|native|pretalx|frab|sessionize] [--time-zone ZONE]');
  process.exit(values.help ? 0 : 2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const {outputFiles} = await build({
  stdin: {
    contents: `export {importDocument} from './src/data/import/index.ts'; export {check, describeFault} from './src/data/validate.ts'; export {NAMED_COLORS} from './src/data/color-names.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const {importDocument, check, describeFault, NAMED_COLORS} = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
// The browser knows its named colours; Node is told those of CSS Color 4 (src/data/color.ts).
globalThis.CSS ??= {supports: (property, value) => property === 'color' && NAMED_COLORS.has(value)};

let exit = 0;
for (const file of positionals) {
  let json;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.log(`${file}: cannot be read: ${error.message}`);
    exit = 2;
    continue;
  }
  try {
    const imported = importDocument(json, values.format, {timeZone: values['time-zone']});
    const {document, faults} = check(imported.document);
    const counts = ['sessions', 'speakers', 'tracks', 'rooms'].map((key) => `${document[key]?.length ?? 0} ${key}`).join(', ');
    console.log(`${file}: ${imported.format} format; ${counts} shown`);
    for (const note of imported.warnings) console.log(`  note  ${note}`);
    for (const fault of faults) console.log(`  fault ${describeFault(fault)}`);
    console.log(faults.length ? `  ${faults.length} fault(s) to fix; widgets show the document without them.` : '  no fault.');
    if (faults.length) exit = Math.max(exit, 1);
  } catch (error) {
    // Nothing to show: no format fits, or the event has no usable id, name or time zone.
    console.log(`${file}: ${error.kind === 'format' ? 'fits no format; ' : ''}${error.message}`);
    exit = 2;
  }
}
process.exit(exit);
