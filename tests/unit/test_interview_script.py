"""The interview script over a fake engine: what it says, in what order, what it records, and how
it ends (questions done, answers run out, Ctrl-C)."""

from __future__ import annotations

import numpy as np

from tests.fakes.engine import FakeAnalyzer, FakeEngine, Said
from voiceprep.interview.bank import Question
from voiceprep.interview.brain import ScriptedBrain
from voiceprep.interview.session import (
    ACKS,
    CLOSING,
    GREETING,
    INTERRUPT,
    Interview,
    PracticeSettings,
)

PAST = Question("angry", "difficult_customers", "past", "Tell me about a time you dealt with an angry customer.")
OPINION = Question("service", "motivation", "opinion", "What does good customer service mean to you?")
GOOD = ("Last winter a customer called because his heating repair had been cancelled twice. I apologised, checked "
        "the schedule and booked the next free engineer for Thursday. His heating was fixed on Thursday, and our "
        "satisfaction survey gave me 5 out of 5.")
SHORT = "I just helped him."


def interview(heard, questions, **settings) -> tuple[Interview, FakeEngine]:
    analyzer = FakeAnalyzer()
    engine = FakeEngine(heard, analyzer)
    said: list[str] = []
    iv = Interview(engine, brain=ScriptedBrain(), analyzer=analyzer, questions=questions, say=said.append,
                   settings=PracticeSettings(**{"hold_silences": 0, "seed": 1, **settings}))
    iv.said = said  # type: ignore[attr-defined]
    return iv, engine


def test_asks_acknowledges_follows_up_and_closes_in_order():
    iv, engine = interview([Said(GOOD), Said(SHORT), Said(GOOD)], [PAST, OPINION])
    iv.run()
    assert [(role, kind) for role, kind, _ in engine.spoken] == [
        ("interviewer", "greeting"), ("interviewer", "question"), ("interviewer", "acknowledgement"),
        ("interviewer", "question"), ("interviewer", "acknowledgement"), ("interviewer", "follow_up"),
        ("interviewer", "acknowledgement"), ("interviewer", "closing")]
    assert engine.spoken[0][2] == GREETING and engine.spoken[-1][2] == CLOSING
    assert engine.spoken[5][2] == "Could you give me a concrete example of that?"  # the short answer's follow-up
    assert all(text in ACKS for _, kind, text in engine.spoken if kind == "acknowledgement")
    # The acknowledgement is spoken before the answer is measured, and recorded after it.
    assert engine.kinds() == ["greeting", "question", "answer", "acknowledgement", "question", "answer", "acknowledgement",
                              "follow_up", "follow_up_answer", "acknowledgement", "closing"]
    assert [t.index for t in engine.turns] == list(range(len(engine.turns)))
    answers = [t for t in engine.turns if t.role == "candidate"]
    assert [t.notes.question_id for t in answers] == ["angry", "service", "service"]
    assert all(t.notes.turn_end == "finished" and t.notes.content is not None for t in answers)
    assert answers[2].question == engine.spoken[5][2]  # a follow-up answer answers the follow-up
    assert answers[1].notes.content.word_count == 4
    assert [kind for _, kind in engine.listens] == ["past", "opinion", "opinion"]  # the detector knows what kind of answer to expect
    assert engine.opened == ("interview", {"questions": ["angry", "service"], "brain": "scripted", "hold_after": []})
    assert engine.closed == ({"answers": 3, "held_silences": [], "brain": "scripted", "complete": True}, True)
    assert iv.complete and iv.to_dict()["turns"][2]["extra"]["question_id"] == "angry"


def test_a_held_silence_waited_out_or_used_for_a_point():
    iv, engine = interview([Said(GOOD), None], [PAST], hold_silences=1)
    iv.run()
    assert engine.kinds() == ["greeting", "question", "answer", "held_silence", "closing"]
    assert "acknowledgement" not in [k for _, k, _ in engine.spoken]  # silence instead of "thank you"
    held = engine.turns[3].held_silence
    assert held.outcome == "waited" and 4.0 <= held.duration_s <= 8.0
    assert engine.listens[1] == (held.duration_s, "past")

    iv, engine = interview([Said(GOOD), Said("And I followed up with him the next week.")], [PAST], hold_silences=1)
    iv.run()
    assert engine.kinds() == ["greeting", "question", "answer", "held_silence", "silence_response", "closing"]
    assert engine.turns[3].held_silence.outcome == "added_point"
    assert engine.turns[4].notes.during_held_silence and engine.turns[4].text.startswith("And I followed up")


