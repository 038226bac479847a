import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {getLocale, setLocale, uiLocaleFor} from '../../src/i18n/locale.js';
import {choose, languageOf} from '../../src/i18n/text.js';
import '../../src/index.js';
import type {SessionCard} from '../../src/index.js';
import {gosim, pageLanguage, textOf} from '../helpers.js';

describe('the UI language', () => {
  afterEach(() => pageLanguage('en'));

  it('maps page languages to the two UI languages', () => {
    expect(['fr', 'fr-CA', 'FR-be', 'en', 'en-GB', 'de', '', null].map(uiLocaleFor)).to.deep.equal(
      ['fr', 'fr', 'fr', 'en', 'en', 'en', 'en', 'en']);
  });

  it('follows later changes of <html lang>', async () => {
    document.documentElement.lang = 'fr-CA';
    await waitUntil(() => getLocale() === 'fr', 'the UI language became fr');
    document.documentElement.lang = 'de';
    await waitUntil(() => getLocale() === 'en', 'the UI language became en');
  });

  it('re-renders elements already on the page, and ConferenceWidgets.setLocale() switches too', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<SessionCard>(html`<session-card session-id="nope" .data=${await gosim()}></session-card>`);
      await el.updateComplete;
      expect(textOf(el)).to.contain('No talk has the id “nope”.');
      await pageLanguage('fr');
      await el.updateComplete;
      expect(textOf(el)).to.contain('Aucune session n’a l’identifiant « nope ».');
      await window.ConferenceWidgets!.setLocale('en');
      await waitUntil(() => textOf(el).includes('No talk has the id “nope”.'), 'the card is in English again');
      await setLocale('fr');
      await el.updateComplete;
      expect(window.ConferenceWidgets!.getLocale()).to.equal('fr');
    } finally {
      console.warn = warn;
    }
  });
});

describe('content languages', () => {
  it('chooses the exact language, then the base language, then the document language', () => {
    const text = {en: 'Hello', fr: 'Bonjour', 'fr-CA': 'Allô'};
    expect(choose(text, 'fr-CA')).to.deep.equal({value: 'Allô', lang: 'fr-CA'});
    expect(choose(text, 'fr-BE')).to.deep.equal({value: 'Bonjour', lang: 'fr'});
    expect(choose(text, 'de')).to.deep.equal({value: 'Hello', lang: 'en'});
    expect(choose({es: 'Hola', fr: 'Bonjour'}, 'de', 'es')).to.deep.equal({value: 'Hola', lang: 'es'});
    expect(choose('Plain', 'fr', 'en')).to.deep.equal({value: 'Plain', lang: 'en'});
    // A regional variant of the reader's language beats another language.
    expect(choose({'fr-CA': 'Allô', en: 'Hello'}, 'fr')).to.deep.equal({value: 'Allô', lang: 'fr-CA'});
    expect(choose({'pt-PT': 'Olá', en: 'Hello'}, 'pt-BR')).to.deep.equal({value: 'Olá', lang: 'pt-PT'});
  });

  it('reads the closest lang across shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="fr-CA"><span></span></div>`);
    const shadow = host.querySelector('span')!.attachShadow({mode: 'open'});
    shadow.innerHTML = '<b></b>';
    expect(languageOf(shadow.querySelector('b')!)).to.equal('fr-CA');
  });

  it('marks content in a language the page did not ask for with its own lang', async () => {
    const doc = await gosim();
    const el = await fixture<SessionCard>(html`<div lang="fr"><session-card .data=${doc}></session-card></div>`);
    const card = el.querySelector('session-card')!;
    await card.updateComplete;
    // The title exists only in English: it is marked as English inside a French page.
    const title = card.shadowRoot!.querySelector('[part="heading"] [lang="en"]');
    expect(title?.textContent).to.equal('Open Foundation Models: Scaling Laws and Generalization');
  });
});
