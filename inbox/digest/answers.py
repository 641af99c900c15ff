"""'Questions answered most often this week' (issue 20): which earlier answers and canned replies staff
reused ("Use" in the conversation view) during the week, and how often.

An earlier answer is named by the question it first answered, shortened; when that question
holds personal data (a name, an address, a case number), by the start of the office's own
answer instead. An answer whose voter was erased since is no longer counted (its uses lost
the link to it). A canned reply is named by its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from inbox.models import AnswerPair, AnswerReuse, CannedReply, Contact, Conversation, Message, OutgoingReply, db

TOP = 5
LABEL_CHARS = 120


@dataclass
class ReusedAnswer:
    """One reused answer: how the digest names it, how often it was used, whether it is a canned reply."""

    label: str
    count: int
    canned: bool = False


def _short(text: str) -> str:
    flat = " ".join(re.sub(r"(?<!\w)@\w+", " ", text).split())
    return flat if len(flat) <= LABEL_CHARS else flat[: LABEL_CHARS - 1].rstrip() + "…"


def _pair_label(pair_id: int) -> str | None:
    from inbox.services.answers.personal import as_template, personal_data

    row = db.session.execute(
        select(Message.text, OutgoingReply.text, Contact.display_name)
        .select_from(AnswerPair)
        .join(Message, Message.id == AnswerPair.question_message_id)
        .join(OutgoingReply, OutgoingReply.id == AnswerPair.reply_id)
        .join(Conversation, Conversation.id == AnswerPair.conversation_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(AnswerPair.id == pair_id)
    ).first()
    if row is None:
        return None
    question, answer, name = row
    if not personal_data(question, [name]):
        return _short(question)
    template = as_template(answer, [name], "")
    return _short(template.replace("{voter_name}", "…").replace("{politician_name}", "…"))


def reused_answers(office_id: int, start: datetime, end: datetime) -> list[ReusedAnswer]:
    """The :data:`TOP` answers used most often in ``[start, end)``, most used first."""
    rows = db.session.execute(
        select(AnswerReuse.pair_id, AnswerReuse.canned_id, func.count().label("uses"))
        .where(
            AnswerReuse.office_id == office_id,
            AnswerReuse.used_at >= start,
            AnswerReuse.used_at < end,
            (AnswerReuse.pair_id.is_not(None)) | (AnswerReuse.canned_id.is_not(None)),
        )
        .group_by(AnswerReuse.pair_id, AnswerReuse.canned_id)
        .order_by(func.count().desc(), AnswerReuse.pair_id, AnswerReuse.canned_id)
        .limit(TOP)
    ).all()
    found = []
    for pair_id, canned_id, uses in rows:
        if pair_id is not None:
            label = _pair_label(pair_id)
            if label:
                found.append(ReusedAnswer(label, int(uses)))
        else:
            canned = db.session.get(CannedReply, canned_id)
            if canned is not None:
                found.append(ReusedAnswer(canned.title, int(uses), canned=True))
    return found
