"""German beyond the pages: the invitation mail of a German-speaking office, the digest's counts,
dates and durations as Babel writes them, and the website form."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from flask import Flask

from inbox.digest import i18n as digest_i18n
from inbox.models import db
from tests.clients import isolated_client, logged_in_client
from tests.contacts.conftest import form_key_of
from tests.factories import office_with_users
from tests.security.accounts import mailing


def test_a_german_speaking_office_invites_in_german(sqlite_app: Flask) -> None:
    with mailing(sqlite_app) as outbox:
        setup = office_with_users("Büro Eupen")
        setup.office.language = "de"
        db.session.commit()
        admin = logged_in_client(sqlite_app, setup.admin)
        invited = {"email": "lena@example.test", "name": "Lena Kessler", "role": "staff"}
        assert admin.post("/api/admin/users", json=invited).status_code == 201
        [mail] = outbox.to("lena@example.test")
    assert mail["Subject"] == "Einladung zu Büro Eupen in Dialoog"
    body = mail.get_content()
    assert "Büro Eupen lädt lena@example.test ein, in Dialoog mitzuarbeiten (Mitarbeiter)." in body
    assert "Haben Sie diese Einladung nicht erwartet?" in body
    # the expiry as Babel writes it in German, in the office's time zone
    assert re.search(r"gültig bis \d\d\.\d\d\.\d{4} \d\d:\d\d \(CES?T\), nur einmal verwendbar", body)


def test_the_digest_writes_counts_dates_and_durations_the_german_way() -> None:
    t = digest_i18n.t
    assert t("de", "summary", voters=1, messages=1234, previous=2) == (
        "1 Wähler schrieb 1.234 Nachrichten (letzte Woche: 2 Wähler)."
    )
    assert t("de", "backlog_line", count=3) == "Noch offen: 3 Gespräche warten auf Antwort"
    assert t("fr", "backlog_line", count=1) == "Encore ouvert : 1 conversation attend une réponse"
    assert digest_i18n.format_date(date(2026, 11, 26), "de") == "26.11.2026"
    assert digest_i18n.format_date(date(2026, 11, 26), "nl") == "26 nov 2026"
    # an instant late on Wednesday in UTC is already Thursday in Brussels
    late = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
    assert digest_i18n.format_date(late, "de", "Europe/Brussels") == "26.11.2026"
    assert digest_i18n.format_duration(5400, "de") == "1,5 Std."
    assert digest_i18n.format_duration(5400, "en") == "1.5 h"


def test_the_website_form_speaks_german(app: Flask) -> None:
    setup = office_with_users("Büro Eupen")
    page = isolated_client(app).get(f"/form/{form_key_of(setup.office.id)}?lang=de").get_data(as_text=True)
    assert '<html lang="de"' in page
    assert "Nachricht an Büro Eupen senden" in page and "Postleitzahl (optional)" in page
    assert "Ich willige ein, dass dieses Büro meine Nachricht" in page


def test_a_user_who_chooses_german_gets_german_pages_and_script_strings(app: Flask) -> None:
    setup = office_with_users("Büro Eupen")
    staff = logged_in_client(app, setup.staff)
    assert staff.put("/api/me/language", json={"language": "de"}).status_code == 200
    page = staff.get("/").get_data(as_text=True)
    assert '<html lang="de">' in page and "Posteingang" in page and "Abmelden" in page
    assert '<option value="de" selected>Deutsch</option>' in page
    strings = isolated_client(app).get("/i18n/de.json").get_json()
    assert strings["queue.empty"].startswith("Keine Gespräche.")
    assert strings["campaign.voters"] == {"one": "{count} Wähler", "other": "{count} Wähler", "count": "count"}
    assert isolated_client(app).get("/i18n/xx.json").status_code == 404
