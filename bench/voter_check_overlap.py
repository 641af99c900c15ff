"""Near-duplicates between the frozen voter check set and every training text, by the encoder.

    python bench/voter_check_overlap.py [--data ../shared/data] [--threshold 0.95]

For each check message: the highest cosine similarity (multilingual-e5-small, as the
pipeline embeds) to any text a head is trained or tuned on: the taxonomy's names,
descriptions and examples, the Chamber questions, the hand-written needs-reply and
toxicity training messages, the XLM-T sentiment and TweetEval offensive training tweets,
the voter-style topic training messages and the campaign tuning letters. Prints the
distribution per language and every check message at or above ``--threshold`` (to drop
or rewrite), and exits 1 if there is any. Sources named in ``--text-only`` (default: the
17,000 public training tweets, too many to embed on a shared 2-core machine in one
sitting) are compared by text instead: the highest Jaccard similarity of normalised word
3-shingles (1.0 = the same words).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox.triage.campaign_text import normalise_words
from inbox.triage.evaluation.voter_check import LANGUAGES, load
from inbox.triage.pipeline import model_text
from inbox.triage.taxonomy import DEFAULT_TOPICS
from inbox.triage.training import data
from inbox.triage.training.data import DEFAULT_DATA_DIR
from inbox.triage.training.embed_cache import build_embedder


def training_texts(data_dir: Path) -> dict[str, list[str]]:
    """Every training and tuning text, by source."""
    sources: dict[str, list[str]] = {
        "taxonomy": [text for spec in DEFAULT_TOPICS for text in spec.training_texts()],
        "chamber": [q.text for q in data.load_chamber_questions(data_dir)],
        "needs_reply_train": data.handwritten_needs_reply("train").texts,
        "toxicity_train": data.handwritten_toxicity_train().texts,
        "offensive_train": data.load_offensive(data_dir, "train").texts,
        "sentiment_train": [
            text for language in data.XLMT_LANGUAGES for text in data.load_sentiment(data_dir, language, "train").texts
        ],
    }
    try:
        from inbox.triage.training.voter_topics import voter_topic_examples

        sources["voter_topics"] = [text for text, _ in voter_topic_examples()]
    except ImportError:
        pass
    try:
        from inbox.triage.training.voter_tone import voter_tone_rows
        from inbox.triage.training.voter_tone_free_de_nl import free_rows

        sources["voter_tone"] = [row.text for row in voter_tone_rows()]
        sources["voter_tone_free"] = [row.text for row in free_rows()]
    except ImportError:
        pass
    try:
        from inbox.triage.training.campaign_tuning import tuning_messages

        sources["campaign_tuning"] = [message.text for message in tuning_messages()]
    except ImportError:
        pass
    return sources


def _shingles(text: str) -> set[str]:
    words = normalise_words(text)
    return {" ".join(words[i : i + 3]) for i in range(max(len(words) - 2, 1))} if words else set()


def text_overlap(check: list[str], texts: list[str]) -> tuple[np.ndarray, list[int]]:
    """Each check text's highest word-3-shingle Jaccard with ``texts``, and which text it is."""
    index: dict[str, list[int]] = {}
    sets = [_shingles(t) for t in texts]
    for row, shingles in enumerate(sets):
        for shingle in shingles:
            index.setdefault(shingle, []).append(row)
    best, which = np.zeros(len(check)), [0] * len(check)
    for i, text in enumerate(check):
        mine = _shingles(text)
        shared: dict[int, int] = {}
        for shingle in mine:
            for row in index.get(shingle, ()):
                shared[row] = shared.get(row, 0) + 1
        for row, n in shared.items():
            jaccard = n / len(mine | sets[row])
            if jaccard > best[i]:
                best[i], which[i] = jaccard, row
    return best, which


def main(argv: list[str] | None = None) -> int:
    """Embed both sides, report the nearest training text of each check message."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--threshold", type=float, default=0.95)
    parser.add_argument("--text-only", default="offensive_train,sentiment_train", help="sources compared by text")
    default_cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
    parser.add_argument("--cache-dir", type=Path, default=default_cache)
    args = parser.parse_args(argv)
    embed = build_embedder(None, args.cache_dir)
    check = load()
    check_vectors = embed([model_text(m.text) for m in check])
    best = np.full(len(check), -1.0)
    nearest = [""] * len(check)
    text_only = set(args.text_only.split(","))
    for source, texts in training_texts(args.data).items():
        print(f"{source}: {len(texts)} texts", file=sys.stderr, flush=True)
        if source in text_only:
            jaccard, which = text_overlap([m.text for m in check], texts)
            print(f"  {source} (by text): highest word-3-shingle Jaccard {jaccard.max():.3f}")
            for i in np.flatnonzero(jaccard >= 0.5):
                print(f"    {jaccard[i]:.2f} {check[i].id} {check[i].text[:60]!r} ~ {texts[which[i]][:60]!r}")
            continue
        vectors = embed([model_text(t) for t in texts])
        similarity = check_vectors @ vectors.T
        column = similarity.argmax(axis=1)
        value = similarity[np.arange(len(check)), column]
        for i in np.flatnonzero(value > best):
            best[i], nearest[i] = value[i], f"{source}: {texts[column[i]][:100]}"
    for language in LANGUAGES:
        rows = [i for i, m in enumerate(check) if m.language == language]
        values = best[rows]
        print(
            f"{language}: max {values.max():.4f}  p99 {np.percentile(values, 99):.4f}  "
            f"median {np.median(values):.4f}  >= {args.threshold}: {(values >= args.threshold).sum()}"
        )
    flagged = [i for i in np.argsort(-best) if best[i] >= args.threshold]
    for i in flagged:
        print(f"{best[i]:.4f} {check[i].id} {check[i].text[:80]!r}\n        ~ {nearest[i]!r}")
    print(f"overall max cosine {best.max():.4f} ({check[int(best.argmax())].id})")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
