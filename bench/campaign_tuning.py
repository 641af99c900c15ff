"""Tune campaign matching on the tuning data only (never on the voter check set).

    python bench/campaign_tuning.py [--set NAME=VALUE ...] [--seeds 10]

The stream: the form-letter campaigns, hard negatives and degenerate texts of
``tests/triage/campaign_cases.py`` plus the one-line supports, repeated generic reactions
and short same-topic messages of ``inbox/triage/training/campaign_tuning.py``, shuffled
with ``--seeds`` seeds and fed 16 at a time through the worker's incremental matcher
(``CampaignStream``). ``--set`` overrides a constant of ``inbox.triage.campaign_match``
for a sweep. Prints the ARI, pairwise precision and recall, how many supports joined
their campaign, and how many reactions or negatives ended in any campaign.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox.triage import campaign_match
from inbox.triage.campaign_stream import stream_campaigns
from inbox.triage.evaluation.voter_scores import adjusted_rand_index, campaign_labels
from inbox.triage.pipeline import model_text
from inbox.triage.training.campaign_tuning import tuning_messages
from inbox.triage.training.embed_cache import build_embedder
from tests.triage.campaign_cases import CAMPAIGNS, DEGENERATE, NEGATIVES


def stream_items() -> list[tuple[str, str | None, str]]:
    """``(text, campaign key or None, kind)`` of every tuning message."""
    items = [(v.text, c.key, v.kind) for c in CAMPAIGNS for v in c.variants]
    items += [(n.text, None, "negative") for n in NEGATIVES]
    items += [(text, None, "degenerate") for text in DEGENERATE]
    items += [(m.text, m.campaign, m.kind) for m in tuning_messages()]
    return items


def pairwise(truth: list[str | None], found: list[int | None]) -> tuple[float, float]:
    """Pairwise precision and recall of "same campaign" decisions."""
    tp = fp = fn = 0
    for i in range(len(truth)):
        for j in range(i + 1, len(truth)):
            same_t = truth[i] is not None and truth[i] == truth[j]
            same_f = found[i] is not None and found[i] == found[j]
            tp, fp, fn = tp + (same_t and same_f), fp + (same_f and not same_t), fn + (same_t and not same_f)
    return (tp / max(tp + fp, 1), tp / max(tp + fn, 1))


def main(argv: list[str] | None = None) -> int:
    """Run the tuning stream and print the scores averaged over seeds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE of campaign_match")
    parser.add_argument("--seeds", type=int, default=10)
    default_cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
    args = parser.parse_args(argv)
    for setting in args.set:
        name, value = setting.split("=")
        setattr(campaign_match, name, type(getattr(campaign_match, name))(float(value)))
    items = stream_items()
    embed = build_embedder(None, default_cache, quiet=True)
    vectors = embed([model_text(text) for text, _, _ in items])
    results = []
    for seed in range(args.seeds):
        order = list(range(len(items)))
        random.Random(seed).shuffle(order)
        found_in_order = stream_campaigns(vectors[order], [items[i][0] for i in order])
        found: list[int | None] = [None] * len(items)
        for position, index in enumerate(order):
            found[index] = found_in_order[position]
        truth = [key for _, key, _ in items]
        ari = adjusted_rand_index(campaign_labels(truth, "t"), campaign_labels(found, "p"))
        precision, recall = pairwise(truth, found)
        joined = {}
        for kind in ("support", "reaction", "short_negative", "negative", "translation", "paraphrase"):
            rows = [i for i, item in enumerate(items) if item[2] == kind]
            if kind in ("support", "translation", "paraphrase"):
                anchor = {
                    key: [found[j] for j, it in enumerate(items) if it[1] == key and it[2] == "copy"]
                    for key in truth
                    if key
                }
                hits = sum(found[i] is not None and found[i] in anchor.get(items[i][1], []) for i in rows)
            else:
                hits = sum(found[i] is not None for i in rows)
            joined[kind] = (hits, len(rows))
        results.append((ari, precision, recall, joined))
    print(f"settings: {args.set or 'defaults'}; {len(items)} messages, {args.seeds} shuffled streams")
    print(
        f"ARI {100 * np.mean([r[0] for r in results]):.1f} (min {100 * min(r[0] for r in results):.1f})  "
        f"pairwise precision {100 * np.mean([r[1] for r in results]):.1f}  "
        f"recall {100 * np.mean([r[2] for r in results]):.1f}"
    )
    for kind in results[0][3]:
        hits = np.mean([r[3][kind][0] for r in results])
        total = results[0][3][kind][1]
        print(f"  {kind:<15} in a campaign (supports, translations, paraphrases: their own): {hits:.1f}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
