// Rollup plugin: collapses the indentation inside Lit's css`` and html`` templates, which the
// minifier keeps verbatim. Only whitespace runs that contain a line break change, so spaces that
// separate inline content on one line stay as written.

/** The index just past the template literal that starts at `start` (the backtick). */
function templateEnd(code, start) {
  let i = start + 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') return i + 1;
    else if (c === '$' && code[i + 1] === '{') i = expressionEnd(code, i + 2);
    else i++;
  }
  throw new Error('unterminated template literal');
}

/** The index just past the `}` that closes an expression starting at `start`. */
function expressionEnd(code, start) {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') i = templateEnd(code, i);
    else if (c === "'" || c === '"') {
      i++;
      while (code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new Error('unterminated expression');
}

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
  let out = '';
  let last = 0;
  for (const match of code.matchAll(/\b(html|css) ?`/g)) {
    const start = match.index + match[0].length - 1;
    if (start < last) continue; // inside a template already rewritten
    const end = templateEnd(code, start);
    const collapse = match[1] === 'css' ? collapseCss : quotes ? collapseHtml : (t) => unquote(collapseHtml(t));
    let body = '';
    let i = start + 1;
    let chunk = i;
    while (i < end - 1) {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        body += collapse(code.slice(chunk, i));
        const close = expressionEnd(code, i + 2);
        body += '${' + minifyTemplates(code.slice(i + 2, close - 1), {quotes}) + '}';
        i = chunk = close;
      } else i++;
    }
    body += collapse(code.slice(chunk, end - 1));
    out += code.slice(last, start + 1) + body + '`';
    last = end;
  }
  return out + code.slice(last);
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
