"""The nearest-neighbour index of an office's answered questions, in memory, one per process and office.

The database holds the vectors (``answer_pair.embedding``); each process keeps a numpy copy
per office and asks the database one small question per search: the office's current
``version`` (the last ``seq`` handed out) and ``removals`` counter. Rows whose ``seq`` is
newer than the copy are loaded and put in (a new answer, an answer marked outdated, an
embedding that arrived after the reply); when ``removals`` moved (an erasure, retention),
the copy drops every pair the database no longer has. An exact inner-product scan over
100,000 vectors of 384 floats reads 150 MB per search, which memory bandwidth makes 15-40 ms on
these machines; from :data:`TWO_STAGE_FROM` vectors on, a first pass over a 96-dimensional
projection (the main directions of the office's own vectors, found by SVD of a sample) picks
a shortlist of :data:`SHORTLIST` rows, which the full vectors then score exactly. The
benchmark reports how often the result equals the exact scan's.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from flask import current_app
from sqlalchemy import select

from inbox.models import AnswerFeedback, AnswerIndexState, AnswerPair, db

LOAD_CHUNK = 5000
TWO_STAGE_FROM = 20_000
REDUCED_DIM = 96
SHORTLIST = 1000
SAMPLE = 4096
MEMO_SECONDS = 60.0
#: what the index reads of a pair
COLUMNS = (
    AnswerPair.id,
    AnswerPair.conversation_id,
    AnswerPair.embedding,
    AnswerPair.outdated_at,
    AnswerPair.answered_at,
    AnswerPair.approved,
    AnswerPair.reply_language,
)


@dataclass
class Candidate:
    """One indexed pair as the search returns it: id, similarity and what ranking needs."""

    pair_id: int
    similarity: float
    conversation_id: int
    answered_at: float
    approved: bool
    reply_language: str


@dataclass
class OfficeIndex:
    """Vectors and the fields ranking needs, for one office; rows are replaced in place."""

    version: int = -1
    removals: int = -1
    dim: int = 0
    size: int = 0
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    pair_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    conversation_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    answered_at: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float64))
    approved: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    live: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    languages: list[str] = field(default_factory=list)
    rows: dict[int, int] = field(default_factory=dict)  # pair id -> row
    basis: np.ndarray | None = None  # dim x REDUCED_DIM, once the index is big enough
    reduced: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    fitted_at: int = 0  # size when the basis was fitted
    has_feedback: bool = False  # someone marked a suggestion "not relevant" (as of the last search)
    memo: dict[str, tuple[float, Any]] = field(default_factory=dict)  # small per-office facts, see remember()

    def remember(self, key: str, load: Any, seconds: float = MEMO_SECONDS) -> Any:
        """``load()``'s value, kept until the office's version changes (a canned reply saved, an answer
        recorded) or ``seconds`` pass (the politician's name)."""
        now = time.monotonic()
        kept = self.memo.get(key)
        if kept is None or now - kept[0] > seconds:
            kept = self.memo[key] = (now, load())
        return kept[1]

    def _grow(self, needed: int, dim: int) -> None:
        if self.dim == 0:
            self.dim = dim
        capacity = self.vectors.shape[0]
        if needed <= capacity:
            return
        new = max(needed, capacity * 2, 1024)
        vectors = np.zeros((new, self.dim), dtype=np.float32)
        if self.size:
            vectors[: self.size] = self.vectors[: self.size]
        self.vectors = vectors
        if self.basis is not None:
            reduced = np.zeros((new, self.basis.shape[1]), dtype=np.float32)
            reduced[: self.size] = self.reduced[: self.size]
            self.reduced = reduced
        for name, dtype in (("pair_ids", np.int64), ("conversation_ids", np.int64), ("answered_at", np.float64)):
            grown = np.zeros(new, dtype=dtype)
            grown[: self.size] = getattr(self, name)[: self.size]
            setattr(self, name, grown)
        for name in ("approved", "live"):
            grown_flags = np.zeros(new, dtype=bool)
            grown_flags[: self.size] = getattr(self, name)[: self.size]
            setattr(self, name, grown_flags)

    def put(self, pair: Any) -> None:
        """Add or replace one pair (a row of :data:`COLUMNS`); an outdated pair or one without an
        embedding is kept out."""
        row = self.rows.get(pair.id)
        usable = pair.embedding is not None and pair.outdated_at is None
        if not usable:
            if row is not None:
                self.live[row] = False
            return
        vector = np.frombuffer(pair.embedding, dtype="<f4")  # type: ignore[arg-type]
        if self.dim and vector.shape[0] != self.dim:
            return  # another encoder's vector: left out until re-embedded
        if row is None:
            self._grow(self.size + 1, vector.shape[0])
            row = self.size
            self.size += 1
            self.rows[pair.id] = row
            self.languages.append("")
        norm = float(np.linalg.norm(vector)) or 1.0
        self.vectors[row] = vector / norm
        if self.basis is not None:
            self.reduced[row] = self.vectors[row] @ self.basis
        self.pair_ids[row] = pair.id
        self.conversation_ids[row] = pair.conversation_id
        self.answered_at[row] = pair.answered_at.timestamp()
        self.approved[row] = bool(pair.approved)
        self.live[row] = True
        self.languages[row] = pair.reply_language or ""

    def keep_only(self, pair_ids: set[int]) -> None:
        """Drop (zero and mark dead) every row whose pair the database no longer has."""
        for pair_id, row in list(self.rows.items()):
            if pair_id not in pair_ids:
                self.live[row] = False
                self.vectors[row] = 0.0
                del self.rows[pair_id]

    def fit_basis(self) -> None:
        """Find the projection for the first pass (again when the index doubled since the last fit)."""
        if self.size < TWO_STAGE_FROM or (self.basis is not None and self.size < 2 * self.fitted_at):
            return
        live = np.flatnonzero(self.live[: self.size])
        sample = np.random.default_rng(self.size).choice(live, min(SAMPLE, live.size), replace=False)
        _, _, vt = np.linalg.svd(self.vectors[sample], full_matrices=False)
        self.basis = np.ascontiguousarray(vt[:REDUCED_DIM].T, dtype=np.float32)
        self.reduced = np.zeros((self.vectors.shape[0], REDUCED_DIM), dtype=np.float32)
        self.reduced[: self.size] = self.vectors[: self.size] @ self.basis
        self.fitted_at = self.size

    def _rows_to_score(self, query: np.ndarray, k: int, exact: bool) -> np.ndarray | slice:
        """All rows (a slice: no copy), or (two-stage) the shortlist the projection ranks highest."""
        if exact or self.basis is None or self.size <= SHORTLIST:
            return slice(0, self.size)
        coarse = self.reduced[: self.size] @ (query @ self.basis)
        coarse = np.where(self.live[: self.size], coarse, -np.inf)
        count = max(SHORTLIST, 10 * k)
        return np.argpartition(-coarse, count - 1)[:count]

    def search(
        self, query: np.ndarray, k: int, exclude_conversation: int | None = None, *, exact: bool = False
    ) -> list[Candidate]:
        """The ``k`` most similar live pairs (cosine), most similar first (``exact``: no first pass)."""
        if self.size == 0 or self.dim != query.shape[0]:
            return []
        query = query / (float(np.linalg.norm(query)) or 1.0)
        rows = self._rows_to_score(query, k, exact)
        scores = self.vectors[rows] @ query
        scores = np.where(self.live[rows], scores, -2.0)
        if exclude_conversation is not None:
            scores = np.where(self.conversation_ids[rows] == exclude_conversation, -2.0, scores)
        k = min(k, scores.size)
        best = np.argpartition(-scores, k - 1)[:k]
        best = best[np.argsort(-scores[best])]
        top = best if isinstance(rows, slice) else rows[best]
        return [
            Candidate(
                int(self.pair_ids[i]),
                float(score),
                int(self.conversation_ids[i]),
                float(self.answered_at[i]),
                bool(self.approved[i]),
                self.languages[i],
            )
            for i, score in zip(top, scores[best], strict=True)
            if score > -2.0
        ]


_guard = threading.Lock()


def _registry() -> tuple[dict[int, OfficeIndex], dict[int, threading.Lock]]:
    """This app's indexes and their locks (one app per process in production; tests make many)."""
    with _guard:
        return current_app.extensions.setdefault("dialoog.answer_indexes", ({}, {}))


def _state(office_id: int) -> tuple[int, int, bool]:
    """The office's version and removals count, and whether anyone ever marked a suggestion (one query)."""
    marked = select(AnswerFeedback.id).where(AnswerFeedback.office_id == office_id).limit(1).exists()
    row = db.session.execute(
        select(AnswerIndexState.version, AnswerIndexState.removals, marked).where(
            AnswerIndexState.office_id == office_id
        )
    ).first()
    return (int(row[0]), int(row[1]), bool(row[2])) if row else (0, 0, False)


def office_index(office_id: int) -> OfficeIndex:
    """The office's index, brought up to date with the database first (one query when nothing changed)."""
    indexes, locks = _registry()
    with _guard:
        lock = locks.setdefault(office_id, threading.Lock())
    with lock:
        version, removals, has_feedback = _state(office_id)
        index = indexes.setdefault(office_id, OfficeIndex())
        index.has_feedback = has_feedback
        if version < index.version or removals < index.removals:  # the database was restored or emptied
            index = indexes[office_id] = OfficeIndex(has_feedback=has_feedback)
        if version != index.version:
            statement = select(*COLUMNS).where(AnswerPair.office_id == office_id, AnswerPair.seq > index.version)
            for pair in db.session.execute(statement.execution_options(yield_per=LOAD_CHUNK)):
                index.put(pair)
            index.fit_basis()
            index.version = version
            index.memo.clear()
        if removals != index.removals:
            if index.removals >= 0:
                ids = db.session.execute(select(AnswerPair.id).where(AnswerPair.office_id == office_id)).scalars()
                index.keep_only(set(ids))
            index.removals = removals
        return index


def drop_office_index(office_id: int | None = None) -> None:
    """Forget the in-memory copy (of one office, or all): the next search loads it again."""
    indexes, _locks = _registry()
    with _guard:
        if office_id is None:
            indexes.clear()
        else:
            indexes.pop(office_id, None)
