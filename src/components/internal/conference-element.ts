/**
 * What every widget shares: the four data sources, loading and error states, the events, the
 * reader's language for content and dates, and headings at the page's level.
 */
import {html, LitElement, nothing} from 'lit';
import type {CSSResultArray, PropertyValues, TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {DataController} from '../../data/controller.js';
import type {AttributesDraft, DataHost} from '../../data/controller.js';
import type {ConferenceError} from '../../data/errors.js';
import type {Loaded} from '../../data/load.js';
import type {Format} from '../../data/import/index.js';
import type {ConferenceDocument, LocalizedText} from '../../data/types.js';
import type {StructuredDataBuilder} from '../../format/structured-data.js';
import {onPageLanguage} from '../../i18n/locale.js';
import {choose, languageOf, sameLanguage} from '../../i18n/text.js';
import {baseStyles} from '../../styles/base.js';
import {richText} from './rich-text.js';
import {inSlice} from './slices.js';
import {StructuredDataController} from './structured-data.js';

/** A text in the reader's language, and its language when it is another one (`nothing` when not). */
export interface Choice {
  readonly value: string;
  readonly lang: string | typeof nothing;
}

/**
 * The base of every widget. What it documents here is inherited by each element's entry in
 * custom-elements.json.
 * @attr {string} lang - The content language and date format; the closest `lang` on the page by default.
 * @csspart status - The skeleton that holds the widget's place while the data loads (its words are for screen readers).
 * @csspart error - The error message, one short sentence and at most one short detail (`role="alert"`).
 * @csspart retry - The "Try again" button of the error message, after a network failure or a server error.
 * @cssstate loading - While the data loads, or while the widget waits for its `data` property.
 * @cssprop [--conf-accent=#3b5bdb] - Links and focus rings (dark theme: #91a7ff).
 * @cssprop [--conf-text=#1d2430] - Text colour (dark theme: #e7ebf2).
 * @cssprop [--conf-muted=#5a6473] - Secondary text (dark theme: #a3adbd).
 * @cssprop [--conf-surface=#fff] - Background (dark theme: #161b24).
 * @cssprop [--conf-subtle=#f3f5f8] - Background of buttons and initials (dark theme: #202735).
 * @cssprop [--conf-border=#d9dee6] - Borders (dark theme: #343d4e).
 * @cssprop [--conf-danger=#b42318] - Errors (dark theme: #ff8a80).
 * @cssprop [--conf-radius=0.75em] - Corner radius.
 * @cssprop [--conf-space=1em] - Padding.
 * @cssprop [--conf-font-size=1em] - Text size; by default the size of the text around the widget.
 * @cssprop [--conf-font=400 var(--conf-font-size, 1em)/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of the widget, a `font` shorthand (wins over --conf-font-size).
 * @cssprop [--conf-heading-font=650 1.2em/1.3 system-ui, sans-serif] - Font of the headings, a `font` shorthand.
 * @fires {ConfLoadEvent} conf-load - The data is shown. `event.document` is the checked `ConferenceDocument`; `event.warnings` (`string[]`) has one line for each thing an importer guessed and each fault the checker left out. Bubbles, composed.
 * @fires {ConfErrorEvent} conf-error - Nothing can be shown. `event.error` is a `ConferenceError`: `kind` (`network`, `http`, `json`, `format`, `invalid`, `time-zone`, `unknown-id`, `ambiguous`), `path`, `expected`, `got`, `url`, `status`, `timeout`, `ids`, `list`, `detail`. Bubbles, composed.
 */
export abstract class ConferenceElement<T> extends LitElement implements DataHost<T> {
  static override styles: CSSResultArray = [baseStyles];

  /** A whole conference document, set from script. Wins over every other source. */
  @property({attribute: false}) data?: unknown;

  /** URL of a conference document (native JSON, or a pretalx, frab or Sessionize export). */
  @property() src?: string;

  /** The format of the data: `auto` recognises it by its shape. */
  @property() format: Format = 'auto';

  /** The event's IANA time zone, for exports whose times carry no offset (Sessionize). */
  @property({attribute: 'time-zone'}) timeZone?: string;

  /** Seconds to wait for `src` before saying the network failed (20 by default). */
  @property({type: Number}) timeout?: number;

  /** The level of the widget's heading (1–6), to fit the host page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 3;

  /** Forces a colour scheme; by default the widget follows `prefers-color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /**
   * `off`: the widget adds no schema.org JSON-LD for its item to the page's head. By default each
   * item shown is described there once per page, whatever the number of widgets showing it.
   */
  @property({attribute: 'structured-data'}) structuredData?: string;

  /**
   * The `lang` attribute (documented above as `@attr`), observed so that a change renders again:
   * willUpdate reads the closest `lang`. The element's `lang` property stays the DOM's.
   * @ignore
   */
  @property({attribute: 'lang'}) protected langAttribute?: string;

  private readonly loader = new DataController<T>(this);
  private readonly internals = this.attachInternals();
  private stopListening?: () => void;
  /** What the pre-rendered HTML showed (a declarative shadow root), kept until a render has content. */
  private prerendered?: ChildNode[];
  /**
   * Rendered into HTML by the CLI, or taken over from such HTML: shows nothing that needs a measure
   * of the page, so that the HTML and the takeover agree.
   */
  protected fromHtml = false;

  /** The language content and dates are shown in: the closest `lang`. */
  protected contentLang = 'en';

  /** The document being shown. */
  protected document?: ConferenceDocument;

  constructor() {
    super();
    // After the loader's: each update resolves the item first, then describes it.
    new StructuredDataController<T>(
      this,
      () => {
        const {outcome} = this.loader;
        return outcome.status === 'ready' && this.structuredData !== 'off' ? [outcome.loaded.document, outcome.item, this.contentLang] : undefined;
      },
      (...args) => this.describe(...args),
    );
  }

  override connectedCallback() {
    super.connectedCallback();
    this.stopListening = onPageLanguage(() => this.requestUpdate());
    // Connected or moved: the closest `lang` may be another one now.
    this.requestUpdate();
  }

  /**
   * Lit keeps a declarative shadow root (pre-rendered HTML, docs/prerender.md) and renders after its
   * nodes: they stay in view until the first render with content removes them in the same task.
   */
  protected override createRenderRoot() {
    const nodes = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    if (nodes.length) {
      this.fromHtml = true;
      this.prerendered = nodes;
    }
    return super.createRenderRoot();
  }

  /**
   * Until the item is shown, renders wait for their slice (see slices.ts): a page of many widgets stays
   * responsive while they fill in. Once shown, an update answers the reader at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated && this.shown ? super.scheduleUpdate() : inSlice(() => super.scheduleUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  /** The schema.org JSON-LD of an item (format/structured-data.ts). */
  protected abstract readonly describe: StructuredDataBuilder<T>;

  /** The item to show from a checked document. Throws a ConferenceError (unknown or missing id). */
  abstract selectItem(loaded: Loaded): T;

  /**
   * The document made of plain attributes, for pages without JSON, and the attribute each of its
   * paths comes from; undefined when there are none.
   */
  abstract attributesDocument(): AttributesDraft | undefined;

  /**
   * The item of the document shown, its template starting with the widget's root, `<div class="root">`
   * (its box and reset, see styles/base.ts): written into each template, not wrapped around it, so it
   * costs no marker node.
   */
  protected abstract renderItem(item: T, document: ConferenceDocument): unknown;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.contentLang = languageOf(this);
    this.loader.update();
    const outcome = this.loader.outcome;
    this.document = outcome.status === 'ready' ? outcome.loaded.document : undefined;
    // For screen readers (aria-busy) and page styles (:state(loading)).
    const busy = this.busy;
    this.internals.ariaBusy = String(busy);
    this.internals.states[busy ? 'add' : 'delete']('loading');
  }

  /**
   * Everything in one root box of our own, which page rules on the host cannot reach (styles/base.ts):
   * each state's template starts with it.
   */
  override render() {
    // The pre-rendered content stands for the skeleton while the data is on its way.
    return this.prerendered && !this.shown ? nothing : this.renderState();
  }

  protected override update(changed: PropertyValues<this>) {
    super.update(changed);
    if (this.prerendered && this.shown) {
      this.prerendered.forEach((node) => node.remove());
      this.prerendered = undefined;
    }
  }

  /** The item or an error is shown: anything but waiting. */
  private get shown(): boolean {
    const {status} = this.loader.outcome;
    return status === 'ready' || status === 'error';
  }

  private renderState() {
    const outcome = this.loader.outcome;
    if (outcome.status === 'ready') return this.renderItem(outcome.item, outcome.loaded.document);
    if (outcome.status === 'error') return this.renderError(outcome.error);
    // Idle with children, and no source or attributes document to show: the children show as they are.
    return this.busy ? this.renderSkeleton() : html`<div class="root"><slot></slot></div>`;
  }

  /**
   * The space the content will take, so that nothing below moves when it arrives (`--_reserve`, set
   * per variant by each element's styles). The words are for screen readers only.
   */
  private renderSkeleton() {
    return html`<div class="root"><div part="status" class="skeleton" role="status"><span class="visually-hidden">${msg('Loading the programme…')}</span></div></div>`;
  }

  /**
   * Loading, or waiting for data: no source, no attributes document and no children, the `data`
   * property still to come.
   */
  private get busy(): boolean {
    const {status} = this.loader.outcome;
    return status === 'loading' || (status === 'idle' && !this.childElementCount && !this.textContent?.trim());
  }

  /** One short sentence, at most one short detail, and "Try again" where trying again can help. */
  private renderError(error: ConferenceError) {
    const [sentence, detail] = this.errorText(error);
    const retry = error.kind === 'network' || (error.kind === 'http' && (error.status ?? 500) >= 500);
    return html`<div class="root"><div part="error" role="alert">
      <strong>${sentence}</strong>
      ${detail ? html`<br />${detail}` : nothing}
      ${retry ? html`<br /><button part="retry" @click=${() => this.loader.retry()}>${msg('Try again')}</button>` : nothing}
    </div></div>`;
  }

  /**
   * The visitor's sentence for an error and one short detail, in the page's language; an element adds
   * those only it can meet. The full detail (path, URL, status, every id) is in the console and the
   * `conf-error` event.
   */
  protected errorText(error: ConferenceError): [string, unknown?] {
    const id = String(error.got ?? '');
    const count = error.ids?.length ?? 0;
    switch (error.kind) {
      case 'network':
      case 'http':
        return [
          msg('The programme could not be loaded.'),
          error.timeout ? msg('The server did not answer in time.') : error.status === 404 || error.status === 410 ? msg('The programme file was not found.') : undefined,
        ];
      case 'json':
      case 'format':
        return [msg('The programme data cannot be read.')];
      case 'time-zone':
        return [msg('The programme data has no time zone: add a time-zone attribute, like time-zone="Europe/London".')];
      case 'unknown-id':
        return [
          error.list === 'speakers'
            ? msg(str`No speaker has the id “${id}”. Speakers in this programme: ${count}.`)
            : error.list === 'tracks'
              ? msg(str`No track has the id “${id}”. Tracks in this programme: ${count}.`)
              : msg(str`No talk has the id “${id}”. Talks in this programme: ${count}.`),
        ];
      case 'ambiguous':
        return [
          error.got === undefined ? msg(str`The programme holds several items: choose one with ${error.path}.`) : msg(str`Several items have the id “${id}”.`),
          msg(str`Ids: ${few(error.ids)}`),
        ];
      default:
        return [error.path ? msg(str`The programme data has an error in ${error.path}.`) : msg('The programme data has an error.')];
    }
  }

  /** True when the item shown was built from plain attributes (its text is then the slotted children). */
  protected get fromAttributesShown(): boolean {
    const outcome = this.loader.outcome;
    return outcome.status === 'ready' && outcome.fromAttributes;
  }

  /** The document's language for plain-string texts. */
  protected get documentLang(): string {
    return this.document?.language ?? 'en';
  }

  /** A text in the reader's language; marked with its own `lang` when it is in another one. */
  protected t(text: LocalizedText | undefined): string | TemplateResult | typeof nothing {
    if (text === undefined) return nothing;
    const {value, lang} = this.choice(text);
    return lang === nothing ? value : html`<span lang=${lang}>${value}</span>`;
  }

  /**
   * A text in the reader's language and its `lang`, `nothing` when it is the reader's: for an element
   * that holds that text alone, as `lang=${lang} .textContent=${value}`, which costs no marker node.
   */
  protected choice(text: LocalizedText): Choice {
    const {value, lang} = choose(text, this.contentLang, this.documentLang);
    return {value, lang: sameLanguage(lang, this.contentLang) ? nothing : lang};
  }

  /** A text as a plain string, for attributes such as `alt` and `aria-label`. */
  protected plain(text: LocalizedText | undefined): string {
    return text === undefined ? '' : choose(text, this.contentLang, this.documentLang).value;
  }

  /** A text with light markup, as paragraphs in a block. */
  protected rich(text: LocalizedText | undefined, part: string) {
    if (text === undefined) return nothing;
    const {value, lang} = this.choice(text);
    const content = richText(value);
    // One line of plain text is the block's own text, as a property: no paragraph, no marker node.
    return typeof content === 'string'
      ? html`<div part=${part} id=${part} class="rich" lang=${lang} .textContent=${content}></div>`
      : html`<div part=${part} id=${part} class="rich" lang=${lang}>${content}</div>`;
  }

  /** A heading at `heading-level`, so the widget fits the page's outline. */
  protected heading(content: unknown, part = 'heading', level = this.headingLevel) {
    return html(headings[Math.min(6, Math.max(1, Math.round(level) || 3)) - 1], part, content);
  }
}

/**
 * `<h1 part=${part}>${content}</h1>` to `<h6 …>`, each made once (Lit caches a template by its strings)
 * instead of written out six times.
 */
const headings = [1, 2, 3, 4, 5, 6].map((level) => {
  const strings = [`<h${level} part=`, '>', `</h${level}>`];
  return Object.assign(strings, {raw: strings}) as unknown as TemplateStringsArray;
});

/** At most five ids, for a visible line. */
const few = (ids: readonly string[] = []) => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')}…` : ids.join(', '));
