// Rollup plugin: short ids for the UI messages. @lit/localize finds a translation by the message's
// id; a `msg()` call without one (all of ours) hashes its English text when it first runs, and the
// generated locale modules are keyed by those hashes (`s0487f33d9ddaabde`). Seventeen random
// characters per message do not compress: for our 51 messages they cost 0.7 KB gzip, and the hash
// function another 0.1 KB. At build time this plugin computes each call's hash as the runtime would,
// passes the id explicitly in its short form (`msg('About', {id: 'a'})`, @lit/localize's own option
// for explicit ids), gives the locale modules the same short keys, and drops the runtime hashing
// that no call needs any more. The source and the XLIFF files keep lit-localize's ids.
//
// `bare: true` (the one-file bundles, which carry @lit/localize's runtime and so the patched lookup):
// the id is msg()'s second argument itself, `msg('About', 'a')`, not an object around it. dist/esm/
// leaves @lit/localize to the application, whose runtime reads `options.id`, so it keeps `{id: 'a'}`.
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';

const LOCALES = 'src/generated/locales';
// A key of a generated locale module's `templates`, one per line: `'s0487f33d9ddaabde': `À propos`,`.
const KEY = /^\s*'([\w.-]+)':/gm;
// @lit/localize's runtime-msg.js: `const id = options?.id ?? generateId(template);`
const LOOKUP = /\boptions\?\.id \?\? generateId\(template\)/;

/** `a`…`z`, `A`…`Z`, `aa`, `ab`…: ids in the order the hashes first appear in the locale modules. */
const short = (n) => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  for (n++; n > 0; n = Math.floor((n - 1) / letters.length)) s = letters[(n - 1) % letters.length] + s;
  return s;
};

/** The hash lit-localize gives a message: `msg('About')`, ``msg(str`Email ${name}`)``. */
function hashOf(arg) {
  if (arg.type === 'Literal' && typeof arg.value === 'string') return generateMsgId(arg.value, false);
  if (arg.type === 'TemplateLiteral' && arg.expressions.length === 0) return generateMsgId(arg.quasis[0].value.cooked, false);
  if (arg.type === 'TaggedTemplateExpression' && arg.tag.type === 'Identifier' && ['str', 'html'].includes(arg.tag.name)) {
    return generateMsgId(arg.quasi.quasis.map((q) => q.value.cooked), arg.tag.name === 'html');
  }
}

/**
 * The id that `msg()`'s options give, `undefined` when they give none; `null` for options this
 * plugin does not read (anything but an object of literal `id` and `desc`).
 */
function explicitId(options) {
  if (!options) return undefined;
  if (options.type !== 'ObjectExpression') return null;
  let id;
  for (const p of options.properties) {
    const key = p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value);
    if (!['id', 'desc'].includes(key) || p.value.type !== 'Literal' || typeof p.value.value !== 'string') return null;
    if (key === 'id') id = p.value.value;
  }
  return id;
}

/** Every node of an ESTree AST. */
function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value === 'object') yield* walk(value);
  }
}

export default function messageIds({locales = LOCALES, bare = false} = {}) {
  const ids = new Map();
  /** The short ids of the msg() calls the build met: a translation no call asks for is left out. */
  const used = new Set();
  const dir = resolve(locales).replaceAll('\\', '/') + '/';
  return {
    name: 'message-ids',
    buildStart() {
      ids.clear();
      used.clear();
      for (const file of readdirSync(locales).filter((f) => f.endsWith('.ts')).sort()) {
        for (const [, hash] of readFileSync(join(locales, file), 'utf8').matchAll(KEY)) {
          if (!ids.has(hash)) ids.set(hash, short(ids.size));
        }
      }
    },
    transform(code, id) {
      const file = id.replaceAll('\\', '/');
      if (/\/@lit\/localize\/internal\/runtime-msg\.js$/.test(file)) {
        if (!LOOKUP.test(code)) this.error(`${id}: no "options?.id ?? generateId(template)" to replace; has @lit/localize changed?`);
        return {code: code.replace(LOOKUP, bare ? 'options' : 'options.id'), map: null};
      }
      // The hash's lookup table is filled when the module loads: with no caller left, it can go too.
      if (/\/@lit\/localize\/internal\/fnv1a64\.js$/.test(file)) return {code, map: null, moduleSideEffects: false};
      if (file.includes('/node_modules/') || !/\.ts$/.test(file)) return null;
      if (file.startsWith(dir)) return {code: code.replace(KEY, (key, hash) => key.replace(hash, ids.get(hash))), map: null};
      if (!/\bmsg\b/.test(code)) return null;
      const edits = [];
      for (const node of walk(this.parse(code))) {
        if (node.type === 'ImportSpecifier') node.imported.seen = node.local.seen = true;
        if ((node.type === 'MemberExpression' && !node.computed) || node.type === 'Property') (node.property ?? node.key).seen = true;
        if (node.type === 'Identifier' && node.name === 'msg' && !node.seen) {
          this.error(`${id}: msg used other than as msg(text) at ${node.start}; it needs an id`);
        }
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') continue;
        node.callee.seen = true;
        const [text, options] = node.arguments;
        const given = explicitId(options);
        const hash = given === null ? undefined : (given ?? (text && hashOf(text)));
        if (!hash || node.arguments.length > 2) this.error(`${id}: msg() at ${node.start} is not msg(text) or msg(text, {id, desc}) with literal values`);
        // A message no locale has yet gets an id no short one can be, so English shows.
        // `desc` is for translators only and stays out of the bundle.
        const shortId = `'${ids.get(hash) ?? `untranslated ${hash}`}'`;
        used.add(ids.get(hash));
        edits.push([text.end, options?.end ?? text.end, bare ? `, ${shortId}` : `, {id: ${shortId}}`]);
      }
      for (const [from, to, insert] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, from) + insert + code.slice(to);
      return {code, map: null};
    },
    // Once every module is read: the translations of messages no module of this build has (a build
    // without one of the elements) go. A locale module's entries are one per line, `'a': \`À propos\`,`,
    // or `'b': str\`Écrire à ${0}\`,` with the tag as Rollup renders it: renamed `str$1 ` when another
    // module of the bundle has a `str` of its own.
    renderChunk(code) {
      const pruned = code.replace(/^\s*'(\w+)': (?:str(?:\$\d+)? ?)?`[^\n]*`,\n/gm, (line, id) => ([...ids.values()].includes(id) && !used.has(id) ? '' : line));
      return pruned === code ? null : {code: pruned, map: null};
    },
  };
}
