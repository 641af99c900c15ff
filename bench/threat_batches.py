"""The threat tag on writing it did or did not learn from: each training batch, and voter-style messages.

    python bench/threat_batches.py [--weights inbox/triage/weights] [--json]

The threats and hard negatives for training were written in batches, each later one with
situations the earlier ones had few of (``inbox/triage/training/threat_train_*``). For each
batch: whether today's training code (``threat.training_rows``) learns from it, which is what
the committed weights learned from (not so for weights trained otherwise), then per language
the threats caught and the hard negatives flagged, as the pipeline decides (head, lexical
pre-check and second look). A batch the weights learned from shows fit; a batch they never
saw shows what to expect on new writing. Last, the share of voter-style messages flagged as
threats (none is a threat, none is in the threat training): 1,000 free-written ones
(``voter_tone_free_de_nl``) and 3,453 framed ones (``voter_tone``); an office pays for each
with a red banner and an alert.

Training data only: no check set (``inbox/triage/evaluation/*``) is read, and nothing here
sets a threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safety_quality import WEIGHTS, second_look, threat_scores

from inbox.triage.heads import Head
from inbox.triage.training import (
    threat_train_en_de,
    threat_train_fourth_en_de,
    threat_train_fourth_nl_fr,
    threat_train_more_en_de,
    threat_train_more_nl_fr,
    threat_train_nl_fr,
    threat_train_third_en_de,
    threat_train_third_nl_fr,
)
from inbox.triage.training.embed_cache import build_embedder
from inbox.triage.training.threat import LANGUAGES, training_rows
from inbox.triage.training.voter_tone import voter_tone_rows
from inbox.triage.training.voter_tone_free_de_nl import free_rows

BATCHES: tuple[tuple[str, ModuleType, ModuleType], ...] = (
    ("first", threat_train_nl_fr, threat_train_en_de),
    ("more", threat_train_more_nl_fr, threat_train_more_en_de),
    ("third", threat_train_third_nl_fr, threat_train_third_en_de),
    ("fourth", threat_train_fourth_nl_fr, threat_train_fourth_en_de),
)


def batch_rows(nl_fr: ModuleType, en_de: ModuleType) -> list[tuple[str, str, str]]:
    """``(language, kind, text)`` of one batch; kind is ``threat`` or ``hard``."""
    rows = []
    for language in LANGUAGES:
        module = nl_fr if language in ("nl", "fr") else en_de
        for kind, suffix in (("threat", "THREAT"), ("hard", "HARD")):
            rows += [(language, kind, text) for text in getattr(module, f"{language.upper()}_{suffix}")]
    return rows


def _share(flags: np.ndarray) -> str:
    return f"{int(flags.sum())}/{flags.size} {100 * flags.mean():.1f}%" if flags.size else "-"


def run(weights: Path) -> dict[str, Any]:
    """Per batch and language: threats caught and hard negatives flagged; voter-style messages flagged."""
    embed = build_embedder(None, None, quiet=True)
    head, look = Head.load(weights, "threat"), second_look(weights)
    trained = {text for _, _, _, text in training_rows(None)}
    figures: dict[str, Any] = {"weights": f"{head.version}+{look.version}" if look else head.version, "batches": {}}
    print(f"threat tag {figures['weights']} on its training batches; caught = threats flagged, alarms = hard negatives")
    print(f"{'batch':8} {'trained':8} " + " ".join(f"{lang + ' caught / alarms':>26}" for lang in (*LANGUAGES, "all")))
    for name, nl_fr, en_de in BATCHES:
        rows = batch_rows(nl_fr, en_de)
        flags, _, _ = threat_scores(head, embed, [text for _, _, text in rows], look)
        kinds, languages = np.array([r[1] for r in rows]), np.array([r[0] for r in rows])
        seen = float(np.mean([text in trained for _, _, text in rows]))
        per: dict[str, Any] = {"trained_share": round(seen, 3)}
        cells = []
        for language in (*LANGUAGES, "all"):
            mask = languages == language if language != "all" else np.ones(len(rows), dtype=bool)
            caught, alarms = flags[mask & (kinds == "threat")], flags[mask & (kinds == "hard")]
            per[language] = {"caught": _share(caught), "alarms": _share(alarms)}
            cells.append(f"{_share(caught):>12} / {_share(alarms):<11}")
        figures["batches"][name] = per
        print(f"{name:8} {'yes' if seen > 0.5 else 'no':8} " + " ".join(cells))
    for name, texts in (
        ("free-written voter messages", [row.text for row in free_rows()]),
        ("framed voter messages (voter_tone)", [row.text for row in voter_tone_rows()]),
    ):
        flags, _, _ = threat_scores(head, embed, texts, look)
        figures[name] = _share(flags)
        print(f"{name}: flagged as threats {figures[name]}")
    return figures


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weights", type=Path, default=WEIGHTS, help="folder of the heads (%(default)s)")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(args.weights)
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
