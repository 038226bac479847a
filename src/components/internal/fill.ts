/**
 * A long list fills in chunk by chunk: the first chunk with the rest of the widget, each next one in a
 * task of its own, after a frame if one is due, so that the page paints and answers input in between.
 * (`scheduler.yield()` would put the next chunk ahead of rendering, and the first rows would only show
 * with the last.)
 */
import type {ReactiveControllerHost} from 'lit';

export class Fill {
  /** Items rendered so far, or to render in this update. */
  private shown: number;
  /** The next chunk's timer, while one is due. */
  private next?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost, private readonly chunk: number) {
    this.shown = chunk;
  }

  /** Starts again from the first chunk: the list is another one. */
  reset(): void {
    this.shown = this.chunk;
  }

  /** How many of `total` items to render in this update; the next chunk comes later when some are left. */
  take(total: number): number {
    if (this.shown < total) {
      this.next ??= new Promise((resolve) => setTimeout(() => {
        this.next = undefined;
        this.shown += this.chunk;
        this.host.requestUpdate();
        resolve();
      }));
    }
    return Math.min(this.shown, total);
  }

  /** What `updated` (the host's own updateComplete) resolves to, once the list is filled to its end. */
  async complete(updated: () => Promise<boolean>): Promise<boolean> {
    let done = await updated();
    while (this.next) {
      await this.next;
      done = await updated();
    }
    return done;
  }
}
