import {expect, fixture} from '@open-wc/testing';
import {html, render} from 'lit';
import {richText} from '../../src/components/internal/rich-text.js';

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
});
