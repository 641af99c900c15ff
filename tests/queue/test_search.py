"""Full-text search: stems in four languages, voter names, hostile input, and the reindex command."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import text

from inbox.models import db
from inbox.services.conversations.queue import queue_page
from inbox.services.conversations.queue_filters import parse_queue_filters
from tests.queue.conftest import Desk, make_desk, post


def found(desk: Desk, query: str) -> list[int]:
    """Conversation ids the search box finds (all statuses)."""
    filters = parse_queue_filters({"q": query, "status": "open,pending,snoozed,closed"})
    return [item["id"] for item in queue_page(desk.office_id, desk.setup.staff.id, filters).items]


@pytest.fixture
def letters(desk: Desk) -> dict[str, int]:
    """One voter letter per language, triaged for real (language detected by the pipeline)."""
    texts = {
        "nl": "De fietspaden in onze gemeente zijn gevaarlijk en slecht onderhouden. Wanneer wordt dat aangepakt?",
        "fr": "Les impôts sur les petites entreprises sont beaucoup trop élevés. Que comptez-vous faire ?",
        "en": "The new taxes on family housing are unfair to young couples. Will you vote against them?",
        "de": "Die Steuern für kleine Betriebe sind viel zu hoch. Was werden Sie dagegen unternehmen?",
    }
    return {lang: post(desk.x, body, voter=f"voter-{lang}").conversation_id for lang, body in texts.items()}


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("nl", "fietspad"),  # singular finds the plural
        ("nl", "Fietspaden gevaarlijk"),  # every word must match
        ("fr", "impôt"),
        ("fr", "entreprise"),
        ("en", "tax"),
        ("en", "couple"),
        ("de", "Steuer"),
        ("de", "Betrieb"),
    ],
)
def test_a_word_finds_its_inflected_forms(desk: Desk, letters: dict[str, int], language: str, query: str) -> None:
    assert found(desk, query) == [letters[language]]


def test_plural_query_finds_singular_text(desk: Desk) -> None:
    singular = post(desk.x, "Het fietspad aan de school is onveilig voor kinderen.", voter="nl1").conversation_id
    impot = post(desk.x, "Cet impôt local est injuste pour les familles nombreuses.", voter="fr1").conversation_id
    assert found(desk, "fietspaden") == [singular]
    assert found(desk, "impôts") == [impot]
    assert found(desk, "fietspaden impôts") == []


def test_voter_names_and_handles_are_found(desk: Desk) -> None:
    marie = post(desk.x, "Bonjour.", voter="mdubois", name="Marie Dubois").conversation_id
    post(desk.x, "Goeiedag.", voter="jpeeters", name="Jan Peeters")
    assert found(desk, "dubois") == [marie]
    assert found(desk, "Marie DUBOIS") == [marie]
    assert found(desk, "h_mdubois") == [marie]
    assert found(desk, "marie peeters") == []


HOSTILE = [
    '"',
    "'",
    '"fiets',
    "fiets*",
    "*",
    "NEAR(fiets pad)",
    "fiets OR",
    "AND OR NOT",
    "-fiets",
    "^fiets",
    "document:fiets",
    "office_id:1",
    "fiets) OR (1=1",
    "'; DROP TABLE message; --",
    "!!! &&& ||| :: <-> ~~",
    "\x00fiets",
    "<script>alert(1)</script>",
    "x" * 10_000,
    "fiets " * 2_000,
    "🚲" * 500,
    "\u202egevaarlijk",
]


def test_hostile_queries_are_just_text(desk: Desk, letters: dict[str, int]) -> None:
    for query in HOSTILE:
        assert found(desk, query) in ([], [letters["nl"]], sorted(letters.values(), reverse=True)), query[:40]
    assert found(desk, '"fietspaden" OR "impôts"') == []  # OR is a word here, not an operator
    assert found(desk, "fiets* gevaarlijk") == []  # no prefix search: the star is ignored
    assert found(desk, '"gevaarlijk"') == [letters["nl"]]
    assert db.session.execute(text("SELECT count(*) FROM message")).scalar_one() == 4


def test_a_query_without_words_filters_nothing(desk: Desk, letters: dict[str, int]) -> None:
    assert sorted(found(desk, '"*"')) == sorted(letters.values())


def test_reindex_command_rebuilds_a_lost_index(app: Flask, desk: Desk, letters: dict[str, int]) -> None:
    tables = (
        ("message_search", "contact_search")
        if db.engine.dialect.name == "postgresql"
        else ("message_fts", "contact_fts")
    )
    for table in tables:
        db.session.execute(text(f"DELETE FROM {table}"))
    db.session.commit()
    assert found(desk, "fietspad") == []
    result = app.test_cli_runner().invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "Indexed 8 messages and voters" in result.output
    assert found(desk, "fietspad") == [letters["nl"]]
    assert found(desk, "voter-fr") == [letters["fr"]]  # the voter names are back too
    again = app.test_cli_runner().invoke(args=["search", "reindex", "--office", "Office A"])
    assert again.exit_code == 0 and found(desk, "steuer") == [letters["de"]]
    missing = app.test_cli_runner().invoke(args=["search", "reindex", "--office", "Nope"])
    assert missing.exit_code != 0 and "No office named 'Nope'" in missing.output


@pytest.mark.parametrize("threshold", [1, 2])
def test_common_words_take_the_other_path_with_the_same_answer(
    desk: Desk, letters: dict[str, int], monkeypatch: pytest.MonkeyPatch, threshold: int
) -> None:
    marie = post(desk.x, "Bonjour.", voter="mdubois", name="Marie Dubois").conversation_id
    expected = {query: found(desk, query) for query in ("fietspad", "impôts", "tax", "dubois", "steuer betrieb", "zzz")}
    monkeypatch.setattr("inbox.services.search.full_text.COMMON_MATCHES", threshold)
    assert {query: found(desk, query) for query in expected} == expected
    assert expected["dubois"] == [marie] and expected["fietspad"] == [letters["nl"]]


def test_reindex_without_the_search_tables_says_what_to_do(sqlite_app: Flask) -> None:
    post(make_desk("Office C").x, "Een bericht.", voter="c")
    db.session.execute(text("DROP TABLE message_fts"))
    db.session.commit()
    result = sqlite_app.test_cli_runner().invoke(args=["search", "reindex"])
    assert result.exit_code != 0
    assert "python -m inbox db upgrade" in result.output
