// Rollup plugin for the CLI build only (rollup.config.mjs's `cli`): rewrites, in our html`` templates,
// `<tag …attributes .textContent=${text}></tag>` into `<tag …attributes>${text}</tag>`.
//
// In the browser a text that fills an element is bound as its `.textContent`: a property binding
// costs no marker comment, so a card's shadow DOM stays small (issue 10). @lit-labs/ssr renders no
// property binding on a plain element, so pre-rendered HTML would lose those texts; as a child binding
// the server writes them. The client never hydrates that HTML (it renders from scratch and then drops
// it, see conference-element.ts), so the two templates need not be the same. A `.textContent=` this
// cannot rewrite stops the build.

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

/** Rewrites one template's body: its static strings and the source of its expressions (already rewritten). */
function rewriteTemplate(strings, expressions) {
  let out = strings[0];
  // The static text so far, each expression as `_`: a `<` inside an attribute's expression is no tag.
  let statics = strings[0];
  for (let k = 0; k < expressions.length; k++) {
    const next = strings[k + 1];
    const binding = out.match(/\s+\.textContent=$/);
    if (!binding) {
      out += '${' + expressions[k] + '}' + next;
      statics += '_' + next;
      continue;
    }
    const tag = statics.match(/<([a-zA-Z][\w-]*)(?![^]*<[a-zA-Z])/)?.[1];
    const close = tag && next.match(new RegExp(`^\\s*>(?=</${tag}\\s*>)`));
    if (!close) throw new Error(`.textContent=\${${expressions[k]}} is not the last attribute of an element left empty: …${statics.slice(-60)}`);
    out = out.slice(0, binding.index) + '>${' + expressions[k] + '}' + next.slice(close[0].length);
    statics = statics.slice(0, statics.length - binding[0].length) + '>_' + next.slice(close[0].length);
  }
  if (statics.includes('.textContent=')) throw new Error(`a .textContent= binding that is not \${…}: …${statics.slice(Math.max(0, statics.indexOf('.textContent=') - 60))}`);
  return out;
}

/** Every html`` template in `code`, nested ones too, with its `.textContent` bindings as children. */
export function textContentChildren(code) {
  let out = '';
  let last = 0;
  for (const match of code.matchAll(/\bhtml ?`/g)) {
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
        expressions.push(textContentChildren(code.slice(i + 2, close - 1)));
        i = chunk = close;
      } else i++;
    }
    strings.push(code.slice(chunk, end - 1));
    out += code.slice(last, start + 1) + rewriteTemplate(strings, expressions) + '`';
    last = end;
  }
  return out + code.slice(last);
}

export default function textContentChildrenPlugin() {
  return {
    name: 'text-content-children',
    transform(code, id) {
      if (!id.endsWith('.ts') || id.includes('node_modules') || !code.includes('.textContent=')) return null;
      let out;
      try {
        out = textContentChildren(code);
      } catch (error) {
        this.error(`${id}: ${error.message}`);
      }
      return {code: out, map: null};
    },
  };
}
