import type { Mention } from './mention.ts';
import { scan } from './scan.ts';

/**
 * Clock times chrono does not read: four-digit wire times with a zone ("0800 UTC", "1430 GMT", "2200
 * local time", which keeps no zone in the value) and
 * noon/midnight with a zone or after "at" ("noon EST", "at midnight"). A four-digit number without a
 * zone is never a time (it may be a year). The day comes later from the sentence or the reference day.
 */

/** Time zones written after a clock time ("0800 UTC", "6:40 p.m. ET"). */
export const CLOCK_ZONES = 'UTC|GMT|Z|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST';
const ZONE = `(${CLOCK_ZONES}|local time)`;

export function recognizeClockTimes(text: string): Mention[] {
  return [
    ...scan(
      text,
      new RegExp(`\\b([01]\\d|2[0-3])([0-5]\\d) ?(?:hours |hrs )?${ZONE}\\b`),
      'clock',
      3,
      (m) => ({
        meaning: {
          kind: 'time',
          hour: Number(m[1]),
          minute: Number(m[2]),
          utc: /^(?:UTC|GMT|Z)$/.test(m[3] ?? ''),
          dayAt: null,
        },
      }),
    ),
    ...scan(text, new RegExp(`\\b(?:(at) )?(noon|midnight)(?: ${ZONE}\\b)?`, 'i'), 'clock', 3, (m) =>
      !m[1] && !m[3]
        ? null
        : {
            start: m[1] ? m.index + 3 : m.index,
            meaning: {
              kind: 'time',
              hour: /noon/i.test(m[2] ?? '') ? 12 : 0,
              minute: 0,
              utc: /^(?:UTC|GMT|Z)$/.test(m[3] ?? ''),
              dayAt: null,
            },
          },
    ),
  ];
}
