// Fails when a string in locales/fr.xlf has no French target: nothing ships untranslated.
import {readFileSync} from 'node:fs';

const xlf = readFileSync(new URL('../locales/fr.xlf', import.meta.url), 'utf8');
const units = [...xlf.matchAll(/<trans-unit id="([^"]+)">([^]*?)<\/trans-unit>/g)];
const untranslated = units.filter(([, , body]) => !/<target>[^]*?\S[^]*?<\/target>/.test(body));
if (untranslated.length) {
  console.error(`locales/fr.xlf: ${untranslated.length} of ${units.length} strings have no French target:`);
  for (const [, id, body] of untranslated) console.error(`  ${id}: ${body.match(/<source>([^]*?)<\/source>/)?.[1]}`);
  process.exit(1);
}
console.log(`locales/fr.xlf: all ${units.length} strings translated.`);
