// Rollup plugin: collapses the indentation inside Lit's css`` and html`` templates, which the
// minifier keeps verbatim. Only whitespace runs that contain a line break change, so spaces that
// separate inline content on one line stay as written.
//
// With `endTags: false` (the one-file bundles), the end tags that close an html`` template are left
// out: a template is parsed as a fragment on its own, whose end closes every element still open, so
// the DOM is the same. Each template so shortened is parsed both ways (parse5) and the build stops if
// the two differ. Not for dist/esm/ and the CLI: @lit-labs/ssr writes a template's text as it is,
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

const END_TAG = /<\/[a-zA-Z][\w-]*>$/;

/**
 * The template's strings without the end tags that close it. The last string keeps one when it would
 * be empty otherwise: Lit puts a comment of its own after a template that ends with a binding.
 */
function withoutEndTags(strings) {
  const last = strings.length - 1;
  let text = strings[last];
  while (END_TAG.test(text)) {
    const shorter = text.replace(END_TAG, '');
    if (shorter === '' && last > 0) break;
    text = shorter;
  }
  if (text === strings[last]) return strings;
  const shortened = [...strings.slice(0, last), text];
  // The bindings as a text of their own, in attributes and between elements alike: the same in both.
  const tree = (parts) => serialize(parseFragment(parts.join('lit$binding$')));
  if (tree(shortened) !== tree(strings)) {
    throw new Error(`minify-templates: html\`${strings.join('${…}')}\` parses otherwise without its closing end tags`);
  }
  return shortened;
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
