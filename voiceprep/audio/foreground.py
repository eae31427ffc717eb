"""Tells the speaker's voice from quieter voices and steady noise behind it, by level.

The candidate is the loudest voice in their own recording. A voiced stretch (webrtcvad) whose
level stays well below the speaker's own level for a while is someone else (a colleague across
the office) or steady noise the VAD took for speech; it is not the candidate's speaking time,
and words heard in it are not the candidate's words. Levels are of 10 ms frames, smoothed by a
moving power mean; a quiet run must also be quiet as a whole, so one soft syllable of the
speaker's own does not count as someone else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from voiceprep.analysis.coverage import within_sentence
from voiceprep.analysis.lexicon import ends_sentence
from voiceprep.audio.level import power_mean_db
from voiceprep.audio.vad import FRAME_S, VadSettings, flags_to_spans
from voiceprep.types import Span, Word

W = TypeVar("W")  # a word: anything with start and end in seconds


@dataclass(frozen=True)
class ForegroundSettings:
    """How far below the speaker a voice must stay, and for how long, to be someone else's."""

    speaker_percentile: float = 90.0  # the speaker's level: this percentile of voiced frame levels
    below_db: float = 12.0  # a run whose smoothed level stays this far below it may be someone else
    # (and so may a stretch in the speaker's pause that decodes to words: `voice_in_a_pause`)...
    stretch_below_db: float = 18.0  # ...when the run as a whole is this far below (the speaker's own
    # quiet trailing words reach about 16 dB below in real recordings; other voices "15-20 dB
    # below the speaker" sit 19-24 dB below this level, which is above the speaker's average)
    min_stretch_s: float = 0.25  # shorter quiet runs are the speaker's own soft sounds...
    # ...but webrtcvad flickers on a voice 15-20 dB down: a quiet voice cut by an unvoiced gap
    # shorter than this is one run. With 0.5 s of digital silence put before the same recording,
    # the 30 ms VAD frames fell differently and a colleague's 0.52 s "I will put another" came out
    # as 0.19 s + 0.12 s gap + 0.21 s, both under min_stretch_s: their words became the speaker's
    # (bench_tails, dev voices_15db/r04_long_think, session 24).
    quiet_gap_s: float = 0.2
    trailing_off_s: float = 1.0  # ...and so is a shorter one straight after their loud speech and
    # followed by silence: the fading end of a word ("regu-lars", 0.41 s, 18 dB down)
    smooth_s: float = 0.15  # moving power mean over +- this
    noise_floor_percentile: float = 10.0  # the noise floor: this percentile of all frame levels
    noise_margin_db: float = 6.0  # a quiet stretch within this of the floor is steady noise, not a voice
    # A recognised word whose loudest frame (over the word and `faint_pad_s` each side: Whisper's
    # timings of short words can miss their sound) stays this far below the speaker's level is
    # another voice's, even where no quiet stretch was found (a colleague 15-20 dB down, heard
    # through the speaker's pauses). The speaker's own words peak 13-15 dB below at their 1st
    # percentile (bench/README.md, robustness, session 17).
    faint_word_db: float = 16.0
    faint_pad_s: float = 0.1
    fade_silence_s: float = 0.3  # no voice within this after a faint run: the speaker fading out


@dataclass(frozen=True)
class LevelScene:
    """Who is loud where: the VAD's voiced spans, and the stretches of them well below the speaker."""

    speaker_level_db: float  # dBFS
    noise_floor_db: float  # dBFS
    voiced: tuple[Span, ...]  # everything the VAD heard (small gaps closed)
    quiet: tuple[Span, ...]  # well below the speaker and above the noise floor: another voice, or a soft sound of the speaker's own
    near_floor: tuple[Span, ...]  # well below the speaker and near the noise floor: steady noise, or very soft speech

    @property
    def snr_db(self) -> float:
        return round(self.speaker_level_db - self.noise_floor_db, 1)


