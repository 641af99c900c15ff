"""``python -m inbox search …``: maintain the full-text search index."""

from __future__ import annotations

import sys

import click
from flask.cli import AppGroup
from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from inbox.models import Office, db

search_cli = AppGroup("search", help="Full-text search of messages and voter names.")


@search_cli.command("reindex")
@click.option("--office", "office_name", help="Only this office (by name); default: every office.")
def reindex_command(office_name: str | None) -> None:
    """Index every stored message and voter name (for rows stored before search existed).

    Safe to run again at any time: rows are replaced, never duplicated.
    """
    from inbox.services.search.reindex import count_to_index, reindex

    office_id = None
    if office_name:
        office_id = db.session.execute(select(Office.id).where(Office.name == office_name)).scalar_one_or_none()
        if office_id is None:
            names = ", ".join(db.session.execute(select(Office.name).order_by(Office.name)).scalars()) or "none yet"
            raise click.UsageError(f"No office named {office_name!r}; known offices: {names}.")
    total = count_to_index(office_id)
    try:
        with click.progressbar(length=total, label="indexing", file=sys.stderr) as bar:
            done = reindex(office_id, bar.update)
    except DatabaseError as error:
        db.session.rollback()
        raise click.ClickException(
            f"Indexing failed ({error.orig.__class__.__name__}: {str(error.orig).strip()[:200]}). "
            "If the search tables are missing, run `python -m inbox db upgrade` first, then run this again."
        ) from None
    click.echo(f"Indexed {done} messages and voters.")
