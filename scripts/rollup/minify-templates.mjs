// Rollup plugin: collapses the indentation inside Lit's css`` and html`` templates, which the
// minifier keeps verbatim. Only whitespace runs that contain a line break change, so spaces that
// separate inline content on one line stay as written.

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
    .replace(/(\[[\w-]+[~|^$*]?=)'([a-zA-Z_][\w-]*)'\]/g, '$1$2]');

/**
 * Rewrites the static parts of every html`` and css`` template in `code`; with `quotes: false`, static
 * attribute values that need no quotes lose them (the browser bundles; the CLI's HTML keeps them).
 */
export function minifyTemplates(code, {quotes = true} = {}) {
  return rewriteTemplates(code, /\b(html|css) ?`/g, (tag, strings, expressions) => {
    const collapse = tag === 'css' ? collapseCss : quotes ? collapseHtml : (t) => unquote(collapseHtml(t));
    return strings.map((text, k) => collapse(text) + (k < expressions.length ? '${' + expressions[k] + '}' : '')).join('');
  }, (source) => minifyTemplates(source, {quotes}));
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
