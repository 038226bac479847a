// The classic-script entry: everything, with `window.ConferenceWidgets` as the only global.
import './index.js';
