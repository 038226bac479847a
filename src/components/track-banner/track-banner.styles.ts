import {css} from 'lit';

// The track colour only tints backgrounds and draws swatches and borders: text keeps the theme's
// colours, so it reads in light and dark whatever the colour. Transparent borders show in forced colours.
export const styles = css`
  [part=banner],
  [part=track] {
    --_c: var(--_track, var(--_accent));
    --_tint: color-mix(in srgb, var(--_c) var(--conf-track-tint, 14%), var(--_surface));
  }
  [part=banner] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .hero,
  [part=header] {
    display: grid;
    gap: var(--_space);
    overflow: hidden;
  }
  .hero > * {
    padding-inline: var(--_space);
  }
  .hero > :not([part=header]):last-child {
    padding-block-end: var(--_space);
  }
  ::slotted(*) {
    margin: 0;
  }
  [part=header] {
    padding-block: var(--_space);
    border-block-start: 0.375rem solid var(--_c);
    background: var(--_tint);
  }
  [part=header] > div,
  .hero [part=event],
  [part=sessions] {
    display: grid;
    align-content: start;
    gap: 0.5rem;
  }
  .hero [part=name] {
    font-size: 1.6rem;
  }
  [part=tagline] {
    font-weight: 600;
  }
  [part=event],
  li > span,
  time,
  [part=credits],
  [part=track] {
    color: var(--_muted);
    font-size: 0.875rem;
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
    align-items: center;
    gap: 0.5rem;
  }
  [part=track] {
    display: block;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: inherit;
    text-decoration: none;
  }
  [href]:hover {
    border-color: var(--_c);
    text-decoration: underline;
  }
  [aria-current] {
    border-color: var(--_c);
    background: var(--_tint);
    font-weight: 600;
  }
  [part=swatch] {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.45em;
    border: 1px solid transparent;
    border-radius: 50%;
    background: var(--_c);
  }
  .strip [part=name],
  [part=sessions-title] {
    font-size: 1rem;
  }
  ol > li {
    display: grid;
    gap: 0 1rem;
    padding-block: 0.5rem;
    border-block-start: 1px solid var(--_border);
  }
  img {
    block-size: 1.25em;
    margin-inline-end: 0.3em;
    vertical-align: middle;
  }
  .strip [part=header],
  .strip [part=header] > div {
    display: contents;
  }
  .strip {
    padding: 0.5rem var(--_space);
    background: var(--_tint);
  }
  .strip [part=event] > * + ::before {
    content: '·' / '';
    margin-inline-end: 0.3em;
  }
  @container (min-width: 40rem) {
    [part=header] {
      grid-template-columns: 1fr minmax(12rem, 16rem);
      padding-block: 1.5rem;
    }
    .hero > * {
      padding-inline: 1.5rem;
    }
    .hero [part=name] {
      font-size: 2rem;
    }
    ol > li {
      grid-template-columns: 9rem 1fr;
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
