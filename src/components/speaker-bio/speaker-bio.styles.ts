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
  [part='photo'] {
    inline-size: 4rem;
    block-size: 4rem;
    border-radius: 50%;
    object-fit: cover;
  }
  [part='positions'] {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
  }
`;
