"""What the digest counts as a voter concern: not the office's own names, not "Other", and clean quotes."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask

from inbox.digest.compute import compute_digest
from inbox.digest.periods import parse_week
from inbox.digest.render import render_digest
from inbox.models import ChannelAccount, ChannelKind, db
from tests.digest import builders as b
from tests.factories import office_with_users

WEEK = parse_week("2026-03-23")


def _office_of_anna_peeters() -> tuple[int, ChannelAccount]:
    setup = office_with_users("Kabinet Peeters")
    setup.politician.name = "Anna Peeters"
    account = ChannelAccount(office_id=setup.office.id, kind=ChannelKind.X, handle="AnnaPeetersBE", credentials={})
    db.session.add(account)
    db.session.flush()
    return setup.office.id, account


def test_the_offices_own_handle_and_name_are_never_a_rising_concern(app: Flask) -> None:
    office_id, account = _office_of_anna_peeters()
    for number in range(6):
        conversation = b.conversation(office_id, account, b.voter(office_id, f"Kiezer {number}"))
        text = f"@AnnaPeetersBE Beste Anna Peeters, de tramlijn naar Gentbrugge is weer afgeschaft ({number})"
        b.inbound(conversation, WEEK.start_utc + timedelta(hours=number + 1), text)
    db.session.commit()

    phrases = [item.label for item in compute_digest(office_id, WEEK, "nl").rising if item.kind == "phrase"]

    assert phrases and all(
        not {"anna", "peeters", "annapeetersbe", "kabinet"} & set(phrase.split()) for phrase in phrases
    ), phrases
    assert any("gentbrugge" in phrase or "tramlijn" in phrase for phrase in phrases)


def test_other_is_told_apart_and_never_listed_as_a_concern(app: Flask) -> None:
    office_id, account = _office_of_anna_peeters()
    for number in range(6):
        conversation = b.conversation(office_id, account, b.voter(office_id, f"Fan {number}"))
        b.inbound(
            conversation, WEEK.start_utc + timedelta(hours=number + 1), "Proficiat met uw verkiezing!", topic="other"
        )
    for number in range(2):
        conversation = b.conversation(office_id, account, b.voter(office_id, f"Pendelaar {number}"))
        b.inbound(conversation, WEEK.start_utc + timedelta(hours=number + 9), "De bus rijdt niet.", topic="mobility")
    db.session.commit()

    digest = compute_digest(office_id, WEEK, "nl")
    assert [line.code for line in digest.topics] == ["mobility"]
    assert "other" not in [line.code for line in digest.all_topics]
    assert digest.other_voters == 6
    assert (
        "Daarnaast hadden 6 berichten geen duidelijk onderwerp (0 met een onzeker onderwerp, 6 zonder beleidsthema"
        in (render_digest(digest).text)
    )


def test_quotes_never_start_with_what_was_removed(app: Flask) -> None:
    office_id, account = _office_of_anna_peeters()
    conversation = b.conversation(office_id, account, b.voter(office_id, "Jan Peeters"))
    text = "@AnnaPeetersBE @minister De bus naar Ninove rijdt niet meer sinds maandag, zie https://example.com @vervoer"
    b.inbound(conversation, WEEK.start_utc + timedelta(hours=2), text)
    db.session.commit()

    quote = compute_digest(office_id, WEEK, "nl").topics[0].quotes[0].text

    assert quote == "De bus naar Ninove rijdt niet meer sinds maandag, zie"
