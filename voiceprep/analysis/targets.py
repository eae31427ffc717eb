"""Every target and band a candidate is measured against, in one place, each with its source.

The scorecard (report/bands.py), the advice (report/advice.py), the scripted follow-ups
(interview/brain.py), the content coach's length flag (analysis/content.py), the call figures
(analysis/call_metrics.py), the held-silence judgement and the story bank read these values;
none keeps a copy. "Project's own" marks a value chosen here without a published source: a
judgement to revisit with real sessions, not a finding.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Band:
    """Green from `low` to `high`; amber out to `amber_low` and `amber_high`; red beyond."""

    low: float
    high: float
    amber_low: float
    amber_high: float
    source: str


@dataclass(frozen=True)
class Ceiling:
    """Lower is better: green up to `green_max`, amber up to `amber_max`, red above."""

    green_max: float
    amber_max: float
    source: str


@dataclass(frozen=True)
class PaceTargets:
    """Words per minute over an answer's span (first to last word)."""

    interview: Band
    call: Band
    min_words: int  # an answer shorter than this gives no meaningful pace (not judged)
    min_words_source: str

    def for_mode(self, mode: str) -> Band:
        return self.call if mode == "call" else self.interview


@dataclass(frozen=True)
class AnswerLengthTargets:
    """An interview answer's length in seconds (calls have no per-turn length target)."""

    band: Band  # amber_high is also where the content coach flags an answer as rambling
    rambling_words: int  # ...or this many words, whatever the duration
    too_short_words: int  # fewer words than this is no example at all: the interviewer asks for one
    words_source: str

    @property
    def rambling_s(self) -> float:
        return self.band.amber_high


@dataclass(frozen=True)
class FillerTargets:
    per_min: Ceiling
    stall_window_s: float  # a filled pause this soon after the first word is a stall for time
    stall_window_source: str


@dataclass(frozen=True)
class CallTargets:
    dead_air_s: float  # a silence longer than this while the customer waits, with no signpost
    dead_air_source: str


@dataclass(frozen=True)
class HeldSilenceTargets:
    concise_point_max_words: int  # speaking into a held silence: up to this many words is "a point"
    source: str


@dataclass(frozen=True)
class StoryBankTargets:
    stories: tuple[int, int]  # how many distinct stories to have ready
    min_words: int  # an answer shorter than this tells no story
    source: str


PACE = PaceTargets(
    interview=Band(120.0, 160.0, 105.0, 175.0,
                   "green 120-160 wpm: published public-speaking guidance (the US conversational average is about "
                   "150 wpm, National Center for Voice and Speech); amber within 15 wpm of it: project's own"),
    call=Band(120.0, 150.0, 105.0, 165.0,
              "green 120-150 wpm: contact-centre and telephone-training guidance (a comfortable phone pace; "
              "secondary sources, not checked against a primary one); amber within 15 wpm: project's own"),
    min_words=10,
    min_words_source="project's own (unified: calls judged pace from 5 words, the advice from 10)",
)

ANSWER_LENGTH = AnswerLengthTargets(
    band=Band(60.0, 120.0, 45.0, 150.0,
              "green 60-120 s: published interview coaching ('one to two minutes' per answer); red under 45 s or "
              "over 150 s (where the content coach also flags rambling): project's own"),
    rambling_words=330,
    too_short_words=25,
    words_source="project's own: 330 words is about 2.5 minutes at 130 wpm; under 25 words holds no example",
)

FILLERS = FillerTargets(
    per_min=Ceiling(3.0, 6.0, "project's own: 3 or fewer a minute go unnoticed, over 6 listeners start counting"),
    stall_window_s=3.0,
    stall_window_source="project's own",
)

LONGEST_PAUSE = Ceiling(3.0, 5.0, "project's own: up to 3 s reads as a thinking pause, over 5 s as being stuck")

RESPONSE_LATENCY = Ceiling(3.0, 6.0, "project's own: from the question's end to the first word")

CALL = CallTargets(
    dead_air_s=3.0,
    dead_air_source="project's own (published call-centre QA limits for unexplained silence range from under 1 s to 15 s)",
)

HELD_SILENCE = HeldSilenceTargets(35, "project's own")

STORY_BANK = StoryBankTargets((6, 8), ANSWER_LENGTH.too_short_words,
                              "project's own: the interview-prep habit of six to eight prepared stories")
