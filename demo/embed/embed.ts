/**
 * The embed page (demo/embed.html): one widget from the query string, for an `<iframe>` in a page
 * whose editor strips scripts. `?element=session-card&src=…&session-id=…&lang=fr&theme=dark`
 *
 * The query is untrusted: only the chosen element's own attributes pass, each set as text with
 * setAttribute (never as HTML), and `src` only as an http(s) URL. The page tells its parent its height
 * whenever it changes: `{type: 'conference-widgets:height', height}`.
 */

/** The elements this page shows. */
const elements = ['session-card', 'speaker-bio', 'track-banner'];

/** An http(s) URL, resolved against this page; undefined for anything else (javascript:, data:). */
function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's few words, in English and French (`lang`). */
const words = {
  en: {
    unknown: (name: string) => `Unknown element "${name}": use ${elements.join(', ')}.`,
    none: `Say which element to show: ?element=${elements.join('|')}.`,
    src: 'The src parameter must be an http or https URL.',
  },
  fr: {
    unknown: (name: string) => `Élément inconnu « ${name} » : utilisez ${elements.join(', ')}.`,
    none: `Indiquez l’élément à afficher : ?element=${elements.join('|')}.`,
    src: 'Le paramètre src doit être une URL http ou https.',
  },
};

function say(text: string) {
  const p = document.createElement('p');
  p.className = 'message';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.body.replaceChildren(p);
}

function main() {
  const params = new URLSearchParams(location.search);
  const name = params.get('element') ?? '';
  const lang = params.get('lang')?.trim();
  if (lang) {
    document.documentElement.lang = lang;
    void window.ConferenceWidgets?.setLocale(lang);
  }
  const text = words[/^fr\b/i.test(lang ?? '') ? 'fr' : 'en'];
  const element = elements.includes(name) ? customElements.get(name) : undefined;
  if (!element) {
    say(name ? text.unknown(name) : text.none);
    return;
  }
  // The attributes the element observes are the ones it has; anything else in the query is ignored.
  const known = new Set((element as unknown as {observedAttributes?: string[]}).observedAttributes ?? []);
  const widget = document.createElement(name);
  for (const [key, value] of params) {
    if (key === 'element' || !known.has(key)) continue;
    if (key === 'src') {
      const url = httpUrl(value);
      if (!url) {
        say(text.src);
        return;
      }
      widget.setAttribute('src', url);
    } else {
      widget.setAttribute(key, value);
    }
  }
  document.body.replaceChildren(widget);
}

/** Tells the parent the page's height, whenever it changes. */
function postHeight() {
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({type: 'conference-widgets:height', height}, '*');
  }).observe(document.documentElement);
}

main();
postHeight();
