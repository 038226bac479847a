/**
 * The schema.org JSON-LD of what a widget shows (format/structured-data.ts), in the page's head: one
 * `<script type="application/ld+json" data-conference-widgets="<key>">` per item per page however
 * many widgets show it, removed with the last of them. A script with that key already in the page
 * (pre-rendered HTML, or the page's author) is used as it is and never removed.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ConferenceDocument} from '../../data/types.js';
import type {StructuredDataBuilder} from '../../format/structured-data.js';

/** What a widget shows, when it shows something and its `structured-data` is not `off`: a document, its item, the language. */
export type Shown<T> = readonly [document: ConferenceDocument, item: T, lang: string];

interface Script {
  readonly key: string;
  readonly element: HTMLScriptElement;
  /** The text of a script of ours; none in a script found in the page. */
  readonly text?: Text;
  users: number;
}

const KEY = 'data-conference-widgets';
const scripts = new Map<string, Script>();

/** The script of `key`, with one more user: the one in the page, or a new one of ours. */
function acquire(key: string): Script {
  let script = scripts.get(key);
  if (!script) {
    const found = document.querySelector<HTMLScriptElement>(`script[${KEY}="${CSS.escape(key)}"]`);
    if (found) script = {key, element: found, users: 0};
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
      script = {key, element, text, users: 0};
    }
    scripts.set(key, script);
  }
  script.users++;
  return script;
}

const waiting = new Set<{sync(): void}>();
let written: Promise<void> | undefined;

// Safari has no requestIdleCallback.
const idle = (job: (deadline?: IdleDeadline) => void) => ('requestIdleCallback' in window ? requestIdleCallback(job, {timeout: 1000}) : setTimeout(job));

/**
 * Brings the head up to date for `controller` once the page is idle: after the first paint, not on the
 * way to it. The waiting widgets go in turn while an idle period lasts (for 10 ms once the timeout has
 * passed, or without requestIdleCallback), the rest in the next: a page of a thousand cards writes
 * its head in many short tasks, not in one long one.
 */
function later(controller: {sync(): void}) {
  waiting.add(controller);
  written ??= new Promise((resolve) => {
    const run = (deadline?: IdleDeadline) => {
      const start = performance.now();
      for (const job of waiting) {
        waiting.delete(job);
        job.sync();
        const over = deadline && !deadline.didTimeout ? deadline.timeRemaining() < 1 : performance.now() - start > 10;
        if (waiting.size && over) return idle(run);
      }
      written = undefined;
      resolve();
    };
    idle(run);
  });
}

/** Resolves once the head holds the JSON-LD of every widget updated so far. */
export const structuredDataWritten = () => written ?? Promise.resolve();

export class StructuredDataController<T> implements ReactiveController {
  private shown?: Shown<T>;
  private script?: Script;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly read: () => Shown<T> | undefined,
    private readonly build: StructuredDataBuilder<T>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    later(this);
  }

  /** Gone from the page: the script goes at once when no other widget shows the item. */
  hostDisconnected(): void {
    this.sync();
  }

  /** The item's script in the head, built again only when the item, its document or the language changed. */
  sync(): void {
    const shown = this.host.isConnected ? this.read() : undefined;
    if (shown?.every((value, i) => value === this.shown?.[i])) return;
    this.shown = shown;
    const data = shown && this.build(shown[0], shown[1], {lang: shown[2], base: document.baseURI});
    let script = this.script;
    if (data?.key !== script?.key) {
      // The last widget of an item takes its script along, unless the page had it.
      if (script && !--script.users) {
        scripts.delete(script.key);
        if (script.text) script.element.remove();
      }
      script = this.script = data && acquire(data.key);
    }
    // Ours holds the JSON of the widget that built it last; one found in the page is kept as it is.
    const text = script?.text;
    if (data && text && text.data !== data.json) text.data = data.json;
  }
}
