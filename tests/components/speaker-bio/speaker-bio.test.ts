import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/index.js';
import type {SpeakerBio} from '../../../src/index.js';
import {gosim, pageLanguage, textOf} from '../../helpers.js';

describe('<speaker-bio>', () => {
  afterEach(() => pageLanguage('en'));

  it('shows the name as a heading and the positions', async () => {
    const el = await fixture<SpeakerBio>(html`<speaker-bio .data=${await gosim()}></speaker-bio>`);
    expect(el.shadowRoot!.querySelector('[part~="name"]')!.textContent).to.contain('Jenia Jitsev');
    expect(textOf(el)).to.contain('Scientific Lead');
    expect(textOf(el)).to.contain('LAION');
    await expect(el).to.be.accessible();
  });

  it('shows the French position titles on a French page', async () => {
    await pageLanguage('fr');
    const el = await fixture<SpeakerBio>(html`<speaker-bio lang="fr" .data=${await gosim()}></speaker-bio>`);
    expect(textOf(el)).to.contain('Responsable scientifique');
    await expect(el).to.be.accessible();
  });
});
