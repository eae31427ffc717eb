"""The turn detector on real speech from audio_samples/turns/ with the bundled recogniser."""

from __future__ import annotations

import json

import pytest

from tests.helpers import SAMPLES
from voiceprep.audio.frames import to_frames
from voiceprep.audio.io import load_audio
from voiceprep.audio.turns import TurnDetector, TurnSettings

pytestmark = pytest.mark.slow
TRUTH = {s["file"]: s for s in json.loads((SAMPLES / "turns" / "turns.json").read_text())["samples"]}


def decide(analyzer, name: str, **kw):
    det = TurnDetector(TurnSettings(**kw), analyzer.transcriber.read_back)
    for frame in to_frames(load_audio(SAMPLES / "turns" / name)):
        end = det.push(frame)
        if end:
            return end
    return None


@pytest.mark.parametrize("name", ["t01_unfinished_and.wav", "t03_unfinished_to.wav", "t05_because.wav"])
def test_thinking_pause_after_an_unfinished_clause_keeps_the_turn(analyzer, name):
    end = decide(analyzer, name)
    assert end is not None and end.decided_at_s > TRUTH[name]["speech_end"]


def test_complete_sentence_pause_in_a_story_keeps_the_turn_until_the_result(analyzer):
    end = decide(analyzer, "t06_complete_then_more.wav", question_kind="past")
    assert end.decided_at_s > TRUTH["t06_complete_then_more.wav"]["speech_end"]


@pytest.mark.parametrize("name", ["t08_finished.wav", "t10_finished.wav", "t12_finished_question.wav"])
def test_finished_answer_gets_a_prompt_decision(analyzer, name):
    end = decide(analyzer, name)
    assert end.reason == "finished"
    assert 0.6 <= end.decided_at_s - TRUTH[name]["speech_end"] <= 1.0  # silence wait; decode time is benchmarked
