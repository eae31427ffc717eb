"""Transcriber: faster-whisper with word timings, a disfluent prompt and hallucination guards."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

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
    # not sure if ...", compression ratio > 2.4) or too unsure (mean log-probability < -1) is
    # decoded again by beam search of this width (0: never). faster-whisper's own retry samples
    # at rising temperatures, and CTranslate2 seeds the sampling only once per worker thread: the
    # same acted clip, analysed three times in one process, read three ways. Beam search reads it
    # the same every time. Chosen on the robust bench's dev files against that sampling: word
    # errors 663 -> 662, filled pauses matched 198 -> 197 of 247 (no retry at all: 195); a second
    # retry (beam 5 blocking repeated 3-grams) changed nothing.
    retry_beam_size: int = 5


CLIP_PROMPT = "Um. Uh. Hmm."
# A window's decode stops once a segment ends this close to where its sound ends: faster-whisper
# would otherwise encode the window again from the last word on, to decode the silence after it
# (a full encoder run, ~0.5 s on 2 cores, for a few tenths of a second of nothing).
HEARD_ALL_SLACK_S = 0.15
MEMO_WINDOWS = 16  # windows decoded ahead are kept this long (about 7 minutes of answer)


class Transcriber:
    """Loads a faster-whisper model once; `transcribe()` takes 16 kHz mono float32."""

    def __init__(self, model: SttModel | str | None = None, settings: SttSettings = SttSettings()) -> None:
        self.model = model if isinstance(model, SttModel) else resolve_stt(model)
        self.settings = settings
        self._whisper = None
        self._reader = None  # a second copy for the turn detector's read-backs (see `read_back`)
        self.load_s: float | None = None
        self._memo: OrderedDict[tuple[bytes, str | None, float | None], tuple[list[_RawWord], list[str]]] = OrderedDict()
        self._memo_lock = threading.Lock()

    def load(self):
        if self._whisper is None:
            t0 = time.perf_counter()
            self._whisper = self._new_model()
            self.load_s = time.perf_counter() - t0
        return self._whisper

    def load_reader(self):
        """The copy `read_back` uses; load it before listening so no judgement waits for it."""
        if self._reader is None:
            self._reader = self._new_model()
        return self._reader

    def _new_model(self):
        try:
            return _steady_whisper()(
                self.model.location,
                self.settings.retry_beam_size,
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

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        prompt: str | None | bool = True,
        silences: Sequence[tuple[float, float]] = (),
        offset_s: float = 0.0,
        sound_end_s: float | None = None,
    ) -> Transcript:
        """Words with timings (plus `offset_s`: where `audio` starts on the caller's clock).
        `prompt=False` gives plain Whisper (no disfluent prompt). `sound_end_s`, when the caller
        knows it, is where the last sound in `audio` ends (a window cut at a pause ends its sound
        where that pause begins): decoding stops once the words reach it.

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
        for lo, hi in windows(duration_s, silences):
            heard_to = _sound_end(lo, hi, silences, sound_end_s if hi >= duration_s - 1e-9 else None)
            raw, t, _fresh = self._window(audio[int(lo * 16000) : int(hi * 16000)], initial, heard_to)
            words += [_placed(w, lo + offset_s) for w in raw]
            texts += t
        return Transcript(tuple(words), duration_s, " ".join(t for t in texts if t))

    def decode_ahead(self, audio: np.ndarray, silences: Sequence[tuple[float, float]], until_s: float, *,
                     prompt: bool = True) -> Ahead:
        """Decode, while an answer is still being spoken, the windows of it that are final: every
        window `transcribe` will cut from this audio up to `until_s` but the last, which may still
        grow. They are kept, so transcribing the whole answer at its end decodes only the rest
        (the same samples and prompt give the same words: nothing differs from an offline
        transcription)."""
        initial = self.settings.prompt if prompt else None
        words: list[Word] = []
        final = windows(until_s, silences)[:-1]
        decoded = 0
        for lo, hi in final:
            raw, _texts, fresh = self._window(audio[int(lo * 16000) : int(hi * 16000)], initial, _sound_end(lo, hi, silences))
            decoded += fresh
            words += [_placed(w, lo) for w in raw]
        return Ahead(tuple(words), final[-1][1] if final else 0.0, decoded)

    def forget(self) -> None:
        """Drop the windows kept from earlier decodes (the next transcription decodes afresh)."""
        with self._memo_lock:
            self._memo.clear()

    def _window(self, chunk: np.ndarray, prompt: str | None, heard_to_s: float | None = None) -> tuple[list[_RawWord], list[str], bool]:
        """One window's words (times from its start), text, and whether it was decoded now: each
        window is decoded once, then remembered. A window whose decoding loops (the prompt can
        seed "M- M- M-" on cut-off words) is decoded again without the prompt. `heard_to_s`: where
        the window's sound ends, if known (see `_decode`)."""
        key = _memo_key(chunk, prompt, heard_to_s)
        with self._memo_lock:
            known = self._memo.get(key)
        if known is not None:
            return *known, False
        if chunk.size < 1600:  # < 0.1 s: nothing Whisper can use
            return [], [], False
        raw, texts = self._decode(chunk, prompt, heard_to_s)
        if prompt and _loops(raw):
            raw, texts = self._decode(chunk, None, heard_to_s)
        with self._memo_lock:
            self._memo[key] = (raw, texts)
            while len(self._memo) > MEMO_WINDOWS:
                self._memo.popitem(last=False)
        return raw, texts, True

    def _decode(self, audio: np.ndarray, prompt: str | None, heard_to_s: float | None = None) -> tuple[list[_RawWord], list[str]]:
        """Words and segment texts of one window. faster-whisper decodes lazily, segment by
        segment; once a segment ends within HEARD_ALL_SLACK_S of `heard_to_s` (where the window's
        sound ends) nothing is asked of it any more, so it does not encode the window again to
        decode the silence after the last word (it does so whenever its first pass ends on an
        open segment: 14 of the 58 encoder runs over 36 test answers)."""
        segments, _info = self.load().transcribe(
            audio,
            language="en",
            beam_size=self.settings.beam_size,
            word_timestamps=True,
            initial_prompt=prompt,
            condition_on_previous_text=False,
            vad_filter=False,
            temperature=[0.0],  # never sampled: see `retry_beam_size`
        )
        words: list[_RawWord] = []
        texts: list[str] = []
        for seg in segments:
            if seg.no_speech_prob > self.settings.no_speech_prob_max and seg.avg_logprob < self.settings.avg_logprob_min:
                continue
            texts.append(seg.text.strip())
            for w in seg.words or ():
                words.append(_RawWord(w.word.strip(), float(w.start), float(w.end), float(w.probability)))
            if heard_to_s is not None and seg.end >= heard_to_s - HEARD_ALL_SLACK_S:
                break
        return words, texts

    def read_back(self, audio: np.ndarray) -> str:
        """What a short stretch of speech (up to ~28 s) says, decoded alone with no prompt.

        The turn detector uses it at each pause to hear how the answer so far ends. It runs on a
        second copy of the model (tiny: ~40 MB more), so that it never waits behind the answer
        being transcribed meanwhile (one copy serves one call at a time: a read-back took 0.21 s
        alone, 0.73 s beside a 25 s window).
        """
        seconds = audio.size / 16000
        # Decoded without timestamps, Whisper can run on past the speech and repeat itself; a
        # repeated 4-gram is (almost) never real in a few seconds of speech, so it is blocked.
        return self._clips(self.load_reader(), audio, [(0.0, seconds)], pad_s=0.0, lead_s=0.5, prompt=None,
                           max_tokens=int(16 + 6 * seconds), no_repeat_ngram_size=4)[0]

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
        return self._clips(self.load(), audio, spans, pad_s=pad_s, lead_s=lead_s, prompt=prompt, max_tokens=max_tokens,
                           no_repeat_ngram_size=no_repeat_ngram_size)

    @staticmethod
    def _clips(model, audio: np.ndarray, spans: list[tuple[float, float]], *, pad_s: float, lead_s: float,
               prompt: str | None, max_tokens: int, no_repeat_ngram_size: int) -> list[str]:
        if not spans:
            return []
        import ctranslate2
        from faster_whisper.tokenizer import Tokenizer

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


@cache
def _steady_whisper() -> type:
    """faster-whisper's WhisperModel whose retry of a failed decode is beam search, not sampling
    (see `SttSettings.retry_beam_size`). It overrides `generate_with_fallback`, whose signature
    and `TranscriptionOptions` dataclass are the same in faster-whisper 1.1.0-1.2.1; pyproject.toml
    caps the version there."""
    from faster_whisper import WhisperModel

    class SteadyWhisper(WhisperModel):
        def __init__(self, location: str, retry_beam_size: int, **kwargs) -> None:
            super().__init__(location, **kwargs)
            self.retry_beam_size = retry_beam_size
            self.retried = 0  # decodes that needed a retry, for the bench

        def generate_with_fallback(self, encoder_output, prompt, tokenizer, options):
            unsampled = replace(options, temperatures=[0.0])  # one decode per call, never sampled
            greedy = super().generate_with_fallback(encoder_output, prompt, tokenizer, unsampled)
            if not self.retry_beam_size or not _failed(greedy, options):
                return greedy
            self.retried += 1
            beam = super().generate_with_fallback(encoder_output, prompt, tokenizer, replace(unsampled, beam_size=self.retry_beam_size))
            if not _failed(beam, options):
                return beam
            # neither passed: as faster-whisper, the surer of those that do not repeat themselves
            steady = [r for r in (greedy, beam) if r[3] <= (options.compression_ratio_threshold or float("inf"))]
            return max(steady or (greedy, beam), key=lambda r: r[1])

    return SteadyWhisper


def _failed(decoded: tuple, options) -> bool:
    """faster-whisper's test for a decode to try again (`generate_with_fallback`): too repetitive
    or too unsure, unless Whisper takes the window for silence."""
    result, avg_logprob, _temperature, compression_ratio = decoded
    unsure = options.log_prob_threshold is not None and avg_logprob < options.log_prob_threshold
    if unsure and options.no_speech_threshold is not None and result.no_speech_prob > options.no_speech_threshold:
        return False
    loops = options.compression_ratio_threshold is not None and compression_ratio > options.compression_ratio_threshold
    return loops or unsure


WINDOW_S = 30.0  # Whisper's window
MIN_WINDOW_S = 20.0  # a window is cut at a pause no earlier than this far into it...
CUT_PAUSE_S = 0.5  # ...at the first pause this long (the live loop hands the answer over at 0.6 s)


@dataclass(frozen=True)
class _RawWord:
    """A word as decoded in one window: times from the window's start, unrounded."""

    text: str
    start: float
    end: float
    probability: float


@dataclass(frozen=True)
class Ahead:
    """What `decode_ahead` found: the words of the final windows, where they end, and how many
    windows it decoded (the others were decoded before)."""

    words: tuple[Word, ...]
    final_s: float
    decoded: int


def _placed(w: _RawWord, offset_s: float) -> Word:
    return Word(w.text, round(w.start + offset_s, 3), round(w.end + offset_s, 3), round(w.probability, 3))


def _memo_key(chunk: np.ndarray, prompt: str | None, heard_to_s: float | None = None) -> tuple[bytes, str | None, float | None]:
    return (hashlib.blake2b(np.ascontiguousarray(chunk).tobytes(), digest_size=16).digest(), prompt,
            None if heard_to_s is None else round(heard_to_s, 3))


def _sound_end(lo: float, hi: float, silences: Sequence[tuple[float, float]], sound_end_s: float | None = None) -> float | None:
    """Where the sound of the window [lo, hi] ends, from its start: a window cut inside a pause
    ends its sound where the pause begins; the last window where the caller says (`sound_end_s`),
    or unknown (None)."""
    if sound_end_s is not None:
        return max(0.0, sound_end_s - lo)
    cut = next((a for a, b in silences if a < hi < b), None)
    return None if cut is None else max(0.0, cut - lo)


def windows(duration_s: float, silences: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Cut [0, duration_s] into pieces of at most WINDOW_S. A recording that fits one window is one
    piece. A longer one is cut left to right: a piece ends in the middle of the first pause of
    CUT_PAUSE_S or more that lies MIN_WINDOW_S or more into it; with none by WINDOW_S (and more
    than that left), in the middle of the longest silence MIN_WINDOW_S..WINDOW_S into it, or at
    WINDOW_S.

    Past the first window a cut depends only on the audio up to it (or up to one window past the
    piece's start), never on how long the recording goes on: once a live answer is longer than a
    window, its pieces up to its last long pause are final while it is still being spoken, and
    are decoded then (`Transcriber.decode_ahead`). Answers up to 30 s stay one piece: cut at a
    pause after 20 s, the real held-out monologue (25 s) got 3 more invented words in its 4 s
    second piece, and one piece of 30 s decodes in about 2 s anyway. Each piece costs a full
    encoder run (~0.85 s on 2 cores); before, longer recordings were cut into as few, evenly
    filled pieces as possible, which needs the whole recording."""
    if duration_s <= WINDOW_S + 1e-9:
        return [(0.0, duration_s)]
    edges, lo = [0.0], 0.0
    while True:
        pause = next(((a + b) / 2 for a, b in sorted(silences)
                      if b - a >= CUT_PAUSE_S and lo + MIN_WINDOW_S <= (a + b) / 2 <= min(lo + WINDOW_S, duration_s)), None)
        if pause is None and duration_s - lo <= WINDOW_S + 1e-9:
            break
        if pause is None:
            near = [(b - a, (a + b) / 2) for a, b in silences if lo + MIN_WINDOW_S <= (a + b) / 2 <= lo + WINDOW_S]
            pause = max(near)[1] if near else lo + WINDOW_S
        lo = pause
        edges.append(lo)
    edges.append(duration_s)
    return list(pairwise(edges))


def _loops(words: Sequence[_RawWord | Word], run: int = 6, cycles: int = 4) -> bool:
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
