/**
 * The reset and tokens every widget shares. Page tokens (`--conf-…`) are read through var() with a
 * fallback and never set on :host, so they inherit from the page; `--_…` are private.
 */
import {css} from 'lit';

const dark = css`
    --_text: var(--conf-text, #e7ebf2);
    --_muted: var(--conf-muted, #a3adbd);
    --_surface: var(--conf-surface, #161b24);
    --_subtle: var(--conf-subtle, #202735);
    --_border: var(--conf-border, #343d4e);
    --_accent: var(--conf-accent, #91a7ff);
    --_danger: var(--conf-danger, #ff8a80);
    color-scheme: dark;
`;

export const baseStyles = css`
  :host {
    /* Hostile pages: nothing inherited from the page (uppercase, letter-spacing, white-space: pre…)
       reaches inside, except the --conf-… tokens, which custom properties keep. */
    all: initial;
    --_text: var(--conf-text, #1d2430);
    --_muted: var(--conf-muted, #5a6473);
    --_surface: var(--conf-surface, #fff);
    --_subtle: var(--conf-subtle, #f3f5f8);
    --_border: var(--conf-border, #d9dee6);
    --_accent: var(--conf-accent, #3b5bdb);
    --_danger: var(--conf-danger, #b42318);
    --_radius: var(--conf-radius, 0.75rem);
    --_space: var(--conf-space, 1rem);
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_text);
    font: var(--conf-font, 400 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    text-align: start;
  }
  /* Long words wrap, set on the widget's own boxes: a page rule on the element itself, such as
     session-card { overflow-wrap: normal }, wins over :host, and one 100 KB word would then run off. */
  :host > * {
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1, h2, h3, h4, h5, h6, p, ul, ol, figure, dl, dd {
    margin: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    font: var(--conf-heading-font, 650 1.2rem/1.3 system-ui, sans-serif);
    color: inherit;
    letter-spacing: -0.01em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible, button:focus-visible, summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  /* One look for every button: Add to calendar, Show more, Show all, Try again. */
  button {
    justify-self: start;
    padding: 0.4em 1em;
    border: 1px solid var(--_border);
    border-radius: 2em;
    background: var(--_subtle);
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  img {
    max-width: 100%;
  }
  .rich > * + * {
    margin-block-start: 0.6em;
  }
  .rich ul {
    padding-inline-start: 1.25em;
  }
  [part='error'] {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  [part='error'] strong {
    color: var(--_danger);
  }
  [part='error'] small {
    font-family: ui-monospace, monospace;
    color: var(--_muted);
  }
  [part='status'] {
    padding: var(--_space);
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_border: CanvasText;
      --_muted: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** The avatar of internal/avatar.ts: initials under a photo that fades in once loaded. */
export const avatarStyles = css`
  .avatar {
    position: relative;
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: var(--_avatar, 3rem);
    block-size: var(--_avatar, 3rem);
    border-radius: 50%;
    overflow: hidden;
    background: var(--_subtle);
    color: var(--_muted);
    font-weight: 600;
    font-size: calc(var(--_avatar, 3rem) * 0.36);
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .avatar img[data-loaded] {
    opacity: 1;
  }
`;
