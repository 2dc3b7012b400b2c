/**
 * Calendar arithmetic on `yyyy-MM-dd` strings without date-fns' parse/format, which cost microseconds
 * each: at ten thousand events per pan that is the difference between a smooth and a stuck frame.
 * Days are calendar days (UTC arithmetic, so no time zone or DST can shift them).
 */
const MS_PER_DAY = 86_400_000;

function toUtc(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDaysIso(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * MS_PER_DAY);
}

/** Monday of the day's ISO week. */
export function startOfWeekIso(day: string): string {
  const ms = toUtc(day);
  const sinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  return fromUtc(ms - sinceMonday * MS_PER_DAY);
}

export function startOfMonthIso(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function startOfYearIso(day: string): string {
  return `${day.slice(0, 4)}-01-01`;
}

/** The first day of the next month (`day` must be a month start or any day in it). */
export function nextMonthIso(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return m === 12 ? `${pad(y + 1, 4)}-01-01` : `${pad(y, 4)}-${pad(m + 1, 2)}-01`;
}

/** The same day a month later, the month's last day when it has no such day (as date-fns addMonths). */
export function addMonthIso(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(ny, nm));
  return `${pad(ny, 4)}-${pad(nm, 2)}-${pad(d, 2)}`;
}

/** The same day a year later; 29 February gives 28 February (as date-fns addYears). */
export function addYearIso(day: string): string {
  const y = Number(day.slice(0, 4)) + 1;
  const m = Number(day.slice(5, 7));
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(y, m));
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function nextYearIso(day: string): string {
  return `${pad(Number(day.slice(0, 4)) + 1, 4)}-01-01`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
