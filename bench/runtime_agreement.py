"""Does the ONNX int8 runtime give the same tags as PyTorch fp32? Measured on real texts.

    python bench/runtime_agreement.py --data ../shared/data

Runs the whole triage pipeline with both encoder runtimes on the validation tweets of
``../shared/data`` (sentiment en/fr/de and offensive) and prints, per tag, the share of
messages whose tag is the same, and the sentiment macro-F1 per language with each runtime.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox.config import load_settings
from inbox.triage.models import build_triager
from inbox.triage.training.data import DEFAULT_DATA_DIR, load_offensive, load_sentiment
from inbox.triage.training.metrics import macro_f1

LANGUAGES = ("en", "fr", "de")


def tags(runtime: str, texts: list[str]) -> list[tuple]:
    """(topic, sentiment, toxic, needs_reply) for every text with the given runtime."""
    triager = build_triager(load_settings({"DIALOOG_ENCODER_RUNTIME": runtime, "LOG_LEVEL": "WARNING"}))
    rows = []
    for start in range(0, len(texts), 64):
        for output in triager.analyse(texts[start : start + 64]):
            rows.append((output.topics[0][0], output.sentiment, output.toxic, output.needs_reply))
        print(f"\r{runtime}: {min(start + 64, len(texts))}/{len(texts)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Tag the validation texts with both runtimes and print agreement and quality."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="the shared data folder")
    args = parser.parse_args(argv)
    sets = {language: load_sentiment(args.data, language, "val") for language in LANGUAGES}
    offensive = load_offensive(args.data, "val")
    texts = [t for s in sets.values() for t in s.texts] + list(offensive.texts)
    results = {runtime: tags(runtime, texts) for runtime in ("torch", "onnx-int8")}
    print(f"\nagreement of ONNX int8 with torch fp32 on {len(texts)} validation tweets")
    for index, tag in enumerate(("topic", "sentiment", "toxic", "needs_reply")):
        same = sum(a[index] == b[index] for a, b in zip(results["torch"], results["onnx-int8"], strict=True))
        print(f"  {tag:<12} {same / len(texts):6.1%} same")
    print("\nsentiment macro-F1 (XLM-T val)   torch   int8")
    offset = 0
    for language, data in sets.items():
        truth = list(data.labels)
        scores = []
        for runtime in ("torch", "onnx-int8"):
            predicted = [row[1] for row in results[runtime][offset : offset + len(truth)]]
            scores.append(macro_f1(truth, predicted))
        offset += len(truth)
        print(f"  {language:<30} {scores[0]:5.1f}  {scores[1]:5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
