"""The demo as a first look: a calm pace one can change, canned replies to try, and a favicon."""

from __future__ import annotations

from flask import Flask

from inbox.demo import DEMO_OFFICE, seed_demo
from inbox.services.access.users import find_office
from inbox.services.replies.canned import list_canned_replies


def test_the_demo_is_calm_by_default_and_its_help_says_how_to_change_the_pace(sqlite_app: Flask) -> None:
    runner = sqlite_app.test_cli_runner()
    result = runner.invoke(args=["demo", "--help"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "--interval SECONDS" in text
    assert "Average seconds between two simulated voter messages, all channels together" in text
    assert "[default: 20.0;" in text

    refused = runner.invoke(args=["demo", "--interval", "0"])
    assert refused.exit_code == 2 and "--interval" in refused.output  # no flood by mistake


def test_the_demo_office_has_canned_replies_in_dutch_french_english_and_german(sqlite_app: Flask) -> None:
    credentials = {"consumer_key": "k", "consumer_secret": "s", "access_token": "t", "access_token_secret": "u"}
    seed_demo("http://127.0.0.1:9", credentials)
    seed_demo("http://127.0.0.1:9", credentials)  # a second start adds nothing

    office = find_office(DEMO_OFFICE)
    assert office is not None
    canned = list_canned_replies(office.id)
    assert sorted(entry["language"] for entry in canned) == ["de", "en", "fr", "nl"]
    assert all("{voter_name}" in entry["body"] for entry in canned)


def test_every_page_shows_the_favicon(sqlite_app: Flask) -> None:
    client = sqlite_app.test_client()
    link = '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">'
    assert link in client.get("/login").get_data(as_text=True)
    assert link in client.get("/nowhere", headers={"Accept": "text/html"}).get_data(as_text=True)
    icon = client.get("/static/favicon.svg")
    assert icon.status_code == 200 and icon.mimetype == "image/svg+xml"
    assert b"<svg" in icon.get_data()
