"""Loopback fake of the Mastodon REST API that the real Mastodon.py client accepts.

Serves what Dialoog uses (verify_credentials, notifications with Link pagination, statuses,
context, posting a status) plus the instance endpoints, with ``X-RateLimit-*`` headers,
Mastodon's error bodies (``{"error": "..."}``) and ``/_sandbox/...`` control routes for tests
and the demo (add accounts and tokens, post a voter's status, inject faults).
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

from flask import Flask, Response, request

from inbox.sandbox.mastodon.state import (
    MAX_CHARS,
    VISIBILITIES,
    MastodonState,
    countable_length,
    rate_limit_headers,
)

FAULT_ERRORS = {
    401: "The access token is invalid",
    403: "This action is outside the authorized scopes",
    429: "Too many requests",
}
DEFAULT_LIMIT = 40
MAX_LIMIT = 80
NOTIFICATION_TYPES = ("mention", "status", "reblog", "follow", "follow_request", "favourite", "poll", "update")


class ApiError(Exception):
    """An error answer: HTTP status and Mastodon's ``error`` text."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _json(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    try:
        line = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        line = str(status)
    return Response(
        json.dumps(payload, ensure_ascii=False), status=line, headers=headers, content_type="application/json"
    )


def _page(items: list[dict[str, Any]], args: Any) -> list[dict[str, Any]]:
    """Apply Mastodon's max_id / since_id / min_id / limit to a newest-first list."""
    try:
        limit = min(int(args.get("limit", DEFAULT_LIMIT)), MAX_LIMIT)
        max_id, since_id, min_id = (int(args[k]) if args.get(k) else None for k in ("max_id", "since_id", "min_id"))
    except ValueError:
        raise ApiError(422, "Validation failed: id and limit parameters must be numbers") from None
    if limit < 1:
        raise ApiError(422, "Validation failed: limit must be positive")
    chosen = [
        n
        for n in items
        if (max_id is None or int(n["id"]) < max_id)
        and (since_id is None or int(n["id"]) > since_id)
        and (min_id is None or int(n["id"]) > min_id)
    ]
    if min_id is not None:  # the oldest page just above min_id, still returned newest first
        return sorted(chosen, key=lambda n: int(n["id"]))[:limit][::-1]
    return chosen[:limit]


