"""Facebook Pages: poll the page feed's comments (webhook backfill) and answer comments and Messenger.

Polling reads ``/{page-id}/feed`` with the comments of each post through field expansion,
following ``paging.next`` for both posts and comments. The cursor remembers
``paging.cursors.after`` when a poll stopped before the end of the feed window, so the
next poll resumes there; after the last page the next poll starts again at the newest
post. Comments already stored (by a webhook or an earlier poll) are skipped by the store,
so polling and webhooks never store a comment twice. Direct messages arrive by webhook
and are backfilled from ``/{page-id}/conversations?platform=messenger``.
"""

from __future__ import annotations

from typing import Any

from inbox.ingest.base import ChannelError, FetchResult, IncomingMessage, SentReceipt
from inbox.ingest.meta.graph import GraphClient, GraphResponse, first_page, next_after, parse_graph_time
from inbox.ingest.meta.messages import (
    as_dict,
    as_id,
    as_list,
    as_text,
    direct_message,
    facebook_comment_from_graph,
    graph_media,
)
from inbox.ingest.meta.send import is_direct_message, send_comment_reply, send_direct_message
from inbox.models import AccountHealth, ChannelAccount, ChannelKind

COMMENT_FIELDS = "id,message,created_time,from{id,name},parent{id}"
FEED_FIELDS = f"id,created_time,updated_time,comments.filter(stream).limit(100){{{COMMENT_FIELDS}}}"
POSTS_PER_PAGE = 25
MAX_FEED_PAGES = 4
MAX_COMMENT_PAGES = 20
READ_PERMISSION = "pages_read_user_content"
REPLY_PERMISSION = "pages_manage_engagement"
MESSAGING_PERMISSION = "pages_messaging"
MESSAGE_FIELDS = (
    "id,message,from,created_time,"
    "attachments{id,mime_type,name,size,file_url,image_data{url,preview_url},video_data{url,preview_url}}"
)


def require_page_id(account: ChannelAccount) -> str:
    """The page id the account is connected to, or a MISCONFIGURED error."""
    if not account.external_id:
        raise ChannelError(
            AccountHealth.MISCONFIGURED, "The Facebook account has no page id: reconnect the page.", permanent=True
        )
    return account.external_id


def _post_comments(client: GraphClient, post: dict[str, Any], page_id: str) -> list[IncomingMessage]:
    """All voter comments of one post: the embedded first page, then ``paging.next``."""
    post_id = as_id(post.get("id"))
    embedded = as_dict(post.get("comments"))
    first = GraphResponse(body=embedded if embedded else {"data": []})
    found: list[IncomingMessage] = []
    for _page, comments in client.pages(first, max_pages=MAX_COMMENT_PAGES, permission=READ_PERMISSION):
        for comment in comments:
            if as_id(as_dict(comment.get("from")).get("id")) == page_id:
                continue  # the page's own replies are stored when they are sent
            message = facebook_comment_from_graph(comment, post_id)
            if message is not None:
                found.append(message)
    return found


def recent_direct_messages(
    client: GraphClient, owner_id: str, *, platform: str, permission: str
) -> list[IncomingMessage]:
    """Recent direct messages from voters in ``/{owner-id}/conversations`` (backfill for missed webhooks)."""
    params = {"platform": platform, "fields": f"id,updated_time,messages.limit(25){{{MESSAGE_FIELDS}}}"}
    first = client.get(f"{owner_id}/conversations", params, permission=permission)
    prefix = "fb" if platform == "messenger" else "ig"
    found: list[IncomingMessage] = []
    for _page, conversations in client.pages(first, max_pages=2, permission=permission):
        for conversation in conversations:
            for message in map(as_dict, as_list(as_dict(conversation.get("messages")).get("data"))):
                sender = as_dict(message.get("from"))
                sender_id = as_id(sender.get("id"))
                if not sender_id or sender_id == owner_id:
                    continue
                incoming = direct_message(
                    prefix,
                    mid=as_id(message.get("id")),
                    sender_id=sender_id,
                    sender_name=as_text(sender.get("name") or sender.get("username")),
                    text=as_text(message.get("message")),
                    sent_at=parse_graph_time(message.get("created_time")),
                    payload=message,
                    source="poll",
                    media=graph_media(message.get("attachments")),
                )
                if incoming is not None:
                    found.append(incoming)
    return found


class FacebookIngestor:
    """Polls a page's feed comments and Messenger conversations."""

    kind = ChannelKind.FACEBOOK

    def fetch(self, account: ChannelAccount) -> FetchResult:
        """Fetch the comments on the newest posts (resuming at the saved feed cursor)."""
        page_id = require_page_id(account)
        client = GraphClient(account)
        params: dict[str, Any] = {"fields": FEED_FIELDS, "limit": POSTS_PER_PAGE}
        after = (account.cursor or {}).get("after")
        if after:
            params["after"] = after
        first = first_page(client, f"{page_id}/feed", params, permission=READ_PERMISSION)
        messages: list[IncomingMessage] = []
        last = first
        for page, posts in client.pages(first, max_pages=MAX_FEED_PAGES, permission=READ_PERMISSION):
            last = page
            for post in posts:
                messages.extend(_post_comments(client, post, page_id))
        if (account.settings or {}).get("poll_conversations", True) and not last.near_limit:
            messages.extend(
                recent_direct_messages(client, page_id, platform="messenger", permission=MESSAGING_PERMISSION)
            )
        return FetchResult(messages=messages, cursor={"after": next_after(last)}, next_poll_at=last.slow_down_until())


class FacebookReplySender:
    """Answers a comment with a comment, and a Messenger message with a message (within 24 hours)."""

    kind = ChannelKind.FACEBOOK

    def send(
        self, account: ChannelAccount, text: str, in_reply_to_external_id: str | None, thread_raw: dict[str, Any]
    ) -> SentReceipt:
        """Reply on Facebook where the voter wrote."""
        require_page_id(account)
        if is_direct_message(thread_raw):
            return send_direct_message(account, text, thread_raw, permission=MESSAGING_PERMISSION)
        return send_comment_reply(
            account, text, thread_raw, edge="comments", field="message", permission=REPLY_PERMISSION
        )
