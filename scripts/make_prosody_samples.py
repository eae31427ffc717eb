"""Builds the labelled prosody set: answers whose pitch contours and levels are imposed, so the truth is known.

Two sources of speech: the bundled piper voice (answer texts below, one chunk per sentence) and
the real recordings in ../shared/realspeech (read in place, never copied; clips joined into
answers by the same speaker). Each answer ("base") gets several variants, made with Praat's
manipulation (PSOLA overlap-add resynthesis through parselmouth):

- the whole contour scaled about the speaker's median to a target SD in semitones: flat
  (0.3-0.7 st before the endings: monotone), varied (2.8-4.2 st: not monotone) or left as spoken ("natural",
  labelled by its measured SD, or left out of the monotone score between 1.0 and 2.5 st);
- the last 0.45 s of voiced speech of each sentence replaced by a ramp of known size: statement
  rises of +4 to +7 st (rising ending), falls, level endings and small +1.5 st rises (not rising);
  questions get a +6 st rise, which must not be flagged;
- levels: a fade of -12 to -24 dB over the last 0.6-0.8 s of a sentence (trailing off), a mild
  -4 dB fade or a whole sentence 6 dB louder or quieter (not trailing off).

The split into dev and held-out is fixed before any threshold is chosen: a base is held out when
the SHA-1 of its id is 0 modulo 3, and all its variants go with it. Thresholds are tuned on dev.

Output (gitignored): bench/prosody_samples.tmp/ with one WAV and one .npz of truth pitch per
item and manifest.json. Usage: .venv/bin/python scripts/make_prosody_samples.py
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceprep.analysis.prosody import ProsodySettings, clean_pitch  # noqa: E402
from voiceprep.audio.io import SAMPLE_RATE, load_audio, write_wav  # noqa: E402
from voiceprep.speech.psola import resynthesize  # noqa: E402

OUT = ROOT / "bench" / "prosody_samples.tmp"
REAL = ROOT.parent / "shared" / "realspeech"
GAP_S = 0.7  # silence between sentences
LEAD_S = 0.4  # silence before the first and after the last sentence
ENDING_S = 0.45  # the imposed ending covers the last this-many seconds of voiced speech
FLAT_SD = (0.3, 0.5, 0.7)
VARIED_SD = (2.8, 3.4, 4.2)
MONOTONE_BELOW_ST, LIVELY_ABOVE_ST = 1.0, 2.5  # truth labels; in between is left out of the score
RISES = (4.0, 5.0, 7.0)
NOT_RISES = (-4.0, -2.0, 0.0, 1.5)
QUESTION_RISE = 6.0
FADES_DB = (12.0, 18.0, 24.0)
PIPER_SEED = 2026
SETTINGS = ProsodySettings()

PIPER_ANSWERS = [
    "I started in a call centre three years ago. I handled billing questions for a phone company. Most calls were about late fees. I learned to explain charges clearly.",
    "A customer once shouted at me about a missed delivery. I let her finish and apologised. Then I booked a new slot for the next morning. She thanked me at the end of the call.",
    "Why do I want this job? I enjoy solving problems for people. Your team is known for good training. I want to grow into a team lead.",
    "My biggest strength is patience. I stay calm when callers are upset. I also keep good notes. That saves time when they call back.",
    "We had a backlog of two hundred tickets. I sorted them by urgency. Our team cleared them in four days. Complaints dropped by a third that month.",
    "I made a mistake with a refund once. I told my manager straight away. We fixed it before the customer noticed. Since then I check every amount twice.",
    "What would I do with an angry caller? First I would listen without interrupting. Then I would repeat the problem back. Finally I would say exactly what happens next.",
    "In my last role I trained five new starters. I wrote a short guide for the common questions. They were taking calls alone after a week. Two of them still use the guide.",
    "I work well in a team. Last winter we covered for a colleague who was ill. I took her evening shifts for two weeks. The queue never went above ten minutes.",
    "Good service means fixing the problem the first time. It also means being honest about delays. Customers forgive a wait. They do not forgive being misled.",
    "I measure my work by first call resolution. Mine was eighty five percent last quarter. The team average was seventy eight. I shared my checklist with the others.",
    "Have you ever had to say no to a customer? I had to refuse a refund outside the policy. I explained why and offered a voucher instead. He accepted and stayed with us.",
    "I moved here from a retail job. Retail taught me to read people quickly. Phone work is harder because you cannot see faces. So I listen for tone and pace.",
    "The hardest call I took was about a bereavement. The caller needed to close an account. I slowed down and kept the steps simple. She wrote to thank the team later.",
    "I use the quiet hours to update our knowledge base. Last month I rewrote ten articles. Search success went up after that. Fewer people needed to call us at all.",
    "Where do I see myself in two years? I hope to be leading a small team. I want to coach people on difficult calls. That is the part of the job I enjoy most.",
]


def textgrid_words(path: Path) -> list[tuple[float, float, str]]:
    """(start, end, label) of the `words` tier of a short-format Praat TextGrid (MFA's)."""
    lines = [ln.strip() for ln in path.read_text().splitlines() if ln.strip()]
    i = lines.index('"words"')
    n = int(lines[i + 3])
    return [(float(lines[i + 4 + 3 * k]), float(lines[i + 5 + 3 * k]), lines[i + 6 + 3 * k].strip('"')) for k in range(n)]


def real_bases() -> dict[str, list[np.ndarray]]:
    """Answers of one speaker each, as lists of sentence-like clips, from ../shared/realspeech."""
    lib = REAL / "librivox_pocketsphinx"
    fillers = REAL / "mfa_fillers"
    bases: dict[str, list[np.ndarray]] = {
        "real-librivox-a": [load_audio(lib / f"sense_and_sensibility_01_austen_64kb-{n}.wav") for n in ("0870", "0880", "0930")],
        "real-librivox-b": [load_audio(lib / f"sense_and_sensibility_01_austen_64kb-{n}.wav") for n in ("0890", "0920")],
        "real-librispeech": [load_audio(REAL / "librispeech_lhotse" / "2412-153948-0000.flac")],
        "real-jfk": [load_audio(REAL / "jfk" / "jfk.flac")],
        "real-mfa-clips-a": [load_audio(fillers / f"mfa_{n}.flac") for n in ("michael", "thoughts", "reallylong")],
        "real-mfa-clips-b": [load_audio(fillers / f"mfa_{n}.flac") for n in ("surround", "her", "whatscalled")],
        "real-mfa-clips-c": [load_audio(fillers / f"mfa_{n}.flac") for n in ("words", "youknow", "longstop")],
    }
    # The MFA monologue spoken fast and slow, cut into phrases at its silences of 0.3 s or more.
    mono = REAL / "mfa_monologues" / "acoustic_corpus.wav"
    audio = load_audio(mono)
    cuts = [0.0] + [(a + b) / 2 for a, b, t in textgrid_words(mono.with_suffix(".TextGrid")) if not t and b - a >= 0.3 and a > 0.5]
    cuts.append(audio.size / SAMPLE_RATE)
    phrases = [audio[int(a * SAMPLE_RATE): int(b * SAMPLE_RATE)] for a, b in zip(cuts, cuts[1:]) if b - a >= 1.2]
    half = (len(phrases) + 1) // 2
    bases["real-mfa-monologue-a"] = phrases[:half]
    bases["real-mfa-monologue-b"] = phrases[half:]
    return {k: v for k, v in bases.items() if v}


def piper_bases() -> dict[str, list[np.ndarray]]:
    import onnxruntime

    from voiceprep.audio.io import resample
    from voiceprep.speech.tts import Voice

    # piper's random variation stays on (a voice without it is flat and unlike a person), from a
    # fixed seed: set before the voice's session exists, it makes every build of the set the same
    # samples, so figures measured on it can be compared from run to run.
    onnxruntime.set_seed(PIPER_SEED)
    voice = Voice()
    out = {}
    for i, text in enumerate(PIPER_ANSWERS):
        out[f"piper-{i:02d}"] = [resample(c.audio, c.sample_rate, SAMPLE_RATE) for c in voice.speak(text)]
    return out


def trim(clip: np.ndarray, floor_db: float = 35.0) -> np.ndarray:
    """The clip from its first to its last 10 ms frame within `floor_db` of its loudest frame, plus 30 ms."""
    frames = clip[: clip.size // 160 * 160].reshape(-1, 160)
    db = 10 * np.log10((frames ** 2).mean(axis=1) + 1e-12)
    loud = np.flatnonzero(db > db.max() - floor_db)
    a = max(0, loud[0] * 160 - 480)
    b = min(clip.size, (loud[-1] + 1) * 160 + 480)
    return clip[a:b].astype(np.float32)


def split_of(base: str) -> str:
    return "held_out" if int(hashlib.sha1(base.encode()).hexdigest(), 16) % 3 == 0 else "dev"


@dataclass
class Ending:
    """Truth of one sentence ending."""

    end_s: float
    question: bool
    rise_st: float | None = None  # imposed; None = natural
    fade_db: float = 0.0  # fade depth at the very end (0: none)
    sentence_gain_db: float = 0.0
    rising: bool | None = None
    trailing: bool = False
    text: str = ""

    def to_dict(self) -> dict:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass
class Item:
    id: str
    base: str
    source: str
    split: str
    variant: str
    endings: list[Ending] = field(default_factory=list)
    truth_sd_st: float | None = None
    monotone: bool | None = None


def original_pitch(audio: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(frame times, cleaned f0) of the unmodified audio on the analysis grid."""
    from voiceprep.speech.prosody_tracks import prosody_tracks

    tracks = prosody_tracks(audio, SAMPLE_RATE, SETTINGS)
    return tracks.times, clean_pitch(tracks.f0_hz, tracks.step_s, SETTINGS)


def build(base: str, clips: list[np.ndarray], source: str, variant: str, rng: random.Random, texts: list[str]) -> tuple[Item, np.ndarray, np.ndarray, float]:
    gap = np.zeros(int(GAP_S * SAMPLE_RATE), dtype=np.float32)
    lead = np.zeros(int(LEAD_S * SAMPLE_RATE), dtype=np.float32)
    parts, spans, t = [lead], [], LEAD_S
    for c in clips:
        c = trim(c)
        spans.append((t, t + c.size / SAMPLE_RATE))
        parts += [c, gap]
        t += c.size / SAMPLE_RATE + GAP_S
    parts[-1] = lead
    audio = np.concatenate(parts)
    times, f0 = original_pitch(audio)
    voiced = f0 > 0
    median = float(np.median(f0[voiced]))
    st = np.full(f0.shape, np.nan)
    st[voiced] = 12 * np.log2(f0[voiced] / median)
    # Whole-contour treatment about the median (interpolated across short unvoiced gaps).
    sd0 = float(np.nanstd(st))
    if variant == "flat":
        target_sd = rng.choice(FLAT_SD)
    elif variant == "varied":
        target_sd = rng.choice(VARIED_SD)
    else:
        target_sd = sd0
    mean = float(np.nanmean(st))
    new = (st - mean) * (target_sd / sd0)
    item = Item(f"{base}-{variant}", base, source, split_of(base), variant)
    gains = np.zeros(audio.size)  # dB per sample
    for k, (s0, s1) in enumerate(spans):
        text = texts[k] if k < len(texts) else ""
        question = text.strip().endswith("?")
        in_sent = voiced & (times >= s0) & (times <= s1)
        idx = np.flatnonzero(in_sent)
        ending = Ending(end_s=round(float(times[idx[-1]]) if idx.size else s1, 3), question=question, text=text)
        if idx.size:
            end_t = float(times[idx[-1]])
            ramp = np.flatnonzero(in_sent & (times >= end_t - ENDING_S))
            if question:
                ending.rise_st = QUESTION_RISE
            elif variant == "flat":  # a flat voice: mostly level endings, now and then a rise
                ending.rise_st = RISES[0] if rng.random() < 0.25 else rng.choice((0.0, 1.5, -2.0))
            else:
                ending.rise_st = rng.choice(RISES) if rng.random() < 0.4 else rng.choice(NOT_RISES)
            if ramp.size >= 3:
                t0 = float(times[ramp[0]])
                start_val = float(np.nanmedian(new[max(0, ramp[0] - 3): ramp[0] + 1]))
                frac = (times[ramp] - t0) / max(1e-3, end_t - t0)
                new[ramp] = start_val + ending.rise_st * frac
            ending.rising = (not question) and ending.rise_st >= RISES[0]
        # Levels: fades never on a rising ending (the set does not test endings that rise and fade).
        roll = rng.random()
        a, b = int(s0 * SAMPLE_RATE), int(s1 * SAMPLE_RATE)
        if roll < 0.35 and not ending.rising:
            ending.fade_db = rng.choice(FADES_DB)
            ending.trailing = True
        elif roll < 0.5:
            ending.fade_db = 4.0
        elif roll < 0.7:
            ending.sentence_gain_db = rng.choice((-6.0, 6.0))
            gains[a:b] += ending.sentence_gain_db
        if ending.fade_db:
            fade_s = rng.choice((0.6, 0.8))
            fa = int((ending.end_s - fade_s) * SAMPLE_RATE)
            fb = int(ending.end_s * SAMPLE_RATE)
            gains[fa:fb] -= np.linspace(0.0, ending.fade_db, fb - fa)
            gains[fb:b] -= ending.fade_db
        item.endings.append(ending)
    target = np.zeros(f0.shape)
    target[voiced] = median * 2 ** (new[voiced] / 12)
    out = resynthesize(audio, times, target, SAMPLE_RATE, SETTINGS)
    n = min(out.size, audio.size)
    out = out[:n] * (10 ** (gains[:n] / 20))
    peak = float(np.abs(out).max())
    if peak > 0.95:
        out *= 0.95 / peak
    sd = float(np.std(new[voiced]))
    item.truth_sd_st = round(sd, 3)
    item.monotone = True if sd < MONOTONE_BELOW_ST else False if sd > LIVELY_ABOVE_ST else None
    return item, out.astype(np.float32), target, float(times[0])


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = []
    piper_texts = {f"piper-{i:02d}": re.findall(r"[^.?!]+[.?!]", t) for i, t in enumerate(PIPER_ANSWERS)}
    only = set(sys.argv[1:])
    sources = [("real", real_bases()), ("piper", piper_bases())]
    for source, bases in sources:
        if only:
            bases = {k: v for k, v in bases.items() if k in only}
        for base, clips in bases.items():
            for variant in ("flat", "varied", "natural"):
                rng = random.Random(f"{base}-{variant}")
                texts = piper_texts.get(base, [])
                if source == "piper" and len(texts) != len(clips):
                    raise SystemExit(f"{base}: piper made {len(clips)} sentences of {len(texts)}")
                item, audio, target, start_s = build(base, clips, source, variant, rng, texts)
                write_wav(OUT / f"{item.id}.wav", audio)
                # Truth pitch on the analysis grid of the unmodified audio (0 = unvoiced there).
                np.savez_compressed(OUT / f"{item.id}.npz", target_hz=target, step_s=SETTINGS.time_step_s, start_s=start_s)
                d = {**item.__dict__, "endings": [e.to_dict() for e in item.endings], "file": f"{item.id}.wav"}
                manifest.append(d)
                print(item.id, item.split, item.truth_sd_st, item.monotone,
                      " ".join(f"{'Q' if e.question else ''}{e.rise_st:+.1f}st/{-e.fade_db:.0f}dB" for e in item.endings if e.rise_st is not None), flush=True)
    (OUT / "manifest.json").write_text(json.dumps({"items": manifest, "rule": "held out when sha1(base id) % 3 == 0"}, indent=1))
    print(f"{len(manifest)} items in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
