"""In-memory state behind the fake Bluesky PDS/AppView: accounts, sessions, posts, notifications.

Shapes follow the atproto lexicons (com.atproto.server.*, app.bsky.*). Sessions are HS256
JWTs with ``exp`` (the atproto client reads it to decide when to refresh); posts get real
looking CIDv1 (dag-cbor, sha-256) strings and TID record keys.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from datetime import UTC, datetime
from typing import Any

from inbox.sandbox.fake_limits import LimitsAndFaults, RateWindow

MAX_GRAPHEMES = 300
MAX_TEXT_BYTES = 3000
TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
HANDLE_MENTION_RE = re.compile(r"(?<![\w@])@([a-z0-9][a-z0-9.-]*\.[a-z]{2,})", re.IGNORECASE)


def iso_now() -> str:
    """The current time as atproto writes it: ``2026-11-26T11:55:00.123Z``."""
    moment = datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def cid_for(value: Any) -> str:
    """A CIDv1 (dag-cbor, sha2-256) string for ``value``, base32 as the network prints them."""
    digest = hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).digest()
    raw = bytes([0x01, 0x71, 0x12, 0x20]) + digest
    return "b" + base64.b32encode(raw).decode().lower().rstrip("=")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rate_limit_headers(window: RateWindow) -> dict[str, str]:
    """Bluesky's ``ratelimit-*`` headers (reset in epoch seconds, policy ``limit;w=seconds``)."""
    return {
        "ratelimit-limit": str(window.limit),
        "ratelimit-remaining": str(window.remaining),
        "ratelimit-reset": str(int(window.reset)),
        "ratelimit-policy": f"{window.limit};w={window.window_seconds}",
    }


