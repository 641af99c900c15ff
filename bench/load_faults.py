"""Load and faults: the whole production topology under voter load, with faults injected; prints a table.

The run owns its servers: a throwaway PostgreSQL cluster and redis-server on free ports
(restarted by the faults), and the production topology (``inbox.deploy.topology``: nginx,
gunicorn web processes, ingest/triage/send workers, scheduler). Voters write from their own
process (``bench/load_voters.py``): X mentions that the ingest worker polls with tweepy from
the X sandbox, and Facebook comments delivered as signed webhooks through the proxy (80/20
by default). Logged-in staff inboxes (python-socketio clients, ``bench/load_clients.py``)
record when each message becomes visible; a few staff members reply through the API, so the
send worker and its faults are exercised; a probe reloads the queue page.

Scenarios (``--scenarios``, default all, in this order):

  sustained          --rate messages/s for --minutes
  burst              --burst X mentions at once (a viral post); time to drain, queue page meanwhile
  kill-worker        load; kill -9 the triage worker mid-batch, then the ingest and send workers
  restart-redis      load; Redis killed and started empty (its queued jobs are gone)
  restart-postgres   load; pg_ctl restart -m fast (every connection dropped)
  kill-web           load; kill -9 one web process: its inboxes reconnect to another and catch up
  provider-errors    load; the X and Meta sandboxes answer 503/500, then 429, for --outage-seconds

After each: lost (voter messages not stored), duplicated (rows stored twice), replies sent
twice (a reply's token posted more than once on the channel) — each must be 0; p95 from a
message stored to visible in an inbox (every inbox counts), drain time, queue page p95 and
CPU/memory per process. Exit status 1 when anything was lost, duplicated or sent twice.

    python bench/load_faults.py                 # the full run (~30 minutes on 2 cores; a quiet machine)
    python bench/load_faults.py --quick         # smoke run: small numbers, a few minutes
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from load_report import Progress, process_table, scenario_table
from load_run import LoadRun

# the channel sandboxes listen on loopback, which production never lets credentials reach
os.environ.setdefault("DIALOOG_PROVIDER_HOSTS", "loopback")

SCENARIOS = ("sustained", "burst", "kill-worker", "restart-redis", "restart-postgres", "kill-web", "provider-errors")
# (option, type, default, --quick default, help)
NUMBERS: list[tuple[str, type, float, float, str]] = [
    ("minutes", float, 10, 0.5, "length of the sustained phase"),
    ("rate", float, 50, 20, "voter messages per second"),
    ("clients", int, 100, 10, "connected staff inboxes"),
    ("burst", int, 20_000, 500, "mentions arriving at once in the burst"),
    ("fault-seconds", float, 60, 20, "load per fault scenario, the fault in the middle"),
    ("outage-seconds", float, 60, 10, "provider errors last this long (half 5xx, half 429)"),
    ("meta-share", float, 0.2, 0.2, "share of messages that are Facebook webhooks"),
    ("web", int, 2, 2, "web processes behind the proxy"),
    ("triage-workers", int, 1, 1, "triage worker processes (they share the cores)"),
    ("client-procs", int, 2, 1, "processes the inboxes are spread over"),
    ("repliers", int, 5, 2, "staff members replying during the load"),
    ("reply-rate", float, 1, 0.5, "replies per second, all repliers together"),
    ("drain-timeout", float, 1800, 1800, "give up waiting for a drain after this many seconds"),
]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Options; ``--quick`` replaces the defaults by small numbers (explicit options still win)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    add = parser.add_argument
    for name, kind, default, quick, text in NUMBERS:
        add(f"--{name}", type=kind, default=None, help=f"{text} (default {default:g}; --quick: {quick:g})")
    add("--scenarios", default=",".join(SCENARIOS), help=f"comma-separated, from: {', '.join(SCENARIOS)}")
    add("--quick", action="store_true", help="smoke run with small numbers (a few minutes)")
    add("--env", action="append", default=[], metavar="KEY=VALUE",
        help="extra environment for the topology, e.g. DIALOOG_ENCODER_RUNTIME=onnx-int8")  # fmt: skip
    add("--json", type=Path, default=Path("load_faults.json"), help="results file (default ./load_faults.json)")
    add("--keep", action="store_true", help="keep the work folder (logs, databases) afterwards")
    args = parser.parse_args(argv)
    for name, _kind, default, quick, _text in NUMBERS:
        key = name.replace("-", "_")
        if getattr(args, key) is None:  # not given: the full run's or the smoke run's number
            setattr(args, key, quick if args.quick else default)
    args.scenarios = [name.strip() for name in args.scenarios.split(",") if name.strip()]
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}; choose from {', '.join(SCENARIOS)}")
    try:
        args.env = [tuple(item.split("=", 1)) for item in args.env]
        if any(len(pair) != 2 for pair in args.env):
            raise ValueError
    except ValueError:
        parser.error("--env takes KEY=VALUE")
    return args


class Faults:
    """The faults, each returning a note for the table."""

    def __init__(self, run: LoadRun) -> None:
        self.run = run

    def kill_worker(self, name: str) -> str:
        """kill -9 a worker, preferably while it works (CPU above 20 %, waited for up to 10 s)."""
        topology = self.run.topology
        if name not in topology.process_names():
            return ""
        process, busy, deadline = psutil.Process(topology.pid(name)), 0.0, time.monotonic() + 10
        while time.monotonic() < deadline and busy < 20:
            busy = process.cpu_percent(0.5)
        topology.kill(name, signal.SIGKILL)
        return f"{name} killed at {busy:.0f} % CPU"

    def restart_redis(self) -> str:
        """Redis killed, down 3 s, started empty."""
        started = time.monotonic()
        self.run.redis.restart(down_seconds=3)
        return f"Redis killed and restarted empty ({time.monotonic() - started:.0f} s down)"

    def restart_postgres(self) -> str:
        """pg_ctl restart -m fast."""
        started = time.monotonic()
        self.run.postgres.restart("fast")
        return f"PostgreSQL restarted ({time.monotonic() - started:.1f} s)"

    def kill_web(self) -> str:
        """kill -9 the first web process."""
        names = [name for name in self.run.topology.process_names() if name.startswith("web")]
        if len(names) < 2:
            return "only one web process: not killed"
        self.run.topology.kill(names[0], signal.SIGKILL)
        return f"{names[0]} killed"

    def provider_outage(self) -> str:
        """503/500 for the first half, 429 for the second half of --outage-seconds."""
        half = self.run.args.outage_seconds / 2
        self.run.control_post("outage", {"phases": [[half, 503], [half, 429]]})
        return f"X and Meta answer 5xx for {half:.0f} s, then 429 for {half:.0f} s"


def run_scenario(run: LoadRun, faults: Faults, name: str) -> dict[str, Any]:
    """Run one scenario and collect its row."""
    args = run.args
    before = run.begin(name)
    notes: list[str] = []
    middle = args.fault_seconds / 2
    plans: dict[str, tuple[float, list[tuple[float, Callable[[], str]]]]] = {
        "sustained": (args.minutes * 60, []),
        "kill-worker": (args.fault_seconds, [(middle - 5, lambda: faults.kill_worker("worker-triage")),
                                             (middle, lambda: faults.kill_worker("worker-ingest")),
                                             (middle + 5, lambda: faults.kill_worker("worker-send"))]),
        "restart-redis": (args.fault_seconds, [(middle, faults.restart_redis)]),
        "restart-postgres": (args.fault_seconds, [(middle, faults.restart_postgres)]),
        "kill-web": (args.fault_seconds, [(middle, faults.kill_web)]),
        "provider-errors": (args.fault_seconds + args.outage_seconds, [(middle, faults.provider_outage)]),
    }  # fmt: skip
    if name == "burst":
        since = time.monotonic()
        written = run.control_post("burst", {"count": args.burst})
        notes.append(f"{args.burst:,} mentions written in {written['seconds']:.1f} s")
    else:
        seconds, plan = plans[name]
        notes += run.load(name, seconds, plan)
        since = time.monotonic()
    drained = run.drain(name, since)
    for process in run.topology.process_names():
        run.topology.wait_running(process, timeout=180)
    if name == "burst" and drained:
        notes.append(f"drained at {args.burst / drained:.0f} messages/s")
    row = run.collect(name, before, drained, notes)
    if name == "kill-web":
        counts = row["inboxes"]
        row["notes"] += f"; {counts['reconnects']} inboxes reconnected, {counts['connected']} connected at the end"
        run.rebalance_clients()  # the next scenario starts with the inboxes spread again
    return row


def main(argv: list[str] | None = None) -> int:
    """Run the scenarios, print the tables, write the JSON; 1 when a count that must be 0 is not."""
    args = parse_args(argv)
    progress = Progress()
    workdir = Path(tempfile.mkdtemp(prefix="dialoog-load-"))
    os.chmod(workdir, 0o755)  # PostgreSQL runs as its own user below it
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    run = LoadRun(args, workdir, progress)
    rows: list[dict[str, Any]] = []
    interrupted = False
    try:
        run.start()
        faults = Faults(run)
        for name in args.scenarios:
            progress.log(f"[{name}] starting")
            rows.append(run_scenario(run, faults, name))
            row = rows[-1]
            progress.log(f"[{name}] {row['messages']:,} messages, lost {row['lost']}, duplicated "
                         f"{row['duplicated']}, replies sent twice {row['replies_sent_twice']}")  # fmt: skip
    except KeyboardInterrupt:
        interrupted = True
        progress.log("interrupted: stopping everything")
    finally:
        run.stop()
        if args.keep:
            progress.log(f"work folder kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    if not rows:
        return 130 if interrupted else 2
    settings = {key: value for key, value in vars(args).items() if key not in ("json", "keep")}
    args.json.write_text(json.dumps({"settings": settings, "scenarios": rows}, indent=2, default=str))
    print(scenario_table(rows))
    print()
    print(process_table(rows))
    print(f"\n(results in {args.json})")
    bad = any(row["lost"] or row["duplicated"] or row["replies_sent_twice"] for row in rows)
    return 1 if bad else 130 if interrupted else 0


if __name__ == "__main__":
    sys.exit(main())
