"""Cue phrases of the content coach in one place (regular expressions, lower-case text)."""

from __future__ import annotations

# --- STAR+I -------------------------------------------------------------------------------
# Time anchors set a scene wherever they stand; the other situation cues only where the
# sentence is not already an action or result.
TIME_ANCHORS = [
    r"\b(last|this past|one|that) (year|month|week|winter|summer|spring|autumn|christmas|morning|shift)\b",
    r"\b(once|one day|recently|a few (weeks|months|years) ago|years ago)\b",
    r"\b(when|while) i (was|worked|had)\b",
    r"\b(in|at|during|on) (my )?(last|previous|first|old) (job|role|position|week|company|team|shift|employer)\b",
    r"\bduring (the|a|our|my)\b",
    r"\bon (my|results|the) [a-z]+ (day|week)\b",
]
SITUATION = [
    r"\bthere (was|were) (a|an|this|one)\b",
    r"\b(a|an|one) (customer|caller|client|colleague|woman|man|regular|small business owner|student)\b.{0,40}\b(called|came|had|was|kept|wrote|could not|couldn't|shouted|asked)\b",
    r"\b(our|the) [a-z ]{0,30}(queue|process|team|phones|lines|system) (went|had|was|were|kept|crashed|needed)\b",
    r"\bi (noticed|shared|worked on|worked in|was working)\b",
    r"\b(a|my) colleague (kept|was|had)\b",
]
TASK = [
    r"\bmy (task|job|goal|role|responsibility) was\b",
    r"\bi was (responsible|asked|in charge|tasked|expected)\b",
    r"\b(i|we) (needed|had) to\b(?! (say|tell|explain|give|let|redo|pass|escalate|apologi[sz]e)\b)",
    r"\bit was my (job|responsibility|task)\b",
    r"\bthe (goal|aim|target) was\b",
    r"\bit fell to me\b", r"\b(was|is) down to me\b", r"\bput in charge\b", r"\bmy brief was\b",
    r"\bit was on me to\b", r"\bi was the one who had to\b",
    r"\bfell to me\b", r"\bmine to (resolve|sort|fix|hit|handle|deal|own|solve|chase)\b", r"\bmy (bit|part|patch|area|remit) was\b",
    r"\b(asked|told|wanted) me to (find|look|fix|sort|work|lead|handle|take|get|bring|improve|cover|run|deal)\b",
    r"\b(was|were) my (customer|call|case|responsibility|job|problem|target|patch)\b", r"\b(target|goal|job) was mine\b",
    r"\b(was|is) (kind of |partly |really |all )?on me\b", r"\bit was my (duty|call|queue|booking|account|shift|case|ticket|claim|complaint)\b",
    r"\bmy (task|job|goal|role|aim|responsibility|priority)\b[^.,;]{1,30}\bwas (to|making|getting)\b", r"\bi owned (the|that|this|it)\b",
    r"\bvolunteer(ed)? to\b", r"\b(it|this|that) landed (on me|on my desk|with me)\b", r"\b(came|fell|went) to me\b",
    r"\bso it was (mine|my (area|call|job|problem|responsibility|patch))\b", r"\b(so|and) i took it\b(?! (back|home|off|out))",
    r"\bi was the (only|one|agent|person|lead|senior)\b[^.]{0,40}\b(so|who)\b", r"\basked me to (sit|train|mentor|coach|support)\b",
    r"\b(partly|part of) my (job|role|remit|responsibility)\b", r"\bi took (it|this|that|the [a-z]+) on\b",
    r"\btook (charge|ownership|responsibility)\b", r"\bi was (one of [a-z ]{1,20})?(asked|chosen|picked) to\b",
]
# First-person past actions; "I was", "I had", "I felt" and "I would" are not actions.
ACTION = [
    r"\b(i|we) (?:(?:just|basically|actually|also|then|immediately|quickly|personally|straight away|literally|finally) )?(?!was\b|were\b|had\b|felt\b|would\b|could\b|wanted\b|thought\b|guess\b|liked\b|loved\b|knew\b|needed\b)"
    r"([a-z]+ed|took|made|gave|went|sent|wrote|spoke|built|set|put|ran|found|got|told|kept|brought|sat|met|began|led|chose|did|read|paid|drove|stayed|let|said|rang|grouped|pinned|cleared)\b",
    r"\b(then|after that|first|next|so) i\b(?! would| will|'ll|'d|'ve|'m)",
]
RESULT = [
    r"\b(as a result|in the end|eventually|the outcome|which meant|that meant|after that the|within (a|the|one|two|three|[0-9]+))\b",
    r"\b(resolved|restored|fixed|sorted|renewed|thanked|accepted|arrived|recovered|filed|made the|came back|cleared|stayed|dropped|fell|rose|went (up|down)|increased|decreased|reduced|improved|cut|saved|reached)\b",
    r"\bkept (the|my|our|every) [a-z ]{0,20}(at|under|below|steady)\b",
    r"\b(reviews?|survey|score|thank you|card)\b", r"\bto thank\b",
    r"\b(brought|got|kept) (the|our|it|its|my|their|that) [a-z ]{0,25}(down|under|below|back (up|down|to|under))\b",
    r"\b[0-9]+(\.[0-9]+)? ?(%|percent)\b",
    r"\b(worked|landed|went ahead|was renewed|launched|signed for|stable since|has worked since|stayed with us|got the job)\b",
    r"\b(no|none of|nobody|neither|not a single) [a-z ]{0,20}(complained|complaint|escalat)",
]
# A later sentence about someone else, in the past tense, after the candidate's actions: how it ended.
RESULT_AFTER_ACTION = r"^(?!i\b|my (task|job|goal|role)\b|if\b|when\b)[a-z][^.]*\b([a-z]+ed|was|were|had|got|made|took|came|went|left|sent|kept|drove|ran|fell|rose|grew|joined|paid|bought)\b"
# A sentence of the candidate's actions that ends on what others then did or what changed:
# "...and the complaints stopped", "...and both passed their reviews". Its last clause, with a new
# subject that is not the candidate, tells a change (not what they said or wanted: "...and they
# said it was lost" is still the story's middle).
RESULT_CLAUSE = r"[,;]? (?:and|so) ((?:the|both|they|she|he|everyone|everybody|all|our|their|her|his|each|nobody|none) [^.,;]*)[.!]?$"
RESULT_CLAUSE_VERB = (
    r"\b(?!(?:asked|explained|mentioned|wanted|needed|called|emailed|replied|answered|complained|shouted|demanded|insisted"
    r"|threatened|refused|claimed|argued|started|tried|decided|seemed|sounded|looked|used|noticed)\b)"
    r"([a-z]+ed|got|came|went|fell|rose|grew|left|paid|kept|stayed|won|ran)\b"
    r"|\b(was|were|felt) (happy|pleased|relieved|satisfied|delighted|grateful|calm|fine)\b"
)
PAST_VERB = r"\b([a-z]{2,}ed|was|were|had|did|kept|came|went|rang|lost|sent|took|told|said|left|got|made|found|broke|fell|ran|spent|saw|used to|wanted|asked|needed|shipped)\b"
# "If I made a mistake I'd own up": a sentence that is a condition and what would follow is
# neither a scene nor something the candidate did.
CONDITIONAL = r"\bif (i|it|we|you|someone|they|a customer|the customer)\b[^.]*\b(i'?d|i would|i'?ll|i will)\b"
NOT_A_SCENE = r"\b(would|'d|'ll|will|always|usually|normally|typically|tend to|never had|haven't|have to|i'?ve|i have)\b"
INSIGHT = [
    r"\bi (learned|learnt|realised|realized|took from|now (always|check|read|confirm))\b",
    r"\b(since then|from then on|going forward|next time|now i|taught me|the lesson|what i took from)\b",
    r"\bset myself a rule\b",
    r"\bi now\b", r"\b(we|i) (both )?(learned|learnt)\b", r"\bever since\b", r"\bthese days i\b", r"\bi'?ve since\b",
    r"\bmade a habit\b", r"\bdo differently\b", r"\b(showed|taught) me\b", r"\bsince[.!]?$",
    r"\bwhat i took away\b", r"\b(stayed|stuck) with me\b", r"\b(takeaway|take-away)\b", r"\bnow when (i|i'm|a)\b",
    r"\bafter that,? i (started|always|now|make|made|never)\b", r"\b(the|my) main thing (was|is|i)\b",
    r"\bi still [a-z]+\b[^.]{0,60}\bbecause of (that|it|this)\b", r"\bit (made|makes) me (realise|realize|think)\b",
    r"\b(these days|nowadays),? i\b", r"\bnow whenever\b", r"^(and |so )?i (check|ask|say|read|do|make|try|always|confirm|write|note|keep|use|put)\b[^.]{0,60}\bnow[.!]?$",
    r"\bi'?ve (used|done|kept|applied) (that|it|this) (ever )?since\b", r"\blooking back\b", r"\bi'?d do the same again\b",
    r"\b(that'?s|this is) what i'?d do (every time|again|now)\b", r"\bi'?ve (since )?started (to |just |always )?[a-z]+ing\b", r"\bthe biggest thing (for me )?was\b",
]

