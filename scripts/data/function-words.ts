/**
 * Closed-class English words. WordNet holds only nouns, verbs, adjectives and adverbs, so without
 * these "the", "of" or "us" would not count as ordinary words in common-words.txt.
 */
export const FUNCTION_WORDS: readonly string[] = `
a an the this that these those some any no every each either neither both all half several
many much more most few fewer fewest less least other another such what which whichever whatever
who whom whose whoever whomever where wherever when whenever why how however
i me my mine myself you your yours yourself yourselves he him his himself she her hers herself
it its itself we us our ours ourselves they them their theirs themselves one ones oneself
somebody someone something anybody anyone anything nobody none nothing everybody everyone everything
and or but nor yet so for if unless because since although though while whereas whether than
as once till until lest
about above across after against along amid amidst among amongst around at atop before behind below
beneath beside besides between beyond by concerning despite down during except excluding following
from in including inside into like minus near of off on onto opposite out outside over past per plus
regarding round save since than through throughout to toward towards under underneath unlike until
up upon versus via with within without
am is are was were be been being have has had having do does did done doing
will would shall should can could may might must ought
not n't 's 're 've 'd 'll 'm
there here then now also too very just only even still already again ever never always often
yes no not
mr mrs ms dr st
`
  .split(/\s+/)
  .filter((w) => w.length > 0);
