import type { PageWarning } from '../../shared/schema.ts';
import { cleanLine, findSyndication, isAgeLine, isBoilerplate, parseCopyrightLine } from './lineRules.ts';
import type { PageFormat, PageFailure, ParsedArticle, ParsedPage } from './pageFormat.ts';
import { splitLines, verbatimSlice, type PageLine } from './pageLines.ts';

/**
 * The news aggregator's plain-text capture: a main article (headline line, then paragraphs), the
 * aggregator's chrome, maybe a copyright line naming the main article's outlet, then related-article
 * blocks of the shape
 *
 *     The Guardian          <- outlet
 *     32 minutes ago        <- age
 *     - The Guardian        <- "- " + outlet again
 *     Headline
 *     Body ...
 *
 * A related block is recognised only by that three-line signature, so a body paragraph can never be
 * mistaken for a block start. Related items are separate stories, never part of the main article.
 */
export const aggregatorPage: PageFormat = {
  name: 'aggregator-text',
  matches: () => true,
  parse: parseAggregatorPage,
};

function parseAggregatorPage(page: string): ParsedPage | PageFailure {
  const lines = splitLines(page);
  const warnings: PageWarning[] = [];
  const headlineAt = lines.findIndex((l) => cleanLine(l.text) !== '');
  const headlineLine = lines[headlineAt];
  if (!headlineLine) return { ok: false, reason: 'empty file (only white space)' };
  const notHeadline = whyNotHeadline(lines, headlineAt);
  if (notHeadline) {
    return {
      ok: false,
      reason: `no headline: the first non-empty line (line ${headlineLine.number}, "${clip(headlineLine.text)}") ${notHeadline}`,
    };
  }

  const blockStarts = lines.map((_, i) => i).filter((i) => i > headlineAt && isBlockStart(lines, i));
  const relatedFrom = blockStarts[0] ?? lines.length;

  // Main body: from the line after the headline to the first chrome, copyright or block line.
  let mainEnd = headlineAt + 1;
  while (mainEnd < relatedFrom && !endsMainBody(lines[mainEnd]!.text)) mainEnd += 1;
  const mainBody = verbatimSlice(page, lines.slice(headlineAt + 1, mainEnd));
  const main: ParsedArticle = {
    index: 0,
    role: 'main',
    outlet: null,
    syndicatedFrom: null,
    headline: cleanLine(headlineLine.text),
    ageText: null,
    copyrightYear: null,
    pageOffset: mainBody.offset,
    text: mainBody.text,
  };
  if (main.text === '') warnings.push({ line: headlineLine.number, message: 'the main article has no body' });
  if (main.headline.length > LONG_HEADLINE) {
    warnings.push({
      line: headlineLine.number,
      message: `the headline is ${main.headline.length} characters long: the page may have lost its line breaks`,
    });
  }

  // Between the main body and the first related block: chrome (dropped), a copyright line (kept as
  // the main article's outlet and year), and anything else, which is reported, never silently lost.
  for (const line of lines.slice(mainEnd, relatedFrom)) {
    const t = cleanLine(line.text);
    if (t === '' || isBoilerplate(t)) continue;
    const copyright = parseCopyrightLine(t);
    if (copyright && main.outlet === null) {
      main.outlet = copyright.holder;
      main.copyrightYear = copyright.year;
      continue;
    }
    warnings.push({
      line: line.number,
      message: `unrecognised line outside any article, skipped: "${clip(t)}"`,
    });
  }
  main.syndicatedFrom = syndicationOtherThan(main.text, main.outlet);

  const articles = [main];
  blockStarts.forEach((start, k) => {
    const end = blockStarts[k + 1] ?? lines.length;
    const related = parseRelatedBlock(page, lines.slice(start, end), articles.length, warnings);
    if (related) articles.push(related);
  });
  return { ok: true, format: aggregatorPage.name, articles, warnings };
}

function parseRelatedBlock(
  page: string,
  block: PageLine[],
  index: number,
  warnings: PageWarning[],
): ParsedArticle | null {
  const [outletLine, ageLine] = block;
  const outlet = cleanLine(outletLine!.text);
  const rest = block.slice(3);
  const headlineAt = rest.findIndex((l) => cleanLine(l.text) !== '' && !isBoilerplate(l.text));
  const headlineLine = rest[headlineAt];
  if (!headlineLine) {
    warnings.push({
      line: outletLine!.number,
      message: `related block from "${clip(outlet)}" is cut off before its headline; skipped`,
    });
    return null;
  }
  // Trailing aggregator chrome after the last block's body is not part of the story.
  let bodyLines = rest.slice(headlineAt + 1);
  while (bodyLines.length > 0) {
    const last = bodyLines[bodyLines.length - 1]!;
    if (cleanLine(last.text) !== '' && !isBoilerplate(last.text)) break;
    bodyLines = bodyLines.slice(0, -1);
  }
  const body = verbatimSlice(page, bodyLines);
  if (body.text === '') {
    warnings.push({
      line: headlineLine.number,
      message: `related article "${clip(headlineLine.text)}" has no body`,
    });
  }
  return {
    index,
    role: 'related',
    outlet,
    syndicatedFrom: syndicationOtherThan(body.text, outlet),
    headline: cleanLine(headlineLine.text),
    ageText: cleanLine(ageLine!.text),
    copyrightYear: null,
    pageOffset: body.offset,
    text: body.text,
  };
}

/** Outlet line, age line, "- Outlet" line. */
function isBlockStart(lines: PageLine[], i: number): boolean {
  const outlet = cleanLine(lines[i]?.text ?? '');
  const age = lines[i + 1]?.text;
  const dash = cleanLine(lines[i + 2]?.text ?? '');
  return !!outlet && age !== undefined && isAgeLine(age) && dash === `- ${outlet}`;
}

/** Longer than any real headline: a page whose line breaks were lost reads as one huge "headline". */
const LONG_HEADLINE = 300;

/** Why the page's first non-empty line cannot be its headline, or null when it can. */
function whyNotHeadline(lines: PageLine[], at: number): string | null {
  const text = lines[at]?.text ?? '';
  if (isBoilerplate(text) || isBlockStart(lines, at)) return 'is aggregator chrome, not a headline';
  if (parseCopyrightLine(text)) return 'is a copyright line, not a headline';
  if (!/[\p{L}\p{N}]/u.test(text)) return 'has no letters or digits, so it is not a headline';
  return null;
}

function endsMainBody(line: string): boolean {
  return isBoilerplate(line) || parseCopyrightLine(line) !== null;
}

/** The agency a body credits, unless it is the outlet itself ("Thomson Reuters" runs Reuters copy). */
function syndicationOtherThan(body: string, outlet: string | null): string | null {
  const agency = findSyndication(body);
  if (!agency) return null;
  if (outlet && (outlet.includes(agency) || agency.includes(outlet))) return null;
  return agency;
}

function clip(s: string): string {
  const t = cleanLine(s);
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
