"""Regenerates audio_samples/: spoken answers with fillers and pauses at known times.

Each answer is built from separately synthesized segments (bundled piper voice), each trimmed to
its audible extent, joined by silences of exactly known length; so every truth time in
audio_samples/samples.json holds by construction. Piper's output varies slightly from run to run
(its noise is random), so regenerating changes the WAVs and the truth together.

Script markup: `[p1.2]` a silent pause of 1.2 s; `[um]`, `[uh]`, `[er]`, `[ah]` a filled pause;
`{you know}` a filler word used as filler (its own segment, so its time is known); anything else
is spoken text; sentences become separate segments joined by a short within-speech gap.

Usage: .venv/bin/python scripts/make_samples.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceprep.audio.io import SAMPLE_RATE, write_wav  # noqa: E402
from voiceprep.speech.tts import Voice  # noqa: E402

OUT = ROOT / "audio_samples"
THRESHOLD = 0.01  # |amplitude| above which a sample is audible
TRIM_FLOOR_DB = -42.0  # 10 ms frames louder than this (dBFS) are speech
SENTENCE_GAP_S = 0.3  # between sentences: natural, and below the 0.5 s pause threshold
FILLER_GAP_S = 0.15  # around fillers and filler words
FILLED_SPELLING = {"um": "Um.", "uh": "Uh.", "er": "Er.", "ah": "Ah."}  # spellings piper says well
FILLED_LENGTH_SCALE = 2.3  # piper's "um" is 0.2 s; held fillers run 0.3-0.6 s in real speech

SAMPLES: list[dict] = [
    {
        "name": "01_calm_star",
        "length_scale": 1.25,
        "question": "Tell me about a time you turned an unhappy customer around.",
        "script": "Last spring a customer called because her internet had been down for three days. "
        "My task was to restore her service and keep her account. [p0.8] "
        "I apologised, checked the line remotely and found a fault at the street cabinet. "
        "I booked an engineer for the next morning and called her back after the visit. [p1.0] "
        "Her service was restored within a day, and she renewed her contract for another year.",
    },
    {
        "name": "02_nervous_fillers",
        "length_scale": 1.3,
        "question": "Why do you want to work in customer service?",
        "script": "[um] [p0.6] I think I like helping people. [p0.7] [uh] [p0.6] "
        "In my last job I worked at a supermarket till. [um] I enjoyed the regulars. "
        "[p0.9] [uh] [p0.7] They would tell me about their week. [er] [p0.5] "
        "{So} I want a job where I talk to people all day.",
    },
    {
        "name": "03_fast_talker",
        "length_scale": 1.0,
        "question": "How do you handle several chats at the same time?",
        "script": "I keep a short note for every open chat with the customer name and the problem. "
        "I answer the oldest message first unless someone is waiting on a payment. "
        "I use saved replies for the common questions and personalise the first line. [p0.6] "
        "When I reach four chats I set my status to busy so the queue goes to a colleague. "
        "Last month I handled about sixty chats a day with a satisfaction score of ninety two percent.",
    },
    {
        "name": "04_slow_thoughtful",
        "length_scale": 1.5,
        "question": "What does good customer service mean to you?",
        "script": "Good service means the customer leaves with the problem solved. [p1.5] "
        "And they feel that someone listened to them. [p2.2] "
        "It is not about being fast. [p1.2] It is about being clear and honest.",
    },
    {
        "name": "05_filler_words",
        "length_scale": 1.3,
        "question": "Describe your ideal team.",
        "script": "{So} my ideal team is {like} a group that shares what they learn. "
        "{You know} when someone finds a fix they post it for everyone. [p0.7] "
        "{I mean} nobody should solve the same problem twice. "
        "I like teams that laugh together. {Basically} we help each other out.",
    },
    {
        "name": "06_short_answer",
        "length_scale": 1.2,
        "question": "Are you comfortable working weekends?",
        "script": "Yes. [p0.6] I am happy to work weekends.",
    },
    {
        "name": "07_long_pauses",
        "length_scale": 1.35,
        "question": "Tell me about a mistake you made at work.",
        "script": "I once promised a refund before checking the policy. [p2.5] "
        "[um] [p1.0] The order was outside the return window. [p1.8] "
        "I called the customer back the same day and explained my mistake. [p3.0] "
        "My manager approved a store credit and I now check the policy before I promise anything.",
    },
    {
        "name": "08_angry_customer",
        "length_scale": 1.1,
        "question": "How would you calm down an angry caller?",
        "script": "I let them finish without interrupting. [uh] Then I say that I understand why they are upset. "
        "[p0.8] I repeat the problem back to check I have it right. "
        "[um] [p0.5] After that I explain what I can do today and give them a clear time for the next update. "
        "If they are still upset I offer to stay on the line while I fix it.",
    },
    {
        "name": "09_kpis",
        "length_scale": 1.2,
        "question": "Which contact centre metrics have you worked with?",
        "script": "I was measured on average handle time, first contact resolution and customer satisfaction. "
        "[p0.7] My handle time was around six minutes. [er] [p0.6] "
        "My first contact resolution was eighty one percent, above the team target. "
        "{Actually} I learned that rushing calls hurts resolution, so I focused on getting it right first.",
    },
    {
        "name": "10_mixed_disfluent",
        "length_scale": 1.3,
        "question": "Tell me about a time you worked under pressure.",
        "script": "[uh] [p0.5] During the holiday sale our phone lines were twice as busy as normal. "
        "{You know} the wait time was over twenty minutes. [p1.1] [um] "
        "I suggested a callback option and my supervisor agreed. [ah] [p0.8] "
        "{Kind of} a small change but it cut abandoned calls by a third.",
    },
    {
        "name": "11_teamwork",
        "length_scale": 1.4,
        "question": "Tell me about a time you helped a colleague.",
        "script": "A new colleague was struggling with the billing system. [p0.9] "
        "I sat with her for two lunch breaks and we wrote a one page guide together. "
        "[um] [p0.7] She started closing billing tickets on her own within a week. [p1.4] "
        "The guide is still used for every new starter.",
    },
    {
        "name": "12_apology_backtrack",
        "length_scale": 1.1,
        "question": "What would your last manager say about you?",
        "script": "She would say I am reliable. [p0.6] [uh] Sorry. [p0.5] "
        "She would say I am reliable and calm with difficult callers. [um] "
        "She also said I should speak up more in team meetings. [p1.0] "
        "I have been working on that by sharing one idea every week.",
    },
]

TOKEN = re.compile(r"\[p(?P<pause>[\d.]+)\]|\[(?P<filled>um|uh|er|ah)\]|\{(?P<word>[^}]+)\}|(?P<text>[^\[\{]+)")


def trim(audio: np.ndarray) -> np.ndarray:
    """Cut a segment to its audible extent: first to last 10 ms frame above TRIM_FLOOR_DB.

    Frame energy, not single samples: piper sometimes leaves an isolated click after the last
    sound, which no listener (and no VAD) takes for speech."""
    n = audio.size // 160
    rms = np.sqrt(np.mean(audio[: n * 160].reshape(n, 160).astype(np.float64) ** 2, axis=1))
    loud = np.flatnonzero(20 * np.log10(np.maximum(rms, 1e-10)) > TRIM_FLOOR_DB)
    if loud.size == 0:
        raise RuntimeError("piper produced silence")
    return audio[loud[0] * 160 : (loud[-1] + 1) * 160]


def internal_silence_s(audio: np.ndarray) -> float:
    """Longest run of inaudible 10 ms frames inside a segment (must stay below 0.5 s)."""
    n = audio.size // 160
    quiet = np.abs(audio[: n * 160]).reshape(n, 160).max(axis=1) <= THRESHOLD
    longest = run = 0
    for q in quiet:
        run = run + 1 if q else 0
        longest = max(longest, run)
    return longest * 0.01


def parse(script: str) -> list[tuple[str, str]]:
    """[(kind, value)] with kind in pause | filled | word | text (one sentence per text item)."""
    items: list[tuple[str, str]] = []
    for m in TOKEN.finditer(script):
        if m["pause"]:
            items.append(("pause", m["pause"]))
        elif m["filled"]:
            items.append(("filled", m["filled"]))
        elif m["word"]:
            items.append(("word", m["word"]))
        elif m["text"].strip():
            for sentence in re.split(r"(?<=[.!?,;])\s+", m["text"].strip()):
                if sentence:
                    items.append(("text", sentence))
    return items


def lexical_count(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9']+", text))


def build(voice: Voice, sample: dict) -> tuple[np.ndarray, dict]:
    ls = sample["length_scale"]
    parts: list[np.ndarray] = []
    t = 0.0
    fillers, pauses, texts = [], [], []
    words = 0
    first = last = None
    pending_gap: float | None = None
    prev_kind = None
    for kind, value in parse(sample["script"]):
        if kind == "pause":
            pending_gap = float(value)
            continue
        if kind == "filled":
            audio = trim(voice.synthesize(FILLED_SPELLING[value], length_scale=FILLED_LENGTH_SCALE))
        elif kind == "word":
            audio = trim(voice.synthesize(value.capitalize() if prev_kind in (None, "pause") else value, length_scale=ls))
        else:
            audio = trim(voice.synthesize(value, length_scale=ls))
        if internal_silence_s(audio) >= 0.45:
            raise RuntimeError(f"segment {value!r} has an internal silence; reword it")
        if first is not None:
            gap = pending_gap if pending_gap is not None else (SENTENCE_GAP_S if kind == prev_kind == "text" else FILLER_GAP_S)
            if gap >= 0.5:
                pauses.append({"start": round(t, 3), "end": round(t + gap, 3), "duration_s": round(gap, 3)})
            parts.append(np.zeros(int(round(gap * SAMPLE_RATE)), dtype=np.float32))
            t += int(round(gap * SAMPLE_RATE)) / SAMPLE_RATE
        else:
            lead = np.zeros(int(0.6 * SAMPLE_RATE), dtype=np.float32)  # 0.6 s before the answer
            parts.append(lead)
            t = lead.size / SAMPLE_RATE
            first = t
        start, end = t, t + audio.size / SAMPLE_RATE
        if kind == "filled":
            fillers.append({"text": value, "kind": "filled_pause", "start": round(start, 3), "end": round(end, 3)})
        elif kind == "word":
            fillers.append({"text": value.lower(), "kind": "filler_word", "start": round(start, 3), "end": round(end, 3)})
            words += lexical_count(value)
            texts.append(value)
        else:
            words += lexical_count(value)
            texts.append(value)
        parts.append(audio)
        t = end
        last = end
        pending_gap = None
        prev_kind = kind
    parts.append(np.zeros(int(0.5 * SAMPLE_RATE), dtype=np.float32))
    audio = np.concatenate(parts)
    span = last - first
    truth = {
        "file": f"{sample['name']}.wav",
        "question": sample["question"],
        "length_scale": ls,
        "duration_s": round(audio.size / SAMPLE_RATE, 3),
        "text": " ".join(texts),
        "words": words,
        "span_s": round(span, 3),
        "speech_start": round(first, 3),
        "speech_end": round(last, 3),
        "wpm": round(words / span * 60, 1),
        "fillers": fillers,
        "pauses": pauses,
    }
    return audio, truth


def write_copies(src: Path, audio: np.ndarray) -> list[str]:
    """44.1 kHz stereo copies of one sample (WAV, FLAC, MP3), to test format handling."""
    import av

    from voiceprep.audio.io import resample

    made = []
    hi = resample(audio, SAMPLE_RATE, 44100)
    stereo = np.stack([hi, hi * 0.8])
    for name, codec, fmt, layout, data in (
        (src.stem + "_44k_stereo.wav", "pcm_s16le", "s16p", "stereo", (stereo * 32767).astype(np.int16)),
        (src.stem + ".flac", "flac", "s16", "stereo", (stereo.T.reshape(1, -1) * 32767).astype(np.int16)),
        (src.stem + ".mp3", "libmp3lame", "fltp", "stereo", stereo.astype(np.float32)),
    ):
        path = OUT / "formats" / name
        path.parent.mkdir(exist_ok=True)
        with av.open(str(path), "w") as out:
            stream = out.add_stream(codec, rate=44100, layout=layout)
            frame = av.AudioFrame.from_ndarray(data, format=fmt, layout=layout)
            frame.sample_rate = 44100
            for packet in stream.encode(frame):
                out.mux(packet)
            for packet in stream.encode(None):
                out.mux(packet)
        made.append(f"formats/{name}")
    return made


def main() -> int:
    voice = Voice()
    OUT.mkdir(exist_ok=True)
    truths = []
    for sample in SAMPLES:
        audio, truth = build(voice, sample)
        write_wav(OUT / truth["file"], audio)
        truths.append(truth)
        print(f"{truth['file']}: {truth['duration_s']:.1f} s, {truth['words']} words, {truth['wpm']} wpm, "
              f"{len(truth['fillers'])} fillers, {len(truth['pauses'])} pauses")
    short = next(t for t in truths if t["file"].startswith("06_"))
    copies = write_copies(OUT / short["file"], _read(OUT / short["file"]))
    doc = {
        "about": "Ground truth for audio_samples/*.wav; generated by scripts/make_samples.py. Times in seconds "
        "from the file start. words counts spoken words (filler words included, filled pauses excluded); "
        "span_s runs from the first to the last audible sample; pauses are the planned silences >= 0.5 s.",
        "format_copies": {c: short["file"] for c in copies},
        "samples": truths,
    }
    (OUT / "samples.json").write_text(json.dumps(doc, indent=2) + "\n")
    return 0


def _read(path: Path) -> np.ndarray:
    from voiceprep.audio.io import load_audio

    return load_audio(path)


if __name__ == "__main__":
    sys.exit(main())
