import {expect} from '@open-wc/testing';
import '../../src/index.js';
import type {SessionCard, TrackBanner} from '../../src/index.js';
import {captureWarnings, controlledFetch, gosim, settled, textOf} from '../helpers.js';

const PRE = '<template shadowrootmode="open"><div class="root"><p>Pre-rendered talk</p></div></template>';

/** A card as pre-rendered HTML has it: its declarative shadow root is parsed before it is upgraded. */
function prerendered<T extends Element = SessionCard>(markup: string): T {
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  document.body.append(host);
  return host.firstElementChild as T;
}

describe('takeover of pre-rendered HTML', () => {
  afterEach(() => document.querySelectorAll('div:has(> session-card)').forEach((div) => div.remove()));

  it('keeps the pre-rendered content while `src` loads, then shows the item instead', async () => {
    const fetch = controlledFetch();
    try {
      const el = prerendered(`<session-card src="/programme.json" session-id="open-foundation-models">${PRE}</session-card>`);
      await el.updateComplete;
      expect(fetch.calls.length).to.equal(1);
      expect(textOf(el)).to.equal('Pre-rendered talk');
      expect(el.shadowRoot?.querySelector('[part=status]')).to.equal(null);
      const done = settled(el);
      fetch.calls[0].respond(await gosim());
      await done;
      expect(textOf(el)).to.contain('Open Foundation Models');
      expect(textOf(el)).not.to.contain('Pre-rendered talk');
      expect(el.shadowRoot?.querySelectorAll('.root').length).to.equal(1);
      // As in the HTML: the whole abstract, no "Show more".
      expect(el.shadowRoot?.querySelector('[part=more]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      fetch.restore();
    }
  });

  it('shows the error when `src` fails', async () => {
    const fetch = controlledFetch();
    const warnings = captureWarnings();
    try {
      // Another URL: a document once loaded is shared by the page.
      const el = prerendered(`<session-card src="/programme-failing.json" session-id="open-foundation-models">${PRE}</session-card>`);
      await el.updateComplete;
      expect(textOf(el)).to.equal('Pre-rendered talk');
      const done = settled(el);
      fetch.calls[0].respond({}, 500);
      await done;
      expect(el.shadowRoot?.querySelector('[part=error]')?.textContent).to.contain('The programme could not be loaded.');
      expect(textOf(el)).not.to.contain('Pre-rendered talk');
    } finally {
      fetch.restore();
      warnings.restore();
    }
  });

  it('lays out every row of a long banner list, as the HTML did, where a banner of its own does not', async () => {
    const doc = await gosim();
    const sessions = Array.from({length: 300}, (_, i) => ({
      id: `t${i}`, title: `Talk ${i}`, track: 'ai-model', start: `2025-05-07T${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
    }));
    const json = JSON.stringify({...doc, sessions});
    const banner = `<track-banner track-id="ai-model" show-sessions>${PRE}<script type="application/json">${json}</script></track-banner>`;
    const taken = prerendered<TrackBanner>(banner);
    const own = prerendered<TrackBanner>(banner.replace(PRE, ''));
    try {
      const lazy = async (el: TrackBanner) => {
        await el.updateComplete;
        const rows = [...el.shadowRoot!.querySelectorAll('[part=sessions] li')];
        expect(rows).to.have.length(300);
        return rows.filter((row) => getComputedStyle(row).contentVisibility === 'auto').length;
      };
      expect(await lazy(taken)).to.equal(0);
      expect(await lazy(own)).to.equal(300);
    } finally {
      taken.parentElement!.remove();
      own.parentElement!.remove();
    }
  });

  it('replaces it at once with inline JSON, without a request', async () => {
    const fetch = controlledFetch();
    try {
      const json = JSON.stringify(await gosim());
      const el = prerendered(`<session-card session-id="open-foundation-models">${PRE}<script type="application/json">${json}</script></session-card>`);
      await el.updateComplete;
      expect(fetch.calls.length).to.equal(0);
      expect(textOf(el)).to.contain('Open Foundation Models');
      expect(textOf(el)).not.to.contain('Pre-rendered talk');
    } finally {
      fetch.restore();
    }
  });
});
