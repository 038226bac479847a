// scripts/rollup/minify-templates.mjs: in the one-file bundles only, the end tags the HTML parser
// implies go, never where the DOM would differ; CSS loses the spaces its syntax does not need.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {minifyTemplates} from '../../scripts/rollup/minify-templates.mjs';

const browser = (code) => minifyTemplates(code, {quotes: false, endTags: false});

test('the end tags the parser implies go, one kept after a closing binding', () => {
  assert.equal(browser('html`<article>\n  <p part="a">${x}</p>\n</article>`'), 'html`<article><p part=a>${x}</p>`');
  assert.equal(browser('html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`'), 'html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`');
  assert.equal(browser('html`<ul><li>a</li><li>${b}</li></ul><p>c</p><div>d</div>`'), 'html`<ul><li>a<li>${b}</ul><p>c<div>d`');
  assert.equal(browser('html`<p><b>a</b> ${x} b</p>`'), 'html`<p><b>a</b> ${x} b`');
  assert.equal(browser('html`<p>a</p> `'), 'html`<p>a</p> `', 'a text after the last element stays outside it');
});

test('the CLI and dist/esm/ keep them', () => {
  assert.equal(minifyTemplates('html`<p>${x} a</p>`'), 'html`<p>${x} a</p>`');
  assert.equal(minifyTemplates('html`<p>${x} a</p>`', {quotes: false}), 'html`<p>${x} a</p>`');
});

test('an end tag stays where the DOM would differ without it', () => {
  // Bindings are where Lit puts them: a comment between nodes, a text in an attribute.
  assert.equal(browser('html`<span>${a}</span><span title=${b}>c</span>d`'), 'html`<span>${a}</span><span title=${b}>c</span>d`');
  // A formatting element left open is opened again for the text after its parent.
  assert.equal(browser('html`<div><em>a</em></div>b`'), 'html`<div><em>a</em></div>b`');
  // In <plaintext> an end tag is text.
  assert.equal(browser('html`<div><plaintext>${x}</plaintext></div>`'), 'html`<div><plaintext>${x}</plaintext></div>`');
});

test('CSS: no space the syntax does not need', () => {
  assert.equal(minifyTemplates('css`\n  p { margin: 0 }\n`'), 'css`p{margin:0}`');
  assert.equal(minifyTemplates('css`a { b: calc(var(--x) * 1.5); c: calc(1em - 2 * var(--y) - 2px) }`'), 'css`a{b:calc(var(--x)*1.5);c:calc(1em - 2*var(--y) - 2px)}`');
  assert.equal(minifyTemplates('css`@container (width < 45em) { a { b: c } } @container (width >= 30em) { d { e: f } }`'), 'css`@container (width<45em){a{b:c}}@container (width>=30em){d{e:f}}`');
  assert.equal(minifyTemplates("css`.a > * + * { b: none !important } .c::before { content: '·' / '' }`"), "css`.a>*+*{b:none!important}.c::before{content:'·'/''}`");
  assert.equal(minifyTemplates('css`:not(.x) * .y { a: b }`'), 'css`:not(.x) * .y{a:b}`', 'a universal descendant keeps its spaces');
});
