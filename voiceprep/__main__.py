"""Allows `python -m voiceprep`."""

from voiceprep.cli import main

main()
