/** Choosing content in the reader's language from the data's language maps. */
import type {LocalizedText} from '../data/types.js';

export interface Chosen {
  readonly value: string;
  /** The language of `value`. */
  readonly lang: string;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The text for `lang`: the exact language, then one of the same base language (`fr-CA` reads `fr`),
 * then the document's language, then English, then whatever there is.
 */
export function choose(text: LocalizedText, lang: string, documentLang = 'en'): Chosen {
  if (typeof text === 'string') return {value: text, lang: documentLang};
  const keys = Object.keys(text);
  const exact = (tag: string) => keys.find((k) => k.toLowerCase() === tag.toLowerCase());
  const sameBase = (tag: string) => exact(base(tag)) ?? keys.find((k) => base(k) === base(tag));
  const key = exact(lang) ?? sameBase(lang) ?? exact(documentLang) ?? sameBase(documentLang) ?? sameBase('en') ?? keys[0];
  return {value: text[key], lang: key};
}

/** True when `a` and `b` name the same language, whatever the region. */
export const sameLanguage = (a: string, b: string) => base(a) === base(b);

/** The `lang` in force for a node: its own, its ancestors', across shadow roots; `en` when none. */
export function languageOf(node: Element): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) {
      const lang = current.getAttribute('lang');
      if (lang) return lang;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return 'en';
}
