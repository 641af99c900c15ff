"""Honest uncertainty in the digest and dashboard (issues 16 and 21): a top topic the model was
unsure of is counted apart with "other", never ranked as a voters' concern nor as rising."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.digest.compute import compute_digest
from inbox.digest.dashboard import dashboard_data
from inbox.digest.periods import parse_week
from inbox.digest.render import render_digest
from inbox.models import ChannelKind, Contact, db
from inbox.services.privacy.erasure import erase_voter
from tests.digest import builders as b
from tests.factories import office_with_users

WEEK = parse_week("2026-03-23")

LINES = {
    "nl": "Daarnaast hadden 9 berichten geen duidelijk onderwerp (7 met een onzeker onderwerp, 2 zonder beleidsthema",
    "fr": "Par ailleurs, 9 messages n'avaient pas de sujet clair (7 au sujet incertain, 2 sans thème politique",
    "de": "Außerdem hatten 9 Nachrichten kein klares Thema (7 mit unsicherem Thema, 2 ohne politisches Thema",
    "en": "Besides, 9 messages had no clear topic (7 with an uncertain topic, 2 without a policy topic",
}


def _week_with_guesses() -> int:
    """7 voters whose energy topic is only a guess, 3 clear about mobility, 2 "other"; nothing last week."""
    office_id = office_with_users("Kabinet Janssens").office.id
    account = b.account(office_id, ChannelKind.X)
    hour = iter(range(1, 100))
    for number in range(7):
        conversation = b.conversation(office_id, account, b.voter(office_id, f"Twijfel {number}"))
        text = f"Het is allemaal zo duur geworden, ik kan niet meer rondkomen ({number})."
        b.inbound(conversation, WEEK.start_utc + timedelta(hours=next(hour)), text, topic="energy", uncertain=True)
    for number in range(3):
        conversation = b.conversation(office_id, account, b.voter(office_id, f"Pendelaar {number}"))
        text = f"De bus naar Ninove rijdt al twee weken niet meer op zondag ({number})."
        b.inbound(conversation, WEEK.start_utc + timedelta(hours=next(hour)), text, topic="mobility", uncertain=False)
    for number in range(2):
        conversation = b.conversation(office_id, account, b.voter(office_id, f"Fan {number}"))
        b.inbound(conversation, WEEK.start_utc + timedelta(hours=next(hour)), "Proficiat!", topic="other")
    db.session.commit()
    return office_id


def test_uncertain_topics_are_counted_apart_never_as_a_concern_nor_rising(app: Flask) -> None:
    office_id = _week_with_guesses()

    digest = compute_digest(office_id, WEEK, "nl", base_url="https://dialoog.example")

    assert [line.code for line in digest.topics] == ["mobility"]  # 7 voters guessed "energy": not a concern
    assert "energy" not in [line.code for line in digest.all_topics]
    assert "uncertain" not in [line.code for line in digest.all_topics]
    assert not [item for item in digest.rising if item.kind == "topic"]  # 7 voters from 0 would be "rising"
    assert (digest.uncertain_messages, digest.other_messages, digest.unclear_messages) == (7, 2, 9)
    assert digest.other_link == "https://dialoog.example/?topic=uncertain"
    assert digest.voters == 12 and digest.negative + digest.neutral + digest.positive == 12  # still adds up


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_the_line_without_a_clear_topic_reads_right_in_every_language(sqlite_app: Flask, language: str) -> None:
    office_id = _week_with_guesses()

    rendered = render_digest(compute_digest(office_id, WEEK, language))

    assert LINES[language] in rendered.text
    assert LINES[language].replace("'", "&#39;") in rendered.html
    assert "{" not in rendered.text


def test_a_guessed_topic_is_never_quoted_and_old_rows_count_under_their_topic(app: Flask) -> None:
    office_id = office_with_users().office.id
    account = b.account(office_id)
    guess = b.conversation(office_id, account, b.voter(office_id, "Twijfel"))
    b.inbound(
        guess,
        WEEK.start_utc + timedelta(hours=1),
        "Alles wordt duurder en niemand doet er iets aan.",
        topic="energy",
        uncertain=True,
    )
    old = b.conversation(office_id, account, b.voter(office_id, "Oud"))  # triaged before 0021: unknown (NULL)
    b.inbound(
        old, WEEK.start_utc + timedelta(hours=2), "Mijn energiefactuur is verdubbeld sinds januari.", topic="energy"
    )
    db.session.commit()

    digest = compute_digest(office_id, WEEK, "en")

    [line] = digest.topics
    assert (line.code, line.voters) == ("energy", 1)
    assert [quote.text for quote in line.quotes] == ["Mijn energiefactuur is verdubbeld sinds januari."]
    assert digest.uncertain_messages == 1


def test_the_dashboard_names_uncertain_and_never_charts_it_as_a_concern(app: Flask) -> None:
    office_id = _week_with_guesses()

    data = dashboard_data(office_id, WEEK, WEEK, "fr")

    assert data.weeks[0].topic_voters["uncertain"] == 7
    assert "energy" not in data.weeks[0].topic_voters
    assert data.topic_names["uncertain"] == "Sujet incertain"
    assert data.busiest_topics(6) == ["mobility"]


def test_an_erased_voter_s_uncertain_message_stays_counted_apart(app: Flask) -> None:
    office_id = _week_with_guesses()
    doubter = db.session.execute(select(Contact.id).where(Contact.display_name == "Twijfel 0")).scalar_one()

    erase_voter(doubter, None, "voter_request", office_id=office_id)

    digest = compute_digest(office_id, WEEK, "nl")
    assert db.session.execute(select(Contact.id).where(Contact.id == doubter)).first() is None
    assert digest.uncertain_messages == 7 and [line.code for line in digest.topics] == ["mobility"]
