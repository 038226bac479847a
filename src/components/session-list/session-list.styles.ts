import {css} from 'lit';
import type {CSSResult} from 'lit';

/**
 * The time grid, under `scope`: the rooms as columns, time downwards, each row placed by the
 * grid-area the element sets; the room names and the times stick while the grid scrolls inside itself.
 */
const grid = (scope: CSSResult) => css`
  ${scope} .scroll {
    overflow: auto;
    max-block-size: var(--conf-grid-height, 80vh);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  ${scope} [part=rows] {
    display: grid;
    grid-template-columns: 4.5em repeat(var(--_columns), minmax(var(--conf-column-width, 11em), 1fr));
    grid-auto-rows: minmax(.5em, auto);
    gap: 2px;
  }
  ${scope} :is([part=room], [part=slot]) {
    display: block;
    position: sticky;
    z-index: 1;
    padding: .3em .5em;
    background: var(--_surface);
  }
  ${scope} [part=room] {
    grid-row: 1;
    inset-block-start: 0;
    z-index: 2;
    border-block-end: 1px solid var(--_border);
    font-weight: 600;
  }
  ${scope} [part=slot] {
    grid-column: 1;
    inset-inline-start: 0;
    font-size: .8em;
  }
  ${scope} [part=row] {
    grid-area: var(--_area);
    display: block;
    position: relative;
    padding: .3em 1.6em .3em .5em;
    border: 0;
    border-inline-start: 3px solid var(--_track);
    border-radius: .3em;
    background: color-mix(in srgb, var(--_track) 10%, var(--_surface));
    font-size: .875em;
  }
  ${scope} .break {
    background: var(--_subtle);
  }
  ${scope} [part=star] {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
  }
`;

export const styles = css`
  /* Reserved while loading: a day's heading and a few rows. */
  .skeleton {
    --_reserve: 30em;
  }
  [part=controls] {
    display: flex;
    flex-wrap: wrap;
    gap: .5em 1em;
    margin-block-end: 1em;
  }
  /* Narrow: one line per group, scrolled sideways, so that the first talks stay near the top. */
  [part=filter] {
    display: flex;
    gap: .35em;
    align-items: center;
    max-inline-size: 100%;
    overflow-x: auto;
    white-space: nowrap;
  }
  [part=search] {
    flex: 1 1 100%;
    padding: .45em .8em;
    border: 1px solid var(--_border);
    border-radius: 2em;
    background: var(--_surface);
    font: inherit;
    color: inherit;
  }
  button {
    padding: .2em .75em;
    font-size: .875em;
  }
  [aria-pressed=true] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
  }
  .dot {
    display: inline-block;
    inline-size: .6em;
    block-size: .6em;
    margin-inline-end: .35em;
    border-radius: 50%;
    background: var(--_track);
  }
  [part=count], [part=meta], [part=slot], .break {
    color: var(--_muted);
  }
  [part=count] {
    font-size: .875em;
  }
  [part=share] {
    font-size: .875em;
  }
  [part=day] {
    margin-block-start: 1.25em;
    content-visibility: auto;
    contain-intrinsic-size: auto 40em;
  }
  [part=day-heading] {
    margin-block-end: .5em;
    font-size: 1.1em;
  }
  /* The rows share the list's columns (subgrid): every title starts where the longest time ends. */
  ol {
    display: grid;
    grid-template-columns: 1fr auto;
    padding: 0;
    list-style: none;
  }
  [part=room], [part=slot] {
    display: none;
  }
  [part=row] {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    gap: .1em .75em;
    align-items: baseline;
    padding: .6em .5em .6em .75em;
    border-block-end: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_track);
  }
  [part=time] {
    grid-column: 1 / -1;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  [part=row-heading] {
    font-size: 1em;
    font-weight: 600;
  }
  [part=row-heading] button {
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
  }
  [part=row-heading] button:hover {
    text-decoration: underline;
  }
  [part=meta] {
    font-size: .875em;
  }
  [part=badge] {
    padding: 0 .45em;
    border: 1px solid;
    border-radius: 1em;
    font-size: .8em;
    white-space: nowrap;
  }
  .live {
    color: var(--_danger);
  }
  [part=star] {
    padding: 0 .25em;
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: 1.25em;
    line-height: 1;
  }
  /* Now, during the event: a line over the session running (or the next one). */
  .next {
    box-shadow: inset 0 2px var(--_danger);
  }
  .break {
    padding-block: .25em;
    border-inline-start-color: transparent;
    background: var(--_subtle);
    font-size: .875em;
  }
  .break [part=row-heading] {
    font-weight: 400;
  }
  [part=card] {
    grid-column: 1 / -1;
    margin-block-start: .5em;
  }
  [part=card]::part(base) {
    padding: 0;
    border: 0;
    background: none;
  }
  [part=card]::part(heading), [part=card]::part(meta), [part=card]::part(time) {
    display: none;
  }
  [part=more] {
    margin-block-start: 1em;
  }
  @container (width >= 30em) {
    ol {
      grid-template-columns: auto 1fr auto;
    }
    [part=time] {
      grid-column: auto;
    }
    [part=search] {
      flex-basis: 16em;
    }
  }
  @container (width >= 40em) {
    [part=filter] {
      flex-wrap: wrap;
      white-space: normal;
    }
  }
  @media (forced-colors: active) {
    [aria-pressed=true] {
      border-width: 3px;
    }
  }
  ${grid(css`:host([layout=grid])`)}
  @container (width >= 900px) {
    ${grid(css`:host(:not([layout=list]))`)}
  }
`;
