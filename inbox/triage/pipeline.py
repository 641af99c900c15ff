"""The triage pipeline: from message texts to tags, in one batched encoder pass.

Steps, all pure (no database): clean the text for the model, identify the language,
embed every text once with the multilingual encoder, then let each head read the same
embedding: topics, sentiment, toxicity, threat (with a lexical pre-check), needs-reply. Campaign matching uses the same
embeddings (see ``inbox.services.intake.campaigns``). One bad text never fails the batch: it
gets an error and no tags, and the others go on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from inbox.text import storable_text
from inbox.triage.heads import Head
from inbox.triage.language import UNDETERMINED, identify_language
from inbox.triage.sentiment import LanguageRoutedHead, combined_version, sentiment_probabilities
from inbox.triage.threat_look import ThreatSecondLook, decide_threats
from inbox.triage.threat_rules import threat_rule
from inbox.triage.topics import topics_from_scores
from inbox.triage.toxicity_threshold import toxic_threshold

log = logging.getLogger(__name__)

TOPIC_THRESHOLD = 0.35
SECOND_TOPIC_RATIO = 0.5  # a second topic is "close to the first" at half the top topic's score or more
MODEL_CHARS = 4000  # far beyond the encoder's window; the tokenizer truncates the rest
SENTIMENT_LABELS = ("negative", "neutral", "positive")


class Encoder(Protocol):
    """What the pipeline needs of an encoder (TextEncoder or OnnxTextEncoder)."""

    version: str
    max_length: int
    tokenizer: Any

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class TextClassifier(Protocol):
    """A head that reads texts directly (a fine-tuned Hugging Face classifier)."""

    labels: list[str]
    version: str

    def predict_texts(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass
class TriageOutput:
    """Tags for one text; ``error`` set (and tags empty) when this text could not be tagged."""

    language: str = UNDETERMINED
    language_confidence: float = 0.0
    languages: tuple[str, ...] = ()
    topics: list[tuple[str, float]] = field(default_factory=list)
    topic_uncertain: bool | None = None  # top topic under the head's calibrated threshold (None: head has none)
    topic_second: str | None = None  # a second topic as clear as a top topic (see topic_second)
    sentiment: str | None = None
    sentiment_score: float | None = None
    toxic: bool | None = None
    toxicity_score: float | None = None
    threat: bool | None = None
    threat_score: float | None = None
    threat_rule: str | None = None
    needs_reply: bool | None = None
    needs_reply_score: float | None = None
    truncated: bool = False
    embedding: np.ndarray | None = None
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``triage tag`` output shape (without id and campaign)."""
        return {
            "lang": self.language,
            "topics": [{"code": code, "score": round(score, 4)} for code, score in self.topics],
            "topic_uncertain": self.topic_uncertain,
            "topic_second": self.topic_second,
            "sentiment": {"label": self.sentiment, "score": _round(self.sentiment_score)},
            "toxic": {"flag": self.toxic, "score": _round(self.toxicity_score)},
            "threat": {"flag": self.threat, "score": _round(self.threat_score), "rule": self.threat_rule},
            "needs_reply": {"flag": self.needs_reply, "score": _round(self.needs_reply_score)},
            "truncated": self.truncated,
            **({"error": self.error} if self.error else {}),
        }


def topic_uncertain(head: Head, top: tuple[str, float]) -> bool | None:
    """Whether the top topic scores under the head's calibrated ``uncertain_below`` threshold for it."""
    thresholds = head.info.get("uncertain_below")
    return None if thresholds is None else top[1] < float(thresholds.get(top[0], 0.0))


def topic_second(head: Head, topics: Sequence[tuple[str, float]]) -> str | None:
    """The second topic of a message that carries two clear topics, else None.

    Set only when the top topic is not uncertain and the second one would itself be a clear
    top topic: it scores at least ``TOPIC_THRESHOLD`` (the score at which a topic is listed)
    and at least its own calibrated ``uncertain_below`` threshold, and at least
    ``SECOND_TOPIC_RATIO`` times the top topic's score (close to the first, not an echo of it).
    A head without calibrated thresholds gives no second topic.
    """
    thresholds = head.info.get("uncertain_below")
    if thresholds is None or len(topics) < 2 or topic_uncertain(head, topics[0]):
        return None
    code, score = topics[1]
    floor = max(TOPIC_THRESHOLD, float(thresholds.get(code, 0.0)), SECOND_TOPIC_RATIO * topics[0][1])
    return code if score >= floor else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


_ADDRESSING = re.compile(r"(?:https?://\S+|www\.\S+|(?<!\w)@\w+)")


def model_text(text: str) -> str:
    """The text the encoder sees: no @handles or links (they carry no meaning for the tags),
    valid Unicode, bounded length, never empty."""
    cleaned = " ".join(_ADDRESSING.sub(" ", storable_text(text)).split())[:MODEL_CHARS]
    return cleaned or "."