def test_an_answer_over_the_limit_is_interrupted_then_asked_for_the_short_version():
    iv, engine = interview([Said(GOOD, seconds=185.0, reason="too_long"), Said(GOOD)], [PAST])
    iv.run()
    assert [k for _, k, _ in engine.spoken] == ["greeting", "question", "interruption", "follow_up", "acknowledgement", "closing"]
    assert engine.spoken[2][2] == INTERRUPT
    assert engine.spoken[3][2] == "Could you give me the thirty-second version of that?"
    assert engine.kinds()[2:4] == ["answer", "interruption"] and engine.turns[2].notes.turn_end == "too_long"


def test_no_answer_moves_on_and_running_out_of_answers_ends_normally():
    iv, engine = interview([None, Said(GOOD)], [PAST, OPINION, PAST])
    iv.run()
    assert "No answer heard; moving on." in iv.said
    # The third question is asked before the script learns there is no recording left for it.
    assert [k for _, k, _ in engine.spoken] == ["greeting", "question", "question", "acknowledgement", "question", "closing"]
    assert iv.complete and engine.closed[1] is True  # headless: the recordings ran out, a normal end


def test_ctrl_c_mid_answer_keeps_what_was_said_and_marks_the_session_incomplete():
    analyzer = FakeAnalyzer()
    engine = FakeEngine([Said(GOOD), KeyboardInterrupt()], analyzer, unfinished=(np.zeros(1600, dtype=np.float32), 40.0))
    iv = Interview(engine, brain=ScriptedBrain(), analyzer=analyzer, questions=[PAST, OPINION],
                   settings=PracticeSettings(hold_silences=0))
    iv.run()
    last = engine.turns[-1]
    assert last.kind == "answer" and last.notes.interrupted and last.start == 40.0 and last.text.startswith("and then I")
    assert "closing" not in engine.kinds() and not iv.complete
    assert engine.closed[1] is False and engine.closed[0]["answers"] == 2


def test_the_follow_up_is_prepared_at_a_pause_and_replaced_when_the_answer_goes_on():
    # At a thinking pause the answer so far is short: its follow-up ("a concrete example") is
    # prepared then. The candidate goes on to a full story, which needs none: the early one is
    # dropped, never spoken, and the next question follows the acknowledgement.
    iv, engine = interview([Said(GOOD, paused_after=(SHORT,))], [PAST, OPINION])
    iv.run()
    assert [list(p) for p in engine.prepared] == [["Could you give me a concrete example of that?"], []]
    assert engine.prepared[0].cancelled
    assert [k for _, k, _ in engine.spoken] == ["greeting", "question", "acknowledgement", "question", "closing"]


def test_the_follow_up_prepared_for_the_whole_answer_is_spoken_right_after_the_acknowledgement():
    iv, engine = interview([Said(SHORT, paused_after=("I just",)), Said(GOOD)], [PAST])
    iv.run()
    assert [list(p) for p in engine.prepared][-1] == ["Could you give me a concrete example of that?"]
    kinds = [k for _, k, _ in engine.spoken]
    assert kinds[kinds.index("acknowledgement") + 1] == "follow_up"
    assert engine.kinds()[2:5] == ["answer", "acknowledgement", "follow_up"]  # recorded in the order said


def test_the_answer_so_far_is_transcribed_in_the_background_when_the_candidate_speaks_on():
    iv, engine = interview([Said(GOOD, paused_after=("Last winter a customer called.",))], [PAST])
    iv.run()
    analyzer = engine._analyzer
    assert analyzer.heard_ahead == [(2 * 16000, analyzer.heard_ahead[0][1])]  # the 2 s heard before the pause
    assert analyzer.heard_ahead[0][1].startswith("voiceprep-measure")  # off the listening loop


def test_without_a_whole_read_back_the_follow_up_waits_for_the_full_measurement():
    iv, engine = interview([Said(SHORT, read_back=False), Said(GOOD)], [PAST])
    iv.run()
    assert engine.prepared == []  # nothing to decide from early
    assert engine.kinds()[2:5] == ["answer", "acknowledgement", "follow_up"]
    assert engine.spoken[3][2] == "Could you give me a concrete example of that?"


def test_stopped_while_the_follow_up_plays_the_answer_is_still_kept():
    iv, engine = interview([Said(SHORT), Said(GOOD)], [PAST])
    engine.interrupt_on = "follow_up"
    iv.run()
    assert "Stopped. Everything up to this point is saved." in iv.said
    assert engine.kinds() == ["greeting", "question", "answer", "acknowledgement"]
    assert engine.turns[2].text == SHORT and engine.closed[1] is False
