/**
 * Resolves a widget's document from the first source it has (property, inline JSON, URL), once per
 * change of source. A newer source always wins over an older response, and a widget removed while
 * loading drops the result: nothing is rendered, fired or logged for it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {asError} from './errors.js';
import type {ConferenceError} from './errors.js';
import type {Format} from './import/index.js';
import {fetchJson, parseJson, readDocument} from './load.js';
import type {Loaded} from './load.js';

export type Source =
  | {readonly kind: 'data'; readonly value: unknown}
  | {readonly kind: 'inline'; readonly text: string}
  | {readonly kind: 'src'; readonly url: string}
  | {readonly kind: 'none'};

export type DataState =
  | {readonly status: 'idle'}
  | {readonly status: 'loading'}
  | ({readonly status: 'ready'} & Loaded)
  | {readonly status: 'error'; readonly error: ConferenceError};

export interface DataHost extends ReactiveControllerHost {
  readonly format: Format;
  readonly timeZone?: string;
}

export class DataController implements ReactiveController {
  state: DataState = {status: 'idle'};
  private source: Source = {kind: 'none'};
  private key?: unknown;
  private options?: string;
  private generation = 0;
  private connected = false;

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  /** Call before each render with the current source; starts a load when it changed. */
  update(source: Source): void {
    const key = source.kind === 'data' ? source.value : source.kind === 'none' ? undefined : source.kind + (source.kind === 'src' ? source.url : source.text);
    const options = `${this.host.format} ${this.host.timeZone ?? ''}`;
    if (key === this.key && options === this.options) return;
    this.key = key;
    this.options = options;
    this.source = source;
    this.load();
  }

  hostConnected(): void {
    this.connected = true;
    // Re-attached while a load had been dropped (or never started): load now.
    if (this.state.status === 'loading') this.load();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.generation++;
  }

  private load(): void {
    const generation = ++this.generation;
    const source = this.source;
    const read = (json: unknown) => readDocument(json, this.host.format, this.host.timeZone);
    if (source.kind === 'none') {
      this.state = {status: 'idle'};
    } else if (source.kind !== 'src') {
      // Synchronous sources render in the same update: no loading flash.
      this.state = this.attempt(() => read(source.kind === 'data' ? source.value : parseJson(source.text, 'inline JSON')));
    } else {
      this.state = {status: 'loading'};
      // A detached widget fetches, renders and fires nothing until it is attached again.
      if (!this.connected) return;
      fetchJson(source.url).then(
        (json) => this.settle(this.attempt(() => read(json)), generation),
        (error: unknown) => this.settle({status: 'error', error: asError(error)}, generation),
      );
    }
  }

  private attempt(read: () => Loaded): DataState {
    try {
      return {status: 'ready', ...read()};
    } catch (error) {
      return {status: 'error', error: asError(error)};
    }
  }

  private settle(state: DataState, generation: number): void {
    if (generation !== this.generation) return;
    this.state = state;
    this.host.requestUpdate();
  }
}
