"""Loopback fake of the X API v2 that the real tweepy.Client accepts.

Serves users/me, mentions, a user's posts, quotes of a post, create post, DM events and
sending a DM; Account Activity webhooks are registered and delivered through the control
routes (``/_sandbox/webhooks``). ``omit_rate_limit_reset`` makes 429 answers come without
``x-rate-limit-reset`` (what makes tweepy 4.17 retry at once when it waits on rate limits).

Run standalone for a demo: ``python -m inbox.sandbox.x.api --port 5123 --handle VoorzitterJan``
(prints the politician's user id and OAuth 1.0a tokens as JSON).
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from flask import Flask, Response, request

from inbox.ingest.x.length import x_weighted_length
from inbox.sandbox.x.activity_routes import XActivityRoutes, json_response, status_line
from inbox.sandbox.x.render import (
    ME_PARAMS,
    MENTIONS_PARAMS,
    InvalidParamsError,
    check_fields,
    check_id,
    check_params,
    invalid_request,
    mentions_page,
    not_found_user,
    problem,
    render_tweet,
    render_user,
)

ORIGINAL_URL_HEADER = "X-Sandbox-Original-Url"
X_HOST = "https://api.twitter.com"


class XSandbox(XActivityRoutes):
    """In-memory X: users, tweets, DMs, webhooks, rate limits, queued faults; ``app()`` serves it over HTTP."""

    _app: Flask | None = None
    omit_rate_limit_reset = False

    def _limit_headers(self, headers: dict[str, str], status: int) -> dict[str, str]:
        if status == 429 and self.omit_rate_limit_reset:
            return {k: v for k, v in headers.items() if k.lower() != "x-rate-limit-reset"}
        return headers

    def app(self) -> Flask:
        """The WSGI app serving ``/2/...`` (X API v2) and ``/_sandbox/...`` (control) routes."""
        if self._app is None:
            self._app = self._build_app()
        return self._app

    # request plumbing ----------------------------------------------------
    def _signed_url(self) -> str:
        """The URL the client signed: the original host (from the adapter's header) + the path received."""
        original = request.headers.get(ORIGINAL_URL_HEADER, X_HOST)
        scheme, _, rest = original.partition("://")
        host = rest.split("/", 1)[0] or "api.twitter.com"
        query = request.query_string.decode("latin-1")
        return f"{scheme}://{host}{request.path}" + (f"?{query}" if query else "")

    def _authenticate(self) -> str | None:
        form = None
        if request.mimetype == "application/x-www-form-urlencoded":
            form = request.get_data(as_text=True)
        return self.verify_oauth1(request.method, self._signed_url(), request.headers.get("Authorization", ""), form)

    def _guarded(self, endpoint: str, handler: Any, *args: Any) -> Response:
        """Log, apply queued faults, authenticate, rate-limit, then call ``handler(user_id, *args)``."""
        self.record_request(request.path)
        user_id = self._authenticate()
        fault = self.take_fault(request.path)
        if fault is not None:
            window = self.consume(user_id or "-", endpoint, count=False, exhaust=fault.status == 429)
            body = fault.body if fault.body is not None else self._fault_body(fault.status)
            return Response(
                body,
                status=status_line(fault.status),
                headers=self._limit_headers({**window.headers(), **fault.headers}, fault.status),
                content_type="application/json; charset=utf-8",
            )
        if user_id is None:
            return json_response(problem(401, "Unauthorized", "Unauthorized"), 401)
        window = self.consume(user_id, endpoint)
        if not window.allowed:
            return json_response(
                problem(429, "Too Many Requests", "Too Many Requests"), 429, self._limit_headers(window.headers(), 429)
            )
        try:
            payload, status = handler(user_id, *args)
        except InvalidParamsError as exc:
            payload, status = exc.payload, 400
        return json_response(payload, status, window.headers())

    @staticmethod
    def _fault_body(status: int) -> bytes:
        titles = {
            401: "Unauthorized",
            403: "Forbidden",
            404: "Not Found",
            429: "Too Many Requests",
            500: "Internal Server Error",
            502: "Bad Gateway",
            503: "Service Unavailable",
        }
        title = titles.get(status, "Error")
        return json.dumps(problem(status, title, title)).encode()

    # X API handlers (return (payload, status)) --------------------------
    def _me(self, user_id: str) -> tuple[dict[str, Any], int]:
        check_params(request.args, ME_PARAMS)
        check_fields("expansions", request.args.get("expansions"))
        check_fields("tweet.fields", request.args.get("tweet.fields"))
        fields = check_fields("user.fields", request.args.get("user.fields"))
        return {"data": render_user(self.get_user(user_id) or {}, fields)}, 200

    def _mentions(self, user_id: str, target_id: str) -> tuple[dict[str, Any], int]:
        check_params(request.args, MENTIONS_PARAMS)
        check_id("id", target_id)
        if self.get_user(target_id) is None:
            return not_found_user(target_id), 200
        cursor = None
        token = request.args.get("pagination_token")
        if token is not None:
            cursor = self.resolve_page_token(target_id, token)
            if cursor is None:
                raise InvalidParamsError(
                    invalid_request(
                        {"pagination_token": [token]},
                        f"The `pagination_token` query parameter value [{token}] is not valid",
                    )
                )
        return mentions_page(self, target_id, request.args, cursor), 200

    def _create_tweet(self, user_id: str) -> tuple[dict[str, Any], int]:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise InvalidParamsError(invalid_request({}, "Request body must be a JSON object"))
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            message = "$.text: text is missing, empty or not a string"
            raise InvalidParamsError(invalid_request({"text": [text]}, message))
        if x_weighted_length(text) > 280:  # X counts weighted characters (twitter-text rules)
            raise InvalidParamsError(invalid_request({"text": [text]}, "$.text: must be at most 280 characters"))
        reply = body.get("reply") or {}
        target = reply.get("in_reply_to_tweet_id") if isinstance(reply, dict) else None
        if reply and target is None:
            raise InvalidParamsError(
                invalid_request(
                    {"reply": [json.dumps(reply)]}, "$.reply.in_reply_to_tweet_id: is missing but it is required"
                )
            )
        if target is not None:
            check_id("reply.in_reply_to_tweet_id", str(target))
            if self.get_tweet(str(target)) is None:
                return problem(
                    403, "Forbidden", "You attempted to reply to a Tweet that is deleted or not visible to you."
                ), 403
        if self.has_duplicate(user_id, text):
            return problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content."), 403
        tweet = self.post_tweet(user_id, text, in_reply_to_tweet_id=None if target is None else str(target))
        return {"data": render_tweet(tweet, [])}, 201

    # control handlers -----------------------------------------------------
    def _control_user(self) -> Response:
        body = request.get_json(force=True)
        existing = self.user_by_username(str(body.get("username", "")))
        if existing is not None:  # idempotent, so a restarted simulator finds its voters again
            return json_response({key: existing[key] for key in ("id", "username", "name")}, 200)
        try:
            user = self.add_user(body["username"], body.get("name", body["username"]), user_id=body.get("user_id"))
        except (KeyError, ValueError) as exc:
            return json_response({"error": str(exc)}, 400)
        return json_response(user, 201)

    def _control_post_tweet(self) -> Response:
        body = request.get_json(force=True)
        try:
            tweet = self.post_tweet(
                str(body["author_id"]),
                body["text"],
                in_reply_to_tweet_id=body.get("in_reply_to_tweet_id"),
                lang=body.get("lang"),
                quote_tweet_id=body.get("quote_tweet_id"),
            )
        except (KeyError, LookupError) as exc:
            return json_response({"error": str(exc)}, 400)
        return json_response(tweet, 201)

    def _control_token(self) -> Response:
        """``POST /_sandbox/tokens {user_id}``: issue OAuth 1.0a access credentials for that user."""
        try:
            token, secret = self.issue_access_token(str(request.get_json(force=True)["user_id"]))
        except KeyError as exc:
            return json_response({"error": str(exc)}, 400)
        return json_response({"access_token": token, "access_token_secret": secret}, 201)

    def _control_list_replies(self) -> Response:
        """``GET /_sandbox/tweets?in_reply_to=ID[,ID...]``: direct replies to those tweets, oldest first."""
        ids = [i for i in request.args.get("in_reply_to", "").split(",") if i]
        replies = [t for tid in ids for t in self.replies_to(tid)]
        return json_response({"data": sorted(replies, key=lambda t: int(t["id"]))})

    def _control_fault(self) -> Response:
        body = request.get_json(force=True)
        self.fail_next(
            body["path_prefix"],
            int(body["status"]),
            body=body.get("body"),
            headers=body.get("headers"),
            times=int(body.get("times", 1)),
        )
        return json_response({"queued": True}, 201)

    def _build_app(self) -> Flask:
        app = Flask("x_sandbox")
        add = app.add_url_rule
        add("/2/users/me", "me", lambda: self._guarded("users_me", self._me))
        add(
            "/2/users/<target_id>/mentions",
            "mentions",
            lambda target_id: self._guarded("mentions", self._mentions, target_id),
        )
        add("/2/tweets", "create_tweet", lambda: self._guarded("create_tweet", self._create_tweet), methods=["POST"])
        self._add_activity_routes(add)
        add("/_sandbox/users", "ctl_users", self._control_user, methods=["POST"])
        add("/_sandbox/tweets", "ctl_post", self._control_post_tweet, methods=["POST"])
        add("/_sandbox/tweets", "ctl_list", self._control_list_replies)
        add("/_sandbox/faults", "ctl_faults", self._control_fault, methods=["POST"])
        add("/_sandbox/tokens", "ctl_tokens", self._control_token, methods=["POST"])
        app.register_error_handler(404, lambda _e: json_response(problem(404, "Not Found Error", "Not Found"), 404))
        return app


def main(argv: list[str] | None = None) -> None:
    """Serve a fresh sandbox with one politician account and print its credentials as JSON."""
    from werkzeug.serving import make_server

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=5123)
    parser.add_argument("--handle", default="Politicus")
    parser.add_argument("--name", default="Politicus")
    args = parser.parse_args(argv)
    sandbox = XSandbox()
    user = sandbox.add_user(args.handle, args.name)
    token, secret = sandbox.issue_access_token(user["id"])
    print(
        json.dumps(
            {
                **user,
                "api_base_url": f"http://127.0.0.1:{args.port}",
                "consumer_key": sandbox.consumer_key,
                "consumer_secret": sandbox.consumer_secret,
                "access_token": token,
                "access_token_secret": secret,
                "started": datetime.now().isoformat(),
            }
        ),
        flush=True,
    )
    make_server("127.0.0.1", args.port, sandbox.app(), threaded=True).serve_forever()


if __name__ == "__main__":
    main()
