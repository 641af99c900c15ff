"""Train the threat second look: the encoder's top layers fine-tuned for threats (LoRA adapters).

Run by ``python -m inbox.triage.training.threat`` after the frozen threat head (``--no-top``
skips it); writes ``threat_top.{safetensors,json}`` next to the heads. See
:mod:`inbox.triage.threat_look` for how the pipeline uses it.

Everything is chosen by the threat head's cross-validation on the training data (the same
folds: one per writing batch; the lexical pre-check applied); no check set is read:

* the tuning (``TOP_TUNING``): false alarms on hard negatives at 90% of the threats out of
  fold, 8 frozen layers + 4 adapted, on the first two batches with random folds: 3 epochs at
  5e-4 16.9%, 8 epochs at 3e-4 12.1%, 12 epochs at 5e-4 8.8%, against 13.3% for the frozen head
  (``python -m inbox.triage.training.finetune_cv --task threat`` compares them);
* the gate: the highest frozen-head score below which fewer than ``1 - GATE_RECALL`` of the
  threats fall out of fold (leaving a batch out, 99.5% is out of reach above 0);
* the threshold: the highest that still catches ``RECALL_TARGET`` of the threats out of fold,
  on the second look's scores behind the gate, unless every fold's gate and look together flag
  more than ``VOTER_BUDGET`` of the held-out voter messages (free-written, of topics never
  trained on) there: then the lowest threshold within that budget. A budget on voter messages
  that were trained on would be too easy to meet.
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
    THRESHOLD_GRID,
    FrozenHeadResult,
    _weights,
    choose_threshold,
    combined_scores,
    threshold_rates,
)
from inbox.triage.training.threat_rows import BATCH_NAMES, Row, batch_of
from inbox.triage.training.tuned_top import TopTuning, lower_states, predict_top, train_top

TOP_TUNING = TopTuning(epochs=12, learning_rate=5e-4, rank=16, alpha=32.0)
SPLIT = 8  # layers kept frozen (of 12): the top 4 are adapted
GATE_RECALL = 0.98
VOTER_BUDGET = 0.01  # at most 1% of the held-out voter messages flagged (mean over the fold models)


def choose_gate(frozen_scores: np.ndarray, kinds: list[str]) -> float:
    """The highest frozen score (threshold grid) that keeps ``GATE_RECALL`` of the threats at or above it."""
    threats = frozen_scores[np.array(kinds) == "threat"]
    keeping = [float(t) for t in THRESHOLD_GRID if t <= 0.5 and float((threats >= t).mean()) >= GATE_RECALL]
    return max(keeping, default=0.0)


def choose_look_threshold(oof: np.ndarray, kinds: list[str], held_out: np.ndarray) -> float:
    """The second look's threshold: recall first, within the false-alarm budget on voter messages.

    ``oof``: out-of-fold scores behind the gate; ``held_out``: (folds, voter messages) scores of
    each fold's gate and look on voter messages of topics never trained on. The highest threshold
    that keeps ``RECALL_TARGET`` of the threats, unless that flags more than ``VOTER_BUDGET`` of the
    held-out voter messages: then the lowest threshold within the budget.
    """
    recall_first, _ = choose_threshold(oof, kinds)
    within = [float(t) for t in THRESHOLD_GRID if float((held_out >= t).mean()) <= VOTER_BUDGET]
    if not within:
        print(
            f"  warning: no threshold keeps the held-out voter messages within {VOTER_BUDGET:.0%}; "
            f"the highest ({THRESHOLD_GRID[-1]}) is used: do not adopt these weights without reading why",
            file=sys.stderr,
            flush=True,
        )
    return max(recall_first, min(within, default=float(THRESHOLD_GRID[-1])))


def train_threat_top(
    rows: list[Row],
    held_out: list[Row],
    frozen: FrozenHeadResult,
    encoder_path: Path,
    encoder_version: str,
    tuning: TopTuning = TOP_TUNING,
) -> tuple[dict[str, torch.Tensor], dict]:
    """Cross-validate (the frozen head's folds), choose gate and threshold, and fit the adapters on all ``rows``.

    ``held_out`` are voter messages never trained on, scored by every fold for the false-alarm budget.
    """
    texts, held_texts = [r[3] for r in rows], [r[3] for r in held_out]
    kinds = [r[1] for r in rows]
    model = AutoModel.from_pretrained(encoder_path, local_files_only=True, add_pooling_layer=False).eval()
    tokenizer = AutoTokenizer.from_pretrained(encoder_path, local_files_only=True)
    states = lower_states(model, tokenizer, [data.tweet_text(t) for t in texts + held_texts], SPLIT)
    held_rows = list(range(len(rows), len(states)))
    top_layers = model.encoder.layer[SPLIT:]
    labels = np.array([1 if k == "threat" else 0 for k in kinds])
    weights = _weights(kinds)
    n_folds = int(frozen.folds.max()) + 1
    tuned, held_tuned = np.zeros(len(rows)), np.zeros((n_folds, len(held_out)))
    for fold in range(n_folds):
        print(f"  threat second look, fold {fold + 1}/{n_folds}", file=sys.stderr, flush=True)
        train, test = np.where(frozen.folds != fold)[0].tolist(), np.where(frozen.folds == fold)[0].tolist()
        fitted = train_top(top_layers, states, labels, weights, train, 2, tuning)
        tuned[test] = predict_top(fitted, states, test)[:, 1]
        held_tuned[fold] = predict_top(fitted, states, held_rows)[:, 1]
    frozen_oof = combined_scores(frozen.out_of_fold, texts)
    gate = choose_gate(frozen_oof, kinds)
    behind_gate = np.where(frozen_oof >= gate, combined_scores(tuned, texts), 0.0)
    held_frozen = np.array([combined_scores(scores, held_texts) for scores in frozen.held_out])
    held_behind = np.where(held_frozen >= gate, np.array([combined_scores(s, held_texts) for s in held_tuned]), 0.0)
    threshold = choose_look_threshold(behind_gate, kinds, held_behind)
    rates = threshold_rates(behind_gate, kinds, threshold)
    _, frozen_rates = choose_threshold(frozen_oof, kinds)
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
            "folds": frozen.head.info["cross_validation"]["folds"],
            "recall_target": RECALL_TARGET,
            "gate_recall": GATE_RECALL,
            "voter_budget": VOTER_BUDGET,
            "second_look": {k: round(v, 4) for k, v in rates.items()},
            "held_out_voter_flagged": round(float((held_behind >= threshold).mean()), 4),
            "per_batch": per_batch_rates(behind_gate >= threshold, rows),
            "frozen_head_alone": {k: round(v, 4) for k, v in frozen_rates.items()},
            "behind_gate": {
                k: round(float((frozen_oof >= gate)[kind_arr == k].mean()), 4) for k in ("threat", "hard", "ordinary")
            },
        },
        "training_data": "the threat head's rows (inbox/triage/training/threat_rows.py training_rows); "
        f"{len(held_out)} free-written voter messages of other topics held out for the budget",
    }
    return final.adapter_tensors(), info


def per_batch_rates(flagged: np.ndarray, rows: list[Row]) -> dict[str, dict[str, float]]:
    """Out of fold, per writing batch: the share of its threats caught and of its hard negatives flagged."""
    batches, kinds = np.array([batch_of(r[2]) or "" for r in rows]), np.array([r[1] for r in rows])
    rates = {}
    for name in (n for n in BATCH_NAMES if (batches == n).any()):
        rates[name] = {k: round(float(flagged[(batches == name) & (kinds == k)].mean()), 4) for k in ("threat", "hard")}
    return rates


def save_threat_top(tensors: dict[str, torch.Tensor], info: dict, folder: Path) -> None:
    """Write ``threat_top.safetensors`` and ``threat_top.json`` into ``folder``."""
    save_file(tensors, str(Path(folder) / f"{FILE_STEM}.safetensors"))
    (Path(folder) / f"{FILE_STEM}.json").write_text(json.dumps(info, indent=2) + "\n")
