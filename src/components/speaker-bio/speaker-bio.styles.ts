import {css} from 'lit';
import {avatarStyles} from '../../styles/base.js';

export const styles = [
  avatarStyles,
  css`
    [part='card'] {
      --_avatar: var(--conf-photo-size, 4rem);
      display: grid;
      gap: calc(var(--_space) * 1.25);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .full {
      --_avatar: var(--conf-photo-size, 5rem);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
    }
    header div,
    .rich:has(slot),
    section,
    ol,
    li > div,
    figure {
      display: grid;
      gap: 0.5rem;
      align-content: start;
    }
    header div {
      flex: 1 1 12rem;
      gap: 0.25rem;
    }
    ul,
    ol {
      padding: 0;
      list-style: none;
    }
    ol {
      gap: 1rem;
    }
    [part~='section-images'] ol {
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    }
    [part~='section-sources'] ol {
      list-style: decimal;
      padding-inline-start: 1.5em;
      gap: 0.25rem;
    }
    [part='positions'],
    [part='location'],
    [part='credit'],
    [part='date'],
    [part='notice'],
    figcaption {
      color: var(--_muted);
    }
    [part='credit'],
    [part='notice'],
    figcaption {
      font-size: 0.875em;
    }
    [part='name'] {
      font-size: 1.3rem;
      font-weight: 650;
    }
    [part='section-title'] {
      font-size: 1.05rem;
      font-weight: 650;
      padding-block-start: 0.75rem;
      border-block-start: 1px solid var(--_border);
    }
    li > div {
      gap: 0.25rem;
    }
    [part='date'],
    cite {
      font-weight: 600;
      font-style: normal;
    }
    .clip > :nth-child(n + 4) {
      display: none;
    }
    [part='more'],
    [part='social'] a {
      padding: 0.4rem 0.75rem 0.4rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 2rem;
    }
    [part='more'] {
      justify-self: start;
      padding-inline: 0.9rem;
      background: none;
      color: var(--_accent);
      cursor: pointer;
    }
    [part='social'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    [part='social'] a {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      text-decoration: none;
    }
    .card [part='social'] a {
      padding: 0.4rem;
    }
    svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.8;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    ::slotted(*) {
      margin: 0;
    }
    figcaption [part='credit'] {
      display: block;
    }
    figure img {
      display: block;
      max-block-size: 20rem;
      border-radius: calc(var(--_radius) / 2);
    }
    .card > [part='text'] > :not(:first-child) {
      display: none;
    }
    @container (min-width: 36rem) {
      .full {
        --_avatar: var(--conf-photo-size, 7rem);
        padding: calc(var(--_space) * 1.5);
      }
      li:has(> time) {
        display: grid;
        grid-template-columns: 6rem 1fr;
        gap: var(--_space);
      }
      li > div {
        grid-column: -2;
      }
    }
  `,
];
