"""Topic heads: trained from descriptions and examples in a second; admins add topics; corrections count."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("torch")

from inbox.triage.encoder import TextEncoder, default_encoder_path  # noqa: E402
from inbox.triage.taxonomy import CHAMBER_THEME_TO_TOPIC, DEFAULT_TOPICS, LANGUAGES, TopicSpec  # noqa: E402
from inbox.triage.topics import topics_from_scores, train_topic_head  # noqa: E402

CODES = [
    "mobility",
    "housing",
    "climate_environment",
    "energy",
    "taxes_budget",
    "economy_jobs",
    "pensions_social",
    "healthcare",
    "education",
    "migration_integration",
    "security_justice",
    "governance_democracy",
    "europe_foreign",
    "agriculture_food",
    "digital_privacy",
    "local_services",
    "other",
]
ANIMALS = TopicSpec(
    "animal_welfare",
    {"nl": "Dierenwelzijn", "fr": "Bien-être animal", "en": "Animal welfare", "de": "Tierschutz"},
    {
        "nl": "Huisdieren, dierenasielen, zwerfkatten, dierenmishandeling en het verbod op pelsdierkwekerijen.",
        "fr": "Animaux de compagnie, refuges, chats errants, maltraitance animale.",
        "en": "Pets, animal shelters, stray cats, animal cruelty and bans on fur farming.",
        "de": "Haustiere, Tierheime, Streunerkatzen, Tierquälerei.",
    },
    (
        "Het dierenasiel zit overvol.",
        "Mon voisin maltraite son chien.",
        "Stray cats everywhere in our street.",
        "Das Tierheim braucht mehr Geld.",
    ),
)


class MemoEncoder:
    """The real encoder, remembering vectors so repeated trainings measure only the fitting."""

    def __init__(self, encoder: TextEncoder) -> None:
        self.encoder = encoder
        self.vectors: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if new:
            self.vectors.update(zip(new, self.encoder.embed(new), strict=True))
        return np.stack([self.vectors[t] for t in texts])


@pytest.fixture(scope="session")
def embed() -> MemoEncoder:
    path = os.environ.get("DIALOOG_ENCODER_PATH") or default_encoder_path(
        Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser()
    )
    return MemoEncoder(TextEncoder(path, num_threads=2))


def _top(head, embed: MemoEncoder, text: str) -> str:  # type: ignore[no-untyped-def]
    return topics_from_scores(head.predict_proba(embed([text]))[0], head.labels, 0.5)[0][0]


def test_taxonomy_is_complete() -> None:
    assert [t.code for t in DEFAULT_TOPICS] == CODES
    for topic in DEFAULT_TOPICS:
        assert set(topic.names) == set(LANGUAGES) == set(topic.descriptions)
        assert 4 <= len(topic.examples) <= 6
    assert set(CHAMBER_THEME_TO_TOPIC.values()) <= set(CODES)
    assert "VERVOERBELEID" in CHAMBER_THEME_TO_TOPIC


def test_topics_from_scores() -> None:
    labels = ["a", "b", "c"]
    assert topics_from_scores(np.array([0.2, 0.9, 0.6]), labels, 0.5) == [("b", 0.9), ("c", 0.6)]
    assert topics_from_scores(np.array([0.1, 0.3, 0.2]), labels, 0.5) == [("b", 0.3)]
    with pytest.raises(ValueError):
        topics_from_scores(np.array([0.1, 0.3]), labels)


def test_descriptions_alone_give_sensible_topics(embed: MemoEncoder) -> None:
    head = train_topic_head(embed, DEFAULT_TOPICS)
    assert head.labels == CODES and head.multi_label
    assert _top(head, embed, "De bus naar Hasselt komt nooit op tijd.") == "mobility"
    assert _top(head, embed, "Mon loyer a encore augmenté de 100 euros.") == "housing"
    assert _top(head, embed, "Wann bekomme ich endlich einen Termin beim Facharzt?") == "healthcare"


def test_admin_added_topic_works_before_any_correction(embed: MemoEncoder) -> None:
    message = "Het asiel in onze gemeente zit vol met achtergelaten honden."
    before = train_topic_head(embed, DEFAULT_TOPICS)
    assert _top(before, embed, message) != "animal_welfare"
    after = train_topic_head(embed, [*DEFAULT_TOPICS, ANIMALS])
    assert after.labels[-1] == "animal_welfare"
    assert _top(after, embed, message) == "animal_welfare"
    assert _top(after, embed, "Le refuge pour animaux de Namur manque de bénévoles.") == "animal_welfare"
    assert _top(after, embed, "De trein had weer vertraging.") == "mobility"


def test_corrections_change_a_prediction(embed: MemoEncoder) -> None:
    message = "Kunt u iets doen aan de lange wachttijden bij de dienst bevolking van onze gemeente?"
    before = _top(train_topic_head(embed, DEFAULT_TOPICS), embed, message)
    target = "governance_democracy" if before != "governance_democracy" else "local_services"
    corrections = [
        (message, target),
        ("Twee uur wachten aan het loket voor een identiteitskaart.", target),
        ("Waarom is het gemeentehuis op zaterdag dicht?", target),
    ]
    head = train_topic_head(embed, DEFAULT_TOPICS, corrections=corrections)
    assert _top(head, embed, message) == target
    assert head.info["training_data"]["corrections"] == 3


def test_training_takes_under_two_seconds(embed: MemoEncoder) -> None:
    examples = [(text, topic.code) for topic in DEFAULT_TOPICS for text in topic.examples] * 3
    embed([t for t, _ in examples] + [t for topic in DEFAULT_TOPICS for t in topic.training_texts()])
    start = time.perf_counter()
    head = train_topic_head(embed, DEFAULT_TOPICS, examples=examples)
    assert time.perf_counter() - start < 2.0
    assert head.info["training_data"]["examples"] == len(examples)


def test_unknown_codes_are_ignored_and_empty_topics_refused(embed: MemoEncoder) -> None:
    head = train_topic_head(embed, DEFAULT_TOPICS[:3], corrections=[("Iets over belastingen", "taxes_budget")])
    assert head.labels == CODES[:3] and head.info["training_data"]["corrections"] == 0
    with pytest.raises(ValueError, match="without any text"):
        train_topic_head(embed, [DEFAULT_TOPICS[0], TopicSpec("empty", {})])
