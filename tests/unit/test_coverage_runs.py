"""When a decode has skipped speech (`coverage.skipped_speech`): one long hole, or holes split
only by pauses, with no word between them, or a large share of the voiced time."""

from __future__ import annotations

from voiceprep.analysis.coverage import LONG_HOLE_S, coverage, skipped_speech
from voiceprep.types import Span, Word

SPEECH = [Span(0.0, 4.0), Span(4.5, 9.0), Span(9.4, 14.0)]


def _words(*spans: tuple[float, float]) -> list[Word]:
    return [Word("word", a, b) for a, b in spans]


def test_holes_split_by_a_word_are_not_lost_speech():
    # uncovered: 3.3-4.0 and 5.0-5.7 (words are 0.1 s loose at each edge), a word between them
    cov = coverage(_words((0.0, 3.2), (4.5, 4.9), (5.8, 14.0)), SPEECH)
    assert [round(h.duration_s, 2) for h in cov.holes] == [0.7, 0.7]
    assert cov.longest_run_s < LONG_HOLE_S
    assert not skipped_speech(cov)  # two fillers or breaths, for all the words know


def test_holes_split_only_by_a_pause_add_up_to_lost_speech():
    # uncovered: 3.3-4.0 and 4.5-5.4, the pause between them and no word
    cov = coverage(_words((0.0, 3.2), (5.5, 14.0)), SPEECH)
    assert [round(h.duration_s, 2) for h in cov.holes] == [0.7, 0.9]
    assert cov.longest_hole_s < LONG_HOLE_S and cov.uncovered_s / cov.voiced_s < 0.2  # the old tests miss it
    assert cov.longest_run_s == 1.6
    assert skipped_speech(cov)


def _placed(text: str, *spans: tuple[float, float]) -> list[Word]:
    return [Word(f"{text}{i}", a, b) for i, (a, b) in enumerate(spans)]


def test_the_decode_that_covers_clearly_more_leads_the_merge():
    from voiceprep.analysis.coverage import merge_decodes

    speech = [Span(0.0, 14.0)]
    # the prompted decode heard 0-5 s, then stopped and wrote its last three words over 11-14 s
    first = _placed("p", (0.0, 2.5), (2.5, 5.0), (11.0, 12.0), (12.0, 13.0), (13.0, 14.0))
    plain = _placed("q", *[(float(t), t + 1.0) for t in range(14)])
    merged = merge_decodes(first, plain, speech)
    assert [w.text for w in merged] == [w.text for w in plain]  # every plain word; the misplaced ones stay out
    # a plain decode that covers little more than the prompted one only fills its holes
    plain_short = _placed("q", (5.0, 6.0), (6.0, 7.0), (7.0, 8.0), (8.0, 9.0), (9.0, 10.0))
    merged = merge_decodes(first, plain_short, speech)
    assert [w.text for w in merged] == ["p0", "p1", "q0", "q1", "q2", "q3", "q4", "p2", "p3", "p4"]
