/**
 * The UI language, page-wide: it follows `<html lang>` and its later changes, and
 * `ConferenceWidgets.setLocale()` sets it until `<html lang>` changes again. French is bundled, so
 * switching never waits on a request.
 */
import {configureLocalization} from '@lit/localize';
import {templates} from '../generated/locales/fr.js';

export const uiLocales = ['en', 'fr'] as const;
export type UiLocale = (typeof uiLocales)[number];

const localization = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({templates}),
});

/** `fr`, `fr-CA` → `fr`; anything else → `en`. */
export const uiLocaleFor = (tag: string | null | undefined): UiLocale => (/^fr\b/i.test(tag ?? '') ? 'fr' : 'en');

export const getLocale = (): UiLocale => localization.getLocale() as UiLocale;

/** Sets the UI language of every widget on the page: `fr`, `fr-CA`, `en`… */
export const setLocale = (tag: string): Promise<void> => localization.setLocale(uiLocaleFor(tag));

/** Elements whose content language or date formats follow `lang`: told when `<html lang>` changes. */
const listeners = new Set<() => void>();
export const onPageLanguage = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const root = document.documentElement;
void setLocale(root.lang);
new MutationObserver(() => {
  void setLocale(root.lang);
  listeners.forEach((listener) => listener());
}).observe(root, {attributes: true, attributeFilter: ['lang']});
