"""The triage pipeline: pure steps from message text to tags.

This first form identifies the language; topic, sentiment, toxicity, needs-reply and
campaign steps join here, each adding to the same :class:`TriageOutput`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inbox.triage.language import identify_language

PIPELINE_VERSION = "lang:py3langid-0.4/nl-fr-en-de"


@dataclass(frozen=True)
class TriageOutput:
    """Tags for one text."""

    language: str
    language_confidence: float
    tags: dict[str, Any] = field(default_factory=dict)


def triage_texts(texts: list[str]) -> list[TriageOutput]:
    """Tag a batch of texts, in order."""
    outputs = []
    for text in texts:
        guess = identify_language(text)
        outputs.append(TriageOutput(language=guess.language, language_confidence=round(guess.confidence, 4)))
    return outputs
