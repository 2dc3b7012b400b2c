import { describe, expect, it } from 'vitest';
import { nameKey, skeletonKey, slugify } from './nameKey.ts';

describe('nameKey', () => {
  it.each([
    ['Zelensky', 'Zelenskyy'],
    ['Zelensky', 'Zelenskiy'],
    ['Zelenskyi', 'Zelenskij'],
    ['Dmitry', 'Dmitri'],
    ['Sergei', 'Sergey'],
    ['Alexei', 'Aleksei'],
    ['Khodorkovsky', 'Hodorkovskiy'],
    ['Müller', 'Muller'],
    ['Wałęsa', 'Walesa'],
  ])('%s ~ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Trump', 'Truss'],
    ['Putin', 'Patin'],
    ['Starmer', 'Starmen'],
  ])('%s differs from %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('compares given names by their consonants', () => {
    expect(skeletonKey('Mohammed')).toBe(skeletonKey('Muhammad'));
    expect(skeletonKey('Donald')).not.toBe(skeletonKey('Melania'));
  });
});

describe('slugify', () => {
  it.each([
    ['Vladimir Putin', 'vladimir-putin'],
    ["Kate O'Neill", 'kate-oneill'],
    ['José Raúl Mulino', 'jose-raul-mulino'],
    ['Sir Keir', 'sir-keir'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
