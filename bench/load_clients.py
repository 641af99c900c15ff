"""Staff inboxes of the load run: logged-in python-socketio clients (asyncio) in a process of their own.

Run by ``bench/load_faults.py``, which logs the staff in and passes their cookies: standard
input's first line is ``{"url": proxy, "cookies": ["session=…; …", …]}``.
Every client records, per conversation, when it first became visible (the first
``message.created``, ``message.triaged`` or ``conversation.updated``: the page shows the row
on any) and when its tags came (``message.triaged``); a load message starts its own
conversation, so a conversation is a message. After a lost connection a client reconnects
(through the proxy, to whichever web process is up) and catches up as the inbox page does:
it reloads the queue, page by page, back to a little before it lost the connection, and
counts what it finds there as seen then. On ``resync`` (its web process lost Redis, so
events were lost) it reloads the same way, back to the last event it received.

Commands, one JSON line each on standard input, answered by one JSON line on standard output:
``{"cmd": "dump", "path": P}`` writes the sightings since the last dump (``numpy.savez``:
``visible_ids``, ``visible``, ``tagged_ids``, ``tagged``; seconds since the epoch, 0 = never;
one column per client) and answers the counters; ``{"cmd": "count"}`` answers how many
(conversation, client) sightings of each kind came since; ``{"cmd": "reconnect"}`` reconnects every
client (spreading them over the web processes again); ``{"cmd": "quit"}`` disconnects.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from array import array
from datetime import datetime
from http.cookies import SimpleCookie
from typing import Any

import aiohttp
import numpy as np
import socketio

# What each event tells: the inbox page upserts the conversation's row on any of the three
# (so the message is visible from the first); only ``message.triaged`` brings its tags.
EVENTS = {
    "message.created": ("visible", "created"),
    "message.triaged": ("visible", "tagged"),
    "conversation.updated": ("visible",),
}
KINDS = ("visible", "tagged", "created")
CATCH_UP_MARGIN = 10.0  # seconds before the disconnect that the catch-up reaches back
CATCH_UP_PAGES = 40
BROWSER_PING_GRACE = 40  # seconds: max(25, 40) + 5 = 45 s without a PING, as in the browser


class Sightings:
    """First sighting per (conversation, client) of each kind; a second ``message.created`` is counted."""

    def __init__(self, clients: int) -> None:
        self.clients = clients
        self.seen: dict[str, dict[int, array]] = {kind: {} for kind in KINDS}
        self.totals = dict.fromkeys(KINDS, 0)  # (conversation, client) sightings since the last dump
        self.counters = {
            "events": 0, "repeated_created": 0, "disconnects": 0, "reconnects": 0, "resyncs": 0, "catch_up_rows": 0,
        }  # fmt: skip

    def mark(self, kind: str, conversation_id: int, client: int, when: float) -> None:
        """Record a sighting unless the client saw this kind for this conversation before."""
        rows = self.seen[kind]
        row = rows.get(conversation_id)
        if row is None:
            row = rows[conversation_id] = array("d", bytes(8 * self.clients))
        if row[client] == 0.0:
            row[client] = when
            self.totals[kind] += 1
        elif kind == "created":
            self.counters["repeated_created"] += 1

    def dump(self, path: str) -> dict[str, Any]:
        """Write (visible and tagged) and forget the sightings so far; answer the counters."""
        arrays = {}
        self.totals = dict.fromkeys(KINDS, 0)
        for kind in KINDS:
            rows, self.seen[kind] = self.seen[kind], {}
            if kind == "created":
                continue
            ids = sorted(rows)
            arrays[f"{kind}_ids"] = np.array(ids, dtype=np.int64)
            matrix = np.zeros((len(ids), self.clients))
            for index, conversation_id in enumerate(ids):
                matrix[index] = rows[conversation_id]
            arrays[kind] = matrix
        np.savez(path, **arrays)
        counters = dict(self.counters)
        self.counters = dict.fromkeys(self.counters, 0)
        return counters


class StaffClient:
    """One open inbox: a Socket.IO connection with a staff member's cookies."""

    def __init__(self, index: int, url: str, cookie: str, sightings: Sightings) -> None:
        self.index, self.url, self.cookie, self.sightings = index, url, cookie, sightings
        self.lost_at: float | None = None
        # The client's own HTTP session holds the cookies: python-engineio drops a ``Cookie``
        # header after the first connection, so a reconnection would arrive logged out.
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=aiohttp.ClientTimeout(30))
        self.http.cookie_jar.update_cookies({key: morsel.value for key, morsel in SimpleCookie(cookie).items()})
        debug = bool(os.environ.get("LOAD_CLIENTS_DEBUG"))
        self.sio = socketio.AsyncClient(
            reconnection=True, reconnection_delay=0.5, reconnection_delay_max=3, http_session=self.http,
            logger=debug, engineio_logger=debug,
        )  # fmt: skip
        self.last_event_at: float | None = None
        self.sio.on("connect", self._on_connect)
        self.sio.on("resync", self._on_resync)
        self.sio.on("disconnect", self._on_disconnect)
        for event, kinds in EVENTS.items():
            self.sio.on(event, self._handler(kinds))

    def _handler(self, kinds: tuple[str, ...]) -> Any:
        async def handle(data: Any) -> None:
            now = self.last_event_at = time.time()
            self.sightings.counters["events"] += 1
            for row in data["conversations"]:
                for kind in kinds:
                    self.sightings.mark(kind, int(row["id"]), self.index, now)

        return handle

    async def connect(self) -> None:
        """Connect over WebSocket through the proxy."""
        await self.sio.connect(self.url, transports=["websocket"], wait_timeout=30)

    async def reconnect(self) -> None:
        """Drop the connection and open a new one (the proxy places it afresh)."""
        await self.sio.disconnect()
        self.lost_at = None
        await asyncio.sleep(0.05)
        await self.connect()

    async def close(self) -> None:
        """Disconnect and close the HTTP session."""
        await self.sio.disconnect()
        await self.http.close()

    async def _on_disconnect(self, *_args: Any) -> None:
        self.sightings.counters["disconnects"] += 1
        self.lost_at = self.lost_at or time.time()

    async def _on_connect(self) -> None:
        # Keep-alive as lenient as the browser's: socket.io's JavaScript client gives up when no
        # PING came for pingInterval + pingTimeout (45 s); python-engineio's write loop already
        # after max(pingInterval, pingTimeout) + 5 (30 s), so a PING that a busy server sends a
        # few seconds late would drop the connection here but not in a browser.
        self.sio.eio.ping_timeout = BROWSER_PING_GRACE
        if self.lost_at is None:
            return
        lost_at, self.lost_at = self.lost_at, None
        self.sightings.counters["reconnects"] += 1
        asyncio.get_running_loop().create_task(self._catch_up(lost_at))

    async def _on_resync(self, *_args: Any) -> None:
        """The web process lost Redis for a while: reload back to the last event seen, as the page does."""
        self.sightings.counters["resyncs"] += 1
        since = self.last_event_at or time.time() - CATCH_UP_MARGIN
        asyncio.get_running_loop().create_task(self._catch_up(since))

    async def _catch_up(self, lost_at: float) -> None:
        """Reload the queue back to a little before the connection was lost, as the page does."""
        cursor, now = None, time.time()
        for _ in range(CATCH_UP_PAGES):
            params = {"limit": "100", **({"cursor": cursor} if cursor else {})}
            try:
                async with self.http.get(f"{self.url}/api/queue", params=params) as answer:
                    page = await answer.json()
            except (TimeoutError, aiohttp.ClientError, ValueError):
                await asyncio.sleep(1)
                continue
            oldest = now
            for row in page.get("items", []):
                self.sightings.counters["catch_up_rows"] += 1
                self.sightings.mark("visible", int(row["id"]), self.index, now)
                if (row.get("tags") or {}).get("state") == "done":
                    self.sightings.mark("tagged", int(row["id"]), self.index, now)
                oldest = _epoch(row.get("last_activity_at")) or oldest
            cursor = page.get("next_cursor")
            if not cursor or oldest < lost_at - CATCH_UP_MARGIN:
                return


