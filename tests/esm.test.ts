// dist/esm/ as a bundler user gets it (`import 'conference-widgets/session-card.js'`): the entry
// defines its element and no other, French inside, with the page's one Lit resolved from node_modules.
// Needs `rollup -c` first (npm test does it). Nothing from src/ is imported here: its @lit/localize
// configuration would be a second one on the page, which @lit/localize refuses.
import {expect, waitUntil} from '@open-wc/testing';

type Card = HTMLElement & {data: unknown; updateComplete: Promise<boolean>};

describe('dist/esm/session-card.js', () => {
  it('defines <session-card> alone, which renders in English and French', async () => {
    const entry = await import(/* @vite-ignore */ '/dist/esm/session-card.js' as string);
    expect(entry.SessionCard !== undefined && entry.SessionCard === customElements.get('session-card'), 'the entry defines <session-card>').to.be.true;
    expect(customElements.get('speaker-bio') === undefined, '<speaker-bio> stays undefined').to.be.true;
    expect(customElements.get('track-banner') === undefined, '<track-banner> stays undefined').to.be.true;
    // The page API belongs to the whole library.
    expect(window.ConferenceWidgets).to.equal(undefined);

    const doc = await (await fetch('/demo/data/gosim-paris-2025.json')).json();
    doc.speakers[0].photo = {src: '/demo/does-not-exist.png'};
    const card = document.createElement('session-card') as Card;
    card.data = doc;
    document.body.append(card);
    try {
      await card.updateComplete;
      const text = () => card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text()).to.contain('Open Foundation Models');
      expect(text()).to.contain('Add to calendar');
      document.documentElement.lang = 'fr';
      await waitUntil(() => text().includes('Ajouter à l’agenda'), 'the card speaks French once <html lang> is fr');
    } finally {
      card.remove();
      document.documentElement.lang = 'en';
    }
  });
});
