"""Attachments of voters' mail: downloadable by staff of that office only, served safely."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from inbox.models import ChannelAccount, EmailAttachment, Message, User, db
from inbox.sandbox.mail.server import MailSandbox
from inbox.services.intake.polling import poll_account
from tests.factories import PASSWORD, office_with_users
from tests.mail.mails import voter_mail


def logged_in(app: Flask, user: User) -> FlaskClient:
    """A test client logged in through the real form (in a fresh app context: its own CSRF token)."""
    client = app.test_client()
    with app.app_context():
        form = client.get("/login").get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)
        data = {"email": user.email, "password": PASSWORD, "csrf_token": token.group(1) if token else ""}
        answer = client.post("/login", data=data)
    assert answer.status_code in (302, 303), answer.get_data(as_text=True)[:800]
    return client


def fetch(app: Flask, client: FlaskClient, url: str) -> TestResponse:
    """GET in a fresh app context, as a real request would have (no login cached in ``g``)."""
    with app.app_context():
        return client.get(url)


def test_staff_download_attachments_other_offices_cannot(
    app: Flask, office, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    mail = voter_mail(text="Foto van het kruispunt en een webpagina.")
    mail.add_attachment(b"\x89PNG\r\n\x1a\nkruispunt", maintype="image", subtype="png", filename="kruispunt.png")
    mail.add_attachment(b"<script>alert(1)</script>", maintype="text", subtype="html", filename="pagina.html")
    mail_sandbox.deliver(mail)
    poll_account(email_account.id)
    message = db.session.execute(select(Message)).scalar_one()
    png, page = db.session.execute(select(EmailAttachment).order_by(EmailAttachment.position)).scalars()

    staff = logged_in(app, office.staff)
    listing = fetch(app, staff, f"/attachments/message/{message.id}").get_json()["attachments"]
    assert [(a["name"], a["type"], a["size"]) for a in listing] == [
        ("kruispunt.png", "image/png", 17),
        ("pagina.html", "text/html", 25),
    ]
    download = fetch(app, staff, listing[0]["url"])
    assert download.status_code == 200
    assert download.data == b"\x89PNG\r\n\x1a\nkruispunt"
    assert "attachment" in download.headers["Content-Disposition"]
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    hostile = fetch(app, staff, f"/attachments/{page.id}")
    assert hostile.mimetype == "application/octet-stream"
    assert "attachment" in hostile.headers["Content-Disposition"]

    other = office_with_users("Other office")
    outsider = logged_in(app, other.staff)
    assert fetch(app, outsider, f"/attachments/{png.id}").status_code == 404
    assert fetch(app, outsider, f"/attachments/message/{message.id}").status_code == 404
    anonymous = fetch(app, app.test_client(), f"/attachments/{png.id}")
    assert anonymous.status_code in (302, 401)
