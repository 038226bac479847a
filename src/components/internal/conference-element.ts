/**
 * What every widget shares: the four data sources, loading and error states, the events, the
 * reader's language for content and dates, and headings at the page's level.
 */
import {html, LitElement, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {DataController} from '../../data/controller.js';
import type {Source} from '../../data/controller.js';
import {asError} from '../../data/errors.js';
import type {ConferenceError} from '../../data/errors.js';
import type {Format} from '../../data/import/index.js';
import type {ConferenceDocument, LocalizedText} from '../../data/types.js';
import {onPageLanguage} from '../../i18n/locale.js';
import {choose, languageOf, sameLanguage} from '../../i18n/text.js';
import {baseStyles} from '../../styles/base.js';
import {ConfErrorEvent, ConfLoadEvent} from './events.js';
import {richText} from './rich-text.js';

type Outcome<T> =
  | {readonly item: T; readonly document: ConferenceDocument; readonly warnings: readonly string[]}
  | {readonly error: ConferenceError}
  | {readonly status: 'loading' | 'idle'};

export abstract class ConferenceElement<T> extends LitElement {
  static override styles = [baseStyles];

  /** A whole conference document, set from script. Wins over every other source. */
  @property({attribute: false}) data?: unknown;

  /** URL of a conference document (native JSON, or a pretalx, frab or Sessionize export). */
  @property() src?: string;

  /** The format of the data: `auto` recognises it by its shape. */
  @property() format: Format = 'auto';

  /** The event's IANA time zone, for exports whose times carry no offset (Sessionize). */
  @property({attribute: 'time-zone'}) timeZone?: string;

  /** The level of the widget's heading (1–6), to fit the host page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 3;

  /** Forces a colour scheme; by default the widget follows `prefers-color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  private readonly loader = new DataController(this);
  private inline?: string;
  private outcome: Outcome<T> = {status: 'idle'};
  private reported?: string;
  private loaded?: unknown;
  private seen?: unknown;
  private stopListening?: () => void;
  // Children are inline JSON or, in attributes-only use, the text: either way a change re-renders.
  // While the parser is still inside the element, wait for DOMContentLoaded (connectedCallback).
  private readonly childObserver = new MutationObserver(() => {
    if (document.readyState === 'loading') return;
    this.readInline();
    this.requestUpdate();
  });

  /** The language content and dates are shown in: the closest `lang`. */
  protected contentLang = 'en';

  /** The document being shown. */
  protected document?: ConferenceDocument;

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.stopListening = onPageLanguage(() => this.requestUpdate());
    this.childObserver.observe(this, {childList: true, subtree: true, characterData: true});
    // Upgraded while the parser is still inside the element: its children are not all there yet.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.readInline(), {once: true});
    } else {
      this.readInline();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
    this.childObserver.disconnect();
  }

  /** Reads the inline `<script type="application/json">` child, a whole document. */
  private readInline() {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent?.trim() || undefined;
    if (text !== this.inline) {
      this.inline = text;
      this.requestUpdate();
    }
  }

  private source(): Source {
    if (this.data !== undefined && this.data !== null) return {kind: 'data', value: this.data};
    if (this.inline) return {kind: 'inline', text: this.inline};
    if (this.src) return {kind: 'src', url: this.src};
    return {kind: 'none'};
  }

  /** The item to show from a document. Throws a ConferenceError (unknown or missing id). */
  protected abstract select(document: ConferenceDocument): T;

  /**
   * The document made of plain attributes, for pages without JSON; undefined when there are none.
   * Throws a ConferenceError whose `path` names the attribute.
   */
  protected abstract fromAttributes(): ConferenceDocument | undefined;

  protected abstract renderItem(item: T): unknown;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.contentLang = languageOf(this);
    this.loader.update(this.source());
    const state = this.loader.state;
    this.outcome = this.resolve(() => {
      if (state.status === 'ready') return {document: state.document, warnings: state.warnings};
      if (state.status === 'error') throw state.error;
      if (state.status === 'loading') return undefined;
      const document = this.fromAttributes();
      return document && {document, warnings: []};
    }, state.status);
    this.document = 'document' in this.outcome ? this.outcome.document : undefined;
  }

  private resolve(
    get: () => {document: ConferenceDocument; warnings: readonly string[]} | undefined,
    status: string,
  ): Outcome<T> {
    try {
      const found = get();
      if (!found) return {status: status === 'loading' ? 'loading' : 'idle'};
      return {...found, item: this.select(found.document)};
    } catch (error) {
      return {error: asError(error)};
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const outcome = this.outcome;
    // Each new load or document is reported afresh, even with the same error as the last one.
    if (this.loader.state !== this.seen) {
      this.seen = this.loader.state;
      this.reported = this.loaded = undefined;
    }
    if ('error' in outcome) {
      if (this.reported !== outcome.error.message) {
        this.reported = outcome.error.message;
        this.loaded = undefined;
        console.warn(`<${this.localName}>: ${outcome.error.message}`);
        this.dispatchEvent(new ConfErrorEvent(outcome.error));
      }
    } else if ('item' in outcome) {
      this.reported = undefined;
      // Attributes build a new document on every update: compare those by content.
      const key = this.fromAttributesShown ? JSON.stringify(outcome.document) : outcome.item;
      if (this.loaded !== key) {
        this.loaded = key;
        this.dispatchEvent(new ConfLoadEvent(outcome.document, outcome.warnings));
      }
    }
  }

  override render() {
    const outcome = this.outcome;
    if ('item' in outcome) return this.renderItem(outcome.item);
    if ('error' in outcome) return this.renderError(outcome.error);
    if (outcome.status === 'loading') {
      return html`<div part="status" role="status">${msg('Loading the programme…')}</div>`;
    }
    return html`<slot></slot>`;
  }

  private renderError(error: ConferenceError) {
    return html`<div part="error" role="alert">
      <strong>${errorMessage(error)}</strong>
      ${error.ids?.length ? html`<br />${msg(str`Ids in the data: ${error.ids.join(', ')}`)}` : nothing}
      <br /><small lang="en">${error.message}</small>
    </div>`;
  }

  /** True when the item shown was built from plain attributes (its text is then the slotted children). */
  protected get fromAttributesShown(): boolean {
    return this.loader.state.status === 'idle' && this.document !== undefined;
  }

  /** The document's language for plain-string texts. */
  protected get documentLang(): string {
    return this.document?.language ?? 'en';
  }

  /** A text in the reader's language; marked with its own `lang` when it is in another one. */
  protected t(text: LocalizedText | undefined): string | TemplateResult | typeof nothing {
    if (text === undefined) return nothing;
    const chosen = choose(text, this.contentLang, this.documentLang);
    return sameLanguage(chosen.lang, this.contentLang) ? chosen.value : html`<span lang=${chosen.lang}>${chosen.value}</span>`;
  }

  /** A text as a plain string, for attributes such as `alt` and `aria-label`. */
  protected plain(text: LocalizedText | undefined): string {
    return text === undefined ? '' : choose(text, this.contentLang, this.documentLang).value;
  }

  /** A text with light markup, as paragraphs in a block. */
  protected rich(text: LocalizedText | undefined, part: string) {
    if (text === undefined) return nothing;
    const chosen = choose(text, this.contentLang, this.documentLang);
    const lang = sameLanguage(chosen.lang, this.contentLang) ? nothing : chosen.lang;
    return html`<div part=${part} id=${part} class="rich" lang=${lang}>${richText(chosen.value)}</div>`;
  }

  /** A heading at `heading-level`, so the widget fits the page's outline. */
  protected heading(content: unknown, part = 'title', level = this.headingLevel) {
    switch (Math.min(6, Math.max(1, Math.round(level) || 3))) {
      case 1: return html`<h1 part=${part}>${content}</h1>`;
      case 2: return html`<h2 part=${part}>${content}</h2>`;
      case 3: return html`<h3 part=${part}>${content}</h3>`;
      case 4: return html`<h4 part=${part}>${content}</h4>`;
      case 5: return html`<h5 part=${part}>${content}</h5>`;
      default: return html`<h6 part=${part}>${content}</h6>`;
    }
  }
}

/** The localized sentence for an error; the English detail follows it. */
function errorMessage(error: ConferenceError): string {
  switch (error.kind) {
    case 'network':
      return msg('The programme could not be loaded: the network request failed.');
    case 'http':
      return msg(str`The programme could not be loaded: the server answered ${error.status ?? '?'}.`);
    case 'json':
      return msg('The programme data is not valid JSON.');
    case 'format':
      return msg('The programme data is in no format this widget reads (native, pretalx, frab, Sessionize).');
    case 'time-zone':
      return msg('The programme data has no time zone: add a time-zone attribute, like time-zone="Europe/London".');
    case 'unknown-id':
      return msg(str`Nothing in the programme has the id “${String(error.got)}”.`);
    case 'ambiguous':
      return msg('The programme holds several items: choose one with an id attribute.');
    default:
      return error.path ? msg(str`The programme data has an error in ${error.path}.`) : msg('The programme data has an error.');
  }
}
