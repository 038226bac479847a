import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../../src/index.js';
import type {ConfErrorEvent, ConferenceDocument, ConfLoadEvent, SessionCard, Speaker, SpeakerBio} from '../../../src/index.js';
import {captureWarnings, gosim, pageLanguage, textOf} from '../../helpers.js';

const PHOTO = '/tests/components/speaker-bio/photo.svg';
const JSC = 'https://www.fz-juelich.de/en/ias/jsc/news/events/2018/hbp-colloquium-2018/jenia-jitsev';
type Mutable<T> = {-readonly [K in keyof T]: T[K]};

/** The default data with its photos on this server: no test reaches the internet. */
async function offline(change?: (speaker: Mutable<Speaker>) => void): Promise<ConferenceDocument> {
  const doc = await gosim();
  const speaker = doc.speakers![0] as Mutable<Speaker>;
  // The seed's photo URL is a web page, not an image, so the default data has none: a test photo here.
  const photo = {src: PHOTO, alt: 'Jenia Jitsev at JSC', credit: {name: 'Forschungszentrum Jülich', url: JSC}};
  speaker.photo = photo;
  speaker.images = [photo];
  change?.(speaker);
  return doc;
}

const $ = (el: SpeakerBio, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: SpeakerBio, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const section = (el: SpeakerBio, name: string) => $(el, `[part~="section-${name}"]`) as HTMLElement;
/** Text as shown, whitespace collapsed. */
const text = (node: Element | null) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: SpeakerBio) => $$(el, '[part="section-heading"]').map(text);
const hrefs = (node: Element) => [...node.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('<speaker-bio>', () => {
  afterEach(() => pageLanguage('en'));

  describe('full variant, every part of the seed biography', () => {
    let el: SpeakerBio;
    beforeEach(async () => {
      el = await fixture<SpeakerBio>(html`<speaker-bio .data=${await offline()}></speaker-bio>`);
    });

    it('shows the sections in order, each with a heading one level below the name', () => {
      expect($(el, 'h3[part="heading"]')!.textContent).to.equal('Jenia Jitsev');
      expect($$(el, 'h4[part="section-heading"]').map(text)).to.deep.equal([
        'About', 'Education', 'Career', 'Publications', 'Awards', 'Media appearances', 'Videos', 'Blog posts',
        'Influence and impact', 'Personal insights', 'Images', 'Online profiles', 'In summary', 'Sources',
      ]);
    });

    it('header: name, photo with alt text and credit, positions, location', () => {
      const header = $(el, '[part="header"]')!;
      expect($(el, '[part="photo"]')!.getAttribute('aria-label')).to.equal('Jenia Jitsev at JSC');
      expect($$(el, '[part="positions"] li').map(text)).to.deep.equal([
        'Scientific Lead, LAION',
        'Senior Researcher and Lab Leader, Jülich Supercomputing Center (JSC)',
      ]);
      expect(text($(el, '[part="location"]'))).to.equal('Jülich, Germany');
      expect(text(header.querySelector('[part="credit"]'))).to.equal('Photo: Forschungszentrum Jülich');
      expect(hrefs(header.querySelector('[part="credit"]')!)).to.deep.equal([
        'https://www.fz-juelich.de/en/ias/jsc/news/events/2018/hbp-colloquium-2018/jenia-jitsev',
      ]);
    });

    it('role', () => {
      expect(text(section(el, 'role'))).to.contain('leading figure in the intersection of high-performance computing (HPC)')
        .and.contain('LAION-400M and LAION-5B.');
    });

    it('education', () => {
      expect(text(section(el, 'education'))).to.contain('PhD in Computer Science (Computational Neuroscience, Machine Learning)');
    });

    it('career timeline as a dated, ordered list', () => {
      const items = [...section(el, 'timeline').querySelectorAll('ol > li')];
      expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2014', '2018', '2021', '2023']);
      expect(text(items[0])).to.contain('Early experimentation in reinforcement learning, as seen in the pong-RL GitHub repository.');
      expect(hrefs(items[0])).to.deep.equal(['https://github.com/JeniaJitsev/pong-RL']);
      expect(text(items[1])).to.contain('Headed the Cross-Sectional Team "Deep Learning" (CST-DL)');
      expect(text(items[2])).to.contain('Co-founded LAION e.V., a non-profit research organization');
      expect(text(items[3])).to.contain('Awarded "Science Breakthrough of the Year 2023" by the Falling Walls Foundation');
    });

    it('publications: year, title as a link, what it contributed', () => {
      const items = [...section(el, 'publications').querySelectorAll('li')];
      expect(items.map((li) => text(li.querySelector('time')))).to.deep.equal(['2022', '2023']);
      expect(items.map((li) => text(li.querySelector('[part="work-title"] a')))).to.deep.equal([
        'LAION-5B: A New Era of Open Large-Scale Multi-Modal Datasets',
        'Resolving Discrepancies in Compute-Optimal Scaling of Language Models',
      ]);
      expect(items.flatMap(hrefs)).to.deep.equal([
        'https://laion.ai/laion-5b-a-new-era-of-open-large-scale-multi-modal-datasets/',
        'https://github.com/formll/resolving-scaling-law-discrepancies',
      ]);
      expect(text(items[0])).to.contain('5.85 billion CLIP-filtered image-text pairs, 14x larger than LAION-400M.');
      expect(text(items[1])).to.contain('Contributed to research on scaling laws for AI models.');
    });

    it('awards', () => {
      const items = [...section(el, 'awards').querySelectorAll('li')].map(text);
      expect(items[0]).to.equal('2023 Falling Walls Award · Falling Walls Foundation "Science Breakthrough of the Year 2023" in the category "Science and Innovation Management" for contributions to open-source AI research.');
      expect(items[1]).to.equal('2022 Rising Star Award Recognized for contributions to scalable deep learning and AI research.');
    });

    it('media appearances', () => {
      const media = section(el, 'media');
      expect(text(media)).to.contain('2023 ML Conference Spoke on "AI as a Superpower: LAION and the Role of Open Source in Artificial Intelligence."')
        .and.contain('2022 NeurIPS 2022 Presented the LAION-5B dataset and its implications for open-source AI research.');
      expect(hrefs(media)).to.deep.equal(['https://mlconference.ai/blog/ai-as-a-superpower-laion-and-the-role-of-open-source-in-artificial-intelligence/']);
    });

    it('videos', () => {
      const videos = section(el, 'videos');
      expect(text(videos)).to.contain('2023 AI as a Superpower: LAION and the Role of Open Source in Artificial Intelligence · ML Conference');
      expect(hrefs(videos)).to.deep.equal(['https://mlconference.ai/blog/ai-as-a-superpower-laion-and-the-role-of-open-source-in-artificial-intelligence/']);
    });

    it('blog posts', () => {
      const posts = section(el, 'posts');
      expect(text(posts)).to.contain('2022 LAION-5B: A New Era of Open Large-Scale Multi-Modal Datasets Discusses the creation and impact of the LAION-5B dataset.');
      expect(hrefs(posts)).to.deep.equal(['https://laion.ai/laion-5b-a-new-era-of-open-large-scale-multi-modal-datasets/']);
    });

    it('influence and personal insights', () => {
      expect(text(section(el, 'influence'))).to.contain('empowered researchers worldwide to advance AI research without proprietary constraints.');
      expect(text(section(el, 'insights'))).to.contain('Jenia’s journey is marked by a passion for open-source research');
    });

    it('images with their captions and source credits', () => {
      const figure = section(el, 'images').querySelector('figure')!;
      expect(figure.querySelector('img')!.getAttribute('alt')).to.equal('Jenia Jitsev at JSC');
      expect(figure.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
      expect(text(figure.querySelector('figcaption'))).to.equal('Jenia Jitsev at JSC Source: Forschungszentrum Jülich');
      expect(hrefs(figure)).to.deep.equal(['https://www.fz-juelich.de/en/ias/jsc/news/events/2018/hbp-colloquium-2018/jenia-jitsev']);
    });

    it('social profiles as icon links named for the speaker, with their handles', () => {
      const links = [...section(el, 'social').querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://twitter.com/jjitsev', 'https://www.linkedin.com/in/jenia-jitsev-11654427', 'https://github.com/JeniaJitsev', 'https://laion.ai/',
      ]);
      expect(links.map((a) => text(a.querySelector('.visually-hidden')))).to.deep.equal([
        'Jenia Jitsev on Twitter', 'Jenia Jitsev on LinkedIn', 'Jenia Jitsev on GitHub', 'Jenia Jitsev’s website',
      ]);
      expect(links.map((a) => text(a.lastElementChild))).to.deep.equal(['@JJitsev', 'Jenia Jitsev', 'JeniaJitsev', 'LAION']);
      expect(links.every((a) => a.querySelector('svg')!.getAttribute('aria-hidden') === 'true')).to.be.true;
    });

    it('the closing statement', () => {
      expect(text(section(el, 'conclusion'))).to.contain('continues to inspire new generations in the fields of supercomputing and artificial intelligence.');
    });

    it('source citations as a numbered list, long so collapsed behind a button', async () => {
      const sources = section(el, 'sources');
      const items = [...sources.querySelectorAll('ol > li')];
      expect(items.map(text)).to.deep.equal([
        'Falling Walls Award Announcement', 'LAION Team Profile', 'LinkedIn Profile', 'ML Conference Blog', 'Jülich Supercomputing Centre',
      ]);
      expect(hrefs(sources)[4]).to.equal('https://www.fz-juelich.de/en/ias/jsc/about-us/profile');
      expect(getComputedStyle(sources.querySelector('ol')!).listStyleType).to.equal('decimal');
      const visible = () => items.filter((li) => li.getClientRects().length).length;
      const button = sources.querySelector('button')!;
      expect(visible()).to.equal(3);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(button)).to.equal('Show all (5)');
      button.click();
      await el.updateComplete;
      expect(visible()).to.equal(5);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Show fewer');
      expect(sources.querySelector(`#${button.getAttribute('aria-controls')}`)).to.equal(sources.querySelector('ol'));
    });
  });

  it('has the look of the session card’s "Show more" for "Show all", accessible in both themes', async () => {
    const look = (button: Element) => {
      const style = getComputedStyle(button);
      return [style.color, style.backgroundColor, style.borderTopColor, style.borderTopWidth, style.borderRadius,
        style.paddingBlockStart, style.paddingInlineStart, style.fontSize, style.textDecorationLine];
    };
    for (const theme of ['light', 'dark']) {
      const bio = await fixture<SpeakerBio>(html`<speaker-bio theme=${theme} sections="sources" .data=${await offline()}></speaker-bio>`);
      const card = (await fixture(html`<div style="inline-size: 300px"><session-card theme=${theme} .data=${await offline()}></session-card></div>`))
        .firstElementChild as SessionCard;
      await waitUntil(() => card.shadowRoot!.querySelector('[part="more"]'), 'the card shows "Show more"');
      expect(look(card.shadowRoot!.querySelector('[part="more"]')!), theme).to.deep.equal(look($(bio, '[part="more"]')!));
      await expect(bio).to.be.accessible();
      await expect(card).to.be.accessible();
    }
  });

  it('shows the short biography, when the data has one, as the first section', async () => {
    const el = await fixture<SpeakerBio>(html`<speaker-bio .data=${await offline((s) => (s.bio = 'Works on **open** datasets.'))}></speaker-bio>`);
    expect(titles(el).slice(0, 2)).to.deep.equal(['About', 'Role']);
    expect(text(section(el, 'bio').querySelector('[part="text"]'))).to.equal('Works on open datasets.');
  });

  it('card variant: photo, name, first position, social icons and one paragraph of the role, nothing else', async () => {
    const doc = await offline((s) => (s.role = 'First paragraph of the role.\n\nSecond paragraph.'));
    const el = await fixture<SpeakerBio>(html`<speaker-bio variant="card" .data=${doc}></speaker-bio>`);
    expect($(el, '[part="photo"]')).to.exist;
    expect(text($(el, '[part="heading"]'))).to.equal('Jenia Jitsev');
    expect($$(el, '[part="positions"] li').map(text)).to.deep.equal(['Scientific Lead, LAION']);
    const links = $$(el, '[part="social"] a');
    expect(links.map(text)).to.deep.equal(['Jenia Jitsev on Twitter', 'Jenia Jitsev on LinkedIn', 'Jenia Jitsev on GitHub', 'Jenia Jitsev’s website']);
    const paragraphs = $$(el, '[part="text"] p').filter((p) => p.getClientRects().length).map(text);
    expect(paragraphs).to.deep.equal(['First paragraph of the role.']);
    expect($$(el, 'section, [part="location"], [part="credit"], [part="section-heading"]')).to.have.length(0);
    expect(textOf(el)).not.to.contain('Falling Walls');
  });

  it('card variant is short: the role clamped to two lines, in a 320 px sidebar and at 600 px', async () => {
    for (const width of [320, 600]) {
      const el = (await fixture(html`<div style="inline-size: ${width}px"><speaker-bio variant="card" .data=${await offline()}></speaker-bio></div>`))
        .firstElementChild as SpeakerBio;
      const body = $(el, '[part="text"]') as HTMLElement;
      const lineHeight = parseFloat(getComputedStyle(body).lineHeight);
      expect(body.scrollHeight, `${width}: the role is longer than two lines`).to.be.greaterThan(3 * lineHeight);
      expect(body.clientHeight, `${width}: two lines shown`).to.be.closeTo(2 * lineHeight, 2);
      expect(el.getBoundingClientRect().height, `${width}: a short card`).to.be.below(width === 320 ? 300 : 240);
      await expect(el).to.be.accessible();
    }
  });

  it('shows the chosen sections in the chosen order', async () => {
    const el = await fixture<SpeakerBio>(html`<speaker-bio sections="awards, timeline,publications" .data=${await offline()}></speaker-bio>`);
    expect(titles(el)).to.deep.equal(['Awards', 'Career', 'Publications']);
    el.sections = 'sources';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Sources']);
  });

  it('reports an unknown section name, and still shows the known ones', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<SpeakerBio>(html`<speaker-bio sections="timeline,biography" .data=${await offline()}></speaker-bio>`);
      expect(titles(el)).to.deep.equal(['Career']);
      expect(text($(el, '[part="notice"][role="status"]'))).to.equal('Unknown section: biography');
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain('biography').and.contain('timeline');
    } finally {
      capture.restore();
    }
  });

  it('has French section headings and accessible names on a French page', async () => {
    await pageLanguage('fr');
    const el = await fixture<SpeakerBio>(html`<speaker-bio lang="fr" .data=${await offline()}></speaker-bio>`);
    expect(titles(el)).to.deep.equal([
      'À propos', 'Formation', 'Parcours', 'Publications', 'Distinctions', 'Interventions dans les médias', 'Vidéos',
      'Articles de blog', 'Influence et impact', 'Regard personnel', 'Images', 'Profils en ligne', 'En résumé', 'Sources',
    ]);
    expect(textOf(el)).to.contain('Responsable scientifique').and.contain('Jülich, Allemagne').and.contain('Tout afficher (5)');
    expect(text(section(el, 'role'))).to.contain('figure de premier plan');
    expect($(el, 'header [part="credit"]')!.textContent).to.contain('Photo\u00a0: Forschungszentrum Jülich');
    expect(text(section(el, 'social').querySelector('a .visually-hidden'))).to.equal('Jenia Jitsev sur Twitter');
    // English data on a French page is marked as English.
    expect(section(el, 'influence').querySelector('[part="text"]')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  describe('photo', () => {
    it('falls back to the initials, without a broken image, when the URL is not an image', async () => {
      // Like the seed's photo URL, a page that is not an image.
      const doc = await offline((s) => (s.photo = {...s.photo!, src: '/demo/data/gosim-paris-2025.json?not-an-image'}));
      const el = await fixture<SpeakerBio>(html`<speaker-bio .data=${doc}></speaker-bio>`);
      const img = $(el, '[part="photo"] img');
      if (img) await oneEvent(img, 'error');
      expect($(el, '[part="photo"] img')).to.be.null;
      expect(text($(el, '[part="photo"]'))).to.equal('JJ');
    });

    it('shows the photo once it has loaded', async () => {
      const el = await fixture<SpeakerBio>(html`<speaker-bio .data=${await offline()}></speaker-bio>`);
      const img = $(el, '[part="photo"] img')!;
      if (!img.hasAttribute('data-loaded')) await oneEvent(img, 'load');
      expect(img.hasAttribute('data-loaded')).to.be.true;
    });

    it('drops an image of the images section that does not load, keeping its caption', async () => {
      const doc = await offline((s) => (s.images = [{src: '/demo/data/gosim-paris-2025.json?image', alt: 'Missing', caption: 'On stage'}]));
      const el = await fixture<SpeakerBio>(html`<speaker-bio sections="images" .data=${doc}></speaker-bio>`);
      const img = section(el, 'images').querySelector('img');
      if (img) await oneEvent(img, 'error');
      expect(section(el, 'images').querySelector('img')).to.be.null;
      expect(text(section(el, 'images').querySelector('figcaption'))).to.equal('On stage');
    });
  });

  it('does not link a javascript: URL from the data', async () => {
    const doc = await offline((s) => {
      s.publications = [{...s.publications![0], url: 'javascript:alert(1)'}];
      s.social = [{network: 'github', url: 'javascript:alert(1)'}, ...s.social!];
      s.sources = [{name: 'Evil', url: ' JavaScript:alert(1)'}];
      s.images = [{src: 'javascript:alert(1)', alt: 'Evil image'}];
    });
    const el = await fixture<SpeakerBio>(html`<speaker-bio .data=${doc}></speaker-bio>`);
    expect(text(section(el, 'publications').querySelector('[part="work-title"]'))).to.equal('LAION-5B: A New Era of Open Large-Scale Multi-Modal Datasets');
    expect(section(el, 'publications').querySelector('a')).to.be.null;
    expect(text(section(el, 'sources'))).to.equal('Sources Evil');
    expect(section(el, 'images').querySelector('img')).to.be.null;
    expect(section(el, 'social').querySelectorAll('a')).to.have.length(4);
    expect($$(el, '[href], [src]').map((n) => n.getAttribute('href') ?? n.getAttribute('src')).filter((u) => /^\s*javascript:/i.test(u ?? ''))).to.be.empty;
  });

  it('honours heading-level for the name and the section headings', async () => {
    const el = await fixture<SpeakerBio>(html`<speaker-bio heading-level="2" sections="role" .data=${await offline()}></speaker-bio>`);
    expect($(el, 'h2[part="heading"]')).to.exist;
    expect(text($(el, 'h3[part="section-heading"]'))).to.equal('About');
  });

  describe('attributes only', () => {
    it('builds the speaker from name, position, photo and photo-alt; the children are the biography', async () => {
      const el = await fixture<SpeakerBio>(html`<speaker-bio name="Ada Lovelace" position="Analyst, Babbage &amp; Co." photo=${PHOTO} photo-alt="Ada at her desk">
        <p>Wrote the first published algorithm.</p>
      </speaker-bio>`);
      expect(text($(el, '[part="heading"]'))).to.equal('Ada Lovelace');
      expect(text($(el, '[part="positions"]'))).to.equal('Analyst, Babbage & Co.');
      expect($(el, '[part="photo"]')!.getAttribute('aria-label')).to.equal('Ada at her desk');
      expect(titles(el)).to.deep.equal(['About']);
      const slot = section(el, 'bio').querySelector('slot')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Wrote the first published algorithm.']);
      await expect(el).to.be.accessible();
    });

    it('fires conf-load once, and again only when an attribute of the speaker changes', async () => {
      const el = document.createElement('speaker-bio');
      let loads = 0;
      el.addEventListener('conf-load', () => loads++);
      el.setAttribute('name', 'Ada Lovelace');
      await fixture(el);
      el.variant = 'card';
      el.headingLevel = 2;
      await el.updateComplete;
      expect(loads).to.equal(1);
      el.position = 'Analyst';
      await el.updateComplete;
      await el.updateComplete;
      expect(loads).to.equal(2);
      expect(text($(el, '[part="positions"]'))).to.equal('Analyst');
    });

    it('shows the children as the card’s text', async () => {
      const el = await fixture<SpeakerBio>(html`<speaker-bio variant="card" name="Ada Lovelace"><p>Analyst.</p></speaker-bio>`);
      expect($(el, '[part="text"] slot')).to.exist;
    });

    it('shows the children, as before the script loads, when there is no name', async () => {
      const el = await fixture<SpeakerBio>(html`<speaker-bio position="Analyst"><p>Ada Lovelace, analyst.</p></speaker-bio>`);
      expect($(el, 'article')).to.be.null;
      expect((el.shadowRoot!.querySelector('slot') as HTMLSlotElement).assignedElements()).to.have.length(1);
    });
  });

  it('fires conf-load once shown, and conf-error for an unknown speaker-id', async () => {
    const doc = await offline();
    const el = await fixture<SpeakerBio>(html`<speaker-bio></speaker-bio>`);
    setTimeout(() => (el.data = doc));
    expect(((await oneEvent(el, 'conf-load')) as unknown as ConfLoadEvent).document.event.id).to.equal('gosim-ai-paris-2025');
    const capture = captureWarnings();
    try {
      setTimeout(() => (el.speakerId = 'nobody'));
      expect(((await oneEvent(el, 'conf-error')) as unknown as ConfErrorEvent).error.kind).to.equal('unknown-id');
      expect($(el, '[part="error"]')).to.exist;
    } finally {
      capture.restore();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const variant of ['full', 'card'] as const) {
      it(`is accessible: ${variant} variant, ${theme} theme`, async () => {
        const el = await fixture<SpeakerBio>(html`<speaker-bio variant=${variant} theme=${theme} .data=${await offline()}></speaker-bio>`);
        await expect(el).to.be.accessible();
      });
    }
  }
});
