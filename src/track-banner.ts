/**
 * `<track-banner>` alone, for bundlers: `import 'conference-widgets/track-banner.js'` defines this
 * element only (once), with English and French. The full library is `conference-widgets`.
 */
export {TrackBanner, trackBannerVariants} from './components/track-banner/track-banner.js';
export type {TrackBannerVariant} from './components/track-banner/track-banner.js';
export {ConfErrorEvent, ConfLoadEvent} from './components/internal/events.js';
