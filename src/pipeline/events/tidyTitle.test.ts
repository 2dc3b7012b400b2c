import { describe, expect, it } from 'vitest';
import { tidyTitle } from './tidyTitle.ts';

// Titles written for these tests, shaped like the bad ones the title makers can leave.
describe('tidyTitle', () => {
  it.each([
    ['Or named a new coach, Berg said', 'Named a new coach'],
    ['And the council approves the budget', 'The council approves the budget'],
    [', the mill closes', 'The mill closes'],
    ['That it had bought a rival', 'It had bought a rival'],
    ['Dedicated unit, the ministry spokesman said', 'Dedicated unit'],
    ['Storm damage is worse than feared during', 'Storm damage is worse than feared'],
    ['iPad sales rise', 'iPad sales rise'],
    ['Shares fall (down 4', 'Shares fall'],
    ['Port reopens', 'Port reopens'],
  ])('%s', (raw, tidy) => {
    expect(tidyTitle(raw)).toBe(tidy);
  });
});
