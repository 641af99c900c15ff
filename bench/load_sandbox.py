"""The X and Meta sandboxes as the load run uses them (subclasses of the fakes in ``inbox/sandbox``).

What changes against the plain fakes, and why:

* X mentions are served from an index (the plain fake scans every post per request, which
  at 50,000 posts would make the fake, not Dialoog, the bottleneck); answers are the same.
* X's duplicate-content refusal is off, so that a reply Dialoog sent twice shows up as two
  posts instead of being refused by the provider; every post by the politician and every
  comment by the page is counted by the reply token in its text (``[r:…]``).
* ``start_faults``/``stop_faults`` make every provider API request fail (X: 503 or 429 with a
  reset at the end of the outage; Meta: code 2 as HTTP 500, or code 613 as HTTP 429) until
  stopped, using the fakes' own fault queues.
"""

from __future__ import annotations

import bisect
import re
import threading
import time
from collections import Counter
from typing import Any

from flask import request

from inbox.sandbox.meta.api import MetaSandbox
from inbox.sandbox.meta.state import FakeComment
from inbox.sandbox.meta.state import Fault as MetaFault
from inbox.sandbox.x.api import XSandbox
from inbox.sandbox.x.render import (
    MENTIONS_PARAMS,
    check_id,
    check_params,
    not_found_user,
    tweets_page,
)

REPLY_TOKEN = re.compile(r"\[r:([0-9a-z-]+)\]")
FOREVER = 10**9  # "times" of a fault that lasts until it is removed


class LoadX(XSandbox):
    """The X fake with an index of mentions per user, reply counting and time-boxed outages."""

    def __init__(self, politician_id: str, **limits: Any) -> None:
        super().__init__(**limits)
        self.politician_id = politician_id
        self._mention_ids: dict[str, list[int]] = {}
        self.reply_posts: Counter[str] = Counter()

    def post_tweet(self, author_id: str, text: str, **options: Any) -> dict[str, Any]:
        """Store the post, index who it mentions, count the politician's replies by token."""
        tweet = super().post_tweet(author_id, text, **options)
        with self._lock:
            targets = {m["id"] for m in tweet.get("entities", {}).get("mentions", []) if "id" in m}
            if tweet.get("in_reply_to_user_id"):
                targets.add(tweet["in_reply_to_user_id"])
            for target in targets - {author_id}:
                self._mention_ids.setdefault(target, []).append(int(tweet["id"]))  # ids only grow
            if author_id == self.politician_id:
                for token in REPLY_TOKEN.findall(text):
                    self.reply_posts[token] += 1
        return tweet

    def has_duplicate(self, author_id: str, text: str) -> bool:
        """Never refuse: a double send must be visible, not masked by the provider."""
        return False

    def _mentions(self, user_id: str, target_id: str) -> tuple[dict[str, Any], int]:
        """``GET /2/users/:id/mentions`` from the index (same answers as the plain fake)."""
        check_params(request.args, MENTIONS_PARAMS)
        check_id("id", target_id)
        if self.get_user(target_id) is None:
            return not_found_user(target_id), 200
        cursor = None
        if "pagination_token" in request.args:
            cursor = self.resolve_page_token(target_id, request.args["pagination_token"])
            if cursor is None:
                return super()._mentions(user_id, target_id)  # the plain fake words the 400
        since = int(request.args.get("since_id") or 0)
        upper = min(int(request.args.get("until_id") or 1 << 64), int(cursor) if cursor else 1 << 64)
        wanted = min(max(int(request.args.get("max_results") or 10), 5), 100) + 1  # one more: is there a next page?
        with self._lock:
            ids = self._mention_ids.get(target_id, [])
            low, high = bisect.bisect_right(ids, since), bisect.bisect_left(ids, upper)
            chosen = ids[max(low, high - wanted) : high][::-1]
            no_counts: Counter[str] = Counter()
            tweets = [self._with_metrics(self._tweets[str(i)], no_counts, no_counts) for i in chosen]
        return tweets_page(self, target_id, tweets, request.args, cursor), 200

    def start_faults(self, status: int, until: float) -> None:
        """Answer every X API request with ``status`` (503, or 429 resetting at ``until``)."""
        headers = {"x-rate-limit-reset": str(int(until) + 1), "x-rate-limit-remaining": "0"} if status == 429 else {}
        self.stop_faults()
        self.fail_next("/2/", status, headers=headers, times=FOREVER)

    def stop_faults(self) -> None:
        """End the outage."""
        with self._lock:
            self._faults.clear()


class LoadMeta(MetaSandbox):
    """The Meta fake counting the page's replies by token, with time-boxed outages."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.reply_posts: Counter[str] = Counter()
        self._by_id: dict[str, FakeComment] = {}

    def comment(self, object_id: str, voter_id: str, voter_name: str, text: str, **options: Any) -> FakeComment:
        """Store (and deliver) a comment; count it when the page itself wrote it (a reply)."""
        made = super().comment(object_id, voter_id, voter_name, text, **options)
        with self.lock:
            self._by_id[made.id] = made
            if voter_id in self.accounts:
                for token in REPLY_TOKEN.findall(text):
                    self.reply_posts[token] += 1
        return made

    def find_comment(self, comment_id: str) -> FakeComment:
        """A comment by id, from an index (the plain fake scans the list)."""
        found = self._by_id.get(comment_id)
        if found is None:
            raise KeyError(comment_id)
        return found

    def _target_comment(self, account: Any, node: str) -> Any:
        comment = self._by_id.get(node)
        if comment is None or comment.owner_id != account.id:
            return super()._target_comment(account, node)  # the plain fake's error
        return super()._target_comment(account, node) if comment.removed else comment

    def start_faults(self, status: int, regain_minutes: int = 1) -> None:
        """Answer every Graph request with a temporary error (500) or a rate-limit error (429)."""
        self.stop_faults()
        with self.lock:
            if status == 429:
                self.regain_minutes = regain_minutes
                self.faults.append(MetaFault(613, status=429, times=FOREVER))
            else:
                self.faults.append(MetaFault(2, status=500, times=FOREVER))

    def stop_faults(self) -> None:
        """End the outage."""
        with self.lock:
            self.faults.clear()
            self.regain_minutes = 0


class OutageClock:
    """Runs a provider outage: ``status_plan`` is a list of (seconds, status) phases."""

    def __init__(self, x: LoadX, meta: LoadMeta) -> None:
        self.x, self.meta = x, meta
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self, phases: list[tuple[float, int]]) -> None:
        """Start the phases in the background (a running outage is ended first)."""
        self.stop()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(phases, self._stop), daemon=True, name="outage")
        self._thread.start()

    def _run(self, phases: list[tuple[float, int]], stop: threading.Event) -> None:
        for seconds, status in phases:
            until = time.time() + seconds
            self.x.start_faults(status, until)
            self.meta.start_faults(status)
            if stop.wait(seconds):
                break
        self.x.stop_faults()
        self.meta.stop_faults()

    def stop(self) -> None:
        """End the outage now."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.x.stop_faults()
        self.meta.stop_faults()
