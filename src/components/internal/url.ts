import {html} from 'lit';
import {checkUrl, WEB} from '../../data/url.js';

/**
 * The one check every URL from the data passes before it reaches `href` or `src` (data/url.ts):
 * http, https and mailto only, resolved against the page's URL. Anything else is not linked.
 */
export const safeUrl = (value: string | undefined, protocols?: string[]) => checkUrl(value, document.baseURI, protocols);

/** The same check for images: http and https only. */
export const safeImageUrl = (value: string | undefined) => safeUrl(value, WEB);

/** `content` as a link to `url` when the URL passes the check, as it is otherwise. */
export const linkTo = (url: string | undefined, content: unknown) => {
  const href = safeUrl(url);
  return href ? html`<a href=${href}>${content}</a>` : content;
};

/** For an image's `@error`: a picture that fails to load leaves no broken-image icon behind. */
export const dropImage = (event: Event) => (event.target as Element).remove();
