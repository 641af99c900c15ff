"""The website contact form, as a voter and as a bot see it; its storage and confirmation mail."""

from __future__ import annotations

import logging
import re
import time

import pytest
from flask import Flask
from markupsafe import escape
from sqlalchemy import func, select

from inbox.models import ChannelAccount, ChannelKind, Contact, Message, db
from inbox.services.webform.texts import DEFAULT_CONSENT
from tests.clients import isolated_client
from tests.contacts.conftest import Mailbox, form_key_of
from tests.factories import OfficeSetup, office_with_users


def stored_messages() -> list[Message]:
    """Every message stored on a WEBFORM account."""
    db.session.expire_all()
    return list(
        db.session.execute(
            select(Message)
            .join(ChannelAccount, ChannelAccount.id == Message.channel_account_id)
            .where(ChannelAccount.kind == ChannelKind.WEBFORM)
            .order_by(Message.id)
        ).scalars()
    )


@pytest.mark.parametrize(
    ("lang", "label", "button"),
    [
        ("nl", "Uw bericht", "Versturen"),
        ("fr", "Votre message", "Envoyer"),
        ("en", "Your message", "Send"),
        ("de", "Ihre Nachricht", "Senden"),
    ],
)
def test_form_renders_in_the_voters_language(sqlite_app: Flask, visitor, lang: str, label: str, button: str) -> None:
    setup = office_with_users("Kabinet Peeters")
    html = visitor(form_key_of(setup.office.id)).open(lang=lang)
    assert f'<html lang="{lang}"' in html
    assert label in html and f">{button}</button>" in html
    assert str(escape(DEFAULT_CONSENT[lang])) in html
    assert "Kabinet Peeters" in html
    assert re.findall(r"<script(?![^>]*\bsrc=)", html) == [], "no inline scripts"


def test_form_follows_the_browser_language_and_may_be_framed(sqlite_app: Flask) -> None:
    setup = office_with_users("Kabinet Peeters")
    client = isolated_client(sqlite_app)
    page = client.get(f"/form/{form_key_of(setup.office.id)}", headers={"Accept-Language": "de-BE,de;q=0.9,en;q=0.5"})
    assert page.status_code == 200
    assert "Ihre Nachricht" in page.get_data(as_text=True)
    assert "frame-ancestors *" in page.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in page.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in page.headers
    assert client.get("/form/no-such-form").status_code == 404
    assert client.get("/static/form.js").status_code == 200


def test_valid_post_is_stored_and_confirmed_once(
    app: Flask, form_office: OfficeSetup, smtp_server: Mailbox, visitor
) -> None:
    voter = visitor(form_key_of(form_office.office.id))
    voter.open(lang="fr")
    answer = voter.post(
        email="Marie.Dubois@Example.BE",
        name="Marie Dubois",
        postcode="1000",
        lang="fr",
        message="Quand la ligne de tram sera-t-elle prolongée ?",
    )
    assert answer.status_code == 200
    assert "Votre message a bien été reçu" in answer.get_data(as_text=True)
    again = voter.post(
        email="Marie.Dubois@Example.BE",
        name="Marie Dubois",
        postcode="1000",
        lang="fr",
        message="Quand la ligne de tram sera-t-elle prolongée ?",
    )
    assert again.status_code == 200, "a double submit looks fine to the voter"

    [message] = stored_messages()
    assert message.text == "Quand la ligne de tram sera-t-elle prolongée ?"
    assert message.author_identity.external_id == "marie.dubois@example.be"
    raw = message.raw
    assert raw["from"] == "marie.dubois@example.be" and raw["name"] == "Marie Dubois" and raw["postcode"] == "1000"
    assert raw["references"] == [] and raw["subject"] == "Votre message à Kabinet Peeters"
    assert raw["consent"]["text"] == DEFAULT_CONSENT["fr"] and raw["consent"]["version"] == 1
    contact = db.session.get(Contact, message.author_identity.contact_id)
    assert (contact.email, contact.postcode) == ("marie.dubois@example.be", "1000")

    deadline = time.monotonic() + 5
    while not smtp_server.messages_to("marie.dubois@example.be") and time.monotonic() < deadline:
        time.sleep(0.05)
    [mail] = smtp_server.messages_to("marie.dubois@example.be")
    assert mail["Message-ID"] == raw["message_id"]
    assert mail["Subject"] == "Votre message à Kabinet Peeters"
    assert mail["Auto-Submitted"] == "auto-replied"
    assert "office@kamer.example" in mail["From"]
    assert "Merci pour votre message" in mail.get_content()
    assert "tram sera-t-elle" not in mail.get_content(), "the confirmation is a fixed text"


