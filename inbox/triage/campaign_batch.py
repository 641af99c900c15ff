"""Batch campaign clustering (``cluster_batch``), e.g. for a CLI over exported messages.

Same rules as the incremental matcher (:mod:`inbox.triage.campaign_match`), but with the
whole batch in view: seeds are tried from the most connected message down.
"""

from __future__ import annotations

import numpy as np

from inbox.triage.campaign_match import (
    COSINE_FLOOR,
    NO_MATCH,
    CampaignTable,
    absorb,
    mutual_group,
    pair_scores,
    unit,
    usable,
)
from inbox.triage.campaign_text import FINGERPRINT_SIZE, fingerprint


def _edges(embeddings: np.ndarray, fps: np.ndarray, index: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows of the batch with an edge to row ``index``, and their scores."""
    if not usable(fps[index]):
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    candidates = np.flatnonzero(embeddings @ embeddings[index] >= COSINE_FLOOR)
    candidates = candidates[candidates != index]
    scores = pair_scores(embeddings[index], fps[index], embeddings[candidates], fps[candidates])
    keep = scores > NO_MATCH
    return candidates[keep], scores[keep]


def cluster_batch(embeddings: np.ndarray, texts: list[str], *, min_size: int = 3) -> list[int | None]:
    """Cluster one batch: ``texts`` (in arrival order) and their encoder ``embeddings``.

    Returns a cluster id per text (0, 1, ... in order of each cluster's first text), or
    None for a text in no group of at least ``min_size``. Seeds are tried from the most
    connected text down (ties: earlier first); a seed founds a cluster with a mutual group
    of its neighbours, which then absorbs the texts that join it, by the same rules as
    :func:`assign`; a last pass offers every text left to every cluster. Deterministic;
    memory O(n) beyond the inputs, time O(n^2).
    """
    if min_size < 2:
        raise ValueError("min_size must be at least 2")
    n = len(texts)
    vectors = np.asarray(embeddings, dtype=np.float32)
    if vectors.ndim != 2 or len(vectors) != n:
        raise ValueError(f"expected {n} embeddings (one row per text), got shape {vectors.shape}")
    vectors = unit(vectors)
    fps = np.stack([fingerprint(text) for text in texts]) if n else np.zeros((0, FINGERPRINT_SIZE), np.uint32)
    degree = np.array([len(_edges(vectors, fps, i)[0]) for i in range(n)], dtype=np.int64)
    label = np.full(n, -1, dtype=np.int64)
    table = CampaignTable(vectors.shape[1])
    for seed in sorted(range(n), key=lambda i: (-degree[i], i)):
        if degree[seed] + 1 < min_size:
            break
        if label[seed] >= 0:
            continue
        rows, scores = _edges(vectors, fps, seed)
        still_open = label[rows] < 0
        rows, scores = rows[still_open], scores[still_open]
        group, _ = mutual_group(scores, vectors[rows], fps[rows], min_size)
        if not group:
            continue
        members = [seed, *(int(rows[g]) for g in group)]
        row = table.create(len(table), vectors[members], fps[members])
        label[members] = row
        label[absorb(table, row, vectors, fps, np.flatnonzero(label < 0))] = row
    for index in np.flatnonzero(label < 0):
        scores = table.scores(vectors[index], fps[index])
        if len(scores) and scores.max() > NO_MATCH:
            label[index] = int(np.argmax(scores))
            table.add(int(label[index]), vectors[index], fps[index])
    renumber: dict[int, int] = {}
    for value in label:
        if value >= 0 and int(value) not in renumber:
            renumber[int(value)] = len(renumber)
    return [renumber[int(value)] if value >= 0 else None for value in label]
