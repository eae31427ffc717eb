"""Smart Turn v3.2 (pipecat, BSD-2): how likely the last seconds of speech end a turn, from the
prosody of the audio itself. An 8 MB ONNX model on onnxruntime; Whisper-style log-mel input."""

from __future__ import annotations

import numpy as np

from voiceprep.models import SmartTurnModel

WINDOW_S = 8  # the model sees the last 8 s, zero-padded at the front


class SmartTurn:
    """Loads the model once, on first use; `complete_probability` takes 16 kHz mono float32."""

    def __init__(self, model: SmartTurnModel) -> None:
        self.model = model
        self._session = None
        self._features = None

    def _load(self):
        if self._session is None:
            import onnxruntime as ort
            from faster_whisper.feature_extractor import FeatureExtractor

            options = ort.SessionOptions()
            options.inter_op_num_threads = 1
            options.intra_op_num_threads = 1  # the other core decodes speech meanwhile
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            self._session = ort.InferenceSession(str(self.model.onnx), sess_options=options, providers=["CPUExecutionProvider"])
            # faster-whisper's extractor gives the same features as transformers' Whisper one
            # the model was trained with (max difference 4e-6 on real speech).
            self._features = FeatureExtractor(feature_size=80, chunk_length=WINDOW_S)
        return self._session, self._features

    def load(self) -> SmartTurn:
        """Load now (at start-up), not inside the first answer's judgement."""
        self._load()
        return self

    def complete_probability(self, audio: np.ndarray) -> float:
        """P(the speaker has finished their turn) for audio ending now."""
        session, features = self._load()
        n = WINDOW_S * 16000
        clip = np.asarray(audio, dtype=np.float32)[-n:]
        clip = np.pad(clip, (n - clip.size, 0))
        clip = (clip - clip.mean()) / np.sqrt(clip.var() + 1e-7)  # the training features' normalisation
        mel = features(clip.astype(np.float32), padding=0)[:, : WINDOW_S * 100]
        out = session.run(None, {"input_features": mel[None].astype(np.float32)})
        return float(np.asarray(out[0]).reshape(-1)[0])
