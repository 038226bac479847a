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
const collapseCss = (s) =>
  s.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}')
    // `prop: value` only: a space before a colon (`a :hover`) is a descendant combinator.
    .replace(/([\w-]):\s+/g, '$1:');

/** Rewrites the static parts of every html`` and css`` template in `code`. */
export function minifyTemplates(code) {
  let out = '';
  let last = 0;
  for (const match of code.matchAll(/\b(html|css) ?`/g)) {
    const start = match.index + match[0].length - 1;
    if (start < last) continue; // inside a template already rewritten
    const end = templateEnd(code, start);
    const collapse = match[1] === 'css' ? collapseCss : collapseHtml;
    let body = '';
    let i = start + 1;
    let chunk = i;
    while (i < end - 1) {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        body += collapse(code.slice(chunk, i));
        const close = expressionEnd(code, i + 2);
        body += '${' + minifyTemplates(code.slice(i + 2, close - 1)) + '}';
        i = chunk = close;
      } else i++;
    }
    body += collapse(code.slice(chunk, end - 1));
    out += code.slice(last, start + 1) + body + '`';
    last = end;
  }
  return out + code.slice(last);
}

export default function minifyTemplatesPlugin() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.endsWith('.ts') || id.includes('node_modules')) return null;
      return {code: minifyTemplates(code), map: null};
    },
  };
}
