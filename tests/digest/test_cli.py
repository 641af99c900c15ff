"""``flask digest render`` and ``flask digest send`` for a given office and week."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

from flask import Flask

from inbox.models import db
from tests.digest import builders as b
from tests.digest.conftest import Mailbox
from tests.factories import office_with_users


def office_with_a_week() -> str:
    setup = office_with_users("CLI office")
    channel = b.account(setup.office.id)
    for number in range(3):
        conversation = b.conversation(setup.office.id, channel, b.voter(setup.office.id, f"Jan{number} Smet"))
        b.inbound(conversation, datetime(2026, 10, 21, 12, number, tzinfo=UTC), "Huur is te duur.", topic="housing")
    db.session.commit()
    return setup.office.name


def test_help_is_there_for_every_command(app: Flask) -> None:
    runner = app.test_cli_runner()
    group = runner.invoke(args=["digest", "--help"])
    assert group.exit_code == 0 and "render" in group.output and "send" in group.output
    for command in ("render", "send"):
        result = runner.invoke(args=["digest", command, "--help"])
        assert result.exit_code == 0 and "--office" in result.output and "--week" in result.output


def test_render_writes_text_html_or_a_complete_email(app: Flask, tmp_path: Path) -> None:
    name = office_with_a_week()
    runner = app.test_cli_runner()
    text = runner.invoke(args=["digest", "render", "--office", name, "--week", "2026-W43", "--language", "en"])
    assert text.exit_code == 0, text.output
    assert "3 voters wrote 3 messages" in text.output and "Housing" in text.output
    target = tmp_path / "digest.eml"
    result = runner.invoke(
        args=["digest", "render", "--office", name, "--week", "2026-10-21", "--format", "eml", "--output", str(target)]
    )
    assert result.exit_code == 0, result.output
    message = message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message.get_content_type() == "multipart/alternative"
    unknown = runner.invoke(args=["digest", "render", "--office", "Nobody", "--week", "2026-W43"])
    assert unknown.exit_code != 0 and "No office 'Nobody'" in unknown.output and "CLI office" in unknown.output
    bad_week = runner.invoke(args=["digest", "render", "--office", name, "--week", "next tuesday"])
    assert bad_week.exit_code != 0 and "2026-W14" in bad_week.output


def test_send_mails_each_recipient_once_even_when_run_twice(app: Flask, mail_app: Mailbox) -> None:
    name = office_with_a_week()
    runner = app.test_cli_runner()
    first = runner.invoke(args=["digest", "send", "--office", name, "--week", "2026-10-19"])
    assert first.exit_code == 0, first.output
    assert ": sent" in first.output
    again = runner.invoke(args=["digest", "send", "--office", name, "--week", "2026-10-19"])
    assert again.exit_code == 0 and ": sent" in again.output
    assert len(mail_app.messages) == 1
    assert "3 kiezers" in mail_app.messages[0].get_body(("plain",)).get_content()


def test_settings_change_the_schedule_and_the_added_recipients(app: Flask) -> None:
    name = office_with_a_week()
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=[
            "digest",
            "settings",
            "--office",
            name,
            "--day",
            "friday",
            "--time",
            "17:00",
            "--add",
            "pers@example.test:fr",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "friday 17:00 Europe/Brussels" in result.output and "pers@example.test (fr)" in result.output
    bad = runner.invoke(args=["digest", "settings", "--office", name, "--timezone", "Mars/Olympus"])
    assert bad.exit_code != 0 and "unknown time zone" in bad.output
    removed = runner.invoke(args=["digest", "settings", "--office", name, "--remove", "pers@example.test"])
    assert "pers@example.test" not in removed.output
