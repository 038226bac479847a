// Rollup plugin: code in Lit's production modules that this library's one-file bundles can never
// reach, each replaced as an exact text (the build stops if Lit spells it otherwise, so an upgrade is
// looked at again rather than silently patched wrong).
//
// - css-tag.js: the errors for a css`` template that interpolates something other than css`` and for
//   `new CSSResult()`. Ours are checked when the module loads (every style is built then), and neither
//   `css` nor CSSResult is reachable from the page; the messages (200 characters of English) keep
//   their meaning in a few words.
// - reactive-element.js: the reading of standard decorators' metadata (`Symbol.metadata` and
//   `globalThis.litPropertyMetadata`). Our decorators are TypeScript's experimental ones, whose
//   `property()` calls createProperty (scripts/rollup/lean-decorate.mjs drops the standard branch of
//   `property()` that would fill that metadata), so the map is always empty here.
// - reactive-element.js: the `useDefault` property option (Lit 3.3), which no property of ours
//   sets: its bookkeeping (`_$Ej`) is never filled, so the code that reads it goes. `transform`
//   stops the build if a module of ours names `useDefault`.
// - reactive-element.js: the property declarations and options no element of ours uses: a `static
//   properties` field (scripts/rollup/lean-decorate.mjs declares each property with createProperty()),
//   the Object and Array attribute converters (ours are strings, numbers and booleans), a property's
//   own `converter` or `hasChanged` (ours convert and compare as Lit does by default), `noAccessor`,
//   and a reactive property on an accessor of the class's own (what Lit calls `wrapped`: ours are
//   fields). `transform` stops the build if a module of ours declares a property in one of these ways
//   (the options in a @property() or @state()). Like `useDefault` above, they are what a subclass of
//   our elements might declare; dist/esm/, the build to extend them from, keeps them.
// - lit-html.js: directives. The library uses none (no lit/directives/…, no directive()), so a
//   binding's value is the value itself: resolveDirective() becomes the identity. `resolveId` stops
//   the build if a module ever imports Lit's directive modules, which would need it back.
// - lit-html.js: svg`` and mathml`` results (the library's few SVG elements are inside html``),
//   bindings inside HTML comments (`<!-- ${x} -->`), and element bindings (`<div ${x}>`, which only
//   a directive can use). `transform` stops the build if a module of ours imports svg or mathml from
//   Lit or writes a comment or an element binding in an html`` template.
// - reactive-element.js, lit-html.js, lit-element.js: the hooks of @webcomponents' polyfill-support,
//   for browsers without native Shadow DOM. None of them can parse these bundles (ES2022: class
//   static blocks), and every browser that can has Shadow DOM. So css-tag.js's test of ShadyCSS (the
//   polyfill's, which only those hooks would have made use of) and of ShadowRoot goes too.
// - lit-html.js: bindings inside raw-text elements (<script>, <style>, <textarea>, <title>), whose
//   content the template parser must read as text. No template of ours holds one: `transform` stops
//   the build if an html`` template does.
// - lit-html.js, lit-element.js: what parts keep for directives and for callers of render(): whether
//   a part is connected (AsyncDirective's `isConnected`, `setConnected()`, LitElement's calls of it),
//   a part's `parentNode`, `startNode`, `endNode` and `tagName`, and the `creationScope` render option.
//   No directive can run here (above) and LitElement is render()'s only caller: `transform` stops the
//   build if a module of ours imports render() or names those options.
// - reactive-element.js, lit-html.js, lit-element.js: the version announcements
//   (`globalThis.litHtmlVersions` and the like), which only Lit's development builds read, to warn
//   about several copies of Lit on a page; these bundles' copy is private by design.
// - @lit/localize: the errors for configuring twice, for setLocale() before configuring, and for a
//   locale the configuration lacks (with the set of locales kept for that check). src/i18n/locale.ts
//   configures once, when it loads, and passes setLocale() only what uiLocaleFor() returns (`en` or
//   `fr`, both configured); `transform` stops the build if a second module configures or locale.ts
//   calls setLocale() otherwise.
// - @lit/localize: a locale that fails to load (its `error` status event and rejected promise). The
//   French templates are in the bundle: locale.ts's loadLocale is `async () => ({templates})`, which
//   cannot fail; `transform` stops the build if it is anything else.
// - lit-html.js: resolveDirective()'s calls (the identity without directives, above), with the part
//   the parts' setters passed it, and the `wrap` that is the identity without polyfill support: the
//   value and the node themselves.
// - lit-html.js: the template scanner's state for an HTML comment, which no template of ours holds
//   (`transform` stops the build otherwise, above).
// - lit-html.js: the test of a template part's type when making it: without element bindings, one
//   that is not a child part is an attribute part.
// - lit-html.js: compiled templates (@lit-labs/compiler's output, `_$litType$` holding the prepared
//   template). Ours are html`` templates: `transform` stops the build if a module names `_$litType$`.
// - lit-html.js: event listeners that are objects with a `handleEvent` method, or that carry listener
//   options (`capture`, `once`, `passive`). Every `@event=${…}` of ours is an arrow function or a
//   function declared as one: `transform` stops the build otherwise. The `this` of a listener is the
//   element whose template it is (its render options' `host`, as LitElement always sets).
// - lit-element.js: the hook of @lit-labs/ssr-client's hydration support. These bundles never hydrate
//   (docs/prerender.md): a page's hydration support, for its own Lit, must not patch this private copy.
// - @lit/localize: the lookup of html`` messages (msg(html`…`)), which we never write (our messages are
//   strings and str``: `transform` stops the build otherwise).
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const EDITS = [
  [/[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/, [
    ['t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&', ''],
    ['throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")', 'throw Error("CSSResult: use css``")'],
    [`throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")`, 'throw Error("css``: not a css`` value: "+t)'],
  ]],
  [/[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/, [
    ['const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}', ''],
    ['Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
    ['p=a.reactiveElementPolyfillSupport,', ''],
    ['p?.({ReactiveElement:y}),', ''],
    [',(a.reactiveElementVersions??=[]).push("2.1.2")', ''],
    [',useDefault:!1,', ','],
    ['||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', ''],
    ['C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}', 'C(t,s,{reflect:e}){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t)}'],
    ['this[e]=r??this._$Ej?.get(e)??r', 'this[e]=r'],
    ['if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(d("properties"))){const t=this.properties,s=[...r(t),...o(t)];for(const i of s)this.createProperty(i,t[i])}', 'this.finalized=!0,this._$Ei();'],
    ['case Object:case Array:t=null==t?t:JSON.stringify(t)}', '}'],
    ['case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}', ''],
    [',!s.noAccessor){', '){'],
    ['this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),', ''],
    ['(void 0!==i.converter?.toAttribute?i.converter:u).toAttribute(s,i.type)', 'u.toAttribute(s,i.type)'],
    ['h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u;', 'h=u;'],
    ['(i.hasChanged??f)(h,s)', 'f(h,s)'],
    ['b={attribute:!0,type:String,converter:u,reflect:!1,', 'b={attribute:!0,type:String,reflect:!1,'],
    ['reflect:!1,hasChanged:f}', 'reflect:!1}'],
    ['const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}', ''],
  ]],
  [/[\\/]lit-html[\\/]lit-html\.js$/, [
    ['function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}', 'function M(t,i){return i}'],
    [',B=t.litHtmlPolyfillSupport;B?.(S,k),', ';'],
    ['l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
    ['+(2===i?"</svg>":3===i?"</math>":"")', ''],
    [',2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}', ',0);'],
    ['else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}', ''],
    ['else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t))', ''],
    [':6===r.type&&(i=new Z(h,this,t))', ':0'],
    ['1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):0', 'i=new r.ctor(h,r.name,r.strings,this,t)'],
    ['class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){M(this,t)}}', ''],
    ['F:Z}', '}'],
    ['y.test(u[2])&&(n=RegExp("</"+u[2],"g")),', ''],
    ['if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}', ''],
    ['(t.litHtmlVersions??=[]).push("3.3.3");', ''],
    ['this._$AV=[],this._$AN=void 0,this._$AD=t', 'this._$AV=[],this._$AD=t'],
    ['get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t)', 'u(t)'],
    ['(t?.creationScope??l).importNode(i,!0)', 'l.importNode(i,!0)'],
    ['class k{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor', 'class k{constructor'],
    ['this._$AH=A,this._$AN=void 0,this._$AA=t', 'this._$AH=A,this._$AA=t'],
    [',this._$Cv=e?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI', '}_$AI'],
    ['for(this._$AP?.(!1,!0,s);t!==this._$AB;)', 'for(;t!==this._$AB;)'],
    ['setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}}class H{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,i,s,e,h){this.type=1,this._$AH=A,this._$AN=void 0,', '}class H{constructor(t,i,s,e,h){this.type=1,this._$AH=A,'],
    ['_$AI(t,i=this){t=M(this,t,i),a(t)?', '_$AI(t,i=this){a(t)?'],
    ['if(void 0===h)t=M(this,t,i,0),o=', 'if(void 0===h)o='],
    ['r=M(this,e[s+n],i,n),', 'r=e[s+n],'],
    ['if((t=M(this,t,i,0)??A)===E)', 'if((t??=A)===E)'],
    ['"number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)', 'this._$AC(t)'],
    ['const t=globalThis,i=t=>t,', 'const t=globalThis,'],
    ['=i(t).nextSibling;i(t).remove()', '=t.nextSibling;t.remove()'],
    ['e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,', 'e=t===A&&s!==A,'],
    ['handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}', 'handleEvent(t){this._$AH.call(this.options.host,t)}'],
    ['_$AI(t,i=this){a(t)?', '_$AI(t){a(t)?'],
    ['_$AI(t,i=this,s,e){', '_$AI(t,i,s,e){'],
    ['_$AI(t,i=this){if((t??=A)===E)', '_$AI(t){if((t??=A)===E)'],
    ['_=/-->/g,', ''],
    ['c===v?"!--"===u[1]?c=_:', 'c===v?'],
    ['c===_||c===m?c=v', 'c===m?c=v'],
  ]],
  [/[\\/]@lit[\\/]localize[\\/]init[\\/]install\.js$/, [
    ["    if (installed) {\n        throw new Error('lit-localize can only be configured once');\n    }\n", ''],
  ]],
  [/[\\/]@lit[\\/]localize[\\/]init[\\/]runtime\.js$/, [
    ["    if (!validLocales || !loadLocale) {\n        throw new Error('Internal error');\n    }\n    if (!validLocales.has(newLocale)) {\n        throw new Error('Invalid locale code');\n    }\n", ''],
    ['    validLocales = new Set(config.targetLocales);\n    validLocales.add(config.sourceLocale);\n', ''],
    [[
      '    }, (err) => {',
      '        if (requestId === thisRequestId) {',
      '            dispatchStatusEvent({',
      "                status: 'error',",
      '                errorLocale: newLocale,',
      '                errorMessage: err.toString(),',
      '            });',
      '            loading.reject(err);',
      '        }',
      '    });',
    ].join('\n'), '    });'],
  ]],
  [/[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/, [
    ["            else if ('strTag' in localized) {", '            else {'],
    [[
      '            else {',
      '                // E.g. html`Hello <b>${name}</b>!`',
      '                //',
      '                // We have to keep our own mapping of expression ordering because we do',
      "                // an in-place update of `values`, and otherwise we'd lose ordering for",
      '                // subsequent renders.',
      '                let order = expressionOrders.get(localized);',
      '                if (order === undefined) {',
      '                    order = localized.values;',
      '                    expressionOrders.set(localized, order);',
      '                }',
      '                return {',
      '                    ...localized,',
      '                    values: order.map((i) => template.values[i]),',
      '                };',
      '            }',
      '',
    ].join('\n'), ''],
  ]],
  [/[\\/]lit-element[\\/]lit-element\.js$/, [
    ['const o=s.litElementPolyfillSupport;o?.({LitElement:i});', ''],
    [';(s.litElementVersions??=[]).push("4.2.2")', ''],
    ['this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),', ''],
    ['connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}', ''],
    [',s.litElementHydrateSupport?.({LitElement:i})', ''],
  ]],
];

/** The names src/ declares as arrow functions (`const name = (…) =>`) or functions, read once per build. */
let declaredFunctions;
const sources = (dir) =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
const functionNames = () => (declaredFunctions ??= new Set(sources('src').flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\b(?:const ([A-Za-z_$][\w$]*) = (?:\([^()]*\)|[A-Za-z_$][\w$]*)(?:: [^=]+)? =>|function ([A-Za-z_$][\w$]*)\()/g)].map((m) => m[1] ?? m[2]))));

export default function litUnused() {
  /** The modules of ours that configure @lit/localize: one at most. */
  const configured = new Set();
  return {
    name: 'lit-unused',
    buildStart() {
      configured.clear();
      declaredFunctions = undefined;
    },
    resolveId(id, importer) {
      if (/(^|[\\/])(directives?|async-directive|directive-helpers)([\\/]|\.js$)/.test(id)) {
        this.error(`${importer}: imports ${id}, but the one-file bundles leave out Lit's directive support (scripts/rollup/lit-unused.mjs)`);
      }
      return null;
    },
    transform(code, id) {
      if (!id.includes('node_modules') && /\.ts$/.test(id)) {
        if (/\bstatic (get )?properties\b|\b(property|state)\(\s*\{[^}]*\b(type:\s*(Object|Array)\b|(noAccessor|converter|hasChanged)\s*:)/.test(code)) this.error(`${id}: static properties, an Object or Array property type, a converter, hasChanged or noAccessor; the one-file bundles' ReactiveElement leaves them out (scripts/rollup/lit-unused.mjs)`);
        if (/@(property|state)\([^)]*\)\s*(override\s+)?(get|set|accessor)\s|__decorate\(\[[^\]]*\b(property|state)\([^\]]*\], \w+\.prototype, "\w+", null\)/.test(code)) this.error(`${id}: a reactive property on a getter, setter or accessor; the one-file bundles' ReactiveElement takes fields only (scripts/rollup/lit-unused.mjs)`);
        if (/\buseDefault\b/.test(code)) this.error(`${id}: the one-file bundles leave out Lit's useDefault property option (scripts/rollup/lit-unused.mjs)`);
        if (/import\s*\{[^}]*\b(svg|mathml)\b[^}]*\}\s*from\s*'lit'/.test(code)) this.error(`${id}: svg\`\` and mathml\`\` are left out of the one-file bundles (scripts/rollup/lit-unused.mjs)`);
        if (/\bhtml`[^`]*<!--/.test(code)) this.error(`${id}: a comment in an html\`\` template; the one-file bundles leave out bindings in comments (scripts/rollup/lit-unused.mjs)`);
        if (/<[a-zA-Z][^<>`]*\s\$\{/.test(code)) this.error(`${id}: an element binding (<tag \${…}>) in an html\`\` template; the one-file bundles leave them out (scripts/rollup/lit-unused.mjs)`);
        if (/import\s*\{[^}]*\brender\b[^}]*\}\s*from\s*'lit(-html)?'/.test(code) || /\b(renderOptions|creationScope|setConnected)\b/.test(code)) this.error(`${id}: Lit's render() or its options; the one-file bundles leave out what parts keep for its other callers (scripts/rollup/lit-unused.mjs)`);
        if (/\bhtml`[^`]*<(script|style|textarea|title)\b/i.test(code)) this.error(`${id}: a raw-text element (script, style, textarea, title) in an html\`\` template; the one-file bundles leave out its bindings (scripts/rollup/lit-unused.mjs)`);
        if (/_\$litType\$/.test(code)) this.error(`${id}: a compiled template (_$litType$); the one-file bundles' lit-html renders html\`\` templates only (scripts/rollup/lit-unused.mjs)`);
        for (const [, listener] of code.matchAll(/\s@[\w-]+=\$\{\s*([^}]{0,80})/g)) {
          const name = /^([A-Za-z_$][\w$]*)\s*$/.exec(listener)?.[1];
          if (!(/^(\((?:[^()]|\([^()]*\))*\)|[A-Za-z_$][\w$]*)\s*(:[^=]*)?=>/.test(listener) || (name && functionNames().has(name)))) {
            this.error(`${id}: an event listener that is not an arrow function (@…=\${${listener.slice(0, 40)}…); the one-file bundles' lit-html calls listeners as functions, without options (scripts/rollup/lit-unused.mjs)`);
          }
        }
        if (/\bmsg\(\s*html`/.test(code)) this.error(`${id}: msg(html\`…\`); the one-file bundles' @lit/localize looks up strings and str\`\` only (scripts/rollup/lit-unused.mjs)`);
        if (/\bconfigureLocalization\(/.test(code)) {
          configured.add(id);
          if (configured.size > 1) this.error(`${id}: configureLocalization() in a second module (${[...configured].join(', ')}); the one-file bundles' @lit/localize has no check for it (scripts/rollup/lit-unused.mjs)`);
          if (!/\bloadLocale: async \(\) => \(\{\s*templates\s*\}\),/.test(code)) this.error(`${id}: a loadLocale other than \`async () => ({templates})\`; the one-file bundles' @lit/localize has no branch for a locale that fails to load (scripts/rollup/lit-unused.mjs)`);
          if ([...code.matchAll(/\.setLocale\(([^)]+)/g)].some(([, arg]) => !arg.startsWith('uiLocaleFor('))) this.error(`${id}: setLocale() with a locale not from uiLocaleFor(); the one-file bundles' @lit/localize has no check for it (scripts/rollup/lit-unused.mjs)`);
        }
        return null;
      }
      const edits = EDITS.find(([file]) => file.test(id))?.[1];
      if (!edits) return null;
      for (const [from, to] of edits) {
        if (code.split(from).length !== 2) this.error(`${id}: "${from.slice(0, 60)}…" is not there once; has Lit changed?`);
        code = code.replace(from, () => to);
      }
      return {code, map: null};
    },
  };
}
