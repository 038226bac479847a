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
//
// And one call per element instead of one `__decorate([property(…)], X.prototype, "name")` per field:
// after TypeScript, `propertyTable()` turns each run of such statements into
// `__properties(X, {name: options, …})`, which calls `createProperty(name, options)` for each field in
// the same order, as the decorators did (`0` stands for no options, `state()` for `{state: true}`, which
// createProperty reads as `attribute: false`). The source keeps its decorators. Only for the one-file
// bundles: dist/esm/ leaves lit/decorators.js to the application, which has no `__properties`.
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
export const state = (options) => property({...options, state: true, attribute: false});
export const __properties = (element, table) => { for (const name in table) element.createProperty(name, table[name] || undefined); };`
          : null,
  };
}

// TypeScript's output for a decorated field: `__decorate([\n property({...})\n], X.prototype, "name");`
const FIELD = /__decorate\(\[\s*(property|state)\(((?:\{[^{}()]*\})?)\)\s*\], (\w+)\.prototype, "(\w+)"(?:, void 0)?\);/;
const RUN = new RegExp(`${FIELD.source}(?:\\s*${FIELD.source})*`, 'g');

/** Rollup plugin, after TypeScript: the decorated fields of each class as one `__properties` call. */
export function propertyTable() {
  return {
    name: 'property-table',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('__decorate([')) return null;
      let changed = false;
      const out = code.replace(RUN, (run) => {
        const fields = [...run.matchAll(new RegExp(FIELD.source, 'g'))];
        const target = fields[0][3];
        if (fields.some((f) => f[3] !== target)) return run;
        changed = true;
        const entries = fields.map(([, kind, options, , name]) =>
          `${name}: ${kind === 'state' ? (options ? `{...${options}, state: true}` : '{state: true}') : options || '0'}`);
        return `__properties(${target}, {${entries.join(', ')}});`;
      });
      if (!changed) return null;
      return {code: `import {__properties} from 'lit/decorators.js';\n${out}`, map: null};
    },
  };
}
