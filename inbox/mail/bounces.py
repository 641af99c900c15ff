"""Recognise mail that no person wrote: bounces, delivery and feedback reports, auto-replies.

Such mail must not open a conversation nor create a contact, and answering it could start
a loop between two autoresponders. One classifier, :func:`automatic_reason`, strongest
signal first:

1. a report by structure: ``multipart/report`` or a ``message/delivery-status``,
   ``message/global-delivery-status`` (RFC 3464/6533), ``message/feedback-report``
   (ARF, RFC 5965), ``message/disposition-notification`` (RFC 8098) or
   ``text/rfc822-headers`` part, wherever it sits (McAfee, for one, sends ``multipart/mixed``);
2. RFC 3834 markers: ``Auto-Submitted`` other than ``no``, ``Precedence: auto_reply``,
   and the vendor headers that say the same (``X-Autoreply``, ``X-Failed-Recipients``,
   ``X-MS-Exchange-Message-Is-Ndr``, Amazon SNS notifications…);
3. the null sender or a system mailbox: ``From: <>``, ``MAILER-DAEMON`` with or without a
   domain, postmaster, list owners, an empty ``Return-Path``;
4. shapes: a bounce or complaint subject together with a body or attachment that looks
   like one (an SMTP status, "could not be delivered", the returned message), and
   out-of-office subjects in Dutch, French, English and German.

``Precedence: bulk`` or ``list`` alone is *not* a reason: people write to the office
through mailing lists too, and their mail is never dropped because of a header.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

REPORT_PARTS = {
    "message/delivery-status", "message/global-delivery-status", "message/feedback-report",
    "message/disposition-notification", "message/global-disposition-notification", "text/rfc822-headers",
    "message/global-headers",
}  # fmt: skip
RETURNED_MESSAGE = {"message/rfc822", "message/global", "text/rfc822-headers", "message/partial"}
SYSTEM_LOCAL_PART = re.compile(
    r"""^(mailer[-_]?daemon|mail[-_]?daemon|postmaster|post[-_]master|mail[-_]?delivery(system|subsystem)?
    |bounces?|bounce[-+].*|.+-bounces?([-+].*)?|owner-.+|.+-owner|.+-request|mdaemon|maildeliverysystem)$""",
    re.IGNORECASE | re.VERBOSE,
)
SYSTEM_NAME = re.compile(
    r"^\W*(mailer[-_ ]?daemon|mail\s+deliver(y)?\s+(system|subsystem)|postmaster|mail\s+administrator)\b",
    re.IGNORECASE,
)
VENDOR_HEADERS = (
    "X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply", "X-Failed-Recipients",
    "X-MS-Exchange-Message-Is-Ndr", "X-Amz-Sns-Message-Id", "Feedback-Type", "X-Mailer-Daemon-Error",
)  # fmt: skip
BOUNCE_SUBJECT = re.compile(
    r"""(undeliver(able|ed)|non[-\s]?deliver|delivery\s+(status|fail|failure|report|notification|problem|has\s+failed)
    |mail\s+delivery|returned\s+(mail|to\s+sender)|failure\s+notice|failed\s+delivery|could\s+not\s+(be\s+)?deliver
    |message\s+delivery|mail\s+system\s+error|error\s+sending|postmaster\s+notify|warning:\s+could\s+not\s+send
    |message\s+you\s+sent\s+blocked|complaint\s+about\s+message\s+from|abuse\s+report|loop\s+alert
    |aws\s+notification\s+message|onbestelbaar|non\s+remis|échec\s+de\s+(la\s+)?remise|unzustellbar
    |nicht\s+zustellbar|配信できません|未達)""",
    re.IGNORECASE | re.VERBOSE,
)
BOUNCE_BODY = re.compile(
    r"""(\b[45]\.[0-7]\.\d{1,3}\b|\b[45][0-5]\d[-\s]\#?[45]\.\d|could\s+not\s+be\s+delivered|couldn't\s+be\s+delivered
    |undeliverable|delivery\s+(has\s+)?failed|permanent\s+(error|failure)|no\s+such\s+(user|mailbox|address)
    |user\s+unknown|unknown\s+user|message\s+headers\s+follow|original\s+message\s+follows|error\s+delivering
    |mailbox\s+(is\s+)?(full|unavailable)|delivery\s+problems|"bounceType"|"notificationType"|could\s+not\s+deliver
    |this\s+is\s+the\s+mail\s+(system|delivery)|automatically\s+generated|was\s+not\s+delivered)""",
    re.IGNORECASE | re.VERBOSE,
)
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
LIST_SERVER_HEADERS = ("X-MLServer", "X-ML-Server", "X-Mailman-Version", "X-Sympa-To")


@dataclass(frozen=True)
class MailSignals:
    """What the classifier reads of a mail.

    ``header(name)`` returns a decoded header value ('' when absent); ``sender`` is the
    From address ('' when it has none), ``from_header`` the whole decoded From value;
    ``part_types`` every content type in the part tree; ``body`` the start of its text.
    """

    header: Callable[[str], str]
    content_type: str
    sender: str
    from_header: str
    part_types: frozenset[str]
    body: str


def _report(signals: MailSignals) -> str | None:
    if signals.content_type == "multipart/report":
        return "delivery status report"
    found = sorted(signals.part_types & REPORT_PARTS)
    return f"report part {found[0]}" if found else None


def _marked(header: Callable[[str], str]) -> str | None:
    auto_submitted = header("Auto-Submitted").strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        return f"Auto-Submitted: {auto_submitted[:40]}"
    if header("Precedence").strip().lower() == "auto_reply":
        return "Precedence: auto_reply"
    for name in VENDOR_HEADERS:
        if header(name).strip():
            return f"{name} header"
    return None


def _system_sender(signals: MailSignals) -> str | None:
    local = signals.sender.rpartition("@")[0]
    if local and SYSTEM_LOCAL_PART.match(local):
        return f"bounce from {signals.sender}"
    from_header = signals.from_header.strip()  # the From itself: ``sender`` may come from Reply-To
    if ("@" not in from_header and SYSTEM_NAME.match(from_header)) or re.search(r"<\s*>", from_header):
        return f"bounce from {from_header[:60] or 'the null sender'}"
    if signals.header("Return-Path").strip().replace(" ", "") == "<>":
        return "bounce (empty return path)"
    return None


def _shape(signals: MailSignals) -> str | None:
    subject = signals.header("Subject")
    if OUT_OF_OFFICE.match(subject):
        return "out-of-office subject"
    if not BOUNCE_SUBJECT.search(subject):
        return None
    returned = bool(signals.part_types & RETURNED_MESSAGE)
    list_server = any(signals.header(name) for name in LIST_SERVER_HEADERS)
    if returned or BOUNCE_BODY.search(signals.body[:20_000]) or (list_server and "loop" in subject.lower()):
        return "bounce or complaint (subject and body)"
    return None


def automatic_reason(signals: MailSignals) -> str | None:
    """Why this mail is automatic (a short phrase for the log), or None if a person wrote it."""
    return _report(signals) or _marked(signals.header) or _system_sender(signals) or _shape(signals)
