const native = String.prototype as {toWellFormed?: (this: string) => string};

/**
 * `value` with each lone surrogate (half an emoji, cut by an export) replaced by U+FFFD, so that
 * encodeURIComponent and URL templates take it. `String.prototype.toWellFormed` where there is one.
 */
export const wellFormed = (value: string): string =>
  native.toWellFormed ? native.toWellFormed.call(value) : value.replace(/\p{Cs}/gu, '\uFFFD');
