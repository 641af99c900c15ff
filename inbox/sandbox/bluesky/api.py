"""Loopback fake of a Bluesky PDS + AppView (XRPC) that the real atproto ``Client`` accepts.

Serves createSession/refreshSession, getProfile, listNotifications (cursor pagination,
``reasons`` filter), updateSeen and createRecord for ``app.bsky.feed.post`` with XRPC error
bodies (``{"error", "message"}``) and ``ratelimit-*`` headers, plus ``/_sandbox/...``
control routes for tests and the demo (accounts, a voter's post, injected faults).
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import regex
from flask import Flask, Response, request

from inbox.sandbox.bluesky.state import MAX_GRAPHEMES, MAX_TEXT_BYTES, BlueskyState, rate_limit_headers

FAULT_ERRORS = {400: "InvalidRequest", 401: "AuthenticationRequired", 403: "Forbidden", 429: "RateLimitExceeded"}
DEFAULT_LIMIT = 50
MAX_LIMIT = 100
AT_URI_RE = regex.compile(r"at://did:[a-z]+:[A-Za-z0-9._:%-]+/[a-z0-9.]+/[A-Za-z0-9._~-]+")


# XRPC method -> (handler, rate-limit bucket, needs an access token)
HANDLERS: dict[str, tuple[str, str, bool]] = {
    "com.atproto.server.createSession": ("_create_session", "createSession", False),
    "com.atproto.server.refreshSession": ("_refresh_session", "global", False),
    "app.bsky.actor.getProfile": ("_get_profile", "global", True),
    "app.bsky.notification.listNotifications": ("_list_notifications", "global", True),
    "app.bsky.notification.updateSeen": ("_update_seen", "global", True),
    "com.atproto.repo.createRecord": ("_create_record", "global", True),
}


class XrpcError(Exception):
    """An XRPC error answer."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status, self.error, self.message = status, error, message


