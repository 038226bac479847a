// The template literals of source text, cut into their static strings and the source of their ${…}
// expressions, for the build steps that rewrite Lit's templates (minify-templates.mjs,
// text-content-children.mjs).

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
      while (code[i] !== c) {
        if (i >= code.length) throw new Error('unterminated string');
        i += code[i] === '\\' ? 2 : 1;
      }
      i++;
    } else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new Error('unterminated expression');
}

/**
 * `code` with each template literal that `tags` finds (a global RegExp that ends at the backtick, its
 * group 1 the tag) as `rewrite(tag, strings, expressions)` gives it. Each expression's source goes
 * through `inner` first, so that templates nested in it are rewritten too.
 */
export function rewriteTemplates(code, tags, rewrite, inner) {
  let out = '';
  let last = 0;
  for (const match of code.matchAll(tags)) {
    const start = match.index + match[0].length - 1;
    if (start < last) continue; // inside a template already rewritten
    const end = templateEnd(code, start);
    const strings = [];
    const expressions = [];
    let i = start + 1;
    let chunk = i;
    while (i < end - 1) {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        strings.push(code.slice(chunk, i));
        const close = expressionEnd(code, i + 2);
        expressions.push(inner(code.slice(i + 2, close - 1)));
        i = chunk = close;
      } else i++;
    }
    strings.push(code.slice(chunk, end - 1));
    out += code.slice(last, start + 1) + rewrite(match[1], strings, expressions) + '`';
    last = end;
  }
  return out + code.slice(last);
}
