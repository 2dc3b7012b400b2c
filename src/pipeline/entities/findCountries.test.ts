import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryName, findCountries } from './findCountries.ts';

const found = (text: string): string[] => findCountries(text).map((m) => `${m.text}=${m.country}`);

describe('findCountries', () => {
  it.each([
    ['names, case-sensitive', 'Talks between Norway and Chile. Let us go.', ['Norway=NO', 'Chile=CL']],
    [
      'US and U.S. but not us',
      'The US and the U.S.A. told us that U.S. aid is coming.',
      ['US=US', 'U.S.A.=US', 'U.S.=US'],
    ],
    [
      'UK forms',
      'The UK, Britain and the United Kingdom; British officials agreed.',
      ['UK=GB', 'Britain=GB', 'United Kingdom=GB', 'British=GB'],
    ],
    [
      'French is France',
      'French police and the French Southern Territories.',
      ['French=FR', 'French Southern Territories=TF'],
    ],
    [
      'American is the US',
      'American officials met Americans in American Samoa.',
      ['American=US', 'Americans=US', 'American Samoa=AS'],
    ],
    [
      'metonyms',
      'The Kremlin, the Pentagon, the White House, Downing Street and No 10 all spoke.',
      ['Kremlin=RU', 'Pentagon=US', 'White House=US', 'Downing Street=GB', 'No 10=GB'],
    ],
    [
      'capitals',
      'Drones hit Kyiv and Kiev; Tehran and Moscow responded.',
      ['Kyiv=UA', 'Kiev=UA', 'Tehran=IR', 'Moscow=RU'],
    ],
    [
      'longest form wins',
      'Papua New Guinea, South Sudan and Equatorial Guinea.',
      ['Papua New Guinea=PG', 'South Sudan=SS', 'Equatorial Guinea=GQ'],
    ],
    [
      'word boundaries',
      'Indiana and Nigeria are not India or Niger.',
      ['Nigeria=NG', 'India=IN', 'Niger=NE'],
    ],
    [
      'a given name before a capitalised word',
      'Jordan Peterson and Chad Smith met in Jordan and Chad.',
      ['Jordan=JO', 'Chad=TD'],
    ],
    [
      'a surname after a given name',
      'George Washington never saw Washington as a capital.',
      ['Washington=US'],
    ],
    ['Turkey but not turkey', 'Turkey will export turkey to Türkiye.', ['Turkey=TR', 'Türkiye=TR']],
    [
      'Georgia the country, not the US state',
      "Georgia's president spoke. He was born in Atlanta, Georgia, in the state of Georgia.",
      ['Georgia=GE'],
    ],
    [
      'Georgia the US state in a text of US places',
      'U.S. Marshals in Georgia arrested a student accused of a killing in Washington, D.C. He was held in Georgia.',
      ['U.S.=US', 'Washington=US'],
    ],
    ['Georgia the US state beside another state', 'The storm moved from Florida into Georgia on Monday.', []],
    [
      'Georgia the country when the text names its capital',
      'Protesters in Tbilisi said Georgia must not leave the path to Europe. Texas senators agreed.',
      ['Tbilisi=GE', 'Georgia=GE'],
    ],
    [
      'New Mexico and Latin America are not Mexico or the US',
      'From New Mexico to Latin America and North America.',
      [],
    ],
    ['currency and company names', 'It cost US$40 and 9 US dollars; Qatar Airways and Air Canada flew.', []],
    [
      'demonym plurals',
      'Haitians, Israelis and Venezuelans.',
      ['Haitians=HT', 'Israelis=IL', 'Venezuelans=VE'],
    ],
    [
      'Northern Ireland is the UK',
      'Police in Northern Ireland and in Ireland.',
      ['Northern Ireland=GB', 'Ireland=IE'],
    ],
    ['Nato and the EU are not countries', 'Nato, NATO, the EU and the European Union met.', []],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports how each mention was found', () => {
    expect(
      findCountries('Russian troops left Moscow, the Kremlin said, and Russia agreed.').map((m) => m.via),
    ).toEqual(['demonym', 'capital', 'alias', 'name']);
  });

  it.each(readdirSync(join(import.meta.dirname, '../../../seeds')).filter((f) => f.endsWith('.txt')))(
    'offsets are verbatim in %s',
    (file) => {
      const text = readFileSync(join(import.meta.dirname, '../../../seeds', file), 'utf8');
      const mentions = findCountries(text);
      expect(mentions.map((m) => m.country)).toEqual(expect.arrayContaining(['UA', 'RU', 'US']));
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    },
  );
});

describe('countryName', () => {
  it.each([
    ['US', 'United States'],
    ['GB', 'United Kingdom'],
    ['UA', 'Ukraine'],
    ['CI', 'Ivory Coast'],
  ])('%s is %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });
});
