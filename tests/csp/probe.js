/* global window, document */
// Loaded first in the strict-CSP test page (tests/csp.test.ts): records what the page reports.
window.reported = {errors: [], violations: []};
window.addEventListener('error', (e) => window.reported.errors.push(String(e.error ?? e.message)));
window.addEventListener('unhandledrejection', (e) => window.reported.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  window.reported.violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()), true);
