import {html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {localized, msg, str} from '@lit/localize';
import {ConferenceElement} from '../internal/conference-element.js';
import {customElement} from '../internal/define.js';
import {avatar} from '../internal/avatar.js';
import {dropImage, linkTo, safeImageUrl, safeUrl} from '../internal/url.js';
import type {AttributesDraft} from '../../data/controller.js';
import type {Loaded} from '../../data/load.js';
import {pick} from '../../data/select.js';
import type {Link, LocalizedText, SocialProfile, Speaker, Work} from '../../data/types.js';
import {formatPartialDate} from '../../format/date.js';
import {speakerStructuredData} from '../../format/structured-data.js';
import {styles} from './speaker-bio.styles.js';
import {speakerSections} from '../options.js';
import type {SpeakerSection, SpeakerVariant} from '../options.js';

export {speakerSections, speakerVariants} from '../options.js';
export type {SpeakerSection, SpeakerVariant} from '../options.js';

// Brand names as written; the network name otherwise.
const brands = 'X Twitter LinkedIn GitHub GitLab Mastodon Bluesky YouTube Facebook Instagram'.split(' ');

// Stroked 24×24 outlines, kept small; a globe for the other networks.
const icons: Partial<Record<SocialProfile['network'], string>> = {
  x: 'M4 4h4l12 16h-4zM4 20l6.5-7M20 4l-6.5 7',
  linkedin: 'M3 3h18v18H3zM8 11v6m0-9.5v.01M12 17v-6m0 3a2.5 2.5 0 0 1 5 0v3',
  github: 'M9 21v-3c-3 .5-4-1-5-3m11 6v-3.5c4-.5 6-2.5 6-7 0-1.5-.5-2.5-1.5-3.5L20 2l-4 2a11 11 0 0 0-8 0L4 2l.5 3.5C3.5 6.5 3 7.5 3 9c0 4.5 2 6.5 6 7',
  youtube: 'M2 8a3 3 0 0 1 3-3h14a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3zm8 1 5 3-5 3z',
  email: 'M3 5h18v14H3zm0 1 9 7 9-7',
};
icons.twitter = icons.x;
const globe = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M3 12h18M12 3c-3 3-3 15 0 18m0-18c3 3 3 15 0 18';

/** A string for each item of a tuple, in its order: the type holds a list to the tuple's length. */
type OnePer<T extends readonly unknown[]> = {-readonly [K in keyof T]: string};

/** Lists longer than this show their first three items and a button for the rest. */
const LONG = 4;

/**
 * One speaker's biography: a short card for a sponsor's sidebar or the full profile for a page,
 * every section with its own heading.
 * Adds the speaker to the page's head as a schema.org `Person` for search engines, unless
 * `structured-data="off"` (docs/structured-data.md).
 * @summary A speaker's profile, from a card to the full biography.
 * @slot - Biography for attributes-only use; also shown before the script loads.
 * @csspart base - The whole biography (class `full` or `card`).
 * @csspart header - Photo, name, positions, location and photo credit.
 * @csspart photo - The photo, or the initials when there is no photo or it does not load.
 * @csspart heading - The speaker's name, a heading at `heading-level`.
 * @csspart positions - Current positions.
 * @csspart location - Where the speaker is based.
 * @csspart credit - Who the photo or image is from.
 * @csspart social - The list of social profile links.
 * @csspart section - Each section; it also has the part `section-<name>` of its name.
 * @csspart section-bio - The biography section.
 * @csspart section-role - The role section.
 * @csspart section-education - The education section.
 * @csspart section-timeline - The career (`timeline`) section.
 * @csspart section-publications - The publications section.
 * @csspart section-awards - The awards section.
 * @csspart section-media - The media appearances section.
 * @csspart section-videos - The videos section.
 * @csspart section-posts - The blog posts section.
 * @csspart section-influence - The influence and impact section.
 * @csspart section-insights - The personal insights section.
 * @csspart section-images - The images section.
 * @csspart section-social - The online profiles (`social`) section.
 * @csspart section-conclusion - The summary (`conclusion`) section.
 * @csspart section-sources - The sources section.
 * @csspart section-heading - The heading of each section, one level below the name.
 * @csspart text - A block of text: biography, role, influence, a description.
 * @csspart date - The date of a dated entry.
 * @csspart work-title - The title of a publication, award, media appearance, video or post.
 * @csspart image - A figure of the images section.
 * @csspart more - The button that shows the rest of a long list.
 * @csspart notice - The note naming unknown `sections`.
 * @cssprop [--conf-photo-size=5em] - Size of the photo: 5em in the full variant, 7em when it is wider than 36em, 4em in the card.
 * @cssprop [--conf-subtle=#f3f5f8] - Background of the buttons and of the initials (dark theme: #202735).
 * @fires {ConfLoadEvent} conf-load - The speaker is shown; `event.document` is the checked `ConferenceDocument`, `event.warnings` (`string[]`) one line for each thing an importer guessed and each fault the checker left out.
 * @fires {ConfErrorEvent} conf-error - No speaker can be shown; `event.error` is a `ConferenceError` (`kind`, `path`, `expected`, `got`, `url`, `status`, `timeout`, `ids`, `detail`); the widget shows one short sentence.
 */
@customElement('speaker-bio')
@localized()
export class SpeakerBio extends ConferenceElement<Speaker> {
  static override styles = [ConferenceElement.styles, styles];

  protected readonly describe = speakerStructuredData;

  /** Id of the speaker to show; may be left out when the document holds one speaker. */
  @property({attribute: 'speaker-id'}) speakerId?: string;

  /**
   * `full` shows every section in the data; `card` is short: the photo, name, first position, profiles,
   * and the role (or the biography) clamped to two lines.
   */
  @property({reflect: true}) variant: SpeakerVariant = 'full';

  /** Sections to show, in this order, as names separated by commas: `timeline,publications,awards`. */
  @property() sections?: string;

  /** Attributes-only use: the speaker's name. The element's children are the biography. */
  @property() name?: string;

  /** Attributes-only use: the speaker's position, `Scientific Lead, LAION`. */
  @property() position?: string;

  /** Attributes-only use: URL of the photo. */
  @property() photo?: string;

  /** Attributes-only use: text alternative of the photo. */
  @property({attribute: 'photo-alt'}) photoAlt?: string;

  /** The long lists shown whole. */
  private readonly expanded = new Set<string>();
  private chosen: readonly SpeakerSection[] = speakerSections;
  private unknown: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      const names = [...new Set(this.sections?.match(/[^\s,]+/g))];
      const known = (name: string): name is SpeakerSection => speakerSections.includes(name as SpeakerSection);
      this.chosen = this.sections ? names.filter(known) : speakerSections;
      this.unknown = names.filter((name) => !known(name));
      if (this.unknown.length) {
        console.warn(`<speaker-bio>: unknown sections ${this.unknown}; known: ${speakerSections}`);
      }
    }
  }

  selectItem({document, dropped}: Loaded) {
    return pick(document.speakers, this.speakerId, 'speaker-id', 'speakers', dropped);
  }

  attributesDocument(): AttributesDraft | undefined {
    const {position, photo, speakerId} = this;
    const name = this.name?.trim();
    if (!name) return undefined;
    return {
      document: {
        language: this.contentLang,
        event: {id: 'attributes', name, timeZone: 'UTC'},
        speakers: [{
          id: speakerId ?? 'attributes',
          name,
          positions: position ? [{title: position}] : [],
          photo: photo ? {src: photo, alt: this.photoAlt} : undefined,
        }],
      },
      attributes: {
        'speakers[0].id': 'speaker-id', 'speakers[0].name': 'name', 'speakers[0].positions': 'position',
        'speakers[0].photo.alt': 'photo-alt', 'speakers[0].photo': 'photo',
      },
    };
  }

  protected renderItem(s: Speaker) {
    const {variant, unknown} = this;
    const card = variant === 'card';
    const name = this.plain(s.name);
    return html`<div class="root"><article part="base" class=${variant}>
      <header part="header">
        ${avatar(name, s.photo?.src, this.plain(s.photo?.alt))}
        <div>
          ${this.heading(this.t(s.name))}
          ${s.positions?.length
            ? html`<ul part="positions">${(card ? s.positions.slice(0, 1) : s.positions).map((p) => html`<li>${this.t(p.title)}${this.link(p.organization, p.url, ', ')}</li>`)}</ul>`
            : nothing}
          ${card
            ? this.social(s, name, card)
            : html`${s.location ? html`<p part="location">${this.t(s.location)}</p>` : nothing}${this.credit(msg('Photo:'), s.photo?.credit)}`}
        </div>
      </header>
      ${card && !this.sections
        ? this.text(s.role ?? s.bio)
        : this.chosen.map((section) => {
            const body = this.body(section, s, name);
            return body
              ? html`<section part="section section-${section}">
                  ${this.heading(this.caption(section, s), 'section-heading', this.headingLevel + 1)}${body}
                </section>`
              : nothing;
          })}
      ${unknown.length ? html`<p part="notice" role="status">${msg(str`Unknown section: ${unknown.join(', ')}`)}</p>` : nothing}
    </article></div>`;
  }

  /**
   * A section's heading. The first paragraph about the speaker is "About" whichever field holds it: the
   * role is "Role" only under a biography.
   */
  private caption(section: SpeakerSection, s: Speaker): string {
    // In the order of speakerSections; the type holds the list to its length.
    const captions: OnePer<typeof speakerSections> = [
      msg('About'), // bio
      s.bio ? msg('Role') : msg('About'), // role
      msg('Education'),
      msg('Career'), // timeline
      msg('Publications'),
      msg('Awards'),
      msg('Media appearances'), // media
      msg('Videos'),
      msg('Blog posts'), // posts
      msg('Influence and impact'), // influence
      msg('Personal insights'), // insights
      msg('Images'),
      msg('Online profiles'), // social
      msg('In summary'), // conclusion
      msg('Sources'),
    ];
    return captions[speakerSections.indexOf(section)];
  }

  /** A text block; the element's children instead when the speaker comes from attributes. */
  private text(text: LocalizedText | undefined) {
    return this.fromAttributesShown
      ? html`<div part="text" class="rich"><slot></slot></div>`
      : text && this.rich(text, 'text');
  }

  private body(section: SpeakerSection, s: Speaker, name: string) {
    switch (section) {
      case 'bio':
        return this.text(s.bio);
      case 'education':
        return this.list(section, s.education, (e) => html`${this.t(e.title)}${this.link(e.institution, undefined, ', ')}`);
      case 'timeline':
        return this.list(section, s.timeline, (e) => this.rich(e.text, 'text'));
      case 'images':
        return this.list(section, s.images, (image) => {
          const src = safeImageUrl(image.src);
          return html`<figure part="image">
            ${src ? html`<img src=${src} alt=${this.plain(image.alt)} loading="lazy" @error=${dropImage} />` : nothing}
            <figcaption>${this.t(image.caption ?? image.alt)}${this.credit(msg('Source:'), image.credit)}</figcaption>
          </figure>`;
        });
      case 'social':
        return this.social(s, name, false);
      case 'sources':
        return this.list(section, s.sources, (source) => this.link(source.name, source.url));
      default: {
        // A text (role, influence, insights, conclusion) or a list of works.
        const value = s[section];
        return Array.isArray(value)
          ? this.list(section, value, (w: Work) =>
              html`<p><cite part="work-title">${this.link(w.title, w.url)}</cite>${this.link(w.source, undefined, ' · ')}</p>${this.rich(w.description, 'text')}`,
            )
          : value && this.rich(value as LocalizedText, 'text');
      }
    }
  }

  /** A list, with its first items only and a button for the rest when it is long. */
  private list<T extends object>(section: string, items: readonly T[] | undefined, render: (item: T) => unknown) {
    if (!items?.length) return undefined;
    const long = items.length > LONG;
    const open = !long || this.expanded.has(section);
    return html`<ol id="list-${section}" class=${open ? '' : 'clip'}>
        ${items.map((item) => {
          const date = (item as {date?: string}).date;
          return html`<li>
            ${date ? html`<time part="date" datetime=${date}>${formatPartialDate(date, this.contentLang)}</time>` : nothing}
            <div>${render(item)}</div>
          </li>`;
        })}
      </ol>
      ${long
        ? html`<button part="more" aria-expanded=${open} aria-controls="list-${section}" @click=${() => {
            this.expanded[open ? 'delete' : 'add'](section);
            this.requestUpdate();
          }}>
            ${open ? msg('Show fewer') : msg(str`Show all (${items.length})`)}
          </button>`
        : nothing}`;
  }

  /** `separator` and a text, linked when its URL passes the check; nothing without a text. */
  private link(text: LocalizedText | undefined, url: string | undefined, separator = '') {
    return text === undefined ? nothing : html`${separator}${linkTo(url, this.t(text))}`;
  }

  /** `Photo: Forschungszentrum Jülich`, the name linked. */
  private credit(label: string, credit: Link | undefined) {
    return credit ? html`<p part="credit">${this.link(credit.name, credit.url, `${label} `)}</p>` : nothing;
  }

  /** Icon links; the visible handle in the full variant, the icon alone (and a hidden name) in the card. */
  private social(s: Speaker, name: string, card: boolean) {
    const links = (s.social ?? []).flatMap(({network, url, label}) => {
      const href = safeUrl(url);
      if (!href) return [];
      const {hostname, pathname} = new URL(href);
      const brand = brands.find((b) => b.toLowerCase() === network) ?? label ?? (hostname || pathname);
      return html`<li><a href=${href}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${icons[network] ?? globe} /></svg>
        <span class="visually-hidden">${network === 'website' ? msg(str`${name}’s website`)
          : network === 'email' ? msg(str`Email ${name}`)
          : msg(str`${name} on ${brand}`)}</span>${card ? nothing : html` <span>${label ?? brand}</span>`}
      </a></li>`;
    });
    return links.length ? html`<ul part="social">${links}</ul>` : undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'speaker-bio': SpeakerBio;
  }
}
