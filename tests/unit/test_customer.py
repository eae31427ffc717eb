"""The customer's mood follows what the agent does; scenarios load and validate."""

from __future__ import annotations

import pytest

from voiceprep.analysis.call_labels import label_call_utterance
from voiceprep.call.customer import CallState, ScriptedCustomer, agent_turn, mood_change
from voiceprep.call.scenarios import get_scenario, load_scenarios
from voiceprep.errors import VoiceprepError


def test_eight_scenarios_with_everything_a_role_play_needs():
    scenarios = load_scenarios()
    assert {"late_delivery", "billing_migration", "refund_outside_policy", "payment_no_order", "language_barrier",
            "multiple_issues", "upsell_opportunity", "wants_supervisor"} <= set(scenarios)
    for s in scenarios.values():
        assert s.goal and s.opening and s.calms and s.angers and s.resolved_when and -3 < s.starting_mood < 3
        assert all(s.lines[k] for k in ("angry", "neutral", "calm"))
    with pytest.raises(VoiceprepError, match="unknown scenario"):
        get_scenario("nope")


def test_empathy_and_options_calm_and_resolve():
    st = CallState.start(get_scenario("late_delivery"))
    for line in ("I'm so sorry, I can hear how frustrating this is. Could you give me your order number?",
                 "I can send a replacement by express today, or refund you now. Which would you prefer?",
                 "I'll make sure it goes out today and email you the tracking. Is there anything else I can help with?"):
        agent_turn(st, line)
    assert st.moods == sorted(st.moods) and st.moods[-1] > st.moods[0]
    assert st.resolved and not st.hung_up and st.options_offered == 1
    assert ScriptedCustomer().reply(st) == st.scenario.resolved_line


def test_blame_policy_and_dead_air_anger_until_hang_up():
    st = CallState.start(get_scenario("late_delivery"))
    agent_turn(st, "That's not our fault, the courier lost it.")
    agent_turn(st, "", dead_air=True)
    agent_turn(st, "Our policy says wait five days. There's nothing I can do.")
    assert st.moods == sorted(st.moods, reverse=True) and st.hung_up
    assert ScriptedCustomer().reply(st) == st.scenario.hang_up_line


def test_mood_change_explains_itself():
    delta, why = mood_change("Let me just check that for you.")
    assert why == ["signpost"] and delta == 0
    delta, why = mood_change("Please calm down.")
    assert "policy" in why and delta < 0


def test_labels_carry_their_evidence():
    labels = {lb.name: lb.evidence for lb in label_call_utterance("Just to confirm, you want the refund on the card ending 4471?")}
    assert labels["confirmation"] == "just to confirm" and "clarify" in labels
