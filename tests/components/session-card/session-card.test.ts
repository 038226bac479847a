import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/index.js';
import type {SessionCard} from '../../../src/index.js';
import {gosim, pageLanguage, textOf} from '../../helpers.js';

describe('<session-card>', () => {
  afterEach(() => pageLanguage('en'));

  it('shows the seed session: title as a heading, date and time, speaker', async () => {
    const el = await fixture<SessionCard>(html`<session-card lang="en-GB" .data=${await gosim()}></session-card>`);
    const title = el.shadowRoot!.querySelector('h3[part="title"]')!;
    expect(title.textContent).to.equal('Open Foundation Models: Scaling Laws and Generalization');
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-05-07T09:10:00.000Z');
    expect(time.textContent).to.match(/Wednesday,? 7 May 2025,? 11:10\s?–\s?11:50/);
    expect(textOf(el)).to.contain('Jenia Jitsev');
    await expect(el).to.be.accessible();
  });

  it('shows the date in French and the French abstract on a French page', async () => {
    await pageLanguage('fr');
    const el = await fixture<SessionCard>(html`<session-card lang="fr" .data=${await gosim()}></session-card>`);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.match(/mercredi 7 mai 2025,? 11:10\s?–\s?11:50/);
    await expect(el).to.be.accessible();
  });

  it('honours heading-level', async () => {
    const el = await fixture<SessionCard>(html`<session-card heading-level="2" .data=${await gosim()}></session-card>`);
    expect(el.shadowRoot!.querySelector('h2[part="title"]')).to.exist;
  });
});
