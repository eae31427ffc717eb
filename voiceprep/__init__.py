"""voiceprep: a fully local, voice-based mock interview coach."""

__version__ = "0.1.0"
