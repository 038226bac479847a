// The built bundle as users load it: twice, and as IIFE and ES module on one page.
import {expect} from '@open-wc/testing';

const addScript = (src: string, module = false) =>
  new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    if (module) script.type = 'module';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });

describe('the bundle', () => {
  it('loads twice, and with the ES module, without an error, defining each element once', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      await addScript('/dist/conference-widgets.js');
      const first = customElements.get('session-card');
      const global = window.ConferenceWidgets;
      await addScript('/dist/conference-widgets.js');
      await addScript('/dist/conference-widgets.esm.js', true);
      const esm = await import(/* @vite-ignore */ '/dist/conference-widgets.esm.js' as string);
      expect(errors).to.deep.equal([]);
      expect(customElements.get('session-card')).to.equal(first);
      expect(customElements.get('speaker-bio')).to.exist;
      expect(customElements.get('track-banner')).to.exist;
      expect(window.ConferenceWidgets).to.equal(global);
      expect(Object.keys(window.ConferenceWidgets!).sort()).to.deep.equal(['getLocale', 'setLocale', 'version']);
      expect(window.ConferenceWidgets!.version).to.match(/^\d+\.\d+\.\d+/);
      expect(esm.version).to.equal(window.ConferenceWidgets!.version);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  // The built script gives private members short names (scripts/rollup/mangle-members.mjs): the list's
  // filling in, filters, rows and stars are checked on it, not only on the source.
  it('fills, filters, opens and stars a long <session-list> from the built script', async () => {
    const doc = await (await fetch('/demo/data/gosim-paris-2025.json')).json();
    doc.event.id = 'bundle-test';
    doc.rooms = [{id: 'a', name: 'Room A'}, {id: 'b', name: 'Room B'}];
    doc.sessions = Array.from({length: 200}, (_, i) => ({
      id: `t${i}`, title: `Talk ${i}`, room: i % 2 ? 'a' : 'b',
      start: `2025-05-06T${String(9 + Math.floor(i / 20)).padStart(2, '0')}:${String((i % 20) * 3).padStart(2, '0')}`,
    }));
    type List = HTMLElement & {data: unknown; updateComplete: Promise<boolean>};
    const el = document.createElement('session-list') as List;
    el.setAttribute('controls', '');
    el.data = doc;
    document.body.append(el);
    const $$ = (selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
    /** The rows once the list has filled in by chunks, each in a task of its own. */
    const filled = async (count: number) => {
      for (let i = 0; i < 500 && $$('[part~=row]').length < count; i++) {
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
      }
      return $$('[part~=row]');
    };
    expect(await filled(200)).to.have.length(200);
    $$('[part=chip]').find((chip) => chip.textContent === 'Room A')!.click();
    await el.updateComplete;
    expect(await filled(100)).to.have.length(100);
    expect($$('[part~=row]').every((row) => row.textContent!.includes('Room A'))).to.be.true;
    $$('[part=row-heading] button')[0].click();
    await el.updateComplete;
    expect($$('[part=card]')).to.have.length(1);
    $$('[part=star]')[0].click();
    await el.updateComplete;
    expect($$('[part=star]')[0].getAttribute('aria-pressed')).to.equal('true');
    localStorage.clear();
    el.remove();
  });

  it('renders the default data from the built script', async () => {
    const doc = await (await fetch('/demo/data/gosim-paris-2025.json')).json();
    doc.speakers[0].photo = {src: '/demo/does-not-exist.png'}; // no test reaches the internet
    const el = document.createElement('session-card') as HTMLElement & {data: unknown; updateComplete: Promise<boolean>};
    el.data = doc;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Open Foundation Models');
    el.remove();
  });

  // The build gives every message a short id (scripts/rollup/message-ids.mjs): French must still be
  // found, for plain messages and for messages with values in a new order.
  it('speaks French from the built script, messages with values included', async () => {
    const doc = await (await fetch('/demo/data/gosim-paris-2025.json')).json();
    doc.speakers[0].photo = {src: '/demo/does-not-exist.png'};
    type Widget = HTMLElement & {data: unknown; updateComplete: Promise<boolean>};
    const card = document.createElement('session-card') as Widget;
    const missing = document.createElement('session-card') as Widget;
    missing.setAttribute('session-id', 'no-such-talk');
    card.data = missing.data = doc;
    await window.ConferenceWidgets!.setLocale('fr');
    try {
      document.body.append(card, missing);
      await Promise.all([card.updateComplete, missing.updateComplete]);
      expect(card.shadowRoot!.textContent).to.contain('Ajouter à l’agenda');
      expect(missing.shadowRoot!.textContent).to.match(/Aucune session n’a l’identifiant « no-such-talk »\. Sessions dans ce programme : \d+\./);
      await window.ConferenceWidgets!.setLocale('en');
      await Promise.all([card.updateComplete, missing.updateComplete]);
      expect(card.shadowRoot!.textContent).to.contain('Add to calendar');
      expect(missing.shadowRoot!.textContent).to.match(/No talk has the id “no-such-talk”\. Talks in this programme: \d+\./);
    } finally {
      await window.ConferenceWidgets!.setLocale('en');
      card.remove();
      missing.remove();
    }
  });
});
