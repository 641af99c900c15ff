"""Run the voter check set through the triage pipeline and the campaign stream, and score it.

The messages go through :meth:`inbox.triage.pipeline.Triager.analyse` exactly as the
worker tags them (cleaning, language identification, one encoder pass, every head),
with the encoder's outputs cached per text; campaigns come from
:func:`inbox.triage.campaign_stream.stream_campaigns` over the fixed arrival order.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from inbox.triage.campaign_stream import stream_campaigns
from inbox.triage.evaluation.voter_check import LANGUAGES, VoterMessage, load, stream_order
from inbox.triage.evaluation.voter_scores import (
    accuracy_with_ci,
    ari_with_ci,
    ece_with_ci,
    f1_with_ci,
    macro_f1_with_ci,
)
from inbox.triage.heads import Head
from inbox.triage.pipeline import SENTIMENT_LABELS, TriageOutput, Triager
from inbox.triage.sentiment import LanguageRoutedHead
from inbox.triage.training.embed_cache import CachedEmbedder, load_measured_encoder

BATCH = 64


class CachedEncoder:
    """The encoder of ``runtime`` (PyTorch fp32 or ONNX int8), ``embed`` cached per text (``CachedEmbedder``)."""

    def __init__(
        self, encoder_path: str | Path | None, cache_dir: Path | None, *, threads: int = 2, runtime: str = "torch-fp32"
    ) -> None:
        encoder = load_measured_encoder(encoder_path, runtime, threads=threads)
        self.version = encoder.version
        self.max_length = encoder.max_length
        self.tokenizer = encoder.tokenizer
        self.embed = CachedEmbedder(encoder.embed, encoder.version, cache_dir)


def build_triager(encoder: CachedEncoder, weights: Path) -> Triager:
    """A triager over the heads committed in ``weights`` (as ``inbox.triage.models.build_triager``)."""
    heads: dict[str, Head | LanguageRoutedHead] = {
        name: Head.load(weights, name) for name in ("toxicity", "needs_reply")
    }
    heads["sentiment"] = LanguageRoutedHead.load(weights, "sentiment")
    return Triager(encoder, heads, Head.load(weights, "topic_default"))  # type: ignore[arg-type]


def tag_messages(triager: Triager, messages: Sequence[VoterMessage]) -> list[TriageOutput]:
    """Pipeline outputs for ``messages``, in order."""
    outputs: list[TriageOutput] = []
    for start in range(0, len(messages), BATCH):
        outputs.extend(triager.analyse([m.text for m in messages[start : start + BATCH]]))
    return outputs


def campaigns_in_stream(messages: Sequence[VoterMessage], outputs: Sequence[TriageOutput]) -> dict[str, int | None]:
    """Each message's campaign id, from the stream matcher fed in :func:`stream_order`."""
    by_id = {m.id: (m, o) for m, o in zip(messages, outputs, strict=True)}
    order = [m.id for m in stream_order(list(messages))]
    embeddings = np.stack([by_id[i][1].embedding for i in order])
    found = stream_campaigns(embeddings, [by_id[i][0].text for i in order])
    return dict(zip(order, found, strict=True))


def score(
    messages: Sequence[VoterMessage],
    outputs: Sequence[TriageOutput],
    campaigns: dict[str, int | None],
    top2: Sequence[tuple[str, ...]],
) -> dict:
    """Every tag per language (and ``all``), with 95% intervals; ``top2``: each message's two best topic codes."""
    result: dict[str, Any] = {}
    for language in (*LANGUAGES, "all"):
        rows = [i for i, m in enumerate(messages) if language in ("all", m.language)]
        ms, os_, best2 = [messages[i] for i in rows], [outputs[i] for i in rows], [top2[i] for i in rows]
        top = [o.topics[0][0] if o.topics else "" for o in os_]
        result[language] = {
            "n": len(rows),
            "topic_top1": accuracy_with_ci([t == m.topic for t, m in zip(top, ms, strict=True)]),
            "topic_top2": accuracy_with_ci([m.topic in b for m, b in zip(ms, best2, strict=True)]),
            "topic_uncertain": accuracy_with_ci([bool(o.topic_uncertain) for o in os_]),
            "topic_top1_if_certain": accuracy_with_ci(
                [t == m.topic for t, m, o in zip(top, ms, os_, strict=True) if not o.topic_uncertain]
            ),
            "topic_top1_if_uncertain": accuracy_with_ci(
                [t == m.topic for t, m, o in zip(top, ms, os_, strict=True) if o.topic_uncertain]
            ),
            "sentiment_macro_f1": macro_f1_with_ci(
                [m.sentiment for m in ms], [o.sentiment or "" for o in os_], SENTIMENT_LABELS
            ),
            "needs_reply_f1": f1_with_ci(
                ["yes" if m.needs_reply else "no" for m in ms], ["yes" if o.needs_reply else "no" for o in os_], "yes"
            ),
            "topic_ece": ece_with_ci(
                [o.topics[0][1] if o.topics else 0.0 for o in os_], [t == m.topic for t, m in zip(top, ms, strict=True)]
            ),
            "sentiment_ece": ece_with_ci(
                [o.sentiment_score or 0.0 for o in os_],
                [o.sentiment == m.sentiment for m, o in zip(ms, os_, strict=True)],
            ),
            "needs_reply_ece": ece_with_ci(
                [max(o.needs_reply_score or 0.0, 1 - (o.needs_reply_score or 0.0)) for o in os_],
                [bool(o.needs_reply) == m.needs_reply for m, o in zip(ms, os_, strict=True)],
            ),
            "language_accuracy": accuracy_with_ci([o.language == m.language for m, o in zip(ms, os_, strict=True)]),
            "toxic_false_alarms": accuracy_with_ci([bool(o.toxic) for o in os_]),
            "campaign_ari": ari_with_ci([m.campaign for m in ms], [campaigns[m.id] for m in ms]),
        }
    return result


def topic_confusions(messages: Sequence[VoterMessage], outputs: Sequence[TriageOutput], top: int = 12) -> list[str]:
    """The most frequent (true -> predicted) topic errors, as lines."""
    counts: dict[tuple[str, str], int] = {}
    for m, o in zip(messages, outputs, strict=True):
        predicted = o.topics[0][0] if o.topics else ""
        if predicted != m.topic:
            counts[(m.topic, predicted)] = counts.get((m.topic, predicted), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:top]
    return [f"{n:3d}  {truth} -> {predicted}" for (truth, predicted), n in ranked]


def run_voter_check(encoder: CachedEncoder, weights: Path) -> tuple[dict, list[str]]:
    """Tag the check set with the heads in ``weights``; scores and the top topic confusions."""
    messages = load()
    triager = build_triager(encoder, weights)
    outputs = tag_messages(triager, messages)
    head = triager.default_topic_head
    probabilities = head.predict_proba(np.stack([o.embedding for o in outputs]))
    top2 = [tuple(head.labels[j] for j in np.argsort(-row)[:2]) for row in probabilities]
    scores = score(messages, outputs, campaigns_in_stream(messages, outputs), top2)
    return scores, topic_confusions(messages, outputs)
