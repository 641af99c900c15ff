"""Recognise mail that no person wrote: bounces, delivery reports and auto-replies.

Such mail must not open a conversation, and answering it could start a loop between two
autoresponders. Signals, strongest first: a DSN (``multipart/report``), a mailer-daemon or
postmaster sender or an empty Return-Path, ``Auto-Submitted`` other than ``no``,
``X-Autoreply``/``X-Autorespond``, ``Precedence: bulk/auto_reply/junk``, and out-of-office
subjects in Dutch, French, English and German.
"""

from __future__ import annotations

import re
from collections.abc import Callable

DAEMON_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.IGNORECASE)
OUT_OF_OFFICE = re.compile(
    r"""^\s*(
        (automatic\s+reply|auto(matic)?[-\s]?reply|autoreply|out\s+of\s+(the\s+)?office
        |automatisch\s+antwoord|afwezig(heid)?|niet\s+(aanwezig|op\s+kantoor)|afwezigheidsmelding
        |réponse\s+automatique|absent(e)?(\s+du\s+bureau)?|absence(\s+du\s+bureau)?|message\s+d'absence
        |automatische\s+antwort|abwesenheitsnotiz|abwesend|nicht\s+im\s+büro
        |undeliverable|undelivered\s+mail|delivery\s+status\s+notification|mail\s+delivery\s+failed
        |onbestelbaar|non\s+remis|unzustellbar
        )\s*[:：]
      | (out\s+of\s+office|abwesenheitsnotiz|afwezigheidsmelding|réponse\s+automatique|automatisch\s+antwoord)\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def automatic_reason(header: Callable[[str], str], content_type: str, sender: str) -> str | None:
    """Why this mail is automatic (a short phrase for the log), or None if a person wrote it.

    ``header(name)`` returns a decoded header value ('' when absent).
    """
    if content_type == "multipart/report":
        return "delivery status report"
    if DAEMON_SENDERS.match(sender or ""):
        return f"bounce from {sender}"
    if header("Return-Path").strip() == "<>":
        return "bounce (empty return path)"
    auto_submitted = header("Auto-Submitted").strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        if header(name).strip():
            return f"{name} header"
    precedence = header("Precedence").strip().lower()
    if precedence in {"bulk", "auto_reply", "junk"}:
        return f"Precedence: {precedence}"
    if OUT_OF_OFFICE.match(header("Subject")):
        return "out-of-office subject"
    return None
