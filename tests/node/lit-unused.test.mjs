// scripts/rollup/lit-unused.mjs and lean-decorate.mjs's property table: the Lit code the one-file
// bundles leave out is still spelled as the plugin expects, and a module of ours that would need it
// stops the build.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {test} from 'node:test';
import litUnused from '../../scripts/rollup/lit-unused.mjs';
import {propertyTable} from '../../scripts/rollup/lean-decorate.mjs';

const context = {error(message) { throw new Error(message); }};
const plugin = litUnused();
const transform = (code, id) => plugin.transform.call(context, code, id)?.code;

test('every edit finds its text once in the installed Lit (the browser modules the bundles take)', () => {
  for (const module of [
    '@lit/reactive-element/css-tag.js', '@lit/reactive-element/reactive-element.js', 'lit-html/lit-html.js', 'lit-element/lit-element.js',
    '@lit/localize/init/install.js', '@lit/localize/init/runtime.js', '@lit/localize/internal/runtime-msg.js',
  ]) {
    const file = fileURLToPath(new URL(`../../node_modules/${module}`, import.meta.url));
    const code = readFileSync(file, 'utf8');
    const out = transform(code, file);
    assert.ok(out && out.length < code.length, `${module} is edited`);
  }
  assert.throws(() => transform('export const x = 1;', '/x/node_modules/lit-html/lit-html.js'), /has Lit changed/);
});

test('a module of ours that needs what is left out stops the build', () => {
  const ours = '/project/src/components/x.ts';
  assert.throws(() => plugin.resolveId.call(context, 'lit/directives/class-map.js', ours), /directive support/);
  assert.throws(() => plugin.resolveId.call(context, 'lit/async-directive.js', ours), /directive support/);
  assert.equal(plugin.resolveId.call(context, 'lit', ours), null);
  assert.throws(() => transform("import {html, svg} from 'lit';", ours), /svg/);
  assert.throws(() => transform('html`<p>a</p><!-- ${x} -->`', ours), /comment/);
  assert.throws(() => transform('html`<div class=${a}\n  ${ref(b)}>`', ours), /element binding/);
  assert.throws(() => transform('@property({useDefault: true}) x = 1;', ours), /useDefault/);
  assert.throws(() => transform('static properties = {open: {type: Boolean}};', ours), /static properties/);
  assert.throws(() => transform('@property({type: Array}) items = [];', ours), /Object or Array/);
  assert.throws(() => transform('@property({noAccessor: true}) x = 1;', ours), /noAccessor/);
  assert.throws(() => transform('@property({converter: (value) => value?.split(",")}) ids = [];', ours), /converter/);
  assert.throws(() => transform('@property({hasChanged: (a, b) => a.id !== b.id}) item;', ours), /hasChanged/);
  assert.equal(transform("const formats = {frab: {type: Array, converter: toDocument}};", ours), undefined, 'not a property declaration');
  assert.throws(() => transform('@property({type: Boolean}) get open() { return this.x; }', ours), /getter, setter or accessor/);
  assert.throws(() => transform('__decorate([\n    property({ type: Boolean })\n], Card.prototype, "open", null);', ours), /getter, setter or accessor/);
  assert.equal(transform('__decorate([\n    property({ type: Boolean })\n], Card.prototype, "open", void 0);', ours), undefined);
  assert.equal(transform("@property({type: Number, attribute: 'heading-level'}) headingLevel = 2;", ours), undefined);
  assert.throws(() => transform("import {html, render} from 'lit';", ours), /render\(\)/);
  assert.throws(() => transform('this.renderOptions.creationScope = document;', ours), /render\(\)/);
  assert.throws(() => transform('html`<p>${a}</p><textarea>${b}</textarea>`', ours), /raw-text/);
  assert.throws(() => transform('html`<style>p { color: ${c} }</style>`', ours), /raw-text/);
  assert.throws(() => transform('msg(html`Hello <b>${name}</b>`)', ours), /msg\(html/);
  assert.throws(() => transform('const t = {_$litType$: {h: [], parts: []}, values: []};', ours), /compiled template/);
  assert.throws(() => transform('html`<button @click=${this.onClick}>a</button>`', ours), /event listener/);
  assert.throws(() => transform('html`<button @click=${{handleEvent: () => go(), once: true}}>a</button>`', ours), /event listener/);
  assert.throws(() => transform('html`<button @click=${open ? close : nothing}>a</button>`', ours), /event listener/);
  // Arrow functions, and names src/ declares as functions (dropImage, in src/components/internal/url.ts).
  assert.equal(transform('html`<button @click=${() => go()} @input=${(e: Event) => {\n  set(e);\n}}>a</button><img @error=${dropImage}>`', ours), undefined);
  assert.equal(transform("msg(str`Email ${name}`); msg('About');", ours), undefined);
  assert.equal(transform("import {html} from 'lit';\nhtml`<p part=\"a\" class=${b}>${c}</p>`", ours), undefined);
});

test('@lit/localize is configured by one module, and given only the locales it is configured with', () => {
  const locale = "const l = configureLocalization({sourceLocale: 'en', targetLocales: ['fr'], loadLocale: async () => ({ templates }),});\n" +
    'export const setLocale = (tag) => l.setLocale(uiLocaleFor(tag));';
  const fresh = litUnused();
  const run = (code, id) => fresh.transform.call(context, code, id);
  fresh.buildStart();
  assert.equal(run(locale, '/project/src/i18n/locale.ts'), null);
  assert.throws(() => run(locale, '/project/src/i18n/other.ts'), /second module/);
  fresh.buildStart();
  assert.throws(() => run(locale.replace('uiLocaleFor(tag)', 'tag'), '/project/src/i18n/locale.ts'), /uiLocaleFor/);
  fresh.buildStart();
  assert.throws(() => run(locale.replace('async () => ({ templates })', '(locale) => import(`./${locale}.js`)'), '/project/src/i18n/locale.ts'), /loadLocale/);
  // The module the bundles take passes that check.
  fresh.buildStart();
  const file = fileURLToPath(new URL('../../src/i18n/locale.ts', import.meta.url));
  assert.equal(run(readFileSync(file, 'utf8'), file), null);
});

test('decorated fields become one __properties call per class, in order', () => {
  const code = [
    'let Card = class Card extends LitElement {};',
    '__decorate([\n    property({ attribute: \'session-id\' })\n], Card.prototype, "sessionId");',
    '__decorate([\n    property()\n], Card.prototype, "start", void 0);',
    '__decorate([\n    state()\n], Card.prototype, "open");',
    'Card = __decorate([\n    customElement(\'x-card\')\n], Card);',
  ].join('\n');
  const out = propertyTable().transform(code, '/project/src/card.ts').code;
  assert.match(out, /^import \{__properties\} from 'lit\/decorators\.js';/);
  assert.match(out, /__properties\(Card, \{sessionId: \{ attribute: 'session-id' \}, start: 0, open: \{state: true\}\}\);/);
  assert.match(out, /Card = __decorate\(\[\n {4}customElement\('x-card'\)\n\], Card\);/);
  assert.doesNotMatch(out, /Card\.prototype/);
});
