// Rollup plugin: lit-html creates its Trusted Types policy, `lit-html`, when the module is evaluated,
// and a page with `trusted-types lit-html` (no 'allow-duplicates') lets that name be created once: a
// second time throws, and reports a violation even when caught. A second copy of this library (the
// script twice, or the script and the ES module) would throw there, before our guarded definitions
// run. It never renders (the first copy's elements are the ones defined, see
// src/components/internal/define.ts), so it creates no policy: the first copy, once evaluated, has set
// window.ConferenceWidgets (src/index.ts). The try/catch is for a policy of that name made by another
// Lit on the page, which then needs 'allow-duplicates' (docs/security.md). The IIFE's intro in
// rollup.config.mjs skips a second classic script altogether; this covers the ES module.

// lit-html's production build: s=t.trustedTypes,e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0
const CALL = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\)/;

export default function trustedTypesOncePlugin() {
  return {
    name: 'trusted-types-once',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!CALL.test(code)) this.error(`${id}: no createPolicy("lit-html", …) call to guard; has lit-html changed how it spells it?`);
      return {code: code.replace(CALL, '$1&&!globalThis.ConferenceWidgets?(()=>{try{return $1.createPolicy("lit-html",$2)}catch{}})()'), map: null};
    },
  };
}
