import {css} from 'lit';
import {avatarStyles} from '../../styles/base.js';

export const styles = [
  avatarStyles,
  css`
    /* Reserved while loading: a full biography runs far longer; this holds its first screen. */
    .skeleton {
      --_reserve: 40em;
    }
    :host([variant='card']) .skeleton {
      --_reserve: 12em;
    }
    article {
      --_avatar: var(--conf-photo-size, 5em);
      display: grid;
      gap: calc(var(--_space)*1.25);
    }
    .card {
      --_avatar: var(--conf-photo-size, 4em);
    }
    header,
    [part=social] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
    }
    header {
      gap: var(--_space);
    }
    header div,
    li > div {
      display: grid;
      gap: 0.25em;
    }
    header div {
      flex: 1 1 12em;
    }
    section,
    figure,
    slot {
      display: grid;
      gap: 0.5em;
    }
    :not(.rich) > ul,
    ol {
      padding: 0;
      list-style: none;
    }
    ol {
      display: grid;
      gap: 1em;
    }
    [part~=section-images] ol {
      grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
      align-items: start;
    }
    [part~=section-sources] ol {
      list-style: decimal;
      padding-inline-start: 1.5em;
      gap: 0.25em;
    }
    header div > :not([part=heading]),
    time,
    [part=notice],
    figcaption {
      color: var(--_muted);
    }
    [part=credit],
    [part=notice],
    figcaption {
      font-size: 0.875em;
    }
    [part=heading] {
      font-size: 1.3em;
    }
    [part=section-heading] {
      font-size: 1.05em;
      padding-block-start: 0.75em;
      border-block-start: 1px solid var(--_border);
    }
    time,
    cite {
      font-weight: 600;
      font-style: normal;
    }
    .clip > :nth-child(n+4) {
      display: none;
    }
    [part=social] a {
      padding: 0.4em 0.75em 0.4em 0.5em;
      border: 1px solid var(--_border);
      border-radius: 2em;
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      text-decoration: none;
    }
    .card [part=social] a {
      padding: 0.4em;
    }
    svg {
      inline-size: 1.25em;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.8;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    ::slotted(*) {
      margin: 0;
    }
    figure img {
      max-block-size: 20em;
      border-radius: calc(var(--_radius)/2);
    }
    /* The card is short: its text is two lines of the first paragraph. */
    .card > .rich > * + * {
      display: none;
    }
    .card > [part=text] {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    @container (min-width: 36em) {
      article:not(.card) {
        --_avatar: var(--conf-photo-size, 7em);
        padding: calc(var(--_space)*1.5);
      }
      li:has(time) {
        display: grid;
        gap: var(--_space);
        grid-template-columns: 6em 1fr;
      }
    }
  `,
];
