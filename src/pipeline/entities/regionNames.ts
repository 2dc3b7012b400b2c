import { findTableWords, tableWordPattern, type TableWordMention } from './tableWords.ts';

/**
 * First-level regions that news English writes before a role or a name the way it writes a country
 * ("Texas Governor Greg Abbott", "California Rep. Jane Roe", "District of Massachusetts Joshua Levy"):
 * the 50 US states and DC, Canada's provinces and territories, Australia's states and territories. They
 * are places, never part of a person's name when they open a run of three or more capitalised words. Not
 * countries: findCountries does not count them. Names shared with a country ("Georgia") are left out.
 */
const list = (s: string): string[] => s.split(',').map((n) => n.trim());

const REGIONS: Readonly<Record<string, readonly string[]>> = {
  US: list(`Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida,
    Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland,
    Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada,
    New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, Oklahoma,
    Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah,
    Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming, Columbia, Puerto Rico`),
  CA: list(`Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland, Labrador, Nova Scotia,
    Ontario, Prince Edward Island, Quebec, Québec, Saskatchewan, Yukon, Nunavut,
    Northwest Territories`),
  AU: list(`New South Wales, Queensland, Tasmania, Victoria, Western Australia, South Australia`),
};

const BY_NAME = new Map<string, string>(
  Object.entries(REGIONS).flatMap(([country, names]) => names.map((n) => [n, country] as const)),
);

/** The country of a region's name ("Texas" → 'US', "New South Wales" → 'AU'), or undefined. */
export function regionCountry(name: string): string | undefined {
  return BY_NAME.get(name);
}

/** Whether a phrase of one to three words is a region of the table. */
export function isRegionName(name: string): boolean {
  return BY_NAME.has(name);
}

export type RegionMention = TableWordMention;

const PATTERN = tableWordPattern(BY_NAME.keys());

/** Every region of the table in a text (case-sensitive, whole words, longest first), in text order. */
export function findRegions(text: string): RegionMention[] {
  return findTableWords(text, PATTERN, BY_NAME);
}