class BlueskyState(LimitsAndFaults):
    """An in-memory Bluesky; all methods are thread-safe."""

    def __init__(
        self,
        *,
        limit: int = 3000,
        session_limit: int = 30,
        window_seconds: int = 300,
        access_ttl: int = 7200,
        service_did: str = "did:web:sandbox.bsky.test",
    ) -> None:
        super().__init__({"global": limit, "createSession": session_limit}, window_seconds)
        self.access_ttl = access_ttl
        self.service_did = service_did
        self._secret = secrets.token_bytes(32)
        self._lock = threading.RLock()
        self._accounts: dict[str, dict[str, Any]] = {}
        self._passwords: dict[str, str] = {}
        self._revoked_jtis: set[str] = set()
        self._sessions_revoked_before: dict[str, int] = {}
        self._posts: dict[str, dict[str, Any]] = {}
        self._notifications: list[dict[str, Any]] = []
        self._seen_at: dict[str, str] = {}
        self._last_tid = 0

    # accounts ----------------------------------------------------------------
    def add_account(self, handle: str, display_name: str = "", password: str | None = None) -> dict[str, Any]:
        """Create (or return) an account; with ``password`` it can log in (an app password)."""
        with self._lock:
            existing = self.account_by_handle(handle)
            if existing is None:
                did = "did:plc:" + "".join(secrets.choice(TID_ALPHABET) for _ in range(24))
                existing = {"did": did, "handle": handle.lower(), "displayName": display_name or handle}
                existing["createdAt"] = iso_now()
                self._accounts[did] = existing
            if password is not None:
                self._passwords[existing["did"]] = password
            return dict(existing)

    def account_by_handle(self, handle_or_did: str) -> dict[str, Any] | None:
        """An account by handle (case-insensitive, ``@`` optional) or by DID."""
        wanted = handle_or_did.lstrip("@").lower()
        with self._lock:
            for account in self._accounts.values():
                if wanted in (account["handle"], account["did"]):
                    return dict(account)
            return None

    def profile_view(self, did: str, *, detailed: bool = False) -> dict[str, Any]:
        """``app.bsky.actor.defs#profileView`` (or ``#profileViewDetailed``) of an account."""
        with self._lock:
            account = self._accounts[did]
            view = {
                "did": did,
                "handle": account["handle"],
                "displayName": account["displayName"],
                "indexedAt": account["createdAt"],
                "createdAt": account["createdAt"],
                "labels": [],
            }
            if detailed:
                posts = sum(1 for p in self._posts.values() if p["author"] == did)
                view.update({"followersCount": 0, "followsCount": 0, "postsCount": posts, "description": ""})
            return view

    def revoke_password(self, did: str) -> None:
        """Revoke the app password and every session made with it."""
        with self._lock:
            self._passwords.pop(did, None)
            self._sessions_revoked_before[did] = int(time.time()) + 1

    # sessions ------------------------------------------------------------------
    def _jwt(self, payload: dict[str, Any]) -> str:
        header = _b64url(json.dumps({"typ": "at+jwt", "alg": "HS256"}).encode())
        body = _b64url(json.dumps(payload).encode())
        signature = hmac.new(self._secret, f"{header}.{body}".encode(), hashlib.sha256).digest()
        return f"{header}.{body}.{_b64url(signature)}"

    def create_session(self, identifier: str, password: str) -> dict[str, Any] | None:
        """Log in with handle/DID and app password; None when they do not match."""
        with self._lock:
            account = self.account_by_handle(identifier)
            if account is None or not hmac.compare_digest(self._passwords.get(account["did"], "\0"), password):
                return None
            return self._session_for(account["did"])

    def _session_for(self, did: str) -> dict[str, Any]:
        now = int(time.time())
        access = {"scope": "com.atproto.appPass", "sub": did, "aud": self.service_did, "iat": now}
        access["exp"] = now + self.access_ttl
        refresh = {"scope": "com.atproto.refresh", "sub": did, "aud": self.service_did, "iat": now}
        refresh.update({"exp": now + 90 * 86400, "jti": secrets.token_urlsafe(24)})
        account = self._accounts[did]
        # didDoc is left out on purpose: the client then keeps talking to this address.
        return {
            "accessJwt": self._jwt(access),
            "refreshJwt": self._jwt(refresh),
            "handle": account["handle"],
            "did": did,
            "active": True,
        }

    def verify_token(self, token: str, scope: str) -> tuple[str | None, str]:
        """``(did, "")`` for a valid token of ``scope``, else ``(None, error name)``."""
        try:
            header, body, signature = token.split(".")
            expected = hmac.new(self._secret, f"{header}.{body}".encode(), hashlib.sha256).digest()
            if not hmac.compare_digest(_b64url(expected), signature):
                return None, "InvalidToken"
            payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        except (ValueError, json.JSONDecodeError):
            return None, "InvalidToken"
        with self._lock:
            if payload.get("scope") != scope or payload.get("jti") in self._revoked_jtis:
                return None, "InvalidToken"
            if payload["iat"] < self._sessions_revoked_before.get(payload["sub"], 0):
                return None, "InvalidToken"
        if payload["exp"] <= time.time():
            return None, "ExpiredToken"
        return payload["sub"], ""

    def refresh_session(self, refresh_jwt: str) -> tuple[dict[str, Any] | None, str]:
        """Rotate a refresh token: a new session, the old refresh token no longer works."""
        did, error = self.verify_token(refresh_jwt, "com.atproto.refresh")
        if did is None:
            return None, error
        body = refresh_jwt.split(".")[1]
        jti = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))["jti"]
        with self._lock:
            self._revoked_jtis.add(jti)
            return self._session_for(did), ""

    # posts and notifications -----------------------------------------------------
    def _next_rkey(self) -> str:
        with self._lock:
            self._last_tid = max(int(time.time() * 1_000_000), self._last_tid + 1)
            value, chars = self._last_tid << 10, []
            for _ in range(13):
                chars.append(TID_ALPHABET[value & 31])
                value >>= 5
            return "".join(reversed(chars))

    def create_post(self, did: str, record: dict[str, Any]) -> dict[str, Any]:
        """Store an ``app.bsky.feed.post`` record of ``did``; notify mentioned and replied-to accounts.

        Returns ``{"uri", "cid"}``. Mentions come from the record's facets, or from ``@handle``
        in the text when it has none (what the Bluesky app would have turned into facets).
        """
        with self._lock:
            uri = f"at://{did}/app.bsky.feed.post/{self._next_rkey()}"
            cid = cid_for(record)
            post = {"uri": uri, "cid": cid, "author": did, "record": record, "indexedAt": iso_now()}
            self._posts[uri] = post
            notified: dict[str, str] = {}
            parent = self._posts.get(((record.get("reply") or {}).get("parent") or {}).get("uri", ""))
            if parent is not None and parent["author"] != did:
                notified[parent["author"]] = "reply"
            for target in self._mentioned(record):
                if target != did:
                    notified.setdefault(target, "mention")
            quoted = self._posts.get(self._quoted_uri(record))
            if quoted is not None and quoted["author"] != did:
                notified.setdefault(quoted["author"], "quote")
            for recipient, reason in notified.items():
                self._notifications.append(
                    {
                        "uri": uri,
                        "cid": cid,
                        "author": self.profile_view(did),
                        "reason": reason,
                        "reasonSubject": parent["uri"]
                        if reason == "reply" and parent
                        else (quoted["uri"] if reason == "quote" and quoted else None),
                        "record": record,
                        "indexedAt": post["indexedAt"],
                        "labels": [],
                        "_recipient": recipient,
                        "_seq": len(self._notifications) + 1,
                    }
                )
            return {"uri": uri, "cid": cid}

    def post_text(
        self, did: str, text: str, *, reply_to: str | None = None, langs: list[str] | None = None
    ) -> dict[str, Any]:
        """Post ``text`` as ``did`` the way the Bluesky app does (reply root taken from the parent).

        Raises LookupError when ``reply_to`` is not a known post.
        """
        record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "createdAt": iso_now()}
        if langs:
            record["langs"] = list(langs)
        if reply_to:
            parent = self.get_post(str(reply_to))
            if parent is None:
                raise LookupError(f"unknown post: {reply_to}")
            root = (parent["record"].get("reply") or {}).get("root") or {"uri": parent["uri"], "cid": parent["cid"]}
            record["reply"] = {"root": root, "parent": {"uri": parent["uri"], "cid": parent["cid"]}}
        return self.create_post(did, record)

    @staticmethod
    def _quoted_uri(record: dict[str, Any]) -> str:
        """The post a record quotes (``app.bsky.embed.record``, or the record of ``recordWithMedia``)."""
        embed = record.get("embed") or {}
        if embed.get("$type") == "app.bsky.embed.recordWithMedia":
            embed = embed.get("record") or {}
        return str((embed.get("record") or {}).get("uri", "")) if embed.get("$type") == "app.bsky.embed.record" else ""

    def _mentioned(self, record: dict[str, Any]) -> list[str]:
        dids = [
            feature.get("did")
            for facet in record.get("facets") or []
            for feature in facet.get("features") or []
            if feature.get("$type") == "app.bsky.richtext.facet#mention"
        ]
        if not record.get("facets"):
            for match in HANDLE_MENTION_RE.finditer(str(record.get("text", ""))):
                account = self.account_by_handle(match.group(1))
                dids.append(account["did"] if account else None)
        return [d for d in dids if d in self._accounts]

    def get_post(self, uri: str) -> dict[str, Any] | None:
        """The stored post (uri, cid, author DID, record, indexedAt), or None."""
        with self._lock:
            post = self._posts.get(uri)
            return json.loads(json.dumps(post)) if post else None

    def replies_to(self, uri: str) -> list[dict[str, Any]]:
        """Posts whose reply parent is ``uri``, oldest first (for tests and the simulator)."""
        with self._lock:
            found = [
                p
                for p in self._posts.values()
                if ((p["record"].get("reply") or {}).get("parent") or {}).get("uri") == uri
            ]
            return json.loads(json.dumps(found))

    def notifications_for(self, did: str, reasons: list[str] | None, before_seq: int | None) -> list[dict[str, Any]]:
        """The account's notifications older than ``before_seq``, newest first, with ``isRead``."""
        with self._lock:
            seen = self._seen_at.get(did, "")
            found = [
                {
                    **{k: v for k, v in n.items() if not k.startswith("_")},
                    "isRead": n["indexedAt"] <= seen,
                    "_seq": n["_seq"],
                }
                for n in self._notifications
                if n["_recipient"] == did
                and (not reasons or n["reason"] in reasons)
                and (before_seq is None or n["_seq"] < before_seq)
            ]
            return sorted(found, key=lambda n: n["_seq"], reverse=True)

    def seen_at(self, did: str) -> str | None:
        """When the account last marked its notifications seen."""
        with self._lock:
            return self._seen_at.get(did)

    def update_seen(self, did: str, seen_at: str) -> None:
        """Mark notifications up to ``seen_at`` as read."""
        with self._lock:
            self._seen_at[did] = max(seen_at, self._seen_at.get(did, ""))
