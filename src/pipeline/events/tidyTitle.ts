/**
 * The last pass over every title, whichever way it was made: a title never starts with a connective,
 * a complementiser or stray punctuation ("Or named ...", "That it had ...", ", the"), never ends with
 * an attribution ("..., Levy said") or a function word ("... during"), and keeps a brand's own
 * lower-case start ("iPhone", "eBay"). Empty when nothing is left.
 */
const LEADING =
  /^(?:[\s,;:.\-–—)"“”'‘’]+|(?:and|or|but|so|yet|then|also|that|which|while|whereas|however|meanwhile|nor)\b[\s,]*)/i;
const ATTRIBUTION = /,\s+(?:[\w.'’-]+\s+){0,5}(?:said|says|told|added|wrote|reported|explained|stated)\b.*$/;
const TRAILING =
  /\s+(?:a|an|the|of|on|in|at|to|for|from|with|by|and|or|but|that|which|who|as|its|their|his|her|is|are|was|were|has|have|had|be|been|into|about|over|after|before|while|amid|during|through|since|until|despite|against|among|under|than|when|if)$/i;

export function tidyTitle(title: string): string {
  let t = title.trim();
  for (let before = ''; before !== t;) {
    before = t;
    t = t.replace(LEADING, '');
  }
  t = t.replace(ATTRIBUTION, '');
  for (let before = ''; before !== t;) {
    before = t;
    t = t.replace(/[\s,;:(-]+$/, '').replace(TRAILING, '');
  }
  t = balance(t);
  if (!t) return t;
  // "iPhone 4 goes on sale" keeps its brand; any other first letter is capitalised.
  return /^[a-z][A-Z]/.test(t) ? t : t[0]!.toUpperCase() + t.slice(1);
}

/** An unclosed parenthesis or quote at the end is cut off with what follows it. */
function balance(t: string): string {
  const open = t.lastIndexOf('(');
  if (open >= 0 && t.indexOf(')', open) < 0) t = t.slice(0, open).trim();
  if (!t.includes('(') && /^[^(]*\)/.test(t)) t = t.replace(/^[^(]*\)\s*[-–—]?\s*/, '');
  return t;
}