def test_errors_come_back_in_the_voters_language(app: Flask, form_office: OfficeSetup, visitor) -> None:
    voter = visitor(form_key_of(form_office.office.id))
    voter.open(lang="fr")
    answer = voter.post(name="", email="pas-une-adresse", message="x" * 10_001, consent=None, lang="fr")
    html = answer.get_data(as_text=True)
    assert answer.status_code == 422
    assert "Indiquez votre nom" in html
    assert "Indiquez une adresse e-mail valide" in html
    assert "Votre message est trop long (10001 caractères)" in html
    assert "Cochez le consentement" in html
    assert "pas-une-adresse" in html, "what the voter typed is kept"
    assert stored_messages() == []

    voter.open(lang="de")
    html = voter.post(message="   ", lang="de").get_data(as_text=True)
    assert "Bitte schreiben Sie Ihre Nachricht." in html
    assert stored_messages() == []


def test_honeypot_and_bad_tokens_store_nothing(
    app: Flask, form_office: OfficeSetup, smtp_server: Mailbox, visitor
) -> None:
    voter = visitor(form_key_of(form_office.office.id))
    voter.open(lang="en")
    trap = voter.post(website="http://cheap-pills.example", lang="en")
    assert trap.status_code == 200 and "Thank you" in trap.get_data(as_text=True), "the bot is not told"
    forged = voter.post(token="forged.token.value", lang="en")
    assert forged.status_code == 422 and "The form expired or was sent too quickly" in forged.get_data(as_text=True)
    other = visitor(form_key_of(office_with_users("Other office").office.id))
    other.open()
    wrong_form = voter.post(token=other.token, lang="en")
    assert wrong_form.status_code == 422
    app.config["DIALOOG_FORM_MIN_SECONDS"] = 30
    voter.open(lang="en")
    too_fast = voter.post(lang="en")
    assert too_fast.status_code == 422
    assert stored_messages() == [] and smtp_server.received == []


def test_bot_is_throttled_while_real_voters_get_through(app: Flask, form_office: OfficeSetup, visitor) -> None:
    app.config.update(DIALOOG_FORM_IP_LIMIT=3, DIALOOG_FORM_EMAIL_LIMIT=2)  # few stores: each one is triaged
    key = form_key_of(form_office.office.id)
    bot = visitor(key, ip="203.0.113.66")
    bot.open()
    statuses = []
    for n in range(200):  # 1000 took over a minute per database and proved no more than 200 (limit: 3)
        statuses.append(bot.post(message=f"BUY NOW {n}", email=f"bot{n}@spam.example").status_code)
        if statuses[-1] == 200:
            bot.open()  # a form token brings in one message: the bot needs a fresh page for the next
    assert statuses.count(429) == 197
    bot.open()
    throttled = bot.post(message="one more")
    assert throttled.status_code == 429 and "Retry-After" in throttled.headers
    assert "Probeer het later opnieuw" in throttled.get_data(as_text=True)

    rotating = [visitor(key, ip=f"192.0.2.{n}") for n in range(1, 6)]
    for n, client in enumerate(rotating):
        client.open()
        client.post(email="same@spam.example", message=f"spam {n}")
    same_address = db.session.execute(
        select(func.count(Message.id)).where(Message.raw["from"].as_string() == "same@spam.example")
    ).scalar_one()
    assert same_address == 2, "one e-mail address is throttled across client addresses"

    real = visitor(key, ip="198.51.100.23")
    real.open()
    answer = real.post(email="els@example.be", name="Els", message="Mijn straat staat weer onder water.")
    assert answer.status_code == 200
    texts = [message.text for message in stored_messages()]
    assert "Mijn straat staat weer onder water." in texts
    assert sum(text.startswith("BUY NOW") for text in texts) == 3


HOSTILE_NAME = '<script>alert("x")</script> \u202eJan'
HOSTILE_TEXT = '<img src=x onerror=alert(1)> <b>vet</b> \u202e\u05e9\u05dc\u05d5\u05dd 😀 "quotes" & ampersand'


def test_hostile_text_is_stored_as_plain_text_and_escaped(app: Flask, form_office: OfficeSetup, visitor) -> None:
    voter = visitor(form_key_of(form_office.office.id))
    voter.open()
    refused = voter.post(name=HOSTILE_NAME, message=HOSTILE_TEXT, consent=None)
    html = refused.get_data(as_text=True)
    assert refused.status_code == 422
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    voter.open()
    assert voter.post(name=HOSTILE_NAME, message=HOSTILE_TEXT).status_code == 200
    [message] = stored_messages()
    assert message.text == HOSTILE_TEXT and message.html is None
    assert message.raw["name"] == HOSTILE_NAME


