"""An office's topic taxonomy: the default policy areas, editable, and a head that knows them.

A topic an admin adds is learned by a background job (the office's topic head is
retrained, see ``retrain_topics_job``); until that head is stored the topic is shown as
"training". The examples an admin may send are capped, so that one request cannot buy
minutes of training.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import func, select

from inbox.jobs.queues import enqueue
from inbox.models import UNCERTAIN_TOPIC, OfficeModel, Topic, User, db
from inbox.services.audit.trail import record_audit
from inbox.triage.taxonomy import DEFAULT_TOPICS, LANGUAGES, TopicSpec

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
MAX_TOPIC_EXAMPLES = 100  # per topic; the default topics have four or five
MAX_EXAMPLE_CHARS = 1_000  # per example: a sentence or a short paragraph


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


def trained_topic_codes(office_id: int) -> set[str]:
    """The topic codes the office's current topic head knows (its own head, else the default one)."""
    meta = db.session.execute(
        select(OfficeModel.meta).where(OfficeModel.office_id == office_id, OfficeModel.kind == "topic")
    ).scalar_one_or_none()
    if meta is None:
        return {spec.code for spec in DEFAULT_TOPICS}
    try:
        return {str(label) for label in json.loads(meta["sidecar"])["labels"]}
    except (KeyError, TypeError, ValueError):
        return set()


def topic_choices(office_id: int, language: str) -> list[dict[str, str | bool]]:
    """Codes with names in ``language`` (falling back to English, then the code), for menus.

    ``training`` is true for a topic the office's topic head does not know yet.
    """
    topics = office_topics(office_id)
    db.session.commit()  # keeps defaults seeded on first use
    trained = trained_topic_codes(office_id)
    return [
        {
            "code": topic.code,
            "name": topic.names.get(language) or topic.names.get("en") or topic.code,
            "training": topic.code not in trained,
        }
        for topic in topics
    ]


def _checked_examples(examples: list[str]) -> list[str]:
    """The non-empty examples, or ValueError when there are too many or one is too long."""
    kept = [example for example in examples if example.strip()]
    if len(kept) > MAX_TOPIC_EXAMPLES:
        raise ValueError(
            f"A topic takes at most {MAX_TOPIC_EXAMPLES} examples; {len(kept)} were sent. Keep the clearest ones."
        )
    for number, example in enumerate(kept, start=1):
        if len(example) > MAX_EXAMPLE_CHARS:
            raise ValueError(
                f"Example {number} has {len(example)} characters; an example has at most {MAX_EXAMPLE_CHARS}."
            )
    return kept


def add_topic(
    office_id: int, actor: User, code: str, names: dict[str, str], descriptions: dict[str, str], examples: list[str]
) -> Topic:
    """Add a topic to the office's taxonomy; its head is retrained in the background.

    The topic is listed at once (as "training", see :func:`topic_choices`) and tags
    messages from its descriptions and examples once ``retrain_topics_job`` has stored the
    office's new topic head. Too many or too long examples: ValueError, nothing added.
    """
    if not _CODE.match(code):
        raise ValueError("A topic code is lower-case letters, digits and _, starting with a letter.")
    if code in office_topic_codes(office_id):
        raise ValueError(f"The office already has a topic {code!r}.")
    if code == UNCERTAIN_TOPIC:
        raise ValueError(f"{code!r} is reserved for messages whose topic is only a guess; choose another code.")
    if not any(descriptions.get(language) for language in LANGUAGES):
        raise ValueError("Describe the topic in at least one of nl, fr, en, de.")
    kept_examples = _checked_examples(examples)
    position = len(office_topics(office_id))
    topic = Topic(
        office_id=office_id,
        code=code,
        names={k: v for k, v in names.items() if v},
        descriptions={k: v for k, v in descriptions.items() if v},
        examples=kept_examples,
        position=position,
    )
    db.session.add(topic)
    db.session.flush()
    record_audit(office_id, actor.id, "topic.added", "topic", topic.id, {"code": code})
    db.session.commit()
    enqueue("retrain_topics_job", office_id)  # queued after the commit; runs on the triage workers
    return topic
