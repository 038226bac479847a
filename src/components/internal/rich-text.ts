/**
 * Light markup (see format/markup.ts) to Lit templates. Every piece of the data ends up as a text
 * node; links pass safeUrl, and a link that does not is its label.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {parseMarkup} from '../../format/markup.js';
import type {Inline} from '../../format/markup.js';
import {linkTo} from './url.js';

const inline = (nodes: readonly Inline[]): unknown[] =>
  nodes.map((node) => {
    if (typeof node === 'string') return node;
    const children = inline(node.children);
    if (node.kind === 'link') return linkTo(node.href, children);
    return node.kind === 'strong' ? html`<strong>${children}</strong>` : html`<em>${children}</em>`;
  });

/** A whole text: paragraphs and lists. */
export const richText = (text: string): TemplateResult[] =>
  parseMarkup(text).map(({list, lines}) =>
    list
      ? html`<ul>${lines.map((line) => html`<li>${inline(line)}</li>`)}</ul>`
      : html`<p>${lines.map((line, i) => html`${i ? html`<br />` : nothing}${inline(line)}`)}</p>`,
  );
