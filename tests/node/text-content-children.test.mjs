// scripts/rollup/text-content-children.mjs, the CLI build's rewrite of `.textContent` bindings into
// children (the server renders no property binding on a plain element): what it rewrites, nested
// templates and bindings before it included, and what stops the build.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import textContentChildren from '../../scripts/rollup/text-content-children.mjs';

const context = {error(message) { throw new Error(message); }};
const plugin = textContentChildren();
const transform = (code) => plugin.transform.call(context, code, '/project/src/components/x.ts')?.code;

test('a text bound as .textContent becomes the element\'s child, nested templates too', () => {
  assert.equal(transform('html`<p part="x" lang=${a < b ? c : {d: 1}.d} .textContent=${`${e}, ${f}`}></p>`'),
    'html`<p part="x" lang=${a < b ? c : {d: 1}.d}>${`${e}, ${f}`}</p>`');
  assert.equal(transform('x ? html`<li>${y && html`<span\n  lang=${l} .textContent=${v}></span>`}<h3 part=${p} .textContent=${"}"}></h3></li>` : z'),
    'x ? html`<li>${y && html`<span\n  lang=${l}>${v}</span>`}<h3 part=${p}>${"}"}</h3></li>` : z');
  // A comment that names the binding is no template.
  assert.equal(transform('// `.textContent=${x}` costs no marker\nconst a = 1;'), '// `.textContent=${x}` costs no marker\nconst a = 1;');
  assert.equal(plugin.transform.call(context, 'html`<p>${a}</p>`', '/project/src/x.ts'), null);
});

test('a .textContent binding it cannot rewrite stops the build', () => {
  for (const code of [
    'html`<p .textContent=${a} lang=${b}></p>`',
    'html`<p .textContent=${a}>text</p>`',
    'html`<p .textContent=${a}></span>`',
    'html`<p .textContent="a"></p>`',
  ]) assert.throws(() => transform(code), /textContent/, code);
});
