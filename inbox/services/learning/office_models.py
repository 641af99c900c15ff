"""An office's own heads (trained on its topics and corrections), stored in the database."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import select

from inbox.models import OfficeModel, db, utcnow
from inbox.triage.heads import Head

_cache: dict[tuple[int, str, str], Head] = {}
_lock = threading.Lock()


def head_to_row_values(head: Head) -> dict[str, Any]:
    """Serialise a head (safetensors bytes + its JSON sidecar) for an OfficeModel row."""
    with tempfile.TemporaryDirectory() as folder:
        head.save(Path(folder))
        weights = (Path(folder) / f"{head.name}.safetensors").read_bytes()
        sidecar = (Path(folder) / f"{head.name}.json").read_text()
    return {"weights": weights, "meta": {"sidecar": sidecar, "name": head.name}, "version": head.version[:120]}


def head_from_row(row: OfficeModel) -> Head:
    """Rebuild a head from an OfficeModel row (cached per office, kind and version)."""
    key = (row.office_id, row.kind, row.version)
    with _lock:
        if key in _cache:
            return _cache[key]
    name = row.meta["name"]
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"{name}.safetensors").write_bytes(row.weights)
        (Path(folder) / f"{name}.json").write_text(row.meta["sidecar"])
        head = Head.load(Path(folder), name)
    with _lock:
        _cache[key] = head
    return head


def save_office_head(office_id: int, kind: str, head: Head, extra_meta: dict[str, Any] | None = None) -> OfficeModel:
    """Store (or replace) the office's head of this kind; the caller commits."""
    row = db.session.execute(
        select(OfficeModel).where(OfficeModel.office_id == office_id, OfficeModel.kind == kind)
    ).scalar_one_or_none()
    values = head_to_row_values(head)
    values["meta"].update(extra_meta or {})
    if row is None:
        row = OfficeModel(office_id=office_id, kind=kind, **values, trained_at=utcnow())
        db.session.add(row)
    else:
        row.weights, row.meta, row.version, row.trained_at = (
            values["weights"],
            values["meta"],
            values["version"],
            utcnow(),
        )
    return row


def office_heads(office_id: int) -> tuple[Head | None, Head | None]:
    """The office's own topic and sentiment heads, or None where it uses the defaults."""
    rows = {
        row.kind: row
        for row in db.session.execute(select(OfficeModel).where(OfficeModel.office_id == office_id)).scalars()
    }
    topic = head_from_row(rows["topic"]) if "topic" in rows else None
    sentiment = head_from_row(rows["sentiment"]) if "sentiment" in rows else None
    return topic, sentiment
