"""``python -m inbox privacy …``: voter export and erasure, retention, erasure ledger, end-of-mandate handover."""

from __future__ import annotations

import json
import sys

import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from inbox.models import Contact, Office, db

privacy_cli = AppGroup("privacy", help="Privacy (GDPR): export and erase voters, retention, office handover.")

_OFFICE = click.option("--office", "office_ref", required=True, help="Office id or exact name.")


def _office(value: str) -> Office:
    office = db.session.get(Office, int(value)) if value.isdigit() else None
    office = office or db.session.execute(select(Office).where(Office.name == value)).scalars().first()
    if office is None:
        names = ", ".join(f"{o.id}: {o.name}" for o in db.session.execute(select(Office).order_by(Office.id)).scalars())
        raise click.UsageError(f"No office {value!r}. Give an id or a name; known offices: {names or 'none yet'}.")
    return office


@privacy_cli.command("export-voter")
@click.option(
    "--contact", "contact_id", type=int, required=True, help="The voter's contact id (shown in the inbox URL)."
)
@click.option(
    "--out", "output", type=click.Path(dir_okay=False, writable=True), default="-", help="File; '-' is stdout."
)
def export_voter_command(contact_id: int, output: str) -> None:
    """Write everything held about one voter as JSON (audited as voter.exported)."""
    from inbox.services.privacy.export import export_voter

    try:
        data = export_voter(contact_id, None)
    except LookupError:
        raise click.UsageError(f"No contact {contact_id}: check the id (it is in the inbox's voter panel).") from None
    body = json.dumps(data, ensure_ascii=False, indent=1)
    if output == "-":
        click.echo(body)
    else:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(body)
        click.echo(f"Wrote {data['counts']['messages']} messages of contact {contact_id} to {output}.", err=True)


@privacy_cli.command("erase-voter")
@click.option("--contact", "contact_id", type=int, required=True, help="The voter's contact id.")
@click.option(
    "--reason",
    type=click.Choice(["voter_request", "objection", "no_longer_needed", "unlawful", "other"]),
    default="voter_request",
    show_default=True,
    help="Why (GDPR art. 17(1) grounds); the audit keeps this code only.",
)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def erase_voter_command(contact_id: int, reason: str, yes: bool) -> None:
    """Erase one voter everywhere (inbox, search, attachments; counts of past weeks stay)."""
    from inbox.services.privacy.erasure import erase_voter

    if not yes:
        click.confirm(f"Erase contact {contact_id} and everything about them? This cannot be undone", abort=True)
    try:
        result = erase_voter(contact_id, None, reason)
    except LookupError:
        raise click.UsageError(f"No contact {contact_id}: check the id.") from None
    counts = result["counts"]
    click.echo(
        f"Erased contact {contact_id}: {counts.get('conversations', 0)} conversations, "
        f"{counts.get('messages', 0)} messages, {counts.get('attachments', 0)} attachments."
    )


@privacy_cli.command("retention")
@_OFFICE
@click.option("--apply", "apply_", is_flag=True, help="Delete the voters the report lists (without it: report only).")
def retention_command(office_ref: str, apply_: bool) -> None:
    """Show which voters the office's retention period makes due; with --apply delete them."""
    from inbox.services.privacy.retention import apply_retention, retention_report

    office = _office(office_ref)
    report = retention_report(office.id)
    click.echo(f"Office {report['office']}: retention {report['retention_months']} months, cutoff {report['cutoff']}.")
    click.echo(
        f"Due: {report['voters']} voters, {report['conversations']} conversations, {report['messages']} messages; "
        f"oldest last contact {report['oldest_last_contact'] or '—'}."
    )
    for kind, counts in report["per_channel"].items():
        click.echo(f"  {kind:<10} {counts['conversations']:>7} conversations {counts['messages']:>9} messages")
    if not apply_:
        click.echo("Dry run: nothing deleted. Run again with --apply to delete them.")
        return
    with click.progressbar(length=report["voters"], label="deleting", file=sys.stderr) as bar:
        result = apply_retention(office.id, None, bar.update)
    click.echo(
        f"Deleted {result['voters']} voters, {result['conversations']} conversations, {result['messages']} messages."
    )


