/**
 * Event triggers: the words that make a dated clause an event, with the event type they signal.
 * A general lexicon of news event verbs and nouns (no seed's wording): verbs in their inflected forms,
 * nouns in singular and plural. `statement` is the weakest type: a dated "said" is an event only when
 * the sentence states nothing stronger.
 */
export type EventType =
  | 'call'
  | 'strike'
  | 'signing'
  | 'ruling'
  | 'meeting'
  | 'vote'
  | 'election'
  | 'resignation'
  | 'announcement'
  | 'agreement'
  | 'summons'
  | 'invasion'
  | 'casualties'
  | 'suspension'
  | 'response'
  | 'report'
  | 'statement'
  /** Any other reported happening: the main verb of a dated clause (see extractMentions). */
  | 'happening';

export type Trigger = {
  start: number;
  end: number;
  text: string;
  type: EventType;
  pos: 'verb' | 'noun';
  /** A headline-style title from the parsed clause the trigger heads (clauseTitle), when one was made. */
  title?: string;
  /** The parsed subject names someone (a proper noun): a reporting verb with it is an event. */
  named?: boolean;
  /** From the parse: the verb group is modal or an infinitive ("will meet", "is due to apply"). */
  planned?: boolean;
};

type Entry = { type: EventType; verbs?: string; nouns?: string };

const LEXICON: Entry[] = [
  {
    type: 'call',
    verbs:
      'spoke by (?:tele)?phone|spoke with|spoke to|speak (?:to|with|by phone)|speaks (?:to|with)|talked (?:by phone )?(?:to|with)|talk (?:to|with)|phoned|dialled|dialed',
    nouns: '(?:tele)?phone (?:call|conversation|talks?)|call|calls|conversation',
  },
  {
    type: 'strike',
    verbs: 'struck|attacked|bombed|shelled|pounded|raided|targeted',
    nouns: 'air ?strikes?|strikes?|attacks?|barrage|bombing|bombardment|raids?|offensive|assault',
  },
  { type: 'signing', verbs: 'signed|sign', nouns: 'signing' },
  {
    type: 'ruling',
    verbs: 'ruled|blocked|overturned|struck down|upheld|sided with|sentenced|convicted|acquitted',
    nouns: 'rulings?|verdict|judgment|judgement|injunction',
  },
  {
    type: 'meeting',
    verbs: 'met|meets|meet|hosted|host|visited|held talks',
    nouns: 'meetings?|summit|talks|visit|state visit|negotiations',
  },
  { type: 'vote', verbs: 'approved|approves|passed|voted|rejected', nouns: 'vote|referendum' },
  { type: 'election', verbs: 'elected|re-elected|won the election', nouns: 'elections?|inauguration' },
  { type: 'resignation', verbs: 'resigned|resigns|stepped down|quit', nouns: 'resignation' },
  {
    type: 'announcement',
    verbs:
      'announced|announces|unveiled|declared|declares|confirmed|disclosed|launched|proposed|introduced|published',
    nouns: 'announcement|declaration|confirmation|proposal|decision',
  },
  {
    type: 'agreement',
    verbs: 'agreed|agrees|signed up|reached a deal',
    nouns: 'deal|agreement|accord|ceasefire|truce',
  },
  { type: 'summons', verbs: 'summoned|calling in|called in', nouns: 'summons' },
  {
    type: 'invasion',
    verbs: 'invaded|invades|sent troops|send troops|annexed',
    nouns: 'invasion|annexation',
  },
  {
    type: 'casualties',
    verbs: 'killed|died|injured|wounded|were killed|was killed',
    nouns: 'deaths|killings|casualties',
  },
  {
    type: 'suspension',
    verbs: 'paused|halted|suspended|suspends|froze|cut off|stopped',
    nouns: 'pause|suspension|halt|freeze',
  },
  { type: 'response', verbs: 'responded|responds|replied|retaliated', nouns: 'response|reply|retaliation' },
  { type: 'report', verbs: 'reported|found|estimated|revealed', nouns: 'report|reports|findings|estimate' },
  {
    type: 'statement',
    verbs:
      'said|says|told|claimed|stated|warned|lamented|posted|wrote|insisted|argued|emphasised|emphasized|urged',
    nouns: 'statement|post|speech|interview',
  },
];

type Alternative = { type: EventType; pos: 'verb' | 'noun' };

/**
 * All entries in one pass: one regex per part of speech (verbs are case-sensitive, nouns are not),
 * each alternative a named group. Longer alternatives come first inside the alternation so the
 * longest trigger at a position wins ("phone call" over "call").
 */
function compile(pos: 'verb' | 'noun') {
  const alternatives: Alternative[] = [];
  const parts: string[] = [];
  for (const e of LEXICON) {
    const source = pos === 'verb' ? e.verbs : e.nouns;
    if (!source) continue;
    parts.push(`(?<g${alternatives.length}>${source})`);
    alternatives.push({ type: e.type, pos });
  }
  return { re: new RegExp(`\\b(?:${parts.join('|')})\\b`, pos === 'verb' ? 'g' : 'gi'), alternatives };
}
const COMPILED = [compile('verb'), compile('noun')];

/** Every trigger in `text` (offsets relative to it), longest match first where two overlap. */
export function findTriggers(text: string): Trigger[] {
  const found: Trigger[] = [];
  for (const { re, alternatives } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const group = Object.keys(m.groups ?? {}).find((k) => m?.groups?.[k] !== undefined);
      const alt = group ? alternatives[Number(group.slice(1))] : undefined;
      if (alt) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...alt });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Trigger[] = [];
  for (const t of found) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return kept;
}

/** How much a trigger says about what happened; a reporting verb is the weakest. */
export function triggerStrength(t: Trigger): number {
  if (t.type === 'statement' || t.type === 'report') return 0;
  if (t.type === 'announcement') return 1;
  return 2;
}

/** Types that describe the same kind of happening, for clustering. */
export function sameKind(a: EventType, b: EventType): boolean {
  const family = (t: EventType) =>
    t === 'statement' || t === 'report' ? 'say' : t === 'invasion' ? 'strike' : t;
  return family(a) === family(b);
}
