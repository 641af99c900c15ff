"""A month of answered history for the demo office, so every page has something to show from minute one.

About 200 voters' messages over the last 30 days, in Dutch, French, English and German, on
the office's channels (X, Facebook, Instagram, e-mail, the website form, Mastodon, Bluesky:
whichever the office has): most answered by staff or the politician, some of those closed,
some still open; and last week a campaign (a form letter about station ticket offices) that
was answered with one campaign answer. The voters' messages go in through the intake path
(:func:`store_incoming`) and are tagged by the real triage; triage finds the campaign.

The office's answers are recorded as sent replies at their time in the past: the sandboxes
started a minute ago and hold no month-old posts to answer, so nothing is sent to them.
Seeding is deterministic, runs once per office (a second call adds nothing) and reports
its progress through ``progress``.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from inbox.digest.periods import week_containing
from inbox.ingest.base import Author, IncomingMessage
from inbox.models import (
    Campaign,
    ChannelAccount,
    ChannelKind,
    ConversationStatus,
    Message,
    TriageResult,
    TriageState,
    User,
    db,
)
from inbox.sandbox.answered_history import record_past_reply
from inbox.sandbox.demo_month_texts import CAMPAIGN_ANSWER, CAMPAIGN_LETTER, FIRST_NAMES, LAST_NAMES, answer_for
from inbox.sandbox.voter_texts import MESSAGES
from inbox.services.conversations.status import set_conversation_status
from inbox.services.intake.store import store_incoming
from inbox.services.intake.triage_order import triage_one_batch

log = logging.getLogger(__name__)

PREFIX = "demo-month-"
DAYS = 30
MESSAGES_PER_DAY = 6  # about 180 questions, plus the campaign letters
CAMPAIGN_VOTERS = 16
P_ANSWERED = 0.7  # share of questions older than a day that the office answered
P_CLOSED = 0.4  # share of answered conversations that were closed afterwards
LANGUAGE_WEIGHTS = {"nl": 0.5, "fr": 0.32, "en": 0.1, "de": 0.08}
CHANNEL_WEIGHTS = {
    ChannelKind.X: 0.3,
    ChannelKind.FACEBOOK: 0.2,
    ChannelKind.INSTAGRAM: 0.1,
    ChannelKind.EMAIL: 0.2,
    ChannelKind.WEBFORM: 0.1,
    ChannelKind.MASTODON: 0.05,
    ChannelKind.BLUESKY: 0.05,
}
ANSWERERS = ("pieter@demo.dialoog.test", "amelie@demo.dialoog.test", "els@demo.dialoog.test")
TRIAGE_BATCH = 32
STORE_BATCH = 64
TRIAGE_WAIT_SECONDS = 600.0

Progress = Callable[[str], None]


@dataclass
class Planned:
    """One voter's message of the history, and whether (and when) the office answered it."""

    number: int
    kind: ChannelKind
    language: str
    name: str
    text: str
    sent_at: datetime
    answer_at: datetime | None
    closed: bool
    campaign: bool = False


def already_seeded(office_id: int) -> bool:
    """Whether the office has its month of history (seeding never runs twice)."""
    found = db.session.execute(
        select(Message.id).where(Message.office_id == office_id, Message.external_id.like(PREFIX + "%")).limit(1)
    ).first()
    return found is not None


