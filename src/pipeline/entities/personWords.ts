/**
 * Closed-class word lists for findPeople: titles, roles, function words and the heads of organisation and
 * place names. None of them names a person; the method finds people from the shape of the text around
 * capitalised words, and these lists only say which capitalised words cannot be part of a name.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Honorifics, written capitalised, optionally with a full stop ("Mr", "Mr."). */
export const HONORIFICS = words(`Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Rev Fr Sen Rep Gov Gen Col
  Capt Lt Sgt Adm Maj Cdr Supt Insp Det Hon Brig Baroness Baron Viscount Viscountess Countess Marquess`);

/**
 * Titles after which a single name is a given (or regnal) name, not a family name: "Sir Keir", "Dame Judi",
 * "King Charles", "Pope Leo".
 */
export const GIVEN_NAME_TITLES = words(`Sir Dame King Queen Prince Princess Pope Emperor Empress Sultan
  Emir Sheikh Crown`);

/** Heads of a title or role phrase, compared in lower case ("President", "aide", "spokesperson"). */
export const ROLE_HEADS = words(`president president-elect minister secretary chancellor senator governor
  mayor speaker ambassador envoy chairman chairwoman chairperson chair spokesman spokeswoman spokesperson
  commissioner premier judge justice general admiral colonel captain commander director director-general
  secretary-general adviser advisor aide leader chief ceo cfo coo executive officer representative
  congressman congresswoman councillor councilman councilwoman prosecutor attorney lawyer counsel solicitor
  barrister professor coach analyst analysist economist strategist founder co-founder cofounder head boss
  correspondent reporter editor actor actress singer rapper musician player striker midfielder defender
  goalkeeper author writer novelist poet historian scientist researcher expert diplomat negotiator sheriff
  detective inspector superintendent constable sergeant lieutenant activist campaigner candidate nominee
  challenger lawmaker legislator official volunteer coordinator anchor presenter host commentator columnist
  photographer producer designer architect engineer pilot astronaut pastor priest cardinal archbishop
  bishop rabbi imam ayatollah cleric monarch king queen prince princess pope emperor empress sultan emir
  sheikh dictator tycoon billionaire businessman businesswoman entrepreneur investor banker manager owner
  treasurer whip magistrate coroner doctor surgeon nurse teacher chairman-elect dean provost rector
  principal vicar mp mep star quarterback pitcher winger batsman bowler skipper champion sprinter
  swimmer golfer cyclist taoiseach tánaiste tanaiste`);

/** Words that may come before a role head ("Prime Minister", "Home Secretary", "press secretary"). */
export const ROLE_MODIFIERS = words(`prime vice deputy foreign home defence defense interior finance health
  justice economy economic trade state acting former chief senior press security shadow first attorney
  executive managing general affairs energy environment education culture transport treasury labour labor
  agriculture climate development communications national presidential junior assistant lead top principal
  special supreme military political opposition federal interim outgoing incoming lord crown advocacy legal
  policy campaign party technical financial operating commercial marketing sales research science
  foreign-affairs`);

/** Words that join role words inside one hyphenated title ("ex-president", "commander-in-chief"). */
const HYPHEN_LINKS = words('ex then co in of at');

/**
 * A role head in lower case, also when written as one hyphenated word of role words ending in a head:
 * "vice-president", "attorney-general", "deputy-governor", "ex-minister", "commander-in-chief".
 */
export function isRoleHead(lower: string): boolean {
  if (ROLE_HEADS.has(lower)) return true;
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  const last = parts.pop() ?? '';
  return (
    ROLE_HEADS.has(last) &&
    parts.every((p) => ROLE_HEADS.has(p) || ROLE_MODIFIERS.has(p) || HYPHEN_LINKS.has(p))
  );
}

/** A role modifier in lower case, also hyphenated after "ex" or "then": "ex-prime" (Minister), "then-vice". */
export function isRoleModifier(lower: string): boolean {
  if (ROLE_MODIFIERS.has(lower)) return true;
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.length === 2 && HYPHEN_LINKS.has(parts[0] ?? '') && ROLE_MODIFIERS.has(parts[1] ?? '');
}

/** Words of ORG_WORDS that are given names too when they open a name ("Bill Gates", not "the Bill"). */
export const GIVEN_NAME_ORG_WORDS = words('Bill');

/** Departments after "of" in a title: "Secretary of State", "Secretary of Homeland Security". */
export const TITLE_DEPARTMENTS = words(`State Defense Defence Homeland Security Health Treasury Commerce
  Energy Labor Education Transportation Agriculture Justice Interior Veterans Affairs Foreign Housing War
  Finance Trade`);

/** Particles inside a name ("Ursula von der Leyen", "Mohammed bin Salman", "Vincent van Gogh"). */
export const PARTICLES = words(`de del della der den di da das dos du van von ter ten le la bin bint ibn al
  el ben Al`);

/** Verbs that attribute speech to the name next to them. */
export const SPEECH_VERBS = words(`said says told tells added adds explained argued noted warned claimed
  insisted stated wrote writes tweeted posted asked replied recalled admitted acknowledged urged stressed
  emphasised emphasized lamented continued concluded suggested confirmed denied declared believes thinks`);

/**
 * Capitalised words that head or belong to organisation, place, event or document names, and words of page
 * furniture: a run of capitals containing one of them is not a person ("Supreme Court", "Sky News").
 */
