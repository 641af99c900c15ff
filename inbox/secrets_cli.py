"""``python -m inbox secrets …``: the encryption key of secrets at rest, and rotating it.

Rotation, step by step (also in docs/configuration.md):

1. ``python -m inbox secrets new-key`` prints a fresh key.
2. Set ``DIALOOG_ENCRYPTION_KEY`` to it and put the previous key in
   ``DIALOOG_ENCRYPTION_OLD_KEYS``; restart the processes (they can read both).
3. ``python -m inbox secrets rotate`` re-encrypts every stored secret with the new key.
4. ``python -m inbox secrets check`` says nothing is left under an old key; remove
   ``DIALOOG_ENCRYPTION_OLD_KEYS`` and restart.
"""

from __future__ import annotations

import sys

import click
from cryptography.fernet import Fernet
from flask.cli import AppGroup

secrets_cli = AppGroup("secrets", help="Encrypted secrets at rest (channel credentials): check them, rotate the key.")


def _print_report(report, verb: str) -> None:  # type: ignore[no-untyped-def]
    for column in report.columns:
        line = f"{column.column}: {column.current} under the current key, {column.old_key} under an old key"
        if verb == "rotate":
            line += f", {column.rotated} re-encrypted"
        if column.unreadable:
            shown = ", ".join(column.unreadable[:20]) + (" …" if len(column.unreadable) > 20 else "")
            line += f", {len(column.unreadable)} UNREADABLE (ids {shown})"
        click.echo(line)


@secrets_cli.command("new-key")
def new_key_command() -> None:
    """Print a fresh encryption key (for DIALOOG_ENCRYPTION_KEY)."""
    click.echo(Fernet.generate_key().decode())


@secrets_cli.command("check")
def check_command() -> None:
    """Report encrypted values the configured keys cannot decrypt, and those still under an old key.

    Exits with status 1 when a value is unreadable, so it can guard a deployment.
    """
    from inbox.services.channel_accounts.secret_rotation import HOW_TO_FIX, check_secrets, count_encrypted

    with click.progressbar(length=count_encrypted(), label="checking", file=sys.stderr) as bar:
        report = check_secrets(bar.update)
    _print_report(report, "check")
    if report.unreadable:
        raise click.ClickException(f"{report.unreadable} encrypted values cannot be read. {HOW_TO_FIX}")
    old = sum(column.old_key for column in report.columns)
    if old:
        click.echo(f"{old} values are still under an old key: run `python -m inbox secrets rotate`.")
    else:
        click.echo("Every encrypted value opens with the current key (DIALOOG_ENCRYPTION_KEY).")


@secrets_cli.command("rotate")
def rotate_command() -> None:
    """Re-encrypt every stored secret with the current key (DIALOOG_ENCRYPTION_KEY).

    Values under a key listed in DIALOOG_ENCRYPTION_OLD_KEYS are re-encrypted; values already
    under the current key are left alone, so running it again (after an interruption) is safe.
    The rotation is recorded in the audit trail ("secrets.rotated").
    """
    from inbox.services.channel_accounts.secret_rotation import HOW_TO_FIX, count_encrypted, rotate_secrets

    with click.progressbar(length=count_encrypted(), label="re-encrypting", file=sys.stderr) as bar:
        report = rotate_secrets(bar.update)
    _print_report(report, "rotate")
    click.echo(f"Re-encrypted {report.rotated} values with the current key.")
    if report.unreadable:
        raise click.ClickException(
            f"{report.unreadable} encrypted values could not be read and were left as they are. {HOW_TO_FIX}"
        )
    click.echo("Once every process runs with the new key, DIALOOG_ENCRYPTION_OLD_KEYS can be removed.")
