"""Figures of the load run: latencies from the inboxes' sightings, the two tables, progress on stderr."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import numpy as np


def sighting_matrix(paths: list[Path], kind: str) -> tuple[dict[int, int], np.ndarray]:
    """Merge the client processes' dumps: conversation id → row, one column per client."""
    parts = []
    for path in paths:
        with np.load(path) as dump:
            parts.append((dump[f"{kind}_ids"], dump[kind]))
    ids = sorted({int(i) for part_ids, _ in parts for i in part_ids})
    rows = {conversation: index for index, conversation in enumerate(ids)}
    matrix = np.zeros((len(ids), sum(part.shape[1] for _, part in parts)))
    column = 0
    for part_ids, part in parts:
        for conversation, row in zip(part_ids, part, strict=True):
            matrix[rows[int(conversation)], column : column + part.shape[1]] = row
        column += part.shape[1]
    return rows, matrix


def visibility(paths: list[Path], kind: str, stored_at: dict[int, float], clients: int) -> dict[str, Any]:
    """For each (message, inbox): seen − stored, over every inbox; how many pairs were never seen live."""
    rows, matrix = sighting_matrix(paths, kind)
    delays: list[np.ndarray] = []
    unseen = 0
    for conversation, stored in stored_at.items():
        row = matrix[rows[conversation]] if conversation in rows else np.zeros(clients)
        seen = row[row > 0]
        unseen += clients - len(seen)
        delays.append(seen - stored)
    flat = np.concatenate(delays) * 1000 if delays else np.zeros(0)
    pairs = len(stored_at) * clients
    if not len(flat):
        return {"pairs": pairs, "unseen": unseen, "p50_ms": None, "p95_ms": None, "max_ms": None}
    return {
        "pairs": pairs,
        "unseen": unseen,
        "p50_ms": round(float(np.percentile(flat, 50)), 1),
        "p95_ms": round(float(np.percentile(flat, 95)), 1),
        "max_ms": round(float(flat.max()), 1),
    }


def _ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value / 1000:.1f} s" if value >= 10_000 else f"{value:.0f} ms"


def _seconds(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} s"


def scenario_table(rows: list[dict[str, Any]]) -> str:
    """One line per scenario (a Markdown table)."""
    lines = [
        "| scenario | messages | lost | duplicated | replies sent twice | p95 ingest→visible | drain time "
        "| queue page p95 | notes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        lines.append(
            f"| {row['scenario']} | {row['messages']:,} | {row['lost']} | {row['duplicated']} "
            f"| {row['replies_sent_twice']} | {_ms(row['visible']['p95_ms'])} | {_seconds(row['drain_seconds'])} "
            f"| {_ms(row['queue_page']['p95_ms'])} | {row['notes']} |"
        )
    return "\n".join(lines)


def process_table(rows: list[dict[str, Any]], scenarios: tuple[str, ...] = ("sustained", "burst")) -> str:
    """CPU (mean / max, % of one core) and peak memory per process, in the given scenarios."""
    shown = [row for row in rows if row["scenario"] in scenarios] or rows[:1]
    names: list[str] = []
    for row in shown:
        names += [name for name in row["processes"] if name not in names]
    header = "| process | " + " | ".join(f"{row['scenario']}: CPU mean / max | RSS max" for row in shown) + " |"
    lines = [header, "| --- |" + " ---: | ---: |" * len(shown)]
    for name in names:
        cells = []
        for row in shown:
            figures = row["processes"].get(name)
            cells.append(
                f"{figures['cpu_mean']:.0f} % / {figures['cpu_max']:.0f} % | {figures['rss_max_mb']:.0f} MB"
                if figures
                else "– | –"
            )
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


class Progress:
    """One status line on stderr: rewritten in place on a terminal, every 10 s otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self._last = 0.0

    def show(self, text: str) -> None:
        """Update the line."""
        if self.tty:
            sys.stderr.write("\r\033[K" + text)
            sys.stderr.flush()
        elif time.monotonic() - self._last >= 10:
            self._last = time.monotonic()
            print(text, file=sys.stderr, flush=True)

    def log(self, text: str) -> None:
        """A line of its own."""
        if self.tty:
            sys.stderr.write("\r\033[K")
        print(text, file=sys.stderr, flush=True)
