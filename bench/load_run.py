"""The machinery of one load run: servers, topology, voters, inboxes and probes; one scenario at a time."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests
from cryptography.fernet import Fernet
from load_counts import (
    PASSWORD,
    drain_state,
    duplicates,
    last_message_id,
    reply_outcome,
    reply_states,
    seed,
    staff_email,
    stored_messages,
)
from load_infra import PostgresServer, RedisServer, free_port
from load_probes import QueueProbe, Repliers, ResourceSampler, cookie_header, login
from load_report import Progress, visibility

from inbox import create_app
from inbox.deploy.topology import Topology

# the channel sandboxes listen on loopback, which production never lets credentials reach
os.environ.setdefault("DIALOOG_PROVIDER_HOSTS", "loopback")

BENCH = Path(__file__).resolve().parent


class LoadRun:
    """Everything a scenario needs, started once; ``stop`` undoes it (also after Ctrl-C)."""

    def __init__(self, args: Any, workdir: Path, progress: Progress) -> None:
        self.args, self.workdir, self.progress = args, workdir, progress
        self.postgres = PostgresServer(workdir / "pg")
        self.redis = RedisServer(workdir / "redis")
        self.helpers: dict[str, subprocess.Popen[str]] = {}
        self.topology: Topology | None = None
        self.client_dumps = 0

    # set-up ---------------------------------------------------------------------
    def start(self) -> None:
        """PostgreSQL, Redis, the topology, the voters, the office, the inboxes and the probes."""
        self.progress.log(f"work folder {self.workdir}")
        self.postgres.start()
        self.redis.start()
        keys = {"SECRET_KEY": secrets.token_hex(32), "DIALOOG_ENCRYPTION_KEY": Fernet.generate_key().decode()}
        env = {"DIALOOG_POLL_SECONDS": "1", **keys, **dict(self.args.env)}
        self.progress.log(f"starting the topology ({self.args.web} web processes, {self.args.triage_workers} triage "
                          "worker(s), the other workers, scheduler, proxy)")  # fmt: skip
        self.topology = Topology(
            database_url=self.postgres.url, redis_url=self.redis.url, instance_dir=self.workdir / "instance",
            web_processes=self.args.web, proxy_port=free_port(58080), extra_env=env,
            triage_processes=self.args.triage_workers,
        )  # fmt: skip
        self.topology.start(timeout=300)
        proxy = self.topology.proxy_url
        self.voters, info = self._helper("voters", [str(BENCH / "load_voters.py"), "--webhook-url",
                                                    f"{proxy}/webhooks/meta"])  # fmt: skip
        self.control = info["control_url"]
        self.app = create_app({"DATABASE_URL": self.postgres.url, "DIALOOG_INSTANCE_DIR": str(self.workdir / "bench"),
                               "DIALOOG_JOBS": "immediate", "LOG_LEVEL": "WARNING", **keys})  # fmt: skip
        self.accounts = seed(self.app, self.args.clients + 1, info)
        self.progress.log(f"logging in {self.args.clients} staff members through the proxy")
        sessions = [login(proxy, staff_email(n), PASSWORD) for n in range(self.args.clients + 1)]
        self._start_clients(proxy, [cookie_header(s) for s in sessions[1:]])
        self.probe = QueueProbe(proxy, sessions[0])
        self.repliers = Repliers(proxy, sessions[1 : 1 + self.args.repliers], self.args.reply_rate)
        self.sampler = ResourceSampler(self._process_roots)
        for runner in (self.probe.runner, self.repliers.runner, self.sampler.runner):
            if runner is not None:
                runner.start()

    def _helper(self, name: str, command: list[str], stdin: str | None = None) -> tuple[subprocess.Popen[str], Any]:
        """Start a helper process and read its first JSON line."""
        log = (self.workdir / f"{name}.log").open("a")
        env = {**os.environ, "PYTHONPATH": str(BENCH.parent)}
        process = subprocess.Popen([sys.executable, *command], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=log, text=True, env=env)  # fmt: skip
        self.helpers[name] = process
        if stdin is not None:
            process.stdin.write(stdin + "\n")
            process.stdin.flush()
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"the {name} helper stopped; see {self.workdir / f'{name}.log'}")
        return process, json.loads(line)

    def _start_clients(self, proxy: str, cookies: list[str]) -> None:
        count = max(1, min(self.args.client_procs, len(cookies)))
        self.clients = []
        for index in range(count):
            part = cookies[index::count]
            process, answer = self._helper(f"clients-{index + 1}", [str(BENCH / "load_clients.py")],
                                           json.dumps({"url": proxy, "cookies": part}))  # fmt: skip
            if answer["failed"]:
                raise RuntimeError(f"{answer['failed']} of {len(part)} inboxes could not connect")
            self.clients.append(process)
        self.progress.log(f"{len(cookies)} inboxes connected in {count} client process(es)")

    def _process_roots(self) -> dict[str, list[int]]:
        roots: dict[str, list[int]] = {}
        for name in self.topology.process_names():
            try:
                roots[name] = [self.topology.pid(name)]
            except Exception:  # between a kill and the restart
                continue
        for name, pid in (("postgresql", self.postgres.postmaster_pid()), ("redis", self.redis.pid())):
            if pid:
                roots[name] = [pid]
        roots["bench: voters + sandboxes"] = [self.voters.pid]
        roots["bench: inbox clients"] = [process.pid for process in self.clients]
        roots["bench: main (probes, counts)"] = [-os.getpid()]  # alone: the topology's processes are its children
        return roots

    def stop(self) -> None:
        """Stop everything that was started (each step on its own)."""
        for process in self.helpers.values():
            try:
                process.stdin.close()
                process.wait(timeout=20)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
        for action in (getattr(self.topology, "stop", None), self.redis.stop, self.postgres.stop):
            try:
                if action is not None:
                    action()
            except Exception as error:  # keep cleaning up
                self.progress.log(f"clean-up: {error}")

    # driving ---------------------------------------------------------------------
    def control_post(self, route: str, body: dict[str, Any]) -> dict[str, Any]:
        """Call a control route of the voters' process."""
        return requests.post(f"{self.control}/_load/{route}", json=body, timeout=120).json()

    def report(self, scenario: str, *, summary: bool = False) -> dict[str, Any]:
        """What the voters' process generated in ``scenario`` (or only how many), reply posts, webhook state."""
        params = {"scenario": scenario, **({"summary": "1"} if summary else {})}
        return requests.get(f"{self.control}/_load/report", params=params, timeout=120).json()

    def dump_clients(self) -> tuple[list[Path], dict[str, int]]:
        """Every client process writes its sightings since the last dump; the summed counters."""
        self.client_dumps += 1
        paths, totals = [], {}
        for index, process in enumerate(self.clients):
            path = self.workdir / f"sightings-{self.client_dumps}-{index}.npz"
            process.stdin.write(json.dumps({"cmd": "dump", "path": str(path)}) + "\n")
            process.stdin.flush()
            for key, value in json.loads(process.stdout.readline()).items():
                totals[key] = totals.get(key, 0) + value
            paths.append(path)
        return paths, totals

    def _ask_clients(self, command: dict[str, Any]) -> list[dict[str, Any]]:
        for process in self.clients:
            process.stdin.write(json.dumps(command) + "\n")
            process.stdin.flush()
        return [json.loads(process.stdout.readline()) for process in self.clients]

    def settle(self, expected: int, limit: float = 120) -> None:
        """Wait until the inboxes saw ``expected`` (message, inbox) pairs and their tags, or nothing new for 10 s."""
        started = last_change = time.monotonic()
        last = -1
        while time.monotonic() - started < limit:
            answers = self._ask_clients({"cmd": "count"})
            seen = sum(min(answer["visible"], answer["tagged"]) for answer in answers)
            if seen >= expected:
                return
            if seen != last:
                last, last_change = seen, time.monotonic()
            elif time.monotonic() - last_change > 10:
                return
            time.sleep(1)

    def rebalance_clients(self) -> None:
        """Every inbox reconnects, so they spread over the web processes again (as reloads would)."""
        self._ask_clients({"cmd": "reconnect"})

    def begin(self, scenario: str) -> dict[str, int]:
        """Label what comes next and forget what the probes gathered before."""
        self.control_post("scenario", {"name": scenario})
        self.dump_clients()
        self.probe.take(), self.repliers.take(), self.sampler.take()
        self.first_id = last_message_id(self.app)
        return duplicates(self.app)

    def load(self, scenario: str, seconds: float, faults: list[tuple[float, Callable[[], str]]]) -> list[str]:
        """``rate`` messages/s for ``seconds``; each fault runs at its time; returns the faults' notes."""
        notes: list[str] = []
        pending = sorted(faults, key=lambda fault: fault[0])
        self.control_post("rate", {"rate": self.args.rate, "meta_share": self.args.meta_share})
        started = time.monotonic()
        try:
            while (elapsed := time.monotonic() - started) < seconds:
                while pending and elapsed >= pending[0][0]:
                    self.progress.log(f"[{scenario}] fault at {elapsed:.0f} s")
                    notes.append(pending.pop(0)[1]())
                self._show(scenario, f"load {elapsed:.0f}/{seconds:.0f} s")
                time.sleep(1)
        finally:
            self.control_post("rate", {"rate": 0})
        return notes

    def _show(self, scenario: str, phase: str) -> dict[str, int]:
        generated = self.report(scenario, summary=True)
        state = drain_state(self.app, self.accounts, self.first_id, list(self.repliers.replies))
        state["generated"], state["webhooks_pending"] = generated["generated"], generated["webhooks"]["pending"]
        self.progress.show(
            f"[{scenario}] {phase}: generated {state['generated']:,}, stored {state['stored']:,}, "
            f"triaged {state['triaged']:,}, replies waiting {state['replies_waiting']}, "
            f"webhooks pending {state['webhooks_pending']}"
        )
        return state

    def drain(self, scenario: str, since: float) -> float | None:
        """Wait until every message is stored and triaged and every reply settled; seconds since ``since``."""
        deadline = time.monotonic() + self.args.drain_timeout
        while time.monotonic() < deadline:
            state = self._show(scenario, f"draining {time.monotonic() - since:.0f} s")
            # Webhooks still being retried no longer matter once every message is stored (the
            # Facebook poll backfills what a delivery missed; the page's own replies echo back).
            done = state["stored"] >= state["generated"] and state["triaged"] >= state["stored"]
            if done and not state["replies_waiting"]:
                return time.monotonic() - since
            time.sleep(1)
        self.progress.log(f"[{scenario}] not drained after {self.args.drain_timeout:.0f} s")
        return None

    def collect(self, scenario: str, duplicates_before: dict[str, int], drain_seconds: float | None,
                notes: list[str]) -> dict[str, Any]:  # fmt: skip
        """The scenario's row: counts, latencies, probes, processes."""
        generated = self.report(scenario)
        stored = stored_messages(self.app, self.accounts, generated["generated"])
        self.settle(len(stored.rows) * self.args.clients)  # the last events are on their way to the inboxes
        paths, counters = self.dump_clients()
        stored_at = stored.conversation_times()
        posted_at = {conv: generated["generated"][ch][ext] for (ch, ext), (conv, _, _) in stored.rows.items()}
        clients = self.args.clients
        visible = visibility(paths, "visible", stored_at, clients)
        replies, tokens, reply_errors = self.repliers.take()
        states = reply_states(self.app, list(replies))
        # counted after the states: replies keep being written and sent while a scenario settles
        posts = self.report(scenario)["reply_posts"]
        outcome = reply_outcome(states, replies, posts)
        dup_after = duplicates(self.app)
        duplicated = {key: dup_after[key] - duplicates_before.get(key, 0) for key in dup_after}
        messages = sum(len(ids) for ids in generated["generated"].values())
        for channel, ids in generated["generated"].items():
            waited = stored.longest_wait(channel, ids)
            if waited > 15:
                notes.append(f"a {channel} message waited up to {waited:.0f} s to be stored")
        probe = self.probe.take()
        if probe["errors"]:
            notes.append(f"{probe['errors']} of {probe['requests']} queue page loads failed or timed out (30 s)")
        if generated["webhooks"]["pending"]:
            notes.append(f"{generated['webhooks']['pending']} webhook deliveries still being retried")
        if visible["unseen"]:
            notes.append(f"{visible['unseen']:,} of {visible['pairs']:,} (message, inbox) pairs not shown live")
        if outcome["uncertain"]:
            notes.append(f"{outcome['uncertain']} reply(ies) left 'uncertain' (sender killed mid-send; not resent)")
        return {
            "scenario": scenario,
            "messages": messages,
            "lost": messages - len(stored.rows),
            "duplicated": sum(duplicated.values()),
            "duplicated_detail": duplicated,
            "replies_sent_twice": sum(1 for token in tokens if posts.get(token, 0) > 1),
            "replies": {**outcome, "post_errors": reply_errors},
            "visible": visible,
            "tagged": visibility(paths, "tagged", stored_at, clients),
            "posted_to_visible": visibility(paths, "visible", posted_at, clients),
            "drain_seconds": None if drain_seconds is None else round(drain_seconds, 1),
            "queue_page": probe,
            "inboxes": counters,
            "webhooks": generated["webhooks"],
            "processes": self.sampler.take(),
            "notes": "; ".join(note for note in notes if note) or "",
        }
