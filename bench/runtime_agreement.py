"""Do the faster runtimes (PyTorch bf16, ONNX int8) give the same tags as PyTorch fp32? On real texts.

    python bench/runtime_agreement.py --data ../shared/data [--runtimes torch-fp32,torch-bf16,onnx-int8]

Runs the whole triage pipeline with each encoder runtime on the validation tweets of
``../shared/data`` (sentiment en/fr/de and offensive) and prints, per tag, the share of
messages whose tag is the same as with the first runtime, the smallest cosine between
their embeddings, and the sentiment macro-F1 per language with each runtime.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from inbox.config import load_settings
from inbox.triage.models import build_triager
from inbox.triage.training.data import DEFAULT_DATA_DIR, load_offensive, load_sentiment
from inbox.triage.training.metrics import macro_f1

LANGUAGES = ("en", "fr", "de")


def tags(runtime: str, texts: list[str]) -> tuple[list[tuple], np.ndarray]:
    """(topic, sentiment, toxic, needs_reply) for every text with the given runtime, and the embeddings."""
    triager = build_triager(load_settings({"DIALOOG_ENCODER_RUNTIME": runtime, "LOG_LEVEL": "WARNING"}))
    rows, vectors = [], []
    for start in range(0, len(texts), 64):
        for output in triager.analyse(texts[start : start + 64]):
            rows.append((output.topics[0][0], output.sentiment, output.toxic, output.needs_reply))
            vectors.append(output.embedding)
        print(f"\r{runtime}: {min(start + 64, len(texts))}/{len(texts)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    return rows, np.stack(vectors)


def main(argv: Sequence[str] | None = None) -> int:
    """Tag the validation texts with both runtimes and print agreement and quality."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="the shared data folder")
    parser.add_argument(
        "--runtimes", default="torch-fp32,torch-bf16,onnx-int8", help="comma-separated; the first is the reference"
    )
    args = parser.parse_args(argv)
    runtimes = [r.strip() for r in args.runtimes.split(",") if r.strip()]
    sets = {language: load_sentiment(args.data, language, "val") for language in LANGUAGES}
    offensive = load_offensive(args.data, "val")
    texts = [t for s in sets.values() for t in s.texts] + list(offensive.texts)
    results = {runtime: tags(runtime, texts) for runtime in runtimes}
    reference, others = runtimes[0], runtimes[1:]
    print(f"\nagreement with {reference} on {len(texts)} validation tweets   " + "  ".join(f"{r:>10}" for r in others))
    for index, tag in enumerate(("topic", "sentiment", "toxic", "needs_reply")):
        shares = [
            sum(a[index] == b[index] for a, b in zip(results[reference][0], results[r][0], strict=True)) / len(texts)
            for r in others
        ]
        print(f"  {tag:<49}" + "  ".join(f"{share:>10.1%}" for share in shares))
    cosines = [float((results[reference][1] * results[r][1]).sum(axis=1).min()) for r in others]
    print(f"  {'smallest cosine of the embeddings':<49}" + "  ".join(f"{c:>10.4f}" for c in cosines))
    print("\nsentiment macro-F1 (XLM-T val)   " + "  ".join(f"{r:>10}" for r in runtimes))
    offset = 0
    for language, data in sets.items():
        truth = list(data.labels)
        scores = [macro_f1(truth, [row[1] for row in results[r][0][offset : offset + len(truth)]]) for r in runtimes]
        offset += len(truth)
        print(f"  {language:<30}" + "  ".join(f"{score:>10.1f}" for score in scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
