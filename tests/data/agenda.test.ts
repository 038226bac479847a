/** The personal agenda: stars in localStorage, the view in the URL hash, the share link. */
import {expect} from '@open-wc/testing';
import {loadStarred, onStarred, readHash, saveStarred, shareUrl, writeHash} from '../../src/data/agenda.js';
import type {ViewState} from '../../src/data/agenda.js';

const EVENT = 'gosim-ai-paris-2025';
const KEY = `conference-widgets:agenda:${EVENT}`;

/** Makes every Storage method throw, as a sandboxed iframe's storage does, until restored. */
function breakStorage(): () => void {
  const methods = ['getItem', 'setItem', 'removeItem'] as const;
  const originals = methods.map((m) => Storage.prototype[m]);
  for (const m of methods) {
    Storage.prototype[m] = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  }
  return () => methods.forEach((m, i) => ((Storage.prototype as any)[m] = originals[i]));
}

describe('starred talks', () => {
  afterEach(() => localStorage.clear());

  it('are none at first, and survive a save as the same ids', () => {
    expect(loadStarred(EVENT)).to.deep.equal(new Set());
    saveStarred(EVENT, new Set(['open-foundation-models', 'a,b']));
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).to.deep.equal(['open-foundation-models', 'a,b']);
    expect(loadStarred(EVENT)).to.deep.equal(new Set(['open-foundation-models', 'a,b']));
    // Per event.
    expect(loadStarred('other-event')).to.deep.equal(new Set());
  });

  it('leave nothing behind once none is left', () => {
    saveStarred(EVENT, ['x']);
    saveStarred(EVENT, []);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('are none when storage holds anything but a list of strings', () => {
    for (const junk of ['{', '{"a":1}', '[1,2]', '["a",null]', '"a"', 'null']) {
      localStorage.setItem(KEY, junk);
      expect(loadStarred(EVENT), junk).to.deep.equal(new Set());
    }
  });

  it('are none, and saving never throws, when storage throws', () => {
    const restore = breakStorage();
    try {
      expect(() => localStorage.getItem(KEY)).to.throw();
      expect(loadStarred(EVENT)).to.deep.equal(new Set());
      expect(() => saveStarred(EVENT, ['x'])).not.to.throw();
      expect(() => saveStarred(EVENT, [])).not.to.throw();
    } finally {
      restore();
    }
  });

  it('reach the other lists of the page, even without storage, until they unsubscribe', () => {
    const heard: Set<string>[] = [];
    const otherEvent: Set<string>[] = [];
    const stop = onStarred(EVENT, (ids) => heard.push(ids));
    const stopOther = onStarred('other-event', (ids) => otherEvent.push(ids));
    saveStarred(EVENT, ['a', 'b']);
    const restore = breakStorage();
    try {
      saveStarred(EVENT, ['c']);
    } finally {
      restore();
    }
    stop();
    saveStarred(EVENT, ['d']);
    stopOther();
    expect(heard).to.deep.equal([new Set(['a', 'b']), new Set(['c'])]);
    expect(otherEvent).to.deep.equal([]);
  });

  it('reach the lists of another tab through the storage event', () => {
    const heard: Set<string>[] = [];
    const stop = onStarred(EVENT, (ids) => heard.push(ids));
    // What another tab's write looks like here: the value is already in storage, then the event.
    localStorage.setItem(KEY, '["from-tab"]');
    dispatchEvent(new StorageEvent('storage', {key: KEY, newValue: '["from-tab"]', storageArea: localStorage}));
    dispatchEvent(new StorageEvent('storage', {key: 'conference-widgets:agenda:other', newValue: '["x"]'}));
    localStorage.clear();
    dispatchEvent(new StorageEvent('storage', {key: null}));
    stop();
    dispatchEvent(new StorageEvent('storage', {key: KEY, newValue: '["late"]'}));
    expect(heard).to.deep.equal([new Set(['from-tab']), new Set()]);
  });
});

describe('the view in the URL hash', () => {
  it('reads filters, search, My agenda and shared ids', () => {
    expect(readHash('#day=2025-05-06&track=a,b&q=open%20models&mine&agenda=x,y')).to.deep.equal({
      day: ['2025-05-06'], track: ['a', 'b'], query: 'open models', mine: true, agenda: ['x', 'y'],
    });
    expect(readHash('#room=curie&language=de,en&q=open+models')).to.deep.equal({room: ['curie'], language: ['de', 'en'], query: 'open models'});
  });

  it('reads a plain anchor, an empty hash and unknown keys as no view', () => {
    for (const hash of ['', '#', '#programme', '#top&utm=x', 'speaker=a']) expect(readHash(hash), hash).to.deep.equal({});
  });

  it('does not throw on a broken escape', () => {
    expect(readHash('#track=%E0%A4%A,ok&q=%')).to.deep.equal({track: ['%E0%A4%A', 'ok'], query: '%'});
  });

  it('writes the view, keeps the hash’s other keys, and removes the empty ones', () => {
    expect(writeHash('', {day: ['2025-05-06'], track: ['a', 'b'], query: 'open models', mine: true, agenda: ['x', 'y']}))
      .to.equal('#day=2025-05-06&track=a,b&q=open%20models&mine&agenda=x,y');
    expect(writeHash('#programme&day=2025-05-07&q=old', {day: ['2025-05-06'], query: ' ', track: []})).to.equal('#programme&day=2025-05-06');
    expect(writeHash('#day=2025-05-07&mine', {mine: false})).to.equal('');
    expect(writeHash('#programme', {})).to.equal('#programme');
  });

  it('gives back the same view for ids with commas, ampersands, equals signs and accents', () => {
    const state: ViewState = {track: ['a,b', 'c&d'], room: ['salle é', 'x=y#z'], language: ['pt-BR'], query: 'Überwachung & co, 100%', agenda: ['10386', 'Camp2019-10386-opening_ceremony']};
    const hash = writeHash('#top', state);
    expect(hash.split('&')).to.have.length(6);
    expect(readHash(hash)).to.deep.equal(state);
    expect(readHash(new URL(`https://example.org/${hash}`).hash)).to.deep.equal(state);
  });
});

describe('the share link', () => {
  it('is the page’s address with only the starred ids in its hash', () => {
    const url = shareUrl('https://example.org/programme?lang=fr#day=2025-05-06&q=x', new Set(['open-foundation-models', 'a,b']));
    expect(url).to.equal('https://example.org/programme?lang=fr#agenda=open-foundation-models,a%2Cb');
    expect(readHash(new URL(url).hash)).to.deep.equal({agenda: ['open-foundation-models', 'a,b']});
    expect(shareUrl('https://example.org/', [])).to.equal('https://example.org/');
  });
});
