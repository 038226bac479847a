import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {SessionCard} from '../../src/index.js';
import {captureWarnings, controlledFetch, gosim, settled, textOf} from '../helpers.js';

const seen = new Set<string>();
/** A URL no other test has used, so the page-wide cache starts empty. */
const fresh = (name: string) => {
  let url = `/demo/data/${name}?t=${Math.random()}`;
  while (seen.has(url)) url += '1';
  seen.add(url);
  return url;
};

describe('the loader', () => {
  it('fetches a URL once however many widgets use it', async () => {
    const fetch = controlledFetch();
    try {
      const url = fresh('gosim.json');
      const el = await fixture<HTMLElement>(html`<div>
        <session-card src=${url}></session-card>
        <speaker-bio src=${url}></speaker-bio>
        <track-banner src=${url} track-id="ai-model"></track-banner>
        <session-card src=${url}></session-card>
      </div>`);
      await waitUntil(() => fetch.calls.length > 0, 'the request');
      expect(fetch.calls.length).to.equal(1);
      const cards = [...el.children];
      const loads = cards.map(settled);
      fetch.calls[0].respond(await gosim());
      const events = await Promise.all(loads);
      expect(events.map((e) => e.type)).to.deep.equal(['conf-load', 'conf-load', 'conf-load', 'conf-load']);
      expect(textOf(cards[0])).to.contain('Open Foundation Models');
      expect(textOf(cards[1])).to.contain('Jenia Jitsev');
      expect(textOf(cards[2])).to.contain('AI Model');
    } finally {
      fetch.restore();
    }
  });

  it('never lets an older response overwrite a newer src', async () => {
    const fetch = controlledFetch();
    try {
      const el = await fixture<SessionCard>(html`<session-card src=${fresh('old.json')}></session-card>`);
      el.src = fresh('new.json');
      await el.updateComplete;
      expect(fetch.calls.length).to.equal(2);
      const newer = await gosim();
      (newer.sessions![0] as {title: string}).title = 'The newer title';
      const loaded = settled(el);
      fetch.calls[1].respond(newer);
      await loaded;
      const older = await gosim();
      (older.sessions![0] as {title: string}).title = 'The older title';
      fetch.calls[0].respond(older);
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(textOf(el)).to.contain('The newer title');
      expect(textOf(el)).not.to.contain('The older title');
    } finally {
      fetch.restore();
    }
  });

  it('leaves nothing behind for a widget removed while loading', async () => {
    const fetch = controlledFetch();
    const console = captureWarnings();
    try {
      const el = await fixture<SessionCard>(html`<session-card src=${fresh('gone.json')}></session-card>`);
      const events: string[] = [];
      el.addEventListener('conf-load', () => events.push('load'));
      el.addEventListener('conf-error', () => events.push('error'));
      el.remove();
      fetch.calls[0].respond({not: 'a document'});
      await new Promise((r) => setTimeout(r, 20));
      expect(events).to.deep.equal([]);
      expect(console.warnings).to.deep.equal([]);
      expect(textOf(el)).to.contain('Loading');
    } finally {
      fetch.restore();
      console.restore();
    }
  });

  it('says the HTTP status of a failed request, in place, as an event and one warning', async () => {
    const fetch = controlledFetch();
    const console = captureWarnings();
    try {
      const el = await fixture<SessionCard>(html`<session-card src=${fresh('missing.json')}></session-card>`);
      const event = settled(el);
      fetch.calls[0].respond({}, 404);
      const e = (await event) as CustomEvent & {error: {kind: string; status: number}};
      await el.updateComplete;
      expect(e.type).to.equal('conf-error');
      expect(e.error.kind).to.equal('http');
      expect(e.error.status).to.equal(404);
      expect(e.bubbles && e.composed).to.be.true;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('The programme file was not found.');
      // The visitor sees no status code and no URL; the console and the event have them.
      expect(alert.textContent).not.to.match(/404|missing\.json/);
      expect(alert.querySelector('button')).to.be.null;
      expect(console.warnings).to.have.length(1);
      expect(console.warnings[0]).to.contain('HTTP 404');
    } finally {
      fetch.restore();
      console.restore();
    }
  });

  it('says a network error', async () => {
    const fetch = controlledFetch();
    const console = captureWarnings();
    try {
      const el = await fixture<SessionCard>(html`<session-card src=${fresh('offline.json')}></session-card>`);
      const event = settled(el);
      fetch.calls[0].fail(new TypeError('Failed to fetch'));
      expect(((await event) as Event & {error: {kind: string}}).error.kind).to.equal('network');
      await el.updateComplete;
      expect(textOf(el)).to.contain('The programme could not be loaded. Try again');
      expect(textOf(el)).not.to.contain('Failed to fetch');
      // "Try again" asks once more, and shows the programme when the network is back.
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await el.updateComplete;
      expect(fetch.calls).to.have.length(2);
      const loaded = settled(el);
      fetch.calls[1].respond(await gosim());
      expect((await loaded).type).to.equal('conf-load');
      await el.updateComplete;
      expect(textOf(el)).to.contain('Open Foundation Models');
    } finally {
      fetch.restore();
      console.restore();
    }
  });

  it('reports a src that is no URL, as an error in place', async () => {
    const console = captureWarnings();
    try {
      const reported = new Promise<Event>((r) => document.addEventListener('conf-error', r, {once: true}));
      const el = await fixture<SessionCard>(html`<session-card src="http://["></session-card>`);
      const e = (await reported) as Event & {error: {kind: string; path: string}};
      await el.updateComplete;
      expect(e.error.kind).to.equal('invalid');
      expect(e.error.path).to.equal('src');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    } finally {
      console.restore();
    }
  });

  it('reports the same error again after another load', async () => {
    const fetch = controlledFetch();
    const console = captureWarnings();
    try {
      const bad = fresh('bad.json');
      const el = await fixture<SessionCard>(html`<session-card src=${bad}></session-card>`);
      const errors: Event[] = [];
      el.addEventListener('conf-error', (e) => errors.push(e));
      fetch.calls[0].respond({}, 404);
      await new Promise((r) => setTimeout(r, 20));
      el.src = fresh('good.json');
      await el.updateComplete;
      fetch.calls[1].respond(await gosim());
      await new Promise((r) => setTimeout(r, 20));
      el.src = bad;
      await el.updateComplete;
      fetch.calls[2].respond({}, 404);
      await new Promise((r) => setTimeout(r, 20));
      expect(errors).to.have.length(2);
      expect(console.warnings).to.have.length(2);
    } finally {
      fetch.restore();
      console.restore();
    }
  });

  it('does not load, render or fire for a detached widget until it is attached again', async () => {
    const fetch = controlledFetch();
    try {
      const el = await fixture<SessionCard>(html`<session-card .data=${await gosim()}></session-card>`);
      const parent = el.parentElement!;
      el.remove();
      const events: string[] = [];
      el.addEventListener('conf-load', () => events.push('load'));
      el.src = fresh('later.json');
      el.data = undefined;
      await el.updateComplete;
      expect(fetch.calls).to.have.length(0);
      parent.append(el);
      await el.updateComplete;
      expect(fetch.calls).to.have.length(1);
      fetch.calls[0].respond(await gosim());
      await settled(el);
      expect(events).to.deep.equal(['load']);
    } finally {
      fetch.restore();
    }
  });

  it('fetches a real file from the server', async () => {
    const el = await fixture<SessionCard>(html`<session-card src="/demo/data/gosim-paris-2025.json"></session-card>`);
    await settled(el);
    await el.updateComplete;
    expect(textOf(el)).to.contain('Open Foundation Models: Scaling Laws and Generalization');
  });
});

