"""The e-mail channel in the demo: local mail servers, the office's mailbox, voters who write.

``start_demo(office_id)`` starts :class:`MailSandbox`, connects an EMAIL channel account of
the office to it and starts a thread that delivers a realistic voter mail every ~20 s
(Dutch, French, English, German; some answer the office's earlier replies, some are HTML).
"""

from __future__ import annotations

import dataclasses
import logging
import random
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from inbox.mail.html_text import text_to_html
from inbox.mail.threading import reply_subject
from inbox.models import ChannelAccount, ChannelKind, db, utcnow
from inbox.sandbox.mail.server import MailSandbox
from inbox.sandbox.periodic import PeriodicPoster
from inbox.sandbox.voter_texts import MESSAGES, VOTERS

log = logging.getLogger(__name__)
_last_sandbox: MailSandbox | None = None  # the running demo's servers (for a look from tests or a shell)

OFFICE_ADDRESS = "els.vermeulen@demo.dialoog.test"
INTERVAL_SECONDS = 20.0
SUBJECTS = {"nl": "Vraag van een inwoner", "fr": "Question d'une citoyenne", "en": "A question", "de": "Eine Frage"}
FOLLOW_UPS = {
    "nl": "Bedankt voor uw antwoord, maar wanneer gebeurt dat concreet?",
    "fr": "Merci pour votre réponse, mais quand exactement ?",
    "en": "Thanks for your answer, but when exactly will this happen?",
    "de": "Danke für Ihre Antwort, aber wann genau passiert das?",
}
GREETINGS = {
    "nl": "Beste mevrouw Vermeulen,",
    "fr": "Madame Vermeulen,",
    "en": "Dear Ms Vermeulen,",
    "de": "Sehr geehrte Frau Vermeulen,",
}


def connect_account(office_id: int, sandbox: MailSandbox) -> ChannelAccount:
    """Create or update the office's EMAIL account so that it points at the sandbox."""
    account = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.office_id == office_id, ChannelAccount.kind == ChannelKind.EMAIL)
    ).scalar_one_or_none()
    if account is None:
        account = ChannelAccount(office_id=office_id, kind=ChannelKind.EMAIL, handle=OFFICE_ADDRESS)
        db.session.add(account)
    account.credentials = sandbox.credentials()
    account.settings = {
        "from_address": OFFICE_ADDRESS,
        "from_name": "Els Vermeulen",
        "reply_to": OFFICE_ADDRESS,
        "poll_seconds": 5,
    }
    account.cursor = {}  # a fresh in-memory mailbox
    account.next_poll_at = None
    db.session.commit()
    return account


class VoterMailer:
    """Delivers voter mail into the sandbox mailbox from a daemon thread."""

    def __init__(self, sandbox: MailSandbox, *, interval: float = INTERVAL_SECONDS, seed: int | None = None) -> None:
        self.sandbox = sandbox
        self.interval = interval
        self.random = random.Random(seed)
        self._loop = PeriodicPoster(
            "demo-voter-mail", self.deliver_one, interval, jitter=0.4, rng=self.random, first_wait=True
        )

    def start(self) -> None:
        """Start delivering."""
        self._loop.start()

    def stop(self) -> None:
        """Stop delivering (waits for the thread)."""
        self._loop.stop()

    def deliver_one(self) -> None:
        """Deliver the next voter mail into the sandbox mailbox."""
        self.sandbox.deliver(self.next_mail())

    def next_mail(self) -> EmailMessage:
        """A new question, or now and then a voter answering the office's reply."""
        replies = self.sandbox.received
        if replies and self.random.random() < 0.35:
            return self._follow_up(self.random.choice(replies).message)
        username, name, language = self.random.choice(VOTERS)
        body = self.random.choice(MESSAGES[language]).replace("@{h} ", "").replace("{h}", "Els Vermeulen")
        mail = self._mail(f"{name} <{username}@voters.demo.test>", SUBJECTS[language], body, language)
        if self.random.random() < 0.3:
            mail.add_alternative(
                f"<html><body><p>{GREETINGS[language]}</p>{text_to_html(body)}</body></html>", subtype="html"
            )
        return mail

    def _follow_up(self, reply: EmailMessage) -> EmailMessage:
        voter = str(reply["To"])
        language = next((lang for user, _, lang in VOTERS if user in voter), "nl")
        quoted = "\n".join(f"> {line}" for line in str(reply.get_body(("plain",)).get_content()).splitlines())
        body = f"{FOLLOW_UPS[language]}\n\nOn {reply['Date']} Els Vermeulen <{OFFICE_ADDRESS}> wrote:\n{quoted}"
        mail = self._mail(voter, reply_subject(str(reply["Subject"])), body, language, greet=False)
        mail["In-Reply-To"] = str(reply["Message-ID"])
        mail["References"] = " ".join(filter(None, [str(reply.get("References") or ""), str(reply["Message-ID"])]))
        return mail

    def _mail(self, sender: str, subject: str, body: str, language: str, *, greet: bool = True) -> EmailMessage:
        mail = EmailMessage()
        mail["From"] = sender
        mail["To"] = f"Els Vermeulen <{OFFICE_ADDRESS}>"
        mail["Subject"] = subject
        mail["Date"] = format_datetime(utcnow())
        mail["Message-ID"] = make_msgid(domain="voters.demo.test")
        mail.set_content(f"{GREETINGS[language]}\n\n{body}\n" if greet else body)
        return mail


def use_for_deployment_mail(sandbox: MailSandbox) -> None:
    """Send the deployment's own mail (the weekly digest) through the sandbox SMTP server too."""
    settings = current_app.extensions["dialoog.settings"]
    if settings.smtp_host:
        return  # the operator configured a real server: keep it
    current_app.extensions["dialoog.settings"] = dataclasses.replace(
        settings,
        smtp_host="127.0.0.1",
        smtp_port=sandbox.smtp_port,
        smtp_security="none",
        smtp_username=sandbox.user,
        smtp_password=sandbox.password,
        mail_from=f"Dialoog <{sandbox.user}>",
    )


def start_demo(office_id: int, *, interval_seconds: float = INTERVAL_SECONDS) -> Callable[[], None]:
    """Start the mail servers and voters for the office (in the app context), one mail every
    ``interval_seconds`` on average; returns the stop function."""
    global _last_sandbox
    outbox = Path(current_app.extensions["dialoog.settings"].instance_dir) / "outbox"
    sandbox = MailSandbox(user=OFFICE_ADDRESS, password="demo-mailbox", outbox=outbox).start()
    _last_sandbox = sandbox
    connect_account(office_id, sandbox)
    mailer = VoterMailer(sandbox, interval=interval_seconds)
    sandbox.deliver(mailer.next_mail())  # something to read right away
    mailer.start()
    log.info("e-mail demo: IMAP 127.0.0.1:%s, SMTP 127.0.0.1:%s", sandbox.imap_port, sandbox.smtp_port)
    use_for_deployment_mail(sandbox)
    log.info("e-mail demo: every mail sent (replies, digests, confirmations) is also saved in %s", outbox)

    def stop() -> None:
        mailer.stop()
        sandbox.stop()

    return stop
