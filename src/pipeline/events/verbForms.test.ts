import { describe, expect, it } from 'vitest';
import { toPresent } from './verbForms.ts';

describe('toPresent', () => {
  it.each([
    ['struck', 'strikes'],
    ['held', 'holds'],
    ['signed', 'signs'],
    ['approved', 'approves'],
    ['announced', 'announces'],
    ['attacked', 'attacks'],
    ['summoned', 'summons'],
    ['blocked', 'blocks'],
    ['stopped', 'stops'],
    ['paused', 'pauses'],
    ['passed', 'passes'],
    ['changed', 'changes'],
    ['urged', 'urges'],
    ['declared', 'declares'],
    ['ordered', 'orders'],
    ['debated', 'debates'],
    ['defeated', 'defeats'],
    ['visited', 'visits'],
    ['carried', 'carries'],
    ['killed', 'kills'],
    ['settled', 'settles'],
    ['strikes', 'strikes'],
    ['summit', 'summit'],
  ])('%s -> %s', (past, present) => {
    expect(toPresent(past)).toBe(present);
  });

  it('uses the plain form for a plural subject', () => {
    expect(toPresent('held', true)).toBe('hold');
    expect(toPresent('carried', true)).toBe('carry');
  });
});

describe('toPresent: more regular forms', () => {
  it.each([
    ['sided', 'sides'],
    ['voted', 'votes'],
    ['ruled', 'rules'],
    ['calling', 'calls'],
    ['summoning', 'summons'],
    ['stopping', 'stops'],
    ['voting', 'votes'],
    ['aimed', 'aims'],
    ['heated', 'heats'],
    ['agreed', 'agrees'],
    ['died', 'dies'],
    ['tried', 'tries'],
    ['needed', 'needs'],
  ])('%s -> %s', (form, present) => {
    expect(toPresent(form)).toBe(present);
  });
});
