"""An office's topic taxonomy: the default policy areas, editable, and a head that knows them."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from inbox.models import Topic, User, db
from inbox.services.audit import record_audit
from inbox.triage.taxonomy import DEFAULT_TOPICS, LANGUAGES, TopicSpec

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


def ensure_default_topics(office_id: int) -> None:
    """Give an office without topics the default taxonomy (the caller commits)."""
    if db.session.execute(select(func.count(Topic.id)).where(Topic.office_id == office_id)).scalar_one():
        return
    for position, spec in enumerate(DEFAULT_TOPICS):
        db.session.add(
            Topic(
                office_id=office_id,
                code=spec.code,
                names=dict(spec.names),
                descriptions=dict(spec.descriptions),
                examples=list(spec.examples),
                position=position,
            )
        )
    db.session.flush()


def office_topics(office_id: int) -> list[Topic]:
    """The office's active topics in their display order (defaults on first use)."""
    ensure_default_topics(office_id)
    return list(
        db.session.execute(
            select(Topic).where(Topic.office_id == office_id, Topic.active.is_(True)).order_by(Topic.position, Topic.id)
        ).scalars()
    )


def office_topic_codes(office_id: int) -> list[str]:
    """The codes a topic tag may take in this office."""
    return [topic.code for topic in office_topics(office_id)]


def topic_specs(office_id: int) -> list[TopicSpec]:
    """The office's topics in the form a topic head is trained from."""
    return [
        TopicSpec(topic.code, dict(topic.names), dict(topic.descriptions), tuple(topic.examples))
        for topic in office_topics(office_id)
    ]


def topic_choices(office_id: int, language: str) -> list[dict[str, str]]:
    """Codes with names in ``language`` (falling back to English, then the code), for menus."""
    topics = office_topics(office_id)
    db.session.commit()  # keeps defaults seeded on first use
    return [
        {"code": topic.code, "name": topic.names.get(language) or topic.names.get("en") or topic.code}
        for topic in topics
    ]


def add_topic(
    office_id: int, actor: User, code: str, names: dict[str, str], descriptions: dict[str, str], examples: list[str]
) -> Topic:
    """Add a topic to the office's taxonomy; it works from its descriptions and examples at once.

    The office's topic head is retrained right away (see ``inbox.services.learning``).
    """
    from inbox.services.learning import retrain_topic_head

    if not _CODE.match(code):
        raise ValueError("A topic code is lower-case letters, digits and _, starting with a letter.")
    if code in office_topic_codes(office_id):
        raise ValueError(f"The office already has a topic {code!r}.")
    if not any(descriptions.get(language) for language in LANGUAGES):
        raise ValueError("Describe the topic in at least one of nl, fr, en, de.")
    position = len(office_topics(office_id))
    topic = Topic(
        office_id=office_id,
        code=code,
        names={k: v for k, v in names.items() if v},
        descriptions={k: v for k, v in descriptions.items() if v},
        examples=[e for e in examples if e.strip()],
        position=position,
    )
    db.session.add(topic)
    db.session.flush()
    record_audit(office_id, actor.id, "topic.added", "topic", topic.id, {"code": code})
    db.session.commit()
    retrain_topic_head(office_id)
    return topic
