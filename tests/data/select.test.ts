import {expect} from '@open-wc/testing';
import {findById, pick} from '../../src/data/select.js';
import {ConferenceError} from '../../src/data/errors.js';

const items = [
  {id: 'a0a0', aliases: ['42', 'camp-42-late-talk']},
  {id: 'b0b0', aliases: ['42', 'camp-42-other-talk']},
  {id: 'c0c0', aliases: ['43']},
  // An id that is also another item's alias: the id wins.
  {id: '43'},
];

describe('finding items by id', () => {
  it('finds an item by its own id first', () => {
    expect(findById(items, 'a0a0')).to.deep.equal({item: items[0]});
    expect(findById(items, '43')).to.deep.equal({item: items[3]});
  });

  it('finds the one item that has the id as an alias', () => {
    expect(findById(items, 'camp-42-other-talk')).to.deep.equal({item: items[1]});
  });

  it('gives the candidates when several items share the alias', () => {
    expect(findById(items, '42')).to.deep.equal({candidates: [items[0], items[1]]});
  });

  it('trims the id and compares it exactly', () => {
    expect(findById(items, '  a0a0\n')).to.deep.equal({item: items[0]});
    expect(findById(items, 'A0A0')).to.deep.equal({});
    expect(findById(items, '042')).to.deep.equal({});
  });

  it('finds nothing in no items, or for an empty id', () => {
    expect(findById(undefined, 'a0a0')).to.deep.equal({});
    expect(findById([], 'a0a0')).to.deep.equal({});
    expect(findById(items, ' ')).to.deep.equal({});
  });

  it('is what the widgets pick with: an alias several items share is ambiguous, naming them', () => {
    expect(pick(items, 'camp-42-late-talk', 'session-id', 'sessions')).to.equal(items[0]);
    try {
      pick(items, '42', 'session-id', 'sessions');
      expect.fail('picked an ambiguous alias');
    } catch (error) {
      expect(error).to.be.instanceOf(ConferenceError);
      expect((error as ConferenceError).kind).to.equal('ambiguous');
      expect((error as ConferenceError).ids).to.deep.equal(['a0a0', 'b0b0']);
    }
  });
});
