// The widgets on a page whose CSS we did not write: inherited styles stop at the widget.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SessionCard} from '../../src/index.js';
import {gosim, layOutCards} from '../helpers.js';

describe('on a hostile page', () => {
  it('keeps inherited page styles out of the widget, but lets --conf- tokens in', async () => {
    const page = await fixture<HTMLElement>(html`<div style="text-transform: uppercase; letter-spacing: 7px;
      word-spacing: 30px; white-space: pre; font-style: italic; text-align: center; line-height: 9;
      visibility: visible; cursor: wait; --conf-accent: rgb(1, 2, 3);">
      <session-card .data=${await gosim()}></session-card>
    </div>`);
    const card = page.querySelector('session-card') as SessionCard;
    await card.updateComplete;
    const title = getComputedStyle(card.shadowRoot!.querySelector('[part="heading"]')!);
    expect(title.textTransform).to.equal('none');
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part="time"]')!).letterSpacing).to.equal('normal');
    expect(title.wordSpacing).to.equal('0px');
    expect(title.whiteSpace).to.equal('normal');
    expect(title.fontStyle).to.equal('normal');
    expect(title.textAlign).to.equal('start');
    expect(title.cursor).to.equal('auto');
    expect(getComputedStyle(card).display).to.equal('block');
    const more = card.shadowRoot!.querySelector('a, button')!;
    expect(getComputedStyle(more).getPropertyValue('--conf-accent').trim()).to.equal('rgb(1, 2, 3)');
  });

  it('wraps one 100 KB word even when the page asks the element not to', async () => {
    const word = 'x'.repeat(100_000);
    const doc = await gosim();
    const data = {...doc, sessions: doc.sessions!.map((session) => ({...session, title: word.slice(0, 500), abstract: word}))};
    const card = await fixture<SessionCard>(html`<session-card style="width: 320px; overflow-wrap: normal; word-break: keep-all"
      .data=${data}></session-card>`);
    await card.updateComplete;
    for (const selector of ['[part="base"]', '[part="heading"]', '[part="abstract"]']) {
      const box = card.shadowRoot!.querySelector(selector)!;
      expect(box.scrollWidth, selector).to.be.at.most(box.clientWidth + 1);
    }
  });

  it('still hides with the hidden attribute', async () => {
    const card = await fixture<SessionCard>(html`<session-card hidden .data=${await gosim()}></session-card>`);
    expect(getComputedStyle(card).display).to.equal('none');
  });
});

// A rough sponsor page: inherited text styles on everything, `white-space: nowrap` and
// `display: inline` on our tags, margins, borders and padding on every element.
const ROUGH = `
  .rough, .rough * {
    line-height: 3 !important; text-transform: uppercase; letter-spacing: 2px; word-spacing: 6px;
    text-indent: 3em; font-style: italic; text-align: center; word-break: break-all;
    margin: 7px; border: 3px solid #c00; padding: 2px;
  }
  .rough session-card, .rough session-list, .rough speaker-bio, .rough track-banner { white-space: nowrap; display: inline; }
`;

const widgets = {
  'session-card': async () => html`<session-card .data=${await gosim()}></session-card>`,
  'session-list': async () => html`<session-list controls .data=${await gosim()}></session-list>`,
  'speaker-bio': async () => html`<speaker-bio .data=${await gosim()}></speaker-bio>`,
  'track-banner': async () => html`<track-banner track-id="ai-model" .data=${await gosim()}></track-banner>`,
};
type Tag = keyof typeof widgets;

/** The widget's outer box, the one that holds everything it shows. */
const box = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

/**
 * Every box in the widget wider inside than outside, by how much; screen-reader-only text excepted, and
 * boxes that scroll sideways on purpose (the list's filter lines): their content stays inside them.
 */
const overflowing = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((e) => !e.closest('.visually-hidden') && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX !== 'auto')
    .map((e) => `${e.localName}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''} +${e.scrollWidth - e.clientWidth}px`);

async function mount(tag: Tag, variant: 'clean' | 'rough', width = 480) {
  const page = await fixture<HTMLElement>(html`<div class=${variant} style="width: ${width}px">${await widgets[tag]()}</div>`);
  const el = page.querySelector(tag) as HTMLElement & {updateComplete: Promise<boolean>};
  await el.updateComplete;
  expect(box(el), `${tag} rendered`).to.exist;
  return el;
}

describe('on a rough page and on a clean one', () => {
  let style: HTMLStyleElement;
  // Heights of the content itself, not the one a card holds until the next frame lays it out.
  let laidOut: () => void;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = ROUGH;
    document.head.append(style);
    laidOut = layOutCards();
  });
  afterEach(() => {
    laidOut();
    style.remove();
    document.documentElement.style.fontSize = '';
    document.body.style.fontSize = '';
  });

  for (const tag of Object.keys(widgets) as Tag[]) {
    describe(`<${tag}>`, () => {
      it('shows the same text at about the same height, and nothing runs out of its box', async () => {
        const clean = await mount(tag, 'clean');
        const rough = await mount(tag, 'rough');
        const [h0, h1] = [clean, rough].map((el) => box(el).getBoundingClientRect().height);
        console.log(`<${tag}> height: clean ${Math.round(h0)} px, rough ${Math.round(h1)} px; overflow: ${overflowing(rough).join(', ') || 'none'}`);
        expect(overflowing(clean), 'clean').to.deep.equal([]);
        expect(overflowing(rough), 'rough').to.deep.equal([]);
        expect(box(rough).getBoundingClientRect().right).to.be.at.most(rough.parentElement!.getBoundingClientRect().right + 1);
        expect(h1 / h0, `rough ${h1} px against clean ${h0} px`).to.be.within(0.7, 1.3);
        // As shown: innerText is after text-transform.
        expect(box(rough).innerText === box(clean).innerText, 'same text').to.equal(true);
      });

      it('hides with a hidden parent, and takes no clicks', async () => {
        for (const variant of ['clean', 'rough'] as const) {
          const el = await mount(tag, variant);
          el.parentElement!.style.visibility = 'hidden';
          el.scrollIntoView();
          const rect = box(el).getBoundingClientRect();
          expect(el.checkVisibility({visibilityProperty: true}), variant).to.equal(false);
          expect(getComputedStyle(box(el)).visibility, variant).to.equal('hidden');
          expect(document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2), variant).to.not.equal(el);
        }
      });

      it('sizes its text from the text around it, not from the root: 16 px body text on a 62.5 % root', async () => {
        document.documentElement.style.fontSize = '62.5%';
        document.body.style.fontSize = '1.6rem';
        for (const variant of ['clean', 'rough'] as const) {
          const el = await mount(tag, variant);
          const size = parseFloat(getComputedStyle(box(el)).fontSize);
          expect(size, variant).to.be.at.least(15);
          // The token overrides it.
          el.parentElement!.style.setProperty('--conf-font-size', '20px');
          expect(getComputedStyle(box(el)).fontSize, `${variant}, --conf-font-size`).to.equal('20px');
        }
      });
    });
  }
});
