import {expect} from '@open-wc/testing';
import {parseInline, parseMarkup, plainText} from '../../src/format/markup.js';
import {fastest} from '../helpers.js';

describe('parseInline', () => {
  it('reads bold, italic, both spellings, and links', () => {
    expect(parseInline('**b** __s__ *i* _e_ [a *link*](https://example.org/x)')).to.deep.equal([
      {kind: 'strong', children: ['b']}, ' ',
      {kind: 'strong', children: ['s']}, ' ',
      {kind: 'em', children: ['i']}, ' ',
      {kind: 'em', children: ['e']}, ' ',
      {kind: 'link', href: 'https://example.org/x', children: ['a ', {kind: 'em', children: ['link']}]},
    ]);
  });

  it('nests bold in italic and italic in bold', () => {
    expect(parseInline('*Please welcome **Jenia**!*')).to.deep.equal([
      {kind: 'em', children: ['Please welcome ', {kind: 'strong', children: ['Jenia']}, '!']},
    ]);
    expect(parseInline('__bold _and_ more__ **x *y* z**')).to.deep.equal([
      {kind: 'strong', children: ['bold ', {kind: 'em', children: ['and']}, ' more']}, ' ',
      {kind: 'strong', children: ['x ', {kind: 'em', children: ['y']}, ' z']},
    ]);
    expect(parseInline('_it __b__ x_')).to.deep.equal([{kind: 'em', children: ['it ', {kind: 'strong', children: ['b']}, ' x']}]);
  });

  it('keeps snake_case_names, __dunder__-less words and lone delimiters as text', () => {
    for (const text of ['snake_case_names stay', 'my__var__name', '2 * 3 * 4', 'a * b', '*', '**', '_', '[]', '[x]', '[x] (y)', 'a *b', '** x'])
      expect(parseInline(text), text).to.deep.equal([text]);
  });

  it('opens * italic only before a non-space and closes it only after one', () => {
    expect(parseInline('* not* *yes* *no *')).to.deep.equal(['* not* ', {kind: 'em', children: ['yes']}, ' *no *']);
    expect(parseInline('*a*b*')).to.deep.equal([{kind: 'em', children: ['a']}, 'b*']);
  });

  it('reads a link with a URL in <> and spaces, and a label holding [', () => {
    expect(parseInline('see [the [site]( <https://a.test/p?q=1> ) now')).to.deep.equal([
      'see ', {kind: 'link', href: 'https://a.test/p?q=1', children: ['the [site']}, ' now',
    ]);
    expect(parseInline('[a](b c)')).to.deep.equal(['[a](b c)']);
  });

  it('keeps markup inside its container: a bold that closes inside a link label is text', () => {
    expect(parseInline('**[a**](u)')).to.deep.equal([{kind: 'strong', children: ['[a']}, '](u)']);
  });
});

describe('parseMarkup', () => {
  it('splits paragraphs at blank lines, lines within them, and reads lists', () => {
    expect(parseMarkup('One\r\nTwo\n \n\n- a\n* b\n• c\n\n- x\nnot a list')).to.deep.equal([
      {list: false, lines: [['One'], ['Two']]},
      {list: true, lines: [['a'], ['b'], ['c']]},
      {list: false, lines: [['- x'], ['not a list']]},
    ]);
    expect(parseMarkup('  \n\n ')).to.deep.equal([]);
  });
});

describe('plainText', () => {
  it('drops the markup, keeps link targets, paragraphs and list items', () => {
    expect(plainText('**Bold** [the *site*](https://example.org)\nline\n\n- one\n• two')).to.equal(
      'Bold the site (https://example.org)\nline\n\n- one\n- two',
    );
  });
});

describe('markup in linear time', () => {
  // Each case is 100 KB. A quadratic reader takes seconds on some of them; a linear one takes about
  // as long as plain text. The bound is loose so that a busy machine does not fail it.
  const size = 100_000;
  const cases: Record<string, string> = {
    'spaced underscores': ' _a'.repeat(33_334),
    'an unclosed bold': `**${'a'.repeat(size)}`,
    'open brackets': '['.repeat(size / 2),
    'brackets sharing one ](': `${'['.repeat(size / 2)}](${'a'.repeat(size / 2)}`,
    'alternating *a': '*a'.repeat(size / 2),
    'unclosed underscores': '_a '.repeat(33_334),
    'one word': 'a'.repeat(size),
    'blank lines': ' \n'.repeat(size / 2),
    'a line of spaces after a break': `\n${' '.repeat(size)}`,
  };
  const plain = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(size / 56).slice(0, size);

  for (const [name, text] of Object.entries(cases)) {
    it(`reads ${name} about as fast as plain text`, () => {
      const bound = Math.max(200, 20 * fastest(() => plainText(plain)));
      expect(fastest(() => plainText(text), bound)).to.be.below(bound);
    });
  }
});
