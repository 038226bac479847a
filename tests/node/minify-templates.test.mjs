// scripts/rollup/minify-templates.mjs: the end tags that close an html`` template go in the one-file
// bundles only, never where the DOM would differ.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {minifyTemplates} from '../../scripts/rollup/minify-templates.mjs';

const browser = (code) => minifyTemplates(code, {quotes: false, endTags: false});

test('the end tags that close a template go, one kept after a closing binding', () => {
  assert.equal(browser('html`<article>\n  <p part="a">${x}</p>\n</article>`'), 'html`<article><p part=a>${x}</p>`');
  assert.equal(browser('html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`'), 'html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`');
  assert.equal(browser('html`<p><b>a</b> ${x} b</p>`'), 'html`<p><b>a</b> ${x} b`');
  assert.equal(browser('html`<p>a</p> `'), 'html`<p>a</p> `', 'a text after the last element stays outside it');
});

test('CSS: no space the syntax does not need', () => {
  assert.equal(minifyTemplates('css`\n  p { margin: 0 }\n`'), 'css`p{margin:0}`');
  assert.equal(minifyTemplates('css`a { b: calc(var(--x) * 1.5); c: calc(1em - 2 * var(--y) - 2px) }`'), 'css`a{b:calc(var(--x)*1.5);c:calc(1em - 2*var(--y) - 2px)}`');
  assert.equal(minifyTemplates('css`@container (width < 45em) { a { b: c } } @container (width >= 30em) { d { e: f } }`'), 'css`@container (width<45em){a{b:c}}@container (width>=30em){d{e:f}}`');
  assert.equal(minifyTemplates("css`.a > * + * { b: none !important } .c::before { content: '·' / '' }`"), "css`.a>*+*{b:none!important}.c::before{content:'·'/''}`");
  assert.equal(minifyTemplates('css`:not(.x) * .y { a: b }`'), 'css`:not(.x) * .y{a:b}`', 'a universal descendant keeps its spaces');
});

test('the CLI and dist/esm/ keep them', () => {
  assert.equal(minifyTemplates('html`<p>${x} a</p>`'), 'html`<p>${x} a</p>`');
  assert.equal(minifyTemplates('html`<p>${x} a</p>`', {quotes: false}), 'html`<p>${x} a</p>`');
});

test('a template whose DOM would differ stops the build', () => {
  // In <plaintext> an end tag is text: without it the text differs.
  assert.throws(() => browser('html`<div><plaintext>${x}</plaintext></div>`'), /parses otherwise/);
});
