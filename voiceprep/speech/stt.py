"""Transcriber: faster-whisper with word timings, a disfluent prompt and hallucination guards."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from voiceprep.errors import VoiceprepError
from voiceprep.models import SttModel, resolve_stt
from voiceprep.types import Transcript, Word

# A short disfluent prompt makes Whisper write the "um"/"uh" it otherwise drops. Kept short and
# not opening with "I'm": long prompts seed hallucination loops (see LIBRARY-NOTES.md).
DISFLUENT_PROMPT = "Umm, let me think. Uh, so, hmm, I mean, like, er, you know."


@dataclass(frozen=True)
class SttSettings:
    """Decoding options that matter for speed and fillers."""

    beam_size: int = 1
    prompt: str | None = DISFLUENT_PROMPT
    no_speech_prob_max: float = 0.6  # drop segments Whisper itself thinks are silence...
    avg_logprob_min: float = -1.0  # ...when they are also low-confidence
    cpu_threads: int = 0  # 0 = all cores
    # Greedy first; a window whose text is too repetitive (a decoding loop: "I'm not sure if I'm
    # not sure if ...") or too unsure is sampled again at these temperatures, with a fixed seed
    # so the same audio always gives the same words.
    temperatures: tuple[float, ...] = (0.0, 0.4, 0.8)
    seed: int = 0


CLIP_PROMPT = "Um. Uh. Hmm."


class Transcriber:
    """Loads a faster-whisper model once; `transcribe()` takes 16 kHz mono float32."""

    def __init__(self, model: SttModel | str | None = None, settings: SttSettings = SttSettings()) -> None:
        self.model = model if isinstance(model, SttModel) else resolve_stt(model)
        self.settings = settings
        self._whisper = None
        self.load_s: float | None = None

    def load(self):
        if self._whisper is None:
            from faster_whisper import WhisperModel

            t0 = time.perf_counter()
            try:
                self._whisper = WhisperModel(
                    self.model.location,
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=self.settings.cpu_threads,
                    local_files_only=True,
                )
            except Exception as exc:  # hub errors, corrupt files: say what to do
                raise VoiceprepError(
                    f"cannot load speech model {self.model.label} ({exc.__class__.__name__})",
                    "use --stt-model tiny or base, or a folder with a CTranslate2 model",
                ) from exc
            self.load_s = time.perf_counter() - t0
        return self._whisper

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        prompt: str | None | bool = True,
        silences: Sequence[tuple[float, float]] = (),
        offset_s: float = 0.0,
    ) -> Transcript:
        """Words with timings (plus `offset_s`: where `audio` starts on the caller's clock).
        `prompt=False` gives plain Whisper (no disfluent prompt).

        Whisper only uses an initial prompt for its first 30 s window, so audio longer than one
        window is cut into windows at `silences` (start, end pairs, e.g. the pauses between
        detected speech) and each window is decoded with the prompt. A window whose decoding
        loops (the prompt can seed "M- M- M-" on cut-off words) is decoded again without it.
        """
        if audio.dtype != np.float32 or audio.ndim != 1:
            raise ValueError("transcribe() needs 1-D float32 audio at 16 kHz")
        duration_s = audio.size / 16000
        if audio.size < 1600:  # < 0.1 s: nothing Whisper can use
            return Transcript((), duration_s, "")
        initial = self.settings.prompt if prompt is True else (prompt or None)
        words: list[Word] = []
        texts: list[str] = []
        for lo, hi in _windows(duration_s, silences):
            chunk = audio[int(lo * 16000) : int(hi * 16000)]
            w, t = self._decode(chunk, initial, lo + offset_s)
            if initial and _loops(w):
                w, t = self._decode(chunk, None, lo + offset_s)
            words += w
            texts += t
        return Transcript(tuple(words), duration_s, " ".join(t for t in texts if t))

    def _decode(self, audio: np.ndarray, prompt: str | None, offset_s: float) -> tuple[list[Word], list[str]]:
        import ctranslate2

        ctranslate2.set_random_seed(self.settings.seed)
        segments, _info = self.load().transcribe(
            audio,
            language="en",
            beam_size=self.settings.beam_size,
            word_timestamps=True,
            initial_prompt=prompt,
            condition_on_previous_text=False,
            vad_filter=False,
            temperature=list(self.settings.temperatures),
        )
        words: list[Word] = []
        texts: list[str] = []
        for seg in segments:
            if seg.no_speech_prob > self.settings.no_speech_prob_max and seg.avg_logprob < self.settings.avg_logprob_min:
                continue
            texts.append(seg.text.strip())
            for w in seg.words or ():
                words.append(Word(w.word.strip(), round(float(w.start) + offset_s, 3), round(float(w.end) + offset_s, 3), round(float(w.probability), 3)))
        return words, texts

    def read_back(self, audio: np.ndarray) -> str:
        """What a short stretch of speech (up to ~28 s) says, decoded alone with no prompt.

        The turn detector uses it at each pause to hear how the answer so far ends.
        """
        seconds = audio.size / 16000
        # Decoded without timestamps, Whisper can run on past the speech and repeat itself; a
        # repeated 4-gram is (almost) never real in a few seconds of speech, so it is blocked.
        return self.decode_clips(audio, [(0.0, seconds)], pad_s=0.0, prompt=None, max_tokens=int(16 + 6 * seconds),
                                 no_repeat_ngram_size=4)[0]

    def decode_clips(
        self,
        audio: np.ndarray,
        spans: list[tuple[float, float]],
        *,
        pad_s: float = 0.1,
        lead_s: float = 0.5,
        prompt: str | None = CLIP_PROMPT,
        max_tokens: int = 8,
        no_repeat_ngram_size: int = 0,
    ) -> list[str]:
        """Text heard in each short stretch, each decoded alone between half-second silences.

        Used to confirm suspected filled pauses: a dropped "uh" comes back as "Uh.", a breath as
        nothing or an unrelated word. Decoding each stretch alone matters: in context Whisper
        drops the fillers again. faster-whisper would pad every clip to a 30 s window (a full
        encoder run each, ~0.8 s on 2 cores); CTranslate2 accepts short mel inputs, so the clips
        go through the model directly, as one batch of a few seconds each (~0.1 s per clip).
        The turn detector uses the same path, with no prompt and more tokens, to read how the
        last seconds of an answer end.
        """
        if not spans:
            return []
        import ctranslate2
        from faster_whisper.tokenizer import Tokenizer

        model = self.load()
        lead = np.zeros(int(lead_s * 16000), dtype=np.float32)
        clips = []
        for start_s, end_s in spans:
            lo, hi = max(0, int((start_s - pad_s) * 16000)), min(audio.size, int((end_s + pad_s) * 16000))
            clips.append(np.concatenate([lead, audio[lo:hi].astype(np.float32), lead]))
        frames = min(3000, max(300, max(c.size for c in clips) // 160 + 10))
        feats = []
        for clip in clips:
            mel = model.feature_extractor(clip)[:, :frames]
            feats.append(np.pad(mel, ((0, 0), (0, frames - mel.shape[1]))))
        tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en")
        tokens = model.get_prompt(tokenizer, tokenizer.encode(" " + prompt) if prompt else [], without_timestamps=True)
        batch = ctranslate2.StorageView.from_array(np.ascontiguousarray(np.stack(feats).astype(np.float32)))
        results = model.model.generate(batch, [tokens] * len(clips), beam_size=1, max_length=len(tokens) + max_tokens,
                                       no_repeat_ngram_size=no_repeat_ngram_size)
        return [tokenizer.decode([t for t in r.sequences_ids[0] if t < tokenizer.eot]).strip() for r in results]


WINDOW_S = 30.0  # Whisper's window


def _windows(duration_s: float, silences: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Cut [0, duration_s] into as few pieces of at most WINDOW_S as possible (each piece costs a
    full encoder run), each cut in the middle of the longest silence where a cut still lets the
    rest fit; at the latest possible point when no silence qualifies."""
    n = int(np.ceil(duration_s / WINDOW_S - 1e-9))
    if n <= 1:
        return [(0.0, duration_s)]
    edges, lo = [0.0], 0.0
    for k in range(1, n):
        earliest, latest = duration_s - WINDOW_S * (n - k), lo + WINDOW_S
        near = [(b - a, (a + b) / 2) for a, b in silences if earliest <= (a + b) / 2 <= latest]
        lo = max(near)[1] if near else latest
        edges.append(lo)
    edges.append(duration_s)
    return list(zip(edges, edges[1:]))


def _loops(words: Sequence[Word], run: int = 6, cycles: int = 4) -> bool:
    """True when one token repeats `run` times in a row, or a phrase of 2-4 tokens `cycles`
    times: a decoding loop, not speech (people do say "words words words words", so the bar
    for one token is above that)."""
    toks = [w.text.lower().strip(",.-?!") for w in words]
    for n in range(1, 5):
        need = run if n == 1 else cycles
        for i in range(len(toks) - n * need + 1):
            gram = toks[i: i + n]
            if all(toks[i + k * n: i + (k + 1) * n] == gram for k in range(1, need)):
                return True
    return False
