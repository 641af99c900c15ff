"""Loaders for the public training data (``shared/data``) and the hand-written sets.

Every loader takes the data folder as an argument: the data files are never copied into
the repository. Labels come back as strings so heads carry readable class names.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from inbox.triage.pipeline import model_text
from inbox.triage.taxonomy import CHAMBER_THEME_TO_TOPIC
from inbox.triage.training import handwritten

SENTIMENT_LABELS = ["negative", "neutral", "positive"]
TOXICITY_LABELS = ["ok", "toxic"]
NEEDS_REPLY_LABELS = ["no_reply", "needs_reply"]
XLMT_LANGUAGES = {"en": "english", "fr": "french", "de": "german"}
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "data"
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def tweet_text(raw: str) -> str:
    """A tweet as the pipeline's encoder sees a message: ``\\uXXXX`` escapes (left in the English
    XLM-T files) decoded, then :func:`inbox.triage.pipeline.model_text` (no handles or links)."""
    return model_text(_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), raw))


@dataclass(frozen=True)
class LabelledTexts:
    """Parallel lists of texts, string labels and (optionally) language codes."""

    texts: list[str]
    labels: list[str]
    languages: list[str]

    def __len__(self) -> int:
        return len(self.texts)

    def __add__(self, other: LabelledTexts) -> LabelledTexts:
        return LabelledTexts(self.texts + other.texts, self.labels + other.labels, self.languages + other.languages)


def _read_lines(path: Path) -> list[str]:
    """Lines of a UTF-8 text file without their line ends (trailing empty line dropped)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


def _read_split(folder: Path, split: str, names: list[str], language: str) -> LabelledTexts:
    """``<split>_text.txt`` + ``<split>_labels.txt`` (integer labels indexing ``names``), texts as
    :func:`tweet_text` cleans them."""
    texts = [tweet_text(t.strip()) for t in _read_lines(folder / f"{split}_text.txt")]
    labels = [names[int(x)] for x in _read_lines(folder / f"{split}_labels.txt")]
    if len(texts) != len(labels):
        raise ValueError(f"{folder}/{split}: {len(texts)} texts but {len(labels)} labels")
    return LabelledTexts(texts, labels, [language] * len(texts))


def load_sentiment(data_dir: Path, language: str, split: str) -> LabelledTexts:
    """XLM-T sentiment tweets for ``language`` (en/fr/de), ``split`` train or val."""
    folder = Path(data_dir) / "sentiment" / "xlmt" / XLMT_LANGUAGES[language]
    return _read_split(folder, split, SENTIMENT_LABELS, language)


def load_offensive(data_dir: Path, split: str) -> LabelledTexts:
    """TweetEval offensive (English), labels ``ok`` / ``toxic``."""
    return _read_split(Path(data_dir) / "offensive" / "tweeteval", split, TOXICITY_LABELS, "en")


@dataclass(frozen=True)
class ChamberQuestion:
    """One written question of the Belgian federal Chamber, with its main theme."""

    doc_id: str
    theme_main: str
    text: str

    @property
    def topic(self) -> str | None:
        """The taxonomy code the Chamber theme maps to, or None if unmapped."""
        return CHAMBER_THEME_TO_TOPIC.get(self.theme_main)


def load_chamber_questions(data_dir: Path) -> list[ChamberQuestion]:
    """All questions in ``topics/dekamer_nl.csv`` (including those without a theme)."""
    with open(Path(data_dir) / "topics" / "dekamer_nl.csv", encoding="utf-8", newline="") as handle:
        return [
            ChamberQuestion(row["doc_id"], row["theme_main"].strip(), " ".join(row["text"].split()))
            for row in csv.DictReader(handle)
        ]


def chamber_topic_examples(data_dir: Path) -> list[tuple[str, str]]:
    """``(text, code)`` for every Chamber question whose main theme maps onto a topic code."""
    return [(q.text, q.topic) for q in load_chamber_questions(data_dir) if q.topic]


def chamber_keyword_examples(data_dir: Path) -> list[tuple[str, str]]:
    """``(text, code)`` for Chamber questions WITHOUT a main theme whose theme keywords name main
    themes of exactly one code (e.g. ``FISCALITEIT,KANSSPEL`` -> taxes_budget).

    Extra training signal only: these questions are never scored, and a text that also
    appears with a main theme (the file holds some duplicates) is left out.
    """
    with open(Path(data_dir) / "topics" / "dekamer_nl.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    themed = {" ".join(row["text"].split()) for row in rows if row["theme_main"].strip()}
    examples = []
    for row in rows:
        text = " ".join(row["text"].split())
        if row["theme_main"].strip() or text in themed:
            continue
        codes = {
            CHAMBER_THEME_TO_TOPIC[k.strip()] for k in row["themes"].split(",") if k.strip() in CHAMBER_THEME_TO_TOPIC
        }
        if len(codes) == 1:
            examples.append((text, codes.pop()))
    return examples


def _from_triples(rows: list[tuple[str, str, str]]) -> LabelledTexts:
    """``(language, label, text)`` rows to :class:`LabelledTexts`."""
    return LabelledTexts([r[2] for r in rows], [r[1] for r in rows], [r[0] for r in rows])


def handwritten_toxicity_train() -> LabelledTexts:
    """Hand-written multilingual abusive / harsh-but-legitimate messages used in training."""
    return _from_triples(handwritten.TOXICITY_TRAIN)


def handwritten_toxicity_check(*, short: bool = False) -> LabelledTexts:
    """The separate hand-written toxicity check set (never used in training); ``short``: the one of short messages."""
    return _from_triples(handwritten.TOXICITY_CHECK_SHORT if short else handwritten.TOXICITY_CHECK)


def handwritten_needs_reply(split: str) -> LabelledTexts:
    """Hand-written needs-reply examples, ``split`` train or val (fixed split, see handwritten)."""
    return _from_triples(handwritten.needs_reply_split(split))
