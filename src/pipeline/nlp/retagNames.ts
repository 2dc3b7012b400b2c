import type { Token } from './parseClauses.ts';

/**
 * Corrections to the tagger's reading of capitalised words in news prose, in place: a common plural
 * read as a name is a noun ("Officials said"); a capitalised verb form that starts or continues a
 * name, or stands inside a sentence, is a name ("Ford Motor Company said", "Ford says", "Best Buy").
 */
export function retagNames(tokens: Token[]): void {
  // "Officials said": a capitalised common plural the tagger read as a name is a noun.
  for (let i = 0; i < tokens.length; i += 1) {
    const x = tokens[i]!;
    // A time zone is no part of a name: "21:05 BST Polls closed" (a live blog's time stamp).
    const near = (k: number) => tokens[k]?.pos === 'PROPN' && !TIME_ZONE.test(tokens[k]!.text);
    if (x.pos !== 'PROPN' || near(i - 1) || near(i + 1) || !COMMON_PLURALS.test(x.text)) continue;
    const lemma = x.text.toLowerCase() === 'police' ? 'police' : x.text.toLowerCase().replace(/s$/, '');
    tokens[i] = { start: x.start, end: x.end, text: x.text, pos: 'NOUN', lemma };
  }
  // "Ford Motor Company said": a capitalised verb form before a name's next word starts the name.
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const x = tokens[i]!;
    const next = tokens[i + 1]!.pos;
    // "..., Ford says it ...": a capitalised verb form right before a verb is its subject, a name.
    const possessive = /^['’]s$/.test(tokens[i + 1]!.text);
    // "to relieve Ford after": inside a sentence a capitalised verb form is a name.
    const inside = i > 0 && !/^[.!?:;"“”'‘(—–-]$/.test(tokens[i - 1]!.text);
    if (
      x.pos === 'VERB' &&
      /^[A-Z][a-z]/.test(x.text) &&
      (/^(?:PROPN|VERB|AUX)$/.test(next) || possessive || inside)
    ) {
      x.pos = 'PROPN';
    }
  }
  // "Best Buy", "General Motors": a capitalised verb form inside a name is part of the name.
  for (let i = 1; i < tokens.length; i += 1) {
    const x = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (
      (x.pos === 'VERB' || x.pos === 'NOUN') &&
      /^[A-Z]/.test(x.text) &&
      prev.pos === 'PROPN' &&
      !TIME_ZONE.test(prev.text)
    ) {
      x.pos = 'PROPN';
    }
  }
}

/** Time zones written after a clock time ("21:05 BST"): never part of a name. */
const TIME_ZONE =
  /^(?:UTC|GMT|BST|CET|CEST|EET|EEST|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|IST|JST|AEST|AEDT)$/;
/** Plural nouns that open news sentences capitalised ("Officials said"): a general English table. */
const COMMON_PLURALS =
  /^(?:Officials|Ministers|Analysts|Investors|Police|Sales|Shares|Prices|Airlines|Lawmakers|Authorities|Residents|Workers|Employees|Scientists|Researchers|Experts|Critics|Sources|Witnesses|Doctors|Economists|Leaders|Troops|Protesters|Voters|Negotiators|Diplomats|Prosecutors|Regulators|Executives|Customers|Passengers|Students|Teachers|Farmers|Rebels|Militants|Soldiers|Talks|Markets|Stocks|Profits|Revenues|Deliveries|Orders|Exports|Imports|Polls|Rates|Talks|Forces|Protests|Floods|Fires)$/;
