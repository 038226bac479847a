/**
 * The light markup of abstracts and bios, read once into a small tree that the page (rich-text.ts)
 * and the calendar (`plainText` in ics.ts) both render, so the two never disagree.
 *
 * Paragraphs are split by a blank line, lines by a line break; a block whose every line starts with
 * `- `, `* ` or `• ` is a list. Inline: `**bold**` and `__bold__`, `*italic*` and `_italic_`,
 * `[label](url)`. Bold may hold italic and italic bold. `*` neither opens before nor closes after
 * whitespace; `_` and `__` open and close only at word boundaries, so snake_case_names stay text.
 *
 * Linear time: each delimiter's next closer is searched from where its last search stopped.
 */

/** Text, or markup around more of it. A link's `href` is as written: check it before use. */
export type Inline =
  | string
  | {readonly kind: 'strong' | 'em'; readonly children: readonly Inline[]}
  | {readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[]};

/** A paragraph: lines joined by line breaks; a list: one item a line. */
export type Block = {readonly list: boolean; readonly lines: readonly (readonly Inline[])[]};

const WORD = /[\p{L}\p{N}_]/u;
const LIST_ITEM = /^[-*•]\s+/;
// After `](`: the URL, bare or in <>, then `)`. No parentheses or spaces inside, so one is found in
// one pass, and the runs it reads for different links do not overlap.
const LINK_TAIL = /\s*<?([^()\s>]+)>?\s*\)/y;

/** One line of inline markup. */
export function parseInline(line: string): Inline[] {
  const at = (i: number) => line.charAt(i);
  const space = (i: number) => /^\s?$/.test(at(i));
  const word = (i: number) => WORD.test(at(i));
  // Where a delimiter can close, from its neighbours only: not after a space, `_` and `__` not
  // before a letter, a single one not in a run.
  const closes = (delimiter: string, i: number) => {
    const [c] = delimiter;
    const size = delimiter.length;
    return c === ']' || (!space(i - 1) && (size > 1 || (at(i - 1) !== c && at(i + 1) !== c)) && (c === '*' || !word(i + size)));
  };
  // The first closer at or after a position. Searches only ever start further right (the line is
  // read left to right, nested markup included), so each keeps what the last one found.
  const found: Record<string, number> = {};
  const next = (delimiter: string, from: number) => {
    let i = found[delimiter] ?? -1;
    if (i < from) {
      for (i = line.indexOf(delimiter, from); i >= 0 && !closes(delimiter, i); ) i = line.indexOf(delimiter, i + 1);
      found[delimiter] = i = i < 0 ? Infinity : i;
    }
    return i;
  };
  // Several `[` may share one `](`: once its URL failed, the next ones skip it.
  let failed = -1;

  const parse = (from: number, to: number): Inline[] => {
    const out: Inline[] = [];
    let text = from;
    for (let i = from; i < to; ) {
      const c = at(i);
      let node: Inline | undefined;
      let end = Infinity;
      if (c === '*' || c === '_') {
        const delimiter = at(i + 1) === c ? c + c : c;
        const size = delimiter.length;
        const close = !space(i + size) && (c === '*' || !word(i - 1)) ? next(delimiter, i + size + 1) : Infinity;
        end = close + size;
        if (end <= to) node = {kind: size > 1 ? 'strong' : 'em', children: parse(i + size, close)};
      } else if (c === '[') {
        const close = next(']', i + 1);
        if (close > i + 1 && close < to && close !== failed && at(close + 1) === '(') {
          LINK_TAIL.lastIndex = close + 2;
          const href = LINK_TAIL.exec(line)?.[1];
          end = href ? LINK_TAIL.lastIndex : Infinity;
          if (href && end <= to) node = {kind: 'link', href, children: parse(i + 1, close)};
          else failed = close;
        }
      }
      if (!node) {
        i++;
        continue;
      }
      if (i > text) out.push(line.slice(text, i));
      out.push(node);
      text = i = end;
    }
    if (to > text) out.push(line.slice(text, to));
    return out;
  };
  return parse(0, line.length);
}

/** A whole text: paragraphs and lists. */
export const parseMarkup = (text: string): Block[] =>
  // Each split stops at the first character that is not a space: linear too.
  text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).flatMap((block) => {
    const lines = block.split('\n').map((line) => line.trim()).filter(Boolean);
    const list = lines.every((line) => LIST_ITEM.test(line));
    return lines.length ? [{list, lines: lines.map((line) => parseInline(list ? line.replace(LIST_ITEM, '') : line))}] : [];
  });

/**
 * Inline markup as plain text: `**bold**` → `bold`, `[label](url)` → `label (url)`. Only the targets
 * the page would link (http, https, mailto) are written out; a `javascript:` one leaves its label.
 */
const plainInline = (nodes: readonly Inline[]): string =>
  nodes.map((node) => (typeof node === 'string' ? node : plainInline(node.children) + (node.kind === 'link' && /^(https?:|mailto:)/i.test(node.href) ? ` (${node.href})` : ''))).join('');

/** Light markup as plain text: blocks apart by a blank line, list items as `- item`. */
export const plainText = (text: string) =>
  parseMarkup(text)
    .map(({list, lines}) => lines.map((line) => (list ? '- ' : '') + plainInline(line)).join('\n'))
    .join('\n\n');
