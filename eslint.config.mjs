import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'src/generated/', 'custom-elements.json', '**/*.tmp.*']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-syntax': ['error',
        {selector: "ImportDeclaration[source.value='lit/directives/unsafe-html.js']", message: 'Data is text, never HTML.'},
        {selector: "MemberExpression[property.name='innerHTML']", message: 'Data is text, never HTML.'}],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: {globals: Object.fromEntries(['process', 'console', 'URL', 'URLSearchParams', 'structuredClone', 'setTimeout', 'clearTimeout', 'Buffer'].map((name) => [name, 'readonly']))},
  },
  {
    // The demo pages' plain scripts run in the browser.
    files: ['demo/**/*.js'],
    languageOptions: {globals: Object.fromEntries(['document', 'location', 'FormData', 'URLSearchParams', 'CSS', 'Event'].map((name) => [name, 'readonly']))},
  },
  {
    files: ['tests/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off'},
  },
);
