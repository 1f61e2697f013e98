// The interface between the runner (scripts/bench.js) and its parts (scripts/bench/*.js), as
// JSDoc types so parts written in plain JavaScript are type-checked by `npm run check`.

/**
 * What every part's default export receives.
 * @typedef {object} BenchContext
 * @property {import('playwright-core').Browser} browser  one Chromium for the whole run
 * @property {string} origin  the site's root URL incl. BASE_PATH, without trailing slash
 * @property {number} runs  how many samples per measure (--runs, default 5)
 * @property {import('./_throttle.js').Throttle | null} throttle  null with --no-throttle
 * @property {{ dir: string, url: string }} scratch  a directory served on the same origin at `url`
 * @property {(msg: string) => void} log  progress to stderr
 */

/**
 * One measure a part returns. Failed samples may be NaN (counted as missing).
 * @typedef {object} PartResult
 * @property {string} name
 * @property {string} unit  e.g. "ms" or "bytes"
 * @property {number[]} samples
 * @property {string} [note]
 */

export {};
