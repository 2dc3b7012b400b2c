/**
 * Hostile web archives, made in code: records cut short, gzip members damaged or cut inside the file,
 * responses at javascript:/data: targets. Same shape and test as hostileCases.ts (hostilePages.test.ts):
 * each ends in a per-file message, and the good page beside it still builds.
 */
import { buildWarc, htmlResponse, httpBlock, recordBytes } from '../pages/warc/testWarc.ts';
import { scripted, type HostileCase } from './hostileCases.ts';

const BODY = 'The archive kept the statement the ministers made of July 3, 2025 on the resumed talks.';
const SECOND = 'A second capture held the reply of the other side, sent the following morning.';
const THIRD = 'A third capture, taken a day later, held the joint communique in full.';

/** A `.warc.gz` of three HTML responses (one gzip member each), the second member changed by `spoil`. */
function spoiltSecondMember(spoil: (member: Buffer) => Buffer): Buffer {
  const members = [
    htmlResponse('https://news.example/one', 'First capture', BODY),
    htmlResponse('https://news.example/two', 'Second capture', SECOND),
    htmlResponse('https://news.example/three', 'Third capture', THIRD),
  ].map((r) => buildWarc([r], true));
  return Buffer.concat([members[0]!, spoil(Buffer.from(members[1]!)), members[2]!]);
}

export const HOSTILE_ARCHIVE_CASES: HostileCase[] = [
  {
    name: 'a WARC with a truncated record after a good one',
    file: 'cut.warc',
    entries: [
      {
        name: 'cut.warc',
        bytes: (() => {
          const whole = buildWarc([
            htmlResponse('https://news.example/one', 'Archived talks', BODY),
            htmlResponse('https://news.example/two', 'Cut-off story', SECOND),
          ]);
          return whole.subarray(0, whole.length - 60);
        })(),
      },
    ],
    outcome: 'reads',
    headlines: ['Archived talks'],
    urls: ['https://news.example/one'],
    warnings: [/record 2 at byte \d+ is truncated/],
  },
  {
    name: 'a WARC whose only record is truncated',
    file: 'only-cut.warc',
    entries: [
      {
        name: 'only-cut.warc',
        bytes: buildWarc([htmlResponse('https://news.example/one', 'Archived talks', BODY)]).subarray(0, 300),
      },
    ],
    outcome: 'skipped',
    reason:
      /^not read as a web archive: the archive holds no HTML page \(0 records\); record 1 at byte 0 is truncated/,
  },
  {
    name: 'a WARC holding a scripted page at a javascript: target',
    file: 'scripted.warc',
    entries: [
      {
        name: 'scripted.warc',
        bytes: Buffer.concat([
          recordBytes(
            { type: 'response', uri: 'javascript:alert(1)', block: httpBlock(scripted('Talks resume')) },
            1,
          ),
          recordBytes(
            {
              type: 'response',
              uri: 'data:text/html,<script>x</script>',
              block: httpBlock(scripted('Talks end')),
            },
            2,
          ),
        ]),
      },
    ],
    outcome: 'reads',
    headlines: ['Talks resume', 'Talks end'],
    urls: [null, null],
    warnings: [/WARC-Target-URI/],
  },
  {
    name: 'a .warc.gz with a corrupt gzip member between good ones',
    file: 'spoilt.warc.gz',
    entries: [
      {
        name: 'spoilt.warc.gz',
        bytes: spoiltSecondMember((m) => {
          for (let i = 12; i < m.length - 8; i += 7) m[i] = (m[i] ?? 0) ^ 0x5a;
          return m;
        }),
      },
    ],
    outcome: 'reads',
    headlines: ['First capture', 'Third capture'],
    articles: 2,
    warnings: [/^the gzip member at byte \d+ is corrupt \(.+\); read on from the next member at byte \d+$/],
  },
  {
    name: 'a .warc.gz with a gzip member cut short inside the file',
    file: 'cut-member.warc.gz',
    entries: [{ name: 'cut-member.warc.gz', bytes: spoiltSecondMember((m) => m.subarray(0, m.length - 20)) }],
    outcome: 'reads',
    headlines: ['First capture', 'Third capture'],
    articles: 2,
    warnings: [
      /^the gzip member at byte \d+ is corrupt \(its checksum does not match\); read on from the next member/,
    ],
  },
  {
    name: 'a .warc.gz whose member checksum is wrong',
    file: 'bad-crc.warc.gz',
    entries: [
      {
        name: 'bad-crc.warc.gz',
        bytes: spoiltSecondMember((m) => {
          m.writeUInt32LE((m.readUInt32LE(m.length - 8) + 1) >>> 0, m.length - 8);
          return m;
        }),
      },
    ],
    outcome: 'reads',
    headlines: ['First capture', 'Third capture'],
    articles: 2,
    warnings: [/^the gzip member at byte \d+ is corrupt \(its checksum does not match\)/],
  },
];