def split_by_level(
    flags: np.ndarray,
    levels_db: np.ndarray,
    settings: ForegroundSettings = ForegroundSettings(),
    vad: VadSettings = VadSettings(),
) -> LevelScene:
    """Find the voiced stretches well below the speaker's level (one flag and one level per 10 ms frame)."""
    n = min(flags.size, levels_db.size)
    flags, levels_db = flags[:n].astype(bool), levels_db[:n]
    voiced_spans = [Span(round(float(s.start), 3), round(float(s.end), 3)) for s in flags_to_spans(flags, vad)]
    if n == 0 or not flags.any():
        floor = float(np.percentile(levels_db, settings.noise_floor_percentile)) if n else -120.0
        return LevelScene(-120.0, round(floor, 1), tuple(voiced_spans), (), ())
    speaker = float(np.percentile(levels_db[flags], settings.speaker_percentile))
    floor = float(np.percentile(levels_db, settings.noise_floor_percentile))
    half = max(1, int(round(settings.smooth_s / FRAME_S)))
    power = np.pad(10 ** (levels_db / 10), half, mode="edge")
    smoothed = 10 * np.log10(np.convolve(power, np.ones(2 * half + 1) / (2 * half + 1), mode="valid")[:n] + 1e-30)
    voiced = np.zeros(n, dtype=bool)
    for sp in voiced_spans:
        voiced[int(round(sp.start / FRAME_S)): int(round(sp.end / FRAME_S))] = True
    quiet_frames = voiced & (smoothed < speaker - settings.below_db)
    quiet, noise = [], []
    for r in flags_to_spans(quiet_frames, VadSettings(min_speech_s=settings.min_stretch_s, merge_gap_s=settings.quiet_gap_s)):
        a, b = int(round(r.start / FRAME_S)), int(round(r.end / FRAME_S))
        level = power_mean_db(levels_db[a:b])
        if level > speaker - settings.stretch_below_db:
            continue
        after_loud = a > 0 and voiced[a - 1] and not quiet_frames[a - 1]
        then_silence = b >= n or not voiced[b]
        if after_loud and then_silence and r.duration_s < settings.trailing_off_s:
            continue
        (noise if level <= floor + settings.noise_margin_db else quiet).append(Span(round(float(r.start), 3), round(float(r.end), 3)))
    return LevelScene(round(speaker, 1), round(floor, 1), tuple(voiced_spans), tuple(quiet), tuple(noise))