class MastodonSandbox(MastodonState):
    """In-memory Mastodon instance; ``app()`` serves it over HTTP."""

    _app: Flask | None = None

    def app(self) -> Flask:
        """The WSGI app serving ``/api/...`` (Mastodon API) and ``/_sandbox/...`` (control) routes."""
        if self._app is None:
            self._app = self._build_app()
        return self._app

    # plumbing ------------------------------------------------------------------
    def _guarded(self, handler: Any, *args: Any, auth: bool = True) -> Response:
        """Log, apply an injected fault, authenticate, rate-limit, then call ``handler(account_id, *args)``."""
        self.record_request(request.path)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        account_id = self.account_for_token(token) if token else None
        key = account_id or request.remote_addr or "-"
        fault = self.take_fault(request.path)
        if fault is not None:
            window = self.consume(key, exhaust=fault.status == 429)
            body = fault.body
            if body is None:
                body = json.dumps({"error": FAULT_ERRORS.get(fault.status, "Injected fault")}).encode()
            return Response(
                body,
                status=fault.status,
                headers={**rate_limit_headers(window), **fault.headers},
                content_type="application/json",
            )
        if auth and account_id is None:
            revoked = token and self.is_revoked(token)
            message = "The access token was revoked" if revoked else "The access token is invalid"
            return _json({"error": message}, 401)
        window = self.consume(key)
        if not window.allowed:
            return _json({"error": "Too many requests"}, 429, rate_limit_headers(window))
        try:
            payload, status, extra = handler(account_id, *args)
        except ApiError as error:
            return _json({"error": error.message}, error.status, rate_limit_headers(window))
        return _json(payload, status, {**rate_limit_headers(window), **extra})

    # API handlers: (payload, status, extra headers) -----------------------------
    def _instance(self, _account_id: str | None, version: int) -> tuple[Any, int, dict[str, str]]:
        base = {"title": "Dialoog sandbox", "version": "4.3.2", "description": "A loopback Mastodon for Dialoog."}
        if version == 1:
            payload = {**base, "uri": self.domain, "urls": {}, "stats": {}, "configuration": self._configuration()}
        else:
            payload = {**base, "domain": self.domain, "api_versions": {"mastodon": 2}}
            payload["configuration"] = self._configuration()
        return payload, 200, {}

    @staticmethod
    def _configuration() -> dict[str, Any]:
        return {
            "statuses": {"max_characters": MAX_CHARS, "max_media_attachments": 4, "characters_reserved_per_url": 23}
        }

    def _verify_credentials(self, account_id: str) -> tuple[Any, int, dict[str, str]]:
        return self.get_account(account_id), 200, {}

    def _api_notifications(self, account_id: str) -> tuple[Any, int, dict[str, str]]:
        types = request.args.getlist("types[]") or None
        excluded = set(request.args.getlist("exclude_types[]"))
        for kind in (types or []) + sorted(excluded):
            if kind not in NOTIFICATION_TYPES:
                raise ApiError(422, f"Validation failed: unknown notification type {kind}")
        items = [n for n in self.notifications_for(account_id, types) if n["type"] not in excluded]
        page = _page(items, request.args)
        headers = {}
        if page:
            base = request.base_url
            keep = [(k, v) for k, v in request.args.items(multi=True) if k in ("types[]", "exclude_types[]", "limit")]
            older = urlencode([*keep, ("max_id", page[-1]["id"])])
            newer = urlencode([*keep, ("min_id", page[0]["id"])])
            headers["Link"] = f'<{base}?{older}>; rel="next", <{base}?{newer}>; rel="prev"'
        return page, 200, headers

    def _status(self, account_id: str | None, status_id: str) -> tuple[Any, int, dict[str, str]]:
        status = self.get_status(status_id, account_id)
        if status is None:
            raise ApiError(404, "Record not found")
        return status, 200, {}

    def _context(self, account_id: str | None, status_id: str) -> tuple[Any, int, dict[str, str]]:
        if self.get_status(status_id, account_id) is None:
            raise ApiError(404, "Record not found")
        return self.context(status_id, account_id), 200, {}

    def _post_status(self, account_id: str) -> tuple[Any, int, dict[str, str]]:
        form = request.get_json(silent=True) if request.is_json else request.form
        form = form or {}
        text = str(form.get("status") or "")
        visibility = str(form.get("visibility") or "public")
        if not text.strip():
            raise ApiError(422, "Validation failed: Text can't be blank")
        if countable_length(text) > MAX_CHARS:
            raise ApiError(422, f"Validation failed: Text character limit of {MAX_CHARS} exceeded")
        if visibility not in VISIBILITIES:
            raise ApiError(422, "Validation failed: Visibility is not included in the list")
        key = request.headers.get("Idempotency-Key")
        if key and (earlier := self.remember_idempotency(account_id, key)):
            return self.get_status(earlier, account_id), 200, {}
        target = form.get("in_reply_to_id") or None
        if target is not None and self.get_status(str(target), account_id) is None:
            raise ApiError(404, "Record not found")
        status = self.post_status(
            account_id, text, in_reply_to_id=target, visibility=visibility, language=form.get("language") or None
        )
        if key:
            self.remember_idempotency(account_id, key, status["id"])
        return status, 200, {}

    # control ----------------------------------------------------------------
    def _control_account(self) -> Response:
        body = request.get_json(force=True)
        try:
            account = self.add_account(str(body["acct"]), str(body.get("display_name", "")))
        except (KeyError, ValueError) as error:
            return _json({"error": str(error)}, 400)
        return _json(account, 201)

    def _control_token(self) -> Response:
        try:
            token = self.issue_token(str(request.get_json(force=True)["account_id"]))
        except KeyError as error:
            return _json({"error": str(error)}, 400)
        return _json({"access_token": token, "token_type": "Bearer"}, 201)

    def _control_status(self) -> Response:
        """``POST /_sandbox/statuses {acct, text, visibility?, in_reply_to_id?, language?}``: a voter posts."""
        body = request.get_json(force=True)
        account = self.account_by_acct(str(body.get("acct", "")))
        if account is None:
            return _json({"error": f"unknown account: {body.get('acct')}"}, 400)
        try:
            status = self.post_status(
                account["id"],
                str(body["text"]),
                in_reply_to_id=body.get("in_reply_to_id"),
                visibility=body.get("visibility", "public"),
                language=body.get("language"),
                content_html=body.get("content_html"),
            )
        except (KeyError, LookupError, ValueError) as error:
            return _json({"error": str(error)}, 400)
        return _json(status, 201)

    def _control_replies(self) -> Response:
        """``GET /_sandbox/statuses?in_reply_to=ID[,ID...]``: direct replies to those statuses."""
        ids = [i for i in request.args.get("in_reply_to", "").split(",") if i]
        return _json([s for status_id in ids for s in self.replies_to(status_id)])

    def _control_fault(self) -> Response:
        body = request.get_json(force=True)
        self.fail_next(body["path_prefix"], int(body["status"]), body=body.get("body"), headers=body.get("headers"))
        return _json({"queued": True}, 201)

    def _build_app(self) -> Flask:
        app = Flask("mastodon_sandbox")
        add = app.add_url_rule
        # Mastodon.py asks for "/api/v1/instance/" (with the slash) when it checks the version
        v1 = lambda: self._guarded(self._instance, 1, auth=False)  # noqa: E731
        v2 = lambda: self._guarded(self._instance, 2, auth=False)  # noqa: E731
        add("/api/v1/instance", "instance_v1", v1, strict_slashes=False)
        add("/api/v2/instance", "instance_v2", v2, strict_slashes=False)
        add("/api/v1/accounts/verify_credentials", "verify", lambda: self._guarded(self._verify_credentials))
        add("/api/v1/notifications", "notifications", lambda: self._guarded(self._api_notifications))
        add("/api/v1/statuses/<status_id>", "status", lambda status_id: self._guarded(self._status, status_id))
        add(
            "/api/v1/statuses/<status_id>/context",
            "context",
            lambda status_id: self._guarded(self._context, status_id),
        )
        add("/api/v1/statuses", "post_status", lambda: self._guarded(self._post_status), methods=["POST"])
        add("/_sandbox/accounts", "ctl_accounts", self._control_account, methods=["POST"])
        add("/_sandbox/tokens", "ctl_tokens", self._control_token, methods=["POST"])
        add("/_sandbox/statuses", "ctl_post", self._control_status, methods=["POST"])
        add("/_sandbox/statuses", "ctl_replies", self._control_replies)
        add("/_sandbox/faults", "ctl_faults", self._control_fault, methods=["POST"])
        app.register_error_handler(404, lambda _e: _json({"error": "Record not found"}, 404))
        app.register_error_handler(405, lambda _e: _json({"error": "Method not allowed"}, 405))
        return app
