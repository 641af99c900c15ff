"""Every command explains itself with --help, and the user command works end to end."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.models import Membership, Role, User, db

COMMANDS = ["demo", "serve", "create-user", "poll-once", "worker", "scheduler", "triage", "db"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(sqlite_app: Flask, command: str) -> None:
    result = sqlite_app.test_cli_runner().invoke(args=[command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_create_user_adds_a_login_with_a_role(sqlite_app: Flask) -> None:
    runner = sqlite_app.test_cli_runner()
    result = runner.invoke(
        args=[
            "create-user",
            "--office",
            "Kabinet Peeters",
            "--email",
            "Sam@Example.be",
            "--name",
            "Sam",
            "--role",
            "staff",
        ],
        input="long-enough-pass\nlong-enough-pass\n",
    )
    assert result.exit_code == 0, result.output
    user = db.session.execute(select(User).where(User.email == "sam@example.be")).scalar_one()
    membership = db.session.execute(select(Membership).where(Membership.user_id == user.id)).scalar_one()
    assert membership.role == Role.STAFF


def test_a_short_password_is_refused_with_the_reason(sqlite_app: Flask) -> None:
    result = sqlite_app.test_cli_runner().invoke(
        args=[
            "create-user",
            "--office",
            "K",
            "--email",
            "a@b.be",
            "--name",
            "A",
            "--role",
            "staff",
            "--password",
            "short",
        ]
    )
    assert result.exit_code != 0
    assert "at least 8 characters" in result.output


def test_worker_explains_that_it_needs_redis(sqlite_app: Flask) -> None:
    result = sqlite_app.test_cli_runner().invoke(args=["worker"])
    assert result.exit_code != 0
    assert "REDIS_URL" in result.output
