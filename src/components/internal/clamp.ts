/**
 * A long text clamped to a few lines with a "Show more" button: the button shows only when the
 * clamped text really overflows, measured whenever its box changes size and after every render
 * (its text may have changed, another language, while its box kept its size).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface ClampHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class ClampController implements ReactiveController {
  /** Undefined while the text fits, false while clamped, true once "Show more" opened it. */
  expanded?: boolean;
  /** The next update is this controller's own: the text is not measured again after it. */
  private own = false;
  private readonly resizes = new ResizeObserver(([{target}]) => {
    if (this.expanded) return;
    const expanded = target.scrollHeight > target.clientHeight + 1 ? false : undefined;
    if (expanded !== this.expanded) {
      this.expanded = expanded;
      this.own = true;
      this.host.requestUpdate();
    }
  });

  constructor(private readonly host: ClampHost, private readonly selector: string) {
    host.addController(this);
  }

  /** Another text starts clamped, whatever the last one was. */
  reset(): void {
    this.expanded = undefined;
  }

  toggle(): void {
    this.expanded = !this.expanded;
    this.own = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.own) {
      this.own = false;
      return;
    }
    this.resizes.disconnect();
    const text = this.host.renderRoot.querySelector(this.selector);
    if (text) this.resizes.observe(text);
  }

  hostDisconnected(): void {
    this.resizes.disconnect();
  }
}