# --- red flags ----------------------------------------------------------------------------
BLAME = [
    r"\b(not|wasn't|was not|isn't) my fault\b",
    r"\b(his|her|their|its|the team's|management's) fault\b",
    r"\bbecause of (him|her|them|my (manager|boss|colleague|team))\b",
    r"\bwhich is why the mistakes\b",
    r"\b(the )?customer was (completely |totally |just )?wrong\b",
    r"\b(the|my) (manager|boss|colleague|supervisor|other team) (never|didn't|did not|was (lazy|useless|rude|terrible))\b(?! (?:tell|told) (?:me|us) off\b)",
    r"\bthe system (had )?failed\b.{0,40}\bnothing i could do\b",
    r"\bnothing i could do\b",
    r"\bi reported him\b.{0,60}\bfault\b",
    r"\b(wasn'?t|isn'?t|was not) (really )?(my|our) (mistake|fault|error|problem)\b", r"\bnot me\b",
    r"\bthey never (told|trained|passed|said|gave|showed|briefed|warned|informed)\b", r"\b(nobody|no one) (told|trained|showed|warned) (us|me)\b",
    r"\b(it was|it'?s) (management'?s|their|his|her|the [a-z]+ team'?s) (job|fault|responsibility)\b",
    r"\bi'?m not (blaming anyone|pointing fingers|one to point fingers)\b", r"\bnot to point fingers\b",
    r"\bthe customer (didn'?t|did not|never) (read|listen|check|understand)\b",
    r"\b(typed|entered|gave|put) (his|her|their) own [a-z ]{0,20}wrong\b", r"\bthat was because\b",
    r"\bwasn'?t (about|down to) me\b", r"\bnothing to do with (me|us)\b", r"\b(out of|not in) my hands\b",
    r"\b(wasn'?t|was not) much (anyone|i|we) could\b", r"\bnothing (anyone|we) could\b",
    r"\b(came|come|comes) from (her|him|them)\b", r"\bbecause they kept\b", r"\b(none|not|nothing)\b.{0,25}\bdown to me\b",
    r"\b(doesn'?t|don'?t think that) counts? as my (mistake|fault)\b", r"\bonly because (the|my|our|they|he|she)\b",
    r"\b(they|he|she) (were|was) (hopeless|useless|lazy|incompetent)\b", r"\bblamed me\b",
    r"\b(their|his|her) (mess|fault|error|mistake)\b(?! rate)", r"\bthe [a-z]+ team'?s (error|fault|mistake)\b",
    r"\b(that|it) was on the [a-z]+\b", r"\btold (him|her|them) to complain to\b", r"\bdown to (her|his|their) [a-z]+\b",
    r"\b(i'?m|i am) not (trying to )?(blaming|blame) (them|anyone|him|her)\b", r"\bif (she|he|they)'?d (pulled|done|bothered)\b",
    r"\bnobody explains\b", r"\bwasn'?t (down to|about) (us|me)\b",
    # a disclaimer, then the fault goes elsewhere
    (r"\b(i )?(don'?t|do not) want to (throw anyone|blame|point|slag|name names|be negative|badmouth|moan)[^.]{0,60}\bbut\b"),
    r"\b(i'?m not saying|not saying) (it was|that it was|it'?s) [^.]{0,40}\bbut\b",
    r"\b(was|is|it'?s|that'?s|it was|that was) (the|their|his|her) [a-z]+'s (problem|fault|mistake|error|mess)\b",
    r"\bif (the|your|my|our) (company|manager|management|boss|team|employer) (doesn'?t|don'?t|won'?t|lets?|let|had)\b",
    r"\b(notes|training|handover)[a-z ]{0,30}(were|was) useless\b",
    # excuses and faults put on another party in passing
    r"\b(in fairness\b(?! to (her|him|them|the customer|my|our))|in my defen[cs]e\b)", r"\banyone would have (done|made)\b", r"\b(wasn'?t|isn'?t|was not) (really |strictly )?mine\b",
    r"\b(been )?given the wrong [a-z ]{1,25} by\b", r"\bnot my (rules?|policy|decision)\b",
    r"\b(management|housekeeping|they|he|she|the [a-z]+ team|the other shift)( [a-z]+)? (was|were) the (real )?(problem|issue)\b",
    r"\bproblems? (there |here )?(come|came|comes) from\b",
    (r"\b(management|the other shift|the [a-z]+ team|the (office|company|business|back office|warehouse)|my (team leader|supervisor|manager|boss))s? "
     r"(just )?(never|didn'?t|did not|don'?t|couldn'?t be bothered|can'?t be bothered)\b(?! (?:tell|told) (?:me|us) off\b)"),
    r"\b(just )?(didn'?t|never) liked? me\b", r"\b(pre-?filled|auto-?filled|filled in) by the system\b",
    (r"\b(management|they|the company|my manager|my boss|head office|the team|it team|it department) never "
     r"(implemented|listened|bothered|backed|supported|told|trained|answered|replied|helped|explained|followed)\b"),
    r"\bnobody (listened|cared|helped|bothered)\b",
    r"\bcustomers like that\b", r"\bdon'?t deserve\b", (r"\bbecause (the|my|our) (training|system|notes|manager|management|team|company|process|tools|handover|supervisor|"
     r"colleague|knowledge base|script|other team) (didn'?t|did not|never|wasn'?t|weren'?t)\b"),
    r"\b(that'?s|it'?s) the problem with\b", r"\bwhich was not fair\b", r"\bnot fair because\b",
]
# Another party's error told as the scene, then owned: not blame.
BLAME_OWNED = r"\bbut (it was my|i should have|i took|i still|the [a-z ]+ was the one)\b"
NEGATIVITY = [
    r"\b(was|is) (a mess|terrible|awful|horrible|toxic|the worst)\b",
    r"\b(toxic|hated|couldn't wait to get out|could not wait to get out)\b",
    r"\b(management|my (old |previous |last )?(boss|manager|company)) (did not|didn't|never) care\b",
    r"\bterrible at\b",
    r"\bmy (manager|boss|company) never\b",
    r"\b(rude and lazy|lazy|useless|incompetent)\b",
    r"\bthe pay was (terrible|awful|bad)\b",
    r"\b(hopeless|nightmare|soul destroying|a joke|horrible|awful|the worst)\b", r"\bnot a team player\b",
    r"\b(hated|hate) (working|it|the)\b", r"\bgoing downhill\b", r"\bcouldn'?t stand\b", r"\bjust want to shout\b",
    r"\bit'?s not fair\b", r"\bpick up the mess\b",
    r"\b(badly|poorly) (managed|run|organi[sz]ed|trained|led)\b", r"\bsays a lot about (them|him|her|the|that)\b",
    r"\b(they|he|she) (do|does) (that |this )?all the time\b", r"\b(are|is|were|was) always (so )?(slow|late|rude|useless|lazy|losing|messing)\b",
    r"\bthat'?s (just )?(them|him|her) all over\b", r"\bthat'?s just (them|him|her)\b", r"\b(numbers|targets|profit) over people\b",
    # criticism softened on purpose is still running them down
    r"\bhow (do|shall|can) i put (this|it) (nicely|politely|kindly|delicately)\b", r"\b(let'?s just say|put it (nicely|politely|mildly|diplomatically))\b",
    r"\bput (this|it) diplomatically\b", r"\bnot the most (reasonable|organi[sz]ed|helpful|competent|supportive|professional|patient)\b",
    r"\b(don'?t|didn'?t|doesn'?t) pull (their|his|her) weight\b", r"\bnobody (ever )?(asks|asked|listens|listened|tells|told) (to |you |us )?",
    r"\b(would|used to) (just )?hide\b", r"\b(couldn'?t|can'?t) handle (the|a|it|them|any)\b", r"\bnot really a priority for\b",
    r"\b(don'?t|doesn'?t|didn'?t) care about (you|staff|us|the staff|anyone|customers)\b", r"\b(are|were|is|was|get) (so |really |just |very )?entitled\b(?! to)",
    r"\b(some|most) people (just )?(don'?t|never|won'?t) (want to )?(listen|read|check)\b", r"\bdon'?t suffer fools\b",
    r"\bno shame\b", r"\btells you (everything|all you need to know) about (him|her|them)\b", r"\b(customers|people|they|some)\b[^.]{0,25}\btake advantage\b",
    r"\b(clueless|ridiculous|rubbish|moaning|didn'?t care about anyone)\b", r"\b(their|his|her) mess\b", r"\bpaid for it\b",
    r"\b(customers|people|they) (are|were) (just )?(rude|stupid|idiots|difficult|a pain)\b", r"\bonly cared about\b", r"\bwasn'?t appreciated\b",
    r"\bthe problem with (big|large|these|those) [a-z]+\b", r"\bdon'?t deserve\b", r"\bcustomers like that\b", r"\bdo it to get\b",
    r"\bfalling apart\b", r"\bcouldn'?t care less\b", r"\bnobody listened\b", r"\bslag (them|him|her) off\b",
    # the organisation or another team that never does its part: "management never backs you up",
    # "the network team never tells the front line anything", "they don't really understand the customers"
    r"\b(management|(?:the |my |our )?(?:managers?|supervisors?|team leaders?|bosses)|head office|the company|the devs|(?:the|our|that) [a-z]+ "
    r"(?:team|department))\s+(?:just |really |even |ever |actually )?(?:never|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t)\s+(?:really |even |ever "
    r"|actually )?(back(?:ed|s)? (?:us|you|me|anyone)|tells?|told|answers?|answered|plans?|planned|listens?|listened|cares?|cared|"
    r"understands?|understood|bother(?:s|ed)?|wants? to hear|reads?|read)\b(?! (?:me|us|him|her|them|anyone) off\b)",
    r"\b(she|he) never (liked|rated|trusted) me\b", r"\bwhich they (did|do) a lot\b",
    r"\b(lose|lost|losing|mess(?:es|ed)? up|forget|forgot) (stuff|things|forms|orders|it|everything) all the time\b",
]
GENERIC = [
    r"\bpeople person\b",
    r"\b(go|goes|went) the extra mile\b",
    r"\b(above and beyond)\b",
    r"\b(friendly and helpful|helpful and friendly)\b",
    r"\bmaking sure (customers|they) are happy\b",
    r"\b(great|good|excellent) (communicator|listener|feedback)\b",
    r"\b(fast|quick) learner\b",
    r"\b(stuff|things like that|and so on|whatever)\b",
    r"\b(handled it|it was fine|it got sorted|got sorted)\b",
    r"\bmake sure they feel heard\b",
    r"\b(try to|tried to) (find a solution|help)\b",
    r"\bi (always|just) (kept|try|do)\b",
    r"\bpolicy is policy|rules are the rules\b",
    r"\b(passionate about|an asset)\b",
    r"\b(customer|customers) (comes?|always comes?|should always come) first\b",
    r"\b(explained the situation|did my job|kept my head down)\b",
    r"\b(worked hard|got through it|dealt with it|the right people|it was fine|everything goes well|a good job|do your best)\b",
    r"\b(kept my distance|stay out of (her|his|their) way|that kind of thing|whatever it takes)\b",
    r"\b(got on with it|ignored (him|her|them)|(was|were) fine in the end|pulled together|it worked out|be nice to people)\b",
]
CLAIMS = [
    r"\bi (am|'m) (very |really |so |a )?(great|good|excellent|patient|careful|detail oriented|hard working|hardworking|the best|reliable|passionate)\b",
    r"\bi would be (great|perfect|an asset|ideal)\b",
    r"\b(customers|people|everyone) (love|loves|like) me\b",
    r"\b(said|says) i (was|am) the best\b",
    r"\bi (do not|don't) (really )?make mistakes\b",
    r"\bi (always|never) (double check|go|make)\b",
    r"\bi'?m (a |an )?(really |very |naturally |so )?(hard worker|hard-working|reliable|good listener|good with people|analytical|friendly|organised|people person)\b",
    r"\b(people|customers|everyone|they) (say|tell me|always tell me) (i'?m|how)\b", r"\bi'?m known for\b",
    r"\bi (never|don'?t) get complaints\b", r"\bi'?ve always been a\b", r"\bi get on with (everyone|everybody|people)\b",
    r"\bi have (good|great|excellent|strong) [a-z]+\b",
    r"\b(loads|lots) of (ideas|experience|feedback|compliments|proud moments)\b", r"\bi pick (things|systems|it) up (fast|quickly)\b",
    r"\b(customers|people) trust me\b", r"\bi'?m (very |really )?(empathetic|a (great|good) team player)\b",
    r"\bi'?m (a |an )?(very |really |extremely |naturally |so |quite |super )+[a-z]+(-[a-z]+)?\b(?! (sorry|glad|happy to|lucky)\b)",
    r"\bi'?m (a |an )?[a-z]+(-[a-z]+)? (person|worker|communicator|learner|listener|problem solver)\b",
    r"\bi (thrive|excel|work well) (under|in|with|at)\b", r"\bthe (kind|sort|type) of person (who|that)\b", r"\bone of my (strengths|strong points)\b",
    r"\bnothing (really )?(fazes|phases|bothers|rattles) me\b", r"\bi always learn\b", r"\bi (can|could) handle any(thing)?\b",
    r"\bi'?ve never (missed|had one|lost|failed|had a complaint)\b", r"\bit'?s a gift\b", r"\bi'?m (really |very )?good (with|at)\b",
]
HYPOTHETICAL = [r"\bi would\b", r"\bi'd\b(?! (sat|been|had|done|given|made|told|seen|got|gone|taken|written|spoken|heard|put|set|[a-z]+ed)\b)", r"\bi will\b", r"\bi'll\b", r"\bi (always|usually|normally|generally|tend to)\b",
                r"\b(typically|normally|usually|generally)\b", r"\byou (just )?have to\b", r"^say (a|the)\b", r"\bif (a|the) customer (were|was|is)\b",
                r"\bif i (had|did|were)\b", r"\bif it happened\b", r"\bif someone\b", r"\bwhenever\b",
                r"\bwhat you (want|need|have) to do\b", r"\bthe (important|main|key) thing is\b", r"\bmy approach is\b",
                r"\byou (want|need|just) to\b", r"\bi suppose\b", r"\byou (should|must|ought to)\b", r"\bin that situation\b",
                r"\bin general\b", r"\ball the time\b", r"\byou get used to\b", r"\bif it (happened|came up|ever)\b",
                r"\bi (just )?(stay|keep|try to|tend to|explain|make sure|break it)\b(?! [a-z]+ed\b)",
                # a habit told as a method: "what I do is", "the way I approach it", "my rule of thumb"
                r"\bwhat i (do|always do|tend to do|try to do) is\b", r"\bthe way i (approach|handle|deal with|see)\b",
                r"\bmy (rule of thumb|approach|method|go-to|golden rule)\b", r"\bwhen i (get|have|hear|see) [a-z]+,? i\b"]