def _pick(rng: random.Random, weights: dict, allowed: list | None = None):  # type: ignore[no-untyped-def,type-arg]
    keys = [key for key in weights if allowed is None or key in allowed]
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def _moment(rng: random.Random, now: datetime, days_ago: float) -> datetime:
    """A time of day voters write (7:00-22:59 Brussels, roughly) ``days_ago`` days before ``now``."""
    day = (now - timedelta(days=days_ago)).replace(hour=0, minute=0, second=0, microsecond=0)
    moment = day + timedelta(hours=rng.randint(6, 21), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    return min(moment, now - timedelta(minutes=30))


def plan_month(kinds: list[ChannelKind], now: datetime, seed: int = 2026) -> list[Planned]:
    """The history to seed: deterministic for a given ``now``, ``kinds`` and ``seed``."""
    rng = random.Random(seed)
    pools = {
        language: [text.replace("@{h} ", "").replace("@{h}", "") for text in MESSAGES[language]]
        for language in MESSAGES
    }
    plan: list[Planned] = []
    for day in range(DAYS, 0, -1):
        weekend = (now - timedelta(days=day)).weekday() >= 5
        for _ in range(rng.randint(2, 5) if weekend else rng.randint(MESSAGES_PER_DAY - 1, MESSAGES_PER_DAY + 2)):
            language = _pick(rng, LANGUAGE_WEIGHTS)
            sent = _moment(rng, now, day - rng.random() * 0.2)
            answered = day > 1 and rng.random() < P_ANSWERED
            answer_at = (
                min(sent + timedelta(hours=rng.uniform(1, 40)), now - timedelta(minutes=20)) if answered else None
            )
            plan.append(
                Planned(
                    number=len(plan),
                    kind=_pick(rng, CHANNEL_WEIGHTS, kinds),
                    language=language,
                    name=f"{rng.choice(FIRST_NAMES[language])} {rng.choice(LAST_NAMES[language])}",
                    text=rng.choice(pools[language]),
                    sent_at=sent,
                    answer_at=answer_at,
                    closed=answered and rng.random() < P_CLOSED,
                )
            )
    mail_kinds = [kind for kind in (ChannelKind.EMAIL, ChannelKind.WEBFORM) if kind in kinds] or kinds
    last_week = week_containing(now).shifted(-1)
    first, last = last_week.start_utc + timedelta(hours=7), last_week.end_utc - timedelta(hours=4)
    for _ in range(CAMPAIGN_VOTERS):  # last (calendar) week's campaign, answered about two days later
        language = "nl" if rng.random() < 0.6 else "fr"
        name = f"{rng.choice(FIRST_NAMES[language])} {rng.choice(LAST_NAMES[language])}"
        sent = first + (last - first) * rng.random()
        plan.append(
            Planned(
                number=len(plan),
                kind=rng.choice(mail_kinds),
                language=language,
                name=name,
                text=f"{CAMPAIGN_LETTER[language]} {name}",
                sent_at=sent,
                answer_at=None,  # set once triage has found the campaign
                closed=True,
                campaign=True,
            )
        )
    return plan


def _incoming(item: Planned, account: ChannelAccount) -> IncomingMessage:
    handle = item.name.lower().replace(" ", ".").replace("'", "")
    if item.kind in (ChannelKind.EMAIL, ChannelKind.WEBFORM):
        voter_id, handle = f"{handle}@example.be", f"{handle}@example.be"
    elif item.kind in (ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM):
        voter_id = f"{9_100_000_000 + item.number:015d}"
    else:
        voter_id = f"demo-month-voter-{item.number}"
    subject = " ".join(item.text.split()[:6]) if item.kind in (ChannelKind.EMAIL, ChannelKind.WEBFORM) else ""
    return IncomingMessage(
        external_id=f"{PREFIX}{item.number}",
        thread_key=f"{PREFIX}{account.id}-{item.number}",
        author=Author(external_id=voter_id, handle=handle, display_name=item.name),
        text=item.text,
        sent_at=item.sent_at,
        subject=subject,
    )


def _wait_for_triage(office_id: int, total: int, progress: Progress) -> None:
    """Tag the stored history (helping the demo's triage worker); log how far it got."""
    deadline, reported = time.monotonic() + TRIAGE_WAIT_SECONDS, -1
    while time.monotonic() < deadline:
        waiting = db.session.execute(
            select(func.count(Message.id)).where(
                Message.office_id == office_id,
                Message.external_id.like(PREFIX + "%"),
                Message.triage_state == TriageState.PENDING,
            )
        ).scalar_one()
        db.session.commit()
        done = total - waiting
        if done // 40 != reported // 40 or not waiting:
            progress(f"demo history: {done} of {total} messages tagged")
            reported = done
        if not waiting:
            return
        claimed, _tagged = triage_one_batch(TRIAGE_BATCH)
        if not claimed:
            time.sleep(0.5)  # the triage worker holds them
    progress("demo history: triage is slow; the answers are recorded for the messages tagged so far")


def seed_month(office_id: int, politician: str, *, now: datetime | None = None, progress: Progress = log.info) -> int:
    """Seed the office's month of history once; returns how many voters' messages were stored."""
    if already_seeded(office_id):
        return 0
    started, moment = time.monotonic(), now or datetime.now(UTC)
    accounts = {
        account.kind: account
        for account in db.session.execute(select(ChannelAccount).where(ChannelAccount.office_id == office_id)).scalars()
    }
    plan = plan_month([kind for kind in CHANNEL_WEIGHTS if kind in accounts], moment)
    progress(f"demo history: storing {len(plan)} voters' messages from the last {DAYS} days")
    for kind in CHANNEL_WEIGHTS:  # large batches: triage tags a batch in one pass of the encoder
        mine = [_incoming(item, accounts[kind]) for item in plan if item.kind == kind]
        for start in range(0, len(mine), STORE_BATCH):
            store_incoming(accounts[kind].id, mine[start : start + STORE_BATCH])
    _wait_for_triage(office_id, len(plan), progress)
    answered = _answer(office_id, plan, politician, moment)
    progress(
        f"demo history: {len(plan)} messages over {DAYS} days, {answered} answered, "
        f"in {time.monotonic() - started:.0f} s"
    )
    return len(plan)


def _answer(office_id: int, plan: list[Planned], politician: str, now: datetime) -> int:
    """Record the office's answers, close some conversations, answer the campaign; returns how many."""
    users = {user.email: user for user in db.session.execute(select(User)).scalars() if user.email in ANSWERERS}
    if not users:
        return 0
    rng = random.Random(len(plan))
    stored = {
        message.external_id: message
        for message in db.session.execute(
            select(Message).where(Message.office_id == office_id, Message.external_id.like(PREFIX + "%"))
        ).scalars()
    }
    closer = users.get(ANSWERERS[0]) or next(iter(users.values()))
    answered = 0
    campaign_ids = _campaign_of(plan, stored)
    campaign_reply_at = max((i.sent_at for i in plan if i.campaign), default=now) + timedelta(days=2, hours=3)
    for item in plan:
        question = stored.get(f"{PREFIX}{item.number}")
        if question is None:
            continue
        campaign_id = campaign_ids.get(question.id) if item.campaign else None
        if item.campaign and campaign_id is None:
            continue  # triage did not (yet) see the letters as one campaign: they stay open
        at = min(campaign_reply_at, now - timedelta(minutes=15)) if item.campaign else item.answer_at
        if at is None:
            continue
        author = users.get(ANSWERERS[2]) if item.campaign else users[rng.choice([e for e in ANSWERERS if e in users])]
        author = author or closer
        texts = CAMPAIGN_ANSWER if item.campaign else None
        body = (texts[item.language] if texts else answer_for(item.text, item.language)).format(
            v=item.name, p=politician
        )
        record_past_reply(question, author, body, at, campaign_id)
        answered += 1
        db.session.commit()
        if item.closed:
            set_conversation_status(office_id, question.conversation_id, closer, ConversationStatus.CLOSED)
    return answered


def _campaign_of(plan: list[Planned], stored: dict[str, Message]) -> dict[int, int]:
    """Message id -> campaign id for the campaign letters triage recognised (dated to the letters)."""
    letters = {
        stored[f"{PREFIX}{i.number}"].id: i.sent_at for i in plan if f"{PREFIX}{i.number}" in stored and i.campaign
    }
    rows = db.session.execute(
        select(TriageResult.message_id, TriageResult.campaign_id).where(
            TriageResult.message_id.in_(list(letters)), TriageResult.campaign_id.is_not(None)
        )
    ).all()
    for campaign_id in {campaign_id for _message_id, campaign_id in rows}:
        campaign = db.session.get(Campaign, campaign_id)
        dates = [letters[message_id] for message_id, member_of in rows if member_of == campaign_id]
        if campaign is not None:  # first seen a week ago, not when the demo started
            campaign.first_seen_at, campaign.last_seen_at = min(dates), max(dates)
    db.session.commit()
    return {message_id: campaign_id for message_id, campaign_id in rows}
