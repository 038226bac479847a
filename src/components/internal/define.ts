/**
 * `@customElement` that defines a tag only once, so the script can be loaded twice (or as IIFE and
 * ESM on one page) without throwing. Put it above `@localized()`.
 */
export const customElement = (tag: string) => (element: CustomElementConstructor) => {
  if (!customElements.get(tag)) customElements.define(tag, element);
};