describe('the four sources', () => {
  it('prefers the data property, then inline JSON, then src', async () => {
    const doc = await gosim();
    const inline = structuredClone(doc);
    (inline.sessions![0] as {title: string}).title = 'Inline title';
    const el = await fixture<SessionCard>(html`<session-card src="/does-not-exist.json">
      <script type="application/json">${JSON.stringify(inline)}</script>
    </session-card>`);
    await el.updateComplete;
    expect(textOf(el)).to.contain('Inline title');
    (doc.sessions![0] as {title: string}).title = 'Property title';
    el.data = doc;
    await el.updateComplete;
    expect(textOf(el)).to.contain('Property title');
  });

  it('reports broken inline JSON as such', async () => {
    const console = captureWarnings();
    try {
      const el = await fixture<SessionCard>(html`<session-card><script type="application/json">{"event": </script></session-card>`);
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The programme data cannot be read.');
      expect(console.warnings).to.have.length(1);
    } finally {
      console.restore();
    }
  });

  it('lists the ids that exist for an unknown id', async () => {
    const console = captureWarnings();
    try {
      const el = await fixture<SessionCard>(html`<session-card session-id="nope" .data=${await gosim()}></session-card>`);
      await el.updateComplete;
      const text = textOf(el);
      expect(text).to.equal('No talk has the id “nope”. Talks in this programme: 1.');
      expect(console.warnings[0]).to.contain('session-id: no item with id "nope"; ids in the data (open-foundation-models)');
    } finally {
      console.restore();
    }
  });

  it('touches nothing else on the page when the data is bad', async () => {
    const console = captureWarnings();
    try {
      const page = await fixture<HTMLElement>(html`<main><p id="mine">Host content</p><session-card .data=${{event: 1}}></session-card></main>`);
      const card = page.querySelector('session-card')!;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[role=alert]')).to.exist;
      expect(page.querySelector('#mine')!.textContent).to.equal('Host content');
      expect(page.children.length).to.equal(2);
    } finally {
      console.restore();
    }
  });
});
