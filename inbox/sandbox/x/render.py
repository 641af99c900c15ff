"""X API v2 response shapes for the sandbox: field selection, expansions, pagination, error bodies."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from inbox.sandbox.x.state import XState

INVALID_REQUEST = "https://api.twitter.com/2/problems/invalid-request"
RESOURCE_NOT_FOUND = "https://api.twitter.com/2/problems/resource-not-found"

MENTIONS_PARAMS = frozenset(
    {
        "end_time",
        "expansions",
        "max_results",
        "media.fields",
        "pagination_token",
        "place.fields",
        "poll.fields",
        "since_id",
        "start_time",
        "tweet.fields",
        "until_id",
        "user.fields",
    }
)
ME_PARAMS = frozenset({"expansions", "tweet.fields", "user.fields"})
USER_TWEETS_PARAMS = MENTIONS_PARAMS | {"exclude"}
QUOTE_TWEETS_PARAMS = frozenset(
    {"exclude", "expansions", "max_results", "media.fields", "pagination_token", "place.fields", "poll.fields"}
    | {"tweet.fields", "user.fields"}
)
FIELD_CHOICES: dict[str, frozenset[str]] = {
    "tweet.fields": frozenset(
        {
            "article",
            "attachments",
            "author_id",
            "card_uri",
            "community_id",
            "context_annotations",
            "conversation_id",
            "created_at",
            "display_text_range",
            "edit_controls",
            "edit_history_tweet_ids",
            "entities",
            "geo",
            "id",
            "in_reply_to_user_id",
            "lang",
            "media_metadata",
            "non_public_metrics",
            "note_tweet",
            "organic_metrics",
            "possibly_sensitive",
            "promoted_metrics",
            "public_metrics",
            "referenced_tweets",
            "reply_settings",
            "scopes",
            "source",
            "text",
            "withheld",
        }
    ),
    "user.fields": frozenset(
        {
            "affiliation",
            "confirmed_email",
            "connection_status",
            "created_at",
            "description",
            "entities",
            "id",
            "is_identity_verified",
            "location",
            "most_recent_tweet_id",
            "name",
            "parody",
            "pinned_tweet_id",
            "profile_banner_url",
            "profile_image_url",
            "protected",
            "public_metrics",
            "receives_your_dm",
            "subscription",
            "subscription_type",
            "url",
            "username",
            "verified",
            "verified_followers_count",
            "verified_type",
            "withheld",
        }
    ),
    "expansions": frozenset(
        {
            "affiliation.user_id",
            "article.cover_media",
            "article.media_entities",
            "attachments.media_keys",
            "attachments.media_source_tweet",
            "attachments.poll_ids",
            "author_id",
            "edit_history_tweet_ids",
            "entities.mentions.username",
            "geo.place_id",
            "in_reply_to_user_id",
            "most_recent_tweet_id",
            "pinned_tweet_id",
            "referenced_tweets.id",
            "referenced_tweets.id.author_id",
        }
    ),
}
ID_RE = re.compile(r"[0-9]{1,19}")


class InvalidParamsError(Exception):
    """Raised by validators; ``payload`` is X's 400 invalid-request body."""

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__(payload["errors"][0]["message"])
        self.payload = payload


def problem(status: int, title: str, detail: str) -> dict[str, Any]:
    """X's generic problem body, e.g. ``{"title": "Unauthorized", "type": "about:blank", ...}``."""
    return {"title": title, "detail": detail, "type": "about:blank", "status": status}


def invalid_request(parameters: dict[str, list[Any]], message: str) -> dict[str, Any]:
    """X's 400 body for invalid parameters."""
    return {
        "errors": [{"parameters": parameters, "message": message}],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": INVALID_REQUEST,
    }


def not_found_user(user_id: str) -> dict[str, Any]:
    """X's (HTTP 200) partial-error body for an unknown user id."""
    return {
        "errors": [
            {
                "value": user_id,
                "detail": f"Could not find user with id: [{user_id}].",
                "title": "Not Found Error",
                "resource_type": "user",
                "parameter": "id",
                "resource_id": user_id,
                "type": RESOURCE_NOT_FOUND,
            }
        ]
    }


def check_params(args: Mapping[str, str], allowed: frozenset[str]) -> None:
    """Reject query parameters the endpoint does not know, as X does."""
    unknown = sorted(set(args) - allowed)
    if unknown:
        raise InvalidParamsError(
            invalid_request(
                {name: [args[name]] for name in unknown},
                f"The query parameters [{','.join(unknown)}] is not one of [{','.join(sorted(allowed))}]",
            )
        )


def check_id(name: str, value: str) -> str:
    """Validate a numeric id parameter (X: ``^[0-9]{1,19}$``)."""
    if not ID_RE.fullmatch(value):
        raise InvalidParamsError(
            invalid_request(
                {name: [value]}, f"The `{name}` query parameter value [{value}] does not match ^[0-9]{{1,19}}$"
            )
        )
    return value


def check_fields(name: str, raw: str | None) -> list[str]:
    """Split a comma-separated ``*.fields``/``expansions`` value and validate each entry."""
    values = [v for v in (raw or "").split(",") if v]
    for value in values:
        if value not in FIELD_CHOICES[name]:
            raise InvalidParamsError(
                invalid_request(
                    {name: [raw]},
                    f"The `{name}` query parameter value [{value}] is not one of "
                    f"[{','.join(sorted(FIELD_CHOICES[name]))}]",
                )
            )
    return values


