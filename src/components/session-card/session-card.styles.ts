import {css} from 'lit';

export const styles = css`
  article {
    --_avatar: var(--conf-avatar-size, 2.75rem);
    --_color: var(--_track, var(--_accent));
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_color);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part='track'], [part='state'] {
    font-size: 0.8125rem;
    font-weight: 600;
    padding: 0 0.7em;
    border: 1px solid transparent;
    border-radius: 1em;
  }
  [part='track'] {
    background: color-mix(in srgb, var(--_color) 14%, var(--_surface));
  }
  [part='track']::before, .live::before {
    content: '● ' / '';
    color: var(--_color);
  }
  [part='local-time'], [part='zone'], [part='place'], [part='position'], [part='direction'], [part='state'], .compact p {
    color: var(--_muted);
  }
  [part='state'] {
    border-color: currentColor;
  }
  .live {
    --_color: currentColor;
    color: var(--_danger);
  }
  [part='zone'] {
    white-space: nowrap;
  }
  ul[part='speakers'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.75rem 1rem;
    padding: 0;
    list-style: none;
  }
  [part='speaker'] {
    display: flex;
    gap: 0.65rem;
    align-items: center;
    line-height: 1.3;
  }
  [part='speaker-name'] {
    display: block;
    font-weight: 600;
  }
  [part='position'], .compact p {
    font-size: 0.875rem;
  }
  [part='abstract'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--conf-abstract-lines, 4);
    overflow: hidden;
  }
  .open [part='abstract'] {
    display: block;
  }
  [part='abstract'], details {
    max-inline-size: 42rem;
  }
  button {
    justify-self: start;
    padding: 0.4em 1em;
    border: 1px solid var(--_border);
    border-radius: 2em;
    background: var(--_subtle);
    cursor: pointer;
  }
  [part='more'] {
    margin-block-start: -0.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  details > * + * {
    margin-block-start: 0.6rem;
  }
  details {
    padding: 0.5rem 0.75rem;
    border-radius: 0.5rem;
    background: var(--_subtle);
  }
  summary {
    font-weight: 600;
    cursor: pointer;
  }
  .compact {
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    padding: 0.6rem 0.9rem;
  }
  .compact div {
    grid-area: 2 / 1 / 2 / 3;
  }
  .compact [part='title'] {
    font-size: 1rem;
  }
  @container (min-width: 30rem) {
    .compact {
      grid-template-columns: 7.5rem 1fr auto;
    }
    .compact div {
      grid-area: auto;
    }
  }
  @container (min-width: 40rem) {
    .full {
      padding: calc(var(--_space) * 1.5);
    }
    .full [part='title'] {
      font-size: 1.45rem;
    }
  }
`;
