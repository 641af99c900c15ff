"""The threat tag through the real pipeline: the issue's veiled threats are caught, criticism is not."""

from __future__ import annotations

import json

from flask import Flask

from inbox.triage.models import get_triager

THREATS = [
    "We weten waar ge woont.",
    "Ce serait dommage qu'il arrive quelque chose à ta fille.",
    "Ihr Auto steht ja immer vor dem Rathaus…",
    "See you at your gym on Thursday 😉",
]
NOT_THREATS = [
    "This budget kills the arts.",
    "Ik ga u blijven achtervolgen met vragen tot ik een antwoord krijg.",
    "On se retrouvera aux urnes.",
    "Wann wird die Brücke in der Kirchstraße endlich repariert?",
]


def test_threats_are_tagged_apart_from_toxicity(sqlite_app: Flask) -> None:
    triager = get_triager(sqlite_app.extensions["dialoog.settings"])
    outputs = triager.analyse(THREATS + NOT_THREATS)
    assert [o.threat for o in outputs] == [True] * len(THREATS) + [False] * len(NOT_THREATS)
    assert all(0.0 <= o.threat_score <= 1.0 for o in outputs)
    assert triager.versions()["threat"].startswith("threat@")


def test_the_tag_command_writes_the_threat_tag(sqlite_app: Flask) -> None:
    stdin = "\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate([THREATS[0], NOT_THREATS[0]]))
    result = sqlite_app.test_cli_runner().invoke(args=["triage", "tag"], input=stdin + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [row["threat"]["flag"] for row in rows] == [True, False]
    assert rows[0]["threat"]["rule"] == "knows_where" and isinstance(rows[1]["threat"]["score"], float)
    assert {"lang", "topics", "sentiment", "toxic", "needs_reply", "campaign"} <= set(rows[0])
