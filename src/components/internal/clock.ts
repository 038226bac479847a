/**
 * The clock of a widget that shows "Live now" or "Ended": the time now (the host's `now` when set,
 * for tests and previews), and one timer, only while connected, that re-renders at the next start or
 * end still to come. Back on the page, the host renders again (every widget does, its closest `lang`
 * may have changed), which reads the state again and starts the timer again.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface ClockHost extends ReactiveControllerHost {
  /** A fixed clock in epoch milliseconds; the real one when undefined. */
  readonly now?: number;
  readonly isConnected: boolean;
}

export type LiveState = 'live' | 'ended' | undefined;

export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ClockHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The time now; re-renders the host when the first of `times` still to come is reached. */
  now(times: readonly (number | undefined)[]): number {
    const {now = Date.now()} = this.host;
    const next = Math.min(...times.map((time) => (time !== undefined && time > now ? time : Infinity)));
    clearTimeout(this.timer);
    if (next !== Infinity && this.host.now === undefined && this.host.isConnected) {
      this.timer = setTimeout(() => this.host.requestUpdate(), Math.min(next - now, 2 ** 31 - 1));
    }
    return now;
  }

  /** Live between start and end, ended after. Without an end there is no telling when it is over. */
  state(start: number | undefined, end: number | undefined): LiveState {
    const now = this.now([start, end]);
    return start === undefined || end === undefined || now < start ? undefined : now < end ? 'live' : 'ended';
  }
}
