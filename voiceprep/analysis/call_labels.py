"""Labels for one agent utterance in a contact-centre call: empathy, confirmation, signposting,
blame, the 3C steps (calm, clarify, create options), ownership and close. Rule-based; every
label carries the words that triggered it."""

from __future__ import annotations

import re
from dataclasses import dataclass

LABELS = ("empathy", "confirmation", "signpost", "blame", "calm", "clarify", "create_options", "ownership", "close")

_EMPATHY = [
    r"\b(i'?m|i am) (really |so |very |truly )?sorry\b", r"\bi apologi[sz]e\b", r"\bapologies\b",
    r"\bi (completely |totally )?understand (why|how|that|english|your)\b", r"\bi understand,",
    r"\bi can (hear|see|imagine) (how|that|why)\b",
    r"\b(must|must have) (be|been) (really |so |very )?(frustrating|upsetting|stressful|difficult|worrying|annoying)\b",
    r"\b(that|this) (sounds|is) (really |so |very )?(frustrating|upsetting|stressful|difficult|worrying)\b",
    r"\bi hear you\b", r"\b(a )?(really |very )?stressful (week|time|day)\b", r"\byou'?re right to\b",
]
_CALM = [
    r"\b(i'?m|i am) (really |so |very )?sorry\b", r"\bi (completely |totally )?understand (why|how|that|english)\b", r"\bi understand,",
    r"\bi can hear how\b", r"\bi hear you\b", r"\b(must|must have) (be|been) (really |so )?(frustrating|upsetting|stressful|difficult)\b",
    r"\bthat (sounds|is) (really |so )?(frustrating|upsetting|stressful)\b", r"\bstressful (week|time|day)\b",
    r"\bthank(s| you) for (your patience|bearing with me)\b", r"\bwe can go step by step\b", r"\bspeak slowly\b",
    r"\bstay on the line with you\b", r"\bi'?m going to sort this out\b", r"\bi want to get this right\b",
    r"\byou'?re right to expect\b",
]
_CONFIRMATION = [
    r"\bif i (understand|'?ve understood|understood)( you)?( correctly)?\b", r"\bjust to (confirm|be clear|check)\b",
    r"\blet me (make sure|check) i'?ve? (got|understood|have)\b", r"\bso what you'?re saying\b",
    r"\bdouble-?check\b", r"\bis that right\b", r"\bto confirm\b",
]
_SIGNPOST = [
    r"\blet me (just )?(check|look|see|pull|find|have a look)\b", r"\bbear with me\b", r"\b(give|bear with) me (one|a) (moment|second|minute)\b",
    r"\b(hold on|one) (one )?(second|moment)\b", r"\bi'?m (just )?(reading|checking|looking|pulling)\b", r"\bwhile i (check|pull|look)\b",
]
_BLAME = [
    r"\b(not|isn'?t) (our|my) fault\b", r"\b(the )?(courier|warehouse|other department|system)'?s? (fault|mistake|error)\b",
    r"\b(courier|warehouse)'s (fault|mistake)\b", r"\byou should have\b", r"\byou must have (entered|put|typed|done)\b",
    r"\bi don'?t make the rules\b", r"\bnot mine\b", r"\bthat was the courier'?s\b",
]
_CLARIFY = [
    r"^(could|can|would|did|do|does|which|when|what|where|how|have|has|is) [^.!]*\?",
    r"\b(could|can) (you|i) (give|tell|confirm|just)\b[^.]*\?", r"\b(which|what|when|where) [^.!]*\?",
    r"\bif i (understand|'?ve understood)\b", r"\bjust to (confirm|be clear)\b", r"\blet me make sure\b", r"\bso what you'?re saying\b",
    r"\bdouble-?check\b",
]
_OPTIONS = [
    r"\b(i|we) (can|could) (offer|send|refund|arrange|upgrade|give)\b[^.]*\bor\b", r"\b(one|another) option\b",
    r"\bwhat i can do is\b", r"\byou have (two|three|a few) (choices|options)\b", r"\bwould you (like|prefer) me to (add|upgrade|switch)\b",
    r"\bwhich would you prefer\b", r"\bor (i|we) (can|could) (send|refund|try|arrange)\b", r"\bput you through to a supervisor\b",
]
_OWNERSHIP = [
    r"\bi('?ll| will) (take care|make sure|personally|stay on|call you back|sort)\b", r"\bi('?m| am) going to (personally |escalate|sort|make sure)\b",
    r"\b(it|that) was (our|my) (error|mistake|fault)\b", r"\bi'?ll put you through\b[^.]*\bbrief\b", r"\bi'?ve logged it\b",
    r"\bi want to get this right\b", r"\bmyself\b", r"\bi'?ll stay on the line\b", r"\bpersonally\b",
]
_CLOSE = [
    r"\bis there anything else\b", r"\bhave a (good|great|lovely) (day|evening|afternoon)\b", r"\bby (five|\d+) o'?clock\b",
    r"\b(you'?ll|you will) (see|get|receive) (the|an|your)\b[^.]*\bwithin\b", r"\bcall (me|us) back on this reference\b",
    r"\bi('?ll| will) email you the (confirmation|tracking)\b", r"\bon its way by text\b", r"\bcall you back by\b",
]
_RULES = {
    "empathy": _EMPATHY, "confirmation": _CONFIRMATION, "signpost": _SIGNPOST, "blame": _BLAME, "calm": _CALM,
    "clarify": _CLARIFY, "create_options": _OPTIONS, "ownership": _OWNERSHIP, "close": _CLOSE,
}
POLICY_RECITAL = [r"\b(our|company|the) polic(y|ies)\b", r"\bnothing i can do\b", r"\bthose are the rules\b", r"\brules are the rules\b", r"\bnot able to help\b", r"\bplease calm down\b"]


@dataclass(frozen=True)
class CallLabel:
    name: str
    evidence: str


# Questions that offer or close rather than ask for details.
_NOT_CLARIFYING = re.compile(r"(which would you prefer|anything else|would you like me to|would you prefer)[^.!]*\?")


def label_call_utterance(text: str) -> list[CallLabel]:
    """Labels found in one agent utterance, in LABELS order, each with its trigger words."""
    low = text.lower().replace("’", "'").strip()
    out = []
    for name in LABELS:
        target = _NOT_CLARIFYING.sub(".", low) if name == "clarify" else low
        for pattern in _RULES[name]:
            m = re.search(pattern, target)
            if m:
                out.append(CallLabel(name, m.group(0)))
                break
    return out


def policy_recital(text: str) -> str | None:
    """Reciting policy or refusing flatly: what angers an upset customer."""
    low = text.lower()
    for p in POLICY_RECITAL:
        m = re.search(p, low)
        if m:
            return m.group(0)
    return None