def _json(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    try:
        line = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        line = str(status)
    return Response(
        json.dumps(payload, ensure_ascii=False), status=line, headers=headers, content_type="application/json"
    )


def _strong_ref(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not AT_URI_RE.fullmatch(str(value.get("uri", ""))) or not value.get("cid"):
        raise XrpcError(400, "InvalidRecord", f"Invalid app.bsky.feed.post record: {where} must be a strong ref")
    return {"uri": str(value["uri"]), "cid": str(value["cid"])}


class BlueskySandbox(BlueskyState):
    """In-memory Bluesky; ``app()`` serves it over HTTP."""

    _app: Flask | None = None

    def app(self) -> Flask:
        """The WSGI app serving ``/xrpc/<method>`` and ``/_sandbox/...``."""
        if self._app is None:
            self._app = self._build_app()
        return self._app

    def _xrpc(self, method: str) -> Response:
        """Log, apply an injected fault, authenticate, rate-limit, dispatch."""
        self.record_request(method)
        if method not in HANDLERS:
            return _json({"error": "MethodNotImplemented", "message": "Method Not Implemented"}, 501)
        name, bucket, needs_auth = HANDLERS[method]
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        did, auth_error = self.verify_token(token, "com.atproto.appPass") if token else (None, "")
        key = did or (request.get_json(silent=True) or {}).get("identifier") or request.remote_addr or "-"
        fault = self.take_fault(method)
        if fault is not None:
            window = self.consume(str(key), bucket, exhaust=fault.status == 429)
            name = FAULT_ERRORS.get(fault.status, "InternalServerError")
            body = fault.body or json.dumps({"error": name, "message": "Injected fault"}).encode()
            return Response(
                body,
                status=fault.status,
                headers={**rate_limit_headers(window), **fault.headers},
                content_type="application/json",
            )
        if needs_auth and did is None:
            if auth_error == "ExpiredToken":
                return _json({"error": "ExpiredToken", "message": "Token has expired"}, 400)
            return _json({"error": "AuthenticationRequired", "message": "Authentication Required"}, 401)
        window = self.consume(str(key), bucket)
        if not window.allowed:
            return _json(
                {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, 429, rate_limit_headers(window)
            )
        try:
            payload = getattr(self, name)(did, token)
        except XrpcError as error:
            return _json({"error": error.error, "message": error.message}, error.status, rate_limit_headers(window))
        return _json(payload, 200, rate_limit_headers(window))

    # XRPC handlers -------------------------------------------------------------
    def _create_session(self, _did: str | None, _token: str) -> dict[str, Any]:
        body = request.get_json(silent=True) or {}
        if not body.get("identifier") or not body.get("password"):
            raise XrpcError(400, "InvalidRequest", "Input must have the properties identifier and password")
        session = self.create_session(str(body["identifier"]), str(body["password"]))
        if session is None:
            raise XrpcError(401, "AuthenticationRequired", "Invalid identifier or password")
        return session

    def _refresh_session(self, _did: str | None, token: str) -> dict[str, Any]:
        session, error = self.refresh_session(token)
        if session is None:
            if error == "ExpiredToken":
                raise XrpcError(400, "ExpiredToken", "Token has expired")
            raise XrpcError(401, "InvalidToken", "Token could not be verified")
        return session

    def _get_profile(self, _did: str, _token: str) -> dict[str, Any]:
        account = self.account_by_handle(request.args.get("actor", ""))
        if account is None:
            raise XrpcError(400, "InvalidRequest", "Profile not found")
        return self.profile_view(account["did"], detailed=True)

    def _list_notifications(self, did: str, _token: str) -> dict[str, Any]:
        if request.args.get("seenAt"):
            raise XrpcError(400, "InvalidRequest", "seenAt is no longer supported")
        try:
            limit = int(request.args.get("limit", DEFAULT_LIMIT))
            before = int(request.args["cursor"]) if request.args.get("cursor") else None
        except ValueError:
            raise XrpcError(400, "InvalidRequest", "Malformed cursor or limit") from None
        if not 1 <= limit <= MAX_LIMIT:
            raise XrpcError(400, "InvalidRequest", f"limit must be between 1 and {MAX_LIMIT}")
        found = self.notifications_for(did, request.args.getlist("reasons") or None, before)
        page = found[:limit]
        payload: dict[str, Any] = {"notifications": [{k: v for k, v in n.items() if k != "_seq"} for n in page]}
        if len(found) > limit:
            payload["cursor"] = str(page[-1]["_seq"])
        if self.seen_at(did):
            payload["seenAt"] = self.seen_at(did)
        return payload

    def _update_seen(self, did: str, _token: str) -> dict[str, Any]:
        seen = str((request.get_json(silent=True) or {}).get("seenAt", ""))
        if not seen:
            raise XrpcError(400, "InvalidRequest", "Input must have the property seenAt")
        self.update_seen(did, seen)
        return {}

    def _create_record(self, did: str, _token: str) -> dict[str, Any]:
        body = request.get_json(silent=True) or {}
        repo = self.account_by_handle(str(body.get("repo", "")))
        if repo is None or repo["did"] != did:
            raise XrpcError(400, "InvalidRequest", "Input/repo must be the authenticated account")
        if body.get("collection") != "app.bsky.feed.post":
            raise XrpcError(400, "InvalidRequest", "This sandbox only stores app.bsky.feed.post records")
        record = body.get("record")
        if not isinstance(record, dict) or record.get("$type", "app.bsky.feed.post") != "app.bsky.feed.post":
            raise XrpcError(400, "InvalidRecord", "Invalid app.bsky.feed.post record: Record must be an object")
        text = record.get("text")
        if not isinstance(text, str) or not isinstance(record.get("createdAt"), str):
            raise XrpcError(
                400, "InvalidRecord", "Invalid app.bsky.feed.post record: Record/text and createdAt required"
            )
        if len(regex.findall(r"\X", text)) > MAX_GRAPHEMES or len(text.encode()) > MAX_TEXT_BYTES:
            raise XrpcError(
                400,
                "InvalidRecord",
                f"Invalid app.bsky.feed.post record: Record/text must not be longer than {MAX_GRAPHEMES} graphemes",
            )
        if "reply" in record:
            reply = record["reply"] if isinstance(record["reply"], dict) else {}
            record["reply"] = {
                "root": _strong_ref(reply.get("root"), "reply/root"),
                "parent": _strong_ref(reply.get("parent"), "reply/parent"),
            }
        return {**self.create_post(did, record), "validationStatus": "valid"}

    # control ---------------------------------------------------------------------
    def _control_account(self) -> Response:
        body = request.get_json(force=True)
        try:
            account = self.add_account(str(body["handle"]), str(body.get("display_name", "")), body.get("password"))
        except KeyError as error:
            return _json({"error": str(error)}, 400)
        return _json(account, 201)

    def _control_post(self) -> Response:
        """``POST /_sandbox/posts {handle, text, reply_to?, langs?}``: a voter posts (a reply to ``reply_to``)."""
        body = request.get_json(force=True)
        account = self.account_by_handle(str(body.get("handle", "")))
        if account is None:
            return _json({"error": f"unknown account: {body.get('handle')}"}, 400)
        try:
            created = self.post_text(
                account["did"], str(body.get("text", "")), reply_to=body.get("reply_to"), langs=body.get("langs")
            )
        except LookupError as error:
            return _json({"error": str(error)}, 400)
        return _json(created, 201)

    def _control_replies(self) -> Response:
        """``GET /_sandbox/posts?reply_to=URI``: posts answering that post."""
        return _json(self.replies_to(request.args.get("reply_to", "")))

    def _control_fault(self) -> Response:
        body = request.get_json(force=True)
        self.fail_next(body["method"], int(body["status"]), body=body.get("body"), headers=body.get("headers"))
        return _json({"queued": True}, 201)

    def _build_app(self) -> Flask:
        app = Flask("bluesky_sandbox")
        app.add_url_rule("/xrpc/<method>", "xrpc", self._xrpc, methods=["GET", "POST"])
        app.add_url_rule("/_sandbox/accounts", "ctl_accounts", self._control_account, methods=["POST"])
        app.add_url_rule("/_sandbox/posts", "ctl_post", self._control_post, methods=["POST"])
        app.add_url_rule("/_sandbox/posts", "ctl_replies", self._control_replies)
        app.add_url_rule("/_sandbox/faults", "ctl_faults", self._control_fault, methods=["POST"])
        app.register_error_handler(404, lambda _e: _json({"error": "NotFound", "message": "Not Found"}, 404))
        return app
