"""One owner for every threshold: the scripted follow-up, the content coach, the scorecard and the
advice agree on answer length, latency and pace, because they all read analysis/targets.py."""

from __future__ import annotations

import dataclasses

import pytest

from tests.fakes.engine import Said
from voiceprep.analysis import targets
from voiceprep.analysis.content import analyze_content
from voiceprep.analysis.targets import ANSWER_LENGTH, PACE, RESPONSE_LATENCY
from voiceprep.interview.brain import FollowUpContext, scripted_decision
from voiceprep.report import bands
from voiceprep.report.advice import advice
from voiceprep.store import StoredSession
from voiceprep.types import Turn

Q = "Tell me about a time you dealt with an angry customer."
GOOD = ("Last winter a customer called because his heating repair had been cancelled twice. I apologised, checked "
        "the schedule and booked the next free engineer for Thursday. His heating was fixed on Thursday, and our "
        "satisfaction survey gave me 5 out of 5.")
SPANS_S = [30.0, 44.0, 45.0, 59.0, 60.0, 90.0, 119.0, 120.0, 121.0, 135.0, 149.0, 150.0, 151.0, 200.0]


def answer(span_s: float, **kw) -> Turn:
    m = Said(GOOD, seconds=span_s).metrics()
    assert m.span_s == pytest.approx(span_s, abs=0.5)
    return Turn(1, "candidate", "answer", GOOD, 0, span_s, metrics=m, question=Q, **kw)


@pytest.mark.parametrize("span_s", SPANS_S)
def test_the_too_long_follow_up_and_the_length_band_agree(span_s):
    t = answer(span_s)
    content = analyze_content(GOOD, Q, duration_s=t.metrics.span_s)
    decision = scripted_decision(FollowUpContext(Q, GOOD, t.metrics, content))
    verdict = bands.answer_length(t.metrics.span_s)
    too_long_on_the_card = verdict.status != "green" and verdict.reason.startswith("longer")
    assert (decision is not None and decision.reason == "too_long") == too_long_on_the_card
    # The content coach flags rambling by length exactly where the band turns red.
    assert ("rambling" in content.flag_names()) == (verdict.status == "red" and t.metrics.span_s > ANSWER_LENGTH.band.high)


@pytest.mark.parametrize("span_s", SPANS_S)
def test_the_length_advice_speaks_up_exactly_where_the_scorecard_leaves_green(span_s):
    t = answer(span_s)
    tips = " ".join(advice(StoredSession("s", "interview", 0, 1, True, {}, {}, (t,))))
    verdict = bands.answer_length(t.metrics.span_s)
    assert ("went past" in tips) == (verdict.status != "green" and verdict.reason.startswith("longer"))
    assert (f"under {ANSWER_LENGTH.band.low:.0f} seconds" in tips) == (verdict.status != "green" and verdict.reason.startswith("shorter"))


@pytest.mark.parametrize("latency_s", [1.0, 2.9, 3.0, 3.1, 4.0, 5.9, 6.5])
def test_the_latency_advice_and_band_agree(latency_s):
    t = answer(90.0, response_latency_s=latency_s)
    tips = " ".join(advice(StoredSession("s", "interview", 0, 1, True, {}, {}, (t,))))
    assert ("to start" in tips) == (bands.response_latency(latency_s).status != "green")
    assert (f"over {RESPONSE_LATENCY.green_max:g} seconds" in tips) == (latency_s > RESPONSE_LATENCY.green_max)


@pytest.mark.parametrize("mode", ["interview", "call"])
@pytest.mark.parametrize("wpm", [100.0, 119.0, 120.0, 140.0, 150.0, 151.0, 160.0, 161.0, 190.0])
def test_the_pace_advice_and_band_agree(mode, wpm):
    words = GOOD.split()
    seconds = len(words) * 60 / wpm
    t = Turn(1, "candidate", "answer", GOOD, 0, seconds, metrics=Said(GOOD, seconds=seconds).metrics())
    tips = " ".join(advice(StoredSession("s", mode, 0, 1, True, {}, {}, (t,))))
    verdict = bands.pace(t.metrics.wpm, mode)
    assert ("words a minute" in tips) == (verdict.status != "green")


def test_every_value_says_where_it_comes_from():
    owners = [v for v in vars(targets).values() if dataclasses.is_dataclass(v) and not isinstance(v, type)]
    assert len(owners) >= 8
    for owner in owners:
        for f in dataclasses.fields(owner):
            value = getattr(owner, f.name)
            if dataclasses.is_dataclass(value):
                assert value.source.strip(), (owner, f.name)
            elif "source" in f.name:
                assert value.strip(), (owner, f.name)
    assert PACE.for_mode("call").high < PACE.for_mode("interview").high
