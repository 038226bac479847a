// Before the data arrives a widget holds the place of its content: nothing below it moves.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SessionCard, TrackBanner} from '../../src/index.js';
import {controlledFetch, gosim, layOutCards, settled, textOf} from '../helpers.js';

let n = 0;
const fresh = () => `/demo/data/gosim-paris-2025.json?skeleton=${++n}-${Math.random()}`;

describe('while loading', () => {
  it('says so to screen readers only, and is :state(loading) until the data is shown', async () => {
    const fetch = controlledFetch();
    try {
      const el = await fixture<SessionCard>(html`<session-card src=${fresh()}></session-card>`);
      await el.updateComplete;
      const status = el.shadowRoot!.querySelector('[role=status]')!;
      expect(status.textContent!.trim()).to.equal('Loading the programme…');
      // The words are visually hidden: a screen reader reads them, the page sees the skeleton.
      const words = status.querySelector('.visually-hidden')!;
      expect(words.getBoundingClientRect().width).to.be.at.most(1);
      expect(el.matches(':state(loading)')).to.be.true;
      await expect(el).to.be.accessible();
      const loaded = settled(el);
      fetch.calls[0].respond(await gosim());
      await loaded;
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.be.false;
      expect(textOf(el)).to.contain('Open Foundation Models');
    } finally {
      fetch.restore();
    }
  });

  for (const [tag, attributes] of [
    ['session-card', ''],
    ['session-card', 'variant=compact'],
    ['track-banner', 'track-id=ai-model'],
    ['track-banner', 'track-id=ai-model show-sessions'],
    ['track-banner', 'track-id=ai-model variant=strip'],
  ]) {
    for (const width of [320, 600, 1000]) {
      it(`<${tag} ${attributes}> at ${width} px: what follows it moves less than a line when the data arrives`, async () => {
        const fetch = controlledFetch();
        // The height of the content itself, not the one a card holds until the next frame lays it out.
        const laidOut = layOutCards();
        try {
          const page = await fixture<HTMLElement>(html`<div style="width: ${width}px; font: 16px/1.5 sans-serif"></div>`);
          page.innerHTML = `<${tag} src="${fresh()}" ${attributes}></${tag}><p>What follows</p>`;
          const el = page.firstElementChild as SessionCard | TrackBanner;
          await el.updateComplete;
          const after = page.querySelector('p')!;
          const before = after.getBoundingClientRect().top;
          expect(before - page.getBoundingClientRect().top, 'space held').to.be.greaterThan(30);
          const loaded = settled(el);
          fetch.calls[0].respond(await gosim());
          await loaded;
          await el.updateComplete;
          expect(Math.abs(after.getBoundingClientRect().top - before)).to.be.below(24);
        } finally {
          laidOut();
          fetch.restore();
        }
      });
    }
  }

  it('holds the place of a widget whose data property is still to come', async () => {
    const el = await fixture<SessionCard>(html`<session-card></session-card>`);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(el.matches(':state(loading)')).to.be.true;
    el.data = await gosim();
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.be.false;
  });

  it('shows its children, not a skeleton, when it has some and no data', async () => {
    const el = await fixture<TrackBanner>(html`<track-banner><p>Fallback</p></track-banner>`);
    expect(el.shadowRoot!.querySelector('.skeleton')).to.be.null;
    expect(el.matches(':state(loading)')).to.be.false;
  });
});
