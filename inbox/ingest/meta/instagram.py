"""Instagram professional accounts: poll media comments (webhook backfill), answer comments and DMs.

Polling reads ``/{ig-user-id}/media`` (newest first) and each media's
``/{media-id}/comments`` with their ``replies``, following ``paging.next``; the cursor keeps
``paging.cursors.after`` of the media list while a poll stops before the end. Comment
replies go to ``POST /{ig-comment-id}/replies``, which only accepts top-level comments:
answering a reply answers its parent comment. Direct messages use the Send API within
24 hours of the voter's last message; they arrive by webhook and are backfilled from
``/{ig-user-id}/conversations?platform=instagram``.
"""

from __future__ import annotations

from typing import Any

from inbox.ingest.base import ChannelError, FetchResult, IncomingMessage, SentReceipt
from inbox.ingest.meta.facebook import recent_direct_messages
from inbox.ingest.meta.graph import GraphClient, first_page, next_after
from inbox.ingest.meta.messages import as_dict, as_id, as_list, instagram_comment_from_graph
from inbox.ingest.meta.send import is_direct_message, send_comment_reply, send_direct_message
from inbox.models import AccountHealth, ChannelAccount, ChannelKind

REPLY_FIELDS = "id,text,timestamp,username,from{id,username},parent_id"
COMMENT_FIELDS = f"{REPLY_FIELDS},replies.limit(50){{{REPLY_FIELDS}}}"
MEDIA_FIELDS = "id,caption,timestamp,comments_count"
MEDIA_PER_PAGE = 25
MAX_MEDIA_PAGES = 4
MAX_COMMENT_PAGES = 20
COMMENTS_PERMISSION = "instagram_manage_comments"
MESSAGING_PERMISSION = "instagram_manage_messages"


def require_ig_user_id(account: ChannelAccount) -> str:
    """The Instagram user id the account is connected to, or a MISCONFIGURED error."""
    if not account.external_id:
        raise ChannelError(
            AccountHealth.MISCONFIGURED,
            "The Instagram account has no Instagram user id: reconnect the account.",
            permanent=True,
        )
    return account.external_id


def _is_own(comment: dict[str, Any], account: ChannelAccount) -> bool:
    author = as_dict(comment.get("from"))
    return as_id(author.get("id")) == account.external_id or (
        bool(comment.get("username")) and comment.get("username") == account.handle
    )


def _media_comments(client: GraphClient, account: ChannelAccount, media_id: str) -> list[IncomingMessage]:
    """Voter comments (and replies to them) on one media."""
    params = {"fields": COMMENT_FIELDS, "limit": 50}
    first = client.get(f"{media_id}/comments", params, permission=COMMENTS_PERMISSION)
    found: list[IncomingMessage] = []
    for _page, comments in client.pages(first, max_pages=MAX_COMMENT_PAGES, permission=COMMENTS_PERMISSION):
        for comment in comments:
            top = None if _is_own(comment, account) else instagram_comment_from_graph(comment, media_id)
            if top is not None:
                found.append(top)
            for reply in as_list(as_dict(comment.get("replies")).get("data")):
                if isinstance(reply, dict) and not _is_own(reply, account):
                    message = instagram_comment_from_graph(reply, media_id, parent_id=as_id(comment.get("id")))
                    if message is not None:
                        found.append(message)
    return found


class InstagramIngestor:
    """Polls the comments on the account's newest Instagram media."""

    kind = ChannelKind.INSTAGRAM

    def fetch(self, account: ChannelAccount) -> FetchResult:
        """Fetch comments on the newest media (resuming at the saved media cursor)."""
        ig_user_id = require_ig_user_id(account)
        client = GraphClient(account)
        params: dict[str, Any] = {"fields": MEDIA_FIELDS, "limit": MEDIA_PER_PAGE}
        after = (account.cursor or {}).get("after")
        if after:
            params["after"] = after
        first = first_page(client, f"{ig_user_id}/media", params, permission=COMMENTS_PERMISSION)
        messages: list[IncomingMessage] = []
        last = first
        for page, media in client.pages(first, max_pages=MAX_MEDIA_PAGES, permission=COMMENTS_PERMISSION):
            last = page
            for item in media:
                media_id = as_id(item.get("id"))
                if media_id and item.get("comments_count", 1):
                    messages.extend(_media_comments(client, account, media_id))
        if (account.settings or {}).get("poll_conversations", True) and not last.near_limit:
            messages.extend(
                recent_direct_messages(client, ig_user_id, platform="instagram", permission=MESSAGING_PERMISSION)
            )
        return FetchResult(messages=messages, cursor={"after": next_after(last)}, next_poll_at=last.slow_down_until())


class InstagramReplySender:
    """Answers an Instagram comment with a reply, and a DM with a DM (within 24 hours)."""

    kind = ChannelKind.INSTAGRAM

    def send(
        self, account: ChannelAccount, text: str, in_reply_to_external_id: str | None, thread_raw: dict[str, Any]
    ) -> SentReceipt:
        """Reply on Instagram where the voter wrote."""
        require_ig_user_id(account)
        if is_direct_message(thread_raw):
            return send_direct_message(account, text, thread_raw, permission=MESSAGING_PERMISSION)
        return send_comment_reply(
            account, text, thread_raw, edge="replies", field="message", permission=COMMENTS_PERMISSION
        )
