/**
 * Whether a value from the data is a CSS colour, by a whitelist grammar: hex, the colour functions
 * with plain numbers, and the named colours. Nothing else reaches a style, so no escape, var(),
 * url() or second declaration can. Plain string work: it runs in Node as in the browser.
 */

/** CSS Color 4 named colours and `transparent`; not currentColor, not system colours. */
export const NAMED_COLORS: ReadonlySet<string> = new Set(
  ('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ' +
    'darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
    'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ' +
    'ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow ' +
    'lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine ' +
    'mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise ' +
    'mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab ' +
    'orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru ' +
    'pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
    'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan ' +
    'teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen transparent').split(' '),
);

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
  return alpha === undefined ? values : [...values, alpha];
}

/** True for a CSS colour (case-insensitive, surrounding whitespace ignored) that the grammar above allows. */
export function isColor(value: string): boolean {
  const color = value.trim().toLowerCase();
  if (HEX.test(color) || NAMED_COLORS.has(color)) return true;
  const [, name, args] = FUNCTION.exec(color) ?? [];
  const values = name === undefined ? undefined : channels(args);
  return (
    values !== undefined &&
    values.length >= 3 &&
    values.every((channel, i) => (i === HUE_AT[name] ? HUE : CHANNEL).test(channel))
  );
}
