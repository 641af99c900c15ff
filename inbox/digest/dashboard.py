"""The live dashboard's figures: the digest's own aggregates, week by week over a period."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from inbox.digest import counts, response
from inbox.digest.data import TopicCount
from inbox.digest.names import topic_names
from inbox.digest.periods import Week
from inbox.digest.rising import UNCLEAR_TOPICS
from inbox.digest.safety import safety_counts

MAX_WEEKS = 53


@dataclass
class WeekFigures:
    """One week's numbers, computed by the same functions as the digest."""

    week_start: str
    week_label: str
    voters: int
    messages: int
    channels: dict[str, int]
    topic_voters: dict[str, int]
    conversations: int
    answered: int
    median_seconds: float | None
    p90_seconds: float | None
    threats: int = 0  # inbound messages tagged as a threat (issue 17), counted, never quoted
    abusive: int = 0


@dataclass
class Dashboard:
    """Weeks of figures plus sentiment per topic over the whole period."""

    weeks: list[WeekFigures]
    topic_names: dict[str, str]
    sentiment: dict[str, TopicCount] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict for the dashboard's endpoint."""
        return asdict(self)

    def busiest_topics(self, count: int) -> list[str]:
        """The ``count`` topic codes with most voters over the period (the chart's lines).

        Uncertain topics and "other" are not concerns: they stay in the tables, never here.
        """
        concerns = [code for code in self.sentiment if code not in UNCLEAR_TOPICS]
        return sorted(concerns, key=lambda code: -self.sentiment[code].voters)[:count]


def week_figures(office_id: int, week: Week, topics: dict[str | None, TopicCount], total: TopicCount) -> WeekFigures:
    """The figures of one week, given its per-topic counts and totals."""
    channels = counts.channel_counts(office_id, week.start_utc, week.end_utc)
    replies = response.first_replies(office_id, week.start_utc, week.end_utc)
    seconds = [reply.seconds for reply in replies if reply.seconds is not None]
    median, p90 = response.median_and_p90(seconds)
    figures = WeekFigures(
        week_start=week.start.isoformat(),
        week_label=week.iso_label,
        voters=total.voters,
        messages=total.messages,
        channels={kind: messages for kind, (messages, _) in channels.items()},
        topic_voters={code: count.voters for code, count in topics.items() if code},
        conversations=len(replies),
        answered=len(seconds),
        median_seconds=median,
        p90_seconds=p90,
        **safety_counts(office_id, week.start_utc, week.end_utc),
    )
    return figures


def dashboard_data(office_id: int, first: Week, last: Week, language: str) -> Dashboard:
    """Figures for every week from ``first`` to ``last`` (at most ``MAX_WEEKS``, the latest kept)."""
    weeks: list[Week] = []
    current = last
    while current.start >= first.start and len(weeks) < MAX_WEEKS:
        weeks.append(current)
        current = current.shifted(-1)
    weeks.reverse()
    periods = [(week.start_utc, week.end_utc) for week in weeks]
    per_week = counts.topic_counts_by_period(office_id, periods) if weeks else []
    totals = counts.totals_by_period(office_id, periods) if weeks else []
    sentiment: dict[str, TopicCount] = {}
    figures = []
    for week, topics, total in zip(weeks, per_week, totals, strict=True):
        figures.append(week_figures(office_id, week, topics, total))
        for code, count in topics.items():
            if code is None:
                continue
            total = sentiment.setdefault(code, TopicCount())
            total.voters += count.voters
            total.messages += count.messages
            total.positive += count.positive
            total.neutral += count.neutral
            total.negative += count.negative
    return Dashboard(weeks=figures, topic_names=topic_names(office_id, language), sentiment=sentiment)
