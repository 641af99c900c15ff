"""HTTP routes of the fake X added for DMs, a user's posts, quote posts, webhooks and switches.

Mixed into :class:`inbox.sandbox.x.api.XSandbox`, whose ``_guarded`` applies authentication,
queued faults and rate limits to every X API route here, as for the original ones.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from flask import Response, request

from inbox.sandbox.x.render import (
    QUOTE_TWEETS_PARAMS,
    USER_TWEETS_PARAMS,
    InvalidParamsError,
    check_id,
    check_params,
    invalid_request,
    not_found_user,
    tweets_page,
)
from inbox.sandbox.x.webhooks import XAccountActivity

RESOURCE_NOT_FOUND = "https://api.twitter.com/2/problems/resource-not-found"


def status_line(status: int) -> str:
    """``"403 Forbidden"`` rather than werkzeug's upper-case reason (tweepy puts it in messages)."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def json_response(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON response the way X sends it."""
    return Response(
        json.dumps(payload, ensure_ascii=False),
        status=status_line(status),
        headers=headers,
        content_type="application/json; charset=utf-8",
    )


class XActivityRoutes(XAccountActivity):
    """Handlers (``(payload, status)`` for X routes, responses for control routes) and their registration."""

    _guarded: Callable[..., Response]

    def _user_tweets(self, user_id: str, target_id: str) -> tuple[dict[str, Any], int]:
        check_params(request.args, USER_TWEETS_PARAMS)
        check_id("id", target_id)
        if self.get_user(target_id) is None:
            return not_found_user(target_id), 200
        exclude = frozenset(v for v in request.args.get("exclude", "").split(",") if v)
        cursor = self._page_cursor(f"tweets:{target_id}")
        return tweets_page(
            self, f"tweets:{target_id}", self.tweets_by(target_id, exclude=exclude), request.args, cursor
        ), 200

    def _quote_tweets(self, user_id: str, tweet_id: str) -> tuple[dict[str, Any], int]:
        check_params(request.args, QUOTE_TWEETS_PARAMS)
        check_id("id", tweet_id)
        if self.get_tweet(tweet_id) is None:
            return {
                "errors": [
                    {
                        "value": tweet_id,
                        "detail": f"Could not find tweet with id: [{tweet_id}].",
                        "title": "Not Found Error",
                        "resource_type": "tweet",
                        "parameter": "id",
                        "resource_id": tweet_id,
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    }
                ]
            }, 200
        cursor = self._page_cursor(f"quotes:{tweet_id}")
        exclude = frozenset(v for v in request.args.get("exclude", "").split(",") if v)
        quotes = self.quotes_of(tweet_id, exclude=exclude)
        return tweets_page(self, f"quotes:{tweet_id}", quotes, request.args, cursor, min_results=10), 200

    def _page_cursor(self, owner: str) -> str | None:
        token = request.args.get("pagination_token")
        if token is None:
            return None
        cursor = self.resolve_page_token(owner, token)
        if cursor is None:
            raise InvalidParamsError(
                invalid_request(
                    {"pagination_token": [token]},
                    f"The `pagination_token` query parameter value [{token}] is not valid",
                )
            )
        return cursor

    def _get_dm_events(self, user_id: str) -> tuple[dict[str, Any], int]:
        return self.dm_events_page(user_id, request.args)

    def _create_dm(self, user_id: str, participant_id: str) -> tuple[dict[str, Any], int]:
        return self.create_dm(user_id, participant_id, request.get_json(silent=True))

    def _control_dm(self) -> Response:
        """``POST /_sandbox/dms {sender_id, recipient_id, text}``: a voter sends the account a DM."""
        body = request.get_json(force=True)
        try:
            event = self.send_dm(str(body["sender_id"]), str(body["recipient_id"]), str(body["text"]))
        except KeyError as exc:
            return json_response({"error": str(exc)}, 400)
        return json_response({k: v for k, v in event.items() if not k.startswith("_")}, 201)

    def _control_webhook(self) -> Response:
        """``POST /_sandbox/webhooks {url, user_ids, auto_deliver}``: register (CRC check) and subscribe."""
        body = request.get_json(force=True)
        config = self.register_webhook(str(body["url"]))
        if not config["valid"]:
            return json_response(
                {"errors": [{"code": 214, "message": "Webhook URL does not meet the requirements."}]}, 400
            )
        for user_id in body.get("user_ids", []):
            self.subscribe(str(user_id))
        self.auto_deliver = bool(body.get("auto_deliver", False))
        return json_response(config, 201)

    def _control_deliver(self) -> Response:
        """``POST /_sandbox/webhooks/deliver``: deliver queued webhook events now."""
        return json_response({"statuses": self.deliver_webhooks()})

    def _control_switches(self) -> Response:
        """``POST /_sandbox/switches {"omit_rate_limit_reset": true}``."""
        body = request.get_json(force=True)
        if "omit_rate_limit_reset" in body:
            self.omit_rate_limit_reset = bool(body["omit_rate_limit_reset"])
        return json_response({"omit_rate_limit_reset": self.omit_rate_limit_reset})

    def _add_activity_routes(self, add: Callable[..., None]) -> None:
        """Register this module's routes with ``add`` (``Flask.add_url_rule``)."""
        add(
            "/2/users/<target_id>/tweets",
            "user_tweets",
            lambda target_id: self._guarded("users_tweets", self._user_tweets, target_id),
        )
        add(
            "/2/tweets/<tweet_id>/quote_tweets",
            "quote_tweets",
            lambda tweet_id: self._guarded("quote_tweets", self._quote_tweets, tweet_id),
        )
        add("/2/dm_events", "dm_events", lambda: self._guarded("dm_events", self._get_dm_events))
        add(
            "/2/dm_conversations/with/<participant_id>/messages",
            "create_dm",
            lambda participant_id: self._guarded("dm_create", self._create_dm, participant_id),
            methods=["POST"],
        )
        add("/_sandbox/dms", "ctl_dms", self._control_dm, methods=["POST"])
        add("/_sandbox/webhooks", "ctl_webhooks", self._control_webhook, methods=["POST"])
        add("/_sandbox/webhooks/deliver", "ctl_deliver", self._control_deliver, methods=["POST"])
        add("/_sandbox/switches", "ctl_switches", self._control_switches, methods=["POST"])
