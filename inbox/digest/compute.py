"""Assemble one office's digest for one week from the SQL aggregates (the one entry point)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlencode

from inbox.digest import counts, quotes, response, rising
from inbox.digest.answers import reused_answers
from inbox.digest.data import CampaignLine, ChannelLine, Digest, KeptUp, RisingItem, TopicCount, TopicLine
from inbox.digest.names import topic_names
from inbox.digest.own_words import office_own_words
from inbox.digest.periods import Week
from inbox.digest.safety import safety_counts
from inbox.models import UNCERTAIN_TOPIC, Contact, Conversation, Office, db, utcnow

TOP_TOPICS = 5
QUOTED_TOPICS = 3
HISTORY_WEEKS = 4


def inbox_link(base_url: str, **query: object) -> str:
    """A link into the inbox's queue, filtered by ``query`` (e.g. topic="housing", status="open")."""
    clean = {key: value for key, value in query.items() if value not in (None, "")}
    return f"{base_url.rstrip('/')}/" + (f"?{urlencode(clean)}" if clean else "")


def _topic_lines(
    office_id: int, week: Week, language: str, base_url: str
) -> tuple[list[TopicLine], dict[str | None, TopicCount], dict[str | None, TopicCount], dict[str, float]]:
    weeks = [week.shifted(-back) for back in range(HISTORY_WEEKS + 1)]
    current, *history = counts.topic_counts_by_period(office_id, [(w.start_utc, w.end_utc) for w in weeks])
    previous = history[0]
    codes = {code for week_counts in history for code in week_counts if code} | {code for code in current if code}
    averages = {code: sum(h.get(code, TopicCount()).voters for h in history) / HISTORY_WEEKS for code in codes}
    names = topic_names(office_id, language)
    lines = []
    for code, count in current.items():
        if code is None or code in rising.UNCLEAR_TOPICS:  # "other" and uncertain: reported apart, not concerns
            continue
        lines.append(
            TopicLine(
                code=code,
                name=names.get(code, code),
                voters=count.voters,
                messages=count.messages,
                previous_voters=previous.get(code, TopicCount()).voters,
                average_voters=round(averages.get(code, 0.0), 1),
                positive=count.positive,
                neutral=count.neutral,
                negative=count.negative,
                link=inbox_link(base_url, topic=code, status="open"),
            )
        )
    lines.sort(key=lambda line: (-line.voters, -line.messages, line.name))
    return lines, current, previous, averages


def _kept_up(
    office_id: int, week: Week, now: datetime, base_url: str, messages: int, replies: list[response.FirstReply]
) -> KeptUp:
    seconds = [reply.seconds for reply in replies if reply.seconds is not None]
    median, p90 = response.median_and_p90(seconds)
    waiting = response.backlog(office_id, min(now, week.end_utc))
    oldest_name = ""
    if waiting.oldest_conversation_id is not None:
        conversation = db.session.get(Conversation, waiting.oldest_conversation_id)
        contact = db.session.get(Contact, conversation.contact_id) if conversation else None
        oldest_name = quotes.attribution(contact) if contact else ""
    return KeptUp(
        messages=messages,
        conversations=len(replies),
        answered=len(seconds),
        median_seconds=median,
        p90_seconds=p90,
        backlog=waiting.count,
        oldest_waiting_since=waiting.oldest_since,
        oldest_name=oldest_name,
        oldest_conversation_id=waiting.oldest_conversation_id,
        backlog_link=inbox_link(base_url, status="open", unanswered=1),
    )


def _campaigns(office_id: int, week: Week, base_url: str, answered_ids: set[int]) -> list[CampaignLine]:
    lines = [
        CampaignLine(
            campaign_id=cid,
            label=quotes.anonymise(label, 120),
            voters=voters,
            messages=messages,
            conversations=sum(len(conversations) for conversations in live_voters),
            answered=sum(1 for conversations in live_voters if conversations & answered_ids),
            link=inbox_link(base_url, campaign=cid),
        )
        for cid, label, voters, messages, live_voters in counts.campaign_rows(office_id, week.start_utc, week.end_utc)
    ]
    return sorted(lines, key=lambda line: (-line.voters, line.campaign_id))


