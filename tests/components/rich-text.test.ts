import {expect, fixture} from '@open-wc/testing';
import {html, render} from 'lit';
import {richText} from '../../src/components/internal/rich-text.js';
import {fastest} from '../helpers.js';

/** The light markup rendered into a fresh element. */
async function rendered(text: string) {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  render(richText(text), el);
  return el;
}

describe('light markup', () => {
  it('renders bold, italic, both spellings, and links', async () => {
    const el = await rendered('**bold** __strong__ *it* _em_ and [a link](https://example.org/x)');
    expect([...el.querySelectorAll('strong')].map((e) => e.textContent)).to.deep.equal(['bold', 'strong']);
    expect([...el.querySelectorAll('em')].map((e) => e.textContent)).to.deep.equal(['it', 'em']);
    const a = el.querySelector('a')!;
    expect(a.textContent).to.equal('a link');
    expect(a.getAttribute('href')).to.equal('https://example.org/x');
  });

  it('nests markup and keeps paragraphs, line breaks and lists', async () => {
    const el = await rendered('*Please welcome **Jenia**!*\nNext line\n\n- one\n- two\n\nLast');
    expect(el.querySelector('em strong')!.textContent).to.equal('Jenia');
    expect(el.querySelectorAll('p').length).to.equal(2);
    expect(el.querySelectorAll('br').length).to.equal(1);
    expect([...el.querySelectorAll('li')].map((e) => e.textContent)).to.deep.equal(['one', 'two']);
  });

  it('never writes data as HTML and never links an unsafe URL', async () => {
    const el = await rendered('<img src=x onerror=alert(1)> [click](javascript:alert(1)) [data](data:text/html,x)');
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(el.textContent).to.contain('click');
  });

  it('renders snake_case_names as text, and links the label of a safe link only', async () => {
    const el = await rendered('call my_function_name with *x* [**docs**](https://example.org) [bad **one**](javascript:x)');
    expect(el.querySelectorAll('em').length).to.equal(1);
    expect(el.textContent).to.contain('my_function_name');
    expect(el.querySelector('a strong')!.textContent).to.equal('docs');
    expect(el.querySelectorAll('a').length).to.equal(1);
    expect([...el.querySelectorAll('strong')].map((e) => e.textContent)).to.deep.equal(['docs', 'one']);
  });

  // A quadratic reader took 1–2.6 s on the first of these; rendering them is about as fast as
  // rendering plain text. Loose bounds, so that a busy machine does not fail them.
  for (const [name, text] of Object.entries({
    'spaced underscores': ' _a'.repeat(33_334),
    'an unclosed bold': `**${'a'.repeat(100_000)}`,
    'open brackets': '['.repeat(50_000),
    'one 100 KB word': 'a'.repeat(100_000),
  })) {
    it(`renders 100 KB of ${name} fast`, async () => {
      const el = await fixture<HTMLDivElement>(html`<div></div>`);
      const plain = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1800).slice(0, text.length);
      const show = (value: string) => () => {
        render(richText(value), el);
        render(richText(''), el);
      };
      const bound = Math.max(200, 20 * fastest(show(plain)));
      expect(fastest(show(text), bound)).to.be.below(bound);
    });
  }
});
