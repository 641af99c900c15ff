"""Issue 23, finding 6: the public form must not relay chosen words to any typed address.

The probe posted the form with a stranger's address, a "name" and a "message" of its own:
the office's mail identity then mailed that text to the stranger. And ``+tag`` variants of
one address each got their own per-address limit. Now the confirmation is a fixed text in
the voter's language, and the limit counts the mailbox (case, ``+tag``, Gmail's dots).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from tests.contacts.conftest import FormVisitor, Mailbox
from tests.security.form_helpers import loopback_smtp, mails_to, office_form

SPAM_NAME = "Claim your prize at http://prize.evil.example"
SPAM_TEXT = "Your bank account is blocked. Log in at http://bank.evil.example/unlock within 24 hours."


@pytest.fixture
def smtp_server() -> Iterator[Mailbox]:
    """A real SMTP server on loopback."""
    with loopback_smtp() as mailbox:
        yield mailbox


FIXED_SENTENCES = {
    "nl": "Bedankt voor uw bericht aan Kabinet Peeters",
    "fr": "Merci pour votre message à Kabinet Peeters",
    "en": "Thank you for your message to Kabinet Peeters",
    "de": "vielen Dank für Ihre Nachricht an Kabinet Peeters",
}


def test_the_confirmation_quotes_nothing_the_sender_typed(sqlite_app: Flask, smtp_server: Mailbox) -> None:
    form_key = office_form(sqlite_app, smtp_server)
    for n, (lang, fixed_sentence) in enumerate(FIXED_SENTENCES.items()):
        victim = f"victim.{lang}@example.org"
        visitor = FormVisitor(sqlite_app, form_key, ip=f"192.0.2.{n + 1}")
        visitor.open(lang=lang)
        answer = visitor.post(name=SPAM_NAME, email=victim, message=SPAM_TEXT, lang=lang)
        assert answer.status_code == 200, "the post itself is accepted and stored for the office"

        [mail] = mails_to(smtp_server, victim)
        whole_mail = mail.as_string()
        assert "evil.example" not in whole_mail, "neither the posted name nor the message reaches the address"
        assert "prize" not in whole_mail.lower() and "bank account" not in whole_mail.lower()
        assert fixed_sentence in mail.get_content(), lang
        assert mail["To"] == victim


def test_tag_case_and_dot_variants_of_one_mailbox_share_its_limit(app: Flask, smtp_server: Mailbox) -> None:
    form_key = office_form(app, smtp_server)
    app.config.update(DIALOOG_FORM_EMAIL_LIMIT=2, DIALOOG_FORM_IP_LIMIT=1000)
    families = {
        "plus": ["victim+1@example.org", "Victim+2@Example.org", "victim+3@example.org", "victim@example.org"],
        "gmail": ["v.ictim@gmail.com", "victim+x@googlemail.com", "V.I.C.T.I.M@gmail.com", "victim@gmail.com"],
    }
    for n, (family, addresses) in enumerate(families.items()):
        statuses = []
        for m, address in enumerate(addresses):
            visitor = FormVisitor(app, form_key, ip=f"192.0.2.{10 * n + m + 1}")  # a new client address each time
            visitor.open()
            statuses.append(visitor.post(email=address, message=f"Bericht {family} {m}").status_code)
        assert statuses == [200, 200, 429, 429], f"{family}: {statuses}"

    other = FormVisitor(app, form_key, ip="198.51.100.99")
    other.open()
    assert other.post(email="victim2@example.org").status_code == 200, "another mailbox is not held up"
    mails_to(smtp_server, "victim2@example.org")
    delivered = [recipient for recipients, _ in smtp_server.received for recipient in recipients]
    assert sum("example.org" in r and r.split("+")[0].lower() == "victim" for r in delivered) <= 2
    assert sum("@gmail.com" in r or "@googlemail.com" in r for r in delivered) == 2
