"""Whole calls from synthesized agent WAVs: the scripted customer and an LLM customer (fake
ollama). The mood climbs for an empathetic agent and falls for a dismissive one."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from tests.fakes.ollama_server import FakeOllama
from voiceprep.audio.io import write_wav
from voiceprep.store import Store

pytestmark = pytest.mark.slow
EMPATHETIC = [
    "I'm so sorry this has happened, I can hear how frustrating it is. Could you give me your order number, please?",
    "Thank you. Let me just check that for you. I can send a replacement by express delivery today, or refund you now. Which would you prefer?",
    "I'll make sure it goes out today and I'll email you the tracking within the hour. Is there anything else I can help you with?",
]
DISMISSIVE = [
    "That's not our fault, the courier lost it.",
    "Our policy says you have to wait five working days. There's nothing I can do.",
    "You should have chosen a different delivery option.",
]


@pytest.fixture(scope="module")
def agent_wavs(tmp_path_factory, voice):
    d = tmp_path_factory.mktemp("agent")
    out = {}
    for name, lines in (("empathetic", EMPATHETIC), ("dismissive", DISMISSIVE)):
        out[name] = []
        for i, line in enumerate(lines):
            gap = np.zeros(8000, dtype=np.float32)
            out[name].append(write_wav(d / f"{name}{i}.wav", np.concatenate([gap, voice.synthesize(line), gap])))
    return out


def run_call(files, data_dir, *extra: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "voiceprep", "call", "--input", *map(str, files), "--scenario", "late_delivery",
                           "--data-dir", str(data_dir), "--json", *extra], capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_empathetic_agent_calms_and_resolves(agent_wavs, tmp_path):
    data = run_call(agent_wavs["empathetic"], tmp_path, "--brain", "scripted", "--output-dir", str(tmp_path / "customer"))
    call = data["call"]
    assert call["outcome"] == "resolved" and data["complete"]
    moods = call["mood_over_call"]
    assert moods[-1] > moods[0] and moods == sorted(moods)
    assert call["three_c_order"] == ["calm", "clarify", "create_options"] and call["three_c_complete_in_order"]
    assert call["empathy_statements"] >= 1 and call["options_offered"] >= 1 and call["next_step_and_close"]
    assert call["dead_air"] == [] and call["handle_time_s"] > 10 and call["talk_listen_ratio"] > 0
    roles = [t["role"] for t in data["turns"]]
    assert roles[0] == "customer" and "agent" in roles
    assert len(list((tmp_path / "customer").glob("*.wav"))) == roles.count("customer")
    stored = Store.open(tmp_path).get_session(data["id"])
    assert stored.mode == "call" and stored.summary["call"] == call and stored.call.outcome == "resolved"
    assert any(lb.name == "empathy" for lb in stored.turns[1].notes.call_labels)
    assert [s.to_dict().get("extra") for s in stored.turns] == [t.get("extra") for t in data["turns"]]  # one serialisation


def test_dismissive_agent_angers_until_the_customer_hangs_up(agent_wavs, tmp_path):
    data = run_call(agent_wavs["dismissive"], tmp_path, "--brain", "scripted")
    call = data["call"]
    assert call["outcome"] == "hung_up"
    assert call["mood_over_call"][-1] < call["mood_over_call"][0]
    assert call["blame_statements"] >= 1 and not call["resolved"]
    assert data["turns"][-1]["text"].startswith("Forget it")


def test_llm_customer_is_told_the_scenario_and_mood(agent_wavs, tmp_path):
    seen: list[dict] = []

    def reply(body: dict) -> str:
        seen.append(body)
        return "Fine. But I need it before Saturday, the party is on Saturday."

    with FakeOllama(reply=reply) as fake:
        data = run_call(agent_wavs["empathetic"][:1], tmp_path, "--ollama-host", fake.host)
    system = seen[0]["messages"][0]["content"]
    assert "Dana" in system and "48213" in system and "wary but willing" in system  # mood after an empathetic opener
    assert seen[0]["messages"][-1]["content"].lower().count("sorry") >= 1
    assert data["turns"][2]["text"].startswith("Fine. But I need it before Saturday")


def test_phone_line_narrows_the_customer_voice(tmp_path, agent_wavs):
    import wave

    run_call(agent_wavs["empathetic"][:1], tmp_path, "--brain", "scripted", "--output-dir", str(tmp_path / "c"))
    with wave.open(str(sorted((tmp_path / "c").glob("*.wav"))[0])) as w:
        rate = w.getframerate()
        audio = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float64)
    spec = np.abs(np.fft.rfft(audio)) ** 2
    freqs = np.fft.rfftfreq(audio.size, 1 / rate)
    assert spec[freqs > 4000].sum() < 0.001 * spec[(freqs > 300) & (freqs < 3400)].sum()


def test_customer_who_hangs_up_on_dead_air_ends_the_call(tmp_path):
    # Regression: after a dead-air turn the loop went straight back to listening, so a customer
    # who hung up on a silence stayed on the line until the recordings ran out (outcome "ended").
    silent = [write_wav(tmp_path / f"silence{i}.wav", np.zeros(16000, dtype=np.float32)) for i in range(4)]
    data = run_call(silent, tmp_path / "data", "--brain", "scripted")
    call = data["call"]
    assert call["outcome"] == "hung_up" and not call["resolved"]
    customer = [t["text"] for t in data["turns"] if t["role"] == "customer"]
    # late_delivery opens at -1.5 and each dead air costs 1.0: two silences reach -3 and she hangs up.
    assert len(customer) == 3 and customer[1] == "Hello? Are you still there?"
    assert customer[-1].startswith("Forget it") and data["turns"][-1]["text"] == customer[-1]
    assert call["mood_over_call"] == [-1.5, -2.5, -3.0]
