"""Canned replies ranked the same way as earlier answers: by similarity to the voter's question.

A canned reply has no voter question, so its own text is embedded (with the triage
encoder, once per text and process) and compared with the question; the language bonus
and the "not relevant" marks apply as for earlier answers.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from types import SimpleNamespace
from typing import Any

import numpy as np
from flask import current_app
from sqlalchemy import case, func, select

from inbox.models import AnswerFeedback, CannedReply, db
from inbox.services.answers.index import office_index
from inbox.services.answers.suggest import VoterQuestion, rank_score

log = logging.getLogger(__name__)
_lock = threading.Lock()


def _embed(texts: list[str]) -> np.ndarray:
    from inbox.triage.models import get_triager
    from inbox.triage.pipeline import model_text

    triager = get_triager(current_app.extensions["dialoog.settings"])
    return np.asarray(triager.encoder.embed([model_text(text) for text in texts]), dtype=np.float32)


def canned_vectors(rows: list[Any]) -> dict[int, np.ndarray]:
    """Each canned reply's embedding (computed once per text in this process)."""
    cache: dict[str, np.ndarray] = current_app.extensions.setdefault("dialoog.canned_vectors", {})
    keys = {row.id: hashlib.sha256(f"{row.title}\n{row.body}".encode()).hexdigest() for row in rows}
    missing = [row for row in rows if keys[row.id] not in cache]
    if missing:
        texts = [f"{row.title}. " + re.sub(r"\{\w+\}", "", row.body) for row in missing]
        with _lock:
            vectors = _embed(texts)
        for row, vector in zip(missing, vectors, strict=True):
            cache[keys[row.id]] = vector / (float(np.linalg.norm(vector)) or 1.0)
    return {row.id: cache[keys[row.id]] for row in rows}


def _canned_marks(office_id: int, conversation_id: int) -> tuple[set[int], dict[int, int]]:
    """Canned replies marked not relevant in this conversation, and how often each was marked anywhere."""
    here: set[int] = set()
    counts: dict[int, int] = {}
    for canned_id, marks, in_here in db.session.execute(
        select(
            AnswerFeedback.canned_id,
            func.count(),
            func.max(case((AnswerFeedback.conversation_id == conversation_id, 1), else_=0)),
        )
        .where(AnswerFeedback.office_id == office_id, AnswerFeedback.canned_id.is_not(None))
        .group_by(AnswerFeedback.canned_id)
    ):
        counts[canned_id] = int(marks)
        if in_here:
            here.add(canned_id)
    return here, counts


def ranked_canned(office_id: int, question: VoterQuestion, limit: int = 3) -> list[dict[str, Any]]:
    """The office's canned replies best suited to the question (all of them, by language, without one)."""
    index = office_index(office_id)
    rows = index.remember(  # kept until a canned reply is saved or deleted (that bumps the office's version)
        "canned",
        lambda: [
            SimpleNamespace(id=row.id, title=row.title, body=row.body, language=row.language)
            for row in db.session.execute(select(CannedReply).where(CannedReply.office_id == office_id)).scalars()
        ],
    )
    if not rows:
        return []
    here, counts = _canned_marks(office_id, question.conversation.id) if index.has_feedback else (set(), {})
    rows = [row for row in rows if row.id not in here]
    similarities: dict[int, float] = {}
    if question.vector is not None and rows:
        try:
            vectors = canned_vectors(rows)
            similarities = {cid: float(vector @ question.vector) for cid, vector in vectors.items()}
        except Exception:  # no encoder here: fall back to the voter's language first
            log.exception("canned replies could not be embedded; ranking by language only")
    scored = []
    for row in rows:
        similarity = similarities.get(row.id, 0.0)
        score = rank_score(
            similarity,
            same_language=row.language == question.language,
            approved=False,
            age_years=0.0,
            marks=counts.get(row.id, 0),
        )
        scored.append((score, similarity, row))
    scored.sort(key=lambda item: (-item[0], item[2].title))
    return [
        {
            "id": row.id,
            "title": row.title,
            "language": row.language,
            "other_language": bool(question.language and row.language != question.language),
            "similarity": round(similarity, 3),
            "score": round(score, 3),
        }
        for score, similarity, row in scored[:limit]
    ]
