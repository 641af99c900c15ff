"""Safety counts for the digest and the dashboard: threats and abusive messages received in a period.

Counts only, never a quote: a threat is not repeated in an e-mail that is forwarded and
archived. Inbound messages count by ``sent_at`` (as every digest count does), with their current tags
(a threat an admin marked "not a threat" no longer counts). A threat is counted once, as a
threat, even when it is also tagged toxic.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from inbox.models import Direction, Message, TriageResult, db


def safety_counts(office_id: int, start: datetime, end: datetime) -> dict[str, int]:
    """``{"threats": n, "abusive": n}``: inbound messages sent in ``[start, end)`` tagged so."""
    threats, abusive = db.session.execute(
        select(
            func.count().filter(TriageResult.threat.is_(True)),
            func.count().filter(TriageResult.toxic.is_(True), TriageResult.threat.is_not(True)),
        )
        .select_from(Message)
        .join(TriageResult, TriageResult.message_id == Message.id)
        .where(
            Message.office_id == office_id,
            Message.direction == Direction.INBOUND,
            Message.sent_at >= start,
            Message.sent_at < end,
        )
    ).one()
    return {"threats": int(threats or 0), "abusive": int(abusive or 0)}
