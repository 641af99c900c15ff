"""In-memory state behind the fake X API: users, tweets, tokens, rate-limit windows, faults."""

from __future__ import annotations

import re
import secrets
import string
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from inbox.sandbox.x.oauth import verify_request

TWITTER_EPOCH_MS = 1288834974657
HANDLE_RE = re.compile(r"(?<![A-Za-z0-9_@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])")
_ALNUM = string.ascii_letters + string.digits


def iso_millis(epoch_seconds: float) -> str:
    """Format epoch seconds the way X does: ``2026-11-26T11:55:00.000Z``."""
    moment = datetime.fromtimestamp(epoch_seconds, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _random_alnum(length: int) -> str:
    return "".join(secrets.choice(_ALNUM) for _ in range(length))


@dataclass
class Fault:
    """A canned response to return instead of handling the next matching request(s)."""

    path_prefix: str
    status: int
    body: bytes | None
    headers: dict[str, str]
    times: int


@dataclass(frozen=True)
class RateWindow:
    """The state of one rate-limit window after a request was counted (or refused)."""

    limit: int
    remaining: int
    reset: int
    allowed: bool

    def headers(self) -> dict[str, str]:
        """The ``x-rate-limit-*`` headers X sends with every response."""
        return {
            "x-rate-limit-limit": str(self.limit),
            "x-rate-limit-remaining": str(self.remaining),
            "x-rate-limit-reset": str(self.reset),
        }


class XState:
    """In-memory X: users, tweets, rate-limit windows, queued faults. All methods are thread-safe."""

    def __init__(
        self,
        *,
        consumer_key: str = "sandbox-consumer-key",
        consumer_secret: str = "sandbox-consumer-secret",
        mentions_limit: int = 180,
        window_seconds: int = 900,
        me_limit: int = 75,
        create_limit: int = 100,
    ) -> None:
        self.consumer_key = consumer_key
        self.consumer_secret = consumer_secret
        self.window_seconds = window_seconds
        self.limits = {
            "users_me": me_limit,
            "mentions": mentions_limit,
            "create_tweet": create_limit,
            "users_tweets": 900,
            "quote_tweets": 75,
        }
        self._lock = threading.RLock()
        self._last_id = 0
        self._users: dict[str, dict[str, Any]] = {}
        self._user_ids_by_name: dict[str, str] = {}
        self._tokens: dict[str, tuple[str, str]] = {}
        self._tweets: dict[str, dict[str, Any]] = {}
        self._windows: dict[tuple[str, str], list[int]] = {}
        self._faults: list[Fault] = []
        self._requests: list[str] = []
        self._nonces: set[tuple[str, int, str]] = set()
        self._page_tokens: dict[str, tuple[str, str]] = {}

    # ids -----------------------------------------------------------------
    def _next_id(self) -> str:
        """A strictly increasing snowflake-like id (ms since X's epoch << 22)."""
        candidate = (int(time.time() * 1000) - TWITTER_EPOCH_MS) << 22
        self._last_id = max(candidate, self._last_id + 1)
        return str(self._last_id)

    # users & tokens ------------------------------------------------------
    def add_user(self, username: str, name: str, *, user_id: str | None = None) -> dict[str, str]:
        """Create an account; returns ``{"id", "username", "name"}``. Usernames are unique (case-insensitive)."""
        if not re.fullmatch(r"[A-Za-z0-9_]{1,15}", username):
            raise ValueError(f"invalid X username: {username!r}")
        with self._lock:
            if username.lower() in self._user_ids_by_name:
                raise ValueError(f"username already taken: {username}")
            uid = user_id or self._next_id()
            if uid in self._users:
                raise ValueError(f"user id already exists: {uid}")
            self._users[uid] = {
                "id": uid,
                "username": username,
                "name": name,
                "created_at": iso_millis(time.time()),
                "description": "",
                "protected": False,
                "verified": False,
                "verified_type": "none",
                "profile_image_url": f"https://pbs.twimg.com/profile_images/{uid}/avatar_normal.jpg",
                "url": "",
                "public_metrics": {
                    "followers_count": 0,
                    "following_count": 0,
                    "tweet_count": 0,
                    "listed_count": 0,
                    "like_count": 0,
                },
            }
            self._user_ids_by_name[username.lower()] = uid
            return {"id": uid, "username": username, "name": name}

    def get_user(self, user_id: str) -> dict[str, Any] | None:
        """The full stored user record, or None."""
        with self._lock:
            user = self._users.get(user_id)
            return dict(user) if user else None

    def user_by_username(self, username: str) -> dict[str, Any] | None:
        """Look a user up by handle (without ``@``, case-insensitive)."""
        with self._lock:
            uid = self._user_ids_by_name.get(username.lower())
            return self.get_user(uid) if uid else None

    def issue_access_token(self, user_id: str) -> tuple[str, str]:
        """Register and return ``(access_token, access_token_secret)``; the token starts with ``<user_id>-``."""
        with self._lock:
            if user_id not in self._users:
                raise KeyError(f"unknown user id: {user_id}")
            token = f"{user_id}-{_random_alnum(40)}"
            secret = _random_alnum(45)
            self._tokens[token] = (user_id, secret)
            return token, secret

    # OAuth 1.0a ----------------------------------------------------------
    def verify_oauth1(self, method: str, url: str, authorization: str, form_body: str | None = None) -> str | None:
        """Check an ``Authorization: OAuth ...`` header (HMAC-SHA1) signed over ``url``; return the user id.

        Returns None when :func:`~inbox.sandbox.x.oauth.verify_request` rejects it or the
        nonce was already used with that token and timestamp (replay).
        """
        signed = verify_request(
            method,
            url,
            authorization,
            consumer_key=self.consumer_key,
            consumer_secret=self.consumer_secret,
            form_body=form_body,
            token_secret=lambda token: self._tokens.get(token, ("", None))[1],
        )
        if signed is None:
            return None
        with self._lock:
            replay = (signed.token, signed.timestamp, signed.nonce)
            if replay in self._nonces:
                return None
            self._nonces.add(replay)
            return self._tokens[signed.token][0]

    # tweets --------------------------------------------------------------
    def post_tweet(
        self,
        author_id: str,
        text: str,
        *,
        in_reply_to_tweet_id: str | None = None,
        lang: str | None = None,
        quote_tweet_id: str | None = None,
    ) -> dict[str, Any]:
        """Store a tweet by ``author_id`` and return its full record (all fields X can return).

        ``quote_tweet_id`` makes it a quote post (``referenced_tweets`` type ``quoted``; like on
        X it starts a conversation of its own). Raises KeyError for an unknown author and
        LookupError for an unknown reply or quote target.
        """
        with self._lock:
            if author_id not in self._users:
                raise KeyError(f"unknown author id: {author_id}")
            parent = None
            if in_reply_to_tweet_id is not None:
                parent = self._tweets.get(str(in_reply_to_tweet_id))
                if parent is None:
                    raise LookupError(f"unknown tweet id: {in_reply_to_tweet_id}")
            if quote_tweet_id is not None and str(quote_tweet_id) not in self._tweets:
                raise LookupError(f"unknown tweet id: {quote_tweet_id}")
            tid = self._next_id()
            tweet: dict[str, Any] = {
                "id": tid,
                "text": text,
                "author_id": author_id,
                "conversation_id": parent["conversation_id"] if parent else tid,
                "created_at": iso_millis(time.time()),
                "lang": lang or "und",
                "edit_history_tweet_ids": [tid],
                "possibly_sensitive": False,
                "reply_settings": "everyone",
            }
            if parent is not None:
                tweet["in_reply_to_user_id"] = parent["author_id"]
                tweet["referenced_tweets"] = [{"type": "replied_to", "id": parent["id"]}]
            if quote_tweet_id is not None:
                tweet.setdefault("referenced_tweets", []).append({"type": "quoted", "id": str(quote_tweet_id)})
            mentions = []
            for match in HANDLE_RE.finditer(text):
                mention: dict[str, Any] = {"start": match.start(), "end": match.end(), "username": match.group(1)}
                known = self._user_ids_by_name.get(match.group(1).lower())
                if known:
                    mention["id"] = known
                mentions.append(mention)
            if mentions:
                tweet["entities"] = {"mentions": mentions}
            self._tweets[tid] = tweet
            self._users[author_id]["public_metrics"]["tweet_count"] += 1
            return dict(tweet)

    def get_tweet(self, tweet_id: str) -> dict[str, Any] | None:
        """The stored tweet record with a live ``public_metrics``, or None."""
        with self._lock:
            tweet = self._tweets.get(tweet_id)
            return None if tweet is None else self._with_metrics(tweet, *self._reference_counts())

    def _reference_counts(self) -> tuple[Counter[str], Counter[str]]:
        """How many replies and quotes each tweet has, in one pass (call with the lock held)."""
        replies: Counter[str] = Counter()
        quotes: Counter[str] = Counter()
        for tweet in self._tweets.values():
            parent, quoted = self._parent_id(tweet), self.quoted_id(tweet)
            if parent:
                replies[parent] += 1
            if quoted:
                quotes[quoted] += 1
        return replies, quotes

    @staticmethod
    def _with_metrics(tweet: dict[str, Any], replies: Counter[str], quotes: Counter[str]) -> dict[str, Any]:
        metrics = {
            "retweet_count": 0,
            "reply_count": replies[tweet["id"]],
            "like_count": 0,
            "quote_count": quotes[tweet["id"]],
            "bookmark_count": 0,
            "impression_count": 0,
        }
        return {**tweet, "public_metrics": metrics}

    @staticmethod
    def _parent_id(tweet: dict[str, Any]) -> str | None:
        for ref in tweet.get("referenced_tweets", []):
            if ref["type"] == "replied_to":
                return ref["id"]
        return None

    @staticmethod
    def quoted_id(tweet: dict[str, Any]) -> str | None:
        """The id of the post ``tweet`` quotes, if it is a quote post."""
        return next((ref["id"] for ref in tweet.get("referenced_tweets", []) if ref["type"] == "quoted"), None)

    def retweet(self, author_id: str, tweet_id: str) -> dict[str, Any]:
        """``author_id`` reposts ``tweet_id``: X's retweet record, ``RT @user: text`` cut at 140 characters."""
        with self._lock:
            original = self._tweets[str(tweet_id)]
            text = f"RT @{self._users[original['author_id']]['username']}: {original['text']}"
            tid = self._next_id()
            self._tweets[tid] = {
                "id": tid,
                "text": text if len(text) <= 140 else text[:139] + "…",
                "author_id": author_id,
                "conversation_id": tid,
                "created_at": iso_millis(time.time()),
                "lang": original.get("lang", "und"),
                "edit_history_tweet_ids": [tid],
                "referenced_tweets": [{"type": "retweeted", "id": original["id"]}],
            }
            return dict(self._tweets[tid])

    def quotes_of(self, tweet_id: str, *, exclude: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
        """Quote posts of ``tweet_id``, newest first, with retweets of them unless ``exclude`` holds "retweets"."""
        with self._lock:
            quotes = {t["id"] for t in self._tweets.values() if self.quoted_id(t) == str(tweet_id)}
            reposts = (
                set()
                if "retweets" in exclude
                else {
                    t["id"]
                    for t in self._tweets.values()
                    if any(r["type"] == "retweeted" and r["id"] in quotes for r in t.get("referenced_tweets", []))
                }
            )
            found = [self.get_tweet(tid) for tid in quotes | reposts]
            return sorted((t for t in found if t), key=lambda t: int(t["id"]), reverse=True)

    def tweets_by(self, user_id: str, *, exclude: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
        """``user_id``'s own posts, newest first; ``exclude`` may hold ``replies`` and ``retweets``."""
        with self._lock:
            found = [
                self.get_tweet(t["id"])
                for t in self._tweets.values()
                if t["author_id"] == user_id and not ("replies" in exclude and self._parent_id(t))
            ]
            return sorted((t for t in found if t), key=lambda t: int(t["id"]), reverse=True)

    def replies_to(self, tweet_id: str) -> list[dict[str, Any]]:
        """Tweets that reply directly to ``tweet_id``, oldest first."""
        with self._lock:
            return [dict(t) for t in self._tweets.values() if self._parent_id(t) == str(tweet_id)]

    def has_duplicate(self, author_id: str, text: str) -> bool:
        """Whether ``author_id`` already posted exactly ``text`` (X refuses duplicates with 403)."""
        with self._lock:
            return any(t["author_id"] == author_id and t["text"] == text for t in self._tweets.values())

    def mentions_of(self, user_id: str) -> list[dict[str, Any]]:
        """Tweets by others that @mention ``user_id`` or reply in a thread it is part of, newest first.

        On X a reply is addressed to everyone in the thread above it (the client prefills their
        handles), so replies anywhere under the account's own post reach its mentions too; the
        fake keeps the voter's text as written and applies that rule here.
        """
        with self._lock:
            user = self._users[user_id]
            handle = user["username"].lower()
            counts = self._reference_counts()
            found = []
            for tweet in self._tweets.values():
                if tweet["author_id"] == user_id:
                    continue
                names = {m["username"].lower() for m in tweet.get("entities", {}).get("mentions", [])}
                root = self._tweets.get(tweet["conversation_id"])
                in_own_thread = (
                    tweet.get("in_reply_to_user_id") is not None and (root or {}).get("author_id") == user_id
                )
                if handle in names or tweet.get("in_reply_to_user_id") == user_id or in_own_thread:
                    found.append(self._with_metrics(tweet, *counts))
            return sorted(found, key=lambda t: int(t["id"]), reverse=True)

    # pagination ----------------------------------------------------------
    def page_token(self, user_id: str, cursor_id: str) -> str:
        """An opaque ``next_token`` meaning "older than ``cursor_id``" for ``user_id``'s timeline."""
        with self._lock:
            token = _random_alnum(32).lower()
            self._page_tokens[token] = (user_id, cursor_id)
            return token

    def resolve_page_token(self, user_id: str, token: str) -> str | None:
        """The cursor id behind ``token`` if it was issued for ``user_id``."""
        with self._lock:
            owner, cursor = self._page_tokens.get(token, ("", ""))
            return cursor if owner == user_id else None

    # rate limits, faults, request log -----------------------------------
    def consume(self, user_id: str, endpoint: str, *, count: bool = True, exhaust: bool = False) -> RateWindow:
        """Count one request against ``user_id``'s fixed window for ``endpoint``.

        ``count=False`` only reports the window; ``exhaust=True`` reports it as used up without
        changing it (for queued 429 faults, which stay one-off).
        """
        limit = self.limits[endpoint]
        now = int(time.time())
        with self._lock:
            window = self._windows.get((user_id, endpoint))
            if window is None or now >= window[0] + self.window_seconds:
                window = self._windows[(user_id, endpoint)] = [now, 0]
            allowed = window[1] < limit and not exhaust
            if count and allowed:
                window[1] += 1
            remaining = 0 if exhaust else limit - window[1]
            return RateWindow(limit, remaining, window[0] + self.window_seconds, allowed)

    def fail_next(
        self,
        path_prefix: str,
        status: int,
        *,
        body: str | bytes | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Queue a canned response for the next ``times`` API requests whose path starts with ``path_prefix``."""
        raw = body.encode() if isinstance(body, str) else body
        with self._lock:
            self._faults.append(Fault(path_prefix, status, raw, dict(headers or {}), times))

    def take_fault(self, path: str) -> Fault | None:
        """Pop (one use of) the first queued fault matching ``path``."""
        with self._lock:
            for fault in self._faults:
                if path.startswith(fault.path_prefix):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
            return None

    def record_request(self, path: str) -> None:
        """Log one X API request (control endpoints are not logged)."""
        with self._lock:
            self._requests.append(path)

    def request_count(self, path_prefix: str = "") -> int:
        """Number of X API requests received whose path starts with ``path_prefix``."""
        with self._lock:
            return sum(1 for p in self._requests if p.startswith(path_prefix))
