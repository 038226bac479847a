import {html} from 'lit';

/**
 * The one check every URL from the data passes before it reaches `href` or `src`: http, https and
 * mailto only, resolved against `base` (the document's URL) or the page. Anything else is not linked.
 */
export function safeUrl(value: string | undefined, base?: string, protocols = ['http:', 'https:', 'mailto:']): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base ?? document.baseURI);
    return protocols.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The same check for images: http and https only. */
export const safeImageUrl = (value: string | undefined, base?: string) => safeUrl(value, base, ['http:', 'https:']);

/** `content` as a link to `url` when the URL passes the check, as it is otherwise. */
export const linkTo = (url: string | undefined, content: unknown) => {
  const href = safeUrl(url);
  return href ? html`<a href=${href}>${content}</a>` : content;
};

/** For an image's `@error`: a picture that fails to load leaves no broken-image icon behind. */
export const dropImage = (event: Event) => (event.target as Element).remove();
