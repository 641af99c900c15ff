"""Malformed provider answers for the polled channels and the pure parsers: a clear error or a skipped item.

- Pure parsers never raise an unexpected exception type: ``parse_mail`` (IMAP) never raises;
  the Mastodon HTML cleaner never raises and never lets a script through; the webhook
  parsers raise only the ``ValueError`` their endpoints turn into a 400.
- Whatever a parser produced can be stored: ``store_incoming`` takes any normalised message
  (NUL, lone surrogates, huge or empty fields) on SQLite and PostgreSQL.
- The real client libraries (tweepy, Mastodon.py, atproto) against the loopback fakes
  answering hostile 200 bodies: a poll stores what it could read or records a clear
  ChannelError on the account (health and detail); it never crashes the batch.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from hypothesis import example, given
from hypothesis import strategies as st

from inbox.ingest.base import Author, IncomingMessage
from inbox.ingest.mastodon.status_html import clean_html, html_to_text
from inbox.ingest.meta.webhook_parse import parse_delivery
from inbox.ingest.x.webhook_events import MalformedEventError, parse_activity
from inbox.mail.mime import ParsedMail, parse_mail
from inbox.models import AccountHealth, ChannelAccount, ChannelKind, db
from inbox.services.intake.polling import poll_account
from inbox.services.intake.store import store_incoming
from tests.factories import office_with_users, x_account
from tests.security.inbound import json_values, materialize, meta_delivery, texts, x_activity
from tests.security.regressions import FAR_PAST
from tests.security.strategies import ci_settings
from tests.social.conftest import Fake, bluesky, bluesky_account, mastodon, mastodon_account

__all__ = ["bluesky", "mastodon"]  # fixtures used below
EXAMPLES = {"sqlite": 12, "postgresql": 4}
plain = texts.map(lambda value: str(materialize(value)))
ids = st.sampled_from(["1", "2", "", "\x00", "9" * 40]) | plain | json_values


def _mail_bytes() -> st.SearchStrategy[bytes]:
    """Bytes, and mails whose headers and parts carry hostile values (dates at the calendar's ends, NUL…)."""
    header_names = st.sampled_from(
        [
            "From",
            "Subject",
            "Message-ID",
            "In-Reply-To",
            "References",
            "Date",
            "Content-Type",
            "Content-Transfer-Encoding",
            "Auto-Submitted",
        ]
    )
    dates = st.sampled_from(["Mon, 01 Jan 0001 00:00:00 +1400", "Fri, 31 Dec 9999 23:59:59 -1400", "x"])
    values = plain | dates | st.sampled_from(["<a\x00b@x>", "text/pl\x00ain", "attachment; filename=a\x00b.txt"])
    header = st.tuples(header_names, values).map(lambda pair: f"{pair[0]}: {pair[1]}")
    part = "--b\r\nContent-Type: {}\r\nContent-Disposition: attachment; filename={}\r\nContent-ID: {}\r\n\r\nx\r\n--b--"
    parts = st.builds(part.format, values, values, values)
    body = (
        plain | parts | st.sampled_from(["=?utf-8?b?w6k=?=", "--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--"])
    )
    mail = st.builds(lambda hs, b: "\r\n".join(hs) + "\r\n\r\n" + b, st.lists(header, max_size=8), body)
    return st.one_of(st.binary(max_size=500), mail.map(lambda text: text.encode("utf-8", "surrogatepass")))


@given(raw=_mail_bytes())
@example(raw=b"Date: Mon, 01 Jan 0001 00:00:00 +1400\r\n\r\nx")  # OverflowError: the mail became "unreadable"
@ci_settings(150)
def test_parse_mail_never_raises_and_gives_what_storing_needs(raw: bytes) -> None:
    mail = parse_mail(raw)
    assert isinstance(mail, ParsedMail)
    assert mail.message_id and isinstance(mail.subject, str) and len(mail.subject) <= 998
    assert mail.sent_at.tzinfo is not None


def test_any_parsed_mail_can_be_stored(inert_app: Flask) -> None:
    """What the IMAP ingestor does with each mail after parsing it: attachments and message, one transaction."""
    from inbox.ingest.email.ingestor import to_incoming as mail_to_incoming
    from inbox.mail.attachment_store import add_attachments

    account = ChannelAccount(office_id=office_with_users().office.id, kind=ChannelKind.EMAIL, handle="in@kamer.example")
    db.session.add(account)
    db.session.commit()
    counter = iter(range(10**6))

    @given(raw=_mail_bytes())
    @example(
        raw=b"Message-ID: <a\x00b@x>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: text/pl\x00ain\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\nx\r\n--b--"
    )
    def run(raw: bytes) -> None:
        mail = parse_mail(raw + f"\r\n{next(counter)}".encode())
        add_attachments(account, mail.message_id, mail.attachments)
        store_incoming(account.id, [mail_to_incoming(mail, f"mail-thread-{next(counter)}")])

    ci_settings(EXAMPLES[inert_app.config["BACKEND"]])(run)()


@given(
    content=plain
    | st.builds(lambda a, b: f"<p>{a}<script>alert(1)</script><a href='javascript:x' onclick='y'>{b}</a>", plain, plain)
)
@ci_settings(200)
@example(content="<p>\udfff\ud800</p>")  # lone surrogates (JSON may escape them) made nh3 raise: a poison status
def test_mastodon_html_is_cleaned_and_never_raises(content: str) -> None:
    cleaned = clean_html(content)
    assert "<script" not in cleaned.lower() and "onclick" not in cleaned.lower() and "javascript:" not in cleaned
    assert isinstance(html_to_text(content), str)


def assert_well_formed(message: IncomingMessage) -> None:
    """Every field has the type storing expects (a dict where a string belongs reaches the database as a crash)."""
    assert all(
        isinstance(value, str)
        for value in (
            message.external_id,
            message.thread_key,
            message.text,
            message.subject,
            *vars(message.author).values(),
        )
    )
    assert message.in_reply_to_external_id is None or isinstance(message.in_reply_to_external_id, str)
    assert message.html is None or isinstance(message.html, str)
    assert isinstance(message.raw, dict) and message.sent_at.tzinfo is not None


@given(payload=json_values | x_activity(["1000"]))
# a reply-to id that was an object went into a database query: a 500 on the webhook
@example(
    payload={
        "for_user_id": "1000",
        "tweet_create_events": [{"id_str": "5", "user": {"id_str": "7"}, "in_reply_to_status_id_str": {"a": 1}}],
    }
)
@ci_settings(200)
def test_x_activity_parser_raises_only_malformed_event(payload: Any) -> None:
    try:
        batch = parse_activity(materialize(payload), lambda parent: None)
    except MalformedEventError:
        return
    for message in batch.messages:
        assert_well_formed(message)


@given(body=json_values | meta_delivery(["1000", "2000"]))
@ci_settings(200)
def test_meta_parser_raises_only_value_error(body: Any) -> None:
    try:
        changes = parse_delivery(materialize(body))
    except ValueError:
        return
    for change in changes:
        if change.message is not None:
            assert_well_formed(change.message)


def test_store_takes_any_normalised_message(inert_app: Flask) -> None:
    account = x_account_without_sandbox(office_with_users().office.id)
    counter = iter(range(10**6))

    @given(text=plain, name=plain, handle=plain, subject=plain, key=plain, external=plain, reply=plain | st.none())
    # lone surrogates in a voter's name (both databases), NUL in it (PostgreSQL), ids longer than their
    # column (PostgreSQL): store_incoming raised, so the webhook answered 500 or the poll failed
    @example(text="x", name="\udfff\ud800", handle="h", subject="s", key="k", external="e", reply=None)
    @example(text="x", name="An\x00na", handle="h\x00", subject="s\x00", key="k\x00", external="e\x00", reply="r\x00")
    @example(text="x", name="n", handle="h", subject="s", key="k" * 600, external="e", reply="r" * 600)
    def run(text: str, name: str, handle: str, subject: str, key: str, external: str, reply: str | None) -> None:
        message = IncomingMessage(
            external_id=f"{external[:400]}-{next(counter)}",
            thread_key=key[:400] or "t",
            author=Author(external_id=f"voter-{handle[:200]}", handle=handle, display_name=name),
            text=text,
            sent_at=datetime.now(UTC) - timedelta(minutes=1),
            in_reply_to_external_id=reply[:400] if reply else None,
            subject=subject,
            raw={"payload": text, name: subject},
        )
        result = store_incoming(account.id, [message])
        assert len(result.new_message_ids) == 1
        assert store_incoming(account.id, [message]).duplicates == 1

    ci_settings(EXAMPLES[inert_app.config["BACKEND"]])(run)()


def x_account_without_sandbox(office_id: int) -> ChannelAccount:
    """An X account that nothing polls."""
    account = ChannelAccount(
        office_id=office_id, kind=ChannelKind.X, handle="store-target", external_id="77", credentials={}
    )
    db.session.add(account)
    db.session.commit()
    return account


def _poll_survives(account_id: int) -> None:
    """Poll once: the outcome is stored messages, or a clear error recorded on the account."""
    result = poll_account(account_id)
    account = db.session.get(ChannelAccount, account_id)
    if result is None:
        assert account.health != AccountHealth.OK and account.health_detail, "a failed poll must say why"
    db.session.expire_all()


def _tweet() -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries(
        {"id": ids},
        optional={
            "text": plain | json_values,
            "author_id": ids,
            "created_at": plain | json_values,
            "conversation_id": ids,
            "referenced_tweets": st.lists(
                st.fixed_dictionaries({"type": st.just("replied_to") | plain, "id": ids}) | json_values, max_size=2
            )
            | json_values,
        },
    )


def x_pages() -> st.SearchStrategy[Any]:
    """Mentions answers as X shapes them, with hostile values and wrong types."""
    user = st.fixed_dictionaries({"id": ids}, optional={"username": plain | json_values, "name": plain | json_values})
    return json_values | st.fixed_dictionaries(
        {},
        optional={
            "data": st.lists(_tweet() | json_values, max_size=3) | json_values,
            "includes": st.fixed_dictionaries({"users": st.lists(user | json_values, max_size=2)}) | json_values,
            "meta": st.fixed_dictionaries({}, optional={"newest_id": ids, "next_token": ids}) | json_values,
        },
    )


@pytest.mark.usefixtures("inert_app")
def test_x_polling_survives_malformed_answers(inert_app: Flask, x_sandbox: tuple[Any, str]) -> None:
    sandbox, base_url = x_sandbox
    account = x_account(office_with_users().office.id, sandbox, base_url)

    @given(page=x_pages())
    @example(page={"data": [], "meta": []})  # an AttributeError escaped the poll (now a ChannelError)
    @example(page={"data": [{"id": "5", "text": 5, "author_id": "9"}]})  # a TypeError escaped the poll
    @example(page={"data": [{"id": "5", "text": "x", "author_id": "9", "created_at": FAR_PAST}]})
    def run(page: Any) -> None:
        import json

        sandbox.fail_next(f"/2/users/{account.external_id}/mentions", 200, body=json.dumps(materialize(page)))
        _poll_survives(account.id)

    ci_settings(EXAMPLES[inert_app.config["BACKEND"]] // 2)(run)()


def mastodon_pages() -> st.SearchStrategy[Any]:
    """Notification pages as Mastodon shapes them, with hostile values and wrong types."""
    account = st.fixed_dictionaries({"id": ids}, optional={"acct": plain, "display_name": plain | json_values})
    status = st.fixed_dictionaries(
        {"id": ids},
        optional={
            "content": plain | json_values,
            "account": account | json_values,
            "in_reply_to_id": ids,
            "created_at": st.sampled_from(["0001-01-01T00:00:00+14:00", "2026-11-26T14:00:00Z"]) | plain,
            "visibility": plain | json_values,
        },
    )
    notification = st.fixed_dictionaries(
        {"id": st.integers(1, 10**6).map(str) | ids},
        optional={"type": st.just("mention") | plain, "status": status | json_values, "account": account},
    )
    return json_values | st.lists(notification | json_values, max_size=3)


def test_mastodon_polling_survives_malformed_answers(inert_app: Flask, mastodon: Fake) -> None:
    account = mastodon_account(office_with_users().office.id, mastodon)

    @given(page=mastodon_pages())
    @example(
        page=[
            {
                "id": "7",
                "type": "mention",
                "status": {"id": "8", "content": "x", "created_at": FAR_PAST, "account": {"id": "3"}},
            }
        ]
    )  # OverflowError escaped
    def run(page: Any) -> None:
        import json

        mastodon.sandbox.fail_next("/api/v1/notifications", 200, body=json.dumps(materialize(page)))
        _poll_survives(account.id)

    ci_settings(EXAMPLES[inert_app.config["BACKEND"]] // 2)(run)()


def bluesky_pages() -> st.SearchStrategy[Any]:
    """listNotifications answers as the AppView shapes them, with hostile values and wrong types."""
    author = st.fixed_dictionaries(
        {"did": st.just("did:plc:voter") | plain, "handle": st.just("v.bsky.social") | plain},
        optional={"displayName": plain | json_values},
    )
    record = st.fixed_dictionaries(
        {
            "$type": st.just("app.bsky.feed.post"),
            "text": plain | json_values,
            "createdAt": st.sampled_from(["0001-01-01T00:00:00+14:00", "2026-11-26T14:00:00Z"]) | plain,
        },
    )
    notification = st.fixed_dictionaries(
        {
            "uri": st.just("at://did:plc:voter/app.bsky.feed.post/1") | plain,
            "cid": st.just("bafy") | plain,
            "author": author | json_values,
            "reason": st.sampled_from(["mention", "reply"]) | plain,
            "record": record | json_values,
            "isRead": st.booleans(),
            "indexedAt": st.sampled_from(["0001-01-01T00:00:00+14:00", "2026-11-26T14:00:00Z"]) | plain,
        },
    )
    page = st.fixed_dictionaries(
        {"notifications": st.lists(notification | json_values, max_size=3)}, optional={"cursor": plain}
    )
    return json_values | page


def test_bluesky_polling_survives_malformed_answers(inert_app: Flask, bluesky: Fake) -> None:
    account = bluesky_account(office_with_users().office.id, bluesky)

    @given(page=bluesky_pages())
    @example(
        page={
            "notifications": [
                {
                    "uri": "at://did:plc:voter/app.bsky.feed.post/1",
                    "cid": "bafy",
                    "author": {"did": "did:plc:voter", "handle": "v.bsky.social"},
                    "reason": "mention",
                    "isRead": False,
                    "indexedAt": FAR_PAST,
                    "record": {"$type": "app.bsky.feed.post", "text": "x", "createdAt": FAR_PAST},
                }
            ]
        }
    )  # OverflowError escaped the poll
    def run(page: Any) -> None:
        import json

        bluesky.sandbox.fail_next("app.bsky.notification.listNotifications", 200, body=json.dumps(materialize(page)))
        _poll_survives(account.id)

    ci_settings(EXAMPLES[inert_app.config["BACKEND"]] // 2)(run)()
