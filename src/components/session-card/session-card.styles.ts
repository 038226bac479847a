import {css} from 'lit';

export const styles = css`
  /* Reserved while loading, and by a card far from the viewport: the usual height of each variant
     (GOSIM's card at 320–1000 px). */
  .root > * {
    --_reserve: 25em;
  }
  :host([variant='compact']) .root > * {
    --_reserve: 4em;
  }
  @container (width < 45em) {
    :host([variant='compact']) .root > * {
      --_reserve: 5em;
    }
  }
  @container (width < 25em) {
    .root > * {
      --_reserve: 30em;
    }
    :host([variant='compact']) .root > * {
      --_reserve: 8em;
    }
  }
  article {
    /* Where "Show more" can sit over the abstract's last line (below), a page of many cards lays out
       only those near the viewport (100 cards: layout 100 → 22 ms). Elsewhere the button takes a line
       of its own, which the clamp adds in the frame it measures: then other cards appearing in that
       frame would make the ResizeObserver loop error that pages log. */
    --_avatar: var(--conf-photo-size, 2.75em);
    --_color: var(--_track, var(--_accent));
    display: grid;
    gap: .75em;
    border-inline-start: 4px solid var(--_color);
  }
  [part=meta] {
    display: flex;
    flex-wrap: wrap;
    gap: .5em;
  }
  [part=track], [part=state] {
    font-size: .8125em;
    font-weight: 600;
    padding: 0 .7em;
    border: 1px solid;
    border-radius: 1em;
  }
  [part=track] {
    border-color: transparent;
    background: color-mix(in srgb, var(--_color) var(--conf-track-tint, 14%), var(--_surface));
  }
  :is([part=track], .live)::before {
    content: '● ' / '';
    color: var(--_color);
  }
  [part=local-time], [part=zone], [part=place], [part=direction], [part=state] {
    color: var(--_muted);
  }
  .live {
    --_color: currentColor;
    color: var(--_danger);
  }
  /* Intl's words only: they break at the spaces rangeParts left breakable, never inside a time. */
  [part=time], [part=local-time] {
    overflow-wrap: normal;
  }
  ul[part=speakers] {
    display: grid;
    /* auto-fit: a lone speaker takes the whole width, not one column of two. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: .75em 1em;
    padding: 0;
  }
  /* The photo, then the name over the position, with no wrapper around the two. */
  [part=speaker] {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 .65em;
    align-items: center;
    line-height: 1.3;
  }
  [part=speaker] > .avatar {
    grid-row: span 2;
  }
  [part=speaker-name] {
    align-self: end;
    font-weight: 600;
  }
  [part=position] {
    align-self: start;
  }
  [part=position], .compact p {
    color: var(--_muted);
    font-size: .875em;
  }
  :not(.open) > [part=abstract] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--conf-abstract-lines, 4);
    overflow: hidden;
  }
  [part=abstract], details {
    max-inline-size: 42em;
  }
  @supports (anchor-name: --a) {
    /* Not in pre-rendered HTML and its takeover (.open): their cards are laid out as the page's own
       HTML is, and the new card of the takeover would hold the usual height for a frame. */
    article:not(.open) {
      content-visibility: auto;
      contain-intrinsic-block-size: auto var(--_reserve);
    }
    [part=abstract] {
      anchor-name: --abstract;
    }
    /* Over the end of the clamped text's last line, which fades into the card under it: it takes no
       space, so measuring the text and adding it moves nothing. */
    [part=more][aria-expanded=false] {
      position: absolute;
      position-anchor: --abstract;
      inset-block-end: calc(anchor(end) - .4em);
      inset-inline-end: anchor(end);
      box-shadow: -2em 0 1em -.25em var(--_surface);
    }
  }
  details {
    padding: .5em .75em;
    border-radius: .5em;
    background: var(--_subtle);
  }
  summary {
    font-weight: 600;
    cursor: pointer;
  }
  .compact {
    grid-template-columns: 1fr auto;
    gap: .25em .75em;
    align-items: baseline;
    padding: .6em .9em;
  }
  .compact div {
    grid-area: 2/1/2/3;
  }
  .compact [part=heading] {
    font-size: 1em;
  }
  @container (width >= 30em) {
    .compact {
      grid-template-columns: 7.5em 1fr auto;
    }
    .compact div {
      grid-area: auto;
    }
  }
  @container (width >= 40em) {
    .full {
      padding: calc(var(--_space) * 1.5);
    }
    .full [part=heading] {
      font-size: 1.45em;
    }
  }
`;
