"""The threat tag on writing it did or did not learn from: each training batch, and voter-style messages.

    python bench/threat_batches.py [--weights inbox/triage/weights] [--batches sixth] [--look-threshold 0.99] [--json]

The threats and hard negatives for training were written in batches, each later one with
situations the earlier ones had few of (``inbox/triage/training/threat_train_*``). For each
batch: whether the weights learned from it (their record's ``training_data.batches``; heads
written before that key learned from the first two), then per language the threats caught and
the hard negatives flagged, as the pipeline decides (head, lexical pre-check and second look).
A batch the weights learned from shows fit; a batch they never saw shows what to expect on new
writing (for weights trained on every batch, the training's own leave-one-batch-out figures in
``threat_top.json`` say that). Last, the share of voter-style messages flagged as threats (none
is a threat): the 1,000 free-written ones (``voter_tone_free_de_nl``) and 3,453 framed ones
(``voter_tone``): first the parts today's training never learns from (free-written messages
of the held-out topics, framed ones outside the sample), then all of them, or, for weights that
learned from the rest as ordinary messages (``training_data.voter_negatives``), that rest apart.
The held-out topics set the second look's false-alarm budget in training: a figure on them
is a training-side figure, not an independent measure. An office pays for each with a red banner and
an alert. Then the ordinary messages written on the threats' subjects (``threat_subject_ordinary``:
speed cameras, asylum, police...), a measure for weights that did not learn from them. And the
demo's simulated voters: its threats caught, its other messages flagged.

Training data only: no check set (``inbox/triage/evaluation/*``) is read, and nothing here
sets a threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safety_quality import WEIGHTS, second_look, threat_scores

from inbox.sandbox import voter_texts
from inbox.triage.heads import Head
from inbox.triage.training.embed_cache import build_embedder
from inbox.triage.training.threat_rows import (
    BATCH_NAMES,
    LANGUAGES,
    batch_rows,
    held_out_voter_rows,
    subject_ordinary_rows,
    unsampled_framed_rows,
    voter_rows,
)
from inbox.triage.training.voter_tone import voter_tone_rows
from inbox.triage.training.voter_tone_free_de_nl import free_rows

EARLIEST_BATCHES = ("first", "more")  # what heads trained before ``training_data.batches`` was written learned


def trained_batches(head: Head) -> tuple[str, ...]:
    """The writing batches ``head`` learned from, as its training record says."""
    return tuple(head.info.get("training_data", {}).get("batches", EARLIEST_BATCHES))


def demo_texts() -> tuple[list[str], list[str]]:
    """The demo's simulated voters' texts: (its threats, every other message: questions, reactions, thanks, abuse)."""
    fill = {"h": "ElsVermeulenBE", "o": "lukas_schmitz"}
    threats = [text.format(**fill) for text in voter_texts.THREATS]
    others = [
        text.format(**fill)
        for by_language in (voter_texts.MESSAGES, voter_texts.REACTIONS, voter_texts.THANKS, voter_texts.ABUSE)
        for texts in by_language.values()
        for text in texts
    ]
    return threats, others


def _share(flags: np.ndarray) -> str:
    return f"{int(flags.sum())}/{flags.size} {100 * flags.mean():.1f}%" if flags.size else "-"


def run(weights: Path, batches: tuple[str, ...] = BATCH_NAMES, look_threshold: float | None = None) -> dict[str, Any]:
    """Per batch and language: threats caught and hard negatives flagged; voter-style messages flagged.

    ``look_threshold`` replaces the second look's stored threshold (to see what another one would flag).
    """
    embed = build_embedder(None, None, quiet=True)
    head, look = Head.load(weights, "threat"), second_look(weights)
    if look is not None and look_threshold is not None:
        look.threshold = look_threshold
    trained = trained_batches(head)
    voter_trained = bool(head.info.get("training_data", {}).get("voter_negatives", False))
    subject_trained = bool(head.info.get("training_data", {}).get("subject_ordinary", False))
    figures: dict[str, Any] = {"weights": f"{head.version}+{look.version}" if look else head.version, "batches": {}}
    figures["look_threshold"] = look.threshold if look else None
    print(f"threat tag {figures['weights']} (look threshold {figures['look_threshold']}) on its training batches")
    print("caught = threats flagged, alarms = hard negatives")
    print(f"{'batch':8} {'trained':8} " + " ".join(f"{lang + ' caught / alarms':>26}" for lang in (*LANGUAGES, "all")))
    for name in batches:
        rows = batch_rows(name)
        flags, _, _ = threat_scores(head, embed, [r[3] for r in rows], look)
        kinds, languages = np.array([r[1] for r in rows]), np.array([r[0] for r in rows])
        per: dict[str, Any] = {"trained": name in trained}
        cells = []
        for language in (*LANGUAGES, "all"):
            mask = languages == language if language != "all" else np.ones(len(rows), dtype=bool)
            caught, alarms = flags[mask & (kinds == "threat")], flags[mask & (kinds == "hard")]
            per[language] = {"caught": _share(caught), "alarms": _share(alarms)}
            cells.append(f"{_share(caught):>12} / {_share(alarms):<11}")
        figures["batches"][name] = per
        print(f"{name:8} {'yes' if name in trained else 'no':8} " + " ".join(cells))
    voter_sets: tuple[tuple[str, list[str]], ...] = (  # never trained on, whichever weights
        ("free-written voter messages of the held-out topics", [r[3] for r in held_out_voter_rows()]),
        ("framed voter messages outside the training sample", [r[3] for r in unsampled_framed_rows()]),
    )
    if voter_trained:  # weights that learned from the rest as ordinary messages
        voter_sets += (("voter messages trained on as ordinary (fit, not a measure)", [r[3] for r in voter_rows()]),)
    else:
        voter_sets += (
            ("free-written voter messages, all", [row.text for row in free_rows()]),
            ("framed voter messages (voter_tone), all", [row.text for row in voter_tone_rows()]),
        )
    subject = "trained on as ordinary (fit, not a measure)" if subject_trained else "never trained on"
    voter_sets += (("ordinary messages on the threats' subjects, " + subject, [r[3] for r in subject_ordinary_rows()]),)
    threats, others = demo_texts()
    voter_sets += (("the demo's voters' other messages (questions, reactions, thanks, abuse)", others),)
    flags, _, _ = threat_scores(head, embed, threats, look)
    figures["demo threats caught"] = _share(flags)
    print(f"the demo's threats: caught {figures['demo threats caught']}")
    for name, texts in voter_sets:
        flags, _, _ = threat_scores(head, embed, texts, look)
        figures[name] = _share(flags)
        print(f"{name}: flagged as threats {figures[name]}")
    return figures


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weights", type=Path, default=WEIGHTS, help="folder of the heads (%(default)s)")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument(
        "--batches",
        type=lambda text: tuple(name for name in text.split(",") if name),
        default=",".join(BATCH_NAMES),
        help=f"writing batches to report, comma-separated, '' for none (default: all, {','.join(BATCH_NAMES)})",
    )
    parser.add_argument("--look-threshold", type=float, help="use this second-look threshold instead of the stored one")
    args = parser.parse_args(argv)
    if unknown := set(args.batches) - set(BATCH_NAMES):
        parser.error(f"unknown batch {', '.join(sorted(unknown))}: choose from {', '.join(BATCH_NAMES)}")
    figures = run(args.weights, args.batches, args.look_threshold)
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
