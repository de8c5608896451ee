// Written folded, as they are compared (lower case, no accents: see words.ts): "uber", not "über".
// English is complete enough for notes and article titles; the other languages have their most common
// function words; languages written without spaces are the tokeniser's (Japanese particles, single characters).

const ENGLISH = `a about above after again against all also am an and any are aren as at be because been before
being below between both but by can cannot could couldn did didn do does doesn doing don down during each even
ever every few for from further get gets got had hadn has hasn have haven having he her here hers herself him
himself his how however i if in into is isn it its itself just let like ll me might more most much must mustn my
myself no nor not now of off often on once one only or other ought our ours ourselves out over own per quite
rather re really same shall shan she should shouldn since so some still such than that the their theirs them
themselves then there these they this those though through thus to too under until up upon us ve very via was
wasn we well were weren what when where whether which while who whom whose why will with within without won
would wouldn yet you your yours yourself yourselves`;

/**
 * Words that fill interview notes without naming a topic ("talked about…",
 * "she mentioned…", "promised her an article on…"). Without them every note
 * would match every article that says "discussed".
 */
const NOTE_TAKING = `ask asked asking discuss discussed discussing discussion interview interviewed interviewer
interviewers lot lots maybe mention mentioned mentions new said say says talk talked talking talks tell told
think thought want wanted wants way ways thing things care cares cared promise promised promises send sending
sent share shared sharing article articles link links`;

const GERMAN = `aber als am an auch auf aus bei bin bis da das dass dem den der des die doch du ein eine einem einen
einer eines er es fur hat hatte ich ihr im in ist ja kann mit nach nicht noch nur oder sehr sich sie sind so uber
um und uns von vor wie wir wird zu zum zur`;

const SPANISH = `al como con de del el en es esta este fue ha hay la las lo los mas mi muy no para pero por que se
sin sobre su sus tambien un una uno unos unas y ya`;

const FRENCH = `au aux avec ce ces dans de des du elle en est et il ils je la le les leur lui mais me mon ne nous
on ou par pas pour qu que qui sa se ses son sur ta te tu un une vous`;

const PORTUGUESE_ITALIAN = `ao aos as com da das do dos em na nas no nos os para pela pelo se um uma il di che
non per una gli nel nella sono alla anche come questo questa`;

const GREEK = `ο η το οι τα του της των τον την τη και σε στο στη στην στον στα στις στους για με απο που
ειναι να θα δεν ενα μια ως οτι αλλα`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [ENGLISH, NOTE_TAKING, GERMAN, SPANISH, FRENCH, PORTUGUESE_ITALIAN, GREEK].join(' ').split(/\s+/).filter(Boolean),
);

/**
 * Words of job titles that say how senior someone is, not what they work on:
 * "Senior Staff Engineer, Platform" should match tidbits on platforms, not
 * every article that mentions "senior" or "staff".
 */
export const TITLE_STOP_WORDS: ReadonlySet<string> = new Set(
  `senior junior sr jr staff principal lead head chief vice president vp svp evp director manager officer associate
  assistant global member ii iii iv intern`
    .split(/\s+/)
    .filter(Boolean),
);
