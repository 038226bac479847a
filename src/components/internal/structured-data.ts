/**
 * The schema.org JSON-LD of what a widget shows (format/structured-data.ts), in the page's head: one
 * `<script type="application/ld+json" data-conference-widgets="<key>">` per item per page however
 * many widgets show it, removed with the last of them. A script with that key already in the page
 * (pre-rendered HTML, or the page's author) is used as it is and never removed.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ConferenceDocument} from '../../data/types.js';
import type {StructuredData, StructuredDataBuilder} from '../../format/structured-data.js';

/** What a widget shows, when it shows something and its `structured-data` is not `off`. */
export interface Shown<T> {
  readonly document: ConferenceDocument;
  readonly item: T;
  readonly lang: string;
}

interface Script {
  /** The text of a script of ours; none in a script found in the page. */
  readonly text?: Text;
  readonly element: HTMLScriptElement;
  users: number;
}

const KEY = 'data-conference-widgets';
const scripts = new Map<string, Script>();

function acquire(key: string) {
  let script = scripts.get(key);
  if (!script) {
    const found = [...document.querySelectorAll(`script[${KEY}]`)].find((element) => element.getAttribute(KEY) === key);
    if (found) script = {element: found as HTMLScriptElement, users: 0};
    else {
      // Under Trusted Types the text of a script is a sink, even of a JSON one: setting it throws, and
      // a script inserted with text reports a violation. An empty one is inserted, and then its text
      // node's data set, which is no sink: no script ever runs from it (docs/security.md).
      const element = document.createElement('script');
      const text = new Text();
      element.type = 'application/ld+json';
      element.setAttribute(KEY, key);
      element.append(text);
      document.head.append(element);
      script = {element, text, users: 0};
    }
    scripts.set(key, script);
  }
  script.users++;
}

function release(key: string) {
  const script = scripts.get(key);
  if (script && !--script.users) {
    scripts.delete(key);
    if (script.text) script.element.remove();
  }
}

export class StructuredDataController<T> implements ReactiveController {
  private shown?: Shown<T>;
  private key?: string;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly read: () => Shown<T> | undefined,
    private readonly build: StructuredDataBuilder<T>,
  ) {
    host.addController(this);
  }

  /** After each render, off the way to the first paint; built again only when the item or language changed. */
  hostUpdated(): void {
    const shown = this.host.isConnected ? this.read() : undefined;
    const last = this.shown;
    if (shown?.item !== last?.item || shown?.document !== last?.document || shown?.lang !== last?.lang) {
      this.shown = shown;
      this.set(shown && this.build(shown.document, shown.item, {lang: shown.lang, base: document.baseURI}));
    }
  }

  hostDisconnected(): void {
    this.shown = undefined;
    this.set(undefined);
  }

  private set(data?: StructuredData) {
    if (data?.key !== this.key) {
      if (this.key) release(this.key);
      this.key = data?.key;
      if (data) acquire(data.key);
    }
    // Ours holds the JSON of the widget that built it last; one found in the page is kept as it is.
    const text = data && scripts.get(data.key)?.text;
    if (text && text.data !== data?.json) text.data = data?.json ?? '';
  }
}
