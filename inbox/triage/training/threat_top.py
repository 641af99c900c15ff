"""Train the threat second look: the encoder's top layers fine-tuned for threats (LoRA adapters).

Run by ``python -m inbox.triage.training.threat`` after the frozen threat head (``--no-top``
skips it); writes ``threat_top.{safetensors,json}`` next to the heads. See
:mod:`inbox.triage.threat_look` for how the pipeline uses it.

Everything is chosen by the threat head's grouped 5-fold cross-validation on the training
data (the same folds, the lexical pre-check applied); no check set is read:

* the tuning (``TOP_TUNING``): false alarms on hard negatives at 90% of the threats out of
  fold, 8 frozen layers + 4 adapted: 3 epochs at 5e-4 16.9%, 8 epochs at 3e-4 12.1%, 12
  epochs at 5e-4 8.8%, against 13.3% for the frozen head (an experiment script that became
  :mod:`~inbox.triage.training.tuned_top`; ``python -m inbox.triage.training.finetune_cv --task
  threat`` with this code: 13.3% -> 10.0%);
* the gate: the highest frozen-head score (steps of 0.01) below which fewer than
  ``1 - GATE_RECALL`` of the threats fall out of fold;
* the threshold: the highest that still catches ``RECALL_TARGET`` of the threats out of fold,
  on the second look's scores behind the gate.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import save_file
from transformers import AutoModel, AutoTokenizer

from inbox.triage.threat_look import FILE_STEM
from inbox.triage.training import data
from inbox.triage.training.threat import (
    RECALL_TARGET,
    _weights,
    choose_threshold,
    combined_scores,
    fold_numbers,
)
from inbox.triage.training.tuned_top import TopTuning, lower_states, predict_top, train_top

TOP_TUNING = TopTuning(epochs=12, learning_rate=5e-4, rank=16, alpha=32.0)
SPLIT = 8  # layers kept frozen (of 12): the top 4 are adapted
GATE_RECALL = 0.995


def choose_gate(frozen_scores: np.ndarray, kinds: list[str]) -> float:
    """The highest frozen score (0.01 steps) that keeps ``GATE_RECALL`` of the threats at or above it."""
    threats = frozen_scores[np.array(kinds) == "threat"]
    gate = 0.0
    for candidate in np.arange(0.01, 0.51, 0.01):
        if float((threats >= candidate).mean()) >= GATE_RECALL:
            gate = float(candidate)
    return round(gate, 2)


def train_threat_top(
    rows: list[tuple[str, str, str, str]],
    frozen_oof: np.ndarray,
    encoder_path: Path,
    encoder_version: str,
    tuning: TopTuning = TOP_TUNING,
) -> tuple[dict[str, torch.Tensor], dict]:
    """Cross-validate, choose gate and threshold, and fit the adapters on all ``rows``.

    ``frozen_oof`` holds the frozen head's out-of-fold probabilities for ``rows`` (same folds).
    """
    texts = [r[3] for r in rows]
    kinds, groups = [r[1] for r in rows], [r[2] for r in rows]
    model = AutoModel.from_pretrained(encoder_path, local_files_only=True, add_pooling_layer=False).eval()
    tokenizer = AutoTokenizer.from_pretrained(encoder_path, local_files_only=True)
    states = lower_states(model, tokenizer, [data.tweet_text(t) for t in texts], SPLIT)
    top_layers = model.encoder.layer[SPLIT:]
    labels = np.array([1 if k == "threat" else 0 for k in kinds])
    weights = _weights(kinds)
    folds = fold_numbers(groups)
    tuned = np.zeros(len(rows))
    for fold in range(5):
        print(f"  threat second look, fold {fold + 1}/5", file=sys.stderr, flush=True)
        train, test = np.where(folds != fold)[0].tolist(), np.where(folds == fold)[0].tolist()
        tuned[test] = predict_top(train_top(top_layers, states, labels, weights, train, 2, tuning), states, test)[:, 1]
    frozen = combined_scores(frozen_oof, texts)
    gate = choose_gate(frozen, kinds)
    behind_gate = np.where(frozen >= gate, combined_scores(tuned, texts), 0.0)
    threshold, rates = choose_threshold(behind_gate, kinds)
    _, frozen_rates = choose_threshold(frozen, kinds)
    print("  threat second look, all training messages", file=sys.stderr, flush=True)
    final = train_top(top_layers, states, labels, weights, list(range(len(rows))), 2, tuning)
    kind_arr = np.array(kinds)
    info = {
        "task": "threat second look",
        "version": f"{FILE_STEM}@{datetime.now(UTC):%Y%m%d%H%M}",
        "encoder_version": encoder_version,
        "split": SPLIT,
        "encoder_layers": len(model.encoder.layer),
        "rank": tuning.rank,
        "alpha": tuning.alpha,
        "gate": gate,
        "threshold": threshold,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tuning": {"epochs": tuning.epochs, "learning_rate": tuning.learning_rate, "batch_size": tuning.batch_size},
        "cross_validation": {
            "recall_target": RECALL_TARGET,
            "second_look": {k: round(v, 4) for k, v in rates.items()},
            "frozen_head_alone": {k: round(v, 4) for k, v in frozen_rates.items()},
            "behind_gate": {
                k: round(float((frozen >= gate)[kind_arr == k].mean()), 4) for k in ("threat", "hard", "ordinary")
            },
        },
        "training_data": "the threat head's rows (inbox/triage/training/threat.py training_rows)",
    }
    return final.adapter_tensors(), info


def save_threat_top(tensors: dict[str, torch.Tensor], info: dict, folder: Path) -> None:
    """Write ``threat_top.safetensors`` and ``threat_top.json`` into ``folder``."""
    save_file(tensors, str(Path(folder) / f"{FILE_STEM}.safetensors"))
    (Path(folder) / f"{FILE_STEM}.json").write_text(json.dumps(info, indent=2) + "\n")
