"""Audio in and out: files, frames, voice activity, devices and the phone channel."""
