"""Benchmark: the queue and search before and after issue 22's search change, interleaved.

On a shared, busy machine two separate runs of ``bench/queue_speed.py`` minutes apart
measure the neighbours as much as the code. This script measures both versions in one
process on a database a ``queue_speed.py --keep`` run left, alternating call by call, so
both see the same load:

* **before**: the search module as it was before commit 8105b02 (read from git: it counted
  up to 2,000 matches per query to choose the plan, and let PostgreSQL hash every match of
  common words) and no ``ix_conversation_open_queue`` (dropped inside the measured
  transaction, which is rolled back);
* **after**: the code in the working tree with migration 0020's index.

Prints p50/p95 service times (``queue_page``, the function ``GET /api/queue`` calls) in ms.

    python bench/queue_search_ab.py --reuse-postgres dialoog_bench_1234abcd --runs 30
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.queue_data import existing
from bench.queue_speed import percentiles, scenarios
from inbox import create_app
from inbox.models import db
from inbox.services.conversations import queue
from inbox.services.conversations.queue_filters import parse_queue_filters
from inbox.services.search import full_text

BEFORE_COMMIT = "8105b02~1"
INDEX = "ix_conversation_open_queue"
ROOT = Path(__file__).resolve().parent.parent


def old_search_module() -> object:
    """The search module as of BEFORE_COMMIT, loaded under another name."""
    source = subprocess.run(
        ["git", "show", f"{BEFORE_COMMIT}:inbox/services/search/full_text.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "full_text_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("full_text_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> None:
    """Measure every queue_speed scenario, before and after, alternating."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse-postgres", required=True, metavar="NAME", help="database a --keep run left")
    parser.add_argument("--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--runs", type=int, default=30, help="timed calls per scenario and version")
    args = parser.parse_args(argv)
    url = args.postgres_url.rsplit("/", 1)[0] + f"/{args.reuse_postgres}"
    app = create_app({"DATABASE_URL": url, "DIALOOG_JOBS": "immediate", "TESTING": "1"})
    before = old_search_module()
    print("| scenario | before p50 | before p95 | after p50 | after p95 |")
    print("| --- | ---: | ---: | ---: | ---: |")
    with app.app_context():
        data = existing()
        for name, query_args, _is_search in scenarios(data):
            filters = parse_queue_filters(query_args)
            samples: dict[str, list[float]] = {"before": [], "after": []}
            for run in range(args.runs + 2):  # two warm-up rounds
                for label in ("before", "after") if run % 2 else ("after", "before"):
                    module = before if label == "before" else full_text
                    queue.conversation_search_clause = module.conversation_search_clause  # type: ignore[attr-defined]
                    if label == "before":
                        db.session.execute(text(f"DROP INDEX IF EXISTS {INDEX}"))
                    started = time.perf_counter()
                    queue.queue_page(data.office_id, data.user_id, filters)
                    elapsed = time.perf_counter() - started
                    db.session.rollback()  # brings the index back
                    if run >= 2:
                        samples[label].append(elapsed)
            b50, b95 = percentiles(samples["before"])
            a50, a95 = percentiles(samples["after"])
            print(f"| {name} | {b50:.1f} | {b95:.1f} | {a50:.1f} | {a95:.1f} |", flush=True)


if __name__ == "__main__":
    main()
