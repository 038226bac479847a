import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/index.js';
import type {TrackBanner} from '../../../src/index.js';
import {gosim, pageLanguage, textOf} from '../../helpers.js';

describe('<track-banner>', () => {
  afterEach(() => pageLanguage('en'));

  it('shows the track, its tagline, the event name and dates', async () => {
    const el = await fixture<TrackBanner>(html`<track-banner lang="en-GB" track-id="ai-model" .data=${await gosim()}></track-banner>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('AI Model');
    expect(textOf(el)).to.contain('Shaping the Future with Open-Source AI');
    expect(textOf(el)).to.contain('GOSIM AI Paris 2025');
    expect(textOf(el)).to.match(/6\s?–\s?7 May 2025/);
    await expect(el).to.be.accessible();
  });

  it('shows the French tagline and dates on a French page', async () => {
    await pageLanguage('fr');
    const el = await fixture<TrackBanner>(html`<track-banner lang="fr" track-id="ai-model" .data=${await gosim()}></track-banner>`);
    expect(textOf(el)).to.match(/6\s?–\s?7 mai 2025/);
    expect(textOf(el)).not.to.contain('Shaping the Future with Open-Source AI');
    await expect(el).to.be.accessible();
  });
});