def test_failed_confirmation_keeps_the_message(
    app: Flask, form_office: OfficeSetup, smtp_server: Mailbox, visitor, caplog
) -> None:
    from inbox.services.webform.submissions import webform_account

    account = webform_account(form_office.office.id)
    account.credentials = {**account.credentials, "smtp_port": 1}
    db.session.commit()
    voter = visitor(form_key_of(form_office.office.id))
    voter.open()
    with caplog.at_level(logging.WARNING, logger="inbox.services.webform.submissions"):
        answer = voter.post()
    assert answer.status_code == 200
    assert len(stored_messages()) == 1
    assert "confirmation to voter failed" in caplog.text


def test_admin_edits_consent_texts(app: Flask, form_office: OfficeSetup, staff_client, visitor) -> None:
    admin, headers = staff_client(form_office.admin)
    view = admin.get("/api/admin/form").get_json()
    assert view["consent"]["de"]["text"] == DEFAULT_CONSENT["de"] and view["consent_version"] == 1
    assert view["form_key"] in view["embed"]["script"] and "/static/form.js" in view["embed"]["script"]
    custom = "Ik ga akkoord dat Kabinet Peeters mijn politieke mening verwerkt <b>om te antwoorden</b>."
    changed = admin.put("/api/admin/form", json={"consent": {"nl": custom}}, headers=headers)
    assert changed.status_code == 200, changed.get_data(as_text=True)
    assert changed.get_json()["consent_version"] == 2
    assert admin.put("/api/admin/form", json={"consent": {"xx": "?"}}, headers=headers).status_code == 422
    assert admin.put("/api/admin/form", json={"consent": {"nl": "no token"}}).status_code == 400

    voter = visitor(view["form_key"])
    html = voter.open(lang="nl")
    assert "mijn politieke mening verwerkt &lt;b&gt;om te antwoorden&lt;/b&gt;" in html
    assert str(escape(DEFAULT_CONSENT["fr"])) in voter.open(lang="fr")
    voter.open(lang="nl")
    voter.post()
    [message] = stored_messages()
    assert message.raw["consent"] == {**message.raw["consent"], "text": custom, "version": 2, "language": "nl"}

    staff, staff_headers = staff_client(form_office.staff)
    assert staff.get("/api/admin/form").status_code == 403
    assert staff.put("/api/admin/form", json={"consent": {"nl": "x"}}, headers=staff_headers).status_code == 403


def wait_for_mails(smtp_server: Mailbox, address: str, count: int) -> list:
    """The mails to ``address`` once ``count`` have arrived (or what arrived within 10 s)."""
    deadline = time.monotonic() + 10
    while len(smtp_server.messages_to(address)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return smtp_server.messages_to(address)


def test_staff_reply_reaches_the_voter_by_mail_in_the_same_thread(
    app: Flask, form_office: OfficeSetup, smtp_server: Mailbox, staff_client, visitor
) -> None:
    voter = visitor(form_key_of(form_office.office.id))
    voter.open(lang="en")
    voter.post(email="ann@example.org", name="Ann", lang="en", message="Is the library open on Sundays?")
    [message] = stored_messages()
    [confirmation] = wait_for_mails(smtp_server, "ann@example.org", 1)

    politician, headers = staff_client(form_office.politician)
    answer = politician.post(
        f"/api/conversations/{message.conversation_id}/replies", json={"text": "Yes, from 10 to 16."}, headers=headers
    )
    assert answer.status_code == 202, answer.get_data(as_text=True)
    mails = wait_for_mails(smtp_server, "ann@example.org", 2)
    assert len(mails) == 2
    reply = mails[1]
    assert reply["In-Reply-To"] == confirmation["Message-ID"] == message.raw["message_id"]
    assert reply["Subject"].startswith("Re:") and "Your message to Kabinet Peeters" in reply["Subject"]
    assert "Yes, from 10 to 16." in reply.get_body(("plain",)).get_content()


def test_throttling_holds_across_server_processes(sqlite_app: Flask, tmp_path, visitor) -> None:
    from tests.conftest import make_app

    sqlite_app.config.update(DIALOOG_FORM_MIN_SECONDS=0, DIALOOG_FORM_IP_LIMIT=3)
    key = form_key_of(office_with_users("Kabinet Peeters").office.id)
    second = make_app(tmp_path)  # another server on the same database (same instance folder)
    second.config.update(DIALOOG_FORM_MIN_SECONDS=0, DIALOOG_FORM_IP_LIMIT=3)
    servers = [visitor(key, ip="203.0.113.9"), visitor(key, ip="203.0.113.9")]
    servers[1].client = isolated_client(second)
    statuses = []
    for n in range(40):
        server = servers[n % 2]
        server.open()
        statuses.append(server.post(email=f"bot{n}@spam.example", message=f"spam {n}").status_code)
    assert statuses[:3] == [200, 200, 200] and set(statuses[3:]) == {429}
    assert len(stored_messages()) == 3
