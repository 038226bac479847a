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
  /* Only tokens and a default box on the host: the page's rules on our tag (session-card { display:
     inline }) win over :host, and what the page's parents set (visibility: hidden) should reach us. */
  :host {
    --_text: var(--conf-text, #1d2430);
    --_muted: var(--conf-muted, #5a6473);
    --_surface: var(--conf-surface, #fff);
    --_subtle: var(--conf-subtle, #f3f5f8);
    --_border: var(--conf-border, #d9dee6);
    --_accent: var(--conf-accent, #3b5bdb);
    --_danger: var(--conf-danger, #b42318);
    --_radius: var(--conf-radius, 0.75em);
    --_space: var(--conf-space, 1em);
    display: block;
    box-sizing: border-box;
  }
  /* The widget's own root, which no page rule reaches: its box, and a reset of every inherited text
     property a page can push through the host (uppercase, line-height: 3, nowrap…). The font size is
     the text's around the widget (em, never rem: pages set html { font-size: 62.5% }); font family
     and colour come from the --conf-… tokens. Direction stays the page's: the data does not say its own. */
  .root {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_text);
    font: var(--conf-font, 400 var(--conf-font-size, 1em)/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    text-align: start;
    text-indent: 0;
    word-break: normal;
    /* Long words wrap, even when the page sets overflow-wrap: normal on our tag. */
    overflow-wrap: anywhere;
    cursor: auto;
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
  h1, h2, h3, h4, h5, h6, p, ul, ol, figure {
    margin: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    font: var(--conf-heading-font, 650 1.2em/1.3 system-ui, sans-serif);
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
    padding: 0.75em 1em;
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  [part='error'] strong {
    color: var(--_danger);
  }
  /* One box for the skeleton, a card and a biography. */
  .skeleton,
  article {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* The skeleton holds the place of the content while it loads: a card's outline with grey lines,
     as tall as the element's variant usually is (--_reserve), so that nothing below it moves. */
  .skeleton {
    min-block-size: var(--_reserve, 12em);
  }
  .skeleton::before {
    content: '';
    display: block;
    inline-size: 70%;
    block-size: min(4.4em, calc(var(--_reserve, 12em) - 2 * var(--_space) - 2px));
    background: repeating-linear-gradient(var(--_subtle) 0 1em, transparent 0 1.7em);
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
    inline-size: var(--_avatar, 3em);
    block-size: var(--_avatar, 3em);
    border-radius: 50%;
    overflow: hidden;
    background: var(--_subtle);
    color: var(--_muted);
    font-weight: 600;
  }
  /* Sized here, not on .avatar, so that the avatar's em is the text's around it. */
  .initials {
    font-size: calc(var(--_avatar, 3em) * 0.36);
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
