"""The demo's first minutes: a threat and abusive messages arrive early, tagged, on X and on Facebook.

The simulators' clocks are driven by calling them post by post; the time each post would
arrive at in the demo is its number times the pace ``python -m inbox demo`` gives each source.
"""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.cli import DEMO_INTERVAL_SECONDS
from inbox.demo import source_interval
from inbox.models import ChannelKind, Message, TriageResult, db
from inbox.sandbox.meta.api import MetaSandbox
from inbox.sandbox.meta.demo import IG_USER_ID, IG_USERNAME, PAGE_ID, PAGE_NAME, POSTS, MetaVoterSimulator
from inbox.sandbox.meta.state import FACEBOOK, INSTAGRAM
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.voter_texts import ABUSE_LANGUAGES, ABUSIVE_VOTERS
from inbox.sandbox.voters import VoterSimulator
from inbox.sandbox.x.api import XSandbox
from inbox.services.intake.polling import poll_account
from inbox.services.safety.hide_suggestion import hide_suggestion
from tests.factories import office_with_users, x_account
from tests.meta.conftest import connect

FIRST_MINUTES = 10 * 60  # seconds


def _tags(text: str) -> TriageResult:
    message = db.session.execute(select(Message).where(Message.text == text)).scalars().first()
    assert message is not None, text
    result = db.session.get(TriageResult, message.id)
    assert result is not None
    return result


def test_a_threat_and_an_abusive_x_post_arrive_in_the_first_minutes_tagged(
    sqlite_app: Flask, x_sandbox: tuple[XSandbox, str]
) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url, handle="ElsVermeulenBE")
    simulator = VoterSimulator(base_url, account.handle, account.external_id, seed=21)
    pace = source_interval(DEMO_INTERVAL_SECONDS)  # seconds between two X posts at the default pace
    posts = [simulator.post_one() for _ in range(int(FIRST_MINUTES // pace) + 1)]
    kinds = [post["kind"] for post in posts]
    assert "threat" in kinds and "abuse" in kinds, kinds
    poll_account(account.id)  # the demo's poller; triage runs inline in the tests
    threat = next(post for post in posts if post["kind"] == "threat")
    abuse = next(post for post in posts if post["kind"] == "abuse")
    assert _tags(threat["text"]).threat  # the red banner
    assert _tags(abuse["text"]).toxic and not _tags(abuse["text"]).threat  # the blur, no threat banner

    later = [simulator.post_one() for _ in range(100)]  # rarely: a handful in 100 posts, each language in turn
    abusive = [post for post in later if post["kind"] == "abuse"]
    assert 2 <= len(abusive) <= 6
    assert {post["lang"] for post in [*abusive, abuse]} == set(ABUSE_LANGUAGES)


def test_an_abusive_facebook_comment_arrives_early_and_is_suggested_for_hiding(sqlite_app: Flask) -> None:
    setup = office_with_users()
    sandbox = MetaSandbox()  # set up as the demo's start_demo does, webhooks to this app
    page = sandbox.add_account(FACEBOOK, PAGE_NAME, PAGE_ID)
    instagram = sandbox.add_account(INSTAGRAM, IG_USERNAME, IG_USER_ID)
    for account in (page, instagram):
        for text in POSTS[account.platform]:
            sandbox.add_post(account.id, text)
    client = sqlite_app.test_client()
    sandbox.webhook_sink = lambda body, headers: client.post("/webhooks/meta", data=body, headers=headers).status_code
    with LoopbackServer(sandbox.app()) as server:
        connect(setup.office.id, ChannelKind.FACEBOOK, page, sandbox, server.base_url)
        connect(setup.office.id, ChannelKind.INSTAGRAM, instagram, sandbox, server.base_url)
        simulator = MetaVoterSimulator(sandbox, seed=5)
        simulator.act_once()
        simulator.act_once()  # at the default pace about two minutes in
    assert simulator.abusive == 1
    [comment] = [c for c in sandbox.comments if c.from_name == ABUSIVE_VOTERS["nl"][1]]
    assert comment.platform == FACEBOOK
    stored = db.session.execute(select(Message).where(Message.external_id == comment.id)).scalar_one()
    tags = db.session.get(TriageResult, stored.id)
    assert tags is not None and tags.toxic
    suggestion = hide_suggestion(setup.office.id, stored.conversation_id)
    assert suggestion == {
        "message_id": stored.id,
        "channel": "facebook",
        "threat": False,
        "evidence_exported": False,
    }
