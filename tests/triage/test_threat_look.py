"""The threat second look: the fine-tuned top layers decide what the frozen head cannot rule out."""

from __future__ import annotations

import copy
import types
from pathlib import Path

import numpy as np
import pytest
from flask import Flask

from inbox.triage.encoder import TextEncoder, native_bf16
from inbox.triage.models import get_triager
from inbox.triage.pipeline import model_text
from inbox.triage.threat_look import ThreatSecondLook, decide_threats
from inbox.triage.threat_rules import RULE_SCORE
from inbox.triage.training.embed_cache import resolve_encoder_path
from inbox.triage.training.tuned_top import TopTuning, lower_states, predict_top, train_top

TEXTS = [
    "Wij weten waar je kinderen naar school gaan.",
    "Wanneer wordt de brug in de Kerkstraat hersteld?",
    "On sera devant ton bureau lundi, avec des pancartes.",
    "Pass gut auf dich auf, man weiß nie, was passiert.",
    "Thanks for the quick answer about the bus line!",
    "Ge gaat ervoor boeten, let maar op.",
]
LABELS = np.array([1, 0, 0, 1, 0, 1])


@pytest.fixture(scope="module")
def encoder() -> TextEncoder:
    """The precision training runs in: bfloat16 matrix products where the CPU has them, else fp32."""
    return TextEncoder(resolve_encoder_path(), precision="bf16" if native_bf16() else "fp32")


def test_the_runtime_scores_as_the_tuned_model_was_trained(encoder: TextEncoder) -> None:
    """Adapters merged into a copy of the top layers give the training-time model's probabilities."""
    split = 8
    texts = list(TEXTS)
    states = lower_states(encoder.model, encoder.tokenizer, texts, split)
    rows = list(range(len(TEXTS)))
    tuning = TopTuning(epochs=3, learning_rate=5e-3, batch_size=2)
    tuned = train_top(encoder.model.encoder.layer[split:], states, LABELS, np.ones(len(TEXTS)), rows, 2, tuning)
    trained = predict_top(tuned, states, rows)[:, 1]
    info = {"split": split, "gate": 0.0, "threshold": 0.5, "rank": tuning.rank, "alpha": tuning.alpha}
    look = ThreatSecondLook(encoder, tuned.adapter_tensors(), info)
    assert np.allclose(look.scores(texts), trained, atol=0.005)
    assert not np.allclose(trained, trained[0], atol=0.01)  # the adapters moved the scores apart


class _FixedLook:
    """A stand-in second look with fixed scores (the decision rule is what is under test)."""

    gate, threshold = 0.2, 0.6

    def __init__(self, scores: dict[str, float]) -> None:
        self.by_text, self.asked = scores, []

    def scores(self, texts: list[str]) -> np.ndarray:
        self.asked += texts
        return np.array([self.by_text[t] for t in texts])


def test_only_texts_behind_the_gate_are_looked_at_and_it_decides_them() -> None:
    look = _FixedLook({"b": 0.9, "c": 0.1, "d": 0.3})
    decisions = decide_threats([0.05, 0.5, 0.7, 0.1], [None, None, None, "knows_where"], list("abcd"), 0.4, look)
    assert look.asked == ["b", "c", "d"]  # "a" scored below the gate; "d" reached it through the rule
    assert [flag for _, _, flag in decisions] == [False, True, False, True]
    assert decisions[3] == ("knows_where", RULE_SCORE, True)  # a rule still raises the second look's score


def test_a_failing_second_look_leaves_the_frozen_head_deciding() -> None:
    class Broken(_FixedLook):
        def scores(self, texts: list[str]) -> np.ndarray:
            raise RuntimeError("out of memory")

    decisions = decide_threats([0.05, 0.5], [None, None], ["a", "b"], 0.4, Broken({}))
    assert [flag for _, _, flag in decisions] == [False, True]


def test_the_default_runtime_lets_the_committed_second_look_decide(sqlite_app: Flask) -> None:
    triager = get_triager(sqlite_app.extensions["dialoog.settings"])
    look = triager.threat_look
    assert look is not None and "+threat_top@" in triager.versions()["threat"]
    veiled = "Pas maar goed op als ge vanavond alleen naar huis rijdt, het is donker op die baan."
    harmless = "Wanneer gaat het zwembad in onze gemeente weer open?"
    outputs = triager.analyse([veiled, harmless])
    assert outputs[0].threat_rule is None  # no lexical rule: the score is the second look's own
    assert outputs[0].threat_score == pytest.approx(float(look.scores([model_text(veiled)])[0]), abs=1e-3)
    assert [o.threat for o in outputs] == [True, False]


def test_the_second_look_is_left_out_for_another_runtime_or_another_encoder(encoder: TextEncoder) -> None:
    weights = Path(__file__).resolve().parents[2] / "inbox" / "triage" / "weights"
    assert ThreatSecondLook.load(weights, encoder) is not None  # the same encoder, at either precision
    assert ThreatSecondLook.load(weights, object()) is None  # neither a PyTorch encoder nor a model folder
    other = copy.copy(encoder)
    other._version = "some-other-model@0123456789ab"
    assert ThreatSecondLook.load(weights, other) is None


def test_a_model_folder_that_does_not_load_leaves_the_frozen_head(encoder: TextEncoder, tmp_path: Path) -> None:
    weights = Path(__file__).resolve().parents[2] / "inbox" / "triage" / "weights"
    (tmp_path / "model.safetensors").write_bytes(b"truncated")  # and no config.json
    beside_another_runtime = types.SimpleNamespace(version=encoder.version + "+onnx-int8")
    assert ThreatSecondLook.load(weights, beside_another_runtime, model_dir=tmp_path) is None
