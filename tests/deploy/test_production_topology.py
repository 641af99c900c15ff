"""The production topology on loopback: nginx, two gunicorn web processes, the workers, the scheduler.

The topology runs scaled out as an operator would on a bigger host: two triage worker
processes on the one triage queue, each running the encoder on its share of the cores.

A voter's mention is polled by the ingest worker, tagged by the triage worker and answered
through the send worker; every browser, whichever web process it is connected to (directly
or through the proxy), gets each event. Killing a web process moves its clients to the
other one through the proxy, and the supervisor brings it back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from inbox.deploy.nginx import ROUTE_COOKIE, find_nginx
from inbox.deploy.topology import Topology, free_port
from inbox.models import db
from tests.conftest import make_app, unavailable
from tests.e2e.helpers import EventListener, login
from tests.factories import PASSWORD, office_with_users, x_account

pytestmark = pytest.mark.slow


@pytest.fixture
def production(tmp_path: Path, postgres_database: str, redis_url: str, x_sandbox) -> Iterator[dict]:
    """The whole topology on free loopback ports, with an office whose X account is on the sandbox."""
    try:
        find_nginx()
    except FileNotFoundError as error:
        unavailable("nginx", error)
    sandbox, sandbox_url = x_sandbox
    app = make_app(tmp_path, postgres_database, REDIS_URL=redis_url, DIALOOG_JOBS="workers")
    with app.app_context():
        setup = office_with_users()
        x_account(setup.office.id, sandbox, sandbox_url)
        email = setup.staff.email
        db.session.remove()
        db.engine.dispose()
    topology = Topology(
        database_url=postgres_database,
        redis_url=redis_url,
        instance_dir=tmp_path / "instance",
        web_processes=2,
        proxy_port=free_port(),
        extra_env={"DIALOOG_POLL_SECONDS": "1", "DIALOOG_TRIAGE_SWEEP_SECONDS": "5"},
        restart_backoff=4.0,  # web-1 stays down long enough to see its browsers move
        triage_processes=2,
    )
    with topology:
        yield {"topology": topology, "sandbox": sandbox, "email": email}


def process_behind(url: str, session: requests.Session | None = None, cookies: dict | None = None) -> str:
    """Which web process answers ``url`` + /healthz for this session (its route cookie)."""
    answer = (session or requests).get(f"{url}/healthz", cookies=cookies, timeout=5)
    assert answer.status_code == 200
    return answer.json()["process"]


def pin_route(session: requests.Session, value: str) -> None:
    """Give ``session`` exactly one route cookie, ``value``."""
    for cookie in list(session.cookies):
        if cookie.name == ROUTE_COOKIE:
            session.cookies.clear(cookie.domain, cookie.path, cookie.name)
    session.cookies.set(ROUTE_COOKIE, value)


def is_mention_by(name: str, event: str):  # type: ignore[no-untyped-def]
    """A predicate for ``event`` about the conversation of the voter ``name``."""
    return lambda e, d: e == event and [row["contact_name"] for row in d.get("conversations", [])] == [name]


def test_a_worker_ingested_message_reaches_browsers_on_every_web_process(production) -> None:
    topology, sandbox, email = production["topology"], production["sandbox"], production["email"]
    assert topology.process_names() == [
        "proxy",
        "web-1",
        "web-2",
        "worker-ingest",
        "worker-triage",
        "worker-triage-2",
        "worker-send",
        "scheduler",
    ]
    cores = len(os.sched_getaffinity(0))
    for name in ("worker-triage", "worker-triage-2"):  # the two triage processes split the cores between them
        environment = Path(f"/proc/{topology.pid(name)}/environ").read_bytes().split(b"\0")
        assert f"OMP_NUM_THREADS={max(1, cores // 2)}".encode() in environment
    proxy = topology.proxy_url

    # Health and readiness through the proxy, with the request id the proxy gave.
    assert requests.get(f"{proxy}/healthz", timeout=5).json()["status"] == "ok"
    ready = requests.get(f"{proxy}/readyz", timeout=5)
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "migrations": "ok", "redis": "ok"}
    request_id = ready.headers["X-Request-ID"]

    # A route cookie that the proxy sends to web-1, for the browser that comes through the proxy.
    pinned = next(f"pin-{i}" for i in range(64) if process_behind(proxy, cookies={ROUTE_COOKIE: f"pin-{i}"}) == "web-1")
    via_proxy = login(proxy, email, PASSWORD)
    pin_route(via_proxy, pinned)
    assert process_behind(proxy, via_proxy) == "web-1"

    listeners = {
        "web-1": EventListener(topology.web_urls[0], login(topology.web_urls[0], email, PASSWORD)),
        "web-2": EventListener(topology.web_urls[1], login(topology.web_urls[1], email, PASSWORD)),
        "proxy": EventListener(proxy, via_proxy),
    }
    assert [process_behind(url) for url in topology.web_urls] == ["web-1", "web-2"]

    voter = sandbox.add_user("hans_k", "Hans Kessler")
    tweet = sandbox.post_tweet(voter["id"], "@PoliticianBE Wann kommt die neue Buslinie nach St. Vith?")
    for listener in listeners.values():
        _, created = listener.wait_for(is_mention_by("Hans Kessler", "message.created"), timeout=30)
        _, triaged = listener.wait_for(is_mention_by("Hans Kessler", "message.triaged"), timeout=30)
        assert triaged["conversations"][0]["language"] == "de"
    conversation_id = created["conversations"][0]["id"]

    # A reply sent through the proxy goes out through the send worker; everyone sees it sent.
    answer = via_proxy.post(
        f"{proxy}/api/conversations/{conversation_id}/replies", json={"text": "Danke, Hans! Ab März."}, timeout=10
    )
    assert answer.status_code == 202
    for listener in listeners.values():
        listener.wait_for(lambda e, d: e == "reply.updated" and d["state"] == "sent", timeout=30)
    assert [r["text"] for r in sandbox.replies_to(tweet["id"])] == ["Danke, Hans! Ab März."]

    # web-1 dies: the proxy's browser reconnects through the proxy and lands on web-2.
    topology.kill("web-1")
    listeners.pop("web-1").close()
    listeners.pop("proxy").close()
    assert process_behind(proxy, via_proxy) == "web-2"
    listeners["proxy"] = EventListener(proxy, via_proxy)
    assert process_behind(proxy, via_proxy) == "web-2"

    voter = sandbox.add_user("marie_d", "Marie Dubois")
    sandbox.post_tweet(voter["id"], "@PoliticianBE Les trains vers Arlon sont encore supprimés ce matin.")
    for listener in listeners.values():
        listener.wait_for(is_mention_by("Marie Dubois", "message.created"), timeout=30)
    for listener in listeners.values():
        listener.close()

    # The supervisor has restarted web-1.
    topology.wait_running("web-1", timeout=60)
    assert requests.get(f"{topology.web_urls[0]}/readyz", timeout=5).status_code == 200

    # Every process logs JSON lines with its role; one request is traceable from nginx to gunicorn.
    for name in topology.process_names():
        lines = topology.log_path(name).read_text().splitlines()
        assert lines, f"{name} logged nothing"
        entries = [json.loads(line) for line in lines]
        assert all(entry["role"] == name and entry["level"] and "message" in entry for entry in entries), name
    assert request_id in topology.log_path("proxy").read_text()
    assert any(request_id in topology.log_path(name).read_text() for name in ("web-1", "web-2"))
    triage_log = [json.loads(line) for line in topology.log_path("worker-triage").read_text().splitlines()]
    assert any(entry["message"] == "triage models ready" for entry in triage_log)
