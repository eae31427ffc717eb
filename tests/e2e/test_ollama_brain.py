"""The LLM interviewer through the real ollama client against a local fake server, including
slow, failing and missing-model servers: the interview never hangs and falls back once."""

from __future__ import annotations

import socket
import time

import pytest

from tests.fakes.ollama_server import FakeOllama
from voiceprep.analysis.content import ContentFindings
from voiceprep.interview.brain import (
    FallbackBrain,
    FollowUpContext,
    OllamaBrain,
    ScriptedBrain,
    ollama_ready,
)
from voiceprep.types import SpeechMetrics

pytestmark = pytest.mark.e2e
M = SpeechMetrics(duration_s=30, words=70, span_s=28, wpm=150, articulation_wpm=160, speaking_time_s=26, fillers=(), pauses=(), transcript="")
CTX = FollowUpContext("Tell me about a time you calmed an angry caller.", "I listened and booked an engineer for the next day.", M,
                      ContentFindings.from_dict({"star": {"situation": False, "task": False, "action": True, "result": False, "insight": False}}))


def brain(fake_host: str, notices: list[str], deadline_s: float = 3.0) -> FallbackBrain:
    return FallbackBrain(OllamaBrain(fake_host, "llama3.2:3b", timeout_s=deadline_s), ScriptedBrain(), notices.append,
                         model="llama3.2:3b", deadline_s=deadline_s)


def test_streamed_follow_up_carries_transcript_metrics_and_gaps():
    notices: list[str] = []
    with FakeOllama(reply="Good. And how did the customer react when the engineer arrived? Also, anything else?", chunk_chars=5) as fake:
        out = list(brain(fake.host, notices).follow_up(CTX))
        req = fake.requests[0]
    assert out == ["And how did the customer react when the engineer arrived?"]
    assert notices == []
    prompt = req["messages"][-1]["content"]
    assert "booked an engineer" in prompt and "150 words per minute" in prompt and "no situation" in prompt
    assert req["stream"] is True and req["model"] == "llama3.2:3b"


def test_question_is_yielded_before_the_stream_ends():
    with FakeOllama(reply="What happened next? " + "x" * 400, chunk_chars=10, chunk_delay_s=0.05) as fake:
        t0 = time.monotonic()
        first = next(iter(brain(fake.host, []).follow_up(CTX)))
        assert time.monotonic() - t0 < 1.5  # the full reply would take over 2 s to stream
    assert first == "What happened next?"


@pytest.mark.parametrize("server,notice", [
    (dict(first_delay_s=6.0), "did not answer in time"),
    (dict(fail_after_chunks=2), "ollama failed"),
    (dict(models=["other:1b"]), "ollama pull llama3.2:3b"),
])
def test_failures_fall_back_to_the_scripted_interviewer_once(server, notice):
    notices: list[str] = []
    with FakeOllama(reply="How did you measure the outcome of that call?", chunk_chars=4, **server) as fake:
        b = brain(fake.host, notices, deadline_s=2.0)
        t0 = time.monotonic()
        out = list(b.follow_up(CTX))
        elapsed = time.monotonic() - t0
        list(b.follow_up(CTX))  # a second failure is not announced again
    assert out == ["How did it turn out in the end?"]  # scripted: the answer has no result
    assert elapsed < 3.0
    assert len(notices) == 1 and notice in notices[0]


def test_dead_server_falls_back_and_ready_check_says_why():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        host = f"http://127.0.0.1:{s.getsockname()[1]}"
    notices: list[str] = []
    assert list(brain(host, notices).follow_up(CTX)) == ["How did it turn out in the end?"]
    assert "not reachable" in notices[0]
    ok, why = ollama_ready(host, "llama3.2:3b")
    assert not ok and "ollama serve" in why
    with FakeOllama(models=["llama3.2:3b"]) as fake:
        assert ollama_ready(fake.host, "llama3.2:3b") == (True, "")
        assert "ollama pull qwen2.5:7b" in ollama_ready(fake.host, "qwen2.5:7b")[1]


@pytest.mark.slow
def test_practice_uses_ollama_when_reachable(tmp_path):
    import json
    import subprocess
    import sys

    from tests.helpers import SAMPLES

    with FakeOllama(reply="Could you put a number on how much faster it got?") as fake:
        proc = subprocess.run(
            [sys.executable, "-m", "voiceprep", "practice", "--input", str(SAMPLES / "06_short_answer.wav"), "--questions", "1",
             "--hold-silences", "0", "--ollama-host", fake.host, "--data-dir", str(tmp_path), "--json"],
            capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
        asked, warm_ups = fake.requests, fake.warm_ups
    data = json.loads(proc.stdout)
    # The model is loaded at start-up and kept loaded between follow-ups.
    assert warm_ups and warm_ups[0]["keep_alive"] == "30m" and all(a["keep_alive"] == "30m" for a in asked)
    follow = [t["text"] for t in data["turns"] if t["kind"] == "follow_up"]
    assert follow == ["Could you put a number on how much faster it got?"]
    assert asked and "happy to work weekends" in asked[-1]["messages"][-1]["content"].lower()


def test_questions_are_tailored_to_a_job_description_with_structured_output():
    import json

    from voiceprep.interview.bank import load_bank, pick
    from voiceprep.interview.brain import tailor_questions

    bank = load_bank()
    fallback = pick(bank, 2, seed=1)
    with FakeOllama(reply=json.dumps({"ids": ["skills_kpis-01", "not-a-question", "skills_kpis-02"]})) as fake:
        got, note = tailor_questions(fake.host, "llama3.2:3b", "Contact centre agent measured on AHT and FCR.", bank, 2, fallback)
        sent = fake.requests[0]
    assert [q.id for q in got] == ["skills_kpis-01", "skills_kpis-02"] and "tailored" in note
    assert "AHT and FCR" in sent["messages"][-1]["content"]
    assert "skills_kpis-01" in sent["format"]["properties"]["ids"]["items"]["enum"]
    with FakeOllama(reply="not json") as fake:
        got, note = tailor_questions(fake.host, "llama3.2:3b", "anything", bank, 2, fallback)
    assert got == fallback and "not tailored" in note