@privacy_cli.command("ledger-export")
@click.option(
    "--out", "output", type=click.Path(dir_okay=False, writable=True), default="-", help="File; '-' is stdout."
)
def ledger_export_command(output: str) -> None:
    """Write the erasure ledger (keyed hashes and dates, no personal data) as JSON lines, to keep beside backups."""
    from inbox.services.privacy.ledger import ledger_lines

    lines = list(ledger_lines())
    if output == "-":
        for line in lines:
            click.echo(line)
    else:
        with open(output, "w", encoding="utf-8") as handle:
            handle.writelines(line + "\n" for line in lines)
        click.echo(f"Wrote {len(lines)} ledger entries to {output}.", err=True)


@privacy_cli.command("reapply-erasures")
@click.option(
    "--ledger",
    "ledger_files",
    type=click.File("r", encoding="utf-8"),
    multiple=True,
    help="A file from `privacy ledger-export` (the ledger newer than the restored backup); repeatable.",
)
def reapply_erasures_command(ledger_files: tuple) -> None:
    """After restoring a backup: erase again every voter and office the erasure ledger names.

    Only what was stored before each erasure goes; messages a voter sent after being
    erased are new data and stay. Running it twice changes nothing the second time.
    """
    from inbox.services.privacy.ledger import import_ledger_lines, matching_contacts
    from inbox.services.privacy.reapply import reapply_erasures

    for handle in ledger_files:
        added = import_ledger_lines(handle)
        click.echo(f"{handle.name}: {added} ledger entries added.", err=True)
    with click.progressbar(length=len(matching_contacts()), label="erasing again", file=sys.stderr) as bar:
        result = reapply_erasures(bar.update)
    click.echo(
        f"Erased again: {result['offices']} offices, {result['voters']} voters "
        f"({result['conversations']} conversations, {result['messages']} messages)."
    )


@privacy_cli.command("handover")
@_OFFICE
@click.option(
    "--out", "output", type=click.Path(dir_okay=False, writable=True), required=True, help="The zip to write."
)
@click.option("--erase", is_flag=True, help="After the export, erase the office and all its data.")
@click.option("--yes", is_flag=True, help="With --erase: do not ask for the office's name.")
def handover_command(office_ref: str, output: str, erase: bool, yes: bool) -> None:
    """End of mandate: export the office's whole data as a zip of JSON-lines files; with --erase then erase it."""
    from inbox.services.privacy.office_erasure import erase_office
    from inbox.services.privacy.office_handover import count_office_rows, export_office

    office = _office(office_ref)
    office_id, name = office.id, office.name
    total = sum(count_office_rows(office_id).values())
    with open(output, "wb") as handle, click.progressbar(length=total, label="exporting", file=sys.stderr) as bar:
        manifest = export_office(office_id, None, handle, bar.update)
    rows = sum(entry["rows"] for entry in manifest["tables"].values())
    click.echo(f"Wrote {rows} rows of {len(manifest['tables'])} tables of {name} to {output}.")
    if not erase:
        return
    if not yes:
        typed = click.prompt(f"Type the office's name ({name}) to erase it", default="", show_default=False)
        if typed.strip() != name:
            raise click.ClickException("The name does not match; nothing was erased.")
    voters = db.session.execute(
        select(func.count()).select_from(Contact).where(Contact.office_id == office_id)
    ).scalar_one()
    with click.progressbar(length=voters, label="erasing", file=sys.stderr) as bar:
        result = erase_office(office_id, None, confirm_name=name, progress=bar.update)
    click.echo(
        f"Erased {name}: {result['voters']} voters, {result['people_removed']} people without another office. "
        "The audit trail of the handover is kept."
    )
