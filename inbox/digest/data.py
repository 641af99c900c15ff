"""The digest's figures as plain dataclasses: one object feeds the e-mail, the preview and the dashboard."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class TopicCount:
    """Voters (distinct contacts), messages and sentiment counts of one topic in one week."""

    voters: int = 0
    messages: int = 0
    positive: int = 0
    neutral: int = 0
    negative: int = 0


@dataclass
class Quote:
    """A short anonymised voter quote: the text and at most a first name and a municipality."""

    text: str
    attribution: str = ""


@dataclass
class TopicLine:
    """One of the week's top concerns."""

    code: str
    name: str
    voters: int
    messages: int
    previous_voters: int
    average_voters: float  # mean voters per week over the four weeks before this one
    positive: int
    neutral: int
    negative: int
    quotes: list[Quote] = field(default_factory=list)
    link: str = ""

    @property
    def change(self) -> int:
        """Voters this week minus voters last week."""
        return self.voters - self.previous_voters


@dataclass
class ChannelLine:
    """Messages received and distinct voters on one channel kind."""

    kind: str
    messages: int
    voters: int
    link: str = ""


@dataclass
class CampaignLine:
    """A coordinated campaign active this week: its voters (distinct contacts, at least
    ``MIN_CAMPAIGN_VOTERS`` in the campaign), messages, conversations, and ``answered``: the
    voters with an answer on any of their conversations (each voter is answered once)."""

    campaign_id: int
    label: str
    voters: int
    messages: int
    conversations: int
    answered: int
    link: str = ""


@dataclass
class RisingItem:
    """Something new or rising fast: a topic, or a phrase many voters used."""

    kind: str  # "topic" or "phrase"
    label: str
    voters: int
    previous_voters: int
    link: str = ""


@dataclass
class KeptUp:
    """How the office kept up with the week's conversations."""

    messages: int = 0
    conversations: int = 0
    answered: int = 0
    median_seconds: float | None = None
    p90_seconds: float | None = None
    backlog: int = 0
    oldest_waiting_since: datetime | None = None
    oldest_name: str = ""
    oldest_conversation_id: int | None = None
    backlog_link: str = ""

    @property
    def answered_percent(self) -> int:
        """Answered conversations as a whole percentage (0 with no conversations)."""
        return round(100 * self.answered / self.conversations) if self.conversations else 0


@dataclass
class Digest:
    """Everything one office's weekly digest says, for one week, in one language."""

    office_id: int
    office_name: str
    language: str
    week_start: str
    week_end: str
    week_label: str
    timezone: str
    complete: bool  # False while the week is still running (the preview of "this week so far")
    voters: int
    messages: int
    previous_voters: int
    positive: int
    neutral: int
    negative: int
    topics: list[TopicLine]
    all_topics: list[TopicLine]
    channels: list[ChannelLine]
    campaigns: list[CampaignLine]
    rising: list[RisingItem]
    kept_up: KeptUp
    inbox_link: str = ""
    other_voters: int = 0  # voters who wrote without a policy topic ("Other"): told apart, not a concern
    other_messages: int = 0  # their messages
    uncertain_messages: int = 0  # messages whose top topic was uncertain: told apart too, never a concern
    other_link: str = ""  # the queue's uncertain messages (or "other" when none was uncertain)
    threats: int = 0  # inbound messages tagged as a threat this week (counted, never quoted)
    abusive: int = 0  # inbound messages tagged abusive (toxic) this week
    reused: list[Any] = field(default_factory=list)  # answers reused most often (inbox.digest.answers, issue 20)

    @property
    def unclear_messages(self) -> int:
        """Messages without a clear topic: uncertain or "other" ("N messages without a clear topic")."""
        return self.uncertain_messages + self.other_messages

    @property
    def quiet(self) -> bool:
        """No voter wrote this week."""
        return self.messages == 0

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO strings), for the dashboard's endpoint."""
        data = asdict(self)
        waiting = self.kept_up.oldest_waiting_since
        data["kept_up"]["oldest_waiting_since"] = waiting.isoformat() if waiting else None
        data["kept_up"]["answered_percent"] = self.kept_up.answered_percent
        return data
