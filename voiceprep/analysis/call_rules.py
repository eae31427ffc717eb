"""Cue-phrase rules for the call labels (regular expressions over lower-case text), with the
masks and vetoes that keep look-alike wording out (scripted empathy, "not your fault", offers
phrased as questions). Written from the label definitions in bench/call_labels_set.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from voiceprep.analysis.lexicon import filled_pause_label
from voiceprep.analysis.text_features import cue_text

_FEEL = (r"(frustrating|upsetting|stressful|worrying|annoying|infuriating|frightening|scary|heartbreaking|exhausting|"
         r"awful|horrible|maddening|distressing|nightmare|worried|upset|annoyed|furious|angry|fed up|frustrated|stressed|"
         r"embarrassing|humiliating|miserable|disappointing|exasperating|draining|unsettling|alarming|terrifying|"
         r"frightened|scared|anxious|livid|cross|gutted|devastated|disappointed|exhausted|worn out|shaken|rubbish)")
_INTENS = r"(so |really |very |truly |incredibly |absolutely |such a |a |terribly |genuinely |completely |totally |just as )*"
_THIRD = (r"(courier|warehouse|postman|post office|dispatch|billing( team)?|supplier|manufacturer|installer|engineers?|"
          r"bank|airline|customs|finance|complaints team|other (team|department)|previous agent|last agent|night shift|"
          r"management|head office|people upstairs|it (team|lot|department|people)|tech(nical)? (team|people|lot)|developers|"
          r"royal mail|depot|(delivery|repair|sales|tech|other) (team|lot|people)|retailer|seller|shop you bought)")
_SYSTEM = r"(system|computer|app|website|app update|update|automatic renewal|software|portal|machine|server)"

EMPATHY = [
    rf"\b(i'?m|i am|we'?re|we are) {_INTENS}sorry\b",
    r"\b(my|our|please accept (my|our)) (sincere |deepest )?apolog(y|ies)\b", r"\bi apologi[sz]e\b",
    r"\bsorry (again )?(for|about) (all )?(the|this|that|your) (hassle|trouble|mess|confusion|delay|stress)\b",
    rf"\b(must|would|will) (be|have been) {_INTENS}{_FEEL}\b", r"\b(i'?d|i would) be (too|the same)\b",
    rf"\b(that|this|it) (sounds|is|was|must be|'s|seems) {_INTENS}{_FEEL}\b",
    rf"\b(that|this)'?s {_INTENS}(horrible|awful|terrible|real problem|rotten|horrible thing)\b",
    r"(?<!so )\bi can (hear|see|tell|imagine|only imagine) (how|that|why|you|this|what)\b",
    r"\bi (completely |totally |fully |really |do )?understand (why|how|that|your (worry|concern|frustration)|english)\b",
    r"\bi understand,", r"\bi hear you\b", r"\bi (really )?feel for you\b", r"\bi get it\b",
    r"\bi (completely |totally |really )?get (why|how|that)\b",
    rf"\b(i'?d|i would|anyone would) (be|feel) {_INTENS}{_FEEL}\b", r"\bwould drive anyone\b",
    r"\bi (don'?t|do not) blame you\b", r"\bnot blaming you for (being|feeling)\b",
    r"\b(it'?s|it is|that'?s) (completely |totally |perfectly )?(understandable|natural)\b", r"\bmakes (complete |total )?sense that you\b",
    r"\bno wonder you\b", r"\bi know (how|it'?s been|this has been|you'?ve|that must)\b",
    r"\b(stressful|rough|hard|tough|difficult) (week|time|day|few days|morning)\b", r"\byou'?re right to\b",
    rf"\byou must (be|have been) {_INTENS}(worried|upset|stressed|frightened|scared|angry|furious|sick)\b",
    r"\b(we|i) (let|have let|'ve let) you down\b",
    rf"\b(i'?d|i would|anyone would|i'?d have|i would have) (be|been|feel|felt) {_INTENS}[a-z ]{{0,12}}\b(too|as well)\b",
    rf"\byou sound {_INTENS}{_FEEL}\b", rf"\b(must|would|will) (have )?(be|been|feel|felt) {_INTENS}{_FEEL}\b",
    r"\b(totally|completely|perfectly|entirely|very) understandable\b", r"\bi hate that (this|it|you)\b",
    r"\bsorry (that )?(you'?ve|you have|you had|you were|you'?re|you are|it'?s been|this has|this happened|that happened)\b",
    r"\bsorry[^.?!]{0,20}\b(our|my) (mistake|fault|error)\b", r"\bno wonder (you|you'?re)\b", r"\byou'?ve every right to\b",
]
# Boilerplate or conversational apologies: masked out before the empathy cues are looked for.
EMPATHY_MASKS = [
    r"\b(i'?m |we'?re )?sorry (that )?you feel (that way|like that)\b", r"\b(apologi[sz]e|sorry) for any (inconvenience|distress)( caused)?\b",
    r"\bregret any\b", r"\b(i'?m )?sorry,? (could|can|would) you\b", r"\b(i'?m )?sorry,? i (didn'?t|did not) (catch|get|hear)\b",
    r"\bsorry to (interrupt|keep you)\b", r"\bsorry (about that|for the wait)[.,!]? (anyway|so|right)\b", r"\bsorry for the wait\b",
    r"\bsorry,? but\b", r"\bsorry to hear you'?re unhappy\b", r"\b(just )?so i understand\b", r"\bmake sure i understand\b",
]
# Empathy withdrawn in the same breath by a refusal ("I understand, but rules are rules").
EMPATHY_WITHDRAWN = (r"\b(but|however|unfortunately)\b[^.?!]{0,80}\b(polic(y|ies)|rules|terms|nothing (more |else )?(i|we) can|"
                     r"can'?t do anything|still need|have to pay|unable|not able)\b")

CALM = [
    r"\bdon'?t worry\b", r"\bno (rush|hurry)\b", r"\btake your time\b", r"\bstep by step\b", r"\bone step at a time\b",
    r"\bthrough it (slowly|together)\b", r"\bspeak slowly\b", r"\bslowly\b",
    r"\b(thank(s| you)|cheers)( so much)? for (your patience|bearing with|holding|waiting|being (so )?(patient|understanding))\b",
    r"\bi appreciate your patience\b", r"\b(you'?re|you are) in the right place\b",
    r"\bwe'?ll (get|have) (this|it|you|that) (sorted|fixed|back|put right)\b", r"\bget to the bottom of\b",
    r"\b(your money|it|you|everything)('s| is) safe\b", r"\bnothing('s| is| has been)? (going to be )?(lost|cut off)\b",
    r"\b(it'?s|that'?s|it is|that is) not your (fault|problem)\b", r"\b(haven'?t|have not|didn'?t|did not) done anything wrong\b",
    r"\bnobody'?s blaming you\b", r"\bnot (on|down to) you\b", r"\b(on us|our fault), not you\b",
    r"\byou('ve| have) done (exactly )?the right thing\b", r"\bsorry (for|about) the wait\b",
    r"\byou (don'?t|won'?t) need to (chase|worry|call|repeat)\b", r"\bit'?s (okay|ok|alright|all right)\b",
    r"\bstay on the line with you\b", r"\bi'?m going to sort this\b", r"\bi want to get this right\b", r"\bwe can go step by step\b",
    r"\btake a (breath|moment)\b", r"\bplenty of time\b", r"\bi'?m not going anywhere\b", r"\b(i promise|rest assured)\b",
    r"\bnothing (has been|'s been|is|was) (cancelled|lost|deleted|charged)\b", r"\byou did (exactly )?the right thing\b",
    r"\bno need to apologi[sz]e\b", r"\bdoing everything right\b", r"\bnot to blame\b",
    # reassurance in many Englishes: "nothing you've done", "not yours", "no stress", "dinnae worry", "she'll be right"
    r"\b(nothing|not anything|not because of anything) (that )?you('?ve| have)? (did|done)\b", r"\bit'?s not just you\b",
    r"\b(error|mistake|fault|mess[- ]?up),? not yours\b", r"\b(no|not to|dinnae|dont|don't) (stress|worry|wahala|panic|fret)\b",
    r"\b(it'?s|that'?s|you'?re) (absolutely|totally|completely|perfectly) (fine|safe|okay)\b", r"\bnothing('?s| is) (changing|going on your)\b",
    r"\bthat'?s guaranteed\b", r"\byou (need not|won'?t need to|don'?t need to|won'?t have to|don'?t have to) (call|ring|chase|explain|pay|worry|repeat)\b",
    r"\bshe'?ll be right\b", r"\bthank(s| you) for (staying|bearing) (on the line )?with me\b",
    r"\b(is|are|'s|'re) (completely |perfectly |totally |quite |still |fully )?(safe|secure|protected|covered)\b",
    r"\bthank(s| you)( [a-z]+){0,3} for (your patience|bearing with|holding|hanging on|waiting|being (so )?(patient|understanding))\b",
    r"\b(won'?t|will not|isn'?t going to|doesn'?t) (affect|harm|hurt|go on|show (up )?on|count against|cost you)\b",
    r"\bno pressure\b", r"\bwhenever you'?re ready\b", r"\bin your own time\b", r"\byou('ve| have)? got my word\b",
    r"\byou (don'?t|won'?t) (need|have) to (chase|worry|call|repeat|explain|ring|go through|do anything)\b",
]
CALM_VETO = [r"\bcalm down\b", r"\brelax\b", r"\bstop shouting\b", r"\bno need to (get|be) (upset|angry|like that)\b"]

# How a read-back hands the details over for checking when a transcript has no question mark.
_CHECK_TAG = (r"(\b(correct|right|yeah|yes|yep|is that (right|correct|everything|all correct|okay))|,? didn'?t (you|i|we)|did i miss anything)"
              r"\s*(sir|ma'am|madam|mate|love|then)?\s*[?.]?$")
CONFIRMATION = [
    r"\bif i('?ve| have)? ?(understand|understood|'?m following|am following)( you)?( correctly| right)?\b",
    r"\bjust (so|to) (i'?m|i am|be) (clear|sure)\b", r"\bjust (so i can |to )(confirm|check)\b", r"\bjust so i'?ve got\b",
    r"\b(let me|can i|i'?ll|i'?m going to|i'?m just going to) (read|repeat) (that|it|this|those|them|your [a-z ]+)? ?back\b",
    r"\b(reading|read) (that|it|this) back\b", r"\b(let me|to) (make sure|check) i'?(ve|m)? ?(got|understood|have|heard|following)\b",
    r"\bmaking sure i'?ve (got|heard|understood)\b", r"\bhave i (got|understood) (that|this|it|you)\b",
    r"\bi'?ve got (that|it|this|the [a-z ]{1,20}) right\b", r"\bcorrect me if i'?m wrong\b",
    r"\bso what (you'?re|you are) (saying|telling me)\b", r"\bwhat i'?m hearing\b", r"\bfrom what you'?re (telling|saying)\b",
    r"\b(to )?(sum up|recap) what you'?ve\b", r"\byou (said|mentioned|told me)\b[^?]*\?", r"\bdoes that (match|sound right)\b",
    r"\b(is that|that'?s) (right|correct|fair)\?", r",? (all )?correct\?", r", (yes|right)\?", r"\bdouble-?check\b",
    r"\bis that right\b", r"\bis that fair\b", r"\bto confirm\b",
    # "okay so the new bill is..." informs; a read-back hands the details over for checking
    r"^(okay|ok|right|alright),? so (the|your|you|it)\b(?! what)[^.!]*(\?|" + _CHECK_TAG + ")",
    r"\bso (that'?s|your|you'?re|you|the|it'?s)\b[^?.!]*" + _CHECK_TAG, r"\bi'?ve got (that|it|you|this) (down )?(as|for)\b",
    r"\b(let me|just to) make sure[:,]", r"\bjust to make sure (you'?re|i|we|that'?s|the)\b", r"\bso we'?re clear\b", r"\breading back\b",
    r"\bis (it|that) still (the|your)\b",
    r"(^|[.!?] )(okay,? |ok,? |right,? )?so (you|your|the|it'?s|it|that'?s)\b[^.!?]*\?",
    r"\blet me repeat (that|it|this|back)\b", r"\bjust so i understand\b", r"\bto make sure (we'?re|i'?m|i have|i'?ve)\b",
    r"\bif i'?ve (heard|got) (you|that|it) right\b", r"\bon the same page\b", r"\b(reading|read) (your|the) [a-z ]{1,20} back\b",
    r"\bnot [a-z0-9]+\?$",
    r"\b(is|was) (that|this|it) (still )?(right|correct|current|accurate|the (right|correct) one|up to date)\b",
    r"\b(am i|have i got (it|that|this)|did i (get|hear|catch) (all )?(that|it|you))(\s(right|correctly))?\b[^.!]*\?",
    r"^(so |and |okay |ok |right )*(that'?s|it'?s|you'?re|you'?ve|your|the|and)\b[^.!?]*\d[^.!?]*\?",
    r"\bjust checking,? (that|the|your|order|[a-z]*\d)", r"\bthat'?s (your|the) [a-z ]{2,30}\?",
    r"\b(is|was) (it|that) [a-z]*\d[a-z0-9 ]*\?",
]

# Questions that offer, close, ask permission or are rhetorical: not asking for a detail.
NOT_A_DETAIL_QUESTION = [
    r"\b(do|would) you (want|like) me to\b", r"\bwould you (like|prefer)\b", r"\bshall i\b", r"\bhow about\b",
    r"\bwould (it|that) help\b", r"\bwhich (would you prefer|suits|works)\b", r"\bwhat works (better|best)\b",
    (r"\banything (else|more|further)\b(?! (wrong|missing|you noticed|about|on (the|it) |broken|damaged|changed|affected|odd|strange|"
     r"in the|that'?s))"), r"\b(is that|does that cover) everything\b",
    r"\bbefore (we finish|i let you go|you go)\b", r"\bwhat do you (want|expect) me to do\b", r"\bcan you believe\b",
    r"\bhow does anyone\b", r"\bhow (were|was|am|are) (we|i) (meant|supposed) to\b", r"\bare you still there\b",
    r"\bis that (okay|ok|alright|all right)\?", r"\bisn'?t it\b",
    r"^(fancy|do you fancy|want me to|how do you feel about)\b", r"\bwant me to\b", r"\b(do|would) you (want|like|prefer) [^?]{1,40}\bor\b",
    r"\b(covered|answered|sorted) everything\b", r"\bhow('?s| is| has| have)? (your|the) (day|morning|week|weekend|evening)\b",
    r"\bweather\b", r", eh\?", r"^isn'?t (it|that|this|technology|life)\b", r"\b(what|how) can i (do|help)\b",
]
CLARIFY_REQUESTS = [
    r"\b(tell|talk|walk) me (a bit |a little )?(more )?(about|through)\b", r"\bi('?ll)? need (the|your|a)\b",
    r"\b(read|spell|give) me (the|your|a|an)\b(?! (second|moment|minute|sec)\b)", r"\bsorry,? i (didn'?t|did not) (catch|get|hear)\b",
    r"^(describe|explain|tell me)\b",
    # a transcript may carry no question mark: asking for a named detail is enough
    (r"\b(what'?s|what is|what was|which|what) (the |your |their )?([a-z]+ ){0,2}(number|name|postcode|zip|address|email|date|reference|"
     r"account|card|code|time|model|colour|color|size|amount|price|order|surname|password|make)\b"),
    r"^(so |and |okay |ok |right )*(did|does|do|is|was|were|has|have) (it|they|he|she|you|there|the [a-z]+)\b(?![^?]*\?)(?!.*\b(want|like|prefer)\b)[^.!]*\bor\b",
    r"\b(can|could|may) i (just )?(have|get|take|grab|confirm|check) (the|your)\b", r"\b(can|could) you (just )?(tell|give|read|spell) me\b",
    r"\b(can|could) you (just )?(confirm|verify)\b", r"\bplease (state|confirm|verify|spell|provide)\b", r"\bam i speaking (to|with)\b",
]
# A question a transcript wrote without its question mark ("were you hurt at all", "how long have
# you had that"): an utterance or sentence that opens as a question does. Offers and closes are
# ruled out as for a written question (NOT_A_DETAIL_QUESTION).
QUESTION_OPENING = (r"(^|\b(okay|ok|right|sir|madam|ma'am|sorry) )(so |and |okay |ok |right |sir |madam |ma'am |sorry |and so )*((did|does|do|is|are|was|were|has|have|had) "
                    r"(it|they|he|she|you|that|this|there|the [a-z]+|your [a-z]+)\b|(how long|how many|how much|how often|"
                    r"when (did|was|were|is|do)|where (did|was|is|are|do)|what time|who (did|was|is))\b)")

SIGNPOST = [
    r"\blet me (just )?(quickly )?(check|look|see|pull|find|have a (quick )?look|dig|bring|go through|read through)\b(?! i'?ve| i have| that i'?ve)",
    r"\bbear with me\b", r"\b(give|bear with) me (one|a|two) (moment|second|sec|minute|ticks?|mo)\b",
    r"\b((?<!a )hold on|hang on|one (second|moment|sec)|just a (moment|second|sec|minute)|give me a (minute|moment|second))\b",
    (r"(^|[,.;:!?] |\b(and|so|now|right|okay|ok) )i'?m (just |now |still )*(reading|checking|looking|pulling|opening|bringing|sending|switching|typing|writing|going through|"
    r"waiting|transferring|loading|searching|running|speaking)\b(?! [a-z ]{0,25}back to you)"),
    r"\bi'?m (just |now )*going to (check|look|run|pop|put you|ask|go through|transfer|read|pull|have a look|bring)\b",
    r"\bwhile (i|that|it|the page|the system) (check|pull|look|load|speak|transfer)", r"\bhear me typing\b",
    r"\b(first|next) (i'?ll|i will|let me|we'?ll|i'?m going to)\b", r"\bwhat i'?m doing now\b", r"\b(put|pop|place|putting|popping) you on (a (short |quick )?)?hold\b", r"\bi'?m still here\b", r"\bjust waiting for\b",
    r"\bi'?ll just (have|take) a (quick )?look\b",
    r"\blet me (just )?(reset|update|change|cancel|add|send|sort|fix|raise|log|book|transfer|note|process|apply|refund|unlock|set up)\b",
    r"\b(there'?ll|there will) be a (short |brief )?pause\b", r"\bit (can|will|might) take (a few|about|a couple)\b", r"\bit won'?t take long\b",
    r"\bwhat i'?m (going to do|doing) (now|next|is)\b", r"\bback with you in\b", r"\bit takes (about|around|a few|a couple|roughly)\b",
    r"\bi'?ll just [a-z]+\b", r"\bi'?m (just |now )+(?!telling|saying|wondering|thinking)[a-z]+ing\b",
    # doing it now, in the call: "I'm booking an engineer now", "I'll unlock it now while you're on"
    # (a verb of doing, with no refusal or apology on the way: "I'm afraid I can't do that right now" is none)
    (r"\bi(('?m| am) (just |now |currently )*(?!telling|saying|wondering|thinking|hoping|trying|going\b|getting\b)[a-z]+ing"
     r"|(('?ll| will)|('?m| am) (just )?(gonna|going to)) (just |now )*(?!be\b|never\b|not\b|have\b|need\b|try\b|let\b)[a-z]+)\b"
     r"(?:(?!\b(?:not|cannot|can'?t|won'?t|unable|afraid|never|sorry|waiting)\b)[^.?!]){0,60}"
     r"(?<!from )\b(now|right now|as we speak|while you('?re| are) (on|there|holding)|while you hold|the now)\b(?! on\b)"),
    r"\bi am (just |now )*(checking|opening|looking|pulling|raising|reading|typing|transferring|searching|loading|escalating)\b",
    r"\b(give it|allow me|bear with me for|just give me) (a|a few|one|two|a couple of) (minutes?|seconds?|moments?|mins?|secs?)\b",
    r"\bi will (just |now )(put|take|check|escalate|transfer|place|connect)\b",
]

BLAME = [
    r"\b(not|isn'?t|wasn'?t|never) (our|my|the shop'?s|the company'?s) (fault|mistake|problem|doing|responsibility)\b",
    r",? not (me|us|ours|mine|with us|the shop'?s)\b", rf"\b(the )?{_THIRD}('?s)? (fault|mistake|error|problem|mess|doing|call)\b",
    rf"\b(the |your )?{_SYSTEM}('?s)? (fault|mistake|error|mess)\b", r"\bit'?s mess\b",
    r"\b(that'?s|that one'?s|it'?s) (on|down to) (the |him\b|her\b|them\b)", r"\b(is|was|are) down to (the |him\b|her\b|them\b)",
    rf"\bdown to (the )?{_THIRD}\b", r"\bdown to customs\b",
    r"\byou (should|must)( have|'ve) (?!received|got|gotten|had|been|a |an |the )[a-z]+",
    r"\bif you'?d (read|paid|checked|told|called|looked|ticked|filled)\b", r"\byou'?d have (avoided|seen|known|got)\b",
    r"\byou did (tick|click|sign|agree|choose|select)\b", r"\byou (didn'?t|did not|never) (tell|read|check|call|pay|update|let)\b",
    r"\b(wrong|error|mistake|problem) (on|from|at) your (side|end)\b", r"\byour (bank|side) holding\b",
    r"\bthey never (told|passed|said|sent|informed|let|briefed|warned|trained)\b", r"\bnobody (told|asked|informed) (us|me)\b",
    r"\bnobody (here|in [a-z]+)? ?(did|bothered|told)\b", r"\b(didn'?t|never) bother(ed)? to\b", r"\bbothered to\b",
    r"\b(i'?m|i am) not (blaming anyone|pointing fingers|saying it'?s your fault)\b,? but\b", r"\bnot to point fingers\b",
    r"\bi'?m not the one who\b", r"\bi didn'?t make the mistake\b", r"\bi (only|just) work here\b", r"\bwe just take the calls\b",
    r"\b(my|our) hands are tied\b", r"\bwhat the (computer|system) says\b", r"\bi don'?t make the rules\b", r"\bnot mine\b",
    r"\b(someone|somebody|whoever|my colleague|the agent before me)\b.{0,40}\b(should(n'?t)? (never )?have|must have|didn'?t|did not|never|made|put|left|cancelled|messed)\b",
    (rf"(?<!our )(?<!\ban )(?<!\ba )\b(the )?{_THIRD}\b.{{0,30}}\b(lost|messed|sent (it|the wrong)|packed the wrong|set (that|it) up wrong|keep missing|"
    r"let us down|marked it|left it|holding it up|should(n'?t)? (never )?have|didn'?t|never|changed the rules)\b"),
    r"\b(they|he|she) should (have|'ve|never have)\b", r"\bcan'?t be held responsible\b",
    r"\b(their|theirs)\b.{0,15}\b(side|end|mistake|error|fault|problem|doing|mess)\b", r"\bis theirs\b", r"\bone for them\b",
    r"\bif (the|your|they|he|she|you|someone)\b[^.?!]{0,60}\b(had|'d)\b[^.?!]{0,60}\b(wouldn'?t|would not|would never)\b",
    r"\bwe (just|only) (pass|process|take|handle|deliver|do what)\b", r"\bnobody (answered|was (in|home|there))\b", r"\bbefore my time\b",
    r"\b(the|your|our partners?|the other) [a-z]+( [a-z]+){0,3} (didn'?t|did not|never) (send|tell|check|read|pass|update|log|bother|turn up|call|answer|reply)\b",
    r"(?<!\bwe )(?<!\bi )(?<!\bwe've )(?<!\bi've )\b(forgot to|failed to|got (it|that|the [a-z]+) wrong|overbooked)\b", r"\bthat'?s why it'?s (stuck|late|delayed|failed|missing)\b",
    r"\bshouldn'?t be a surprise\b", r"\bwe warned (everyone|you)\b", r"\byou were (told|warned|informed)\b",
    r"\bbecause (you|your)\b[^.]{0,30}\b(expired|wrong|late|didn'?t|forgot|never)\b",
    r"\b(team|they|he|she|people|department)s? keeps? (pushing|breaking|sending|losing|missing|changing|forgetting)\b",
    r"\bnot something (we|i) did\b", r"\bpointing (the )?fingers?\b", r"\byou'?ll find (that )?you\b",
    r"\byou (agreed|accepted|signed up for) (to )?(it|that|this|the)\b", r"\b(must have|must've) (cut|broken|lost|damaged|dropped|cancelled)\b",
    # a disclaimer that then points elsewhere
    r"\b(not that it (was|is|'s)|nobody'?s to blame|no one'?s to blame|not (that it'?s )?(any|an) excuse|not saying it'?s)\b[^.?!]{0,60}\b(but|just that)\b",
    r"\bnothing to do with (me|us|our)\b", r"\btake (that|it|this) up with (whoever|them\b|the (shop|seller|retailer|people|person|company|firm) (who|that))", r"\bwithout (telling|warning|asking|letting|checking with) (anyone|anybody|us|people|the)\b",
    rf"\b{_SYSTEM}('?s| has| is| keeps)? ?(been )?(playing up|acting up|glitch|glitching|buggy|faulty|broke|broken|on the blink)\b",
    r"\bsince they (changed|updated|switched|moved|upgraded)\b",
    rf"\b(a|an) ({_THIRD}|{_SYSTEM}) (issue|problem|thing)\b",
    r"\b(they|he|she)('ve| have|'s| has| are|'re) been (hopeless|useless|rubbish|terrible|awful|a nightmare|a disaster)\b",
    r"\b(the )?(last|previous|other) (person|agent|adviser|advisor|colleague|guy|lady|one)\b.{0,40}\b(should|didn'?t|never|forgot|failed)\b",
    r"\b(instructions|manual|label|terms|leaflet|guide)\b[^.?!]{0,20}\b(do|does|did|clearly) (say|state|tell|mention|explain)\b",
    rf"\b{_THIRD}\b[^.?!]{{0,40}}\b(broke (the|it|half|all|every)|pushed (an?|the) [a-z]+|messed)\b",
    r"\bwhat (it|the system|the computer) decided\b",
]
# System-as-cause wording is not blame when the agent owns the error in the same breath.
BLAME_SYSTEM = [rf"\b(the |that'?s how the )?{_SYSTEM} (did|decided|caused|charged|applied)\b"]

OPTIONS = [
    r"\b(i|we) (can|could|'?d be happy to|am able to|'?m able to|'?m happy to)\b[^.?!]{0,90}\bor\b",
    r"\byou (can|could)\b[^.?!]{0,80}\bor\b", r"\b(one|another|the best|two|three|a few|a couple of) (options?|routes?|ways?|choices?)\b",
    r"\bwhat i (can|could) do is\b", r"\bwhat i'?d (suggest|recommend)\b", r"\bmy suggestion\b", r"\bi('?d| would) (suggest|recommend)\b",
    r"\bhow about\b", r"\bwould it help if\b", r"\bwould (that|it) help\b", r"\bwould you (like|prefer) (me to|a|to)\b",
    r"\b(do|would) you want me to\b", r"\bshall i\b", r"\bif you('?d| would)? (like|prefer|rather)\b", r"\bif (it'?s|that'?s) easier\b",
    r"\bwhich (would you prefer|suits you|works)\b", r"\bwhat works (better|best) for you\b",
    r"\b(i'?m|i am) (able|happy) to (offer|send|arrange|refund|book)\b",
    r"\bi can (offer|arrange|set up|upgrade|refund|send|book|put a hold|split|move)\b", r"\bwe (can|could) (try|arrange|move|split|send|put|offer)\b",
    r"\bone thing (we|i) can do\b", r"\bto choose from\b", r"\bthe option (of|to)\b",
    r"\bi could (arrange|send|book|get|ask|put|move|offer)\b", r"\bwe can (waive|cover|send|move|offer|refund|arrange|book)\b", r"\bput you through to a (supervisor|manager|specialist)\b",
    r"\bone thing (we|i) (can|could|might) (do|try)\b", r"\b(another|one|the other) (possibility|option|idea|alternative)\b", r"\boption (one|two|a|b|1|2)\b",
    r"^(fancy|do you fancy|how do you fancy)\b", r"\b(happy|glad) to (arrange|send|book|offer|refund|sort|organise|organize|set up|swap|waive)\b",
    r"\bwant me to\b", r"\b(do|would) you (want|like|prefer) [^?]{1,40}\bor\b", r"\bif (that|it) helps\b", r"\bi (can|could) do you (a|an)\b",
]
OPTIONS_VETO = [r"\bwhat do you (want|expect) me to do\b", r"\bno options?\b", r"\bnothing else on offer\b", r"\beither way\b", r"\ball the options\b",
                r"\bnothing (else |more )?(i|we) can do\b", r"^you (should|could) have (chosen|picked|gone for|selected|taken|used)\b"]

# The agent admits the company's own fault: whatever third party the sentence also names, the
# fault is not put on them ("the engineer didn't show up, that's on us").
OWNED_FAULT = [
    r"\b(that'?s|it'?s|this is|that one'?s|this one'?s) (all )?on (us|me)\b(?! to\b)", r"(?<!not )(?<!n't )(?<!saying it's )(?<!that it's )(?<!that it was )\b(our|my) (own )?(mistake|error|fault|mess[- ]?up|slip[- ]?up)\b",
    r"\bwe (gave|sent|put|got|told|quoted|charged) [a-z ]{0,20}wrong\b", r"\b(mistake|error|fault)('s| is| was)? on our (end|side|part)\b",
]
OWNERSHIP = [
    *OWNED_FAULT,
    r"\bleave (it|this|this one|that) with me\b", r"\bconsider it done\b",
    r"(?<!not that )\b(it|that|the mistake|the error|this) was (our|my|ours)\b", r"(?<!not )(?<!n't )\b(our|my) (mistake|error|fault|responsibility)\b",
    r"\bwe (got this|got it|got that) wrong\b", r"\bwe (dropped the ball|let you down|messed up)\b", r"\bfailure on our part\b",
    r"\bi take (full )?responsibility\b", r"\bi'?m taking responsibility\b", r"\b(take|taking) ownership\b", r"\blet me own\b",
    r"(?<!make sure )\bi('?ve| have) got this\b(?! right)", r"\b(this|it) stays with me\b", r"\bmy case now\b", r"\bunder my name\b", r"\byou have my (word|direct line)\b",
    r"\bi('?m| am) not (letting|going to let) (this|it) (drop|go)\b", r"\bi('?m| am|'?ll| will)\b[^.?!]{0,60}\buntil\b",
    r"\bmyself\b", r"\bpersonally\b",
    r"\bi('?ll| will) (take care|make sure|personally|stay on|call you back|ring you|sort|chase|follow|see this through|keep(?! (this|it) (quick|short|brief))|update you|look after)\b",
    r"\bi('?m| am) going to (personally |escalate|sort|make sure|stay|handle|chase|fix|make it my)\b", r"\bmake it my (priority|job)\b",
    r"\bit'?s my job to\b", r"\bdown to me\b", r"\bi'?m the one who'?ll\b", r"\bi('?ve| have) (logged|reversed|corrected|fixed|waived|raised)\b",
    r"\bi'?m (correcting|waiving|logging|fixing|raising) (it|this|that)\b", r"\bi want to get this right\b",
    r"\b(going|got) to put (it|this) right\b", r"\bto put (it|this) right\b", r"\bsee (this|it) through\b", r"\bfrom start to finish\b",
    r"\bget to the bottom of\b", r"\bit'?s our job to\b", r"\bi'?ll put you through\b[^.]*\bbrief\b",
    r"\b(one'?s|is) on me\b", r"\bi'?ll be the one\b", r"\bowning (this|it)\b", r"\bi'?m owning\b",
    r"\b(failure|mess[- ]?up|problem)('s| is| was)? on our (end|side|part)\b", r"\bwe'?ll cover the cost\b",
    r"\b(come|came|comes) from our (side|end)\b", r"\b(our|my) (mess[- ]?up|mess|slip[- ]?up|cock[- ]?up|bad)\b(?! (of|with))",
    r"\bwe'?ll honou?r\b",
    r"\byou('?ve| have) got my word\b", r"\bwe (definitely |really )?(could|should) have (explained|done|told|handled|been)\b", r"\boff your hands\b", r"\bkeep an eye on\b",
    r"\bmine to (sort|fix|deal|handle|look after|chase|resolve)\b", r"\b(this|it|that)( one)?('s| is) mine\b", r"\bi'?ll honou?r\b",
    r"\bi('?m| am) going to (deal with|look after|take|own|resolve|look into|see to|handle)\b",
    r"\b(i'?m|i am|i'?ll be|i will be) your (point of contact|contact|case (owner|handler)|named)\b",
]
# Sending the customer elsewhere, or disowning the case, is no ownership whatever else is said.
OWNERSHIP_VETO = [r"^personally,", r"\bnot my department\b",
                  r"\bpass (it|this|that|you) (on )?(to|over to) (the|another|a|our) ([a-z]+ )?(department|team)\b",
                  r"\b(that'?s|it'?s|this is|that one'?s) not (on )?me\b", r"\bnot my (problem|fault|case|job)\b"]

CLOSE = [
    (r"\b(is there |was there )?anything (else|more|further)\b(?! (wrong|missing|you noticed|about|on (the|it) |broken|damaged|"
     r"changed|affected|odd|strange|in the|that'?s))"),
    r"\b(you'?re|you are) (good to go|sorted)\b", r"\bsafe travels\b",
    r"\b(is that|does that cover) everything\b", r"\bbefore (you go|we finish|i let you go)\b",
    r"\b(have|enjoy) (a|the rest of your|your) (good |great |lovely |nice |wonderful )?(day|evening|afternoon|weekend|night|one|stay|trip)\b",
    r"\benjoy (the|your)\b", r"\b(good)?bye\b", r"\btake care\b(?! of)", r"\bspeak soon\b", r"\bgood luck with\b",
    r"\bthank(s| you)( so much)? for (calling|your call|your time|getting in touch|contacting)\b", r"\bi'?ll let you (go|get on)\b",
    r"\bthat'?s (us|everything|all) (done|sorted)\b", r"\b(you'?re|you are) all (set|sorted)\b", r"\ball done\b", r"\bthat'?s everything\b",
    r"\b(your|the|my) (reference|case number|ref)\b", r"\bquote (that|this|it|\d)", r"\bon (its|it'?s|their|your) way\b",
    (r"\b(you'?ll|you will|you should|it should|should) (see|get|receive|have|be able to see|show)\b[^.]{0,60}\b(within|by|in|on|when) "
    r"(the|a|an|\d+|one|two|three|four|five|six|seven|ten|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b"),
    r"\bcall (you|me|us) back (by|before|at|on|this|tomorrow|on this reference)\b", r"\bring you (on|by|back|tomorrow|monday|tuesday|wednesday|thursday|friday)\b",
    r"\bby (five|\d+) ?o'?clock\b", r"\bto (recap|sum up)\b(?! what you)", r"\bif (anything|there'?s anything) else\b",
    r"\bi('?ll| will) email you the (confirmation|tracking)\b",
    r"\bto (wrap (things )?up|round (things )?off|summari[sz]e)\b", r"\bclosing the call\b", r"\bwrapping up\b", r"\bcovered everything\b", r"\bcheerio\b", r"\bbye for now\b",
    r"\bthank(s| you)( so much| again| ever so much)* for (calling|ringing|your call|getting in touch|contacting)\b",
    r"\byou'?ll (get|receive|have) (a|an|the) (text|email|call|letter)\b[^.]{0,40}\b(before|after|tomorrow|tonight|this|next)\b",
]

# A greeting's "thanks for calling": it asks how to help, gives the agent's name or asks for the
# first detail ("Thank you for calling Metro Gas, my name is Keisha, can I have your account number?").
CLOSE_VETO = [
    r"\b(what|how) (can|may) i (do|help|assist)\b(?! (else|more))",
    (r"\bthank(s| you) for (calling|contacting|choosing)\b[^?!]{0,80}\b(my name'?s|my name is|this is [a-z]+[.!]?$|you'?re (speaking|through) to|"
     r"you'?ve (reached|come through)|(can|may|could) i (have|take|start|get|grab|ask)|please (state|give|tell|confirm))"),
]

POLICY_RECITAL = [r"\b(our|company|the) polic(y|ies)\b", r"\bnothing i can do\b", r"\bthose are the rules\b", r"\brules are the rules\b",
                  r"\bnot able to help\b", r"\bplease calm down\b"]


@dataclass(frozen=True)
class RuleHit:
    """A label the rules found and the words that matched."""

    name: str
    evidence: str


def _first(patterns: list[str], text: str) -> str | None:
    for p in patterns:
        m = re.search(p, text)
        if m:
            return m.group(0).strip(" ,")
    return None


def _mask(patterns: list[str], text: str) -> str:
    for p in patterns:
        text = re.sub(p, " . ", text)
    return text


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?;:])\s+", text) if s.strip()]


def _clarify(low: str, confirmation: str | None) -> str | None:
    if confirmation:
        return confirmation
    for s in _sentences(low):
        opens = not s.endswith((".", "!")) and re.search(QUESTION_OPENING, s) is not None
        if (s.endswith("?") or opens) and not _first(NOT_A_DETAIL_QUESTION, s):
            return s
    return _first(CLARIFY_REQUESTS, low)


def spoken_text(text: str) -> str:
    """Lower-case text as the cue phrases expect it, with speech's own noise taken out: filled
    pauses ("um," "uh"), restarts ("I- I'll") and a word said twice ("the the", "I, I") carry no
    label, but in a transcript they split a cue phrase ("I'm, um, really sorry"). Contractions
    written without their apostrophe ("didnt") are spelled as the cue phrases expect."""
    words: list[str] = []
    for token in cue_text(text).split():
        bare = token.strip(",-")
        if filled_pause_label(token):
            end = token[-1] if token[-1] in ".?!" else ""
            if words:  # the filler's pause, not the speaker's comma: "i'm, um, really" -> "i'm really"
                words[-1] = words[-1].rstrip(",") + ("" if words[-1][-1] in ".?!" else end)
            continue
        if words and words[-1].endswith("-") and bare.startswith(words[-1].strip(",-")):
            words.pop()  # a restart: "i- i'll", "we- we're"
        elif words and words[-1].strip(",.-") == bare:
            words.pop()  # the same word twice: keep the second, with its punctuation
        words.append(token)
    return " ".join(w.rstrip("-") for w in words).strip()


# Words the rules read past (they find no such label there) that the learned half, reading every
# word, may not take as the label either, where the rules found it nowhere else in the utterance.
LEARNED_VETOES = (
    (("empathy", "calm"), EMPATHY_MASKS),  # boilerplate empathy is not feeling
    (("calm",), [EMPATHY_WITHDRAWN]),  # nor is sympathy withdrawn by a refusal in the same breath
    (("clarify",), NOT_A_DETAIL_QUESTION),  # an offer or a close question asks for no detail
    (("signpost",), [r"\b(can'?t|cannot|unable to|not able to|won'?t be able to)\b[^.?!]{0,40}\bnow\b"]),  # a step refused "now"
)


@dataclass(frozen=True)
class RuleReading:
    """What the rules make of one utterance: label -> trigger words, and the labels its words rule
    out whatever else it says ("calm down", withdrawn or boilerplate empathy, "no options", blame
    beside an admitted fault of our own, "personally, I think", a greeting's thanks), which the
    learned half may not add either."""

    found: dict[str, str]
    ruled_out: frozenset[str]


def _ruled_out(low: str) -> set[str]:
    """The labels the definitions rule out for this utterance, whatever cue it also holds."""
    out = set()
    if _first(CALM_VETO, low):
        out |= {"empathy", "calm"}
    if re.search(EMPATHY_WITHDRAWN, low):
        out.add("empathy")
    for name, veto in (("create_options", OPTIONS_VETO), ("ownership", OWNERSHIP_VETO), ("close", CLOSE_VETO), ("blame", OWNED_FAULT)):
        if _first(veto, low):
            out.add(name)
    return out


def read_utterance(text: str) -> RuleReading:
    """The rules' reading of one agent utterance."""
    low = spoken_text(text)
    out = _ruled_out(low)
    cue = lambda name, patterns: None if name in out else _first(patterns, low)  # noqa: E731
    empathy = None if "empathy" in out else _first(EMPATHY, _mask(EMPATHY_MASKS, low))
    confirmation, ownership = _first(CONFIRMATION, low), cue("ownership", OWNERSHIP)
    found = {
        "empathy": empathy,
        "confirmation": confirmation,
        "signpost": _first(SIGNPOST, low),
        "blame": None if "blame" in out else _first(BLAME, low) or (None if ownership else _first(BLAME_SYSTEM, low)),
        "calm": None if "calm" in out else (empathy or _first(CALM, low)),
        "clarify": _clarify(low, confirmation),
        "create_options": cue("create_options", OPTIONS),
        "ownership": ownership,
        "close": cue("close", CLOSE),
    }
    learned_out = out | {name for names, patterns in LEARNED_VETOES if _first(patterns, low) for name in names if not found[name]}
    return RuleReading({name: words for name, words in found.items() if words}, frozenset(learned_out))


def policy_recital(text: str) -> str | None:
    """Reciting policy or refusing flatly: what angers an upset customer."""
    return _first(POLICY_RECITAL, text.lower())
