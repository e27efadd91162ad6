import { describe, expect, it } from 'vitest';
import { findMemberData } from '../../src/faq/privacy.js';

const MEMBER = { displayName: 'Maija Meikäläinen', id: '29:member-1', aadObjectId: '00000000-0000-0000-0000-0000000000a1' };

describe('findMemberData', () => {
  it.each([
    { what: 'the whole name, any case', text: 'Kysyjä MAIJA MEIKÄLÄINEN kysyi tätä.', found: 'Maija Meikäläinen' },
    { what: 'the first name as a name', text: 'Hei Maija, kyllä voi.', found: 'Maija' },
    { what: 'an inflected surname (whole words only: the reviewers read the text)', text: 'Meikäläisen yhdistys', found: undefined },
    { what: 'the surname as a word', text: 'Terveisin, Meikäläinen', found: 'Meikäläinen' },
    { what: 'the Teams id', text: 'Käyttäjä 29:member-1 kysyi', found: '29:member-1' },
    { what: 'the AAD object id', text: 'id 00000000-0000-0000-0000-0000000000A1', found: '00000000-0000-0000-0000-0000000000a1' },
    { what: 'a lower-case word that is also a name part', text: 'maija on sana tässä', found: undefined },
    { what: 'a longer word containing the name', text: 'Maijanpäivä on kesällä', found: undefined },
    { what: 'nothing personal', text: 'Omarahoitusosuus on 20 %.', found: undefined },
  ])('$what', ({ text, found }) => {
    expect(findMemberData(text, MEMBER)?.found).toBe(found);
  });

  it('finds a hyphenated first name as written', () => {
    expect(findMemberData('Kiitos, Anna-Liisa!', { displayName: 'Anna-Liisa Virtanen', id: 'x' })?.found).toBe('Anna-Liisa');
  });

  it('ignores name parts shorter than three letters and an empty display name', () => {
    expect(findMemberData('Jo ja Li ovat sanoja', { displayName: 'Jo Li', id: 'x' })).toBeUndefined();
    expect(findMemberData('Mitä tahansa', { displayName: '  ', id: 'x' })).toBeUndefined();
  });
});
