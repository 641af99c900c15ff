"""``flask digest …``: render or send one office's weekly digest for a given week."""

from __future__ import annotations

import sys

import click
from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from inbox.digest.compute import compute_digest
from inbox.digest.delivery import create_deliveries, deliver_digest, reset_for_resend
from inbox.digest.i18n import LANGUAGES
from inbox.digest.periods import Week, parse_week, week_containing
from inbox.digest.recipients import recipients_of, settings_for
from inbox.digest.render import build_email, render_digest
from inbox.models import DigestDelivery, Office, db, utcnow

digest_cli = click.Group("digest", help="Render or send the weekly concern summary of an office.")


def _office(value: str) -> Office:
    try:
        db.session.execute(select(DigestDelivery.id).limit(1))
    except SQLAlchemyError:
        db.session.rollback()
        raise click.ClickException(
            "The database has no digest tables yet: run `python -m inbox db upgrade` first."
        ) from None
    office = db.session.get(Office, int(value)) if value.isdigit() else None
    office = office or db.session.execute(select(Office).where(Office.name == value)).scalars().first()
    if office is None:
        names = ", ".join(f"{o.id}: {o.name}" for o in db.session.execute(select(Office)).scalars())
        raise click.UsageError(f"No office {value!r}. Give an id or a name; known offices: {names or 'none yet'}.")
    return office


def _week(office: Office, value: str | None) -> Week:
    timezone = settings_for(office.id).timezone
    if not value:
        return week_containing(utcnow(), timezone).shifted(-1)
    try:
        return parse_week(value, timezone)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--week") from None


_OFFICE = click.option("--office", "office_ref", required=True, help="Office id or exact name.")
_WEEK = click.option("--week", help="Any date in the week (2026-03-30) or an ISO week (2026-W14). Default: last week.")


@digest_cli.command("render")
@_OFFICE
@_WEEK
@click.option("--language", type=click.Choice(LANGUAGES), help="Language (default: the office's).")
@click.option("--format", "form", type=click.Choice(["text", "html", "eml"]), default="text", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, writable=True), default="-", help="File; '-' is stdout.")
def render_command(office_ref: str, week: str | None, language: str | None, form: str, output: str) -> None:
    """Render a week's digest as plain text, HTML or a complete e-mail (.eml) without sending it."""
    office = _office(office_ref)
    chosen = _week(office, week)
    settings = current_app.extensions["dialoog.settings"]
    lang = language or office.language
    rendered = render_digest(compute_digest(office.id, chosen, lang, settings.public_url))
    if form == "eml":
        data = bytes(build_email(rendered, settings.mail_from, "preview@example.invalid", lang))
    else:
        data = (rendered.text if form == "text" else rendered.html).encode()
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        with open(output, "wb") as handle:
            handle.write(data)
        click.echo(f"Wrote the {form} digest of {office.name}, week {chosen.iso_label}, to {output}.", err=True)


@digest_cli.command("send")
@_OFFICE
@_WEEK
def send_command(office_ref: str, week: str | None) -> None:
    """Send a week's digest to the office's recipients now (each once; failed or unsent ones again)."""
    office = _office(office_ref)
    chosen = _week(office, week)
    recipients = recipients_of(office.id)
    if not recipients:
        raise click.ClickException(
            f"{office.name} has no digest recipients: add a politician to the office or an address in its settings."
        )
    create_deliveries(office.id, chosen, recipients)
    reset_for_resend(office.id, chosen)
    rows = db.session.execute(
        select(DigestDelivery.id).where(
            DigestDelivery.office_id == office.id, DigestDelivery.week_start == chosen.start
        )
    ).scalars()
    for delivery_id in list(rows):
        deliver_digest(delivery_id)
        delivery = db.session.get(DigestDelivery, delivery_id)
        detail = f" — {delivery.last_error}" if delivery.last_error else ""
        click.echo(f"{delivery.recipient}: {delivery.state}{detail}")


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@digest_cli.command("settings")
@_OFFICE
@click.option("--day", type=click.Choice(WEEKDAYS), help="Day the digest is sent.")
@click.option("--time", "send_time", help="Local send time, HH:MM (default 07:30).")
@click.option("--timezone", help="Time zone of day and time, e.g. Europe/Brussels.")
@click.option("--add", "added", multiple=True, help="Add a recipient: address[:language], e.g. pers@x.be:fr.")
@click.option("--remove", "removed", multiple=True, help="Remove an added recipient by address.")
@click.option("--politicians/--no-politicians", default=None, help="Send to the office's politicians too.")
@click.option("--enable/--disable", default=None, help="Switch the weekly digest on or off.")
def settings_command(
    office_ref: str,
    day: str | None,
    send_time: str | None,
    timezone: str | None,
    added: tuple[str, ...],
    removed: tuple[str, ...],
    politicians: bool | None,
    enable: bool | None,
) -> None:
    """Show or change when and to whom the office's digest goes."""
    from inbox.digest.recipients import save_settings

    office = _office(office_ref)
    current = settings_for(office.id)
    extras = [entry for entry in current.extra_recipients or [] if entry.get("email") not in set(removed)]
    for entry in added:
        email, _, language = entry.partition(":")
        extras.append({"email": email, "language": language or office.language})
    try:
        saved = save_settings(
            office.id,
            weekday=WEEKDAYS.index(day) if day else current.weekday,
            send_time=send_time or current.send_time,
            timezone=timezone or current.timezone,
            include_politicians=current.include_politicians if politicians is None else politicians,
            extra_recipients=extras,
            enabled=current.enabled if enable is None else enable,
        )
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    state = "on" if saved.enabled else "off"
    click.echo(f"{office.name}: {state}, {WEEKDAYS[saved.weekday]} {saved.send_time} {saved.timezone}")
    for recipient in recipients_of(office.id):
        click.echo(f"  {recipient.email} ({recipient.language})")
