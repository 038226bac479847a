/**
 * The values the elements' attributes accept, as `as const` lists that also give the union types.
 * A module of its own, without elements: tools such as the snippet builder (demo/builder) read the
 * lists without defining anything. Each element re-exports its lists.
 */

export const sessionCardVariants = ['full', 'compact'] as const;
export type SessionCardVariant = (typeof sessionCardVariants)[number];

/** The sections of a speaker's biography, in the order the full variant shows them. */
export const speakerSections = [
  'bio', 'role', 'education', 'timeline', 'publications', 'awards', 'media', 'videos', 'posts',
  'influence', 'insights', 'images', 'social', 'conclusion', 'sources',
] as const;
export type SpeakerSection = (typeof speakerSections)[number];

export const speakerVariants = ['full', 'card'] as const;
export type SpeakerVariant = (typeof speakerVariants)[number];

/** How `<session-list>` lays out its rows: `auto` is a list, and a time grid from 900 px of its own width. */
export const sessionListLayouts = ['auto', 'list', 'grid'] as const;
export type SessionListLayout = (typeof sessionListLayouts)[number];

export const trackBannerVariants = ['hero', 'strip'] as const;
export type TrackBannerVariant = (typeof trackBannerVariants)[number];
