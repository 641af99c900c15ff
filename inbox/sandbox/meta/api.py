"""Loopback fake of the Meta Graph API for Facebook Pages and Instagram (``/v23.0/...``).

Endpoints, with the documented shapes: ``GET /me`` (the page a token belongs to; for an
Instagram token either the Instagram Login answer ``user_id``/``username`` or, as with
Facebook Login, the linked page with ``instagram_business_account``), ``GET /{page-id}/feed`` (field expansion of
``comments``), ``GET /{post-id}/comments``, ``GET /{page-id}/conversations``,
``GET /{ig-user-id}/media``, ``GET /{media-id}/comments``, ``GET /{ig-comment-id}/replies``,
``POST /{comment-id}/comments`` (Facebook reply), ``POST /{ig-comment-id}/replies``
(top-level comments only), ``POST /{comment-id}`` (``is_hidden`` / ``hide``),
``POST /{id}/messages`` (Send API, 24-hour window), ``GET /{PSID}`` and ``GET /{IGSID}`` (the user
profile APIs, see ``profiles.py``). Errors are Graph error objects;
every answer carries ``X-App-Usage`` and ``X-Business-Use-Case-Usage``.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import Flask, Response, request

from inbox.sandbox.meta.fields import FieldsSyntaxError, connection, parse_fields, parse_limit
from inbox.sandbox.meta.profiles import ProfileRefusedError, user_profile
from inbox.sandbox.meta.render import (
    COMMENT_DEFAULT,
    render_comment,
    render_conversation,
    render_object,
)
from inbox.sandbox.meta.state import FACEBOOK, INSTAGRAM, FakeAccount, FakeDirectMessage, Fault, MetaState

ERROR_TEXT = {
    1: ("OAuthException", "An unknown error occurred"),
    2: ("OAuthException", "An unexpected error has occurred. Please retry your request later."),
    4: ("OAuthException", "(#4) Application request limit reached"),
    10: ("OAuthException", "(#10) Requires pages_read_engagement permission to manage the object"),
    17: ("OAuthException", "(#17) User request limit reached"),
    32: ("OAuthException", "(#32) Page request limit reached"),
    100: ("GraphMethodException", "Unsupported request. Object does not exist or does not support this operation."),
    190: ("OAuthException", "Error validating access token: Session has expired."),
    200: ("OAuthException", "(#200) Requires pages_manage_engagement permission"),
    230: ("OAuthException", "(#230) User consent is required to access user profile"),
    613: ("OAuthException", "(#613) Calls to this api have exceeded the rate limit."),
}


class GraphError(Exception):
    """An error answer of the fake."""

    def __init__(self, code: int, status: int = 400, subcode: int | None = None, message: str = "") -> None:
        super().__init__(message)
        self.code, self.status, self.subcode = code, status, subcode
        self.message = message or ERROR_TEXT.get(code, ("OAuthException", "Error"))[1]


class MetaSandbox(MetaState):
    """The fake Graph API; ``app()`` serves it over HTTP (``LoopbackServer``)."""

    version = "v23.0"
    _app: Flask | None = None

    def app(self) -> Flask:
        """The WSGI app."""
        if self._app is None:
            app = Flask("meta_sandbox")
            app.add_url_rule("/<version>/<path:rest>", "graph", self._handle, methods=["GET", "POST", "DELETE"])
            self._app = app
        return self._app

    # plumbing ----------------------------------------------------------------
    def _usage_headers(self, owner: str) -> dict[str, str]:
        usage = {"call_count": self.usage_percent, "total_cputime": 1, "total_time": 1}
        business = {**usage, "type": "pages", "estimated_time_to_regain_access": self.regain_minutes}
        return {"X-App-Usage": json.dumps(usage), "X-Business-Use-Case-Usage": json.dumps({owner or "0": [business]})}

    def _error(self, error: GraphError, headers: dict[str, str]) -> Response:
        kind = ERROR_TEXT.get(error.code, ("OAuthException", ""))[0]
        body = {"error": {"message": error.message, "type": kind, "code": error.code,
                          "fbtrace_id": "A" + secrets.token_urlsafe(16)}}  # fmt: skip
        if error.subcode is not None:
            body["error"]["error_subcode"] = error.subcode
        headers = {**headers, "WWW-Authenticate": 'OAuth "Facebook Platform" "invalid_token"'}
        return Response(json.dumps(body), status=error.status, headers=headers, content_type="application/json")

    def _token(self) -> str:
        header = request.headers.get("Authorization", "")
        for scheme in ("Bearer ", "OAuth "):
            if header.startswith(scheme):
                return header[len(scheme) :].strip()
        return request.values.get("access_token", "")

    def _fault_response(self, fault: Fault, headers: dict[str, str]) -> Response:
        headers = {**headers, **fault.headers}
        status = 500 if fault.code in (1, 2) and fault.status == 400 else fault.status
        return self._error(GraphError(fault.code, status, fault.subcode), headers)

    def _handle(self, version: str, rest: str) -> Response:
        params = {**request.args.to_dict(), **request.form.to_dict()}
        body = request.get_json(silent=True) if request.is_json else None
        with self.lock:
            self.requests.append((request.method, rest, {**params, **(body if isinstance(body, dict) else {})}))
        account = self.account_for_token(self._token())
        headers = self._usage_headers(account.id if account else "")
        fault = self.take_fault(rest)
        if fault is not None:
            return self._fault_response(fault, headers)
        try:
            if account is None or account.token in self.expired_tokens:
                raise GraphError(190, 400, 463)
            if version != self.version:
                raise GraphError(2635, 400, message=f"(#2635) Version {version} is not supported by this sandbox.")
            answer = self._route(account, request.method, rest.strip("/").split("/"), params, body)
        except GraphError as error:
            return self._error(error, headers)
        except (FieldsSyntaxError, ValueError) as error:
            return self._error(GraphError(100, message=f"(#100) Invalid parameter: {error}"), headers)
        return Response(json.dumps(answer, ensure_ascii=False), headers=headers, content_type="application/json")

    def _route(self, account: FakeAccount, method: str, parts: list[str], params: dict[str, str], body: Any) -> Any:
        node, edge = parts[0], (parts[1] if len(parts) > 1 else "")
        if len(parts) > 2:
            raise GraphError(100, subcode=33)
        if method == "GET" and node == "me" and not edge:
            return self._me(account, params)
        if method == "POST" and edge == "messages":
            return self._send_message(account, node, body if isinstance(body, dict) else {})
        if method == "POST" and edge in ("comments", "replies"):
            return self._reply(account, node, edge, params.get("message", ""))
        if method == "POST" and not edge:
            return self._hide(account, node, params)
        if method == "GET" and edge in ("feed", "media") and node == account.id:
            return self._objects(account, params, edge)
        if method == "GET" and edge in ("comments", "replies"):
            return self._comments(account, node, edge, params)
        if method == "GET" and edge == "conversations" and node == account.id:
            return self._conversations(account, params)
        if method == "GET" and not edge:
            try:
                return user_profile(self, account, node, params.get("fields"))
            except ProfileRefusedError as refused:
                raise GraphError(refused.code, subcode=refused.subcode, message=refused.message) from None
        raise GraphError(100, subcode=33)

    def _me(self, account: FakeAccount, params: dict[str, str]) -> dict[str, Any]:
        """``GET /me``: the node the token belongs to, with the fields asked for."""
        fields = {f.strip() for f in (params.get("fields") or "id,name").split(",") if f.strip()}
        if account.platform == INSTAGRAM and not fields & {"user_id", "username"}:
            # Facebook Login: the token is the linked page's, which names its Instagram account
            page = {"id": "10" + account.id[-13:], "name": account.name}
            answer = {key: value for key, value in page.items() if key in fields or key == "id"}
            if "instagram_business_account" in fields:
                answer["instagram_business_account"] = {"id": account.id}
            return answer
        known = {"id": account.id, "name": account.name, "user_id": account.id, "username": account.name}
        if account.platform == FACEBOOK:
            known = {"id": account.id, "name": account.name}
        unknown = fields - set(known) - {"instagram_business_account"}
        if unknown:
            raise GraphError(100, message=f"(#100) Tried accessing nonexisting field ({sorted(unknown)[0]})")
        return {key: value for key, value in known.items() if key in fields or key == "id"}

    def _base(self, node: str, edge: str) -> str:
        return f"{request.host_url.rstrip('/')}/{self.version}/{node}/{edge}"

    # reading ---------------------------------------------------------------------
    def _objects(self, account: FakeAccount, params: dict[str, str], edge: str) -> dict[str, Any]:
        platform = FACEBOOK if edge == "feed" else INSTAGRAM
        if platform != account.platform:
            raise GraphError(100, subcode=33)
        specs = parse_fields(params.get("fields"), "id,message,created_time" if edge == "feed" else "id")
        with self.lock:
            items = [o for o in self.objects if o.owner_id == account.id]
            return connection(
                items, lambda o: render_object(self, o, specs, self._base), limit=parse_limit(params.get("limit")),
                after=params.get("after"), next_base=self._base(account.id, edge),
                next_params={"fields": params.get("fields", "")},
            )  # fmt: skip

    def _comments(self, account: FakeAccount, node: str, edge: str, params: dict[str, str]) -> dict[str, Any]:
        with self.lock:
            if any(o.id == node and o.owner_id == account.id for o in self.objects):
                toplevel = params.get("filter") != "stream"
                items = [c for c in self.comments if c.object_id == node and not c.removed]
                items = [c for c in items if not (toplevel and c.parent_id)]
            else:
                parent = next((c for c in self.comments if c.id == node and c.owner_id == account.id), None)
                if parent is None:
                    raise GraphError(100, subcode=33)
                items = [c for c in self.comments if c.parent_id == node and not c.removed]
            specs = parse_fields(params.get("fields"), COMMENT_DEFAULT[account.platform])
            next_params = {k: v for k, v in params.items() if k in ("fields", "filter")}
            return connection(
                items, lambda c: render_comment(self, c, specs, self._base), limit=parse_limit(params.get("limit")),
                after=params.get("after"), next_base=self._base(node, edge), next_params=next_params,
            )  # fmt: skip

    def _conversations(self, account: FakeAccount, params: dict[str, str]) -> dict[str, Any]:
        with self.lock:
            voters = sorted({m.voter_id for m in self.messages if m.owner_id == account.id})
            specs = parse_fields(params.get("fields"), "id,updated_time")
            return connection(
                voters, lambda v: render_conversation(self, account, v, specs), limit=parse_limit(params.get("limit")),
                after=params.get("after"), next_base=self._base(account.id, "conversations"),
                next_params={"fields": params.get("fields", "")},
            )  # fmt: skip

    # writing ---------------------------------------------------------------------
    def _target_comment(self, account: FakeAccount, node: str) -> Any:
        comment = next((c for c in self.comments if c.id == node and c.owner_id == account.id), None)
        if comment is None or comment.removed:
            raise GraphError(100, subcode=33)
        return comment

    def _reply(self, account: FakeAccount, node: str, edge: str, text: str) -> dict[str, str]:
        if not text:
            raise GraphError(100, message="(#100) The parameter message is required")
        with self.lock:
            target = self._target_comment(account, node)
            if edge == "replies" and (target.platform != INSTAGRAM or target.parent_id):
                raise GraphError(100, message="(#100) Replies can only be made to top-level comments")
            if edge == "comments" and target.platform != FACEBOOK:
                raise GraphError(100, subcode=33)
        reply = self.comment(target.object_id, account.id, account.name, text, parent_id=target.id)
        return {"id": reply.id}

    def _hide(self, account: FakeAccount, node: str, params: dict[str, str]) -> dict[str, bool]:
        with self.lock:
            target = self._target_comment(account, node)
            field = "is_hidden" if target.platform == FACEBOOK else "hide"
            if field not in params:
                raise GraphError(100, message=f"(#100) The parameter {field} is required")
            target.hidden = params[field].lower() == "true"
        return {"success": True}

    def _send_message(self, account: FakeAccount, node: str, body: dict[str, Any]) -> dict[str, str]:
        recipient = str((body.get("recipient") or {}).get("id") or "")
        text = str((body.get("message") or {}).get("text") or "")
        if node != account.id or not recipient or not text:
            raise GraphError(100, message="(#100) recipient.id and message.text are required")
        with self.lock:
            last = max((m.created for m in self.messages if m.owner_id == account.id and m.voter_id == recipient
                        and m.from_voter), default=None)  # fmt: skip
            if last is None:
                raise GraphError(100, subcode=2018001, message="(#100) No matching user found")
            if body.get("messaging_type") == "RESPONSE" and datetime.now(UTC) - last > timedelta(hours=24):
                raise GraphError(10, subcode=2018278, message="(#10) This message is sent outside of allowed window.")
            sent = FakeDirectMessage(
                f"m_{secrets.token_urlsafe(18)}", account.id, account.platform, recipient, "", text,
                datetime.now(UTC), from_voter=False,
            )  # fmt: skip
            self.messages.append(sent)
            return {"recipient_id": recipient, "message_id": sent.mid}
