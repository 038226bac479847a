// Rollup plugin: TypeScript's legacy decorators call tslib's `__decorate`, which handles every kind
// of decorator and the Reflect metadata API. Ours (Lit's @property, @customElement, @localized) need
// only this much: a class decorator may return a replacement class; a property decorator registers
// the property and returns nothing. Saves about 120 B gzip. A decorator that returns a property
// descriptor would need tslib's version again.
export default function leanDecorate() {
  return {
    name: 'lean-decorate',
    resolveId: (id) => (id === 'tslib' ? '\0tslib' : null),
    load: (id) =>
      id === '\0tslib'
        ? 'export const __decorate = (decorators, target, key) => { let result = target; for (let i = decorators.length; i--;) result = (key ? decorators[i](target, key) : decorators[i](result)) || result; return result; };'
        : null,
  };
}
