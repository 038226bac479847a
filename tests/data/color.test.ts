import {expect} from '@open-wc/testing';
import {isColor} from '../../src/data/color.js';
import {NAMED_COLORS} from '../../src/data/color-names.js';

describe('isColor', () => {
  const colours = [
    '#3b5bdb', '#FFF', '#fff8', '#3b5bdb80', '  #3b5bdb\n',
    'rgb(1 2 3 / 50%)', 'rgb(1, 2, 3)', 'rgba(1, 2, 3, .5)', 'rgb(100% 0% 0%)', 'rgb(none 2 3)',
    'hsl(200deg 50% 40%)', 'hsl(200, 50%, 40%)', 'hsla(200, 50%, 40%, 0.3)', 'hwb(120 10% 20%)',
    'oklch(70% 0.1 200)', 'oklch(0.7 0.1 200deg / 0.5)', 'oklab(0.6 -0.1 0.1)', 'lab(50% 40 -20)', 'lch(50% 40 120)',
    'RebeccaPurple', 'red', 'TRANSPARENT', 'lightgoldenrodyellow', 'CanvasText', 'RGB(1 2 3)', 'rgb(1e2 2 3)',
  ];
  const attacks = [
    'v\\61r(--x, u\\72l(https://evil.test/x.png))', 'var(--x)', 'var(--x, red)', 'url(https://evil.test/x.png)',
    'attr(data-x)', 'expression(alert(1))', 'red;background:url(x)', 'red; background: url(x)', 'red !important',
    'rgb(1 2 3) url(x)', 'rgb(var(--x) 2 3)', 'rgb(calc(1) 2 3)', 'color-mix(in srgb, red, blue)', 'env(x)',
    'image-set("x.png" 1x)', 'r\\65 d', '\\72 ed', '#3b5bdg', '#12345', '#1234567', 'currentColor',
    'inherit', 'initial', 'unset', '', ' ', 'rgb()', 'rgb(1 2)', 'rgb(1 2 3 4)', 'rgb(1, 2 3)', 'rgb(1 2 3 /)',
    'rgb(1 2 3 / 1 / 2)', 'rgb(1, 2, 3, 4, 5)', 'rgb(1px 2 3)', 'rgb(1deg 2 3)', 'hsl(1 2 3)x', 'red/**/',
    'rgb(1,2,none)', 'rgb(3. 2 1)', 'notacolor', 'blurple', 'red blue', '#fff;', 'rgb(1 2 3);x:y', 'revert',
  ];

  it('accepts hex, the colour functions with plain numbers, and named colours', () => {
    for (const value of colours) {
      expect(isColor(value), value).to.be.true;
      // The browser agrees that each is a colour.
      expect(CSS.supports('color', value.trim()), value).to.be.true;
    }
  });

  it('refuses escapes, other functions, other declarations and keywords', () => {
    for (const value of attacks) expect(isColor(value), value).to.be.false;
  });

  it('refuses a long non-number in linear time', () => {
    const start = performance.now();
    expect(isColor(`rgb(${'1'.repeat(100_000)}x 2 3)`)).to.be.false;
    expect(isColor(`rgb(${'1 '.repeat(50_000)})`)).to.be.false;
    expect(performance.now() - start).to.be.below(1000);
  });

  it('knows the 148 named colours of CSS Color 4 and transparent, each a colour to the browser', () => {
    expect(NAMED_COLORS.size).to.equal(149);
    for (const name of NAMED_COLORS) {
      expect(CSS.supports('color', name), name).to.be.true;
      expect(isColor(name.toUpperCase()), name).to.be.true;
    }
  });
});
