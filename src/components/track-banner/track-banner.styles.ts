import {css} from 'lit';

export const styles = css`
  [part='banner'] {
    display: grid;
    gap: 0.25rem;
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  [part='tagline'] {
    font-weight: 600;
  }
  [part='event'] {
    color: var(--_muted);
  }
`;
