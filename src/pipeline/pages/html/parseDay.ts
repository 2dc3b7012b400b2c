/**
 * Date strings as pages write them -> a yyyy-MM-dd day, or null. The day is the one written: an ISO
 * timestamp's date part as stated (its zone is not applied, as htmldate does). Accepts ISO
 * (`2020-03-16`, `2020-03-16T10:00:00-04:00`, `20200316`), `2020/03/16`, `March 16, 2020`,
 * `Mar. 16 2020`, `16 March 2020`, `Mon, 16 Mar 2020 10:00:00 GMT`. Numeric `03/05/2020` is not read:
 * day and month order is ambiguous and no side is taken. Years outside 1990..2099 are refused.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const ISO = /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/;
const COMPACT = /^((?:19|20)\d\d)(\d\d)(\d\d)(?:$|T)/;
const SLASHED = /(?<!\d)((?:19|20)\d\d)\/(\d\d?)\/(\d\d?)(?!\d)/;
const MDY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'i');
const DMY = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+((?:19|20)\d\d)\b`,
  'i',
);

export function parseDay(value: string): string | null {
  const s = value.trim();
  let m = ISO.exec(s) ?? COMPACT.exec(s) ?? SLASHED.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MDY.exec(s);
  if (m) return day(Number(m[3]), monthOf(m[1]), Number(m[2]));
  m = DMY.exec(s);
  if (m) return day(Number(m[3]), monthOf(m[2]), Number(m[1]));
  return null;
}

/** A stamp's time of day and zone, as ISO (`T01:09:55Z`, `T18:09-05:00`, ` 18:09:55`) or RFC 822 (`10:00:00 GMT`) write it. */
const TIME_ZONE =
  /[T\s]([01]\d|2[0-3]):?([0-5]\d)(?::?[0-5]\d(?:[.,]\d+)?)?\s*(Z|[+-]\d\d(?::?\d\d)?|(?:GMT|UTC)(?:[+-]\d\d(?::?\d\d)?)?)?(?![\w:])/i;

/** A date stamp's day as written, its time of day (minutes) and its stated UTC offset (minutes), each null when not written. */
export type Stamp = { day: string; minutes: number | null; offset: number | null };

/**
 * A date string -> its day as written, with the time of day and the UTC offset when the value states
 * them. A time stated in UTC (`Z`, `+00:00`, `GMT`) has offset 0: its day is the UTC day, which need
 * not be the publisher's own day.
 */
export function parseStamp(value: string): Stamp | null {
  const day = parseDay(value);
  if (!day) return null;
  const m = TIME_ZONE.exec(value.trim());
  if (!m) return { day, minutes: null, offset: null };
  return { day, minutes: Number(m[1]) * 60 + Number(m[2]), offset: m[3] ? offsetOf(m[3]) : null };
}

function offsetOf(zone: string): number {
  const m = /([+-])(\d\d):?(\d\d)?$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The first written date in free text ("Published March 5, 2019 at 10:02"), as parseDay reads it. */
export function findDayInText(text: string): { day: string; match: string } | null {
  for (const re of [ISO, SLASHED, MDY, DMY]) {
    const m = re.exec(text);
    if (!m) continue;
    const d = parseDay(m[0]);
    if (d) return { day: d, match: m[0] };
  }
  return null;
}

function monthOf(word: string | undefined): number {
  return (
    MONTHS[
      (word ?? '')
        .toLowerCase()
        .replace('.', '')
        .slice(0, word?.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

function day(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
