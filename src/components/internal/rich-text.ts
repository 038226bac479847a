/**
 * Light markup (see format/markup.ts) to Lit templates. Every piece of the data ends up as a text
 * node; links pass safeUrl, and a link that does not is its label.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {parseMarkup} from '../../format/markup.js';
import type {Block, Inline} from '../../format/markup.js';
import {linkTo} from './url.js';

/** Inline nodes; a run of plain text is one string, so it costs one text node. */
const inline = (nodes: readonly Inline[]): unknown =>
  nodes.length === 1 && typeof nodes[0] === 'string'
    ? nodes[0]
    : nodes.map((node) => {
        if (typeof node === 'string') return node;
        const children = inline(node.children);
        if (node.kind === 'link') return linkTo(node.href, children);
        return node.kind === 'strong' ? html`<strong>${children}</strong>` : html`<em>${children}</em>`;
      });

const block = ({list, lines}: Block): TemplateResult =>
  list
    ? html`<ul>${lines.map((line) => html`<li>${inline(line)}</li>`)}</ul>`
    : html`<p>${lines.length === 1 ? inline(lines[0]) : lines.map((line, i) => html`${i ? html`<br />` : nothing}${inline(line)}`)}</p>`;

/**
 * A whole text: paragraphs and lists. One paragraph alone is no list, which would cost two markers; one
 * line of plain text alone is that string, which its block holds as its text, with no paragraph.
 */
export const richText = (text: string): string | TemplateResult | TemplateResult[] => {
  const blocks = parseMarkup(text);
  const [first] = blocks;
  const only = blocks.length === 1 && !first.list && first.lines.length === 1 ? inline(first.lines[0]) : undefined;
  return typeof only === 'string' ? only : blocks.length === 1 ? block(blocks[0]) : blocks.map(block);
};
