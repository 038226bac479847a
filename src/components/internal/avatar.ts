/**
 * A person's photo over their initials. The photo shows only once it has loaded, so a URL that is
 * not an image (or fails) leaves the initials and never a broken-image icon.
 */
import {html, nothing} from 'lit';
import {dropImage, safeImageUrl} from './url.js';

const failed = new Set<string>();

/** `JJ` for Jenia Jitsev, `M` for Madonna. */
export const initials = (name: string) =>
  name.split(/\s+/).filter(Boolean).map((word) => [...word][0]).filter((c) => /\p{L}|\p{N}/u.test(c)).slice(0, 2).join('').toUpperCase();

/**
 * The avatar markup. `alt` is empty when the name is written next to it (decorative), the person's
 * name otherwise. Style it through `part` (default `photo`) and the `.avatar` class.
 */
export function avatar(name: string, src: string | undefined, alt = '', part = 'photo') {
  const url = safeImageUrl(src);
  // One accessible name for the whole avatar, whether the photo or the initials show.
  // No whitespace between the tags: each text node counts in a card's shadow DOM.
  return html`<span part=${part} class="avatar" role=${alt ? 'img' : nothing} aria-label=${alt || nothing} aria-hidden=${alt ? nothing : 'true'}
    >${initials(name)}${url && !failed.has(url)
      ? html`<img src=${url} alt="" loading="lazy" decoding="async"
          @load=${(e: Event) => (e.target as HTMLElement).setAttribute('data-loaded', '')}
          @error=${(e: Event) => {
            failed.add(url);
            dropImage(e);
          }} />`
      : nothing}</span>`;
}
