import {css} from 'lit';
import {avatarStyles} from '../../styles/base.js';

export const styles = [
  avatarStyles,
  css`
    article {
      --_avatar: var(--conf-photo-size, 5rem);
      display: grid;
      gap: calc(var(--_space)*1.25);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .card {
      --_avatar: var(--conf-photo-size, 4rem);
    }
    header,
    [part=social] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    header {
      gap: var(--_space);
    }
    header div,
    li > div {
      display: grid;
      gap: 0.25rem;
    }
    header div {
      flex: 1 1 12rem;
    }
    section,
    figure,
    slot {
      display: grid;
      gap: 0.5rem;
    }
    :not(.rich) > ul,
    ol {
      padding: 0;
      list-style: none;
    }
    ol {
      display: grid;
      gap: 1rem;
    }
    [part~=section-images] ol {
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      align-items: start;
    }
    [part~=section-sources] ol {
      list-style: decimal;
      padding-inline-start: 1.5em;
      gap: 0.25rem;
    }
    header div > :not([part=name]),
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
    [part=name] {
      font-size: 1.3rem;
    }
    [part=section-title] {
      font-size: 1.05rem;
      padding-block-start: 0.75rem;
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
      padding: 0.4rem 0.75rem 0.4rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 2rem;
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      text-decoration: none;
    }
    .card [part=social] a {
      padding: 0.4rem;
    }
    svg {
      inline-size: 1.25rem;
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
      max-block-size: 20rem;
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
    @container (min-width: 36rem) {
      article:not(.card) {
        --_avatar: var(--conf-photo-size, 7rem);
        padding: calc(var(--_space)*1.5);
      }
      li:has(time) {
        display: grid;
        grid-template-columns: 6rem 1fr;
        gap: var(--_space);
      }
    }
  `,
];
