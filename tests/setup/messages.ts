// Every test file may render in any language: load all three sets of messages first (a browser
// loads only its page's, see scripts/i18n/split-locales.js).
import { LOCALES } from '../../src/lib/i18n/locales';
import { loadMessages } from '../../src/lib/paraglide/messages';

await Promise.all(LOCALES.map(loadMessages));