export const ORG_WORDS = words(`Department Ministry Office Agency Administration Court House Senate
  Congress Parliament Assembly Council Committee Commission Union Party Government Army Navy Force Forces
  Guard Police Service Services Security Bank Fund Group Company Corporation Corp Inc Ltd LLC Co Holdings
  Airlines Airways Motors Motor Systems Technologies Industries Partners Capital University College School
  Institute Foundation Association Society Center Centre Church Hospital Museum Library Club League
  Federation Organisation Organization Authority Board Bureau District County City Street Road Avenue
  Square Bridge Airport Station River Lake Mountain Mountains Island Islands Sea Ocean Gulf Valley Region
  Province Republic Kingdom Empire Strait Canal Coast United Act Bill Treaty Convention Accord Agreement
  Programme Program Project Plan Initiative Summit Conference Games Cup Championship Olympics War
  Revolution Crisis Week Year Festival Awards Prize News Times Post Journal Herald Telegraph Guardian
  Independent Express Mirror Tribune Gazette Review Magazine Radio TV Television Network Media Reuters
  Bloomberg Associated Daily Weekly Today Online Digital Studios Records Pictures Entertainment Sports Team
  FC Features Articles Comments Hashtags Forum Alliance Coalition Movement Front Brigade Corps Command Base
  Fleet Unit Division Tower Building Palace Castle Cathedral Market Exchange Index Stock Health Medical
  Care Legal Equality Neighbors Neighbours Help Support Combined Enforcement Immigration Customs
  Citizenship Homeland Defense Defence Affairs Justice Treasury Intelligence Aid Relief Rescue Emergency
  Labs Laboratory Works Software Electronics Oil Gas Petroleum Mining Steel Aerospace Aeronautics Aviation
  Space Air Automotive Auto Automobile Automobiles Airplanes Aircraft Factory Plant Brothers Holding Foods
  Brands Stores Research Asia Europe Africa Americas Pacific Atlantic Arctic Antarctic Middle Caribbean
  Balkans Baltic Oceania European Asian African Arab Islamic Muslim Christian Jewish Catholic Kurdish
  Latino Hispanic Republican Republicans Democrat Democrats Labour Conservative Conservatives Tory Tories
  Liberal Liberals Kremlin Pentagon Brexit Internet Web Google Facebook Twitter Instagram Telegram YouTube
  Plc Fighter Strike Tanker Jet Jets St Saint Mount Fort Lords Commons Cabinet Shares Capitol Prison Jail
  Heritage Trust Charity Commonwealth Monitor Watch Weather Climate Energy Electric Water Telecom
  Communications Insurance Finance Financial Investment Global World Worldwide Asia-Pacific Euro Dollar
  Bitcoin Nation Nations Tribe Tribes Computer Computers Pharmaceuticals Pharma Semiconductor
  Semiconductors Chemicals Networks Solutions Robotics Devices Instruments Logistics Shipping Railway
  Railways Rail Bancorp Microsystems Biotech Therapeutics Motorsport`);

/** Words that open place and organisation names ("White House", "North Korea", "New York"), not names. */
export const LEADING_WORDS = words(`North South East West Northern Southern Eastern Western Central
  National International Federal Royal Democratic Cold Joint Great Greater Upper Lower Grand Holy Black
  White Red Blue Green Golden Big New Old Lake Mount Saint St Fort Port Cape Upper Los Las San Santa Sao
  São Der Die Das El`);

/** Nouns that introduce an organisation's or product's name: "retailer Best Buy", "airline Aer Lingus". */
export const ORG_NOUNS = words(`airline airlines carrier company companies firm manufacturer maker
  automaker carmaker planemaker retailer giant group bank agency newspaper magazine broadcaster channel
  station network website site brand band team club consortium subsidiary division unit plant factory
  airport hotel studio label publisher startup start-up operator outlet chain supplier contractor insurer
  lender fund party movement organisation organization charity programme program show series film album
  song book newspaper's jet jets aircraft airliner airliners model models engine engines software system
  device phone computer product`);

export const MONTHS = words(`January February March April May June July August September October November
  December Sept`);

export const WEEKDAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);

/** Function words and frequent sentence openers that are capitalised only by position or in headlines. */
export const COMMON_WORDS = words(`A An The This That These Those There Their They Then Than Thus Though
  Through It Its In Into On Onto At As Of Off Or Our Out Over Up Upon Us We What When Where Which While Who
  Whom Whose Why Will With Within Without Would Yet You Your He She Her His Him I If Is Be Been Being By
  But And All Also Any Are Among Amid After Again Against Before Behind Below Beneath Beside Besides
  Between Beyond Both Can Could Did Do Does Down During Each Either Even Ever Every Few For From Further
  Had Has Have Here How However Just Last Later Less Like Many May Might More Most Much Must My Near
  Neither Never Next No Nor Not Now Once One Only Other Others Otherwise Per Perhaps Since Should So Some
  Still Such To Too Under Unless Until Very Was Were Whether Two Three Four Five Six Seven Eight Nine Ten
  First Second Third Former Latest Early Late Meanwhile According Asked Speaking Despite Following Inside
  Outside Responding Experts Officials Sources Members Some Several Most Many Please Read Watch Share
  Follow Sign Subscribe Click Explore Try Related Comment Hashtags Breaking Update Updated Live Exclusive
  Analysis Opinion Editorial Photo Video Image Getty Images AFP AP Prime Minister President Secretary
  Chancellor Senator Governor Mayor Speaker Ambassador Chief Spokesman Spokeswoman Spokesperson Justice
  General Judge Leader Director Deputy Vice Acting Foreign Home Defence Defense Interior Finance Health
  State Government Police Official Officials Mr Mrs Ms Dr Sir Dame Lord Lady God Allah`);
