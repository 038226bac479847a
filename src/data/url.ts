/**
 * The one check every URL from the data passes before a page or a crawler sees it: http, https and
 * mailto only, resolved against `base`. Without a DOM, so that Node (the pre-rendering CLI) checks
 * the same way; without `base`, only absolute URLs pass.
 */
export function checkUrl(value: string | undefined, base?: string, protocols = ['http:', 'https:', 'mailto:']): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return protocols.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The protocols of images, and of pages that are not mail: http and https. */
export const WEB = ['http:', 'https:'];
