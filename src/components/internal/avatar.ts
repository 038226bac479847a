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
  const [role, label, hidden] = alt ? ['img', alt, nothing] : [nothing, nothing, 'true'];
  // One accessible name for the whole avatar, whether the photo or the initials show. Without a photo
  // the initials are the span's text as a property, and with one there is no whitespace between the
  // tags: each node counts in a card's shadow DOM.
  return url && !failed.has(url)
    ? html`<span part=${part} class="avatar" role=${role} aria-label=${label} aria-hidden=${hidden}
      >${initials(name)}<img src=${url} alt="" loading="lazy" decoding="async"
          @load=${(e: Event) => (e.target as HTMLElement).setAttribute('data-loaded', '')}
          @error=${(e: Event) => {
            failed.add(url);
            dropImage(e);
          }} /></span>`
    : html`<span part=${part} class="avatar" role=${role} aria-label=${label} aria-hidden=${hidden} .textContent=${initials(name)}></span>`;
}