def faint_words(words: list[W], levels_db: np.ndarray, scene: LevelScene, settings: ForegroundSettings = ForegroundSettings()) -> list[W]:
    """The `words` (anything with start/end in seconds, in time order) that are another voice's.

    Each one's loudest 10 ms frame, the word padded by `faint_pad_s`, lies `faint_word_db` or
    more below the speaker, clearly above the noise floor and mostly where the VAD hears a voice.
    A word in silence or room tone is one Whisper misplaced into a pause ("ask" in JFK's
    "...fellow Americans, [pause] ask not"), not someone else's; and a run of faint words
    straight after the speaker's own, shorter than `trailing_off_s` and followed by silence, is
    the speaker fading out ("...forced to liner", 17-25 dB down), as in `split_by_level`, when
    its sentence began loud: a whole sentence that never comes near the speaker's level is
    someone else's, even where it follows the speaker without a gap (a colleague's "This is the
    acoustic corpus." after a reader's last word, LibriSpeech 2412 with another voice 15 dB down,
    session 25). Words need a `text` for that; without one every run may be a fade."""
    spans = [extent(w) for w in words]
    faint = [_faint(sp, levels_db, scene, settings) for sp in spans]
    out: list[W] = []
    i = 0
    while i < len(spans):
        if not faint[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(spans) and faint[j + 1]:
            j += 1
        start, end = spans[i].start, spans[j].end
        after_speaker = i > 0 and start - spans[i - 1].end <= settings.faint_pad_s
        fading = after_speaker and _silence_after(end, scene, settings) and end - start < settings.trailing_off_s
        if not (fading and _began_loud(words, spans, i, levels_db, scene, settings)):
            out += words[i: j + 1]
        i = j + 1
    return out


def voice_in_a_pause(stretch: Span, level_db: float, words: Sequence[Word], scene: LevelScene, recording_s: float,
                     settings: ForegroundSettings = ForegroundSettings()) -> bool:
    """Is a voiced stretch that no word of the speaker's covers, and that decoded alone as words,
    another voice? It is when its mean level (`level_db`, relative to the speaker's) lies
    `below_db` or more under the speaker and it sits in one of their pauses, not inside one of
    their sentences (`within_sentence`): their own soft words can be as quiet, but they come
    inside a sentence. Nor is it the fading end of their last word before a silence, shorter than
    `trailing_off_s` with nothing voiced for `fade_silence_s` after it, as in `split_by_level`
    (audio_samples/07_long_pauses.wav: "...my mistake." fades 15 dB down into a 2.5 s pause and
    decodes alone as "Oh, see."); a crowd after the last word runs on to the end of the
    recording instead. A room full of talk comes through the speaker's pauses this way: six real
    readers 10-15 dB behind an answer read 9-23 dB under the speaker there (robustness bench,
    babble conditions, dev), louder than `split_by_level` may take for someone else's, since it
    must leave the speaker's quiet trailing words (down to 16 dB below) alone."""
    if level_db > -settings.below_db or within_sentence(stretch, words):
        return False
    fading = (stretch.end + settings.fade_silence_s <= recording_s and _silence_after(stretch.end, scene, settings)
              and stretch.duration_s < settings.trailing_off_s)
    return not fading


def _silence_after(end_s: float, scene: LevelScene, settings: ForegroundSettings) -> bool:
    """Does the VAD hear nothing for `fade_silence_s` after `end_s` (the speaker fading out into
    a pause, not someone talking on)?"""
    return not any(v.end > end_s + FRAME_S and v.start < end_s + settings.fade_silence_s for v in scene.voiced)


def _began_loud(words: list, spans: list[Span], i: int, levels_db: np.ndarray, scene: LevelScene,
                settings: ForegroundSettings) -> bool:
    """Does the sentence of word `i` hold, before it, a word of its own that comes within
    `faint_word_db` of the speaker (its own frames: the padding that forgives Whisper's timing
    would reach back into the previous sentence)?"""
    for j in range(i - 1, -1, -1):
        if ends_sentence(getattr(words[j], "text", "")):
            return False
        peak = _peak_db(spans[j], levels_db, 0.0)
        if peak is not None and scene.speaker_level_db - peak < settings.faint_word_db:
            return True
    return not hasattr(words[i], "text")


def _peak_db(span: Span, levels_db: np.ndarray, pad_s: float) -> float | None:
    """The loudest 10 ms frame over `span` padded by `pad_s` each side (None: no frame there)."""
    a = max(0, int(round((span.start - pad_s) / FRAME_S)))
    seg = levels_db[a: max(a + 1, int(round((span.end + pad_s) / FRAME_S)))]
    return float(seg.max()) if seg.size else None


def extent(word) -> Span:
    """The time a word takes (at least one frame: Whisper writes some words with no duration)."""
    return Span(round(word.start, 3), round(max(word.end, word.start + FRAME_S), 3))


def _faint(span: Span, levels_db: np.ndarray, scene: LevelScene, settings: ForegroundSettings) -> bool:
    peak = _peak_db(span, levels_db, settings.faint_pad_s)
    if peak is None or scene.speaker_level_db - peak < settings.faint_word_db:
        return False
    heard = sum(max(0.0, min(v.end, span.end) - max(v.start, span.start)) for v in scene.voiced)
    return peak > scene.noise_floor_db + settings.noise_margin_db and heard >= span.duration_s / 2


def subtract(spans: list[Span] | tuple[Span, ...], cuts: list[Span] | tuple[Span, ...], *, min_s: float = 0.06) -> list[Span]:
    """`spans` with every `cuts` stretch taken out; pieces shorter than `min_s` are dropped."""
    out = []
    for sp in spans:
        pieces = [(sp.start, sp.end)]
        for c in cuts:
            nxt = []
            for a, b in pieces:
                if c.end <= a or c.start >= b:
                    nxt.append((a, b))
                    continue
                if c.start - a >= min_s:
                    nxt.append((a, c.start))
                if b - c.end >= min_s:
                    nxt.append((c.end, b))
            pieces = nxt
        out += [Span(round(a, 3), round(b, 3)) for a, b in pieces if b - a >= min_s]
    return out
