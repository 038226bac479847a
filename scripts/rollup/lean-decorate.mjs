// Rollup plugin: TypeScript's legacy decorators call tslib's `__decorate`, which handles every kind
// of decorator and the Reflect metadata API. Ours (Lit's @property, @state, @customElement,
// @localized) need only this much: a class decorator may return a replacement class; a property
// decorator registers the property and returns nothing. Saves about 120 B gzip. A decorator that
// returns a property descriptor would need tslib's version again.
//
// Likewise Lit's `property()` serves both decorator proposals: the standard one (accessors and
// setters through decorator metadata) is dead code under TypeScript's `experimentalDecorators`,
// which calls `property(options)(prototype, name)` for a field. `lit/decorators.js` resolves to a
// module whose `property` and `state` do what Lit's legacy branch does for a field (the rest is
// Lit's own): about 0.2 KB gzip.
const TSLIB = '\0tslib';
const DECORATORS = '\0lit-decorators-for-fields';

export default function leanDecorate() {
  return {
    name: 'lean-decorate',
    resolveId: (id, importer) =>
      id === 'tslib' ? TSLIB
      : id === 'lit/decorators.js' && importer !== DECORATORS ? DECORATORS
      : null,
    load: (id) =>
      id === TSLIB
        ? 'export const __decorate = (decorators, target, key) => { let result = target; for (let i = decorators.length; i--;) result = (key ? decorators[i](target, key) : decorators[i](result)) || result; return result; };'
        : id === DECORATORS
          ? `export * from 'lit/decorators.js';
export const property = (options) => (prototype, name) => { prototype.constructor.createProperty(name, options); };
export const state = (options) => property({...options, state: true, attribute: false});`
          : null,
  };
}
