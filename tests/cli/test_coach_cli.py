"""`voiceprep coach`: JSON contract, audio input, the LLM path against a fake ollama, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.fakes.ollama_server import FakeOllama

ANSWER = ("Last year a customer called because her parcel was lost. I apologised, traced it with the courier "
          "and sent a replacement the same day. It arrived the next morning and she thanked me.")
QUESTION = "Tell me about a time you helped an upset customer."


def coach(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "voiceprep", "coach", *args], capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)


def test_json_contract():
    proc = coach("--text", ANSWER, "--question", QUESTION, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["star"]["situation"] and out["star"]["action"] and out["star"]["result"]
    assert isinstance(out["action_result_share"], float)
    assert {s["name"] for s in out["strengths"]} >= {"empathy"}
    assert out["flags"] == []
    assert isinstance(out["hedges"], list)


def test_neither_or_both_inputs_is_a_one_line_error(tmp_path):
    for args in ([], ["--text", "x", str(tmp_path / "a.wav")]):
        proc = coach(*args)
        assert proc.returncode == 2
        assert proc.stderr.startswith("error: ") and len(proc.stderr.strip().splitlines()) == 1


def test_missing_audio_file(tmp_path):
    proc = coach(str(tmp_path / "missing.wav"))
    assert proc.returncode == 2 and "file not found" in proc.stderr


@pytest.mark.slow
def test_audio_answer_is_transcribed_then_coached():
    from pathlib import Path

    wav = Path(__file__).resolve().parents[2] / "audio_samples" / "07_long_pauses.wav"
    proc = coach(str(wav), "--question", "Tell me about a mistake you made at work.", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["star"]["action"] and out["star"]["insight"]  # "...I now check the policy before I promise"


@pytest.mark.e2e
def test_llm_structured_output_is_used_when_valid():
    reply = json.dumps({"star": {"situation": True, "task": True, "action": True, "result": True, "insight": False},
                        "flags": [], "strengths": [{"name": "ownership", "evidence": "sent a replacement"}]})
    with FakeOllama(reply=reply) as fake:
        proc = coach("--text", ANSWER, "--question", QUESTION, "--json", "--llm", "--ollama-host", fake.host)
        sent = fake.requests[0]
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["source"] == "llm:llama3.2:3b"
    assert out["star"]["task"] is True  # from the LLM: the rules find no task here
    assert out["strengths"] == [{"name": "ownership", "evidence": "sent a replacement"}]
    assert sent["format"]["required"] == ["star", "flags", "strengths"]  # the schema went as `format`
    assert ANSWER in sent["messages"][-1]["content"]


@pytest.mark.e2e
@pytest.mark.parametrize("reply", ['{"star": {"situation": "yes"}}', "not json at all", json.dumps(
    {"star": {p: True for p in ("situation", "task", "action", "result", "insight")}, "flags": [{"name": "sarcasm", "evidence": "x"}], "strengths": []})])
def test_invalid_llm_reply_falls_back_to_rules(reply):
    with FakeOllama(reply=reply) as fake:
        proc = coach("--text", ANSWER, "--question", QUESTION, "--json", "--llm", "--ollama-host", fake.host)
    out = json.loads(proc.stdout)
    assert out["source"] == "rules"
    assert "not valid" in out["notes"][0]
    assert out["star"]["task"] is False


@pytest.mark.e2e
def test_missing_model_and_dead_server_fall_back_with_the_fix():
    with FakeOllama(models=["other:1b"]) as fake:
        out = json.loads(coach("--text", ANSWER, "--json", "--llm", "--ollama-host", fake.host).stdout)
    assert out["source"] == "rules" and "ollama pull llama3.2:3b" in out["notes"][0]
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = json.loads(coach("--text", ANSWER, "--json", "--llm", "--ollama-host", f"http://127.0.0.1:{port}").stdout)
    assert out["source"] == "rules" and "not reachable" in out["notes"][0]


def test_call_mode_prints_the_labels_of_one_agent_utterance():
    proc = coach("--mode", "call", "--text", "I'm so sorry. Let me just check that for you. I can refund you now, or send a new one today.", "--json")
    out = json.loads(proc.stdout)
    assert set(out["labels"]) == {"empathy", "calm", "signpost", "create_options"}
    assert out["evidence"]["signpost"] == "let me just check"
