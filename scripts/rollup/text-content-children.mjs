// Rollup plugin for the CLI build only (rollup.config.mjs's `cli`): rewrites, in our html`` templates,
// `<tag …attributes .textContent=${text}></tag>` into `<tag …attributes>${text}</tag>`.
//
// In the browser a text that fills an element is bound as its `.textContent`: a property binding
// costs no marker comment, so a card's shadow DOM stays small (issue 10). @lit-labs/ssr renders no
// property binding on a plain element, so pre-rendered HTML would lose those texts; as a child binding
// the server writes them. The client never hydrates that HTML (it renders from scratch and then drops
// it, see conference-element.ts), so the two templates need not be the same. A `.textContent=` this
// cannot rewrite stops the build.

import {rewriteTemplates} from './template-scan.mjs';

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
  return rewriteTemplates(code, /\b(html) ?`/g, (_, strings, expressions) => rewriteTemplate(strings, expressions), textContentChildren);
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
