/**
 * Light markup to Lit templates: paragraphs (blank line), line breaks, `**bold**`, `*italic*`,
 * `[text](url)` and `- ` lists. Every piece of the data ends up as a text node; links pass safeUrl.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {safeUrl} from './url.js';

type Inline = string | TemplateResult;

const INLINE = /\*\*(.+?)\*\*|__(.+?)__|\*(?![\s*])((?:\*\*.+?\*\*|[^*])+?)(?<!\s)\*(?!\*)|\b_(.+?)_\b|\[([^\]]+)\]\(\s*<?([^()\s>]+)>?\s*\)/;

/** One line of inline markup. */
export function inline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  for (let m = INLINE.exec(rest); m; m = INLINE.exec(rest)) {
    if (m.index) out.push(rest.slice(0, m.index));
    const [, b1, b2, i1, i2, label, href] = m;
    const bold = b1 ?? b2;
    const italic = i1 ?? i2;
    if (bold !== undefined) out.push(html`<strong>${inline(bold)}</strong>`);
    else if (italic !== undefined) out.push(html`<em>${inline(italic)}</em>`);
    else {
      const url = safeUrl(href);
      out.push(url ? html`<a href=${url}>${inline(label)}</a>` : label);
    }
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) out.push(rest);
  return out;
}

const LIST_ITEM = /^\s*[-*•]\s+/;

/** Lines joined by line breaks. */
const lines = (block: string[]) => block.map((line, i) => html`${i ? html`<br />` : nothing}${inline(line.trim())}`);

/** A whole text: paragraphs and lists. */
export function richText(text: string): TemplateResult[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim()))
    .filter((block) => block.length)
    .map((block) =>
      block.every((line) => LIST_ITEM.test(line))
        ? html`<ul>${block.map((line) => html`<li>${inline(line.replace(LIST_ITEM, ''))}</li>`)}</ul>`
        : html`<p>${lines(block)}</p>`,
    );
}
