"""Story bank: groups a candidate's answers into the stories they tell, maps each story to the
competencies interviewers probe, and says which competencies still lack a prepared story."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from voiceprep.analysis.targets import STORY_BANK

COMPETENCIES: dict[str, list[str]] = {
    "communication": [r"\bexplain", r"\bclear(ly)?\b", r"\bupdate", r"\bemail", r"\bsummar", r"\bread (it )?back", r"\bguide\b", r"\blisten"],
    "patience under pressure": [r"\bangry\b", r"\bshout", r"\byell", r"\bfurious\b", r"\bupset\b", r"\bcalm", r"\bpressure\b", r"\bin tears\b", r"\bfrustrat"],
    "empathy and problem solving": [r"\bunderstand (how|why)", r"\bsorry\b", r"\bapologi", r"\bfound (a|the)\b", r"\bfix", r"\bsolution\b", r"\bresolv", r"\brefund"],
    "time management and tools": [r"\bqueue\b", r"\bbacklog\b", r"\bcrm\b", r"\bsystem\b", r"\btemplate", r"\bprioriti", r"\bhandle time\b", r"\bchats?\b", r"\bcalendar\b", r"\bchecklist\b"],
    "emotional intelligence": [r"\bfeel", r"\bfelt\b", r"\bmistake\b", r"\blearn", r"\brealis", r"\bfeedback\b", r"\btone\b"],
    "teamwork": [r"\bcolleague", r"\bteam\b", r"\bsupervisor\b", r"\bmanager\b", r"\btogether\b", r"\bhandover\b", r"\bshared\b"],
}
TARGET_STORIES = STORY_BANK.stories
_STOP = set(
    "a an the and or but so to of in on at for with i me my we our you your he she they them it its is was were be "
    "been am are had have has do did not no that this there then than as by from if would could should will can just "
    "very really what which who when where how about all one day time customer customers call called".split()
)


@dataclass(frozen=True)
class AnswerRecord:
    """One stored answer: where it came from and what was said."""

    session_id: str
    turn_index: int
    question: str
    text: str


@dataclass(frozen=True)
class Story:
    """Answers that tell the same story, and the competencies the story shows."""

    title: str
    answers: tuple[AnswerRecord, ...]
    competencies: tuple[str, ...]


@dataclass(frozen=True)
class StoryBank:
    stories: tuple[Story, ...]

    @property
    def covered(self) -> set[str]:
        return {c for s in self.stories for c in s.competencies}

    @property
    def missing_competencies(self) -> list[str]:
        return [c for c in COMPETENCIES if c not in self.covered]

    def to_dict(self) -> dict:
        return {
            "stories": [
                {"title": s.title, "competencies": list(s.competencies),
                 "answers": [{"session_id": a.session_id, "turn_index": a.turn_index, "question": a.question} for a in s.answers]}
                for s in self.stories
            ],
            "missing_competencies": self.missing_competencies,
            "target_stories": list(TARGET_STORIES),
        }


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _STOP}


def competencies_of(text: str) -> tuple[str, ...]:
    """Competencies a story shows: two or more cues for a competency, or one strong cue."""
    low = text.lower()
    out = []
    for name, cues in COMPETENCIES.items():
        hits = sum(1 for c in cues if re.search(c, low))
        if hits >= 2:
            out.append(name)
    return tuple(out)


def build_story_bank(answers: Iterable[AnswerRecord], *, same_story: float = 0.3) -> StoryBank:
    """Group answers whose content words overlap (|A & B| / min(|A|, |B|) >= `same_story`: a
    retelling uses different words, so the smaller answer's share is what counts) into one story.

    Answers with fewer than 25 words tell no story and are skipped. A story's title is its
    first sentence, cut to 80 characters.
    """
    groups: list[tuple[set[str], list[AnswerRecord]]] = []
    for a in answers:
        if len(a.text.split()) < STORY_BANK.min_words:
            continue
        words = _content_words(a.text)
        best = None
        for i, (vocab, _) in enumerate(groups):
            overlap = len(words & vocab) / max(1, min(len(words), len(vocab)))
            if overlap >= same_story and (best is None or overlap > best[0]):
                best = (overlap, i)
        if best is None:
            groups.append((words, [a]))
        else:
            vocab, members = groups[best[1]]
            groups[best[1]] = (vocab | words, [*members, a])
    stories = []
    for _, members in groups:
        text = " ".join(m.text for m in members)
        first = re.split(r"(?<=[.!?])\s+", members[0].text.strip())[0]
        stories.append(Story(first[:80], tuple(members), competencies_of(text)))
    return StoryBank(tuple(stories))