def _epoch(iso: str | None) -> float | None:
    return datetime.fromisoformat(iso).timestamp() if iso else None


async def serve() -> None:
    """Connect every client, then answer commands until ``quit``."""
    loop = asyncio.get_running_loop()
    config = json.loads(await loop.run_in_executor(None, sys.stdin.readline))
    cookies: list[str] = config["cookies"]
    sightings = Sightings(len(cookies))
    clients = [StaffClient(i, config["url"], cookie, sightings) for i, cookie in enumerate(cookies)]
    try:
        failures = 0
        for batch in range(0, len(clients), 10):
            results = await asyncio.gather(*(c.connect() for c in clients[batch : batch + 10]), return_exceptions=True)
            failures += sum(isinstance(result, Exception) for result in results)
        print(json.dumps({"connected": len(clients) - failures, "failed": failures}), flush=True)
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            command = json.loads(line) if line.strip() else {"cmd": "quit"}
            if command["cmd"] == "quit":
                break
            if command["cmd"] == "count":
                print(json.dumps(sightings.totals), flush=True)
            if command["cmd"] == "reconnect":
                for client in clients:
                    await client.reconnect()
                print(json.dumps({"connected": sum(c.sio.connected for c in clients)}), flush=True)
            if command["cmd"] == "dump":
                counters = sightings.dump(command["path"])
                counters["connected"] = sum(c.sio.connected for c in clients)
                print(json.dumps(counters), flush=True)
    finally:
        await asyncio.gather(*(c.close() for c in clients), return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(serve())
