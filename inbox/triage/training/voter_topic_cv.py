"""Choose the topic head's data weights by grouped cross-validation on training data only.

    python -m inbox.triage.training.voter_topic_cv [--folds 3] [--background 1.0,0.3] \
        [--train-parts ab,abc] [--json out.json]

Folds split the voter-style messages (:mod:`voter_topics`) by issue line, so no held-out
message shares its issue with a training message; every fold's head is trained as
:func:`inbox.triage.training.recipes.train_default_topics` trains the committed one (taxonomy
texts, Chamber questions as background, voter messages as examples), with each
background weight given. Prints top-1 accuracy on the held-out voter messages per weight,
per language and per data part (A/B: :mod:`voter_issues_a`/`b`; C: :mod:`voter_issues_c`),
and the codes most often confused out of fold. ``--train-parts ab`` trains the fold heads
on parts A/B only (the head before part C) and still predicts the held-out part-C messages:
new wording that head never saw. The voter check set is never used here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from inbox.triage.taxonomy import DEFAULT_TOPICS, LANGUAGES
from inbox.triage.topics import DEFAULT_TOPIC_FIT, train_topic_head
from inbox.triage.training import data
from inbox.triage.training.embed_cache import EmbedFn, build_embedder
from inbox.triage.training.voter_topics import PARTS, VoterRow, voter_topic_details, voter_topic_rows

UNCERTAIN_FOLDS = 3


def uncertain_thresholds(
    embed: EmbedFn,
    background: list[tuple[str, str]],
    weight: float,
    folds: int = UNCERTAIN_FOLDS,
    parts: tuple[str, ...] = PARTS,
) -> dict[str, float]:
    """Per code, the top-1 score below which a held-out voter message given that code was
    more often wrong than right (out-of-fold over the voter messages grouped by issue line).

    0 for a code whose held-out predictions are right more often than not at every score.
    Only training data is used; the head reports a top topic under its threshold as uncertain.
    """
    rows = voter_topic_rows(parts)
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


def out_of_fold(
    embed: EmbedFn,
    rows: list[VoterRow],
    background: list[tuple[str, str]],
    weight: float,
    train_parts: tuple[str, ...],
    folds: int,
    seed: int = 0,
) -> list[str]:
    """The out-of-fold top-1 code of every row; fold heads learn from the rows of ``train_parts``."""
    groups = np.asarray([row.group for row in rows])
    fold_of_group = np.random.default_rng(seed).integers(0, folds, groups.max() + 1)
    predicted = [""] * len(rows)
    for fold in range(folds):
        held = fold_of_group[groups] == fold
        train = [(r.text, r.code) for r, h in zip(rows, held, strict=True) if not h and r.part in train_parts]
        test = [i for i, h in enumerate(held) if h]
        head = train_topic_head(
            embed, DEFAULT_TOPICS, train, background=background, config=DEFAULT_TOPIC_FIT, background_weight=weight
        )
        for i, code in zip(test, head.predict(embed([rows[i].text for i in test])), strict=True):
            predicted[i] = code
        print(f"  background {weight}, trained on {'+'.join(train_parts)}: fold {fold} done", file=sys.stderr)
    return predicted


def summary(rows: list[VoterRow], predicted: list[str], part: str) -> dict[str, Any]:
    """Accuracy per language and the most frequent (true -> predicted) confusions of one part."""
    out: dict[str, Any] = {}
    for language in (*LANGUAGES, "all"):
        pick = [i for i, r in enumerate(rows) if r.part == part and language in (r.language, "all")]
        if not pick:
            continue
        confused = Counter(f"{rows[i].code} -> {predicted[i]}" for i in pick if predicted[i] != rows[i].code)
        per_code = {
            code: round(100 * float(np.mean([predicted[i] == code for i in pick if rows[i].code == code])), 1)
            for code in sorted({rows[i].code for i in pick})
        }
        out[language] = {
            "accuracy": round(100 * sum(predicted[i] == rows[i].code for i in pick) / len(pick), 1),
            "messages": len(pick),
            "per_code": per_code,
            "confused": confused.most_common(12),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the grouped cross-validation and print the held-out figures per background weight."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=data.DEFAULT_DATA_DIR)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--background", default="1.0,0.3")
    parser.add_argument("--train-parts", default="abc", help="comma-separated: ab (parts A/B only), abc (all)")
    parser.add_argument("--confusions", type=int, default=6, help="confusions printed per language and part")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--fold-seed", type=int, default=0, help="seed of the issue lines' fold assignment")
    args = parser.parse_args(argv)
    cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
    embed = build_embedder(None, cache)
    rows = voter_topic_details()
    background = data.chamber_topic_examples(args.data) + data.chamber_keyword_examples(args.data)
    embed([row.text for row in rows] + [text for text, _ in background])  # fill the cache once
    figures: dict[str, Any] = {}
    for weight in [float(w) for w in args.background.split(",")]:
        for setting in args.train_parts.split(","):
            train_parts = ("ab", "c") if setting == "abc" else (setting,)
            predicted = out_of_fold(embed, rows, background, weight, train_parts, args.folds, args.fold_seed)
            trained = [i for i, r in enumerate(rows) if r.part in train_parts]
            hits = sum(predicted[i] == rows[i].code for i in trained)
            print(
                f"background weight {weight}, trained on {setting}: held-out voter accuracy "
                f"{100 * hits / len(trained):.1f}% ({len(trained)} messages)"
            )
            parts = {part: summary(rows, predicted, part) for part in PARTS}
            figures[f"{weight}/{setting}"] = parts
            for part, by_language in parts.items():
                line = ", ".join(f"{lang} {v['accuracy']:.1f}" for lang, v in by_language.items())
                print(f"  part {part} out of fold: {line}")
                for language, v in by_language.items():
                    if language != "all" and args.confusions:
                        top = "; ".join(f"{pair} {n}" for pair, n in v["confused"][: args.confusions])
                        print(f"    {language} confused: {top}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