# For "how would you..." questions a plan is the right answer: "I would check..." is an action.
PLANNED_ACTION = [r"\b(i would|i'd|i will|then i would|first i would) (?!be\b|probably\b|just\b|always\b|say\b(?! (sorry|to|i)\b)|think\b|guess\b|imagine\b|like\b|love\b|want\b)[a-z]+"]
PAST_EXAMPLE_QUESTION = [
    r"\btell me about a time\b", r"\bdescribe a (time|situation)\b", r"\bgive me an example\b",
    r"\bhave you ever\b", r"\bwhen have you\b", r"\bshare an example\b", r"\bwalk me through a time\b",
    r"\btell me about (a|your|the) [a-z ]*(time|moment|situation|occasion|example)\b",
]

# --- strengths ----------------------------------------------------------------------------
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    "fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|quarter|third|double|twice"
)
ANY_NUMBER = rf"\d|\b({NUMBER_WORDS}|dozen)s?\b"  # a number of any kind (the strength needs one with a unit)
NUMBERS = [
    r"\b[0-9]+([.,][0-9]+)?\b",
    rf"\bat ({NUMBER_WORDS})\b",
    rf"\b({NUMBER_WORDS})\b(?= ?(percent|%|minutes?|hours?|days?|weeks?|months?|years?|calls?|emails?|tickets?|chats?|customers?|students?|accounts?|visits?|people|agents|homes|staff|afternoons|starters|(different )?spreadsheets|a day|more|star|of|out of|by|in the|contacts?|per))",
    r"\bby (half|a (third|quarter))\b",
    r"\b(hundred|thousand|dozen)s?\b",
]
KPI = [
    r"\b(average handle time|handle time|aht)\b",
    r"\b(first (contact|call) resolution|fcr)\b",
    r"\b(csat|customer satisfaction (score|rating|survey)|satisfaction (score|survey|rating))s?\b",
    r"\b(nps|net promoter( score)?)\b",
    r"\b(service level|sla)\b",
]
OWNERSHIP = [
    r"\bi (took|take) (ownership|responsibility)\b",
    r"\bi (made sure|followed up|personally|owned|booked|arranged|stayed on|set up|built|verified|went to my supervisor)\b",
    r"\bmy (mistake|error)\b",
    r"\bowning\b",
    r"\brefunded the\b",
    r"\b(booked|arranged) (a|an|the)\b",
    r"\bi (reshipped|unlocked|found a|called (her|his|the)|drove)\b",
    r"\bi (set myself|asked for an exception)\b",
    r"\breshipped\b",
    r"\binstead of (waiting|passing|leaving)\b", r"\bi took (it|charge|this)\b",
    r"\b(was|is) down to me\b", r"\bin person\b", r"\b(single|one) (contact|point of contact|owner)\b",
    r"\bwhile (she|he|they) (was|were) on the line\b", r"\bchased\b", r"\bi made every\b",
    r"\bkept (the customer|him|her|them) updated\b", r"\bi (built|created|merged|set up) (a|an|one|the)\b",
    r"\b(it|this|that|them|on) myself\b", r"\bmine to\b", r"\b(that|it) was me\b", r"\bi got (that|it) wrong\b", r"\bi'?d (copied|sent|got|made|typed|put|given)\b[^.]{0,30}\bwrong\b",
    r"\b(instead of|rather than) (transferring|passing|escalating|sending|push|pass|send|transfer|escalate|open|leaving)\b", r"\bend to end\b",
    r"\bdirect line\b", r"\bnobody (else )?wanted\b", r"\b(own|owned|owning) up\b", r"\bkept chasing\b", r"\bi'?ll find out\b",
    r"\bi (dealt|deal) with it\b", r"\bi'?d (still )?update them\b", r"\bcome back with the answer\b",
    r"\bi (got|had) it (updated|fixed|changed|sorted)\b", r"\bi kept a list\b", r"\b(rang|called) each\b",
    r"\b(every|each) (morning|day|evening) with an update\b", r"\bmy own list\b",
    r"\b(rang|called|phoned|emailed|drove|went|took|walked|checked|fixed|sorted|chased|wrote|reprocessed|delivered|dropped)\b[^.]{0,40}\bmyself\b",
    r"\bvolunteer(ed)? to\b", r"\b(it|this|that) landed (on me|on my desk|with me)\b", r"\bi asked (if|whether) i could (take|keep|handle|own)\b",
    r"\bi('?d| would) (fix|own|sort) (that|it) first\b", r"\bfollow[- ]through\b", r"\bi (wasn'?t|was not) going to (let|leave|pass|just)\b",
    r"\bi didn'?t want (to (pass|leave|hand)|a letter|it to)\b", r"\bi (rang|called) (them|her|him) back\b",
]
EMPATHY = [
    r"\bi understand (how|why|that)\b",
    r"\b(i am|i'm) sorry\b",
    r"\bapologi[sz](e|ed|ing)\b",
    r"\bfeel heard\b",
    r"\b(sounds|must be|is) (really |so )?(frustrating|worrying|upsetting|stressful|difficult)\b",
    r"\bi (would|'d) feel the same\b",
    r"\bin (his|her|their) (position|shoes)\b",
    r"\b(acknowledged?|acknowledge) (how|their|his|her)\b",
    r"\bi let (him|her|them) finish\b",
    r"\blistened to (the whole|them|him|her)\b",
    r"\b(could|can) see (why|how)\b", r"\bi understood (how|why|that)\b", r"\bi can hear how\b",
    r"\backnowledge (the|their|his|her) (frustration|feelings|anger|worry)\b", r"\bhow sorry i was\b",
    r"\b(i'?m|i am|i was|said|say|saying) (so |really |very |truly |genuinely |deeply )?sorry\b", r"\bsorry (about|for) (his|her|their) [a-z]+\b",
    r"\bsorry (that'?s|that has|it'?s|this has|it had) (happened|been)\b",
    (r"\b(must|would) (be|have been|feel) (so |really |very |incredibly )?(hard|frightening|scary|awful|horrible|upsetting|stressful|worrying|"
     r"frustrating|difficult|distressing|confusing|embarrassing|terrifying)\b"),
    r"\b(that'?s|it'?s) rubbish\b", r"\bno rush\b", r"\blet (them|him|her) vent\b", r"\bcould hear (how|that|she|he|they)\b",
]
CONFIRMING = [
    r"\b(so )?if i understand (you )?correctly\b",
    r"\b(let me|to) make sure i (have|had|understand|understood)\b",
    r"\b(read|repeat|repeated|reading) (it |the [a-z ]+ |their [a-z ]+ |back )?(back|to the customer)\b",
    r"\bjust to confirm\b",
    r"\bconfirm(ed)? (with|what|that)\b",
    r"\bto check i have\b",
    r"\bconfirmed (each|every|the|it|all)\b", r"\bchecked [a-z ]{0,20} with (him|her|them|the customer)\b",
    r"\bcheck(ed|ing)? (that |whether )?(the|it|everything) [a-z ]{0,15}worked\b",
    r"\bcheck i'?ve understood\b", r"\brepeating (it|them|that) back\b", r"\bto confirm (the|her|his|their|it)\b",
    r"\bconfirm (each|every|the) (detail|step)\b", r"\bread (each|every|the) [a-z]+ back\b",
]
HEDGES = [r"\bi guess\b", r"\bmaybe\b", r"\bkind of\b", r"\bsort of\b", r"\bjust\b", r"\bprobably\b", r"\bperhaps\b", r"\ba bit\b", r"\bi suppose\b"]
