"""The call script over a fake engine: the customer's lines follow the mood, and the call ends
when resolved, when the customer hangs up (also on dead air), at the time limit, or on Ctrl-C."""

from __future__ import annotations

import numpy as np

from tests.fakes.engine import FakeAnalyzer, FakeEngine, Said
from voiceprep.call.customer import ScriptedCustomer
from voiceprep.call.scenarios import get_scenario
from voiceprep.call.session import NO_REPLY_S, STILL_THERE, Call

EMPATHETIC = [
    "I'm so sorry this has happened, I can hear how frustrating it is. Could you give me your order number, please?",
    "Thank you. Let me just check that for you. I can send a replacement by express delivery today, or refund you now. Which would you prefer?",
    "I'll make sure it goes out today and I'll email you the tracking within the hour. Is there anything else I can help you with?",
]
LATE = get_scenario("late_delivery")


def call(heard, *, time_limit_s: float = 600.0, unfinished=None) -> tuple[Call, FakeEngine]:
    analyzer = FakeAnalyzer()
    engine = FakeEngine(heard, analyzer, unfinished=unfinished)
    return Call(engine, scenario=LATE, customer=ScriptedCustomer(), analyzer=analyzer, time_limit_s=time_limit_s), engine


def test_dead_air_until_the_customer_hangs_up_ends_the_call():
    c, engine = call([None, None, None, None])
    c.run()
    assert c.outcome == "hung_up" and c.call.outcome == "hung_up" and c.complete
    assert [text for role, _, text in engine.spoken] == [LATE.opening, STILL_THERE, LATE.hang_up_line]
    assert engine.listens == [(NO_REPLY_S, "")] * 2  # nobody listens after she hung up
    assert c.call.mood_over_call == (-1.5, -2.5, -3.0)
    assert engine.closed == ({"call": c.call.to_dict(), "scenario": "late_delivery"}, True)


def test_an_empathetic_agent_resolves_the_call():
    c, engine = call([Said(t) for t in EMPATHETIC])
    c.run()
    assert c.outcome == "resolved" and engine.spoken[-1][2] == LATE.resolved_line
    assert [t.role for t in engine.turns] == ["customer", "agent", "customer", "agent", "customer", "agent", "customer"]
    agent = [t for t in engine.turns if t.role == "agent"]
    assert "empathy" in {lb.name for lb in agent[0].notes.call_labels} and agent[0].notes.mood > -1.5
    assert c.call.three_c_order == ("calm", "clarify", "create_options") and c.call.options_offered == 1
    assert list(c.call.mood_over_call) == sorted(c.call.mood_over_call)
    assert c.to_dict()["call"]["outcome"] == "resolved" and c.to_dict()["turns"][1]["extra"]["mood"] == agent[0].notes.mood


def test_the_time_limit_ends_a_call_that_goes_nowhere():
    c, engine = call([Said("Okay.", seconds=1.0)] * 10, time_limit_s=30.0)
    c.run()
    assert c.outcome == "time_limit" and c.complete
    assert engine.clock_s >= 30.0 and len(engine.listens) < 10


def test_ctrl_c_keeps_the_agents_unfinished_line():
    c, engine = call([Said(EMPATHETIC[0]), KeyboardInterrupt()], unfinished=(np.zeros(1600, dtype=np.float32), 20.0))
    c.run()
    last = engine.turns[-1]
    assert (last.role, last.kind) == ("agent", "agent_line") and last.notes.interrupted and last.start == 20.0
    assert c.outcome == "interrupted" and not c.complete and engine.closed[1] is False