def _sum_sentiment(per_topic: Iterable[TopicCount]) -> TopicCount:
    """Sentiment counts of all messages (topics partition the messages, so they add up)."""
    total = TopicCount()
    for count in per_topic:
        total.positive += count.positive
        total.neutral += count.neutral
        total.negative += count.negative
    return total


def _unclear(current: dict[str | None, TopicCount], base_url: str) -> dict[str, object]:
    """The messages without a clear topic (uncertain or "other"), told apart from the concerns.

    The link opens the uncertain ones (staff can correct their topic) when there are any.
    """
    other = current.get(rising.OTHER_TOPIC, TopicCount())
    uncertain = current.get(UNCERTAIN_TOPIC, TopicCount())
    return {
        "other_voters": other.voters,
        "other_messages": other.messages,
        "uncertain_messages": uncertain.messages,
        "other_link": inbox_link(base_url, topic=UNCERTAIN_TOPIC if uncertain.messages else rising.OTHER_TOPIC),
    }


def compute_digest(
    office_id: int, week: Week, language: str, base_url: str = "", now: datetime | None = None
) -> Digest:
    """Every figure of the office's digest for ``week``, with names in ``language``."""
    now = now or utcnow()
    office = db.session.get(Office, office_id)
    if office is None:
        raise ValueError(f"no office with id {office_id}")
    lines, current, previous, averages = _topic_lines(office_id, week, language, base_url)
    for line in lines[:QUOTED_TOPICS]:
        line.quotes = quotes.representative_quotes(office_id, line.code, week.start_utc, week.end_utc)
    earlier = week.shifted(-1)
    (voters, messages), (previous_voters, _) = counts.voters_by_period(
        office_id, [(week.start_utc, week.end_utc), (earlier.start_utc, earlier.end_utc)]
    )
    sentiment = _sum_sentiment(current.values())
    channels = [
        ChannelLine(kind, received, people, inbox_link(base_url, channel=kind))
        for kind, (received, people) in sorted(
            counts.channel_counts(office_id, week.start_utc, week.end_utc).items(), key=lambda item: -item[1][0]
        )
    ]
    replies = response.first_replies(office_id, week.start_utc, week.end_utc)
    kept_up = _kept_up(office_id, week, now, base_url, messages, replies)
    answered_ids = {reply.conversation_id for reply in replies if reply.first_reply is not None}
    names = {line.code: line.name for line in lines}
    rising_items = [
        RisingItem("topic", names.get(code, code), now_voters, before, inbox_link(base_url, topic=code, status="open"))
        for code, now_voters, before in rising.rising_topics(current, previous, averages)
    ]
    if messages:
        own = office_own_words(office_id)
        phrases_now = rising.phrase_voters(office_id, week.start_utc, week.end_utc, own)
        phrases_before = rising.phrase_voters(office_id, earlier.start_utc, earlier.end_utc, own)
        for item in rising.rising_phrases(phrases_now, phrases_before):
            item.link = inbox_link(base_url, q=item.label)
            rising_items.append(item)
    return Digest(
        office_id=office_id,
        office_name=office.name,
        language=language,
        week_start=week.start.isoformat(),
        week_end=week.end.isoformat(),
        week_label=week.iso_label,
        timezone=week.timezone,
        complete=now >= week.end_utc,
        voters=voters,
        messages=messages,
        previous_voters=previous_voters,
        positive=sentiment.positive,
        neutral=sentiment.neutral,
        negative=sentiment.negative,
        topics=lines[:TOP_TOPICS],
        all_topics=lines,
        channels=channels,
        campaigns=_campaigns(office_id, week, base_url, answered_ids),
        rising=rising_items,
        kept_up=kept_up,
        **safety_counts(office_id, week.start_utc, week.end_utc),
        reused=reused_answers(office_id, week.start_utc, week.end_utc),
        inbox_link=inbox_link(base_url),
        **_unclear(current, base_url),
    )
