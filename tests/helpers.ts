/** Shared test helpers: the default data, languages, and waiting for a widget to settle. */
import {setLocale} from '../src/i18n/locale.js';
import type {ConferenceDocument} from '../src/data/types.js';

let gosimJson: Promise<ConferenceDocument> | undefined;
// Tests replace window.fetch; the default data is read with the real one.
const realFetch = window.fetch.bind(window);

/** A fresh copy of demo/data/gosim-paris-2025.json. */
export async function gosim(): Promise<ConferenceDocument> {
  gosimJson ??= realFetch('/demo/data/gosim-paris-2025.json').then((r) => r.json());
  return structuredClone(await gosimJson);
}

/** Sets `<html lang>` and waits until the UI language followed it. */
export async function pageLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await setLocale(lang);
  await new Promise((r) => setTimeout(r));
}

/** Resolves on the element's next conf-load or conf-error, whichever comes first. */
export function settled(el: EventTarget): Promise<Event> {
  return new Promise((resolve) => {
    el.addEventListener('conf-load', resolve, {once: true});
    el.addEventListener('conf-error', resolve, {once: true});
  });
}

/**
 * A card lays out its content only near the viewport (content-visibility: auto), which the browser
 * decides at its next frame; until then the card holds its usual height. Tests that measure what a
 * reader sees lay cards out now, as a page can with this rule. Returns the function that removes it.
 */
export function layOutCards(): () => void {
  const style = document.createElement('style');
  style.textContent = 'session-card::part(base) { content-visibility: visible }';
  document.head.append(style);
  return () => style.remove();
}

/** The element's rendered text, whitespace collapsed. */
export const textOf = (el: Element) =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Replaces window.fetch with one whose responses the test releases by hand. */
export function controlledFetch() {
  const original = window.fetch;
  const calls: {url: string; respond: (body: unknown, status?: number) => void; fail: (e: Error) => void}[] = [];
  window.fetch = ((input: RequestInfo | URL) =>
    new Promise<Response>((resolve, reject) => {
      calls.push({
        url: String(input),
        respond: (body, status = 200) => resolve(new Response(JSON.stringify(body), {status})),
        fail: reject,
      });
    })) as typeof fetch;
  return {calls, restore: () => (window.fetch = original)};
}

/** Silences console.warn for the test and returns what was warned. */
export function captureWarnings() {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return {warnings, restore: () => (console.warn = original)};
}

/**
 * Milliseconds `run` takes, the best of three runs (fewer once one is under `enough`): a garbage
 * collection or a busy machine slows one run, a slow algorithm slows them all.
 */
export function fastest(run: () => void, enough = 0): number {
  let best = Infinity;
  for (let i = 0; i < 3 && best >= enough; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
