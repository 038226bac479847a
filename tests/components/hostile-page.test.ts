// The widgets on a page whose CSS we did not write: inherited styles stop at the widget.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SessionCard} from '../../src/index.js';
import {gosim} from '../helpers.js';

describe('on a hostile page', () => {
  it('keeps inherited page styles out of the widget, but lets --conf- tokens in', async () => {
    const page = await fixture<HTMLElement>(html`<div style="text-transform: uppercase; letter-spacing: 7px;
      word-spacing: 30px; white-space: pre; font-style: italic; text-align: center; line-height: 9;
      visibility: visible; cursor: wait; --conf-accent: rgb(1, 2, 3);">
      <session-card .data=${await gosim()}></session-card>
    </div>`);
    const card = page.querySelector('session-card') as SessionCard;
    await card.updateComplete;
    const title = getComputedStyle(card.shadowRoot!.querySelector('[part="title"]')!);
    expect(title.textTransform).to.equal('none');
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part="time"]')!).letterSpacing).to.equal('normal');
    expect(title.wordSpacing).to.equal('0px');
    expect(title.whiteSpace).to.equal('normal');
    expect(title.fontStyle).to.equal('normal');
    expect(title.textAlign).to.equal('start');
    expect(title.cursor).to.equal('auto');
    expect(getComputedStyle(card).display).to.equal('block');
    const more = card.shadowRoot!.querySelector('a, button')!;
    expect(getComputedStyle(more).getPropertyValue('--conf-accent').trim()).to.equal('rgb(1, 2, 3)');
  });

  it('wraps one 100 KB word even when the page asks the element not to', async () => {
    const word = 'x'.repeat(100_000);
    const doc = await gosim();
    const data = {...doc, sessions: doc.sessions!.map((session) => ({...session, title: word.slice(0, 500), abstract: word}))};
    const card = await fixture<SessionCard>(html`<session-card style="width: 320px; overflow-wrap: normal; word-break: keep-all"
      .data=${data}></session-card>`);
    await card.updateComplete;
    for (const selector of ['[part="card"]', '[part="title"]', '[part="abstract"]']) {
      const box = card.shadowRoot!.querySelector(selector)!;
      expect(box.scrollWidth, selector).to.be.at.most(box.clientWidth + 1);
    }
  });

  it('still hides with the hidden attribute', async () => {
    const card = await fixture<SessionCard>(html`<session-card hidden .data=${await gosim()}></session-card>`);
    expect(getComputedStyle(card).display).to.equal('none');
  });
});
