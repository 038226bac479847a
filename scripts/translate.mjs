// Adds French targets to locales/fr.xlf from a JSON object on stdin (or a file argument):
//   {"Ids in the data: {0}": "Identifiants présents : {0}"}
// Keys are the English sources with each placeholder written {0}, {1}…; run `lit-localize extract`
// first so the units exist. Units already translated are replaced only with --force.
import {readFileSync, writeFileSync} from 'node:fs';

const file = new URL('../locales/fr.xlf', import.meta.url);
const args = process.argv.slice(2);
const force = args.includes('--force');
const input = args.find((a) => !a.startsWith('--'));
const pairs = JSON.parse(readFileSync(input ?? 0, 'utf8'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let xlf = readFileSync(file, 'utf8');
const missing = new Set(Object.keys(pairs));
xlf = xlf.replace(/<trans-unit id="([^"]+)">\n {2}<source>([^]*?)<\/source>(\n {2}<target>[^]*?<\/target>)?((?:\n {2}<note[^]*?<\/note>)?)\n<\/trans-unit>/g,
  (unit, id, source, target, note) => {
    const placeholders = [];
    const key = source.replace(/<x [^>]*\/>/g, (x) => `{${placeholders.push(x) - 1}}`)
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    if (!(key in pairs)) return unit;
    missing.delete(key);
    if (target && !force) return unit;
    const text = escape(pairs[key]).replace(/\{(\d+)\}/g, (_, i) => placeholders[+i] ?? `{${i}}`);
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${text}</target>${note}\n</trans-unit>`;
  });
writeFileSync(file, xlf);
if (missing.size) {
  console.error(`No unit for:\n${[...missing].map((k) => `  ${k}`).join('\n')}`);
  process.exitCode = 1;
}
