import {css} from 'lit';

// The track colour only tints backgrounds and draws swatches and borders: text keeps the theme's
// colours, so it reads in light and dark whatever the colour. Transparent borders show in forced colours.
// `--_track` is set on the banner and on each track of the list; the current track inherits the tint.
// Lengths are in em of the text around the widget; the credits' smaller text is on their items, so
// that their padding, the --_space of their siblings, lines up with them.
export const styles = css`
  /* Reserved while loading: the usual height of each variant (GOSIM's banner at 320–1000 px). */
  .skeleton {
    --_reserve: 20em;
  }
  :host([show-sessions]) .skeleton {
    --_reserve: 26em;
  }
  @container (width < 45em) {
    .skeleton {
      --_reserve: 28em;
    }
    :host([show-sessions]) .skeleton {
      --_reserve: 36em;
    }
  }
  @container (width < 25em) {
    .skeleton {
      --_reserve: 42em;
    }
    :host([show-sessions]) .skeleton {
      --_reserve: 53em;
    }
  }
  :host([variant='strip']) .skeleton {
    --_reserve: 2.5em;
  }
  @container (width < 25em) {
    :host([variant='strip']) .skeleton {
      --_reserve: 5.5em;
    }
  }
  [part=base] {
    --_tint: color-mix(in srgb, var(--_track) var(--conf-track-tint, 14%), var(--_surface));
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .hero,
  [part=header] {
    display: grid;
    gap: var(--_space);
  }
  .hero > * {
    padding-inline: var(--_space);
  }
  .hero > * + :last-child {
    padding-block-end: var(--_space);
  }
  ::slotted(*) {
    margin: 0;
  }
  [part=header] {
    padding-block: var(--_space);
    border-block-start: 0.375em solid var(--_track);
    background: var(--_tint);
  }
  [part=header] > div,
  .hero [part=event],
  [part=sessions] {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  .hero [part=heading] {
    font-size: clamp(1.6em, 5cqi, 2em);
  }
  [part=tagline] {
    font-weight: 600;
  }
  [part=event],
  li > span,
  time,
  [part=credits] > *,
  [part=track] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .hero [part=event] {
    padding-inline-start: var(--_space);
    border-inline-start: 1px solid var(--_border);
  }
  strong {
    color: var(--_text);
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  ul,
  [part=credits],
  .strip {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* Flex: the dot is never left alone on a line, the name wraps beside it. */
  [part=track] {
    display: flex;
    align-items: baseline;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: inherit;
    text-decoration: none;
  }
  [href]:hover {
    border-color: var(--_track);
    text-decoration: underline;
  }
  [aria-current] {
    border-color: var(--_track);
    background: var(--_tint);
    font-weight: 600;
  }
  [part=swatch] {
    display: inline-block;
    flex: none;
    padding: 0.33em;
    margin-inline-end: 0.45em;
    border: 1px solid transparent;
    border-radius: 50%;
    background: var(--_track);
  }
  .strip [part=heading],
  [part=sessions-heading] {
    font-size: 1em;
  }
  ol > li {
    display: grid;
    gap: 0 1em;
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  /* A list longer than one chunk: its rows far from the viewport are not styled or laid out (the
     bench's banner of 10,000 talks: longest task 112 ms before, 77–97 ms so), each holding the height
     it last had, or about two lines'. Its paint is clipped 4 px out, room for a link's focus ring. Not
     in pre-rendered HTML and its takeover, whose rows are laid out as the page's own HTML is, so that
     nothing moves when one replaces the other. */
  .lazy > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 5em;
    overflow-clip-margin: 4px;
  }
  img {
    block-size: 1.25em;
    margin-inline-end: 0.3em;
    vertical-align: middle;
  }
  /* The strip is the hero's first line, its header boxes dissolved. */
  .strip div {
    display: contents;
  }
  .strip {
    padding: 0.5em var(--_space);
    background: var(--_tint);
  }
  .strip [part=event] > * + ::before {
    content: '·' / '';
    margin-inline-end: 0.3em;
  }
  @container (min-width: 40em) {
    [part=header] {
      grid-template-columns: 1fr minmax(12em, 16em);
      padding-block: 1.5em;
    }
    .hero > * {
      padding-inline: 1.5em;
    }
    ol > li {
      grid-template-columns: 9em 1fr;
    }
    li > :last-child {
      grid-column: 2;
    }
  }
  @media (forced-colors: active) {
    [aria-current] {
      border-width: 2px;
    }
  }
`;