def _max_results(raw: str | None, low: int = 5) -> int:
    if raw is None:
        return 10
    if not raw.isdigit() or not low <= int(raw) <= 100:
        raise InvalidParamsError(
            invalid_request(
                {"max_results": [raw]},
                f"The `max_results` query parameter value [{raw}] is not between {low} and 100",
            )
        )
    return int(raw)


def _time(args: Mapping[str, str], name: str) -> datetime | None:
    raw = args.get(name)
    if raw is None:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        raise InvalidParamsError(
            invalid_request({name: [raw]}, f"Invalid '{name}':'{raw}'. '{name}' must be a valid RFC3339 date-time")
        ) from None


def render_tweet(tweet: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    """The tweet as X returns it: id, text, edit_history_tweet_ids plus the requested fields that apply.

    Like X, ``&``, ``<`` and ``>`` in the text come HTML-escaped (entity offsets refer to the raw text).
    """
    text = tweet["text"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = {"id": tweet["id"], "text": text, "edit_history_tweet_ids": tweet["edit_history_tweet_ids"]}
    for field in fields:
        if field in tweet and field not in out:
            out[field] = tweet[field]
    return out


def render_user(user: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    """The user as X returns it: id, name, username plus the requested fields that apply."""
    out = {"id": user.get("id"), "name": user.get("name"), "username": user.get("username")}
    for field in fields:
        if field in user:
            out[field] = user[field]
    return out


def _includes(
    state: XState, tweets: list[dict[str, Any]], expansions: list[str], tweet_fields: list[str], user_fields: list[str]
) -> dict[str, Any]:
    user_ids: list[str] = []
    referenced: list[dict[str, Any]] = []
    wanted = set(expansions)
    for tweet in tweets:
        refs = [state.get_tweet(r["id"]) for r in tweet.get("referenced_tweets", [])]
        refs = [r for r in refs if r is not None]
        if "author_id" in wanted:
            user_ids.append(tweet["author_id"])
        if "in_reply_to_user_id" in wanted and "in_reply_to_user_id" in tweet:
            user_ids.append(tweet["in_reply_to_user_id"])
        if "entities.mentions.username" in wanted:
            user_ids.extend(m["id"] for m in tweet.get("entities", {}).get("mentions", []) if "id" in m)
        if "referenced_tweets.id.author_id" in wanted:
            user_ids.extend(r["author_id"] for r in refs)
        if "referenced_tweets.id" in wanted:
            referenced.extend(r for r in refs if r["id"] not in {x["id"] for x in referenced})
    includes: dict[str, Any] = {}
    users = [state.get_user(uid) for uid in dict.fromkeys(user_ids)]
    if any(users):
        includes["users"] = [render_user(u, user_fields) for u in users if u]
    if referenced:
        includes["tweets"] = [render_tweet(t, tweet_fields) for t in referenced]
    return includes


def mentions_page(state: XState, target_id: str, args: Mapping[str, str], cursor: str | None) -> dict[str, Any]:
    """One page of ``GET /2/users/:id/mentions``, newest first; ``cursor`` is the exclusive upper id bound."""
    return tweets_page(state, target_id, state.mentions_of(target_id), args, cursor)


def tweets_page(
    state: XState,
    owner_id: str,
    tweets: list[dict[str, Any]],
    args: Mapping[str, str],
    cursor: str | None,
    *,
    min_results: int = 5,
) -> dict[str, Any]:
    """One page of a newest-first post list (mentions, a user's posts, quotes of a post).

    ``cursor`` is the exclusive upper id bound behind a ``pagination_token``; ``owner_id`` is
    who the issued ``next_token`` belongs to.
    """
    tweet_fields = check_fields("tweet.fields", args.get("tweet.fields"))
    user_fields = check_fields("user.fields", args.get("user.fields"))
    expansions = check_fields("expansions", args.get("expansions"))
    max_results = _max_results(args.get("max_results"), min_results)
    since_id = int(check_id("since_id", args["since_id"])) if "since_id" in args else None
    until_id = int(check_id("until_id", args["until_id"])) if "until_id" in args else None
    start, end = _time(args, "start_time"), _time(args, "end_time")
    upper = min(x for x in (until_id, int(cursor) if cursor else None, 1 << 64) if x is not None)

    def wanted(tweet: dict[str, Any]) -> bool:
        tid, created = int(tweet["id"]), datetime.fromisoformat(tweet["created_at"])
        return (
            (since_id is None or tid > since_id)
            and tid < upper
            and (start is None or created >= start)
            and (end is None or created <= end)
        )

    matches = [t for t in tweets if wanted(t)]
    page = matches[:max_results]
    if not page:
        return {"meta": {"result_count": 0}}
    meta: dict[str, Any] = {"result_count": len(page), "newest_id": page[0]["id"], "oldest_id": page[-1]["id"]}
    if len(matches) > max_results:
        meta["next_token"] = state.page_token(owner_id, page[-1]["id"])
    payload: dict[str, Any] = {"data": [render_tweet(t, tweet_fields) for t in page]}
    includes = _includes(state, page, expansions, tweet_fields, user_fields)
    if includes:
        payload["includes"] = includes
    payload["meta"] = meta
    return payload
