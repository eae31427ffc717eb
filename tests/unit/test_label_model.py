"""The shipped learned labels: what scripts/train_labels.py makes from the dev part, read and
applied without scikit-learn; and the dev / held-out split that training relies on."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from voiceprep.analysis.linear_labels import model_from_dict, score
from voiceprep.analysis.text_features import text_features
from voiceprep.label_models import shipped_model

ROOT = Path(__file__).resolve().parents[2]


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_model_is_what_training_on_the_dev_part_produces():
    pytest.importorskip("sklearn", reason="scikit-learn comes with the [test] extra")
    train = _load(ROOT / "scripts" / "train_labels.py", "train_labels")
    fresh = train.build()
    shipped = json.loads((ROOT / "voiceprep" / "analysis" / "data" / "labels_model.json").read_text())
    hint = "run scripts/train_labels.py after changing the sets or the features"
    for section in ("call", "content"):
        assert shipped[section]["trained_on"] == fresh[section]["trained_on"], hint
        assert shipped[section]["labels"].keys() == fresh[section]["labels"].keys(), hint
        for name, want in fresh[section]["labels"].items():
            got = shipped[section]["labels"][name]
            assert (got["threshold"], got["support"], got["weights"].keys()) == (want["threshold"], want["support"], want["weights"].keys()), (name, hint)
            # Equal up to the last rounded digit, so another platform's floating point cannot fail it.
            assert abs(got["bias"] - want["bias"]) <= 2e-4, (name, hint)
            assert max(abs(got["weights"][f] - w) for f, w in want["weights"].items()) <= 2e-4, (name, hint)


def test_training_never_reads_held_out_items():
    pytest.importorskip("sklearn", reason="scikit-learn comes with the [test] extra")
    train = _load(ROOT / "scripts" / "train_labels.py", "train_labels")
    items, _ = train._dev("call_labels_set.json")
    assert items and all(i["split"] == "dev" for i in items)
    data = json.loads((ROOT / "voiceprep" / "analysis" / "data" / "labels_model.json").read_text())
    all_call = json.loads((ROOT / "bench" / "call_labels_set.json").read_text())
    assert data["call"]["trained_on"]["items"] == sum(1 for i in all_call if i["split"] == "dev")


def test_every_item_follows_the_committed_split_rule():
    splits = _load(ROOT / "bench" / "splits.py", "splits")
    for name, legacy_ids in (("call_labels_set.json", {f"c{i:02d}" for i in range(1, 61)}),
                             ("content_set.json", {f"a{i:02d}" for i in range(1, 45)})):
        items = json.loads((ROOT / "bench" / name).read_text())
        held = [i for i in items if i["id"] not in legacy_ids]
        assert all(i["split"] == splits.hashed_split(i["id"]) for i in held)
        share = sum(i["split"] == "holdout" for i in held) / len(held)
        assert 0.25 < share < 0.42


def test_shipped_model_loads_and_scores_in_plain_python():
    model = shipped_model("call")
    text = "I'm so sorry, that must have been awful."
    s = score(model.labels["empathy"], text_features(text), text)
    assert 0.0 <= s.probability <= 1.0 and all(w in text for w in s.words)


def test_a_model_for_other_features_is_refused():
    data = json.loads((ROOT / "voiceprep" / "analysis" / "data" / "labels_model.json").read_text())
    with pytest.raises(ValueError, match="retrain"):
        model_from_dict({**data, "features_version": data["features_version"] + 1}, "call")


def test_features_name_the_words_they_came_from():
    f = text_features("Not my fault.")
    assert f.words == ("not", "my", "fault")
    assert f.sources["b:my fault"] == (1, 2) and f.sources["k:FAULT"] == (2,) and f.sources["kk:NEG I"] == (0, 1)
