"""``python -m inbox triage …``: tag exported data, re-triage the backlog, train heads."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

import click
from flask import current_app
from flask.cli import AppGroup

triage_cli = AppGroup("triage", help="Tag messages, re-triage after a model change, train heads.")

BATCH = 64


def _read_json_lines(stream: TextIO) -> list[dict[str, Any]]:
    """Parse JSON lines; a bad line is reported with its number and skipped, never fatal."""
    records = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError('expected an object with a "text" string')
        except ValueError as error:
            click.echo(f"line {number}: skipped ({error})", err=True)
            continue
        records.append(record)
    return records


@triage_cli.command("tag")
@click.option("--min-campaign-size", default=3, show_default=True, help="Messages needed to call a group a campaign.")
def tag_command(min_campaign_size: int) -> None:
    """Read JSON lines {"id", "text"} on stdin; write one JSON line of tags per input on stdout.

    Campaigns are matched as the worker does: the input is a stream in arrival order, fed
    batch by batch to the incremental matcher, whose campaigns and pool of recent
    unclustered messages carry over from batch to batch (a campaign founded late still
    takes earlier messages from the pool). A progress bar goes to standard error.
    """
    from inbox.triage.campaign_stream import CampaignStream
    from inbox.triage.models import get_triager

    records = _read_json_lines(sys.stdin)
    triager = get_triager(current_app.extensions["dialoog.settings"])
    stream = CampaignStream(min_size=min_campaign_size)
    outputs = []
    with click.progressbar(length=len(records), label="tagging", file=sys.stderr) as bar:
        for start in range(0, len(records), BATCH):
            batch = records[start : start + BATCH]
            tagged = triager.analyse([r["text"] for r in batch])
            usable = [i for i, output in enumerate(tagged) if output.embedding is not None]
            if usable:
                import numpy as np

                stream.feed(
                    [start + i for i in usable],
                    np.stack([tagged[i].embedding for i in usable]),
                    [batch[i]["text"] for i in usable],
                )
            outputs.extend(tagged)
            bar.update(len(batch))
    for index, (record, output) in enumerate(zip(records, outputs, strict=True)):
        campaign = stream.campaign(index)
        line = {"id": record.get("id"), **output.as_json(), "campaign": campaign - 1 if campaign else None}
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


@triage_cli.command("retriage")
@click.option("--office", "office_name", help="Only this office (default: all).")
@click.option("--all", "everything", is_flag=True, help="Also messages already tagged by the current models.")
def retriage_command(office_name: str | None, everything: bool) -> None:
    """Re-triage messages tagged by other model versions (after a model change), with progress.

    Tags a person corrected are kept.
    """
    from inbox.services.intake.retriage import messages_to_retriage, retriage_batch

    ids = messages_to_retriage(office_name=office_name, everything=everything)
    if not ids:
        click.echo("Every message is tagged by the current models; nothing to do (use --all to force).")
        return
    with click.progressbar(length=len(ids), label="re-triaging", file=sys.stderr) as bar:
        for start in range(0, len(ids), BATCH):
            retriage_batch(ids[start : start + BATCH])
            bar.update(len(ids[start : start + BATCH]))
    click.echo(f"Re-triaged {len(ids)} message(s).")


@triage_cli.command("train", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def train_command(context: click.Context) -> None:
    """Retrain the committed heads from ../shared/data (see `triage train --help-training`)."""
    from inbox.triage.training.train import main

    args = list(context.args)
    main(["--help"] if args == ["--help-training"] else args)


@triage_cli.command("train-threat", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def train_threat_command(context: click.Context) -> None:
    """Retrain the threat head (inbox/triage/weights/threat.*) from the hand-written data; options as
    `python -m inbox.triage.training.threat --help`."""
    from inbox.triage.training.threat import main

    main(list(context.args))


@triage_cli.command("learn")
@click.option("--office", "office_name", required=True, help="The office whose corrections to learn from.")
def learn_command(office_name: str) -> None:
    """Retrain the office's topic and sentiment heads from its corrections and print the gain."""
    from inbox.services.access.users import find_office
    from inbox.services.learning.retrain import learn_from_corrections

    office = find_office(office_name)
    if office is None:
        raise click.UsageError(f"No office named {office_name!r}.")
    for report in learn_from_corrections(office.id):
        click.echo(report.describe())