class Triager:
    """Runs the pipeline with one encoder and its heads."""

    def __init__(
        self,
        encoder: Encoder,
        heads: dict[str, Head | LanguageRoutedHead],
        default_topic_head: Head,
        sentiment_classifier: TextClassifier | None = None,
        threat_look: ThreatSecondLook | None = None,
    ) -> None:
        self.encoder = encoder
        self.heads = heads
        self.default_topic_head = default_topic_head
        self.sentiment_classifier = sentiment_classifier
        self.threat_look = threat_look

    def versions(self, topic_head: Head | None = None, sentiment_head: Head | None = None) -> dict[str, str]:
        """Which encoder and heads produce the tags (stored with every result)."""
        if self.sentiment_classifier is not None:
            sentiment = self.sentiment_classifier.version
        else:
            sentiment = combined_version(self.heads["sentiment"], sentiment_head)
        return {
            "encoder": self.encoder.version,
            "topic": (topic_head or self.default_topic_head).version,
            "sentiment": sentiment,
            "toxicity": self.heads["toxicity"].version,
            **({"threat": self._threat_version()} if "threat" in self.heads else {}),
            "needs_reply": self.heads["needs_reply"].version,
            "language": "py3langid-0.4",
        }

    def _embed_each(self, texts: list[str], outputs: list[TriageOutput]) -> np.ndarray:
        """Embed in one batch; if the batch fails, text by text so one bad text fails alone."""
        try:
            return self.encoder.embed(texts)
        except Exception:
            log.exception("batch embedding failed; embedding %d texts one by one", len(texts))
        rows = []
        for text, output in zip(texts, outputs, strict=True):
            try:
                rows.append(self.encoder.embed([text])[0])
            except Exception as error:
                output.error = f"embedding failed: {error.__class__.__name__}: {error}"
                rows.append(None)
        dim = next((row.shape[0] for row in rows if row is not None), 384)
        return np.stack([row if row is not None else np.zeros(dim, dtype=np.float32) for row in rows])

    def _truncation(self, texts: list[str]) -> list[bool]:
        """Which texts are longer than the encoder's window (tokenised only when they may be)."""
        flags = [False] * len(texts)
        long = [i for i, text in enumerate(texts) if len(text) > self.encoder.max_length * 2]
        if long:
            counts = self.encoder.tokenizer([texts[i] for i in long], add_special_tokens=True)["input_ids"]
            for index, ids in zip(long, counts, strict=True):
                flags[index] = len(ids) > self.encoder.max_length
        return flags

    def analyse(
        self, texts: Sequence[str], *, topic_head: Head | None = None, sentiment_head: Head | None = None
    ) -> list[TriageOutput]:
        """Tag every text; ``topic_head``/``sentiment_head`` are an office's own, if it has them.

        Sentiment comes from the expert of each text's language (or the shared head), plus
        the office's correction when ``sentiment_head`` is one.
        """
        outputs = [TriageOutput() for _ in texts]
        if not texts:
            return outputs
        prepared = [model_text(text) for text in texts]
        for output, text in zip(outputs, texts, strict=True):
            guess = identify_language(storable_text(text))
            output.language, output.language_confidence, output.languages = (
                guess.language,
                guess.confidence,
                guess.languages,
            )
        embeddings = self._embed_each(prepared, outputs)
        truncated = self._truncation(prepared)
        topic_scores = (topic_head or self.default_topic_head).predict_proba(embeddings)
        topic_labels = (topic_head or self.default_topic_head).labels
        if self.sentiment_classifier is not None:
            sentiment = self.sentiment_classifier.predict_texts(prepared)
            sentiment_labels = self.sentiment_classifier.labels
        else:
            sentiment, sentiment_labels = sentiment_probabilities(
                self.heads["sentiment"], embeddings, [o.language for o in outputs], sentiment_head
            )
        toxicity = self._positive_column(self.heads["toxicity"], embeddings)
        needs_reply = self._positive_column(self.heads["needs_reply"], embeddings)
        threat = self._threat_scores(embeddings, prepared, texts) if "threat" in self.heads else None
        for i, output in enumerate(outputs):
            output.truncated = truncated[i] or len(storable_text(texts[i])) > MODEL_CHARS
            if output.error:
                continue
            output.embedding = embeddings[i]
            output.topics = topics_from_scores(topic_scores[i], topic_labels, TOPIC_THRESHOLD)
            output.topic_uncertain = topic_uncertain(topic_head or self.default_topic_head, output.topics[0])
            output.topic_second = topic_second(topic_head or self.default_topic_head, output.topics)
            best = int(np.argmax(sentiment[i]))
            output.sentiment, output.sentiment_score = sentiment_labels[best], float(sentiment[i][best])
            output.toxicity_score = float(toxicity[i])
            output.toxic = output.toxicity_score >= toxic_threshold(self.heads["toxicity"].info, output.language)
            output.needs_reply_score = float(needs_reply[i])
            output.needs_reply = output.needs_reply_score >= self.heads["needs_reply"].info.get("threshold", 0.5)
            if threat is not None:
                output.threat_rule, output.threat_score, output.threat = threat[i]
        return outputs

    def _threat_version(self) -> str:
        version = self.heads["threat"].version
        return f"{version}+{self.threat_look.version}" if self.threat_look else version

    def _threat_scores(
        self, embeddings: np.ndarray, prepared: list[str], texts: Sequence[str]
    ) -> list[tuple[str | None, float, bool]]:
        """``(rule, score, flag)`` per text: the head's score raised by the lexical pre-check
        (``inbox.triage.threat_rules``); where that reaches the second look's gate, the second
        look's score (raised the same way) decides instead (``inbox.triage.threat_look``)."""
        head_scores = self._positive_column(self.heads["threat"], embeddings)
        rules = [threat_rule(storable_text(text)) for text in texts]
        threshold = float(self.heads["threat"].info.get("threshold", 0.5))
        return decide_threats(head_scores, rules, prepared, threshold, self.threat_look)

    @staticmethod
    def _positive_column(head: Head | LanguageRoutedHead, embeddings: np.ndarray) -> np.ndarray:
        """The probability of the head's positive label (the last one for a binary head)."""
        probabilities = head.predict_proba(embeddings)
        positive = head.info.get("positive_label", head.labels[-1])
        return probabilities[:, head.labels.index(positive)]
