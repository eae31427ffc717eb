"""The scripted interviewer's follow-ups come from the content coach's findings on the answer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from voiceprep.analysis.content import Finding, analyze_content
from voiceprep.interview.brain import FollowUpContext, ScriptedBrain, scripted_decision

Q_PAST = "Tell me about a time you dealt with an angry customer."
GOOD = ("Last winter a customer called because his heating repair had been cancelled twice. I apologised, checked "
        "the schedule and booked the next free engineer for Thursday. His heating was fixed on Thursday, and our "
        "satisfaction survey gave me 5 out of 5.")


def ask(text: str, question: str = Q_PAST, **kw) -> str | None:
    d = scripted_decision(FollowUpContext(question, text, **kw))
    return d.reason if d else None


@pytest.mark.parametrize(
    "text,reason",
    [
        ("Honestly it was not my fault, the other team kept sending wrong orders and the customer was completely wrong about it all.", "blame"),
        ("I would stay calm and listen to them, then I would apologise and try to find a solution for them quickly.", "hypothetical"),
        ("I just helped him.", "too_short"),
        ("Last month a customer called about a late parcel. I apologised, traced it with the courier and sent "
         "a replacement from the warehouse by express delivery with a note from me.", "no_result"),
        ("Last month a customer called about a late parcel. I apologised, traced it with the courier and sent a "
         "replacement by express delivery. It arrived the next morning and she thanked me for sorting it out.", "no_numbers"),
        (GOOD, None),
    ],
)
def test_follow_up_follows_the_findings(text, reason):
    assert ask(text) == reason


def test_the_decision_uses_analyze_content_findings():
    # The same answer, with the coach's findings passed in: changing a finding changes the follow-up.
    findings = analyze_content(GOOD, Q_PAST)
    assert scripted_decision(FollowUpContext(Q_PAST, GOOD, content=findings)) is None
    blamed = replace(findings, flags=(*findings.flags, Finding("blame", "their fault")))
    assert scripted_decision(FollowUpContext(Q_PAST, GOOD, content=blamed)).reason == "blame"


def test_long_answer_gets_the_thirty_second_request():
    from voiceprep.types import SpeechMetrics

    m = SpeechMetrics(duration_s=150, words=330, span_s=145, wpm=136, articulation_wpm=150, speaking_time_s=130,
                      fillers=(), pauses=(), transcript=GOOD)
    assert ask(GOOD, metrics=m) == "too_long"


def test_brain_streams_one_question_and_respects_the_limit():
    brain = ScriptedBrain(max_follow_ups=1)
    pieces = list(brain.follow_up(FollowUpContext(Q_PAST, "I just helped him.")))
    assert pieces == ["Could you give me a concrete example of that?"]
    assert list(brain.follow_up(FollowUpContext(Q_PAST, "I just helped him.", follow_ups_so_far=1))) == []
