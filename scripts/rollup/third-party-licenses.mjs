// Writes THIRD-PARTY-LICENSES.txt beside a bundle that carries code of other packages (the CLI bundles
// parts of @lit-labs/ssr and parse5): each package's name, version, licence and its licence file, as
// their licences ask when their code is redistributed.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, sep} from 'node:path';

/** The folder of the package a module file belongs to (the closest one with a package.json and a name). */
function packageOf(file) {
  for (let dir = dirname(file); dir.includes(`${sep}node_modules${sep}`); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name) return dir;
  }
  return undefined;
}

export default function thirdPartyLicenses() {
  return {
    name: 'third-party-licenses',
    generateBundle(_options, bundle) {
      const dirs = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const dir = id.includes(`${sep}node_modules${sep}`) ? packageOf(id.replace(/^\0/, '').split('?')[0]) : undefined;
          if (dir) dirs.add(dir);
        }
      }
      const sections = [...dirs].sort().map((dir) => {
        const {name, version, license} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
        return `${name}@${version} (${license})\n\n${file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file in the package)'}\n`;
      });
      if (sections.length) {
        this.emitFile({type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source: `Code of these packages is bundled in this folder's files.\n\n${sections.join('\n---\n\n')}`});
      }
    },
  };
}
