"""Choose the topic head's data weights by grouped cross-validation on training data only.

    python -m inbox.triage.training.voter_topic_cv [--folds 3] [--background 1.0,0.3]

Folds split the voter-style messages (:mod:`voter_topics`) by issue line, so no held-out
message shares its issue with a training message; every fold's head is trained as
:func:`inbox.triage.training.recipes.train_default_topics` trains the committed one (taxonomy
texts, Chamber questions as background, voter messages as examples), with each
background weight given. Prints top-1 accuracy on the held-out voter messages per weight.
The voter check set is never used here.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

from inbox.triage.taxonomy import DEFAULT_TOPICS
from inbox.triage.topics import DEFAULT_TOPIC_FIT, train_topic_head
from inbox.triage.training import data
from inbox.triage.training.embed_cache import EmbedFn, build_embedder
from inbox.triage.training.voter_topics import voter_topic_rows

UNCERTAIN_FOLDS = 3


def uncertain_thresholds(
    embed: EmbedFn, background: list[tuple[str, str]], weight: float, folds: int = UNCERTAIN_FOLDS
) -> dict[str, float]:
    """Per code, the top-1 score below which a held-out voter message given that code was
    more often wrong than right (out-of-fold over the voter messages grouped by issue line).

    0 for a code whose held-out predictions are right more often than not at every score.
    Only training data is used; the head reports a top topic under its threshold as uncertain.
    """
    rows = voter_topic_rows()
    groups = np.asarray([group for _, _, group in rows])
    fold_of_group = np.random.default_rng(0).integers(0, folds, groups.max() + 1)
    scored: dict[str, list[tuple[float, bool]]] = {}
    for fold in range(folds):
        held = fold_of_group[groups] == fold
        train = [(t, c) for (t, c, _), h in zip(rows, held, strict=True) if not h]
        test = [(t, c) for (t, c, _), h in zip(rows, held, strict=True) if h]
        head = train_topic_head(
            embed, DEFAULT_TOPICS, train, background=background, config=DEFAULT_TOPIC_FIT, background_weight=weight
        )
        probabilities = head.predict_proba(embed([t for t, _ in test]))
        for row, (_, code) in zip(probabilities, test, strict=True):
            best = int(np.argmax(row))
            scored.setdefault(head.labels[best], []).append((float(row[best]), head.labels[best] == code))
    thresholds = {}
    for code, pairs in scored.items():
        threshold = 0.0
        for candidate in np.arange(0.05, 0.96, 0.05):
            below = [right for score, right in pairs if score < candidate]
            if len(below) >= 5 and sum(below) < len(below) / 2:
                threshold = round(float(candidate), 2)
        thresholds[code] = threshold
    return thresholds


def main(argv: list[str] | None = None) -> int:
    """Run the grouped cross-validation and print one line per background weight."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=data.DEFAULT_DATA_DIR)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--background", default="1.0,0.3")
    args = parser.parse_args(argv)
    cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
    embed = build_embedder(None, cache)
    rows = voter_topic_rows()
    background = data.chamber_topic_examples(args.data) + data.chamber_keyword_examples(args.data)
    embed([text for text, _, _ in rows] + [text for text, _ in background])  # fill the cache once
    groups = np.asarray([group for _, _, group in rows])
    fold_of_group = np.random.default_rng(0).integers(0, args.folds, groups.max() + 1)
    for weight in [float(w) for w in args.background.split(",")]:
        hits = total = 0
        for fold in range(args.folds):
            held = fold_of_group[groups] == fold
            train = [(t, c) for (t, c, _), h in zip(rows, held, strict=True) if not h]
            test = [(t, c) for (t, c, _), h in zip(rows, held, strict=True) if h]
            head = train_topic_head(
                embed, DEFAULT_TOPICS, train, background=background, config=DEFAULT_TOPIC_FIT, background_weight=weight
            )
            predicted = head.predict(embed([t for t, _ in test]))
            hits += sum(p == c for p, (_, c) in zip(predicted, test, strict=True))
            total += len(test)
            print(f"  background {weight}: fold {fold} done", file=sys.stderr, flush=True)
        print(f"background weight {weight}: held-out voter accuracy {100 * hits / total:.1f}% ({total} messages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
