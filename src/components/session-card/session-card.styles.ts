import {css} from 'lit';

export const styles = css`
  [part='card'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='time'] {
    color: var(--_muted);
  }
  [part='speakers'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
