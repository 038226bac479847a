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
  assert.equal(browser('css`p { margin: 0 }`'), 'css`p{margin:0}`');
});

test('the CLI and dist/esm/ keep them', () => {
  assert.equal(minifyTemplates('html`<p>${x} a</p>`'), 'html`<p>${x} a</p>`');
  assert.equal(minifyTemplates('html`<p>${x} a</p>`', {quotes: false}), 'html`<p>${x} a</p>`');
});

test('a template whose DOM would differ stops the build', () => {
  // In <plaintext> an end tag is text: without it the text differs.
  assert.throws(() => browser('html`<div><plaintext>${x}</plaintext></div>`'), /parses otherwise/);
});
