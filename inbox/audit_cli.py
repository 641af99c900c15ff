"""``python -m inbox audit …``: read the office's audit trail outside the web page."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import click
from flask.cli import AppGroup
from sqlalchemy import select

from inbox.models import Office, db

audit_cli = AppGroup("audit", help="The audit trail: who did what with voters' data (append-only).")


def _office_id(name: str) -> int:
    office_id = db.session.execute(select(Office.id).where(Office.name == name)).scalar_one_or_none()
    if office_id is None:
        names = ", ".join(db.session.execute(select(Office.name).order_by(Office.name)).scalars()) or "none yet"
        raise click.UsageError(f"No office named {name!r}; known offices: {names}.")
    return office_id


@audit_cli.command("export")
@click.option("--office", "office_name", required=True, help="The office (by name).")
@click.option("--since", help="From this day (YYYY-MM-DD, office time zone) or ISO time; default: the beginning.")
@click.option("--until", help="Up to and including this day (YYYY-MM-DD) or before this ISO time; default: now.")
@click.option("--action", default="", help="Only actions starting with this, e.g. 'conversation.' or 'audit.'.")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["csv", "jsonl"]),
    default="csv",
    show_default=True,
    help="CSV with a header row, or one JSON object per line.",
)
@click.option(
    "--output",
    "-o",
    type=click.File("w", encoding="utf-8", lazy=True),
    default="-",
    help="Write to this file instead of standard output.",
)
def export_command(
    office_name: str, since: str | None, until: str | None, action: str, export_format: str, output: click.File
) -> None:
    """Write the office's audit events, oldest first, as CSV or JSON lines.

    The export is itself recorded in the audit trail ("audit.exported"). The progress bar
    goes to standard error, so standard output can be redirected to a file.
    """
    from inbox.services.audit.search import (
        AuditFilterError,
        count_audit,
        export_lines,
        iter_audit,
        office_zone,
        parse_audit_filters,
        record_export,
    )

    office_id = _office_id(office_name)
    try:
        filters = parse_audit_filters(
            {"since": since or "", "until": until or "", "action": action}, office_zone(office_id)
        )
    except AuditFilterError as error:
        raise click.UsageError(str(error)) from None
    record_export(office_id, None, export_format, filters, "cli")
    total = count_audit(office_id, filters)  # (the export's own event may be among them)
    exported = 0
    with click.progressbar(length=total, label="exporting", file=sys.stderr) as bar:

        def counted() -> Iterator[dict[str, Any]]:
            nonlocal exported
            for event in iter_audit(office_id, filters):
                exported += 1
                bar.update(1)
                yield event

        for line in export_lines(counted(), export_format):
            output.write(line)  # type: ignore[attr-defined]
    click.echo(f"Exported {exported} audit events of {office_name}.", err=True)
