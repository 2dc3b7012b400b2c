/**
 * Closed word lists for the synthetic corpus: name syllables (no real person is named), countries with
 * their demonym and capital, outlets, titles and topics. Plain data; generateCorpus.ts composes them.
 */

const words = (s: string): string[] => s.split(' ');

/** Given names are two of these plus an ending: "Tavelo", "Mirasa". */
export const GIVEN_SYLLABLES = words(
  'ta mi ro ka le vo sa ni do pe lu ze ar bel cor dan el fen gal hal ir jor kel mar nor os ral sev tor vel',
);
export const GIVEN_ENDINGS = words('o a an en is ia el ur');

/** Family names are two or three of these plus an ending: "Morandu", "Kestovar". */
export const FAMILY_SYLLABLES = words(
  'bra kes mor dal vin tre gor lan pri sto hav qui rend sul tam wex zor fal nev ost ber cam dru fos',
);
export const FAMILY_ENDINGS = words('ov ani ez uk ard ell ima osi ek ander ino');

export type Country = { name: string; demonym: string; city: string };

/** Country names as world-countries spells their common names, so the pipeline recognises them. */
export const COUNTRIES: Country[] = [
  { name: 'France', demonym: 'French', city: 'Paris' },
  { name: 'Germany', demonym: 'German', city: 'Berlin' },
  { name: 'Italy', demonym: 'Italian', city: 'Rome' },
  { name: 'Spain', demonym: 'Spanish', city: 'Madrid' },
  { name: 'Poland', demonym: 'Polish', city: 'Warsaw' },
  { name: 'Ukraine', demonym: 'Ukrainian', city: 'Kyiv' },
  { name: 'Russia', demonym: 'Russian', city: 'Moscow' },
  { name: 'Turkey', demonym: 'Turkish', city: 'Ankara' },
  { name: 'Iran', demonym: 'Iranian', city: 'Tehran' },
  { name: 'Israel', demonym: 'Israeli', city: 'Jerusalem' },
  { name: 'Egypt', demonym: 'Egyptian', city: 'Cairo' },
  { name: 'Kenya', demonym: 'Kenyan', city: 'Nairobi' },
  { name: 'Nigeria', demonym: 'Nigerian', city: 'Abuja' },
  { name: 'Brazil', demonym: 'Brazilian', city: 'Brasilia' },
  { name: 'Argentina', demonym: 'Argentine', city: 'Buenos Aires' },
  { name: 'Mexico', demonym: 'Mexican', city: 'Mexico City' },
  { name: 'Canada', demonym: 'Canadian', city: 'Ottawa' },
  { name: 'Japan', demonym: 'Japanese', city: 'Tokyo' },
  { name: 'China', demonym: 'Chinese', city: 'Beijing' },
  { name: 'India', demonym: 'Indian', city: 'New Delhi' },
  { name: 'Pakistan', demonym: 'Pakistani', city: 'Islamabad' },
  { name: 'Indonesia', demonym: 'Indonesian', city: 'Jakarta' },
  { name: 'Australia', demonym: 'Australian', city: 'Canberra' },
  { name: 'Sweden', demonym: 'Swedish', city: 'Stockholm' },
  { name: 'Norway', demonym: 'Norwegian', city: 'Oslo' },
  { name: 'Finland', demonym: 'Finnish', city: 'Helsinki' },
  { name: 'Greece', demonym: 'Greek', city: 'Athens' },
  { name: 'Portugal', demonym: 'Portuguese', city: 'Lisbon' },
  { name: 'Chile', demonym: 'Chilean', city: 'Santiago' },
  { name: 'Peru', demonym: 'Peruvian', city: 'Lima' },
  { name: 'Ethiopia', demonym: 'Ethiopian', city: 'Addis Ababa' },
  { name: 'Ghana', demonym: 'Ghanaian', city: 'Accra' },
  { name: 'Vietnam', demonym: 'Vietnamese', city: 'Hanoi' },
  { name: 'Thailand', demonym: 'Thai', city: 'Bangkok' },
  { name: 'Denmark', demonym: 'Danish', city: 'Copenhagen' },
  { name: 'Austria', demonym: 'Austrian', city: 'Vienna' },
];

/** Outlets and the copyright holder each prints ("© Thomson Reuters 2025."). */
export const OUTLETS: { name: string; holder: string; agency?: string }[] = [
  { name: 'Reuters', holder: 'Thomson Reuters', agency: 'Reuters' },
  { name: 'The Guardian', holder: 'The Guardian' },
  { name: 'Nikkei Asia', holder: 'Nikkei Asia' },
  { name: 'NHK', holder: 'NHK' },
  { name: 'The Independent', holder: 'The Independent' },
  { name: 'Associated Press', holder: 'Associated Press', agency: 'AP' },
  { name: 'The Daily Ledger', holder: 'The Daily Ledger' },
  { name: 'Northern Courier', holder: 'Northern Courier' },
  { name: 'Evening Standard', holder: 'Evening Standard' },
  { name: 'Harbour Times', holder: 'Harbour Times' },
];

/** Titles before a full name; the first mention reads "French Foreign Minister Tavelo Morandu". */
export const TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Finance Minister',
  'Interior Minister',
  'Trade Minister',
  'opposition leader',
  'Deputy Prime Minister',
  'army chief',
];

export const TOPICS = [
  'the ceasefire talks',
  'energy prices',
  'the border dispute',
  'grain exports',
  'the refugee crisis',
  'sanctions relief',
  'arms deliveries',
  'a new trade corridor',
  'the nuclear programme',
  'debt restructuring',
  'fishing rights',
  'the drought response',
];

export const LAWS = [
  'a sweeping tax bill',
  'a budget package',
  'a new security law',
  'an election reform bill',
  'a pension overhaul',
  'an anti-corruption law',
];

export const FILLER = [
  'Analysts said the move was unlikely to change the balance of power in the region.',
  'Officials in the capital declined to comment further.',
  'The talks are expected to resume once both sides have consulted their allies.',
  'Markets barely reacted to the news.',
  'Diplomats cautioned that much of the detail remained unclear.',
  'Critics argue the government has moved too slowly.',
  'The ministry did not respond to a request for comment.',
  'Aid groups have warned that conditions on the ground are deteriorating.',
];

export const MONTHS = words(
  'January February March April May June July August September October November December',
);
export const WEEKDAYS = words('Sunday Monday Tuesday Wednesday Thursday Friday Saturday');
