import {expect} from '@open-wc/testing';
import {wellFormed} from '../../src/format/well-formed.js';

const proto = String.prototype as {toWellFormed?: unknown};

describe('wellFormed', () => {
  const cases: [string, string][] = [
    ['half an emoji \uD83D', 'half an emoji \uFFFD'],
    ['\uDE80 tail first', '\uFFFD tail first'],
    ['a whole one 🚀, é and 日本', 'a whole one 🚀, é and 日本'],
    ['\uD83D\uD83D\uDE80', '\uFFFD🚀'],
  ];

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    for (const [value, expected] of cases) expect(wellFormed(value)).to.equal(expected);
    expect(() => encodeURIComponent(wellFormed('x\uD83D'))).not.to.throw();
  });

  it('does the same where String.prototype.toWellFormed is missing', () => {
    const native = proto.toWellFormed;
    delete proto.toWellFormed;
    try {
      for (const [value, expected] of cases) expect(wellFormed(value)).to.equal(expected);
    } finally {
      proto.toWellFormed = native;
    }
  });
});
