"""Control keys through a real pseudo-terminal: Enter is "done", space is "more time"."""

from __future__ import annotations

import os
import pty
import time

from voiceprep.audio.keys import KeyReader


def wait_for(reader: KeyReader, n: int, timeout_s: float = 5.0) -> list:
    got: list = []
    deadline = time.monotonic() + timeout_s
    while len(got) < n and time.monotonic() < deadline:
        got += reader.poll()
        time.sleep(0.02)
    return got


def test_keys_from_a_terminal_and_the_terminal_restored():
    import termios

    leader, follower = pty.openpty()
    before = termios.tcgetattr(follower)
    with KeyReader(follower) as reader:
        assert reader.active
        os.write(leader, b"x \n")
        got = wait_for(reader, 2)
    assert [k.action for k in got] == ["more_time", "done"]
    assert termios.tcgetattr(follower) == before
    os.close(leader)
    os.close(follower)


def test_not_a_terminal_reads_nothing():
    r, w = os.pipe()
    with KeyReader(r) as reader:
        os.write(w, b"\n")
        assert not reader.active and wait_for(reader, 1, 0.3) == []
    os.close(r)
    os.close(w)
