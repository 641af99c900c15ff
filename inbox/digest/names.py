"""Display names of topics and channels in the recipient's language."""

from __future__ import annotations

from sqlalchemy import select

from inbox.digest.i18n import t
from inbox.models import UNCERTAIN_TOPIC, Topic, db
from inbox.triage.taxonomy import DEFAULT_TOPICS

CHANNEL_NAMES = {
    "x": "X",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "email": "E-mail",
    "webform": "Website",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
}


def topic_names(office_id: int, language: str) -> dict[str, str]:
    """Topic code → name in ``language``: the office's own names first, then the default taxonomy."""
    names = {spec.code: spec.names.get(language) or spec.names.get("en") or spec.code for spec in DEFAULT_TOPICS}
    for code, per_language in db.session.execute(select(Topic.code, Topic.names).where(Topic.office_id == office_id)):
        names[code] = (per_language or {}).get(language) or (per_language or {}).get("en") or names.get(code, code)
    names[UNCERTAIN_TOPIC] = t(language, "uncertain_topic")  # messages counted apart (counts.topic_counts_by_period)
    return names


def channel_name(kind: str) -> str:
    """A channel kind as people call it."""
    return CHANNEL_NAMES.get(kind, kind)
