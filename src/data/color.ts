/**
 * Whether a value from the data is a CSS colour, by a whitelist grammar: hex, the colour functions
 * with plain numbers, and the named colours. Nothing else reaches a style, so no escape, var(),
 * url() or second declaration can.
 */

/**
 * A bare word is a colour when the browser knows it as one (`rebeccapurple`, `canvastext`): letters
 * only, so no escape, function or second declaration fits in it. Node has no `CSS`: the validate CLI
 * gives it the named colours of CSS Color 4 (./color-names.ts), which keeps the bundle without them.
 */
const WORD = /^[a-z]+$/;
/** Words the browser takes for a colour that are no colour of the data's. */
const KEYWORD = /^(currentcolor|inherit|initial|unset|revert)$/;

const HEX = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/;
const FUNCTION = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(([^()]*)\)$/;
// One way only to read each number, so that a long one fails in linear time.
const NUMBER = '[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:e[+-]?\\d+)?';
/** A channel: a number, a percentage, `none`; a hue may also be in degrees. */
const CHANNEL = new RegExp(`^(?:${NUMBER}%?|none)$`);
const HUE = new RegExp(`^(?:${NUMBER}(?:deg)?|none)$`);
/** Which of the three channels is a hue, per function. */
const HUE_AT: Record<string, number> = {hsl: 0, hsla: 0, hwb: 0, lch: 2, oklch: 2};

/** Three channels and an optional alpha: `1, 2, 3[, a]` or `1 2 3[ / a]`. */
function channels(args: string): string[] | undefined {
  const commas = args.split(',').map((arg) => arg.trim());
  if (commas.length > 1) return commas.length <= 4 && !commas.includes('none') ? commas : undefined;
  const [color, alpha, ...rest] = args.split('/').map((arg) => arg.trim());
  const values = color.split(/\s+/);
  if (rest.length || values.length !== 3 || alpha === '') return undefined;
  return values.concat(alpha ?? []);
}

/** True for a CSS colour (case-insensitive, surrounding whitespace ignored) that the grammar above allows. */
export function isColor(value: string): boolean {
  const color = value.trim().toLowerCase();
  if (HEX.test(color) || (WORD.test(color) && !KEYWORD.test(color) && CSS.supports('color', color))) return true;
  const [, name, args] = FUNCTION.exec(color) ?? [];
  const values = name === undefined ? undefined : channels(args);
  return (
    values !== undefined &&
    values.length >= 3 &&
    values.every((channel, i) => (i === HUE_AT[name] ? HUE : CHANNEL).test(channel))
  );
}
