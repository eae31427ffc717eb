"""Cue phrases of the content coach in one place (regular expressions, lower-case text)."""

from __future__ import annotations

# --- STAR+I -------------------------------------------------------------------------------
# Time anchors set a scene wherever they stand; the other situation cues only where the
# sentence is not already an action or result.
TIME_ANCHORS = [
    r"\b(last|this past|one|that) (year|month|week|winter|summer|spring|autumn|christmas|morning|shift)\b",
    r"\b(once|one day|recently|a few (weeks|months|years) ago|years ago)\b",
    r"\b(when|while) i (was|worked|had)\b",
    r"\b(in|at|during|on) (my )?(last|previous|first|old) (job|role|position|week|company)\b",
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
    r"\b(i|we) (needed|had) to\b",
    r"\bit was my (job|responsibility|task)\b",
    r"\bthe (goal|aim|target) was\b",
]
# First-person past actions; "I was", "I had", "I felt" and "I would" are not actions.
ACTION = [
    r"\b(i|we) (?!was\b|were\b|had\b|felt\b|would\b|could\b|wanted\b|thought\b|guess\b|liked\b|loved\b|knew\b|needed\b)"
    r"([a-z]+ed|took|made|gave|went|sent|wrote|spoke|built|set|put|ran|found|got|told|kept|brought|sat|met|began|led|chose|did|read|paid|drove|stayed|let|said|rang|grouped|pinned|cleared)\b",
    r"\b(then|after that|first|next|so) i\b(?! would)",
]
RESULT = [
    r"\b(as a result|in the end|eventually|the outcome|which meant|that meant|after that the|within (a|the|one|two|three|[0-9]+))\b",
    r"\b(resolved|restored|fixed|sorted|renewed|thanked|accepted|arrived|recovered|filed|made the|came back|cleared|stayed|dropped|fell|rose|went (up|down)|increased|decreased|reduced|improved|cut|saved|reached)\b",
    r"\bkept (the|my|our|every) [a-z ]{0,20}(at|under|below|steady)\b",
    r"\b(review|survey|score|thank you|card)\b",
    r"\b[0-9]+(\.[0-9]+)? ?(%|percent)\b",
]
INSIGHT = [
    r"\bi (learned|learnt|realised|realized|took from|now (always|check|read|confirm))\b",
    r"\b(since then|from then on|going forward|next time|now i|taught me|the lesson|what i took from)\b",
    r"\bset myself a rule\b",
]

# --- red flags ----------------------------------------------------------------------------
BLAME = [
    r"\b(not|wasn't|was not|isn't) my fault\b",
    r"\b(his|her|their|its|the team's|management's) fault\b",
    r"\bbecause of (him|her|them|my (manager|boss|colleague|team))\b",
    r"\bwhich is why the mistakes\b",
    r"\b(the )?customer was (completely |totally |just )?wrong\b",
    r"\b(the|my) (manager|boss|colleague|supervisor|other team) (never|didn't|did not|was (lazy|useless|rude|terrible))\b",
    r"\bthe system (had )?failed\b.{0,40}\bnothing i could do\b",
    r"\bnothing i could do\b",
    r"\bi reported him\b.{0,60}\bfault\b",
]
NEGATIVITY = [
    r"\b(was|is) (a mess|terrible|awful|horrible|toxic|the worst)\b",
    r"\b(toxic|hated|couldn't wait to get out|could not wait to get out)\b",
    r"\b(management|my (old |previous |last )?(boss|manager|company)) (did not|didn't|never) care\b",
    r"\bterrible at\b",
    r"\bmy (manager|boss|company) never\b",
    r"\b(rude and lazy|lazy|useless|incompetent)\b",
    r"\bthe pay was (terrible|awful|bad)\b",
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
]
CLAIMS = [
    r"\bi (am|'m) (very |really |so |a )?(great|good|excellent|patient|careful|detail oriented|hard working|hardworking|the best|reliable|passionate)\b",
    r"\bi would be (great|perfect|an asset|ideal)\b",
    r"\b(customers|people|everyone) (love|loves|like) me\b",
    r"\b(said|says) i (was|am) the best\b",
    r"\bi (do not|don't) (really )?make mistakes\b",
    r"\bi (always|never) (double check|go|make)\b",
]
HYPOTHETICAL = [r"\bi would\b", r"\bi'd\b", r"\bi will\b", r"\bi (always|usually|normally|generally)\b"]
# For "how would you..." questions a plan is the right answer: "I would check..." is an action.
PLANNED_ACTION = [r"\b(i would|i'd|i will|then i would|first i would) (?!be\b|probably\b|just\b|always\b)[a-z]+"]
PAST_EXAMPLE_QUESTION = [
    r"\btell me about a time\b", r"\bdescribe a (time|situation)\b", r"\bgive me an example\b",
    r"\bhave you ever\b", r"\bwhen have you\b", r"\bshare an example\b", r"\bwalk me through a time\b",
]

# --- strengths ----------------------------------------------------------------------------
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    "fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|quarter|third|double|twice"
)
NUMBERS = [
    r"\b[0-9]+([.,][0-9]+)?\b",
    rf"\bat ({NUMBER_WORDS})\b",
    rf"\b({NUMBER_WORDS})\b(?= ?(percent|%|minutes?|hours?|days?|weeks?|months?|years?|calls?|emails?|tickets?|chats?|customers?|students?|accounts?|visits?|a day|more|star|of|out of|by|in the|contacts?|per))",
    r"\bby (half|a (third|quarter))\b",
]
KPI = [
    r"\b(average handle time|handle time|aht)\b",
    r"\b(first (contact|call) resolution|fcr)\b",
    r"\b(csat|customer satisfaction( score)?|satisfaction (score|survey))s?\b",
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
]
CONFIRMING = [
    r"\b(so )?if i understand (you )?correctly\b",
    r"\b(let me|to) make sure i (have|had|understand|understood)\b",
    r"\b(read|repeat|repeated|reading) (it |the [a-z ]+ |their [a-z ]+ |back )?(back|to the customer)\b",
    r"\bjust to confirm\b",
    r"\bconfirm(ed)? (with|what|that)\b",
    r"\bto check i have\b",
]
HEDGES = [r"\bi guess\b", r"\bmaybe\b", r"\bkind of\b", r"\bsort of\b", r"\bjust\b", r"\bprobably\b", r"\bperhaps\b", r"\ba bit\b", r"\bi suppose\b"]
