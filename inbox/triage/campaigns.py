"""Campaign detection: group form letters (copied, edited, paraphrased, translated).

Pure Python and numpy, no database. Two entry points share one set of rules
(:mod:`inbox.triage.campaign_match`; text fingerprints in :mod:`inbox.triage.campaign_text`):

* :func:`cluster_batch` clusters a whole batch (a CLI over exported data);
* :func:`assign` is the incremental matcher of the live pipeline: new messages join an
  existing campaign, form a new one together with recent unclustered messages, or stay
  alone. Its cost depends on the number of campaigns and pool items it is given, never
  on how many members a campaign has: a campaign is a running mean per language, a size
  and at most ``SAMPLE_SIZE`` fingerprints (:class:`CampaignState`, at most 16,040 bytes stored).

A campaign is only formed by ``min_size`` messages that are *mutually* the same letter
(a clique of edges, not a chain), so two letters on one topic are not merged through
messages in between. Texts too short to fingerprint (empty, emoji, a bare link, "thanks")
never match anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import Literal

import numpy as np

from inbox.triage.campaign_batch import cluster_batch
from inbox.triage.campaign_match import (
    N_LANGUAGES,
    NO_MATCH,
    SAMPLE_SIZE,
    CampaignTable,
    absorb,
    as_sample,
    mutual_group,
    pair_scores,
    usable,
)
from inbox.triage.campaign_text import EMPTY, FINGERPRINT_SIZE, fingerprint, near_duplicate_similarity

__all__ = [
    "Assignment",
    "CampaignState",
    "Decision",
    "PoolItem",
    "assign",
    "cluster_batch",
    "decode_campaign",
    "encode_campaign",
    "fingerprint",
    "near_duplicate_similarity",
]


@dataclass
class CampaignState:
    """What the matcher keeps of a campaign; bounded whatever the campaign's size.

    ``centroid``: running mean of all members' embeddings. ``fingerprint_sample``: at most
    ``SAMPLE_SIZE`` member fingerprints, founders first. ``language_centroids`` (one row per
    code of ``campaign_text.LANGUAGES``) and ``language_sizes``: the running mean and count
    per language; without them every member counts as of unknown language, and matching
    falls back to the overall centroid at the strict same-language bar.
    """

    campaign_id: int
    centroid: np.ndarray
    size: int
    fingerprint_sample: list[np.ndarray] | np.ndarray
    language_centroids: np.ndarray | None = None
    language_sizes: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.centroid = np.asarray(self.centroid, dtype=np.float32).reshape(-1)
        self.fingerprint_sample = as_sample(self.fingerprint_sample)
        if (self.language_centroids is None) != (self.language_sizes is None):
            raise ValueError("give both language_centroids and language_sizes, or neither")
        if self.language_centroids is not None and self.language_sizes is not None:
            self.language_centroids = np.asarray(self.language_centroids, dtype=np.float32).reshape(N_LANGUAGES, -1)
            self.language_sizes = np.asarray(self.language_sizes, dtype=np.int64).reshape(N_LANGUAGES)


@dataclass
class PoolItem:
    """A message as the matcher sees it: embedding, fingerprint, current campaign (if any)."""

    message_id: int
    embedding: np.ndarray
    fingerprint: np.ndarray
    campaign_id: int | None = None


@dataclass(frozen=True)
class Decision:
    """What happened to one new message.

    ``"joined"``: it joined ``campaign_id`` (which existed, or was formed earlier in the
    same call); ``"new"``: it founded ``campaign_id`` with the messages in ``together_with``
    (pool and new message ids); ``"none"``: no campaign (keep it in the recent pool).
    """

    message_id: int
    outcome: Literal["joined", "new", "none"]
    campaign_id: int | None = None
    together_with: tuple[int, ...] = ()


@dataclass
class Assignment:
    """The result of :func:`assign`.

    ``decisions``: one per new message, in input order. ``pool_joined``: pool message id ->
    campaign id, for pool messages that founded or joined a campaign in this call (a new
    message that founded a campaign with later new messages has a "new" decision instead).
    ``campaigns``: the new state of every campaign created or changed, by id; ``created``:
    the ids of the created ones. ``comparisons``: similarity evaluations made (the cost).
    """

    decisions: list[Decision]
    pool_joined: dict[int, int] = field(default_factory=dict)
    campaigns: dict[int, CampaignState] = field(default_factory=dict)
    created: list[int] = field(default_factory=list)
    comparisons: int = 0


def _table(states: Sequence[CampaignState], dim: int) -> CampaignTable:
    """The states as a :class:`CampaignTable` (rows in the order given)."""
    table = CampaignTable(dim, capacity=max(8, len(states)))
    for state in states:
        if state.language_centroids is not None and state.language_sizes is not None:
            counts = state.language_sizes
            sums = state.language_centroids.astype(np.float64) * counts[:, None]
        else:
            counts = np.zeros(N_LANGUAGES, dtype=np.int64)
            counts[0] = state.size
            sums = np.zeros((N_LANGUAGES, dim))
            sums[0] = state.centroid.astype(np.float64) * state.size
        table.append(state.campaign_id, sums, counts, state.fingerprint_sample)
    return table


def _state(table: CampaignTable, row: int) -> CampaignState:
    """Campaign ``row`` of ``table`` as a :class:`CampaignState`."""
    counts = table.counts[row].copy()
    size = int(counts.sum())
    return CampaignState(
        campaign_id=table.ids[row],
        centroid=(table.sums[row].sum(axis=0) / max(size, 1)).astype(np.float32),
        size=size,
        fingerprint_sample=table.sample(row).copy(),
        language_centroids=(table.sums[row] / np.maximum(counts, 1)[:, None]).astype(np.float32),
        language_sizes=counts,
    )


def encode_campaign(state: CampaignState) -> tuple[bytes, bytes]:
    """``(centroid_blob, fingerprints_blob)`` to store a campaign in two binary columns.

    The centroid blob holds the per-language sizes (int64) and means (float32), little
    endian: ``40 + 5 * 4 * dim`` bytes (7,720 for dim 384); the fingerprint blob the sample
    as uint32, ``520`` bytes per fingerprint (at most 8,320).
    """
    table = _table([state], state.centroid.shape[0])
    counts = table.counts[0]
    means = table.sums[0] / np.maximum(counts, 1)[:, None]
    centroid_blob = counts.astype("<i8").tobytes() + means.astype("<f4").tobytes()
    return centroid_blob, table.sample(0).astype("<u4").tobytes()


def decode_campaign(campaign_id: int, centroid_blob: bytes, fingerprints_blob: bytes) -> CampaignState:
    """The :class:`CampaignState` stored by :func:`encode_campaign`."""
    counts = np.frombuffer(centroid_blob[: 8 * N_LANGUAGES], dtype="<i8").astype(np.int64)
    means = np.frombuffer(centroid_blob[8 * N_LANGUAGES :], dtype="<f4").reshape(N_LANGUAGES, -1)
    size = int(counts.sum())
    return CampaignState(
        campaign_id=campaign_id,
        centroid=(means.astype(np.float64) * counts[:, None]).sum(axis=0) / max(size, 1),
        size=size,
        fingerprint_sample=np.frombuffer(fingerprints_blob, dtype="<u4").reshape(-1, FINGERPRINT_SIZE),
        language_centroids=means,
        language_sizes=counts,
    )


class _Pool:
    """Recent unclustered messages plus the new ones of this call that found no campaign."""

    def __init__(self, capacity: int, dim: int) -> None:
        self.ids: list[int] = []
        self.is_new: list[bool] = []
        self.embeddings = np.zeros((capacity, dim), dtype=np.float32)
        self.fps = np.full((capacity, FINGERPRINT_SIZE), EMPTY, dtype=np.uint32)
        self.open = np.zeros(capacity, dtype=bool)

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, message_id: int, embedding: np.ndarray, fp: np.ndarray, *, is_new: bool) -> None:
        row = len(self.ids)
        self.ids.append(message_id)
        self.is_new.append(is_new)
        self.embeddings[row] = embedding
        self.fps[row] = fp
        self.open[row] = bool(usable(fp))

    def extend(self, items: Sequence[PoolItem]) -> None:
        """Add recent (not new) messages in one go."""
        if not items:
            return
        start, end = len(self.ids), len(self.ids) + len(items)
        self.ids.extend(item.message_id for item in items)
        self.is_new.extend([False] * len(items))
        self.embeddings[start:end] = [item.embedding for item in items]
        self.fps[start:end] = [item.fingerprint for item in items]
        self.open[start:end] = usable(self.fps[start:end])

    def scores(self, embedding: np.ndarray, fp: np.ndarray) -> np.ndarray:
        """Edge scores of a message to every pool row (``NO_MATCH`` for closed rows)."""
        n = len(self.ids)
        scores = pair_scores(embedding, fp, self.embeddings[:n], self.fps[:n])
        scores[~self.open[:n]] = NO_MATCH
        return scores


def _provisional_ids() -> Callable[[], int]:
    """-1, -2, ...: ids for campaigns created before the caller has stored them."""
    counter = count(1)
    return lambda: -next(counter)


def assign(
    new_items: Sequence[PoolItem],
    campaigns: Sequence[CampaignState],
    recent_pool: Sequence[PoolItem],
    *,
    min_size: int = 3,
    new_campaign_id: Callable[[], int] | None = None,
) -> Assignment:
    """Match new messages (in arrival order) to campaigns, or form campaigns with the pool.

    Each new message joins the best-matching campaign of ``campaigns`` (or one created
    earlier in this call). Otherwise it forms a new campaign if, with unclustered messages
    of ``recent_pool`` and earlier new messages, it completes a group of at least
    ``min_size`` mutually matching messages; pool messages that match the new campaign
    then join it too. Pool items whose ``campaign_id`` is set are ignored, and so are pool
    items that are also new. Inputs are not modified. Cost:
    O(len(new_items) x (len(campaigns) x SAMPLE_SIZE + len(recent_pool))), whatever the
    campaigns' sizes. New campaign ids come from ``new_campaign_id`` (default -1, -2, ...).
    """
    if min_size < 2:
        raise ValueError("min_size must be at least 2")
    items = list(new_items)
    if not items:
        return Assignment(decisions=[])
    dim = int(np.asarray(items[0].embedding).shape[-1])
    next_id = new_campaign_id or _provisional_ids()
    table = _table(campaigns, dim)
    new_ids = {item.message_id for item in items}
    pool = _Pool(len(recent_pool) + len(items), dim)
    pool.extend([old for old in recent_pool if old.campaign_id is None and old.message_id not in new_ids])
    result = Assignment(decisions=[])
    outcomes: dict[int, Decision] = {}
    touched: set[int] = set()

    def record(pool_row: int, decision: Decision) -> None:
        if pool.is_new[pool_row]:
            outcomes[decision.message_id] = decision
        else:
            result.pool_joined[decision.message_id] = int(decision.campaign_id or 0)

    for item in items:
        embedding = np.asarray(item.embedding, dtype=np.float32)
        fp = np.asarray(item.fingerprint, dtype=np.uint32)
        result.comparisons += len(table) * (1 + SAMPLE_SIZE)
        scores = table.scores(embedding, fp)
        if len(scores) and scores.max() > NO_MATCH:
            row = int(np.argmax(scores))
            table.add(row, embedding, fp)
            touched.add(row)
            outcomes[item.message_id] = Decision(item.message_id, "joined", table.ids[row])
            continue
        result.comparisons += len(pool)
        group, pairs = mutual_group(pool.scores(embedding, fp), pool.embeddings, pool.fps, min_size)
        result.comparisons += pairs
        pool.add(item.message_id, embedding, fp, is_new=True)
        if not group:
            outcomes[item.message_id] = Decision(item.message_id, "none")
            continue
        founders = [len(pool) - 1, *group]
        campaign_id = next_id()
        row = table.create(campaign_id, pool.embeddings[founders], pool.fps[founders])
        touched.add(row)
        result.created.append(campaign_id)
        pool.open[founders] = False
        founder_ids = [pool.ids[r] for r in founders]
        for r in founders:
            others = tuple(mid for mid in founder_ids if mid != pool.ids[r])
            record(r, Decision(pool.ids[r], "new", campaign_id, others))
        candidates = np.flatnonzero(pool.open[: len(pool)])
        result.comparisons += len(candidates)
        for r in absorb(table, row, pool.embeddings, pool.fps, candidates):
            pool.open[r] = False
            record(r, Decision(pool.ids[r], "joined", campaign_id))
    for row in sorted(touched):  # campaigns that moved may now take pool messages they missed
        candidates = np.flatnonzero(pool.open[: len(pool)])
        result.comparisons += len(candidates)
        for r in absorb(table, row, pool.embeddings, pool.fps, candidates):
            pool.open[r] = False
            record(r, Decision(pool.ids[r], "joined", table.ids[row]))
    result.decisions = [outcomes[item.message_id] for item in items]
    result.campaigns = {table.ids[row]: _state(table, row) for row in sorted(touched)}
    return result
