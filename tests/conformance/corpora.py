"""Where the conformance corpora live: ``shared/data/conformance`` beside the repository.

CI keeps a copy of ``shared/`` next to the clone at the same relative place, so the
corpora are read from there and never copied into the repository (their licences are
listed in ``shared/data/README.md``).
"""

from __future__ import annotations

from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
CONFORMANCE = REPOSITORY.parent / "shared" / "data" / "conformance"
MAIL_BOUNCES = CONFORMANCE / "mail-bounces"


def bounce_files() -> list[Path]:
    """Every real bounce, delivery report and auto-reply of the corpus (370 ``.eml`` files)."""
    return sorted(MAIL_BOUNCES.glob("*.eml"))
