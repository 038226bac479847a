// Constants the build writes into the code (rollup.config.mjs, web-test-runner.config.mjs). Declared in
// a .d.ts of its own, which tsc does not copy to dist/types: a user's types must not see them.

/** The version of the library, from package.json. */
declare const __VERSION__: string;
