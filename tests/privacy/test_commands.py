"""The privacy commands explain themselves and tell the user what to do when something is wrong."""

from __future__ import annotations

import pytest
from flask import Flask

COMMANDS = ["export-voter", "erase-voter", "retention", "ledger-export", "reapply-erasures", "handover"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_privacy_command_has_help(sqlite_app: Flask, command: str) -> None:
    result = sqlite_app.test_cli_runner().invoke(args=["privacy", command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_an_unknown_office_or_contact_says_what_to_give(sqlite_app: Flask) -> None:
    runner = sqlite_app.test_cli_runner()
    office = runner.invoke(args=["privacy", "retention", "--office", "Nergens"])
    assert office.exit_code == 2 and "known offices: none yet" in office.output
    contact = runner.invoke(args=["privacy", "erase-voter", "--contact", "99", "--yes"])
    assert contact.exit_code == 2 and "No contact 99" in contact.output
