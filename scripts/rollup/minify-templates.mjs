// Rollup plugin: collapses the indentation inside Lit's css`` and html`` templates, which the
// minifier keeps verbatim. Only whitespace runs that contain a line break change, so spaces that
// separate inline content on one line stay as written.
//
// With `endTags: false` (the one-file bundles), an end tag the HTML parser implies goes: at the end of
// a template (a template is parsed on its own, and its end closes every element still open), or before
// a parent's end tag or a sibling that closes it (`</li>` before `<li>`, `</p>` before `<div>`). Each
// is left out only when parse5, which parses a <template>'s content as browsers do, gives the same
// DOM without it. Not for dist/esm/ and the CLI: @lit-labs/ssr writes a template's text as it is,
// where another element's content may follow it.

import {parseFragment, serialize} from 'parse5';
import {rewriteTemplates} from './template-scan.mjs';

const collapseHtml = (s) => s.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
/** `part="title"` as `part=title`: a static value of letters, digits and hyphens, before a space or `>`. */
const unquote = (s) => s.replace(/(\s[a-z][\w-]*)="([\w-]+)"(?=[\s>])/g, '$1=$2');
const collapseCss = (s) =>
  s.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}')
    // `prop: value` only: a space before a colon (`a :hover`) is a descendant combinator.
    .replace(/([\w-]):\s+/g, '$1:')
    // `0.5em` as `.5em`; `[variant='card']` as `[variant=card]` (a value that is an identifier).
    .replace(/([^\w.#-]-?)0\.(\d)/g, '$1.$2')
    .replace(/(\[[\w-]+[~|^$*]?=)'([a-zA-Z_][\w-]*)'\]/g, '$1$2]')
    // `calc(a * 1.5)` as `calc(a*1.5)` (`+` and `-` need their spaces), `(width < 45em)` as
    // `(width<45em)`, `none !important` as `none!important`, `content: '●' / ''` as `'●'/''`.
    .replace(/([\d)])\s*([*/])\s*(?=\d|\.\d|var\(|\()/g, '$1$2')
    .replace(/\(([\w-]+)\s*([<>]=?)\s*/g, '($1$2')
    .replace(/\s+!important/g, '!important')
    .replace(/'\s*\/\s*'/g, "'/'")
    // `.a>* + *` as `.a>*+*`: a sibling combinator in a selector (in calc() the spaces stay).
    .replace(/([>*])\s\+\s(?=[*:.[\w])/g, '$1+');

const END_TAG = /<\/[a-zA-Z][\w-]*>/g;

/**
 * The template as the browser parses it, each binding standing in as Lit marks it: a comment between
 * nodes, a text in an attribute.
 */
function tree(strings) {
  let html = strings[0];
  for (const text of strings.slice(1)) html += (html.lastIndexOf('<') > html.lastIndexOf('>') ? 'lit$binding$' : '<!--lit$binding$-->') + text;
  return serialize(parseFragment(html));
}

/**
 * The template's strings without each end tag the parser implies where it stands (the end of the
 * template, or a parent's end tag, closes what is still open): one is left out only when the parsed
 * template (parse5, as a browser parses a <template>'s content) stays the same. The last string keeps
 * its text when it would be empty otherwise: Lit puts a comment of its own after a template that ends
 * with a binding.
 */
function withoutEndTags(strings) {
  const parsed = tree(strings);
  const out = [...strings];
  for (let k = out.length - 1; k >= 0; k--) {
    const ends = [...out[k].matchAll(END_TAG)].reverse();
    for (const {index, 0: tag} of ends) {
      const text = out[k].slice(0, index) + out[k].slice(index + tag.length);
      if (text === '' && k === out.length - 1 && k > 0) continue;
      const candidate = out.with(k, text);
      if (tree(candidate) === parsed) out[k] = text;
    }
  }
  return out;
}

/**
 * Rewrites the static parts of every html`` and css`` template in `code`; with `quotes: false`, static
 * attribute values that need no quotes lose them (the browser bundles; the CLI's HTML keeps them); with
 * `endTags: false`, the end tags that close a template go.
 */
export function minifyTemplates(code, {quotes = true, endTags = true} = {}) {
  return rewriteTemplates(code, /\b(html|css) ?`/g, (tag, strings, expressions) => {
    const collapse = tag === 'css' ? collapseCss : quotes ? collapseHtml : (t) => unquote(collapseHtml(t));
    let texts = strings.map(collapse);
    if (tag === 'css') texts = texts.map((text, k) => (k === 0 ? text.trimStart() : text)).map((text, k) => (k === texts.length - 1 ? text.trimEnd() : text));
    if (tag === 'html' && !endTags) texts = withoutEndTags(texts);
    return texts.map((text, k) => text + (k < expressions.length ? '${' + expressions[k] + '}' : '')).join('');
  }, (source) => minifyTemplates(source, {quotes, endTags}));
}

export default function minifyTemplatesPlugin(options) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.endsWith('.ts') || id.includes('node_modules')) return null;
      return {code: minifyTemplates(code, options), map: null};
    },
  };
}
