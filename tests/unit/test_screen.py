"""The live practice screen, headless: a rich Console writing to memory stands in for the terminal."""

from __future__ import annotations

import io

from rich.console import Console

from tests.fakes.engine import FakeAnalyzer, FakeEngine, Said
from voiceprep.audio.sinks import WavSink
from voiceprep.audio.sources import FileSource
from voiceprep.conversation import Conversation
from voiceprep.interview.bank import Question
from voiceprep.interview.brain import ScriptedBrain
from voiceprep.interview.session import Interview, PracticeSettings
from voiceprep.screen import LiveScreen, NoScreen, feedback_line

PAST = Question("angry", "difficult_customers", "past", "Tell me about a time you dealt with an angry customer.")
GOOD = ("Last winter a customer called because his heating repair had been cancelled twice. I apologised, checked "
        "the schedule and booked the next free engineer for Thursday. His heating was fixed on Thursday, and our "
        "satisfaction survey gave me 5 out of 5.")


def terminal() -> Console:
    return Console(file=io.StringIO(), force_terminal=True, width=120, record=True, color_system="truecolor")


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_feedback_line_gives_pace_fillers_longest_pause_and_length_coloured_by_band():
    fast = Said(GOOD, seconds=12.0).metrics()  # 44 words in 12 s: about 220 wpm, far over the band
    line = feedback_line(fast)
    assert line.plain.split(" · ")[0].strip() == f"pace {fast.wpm:.0f} wpm" and fast.wpm > 175
    assert "fillers 0.0/min" in line.plain and "longest pause" in line.plain and "answer length 12 s" in line.plain
    styles = {line.plain[s.start:s.end]: str(s.style) for s in line.spans}
    assert styles[f"{fast.wpm:.0f} wpm"] == "red" and styles["0.0/min"] == "green" and styles["12 s"] == "red"


def test_feedback_line_marks_the_figures_a_quality_flag_puts_in_doubt_and_colours_none_of_them():
    from dataclasses import replace

    from voiceprep.analysis.quality import flag

    fast = Said(GOOD, seconds=12.0).metrics()
    noisy = replace(fast, quality=(flag("noisy", "heavy background noise"),))
    line = feedback_line(noisy)
    assert f"pace {fast.wpm:.0f} wpm?" in line.plain and "fillers 0.0/min?" in line.plain
    styles = {line.plain[s.start:s.end]: str(s.style) for s in line.spans}
    assert styles[f"{fast.wpm:.0f} wpm?"] == styles["0.0/min?"] != "red"
    assert styles["12 s"] == "red"  # the answer's length is not in doubt


def test_listening_shows_the_elapsed_answer_time_and_the_controls():
    clock = Clock()
    screen = LiveScreen(terminal(), now=clock, refresh_per_second=1)
    with screen:
        assert screen.status().renderables[0].plain == ""
        screen.listening(True)
        clock.t += 67.4
        shown = [r.plain for r in screen.status().renderables]
        assert shown[0] == "● Listening  1:07" and "Enter: I'm done" in shown[1] and "Space: more time" in shown[1]
        screen.listening(False)
        screen.speaking(True)
        assert screen.status().renderables[0].plain == "Interviewer speaking…"


def test_captions_and_feedback_print_above_and_quiet_keeps_only_the_captions():
    for quiet in (False, True):
        console = terminal()
        with LiveScreen(console, quiet=quiet, refresh_per_second=1) as screen:
            screen.caption("Interviewer", "Tell me about [bold]a time[/bold].")
            screen.feedback(Said(GOOD).metrics())
        out = console.export_text()
        assert "Interviewer: Tell me about [bold]a time[/bold]." in out  # spoken words are never markup
        assert ("pace 140 wpm" in out) is (not quiet)


def test_the_engine_captions_what_it_says_and_shows_listening_while_it_listens(tmp_path):
    from tests.unit.test_conversation import SHORT, ToneVoice

    events: list[tuple] = []

    class Spy(NoScreen):
        def caption(self, who, text):
            events.append(("caption", who, text))

        def listening(self, on):
            events.append(("listening", on))

    e = Conversation(source=FileSource([SHORT]), sink=WavSink(None), voice=ToneVoice(), store=None, screen=Spy())
    e.speak("question", ["Hello.", "Ready?"])
    e.next_turn()
    heard = e.listen(limit_s=10.0)
    assert heard.end is not None
    assert events == [("caption", "Interviewer", "Hello."), ("caption", "Interviewer", "Ready?"), ("listening", True), ("listening", False)]


def test_the_interview_gives_one_feedback_line_per_answer():
    analyzer = FakeAnalyzer()
    engine = FakeEngine([Said(GOOD), Said("I just helped him.")], analyzer)
    console = terminal()
    with LiveScreen(console, refresh_per_second=1) as screen:
        Interview(engine, brain=ScriptedBrain(), analyzer=analyzer, questions=[PAST, PAST], screen=screen,
                  settings=PracticeSettings(hold_silences=0, seed=1)).run()
    lines = [ln for ln in console.export_text().splitlines() if ln.strip().startswith("pace ")]
    assert len(lines) == 2 and "answer length" in lines[1]


def test_piped_output_still_says_when_it_listens():
    console = Console(file=io.StringIO(), force_terminal=False, width=120, record=True)
    with LiveScreen(console, refresh_per_second=1) as screen:
        screen.listening(True)
        screen.listening(False)
    assert console.export_text().count("Your turn (listening)...") == 1
