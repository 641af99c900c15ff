"""How a worker or scheduler process tells its supervisor that it is ready.

The supervisor sets ``DIALOOG_READY_FILE``; the process writes its pid there once it
consumes jobs (the triage worker only after loading its models). A stale file from an
earlier process does not count, because its pid differs.
"""

from __future__ import annotations

import os
from pathlib import Path

READY_VARIABLE = "DIALOOG_READY_FILE"


def mark_ready() -> None:
    """Write this process's pid to ``DIALOOG_READY_FILE`` (nothing when it is unset)."""
    target = os.environ.get(READY_VARIABLE)
    if not target:
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(str(os.getpid()))
    temporary.replace(path)


def ready_pid(path: Path) -> int | None:
    """The pid recorded in a ready file, or None when it is missing or unreadable."""
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None
