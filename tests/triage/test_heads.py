"""Trained heads: the committed weights give sensible answers; saving and loading is exact."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("torch")
pytest.importorskip("safetensors")

from inbox.triage.encoder import TextEncoder, default_encoder_path  # noqa: E402
from inbox.triage.heads import Head  # noqa: E402
from inbox.triage.pipeline import model_text  # noqa: E402
from inbox.triage.training.fit import average_logits  # noqa: E402

WEIGHTS = Path(__file__).resolve().parents[2] / "inbox" / "triage" / "weights"
COMMITTED = ("sentiment", "sentiment_en", "sentiment_fr", "sentiment_de", "toxicity", "needs_reply", "topic_default")


@pytest.fixture(scope="session")
def encoder() -> TextEncoder:
    """The real encoder: ``$DIALOOG_ENCODER_PATH``, else the converted default in the cache."""
    path = os.environ.get("DIALOOG_ENCODER_PATH") or default_encoder_path(
        Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser()
    )
    return TextEncoder(path, num_threads=2)


@pytest.fixture(scope="module")
def heads() -> dict[str, Head]:
    return {name: Head.load(WEIGHTS, name) for name in COMMITTED}


def _score(head: Head, encoder: TextEncoder, texts: list[str], label: str) -> np.ndarray:
    return head.predict_proba(encoder.embed(texts))[:, head.labels.index(label)]


def test_dutch_and_french_insults_are_toxic_criticism_is_not(heads: dict[str, Head], encoder: TextEncoder) -> None:
    abusive = [
        "Vuile klootzak, ik maak je af.",
        "Jij bent een waardeloze idioot.",
        "Espèce de connard, on va te retrouver.",
    ]
    fair = [
        "Uw beleid is een ramp voor de gepensioneerden.",
        "Je ne suis pas d'accord avec votre réforme des pensions.",
    ]
    assert (_score(heads["toxicity"], encoder, abusive, "toxic") > 0.5).all()
    assert (_score(heads["toxicity"], encoder, fair, "toxic") < 0.5).all()


def test_short_replies_a_french_insult_is_toxic_a_dutch_agreement_is_not(
    heads: dict[str, Head], encoder: TextEncoder
) -> None:
    """Two replies the head once got wrong (neither is in its training data)."""
    texts = [
        model_text("Sale con, dégage !"),
        model_text("@PoliticianBE @voter0 Helemaal mee eens, het is gevaarlijk!"),
    ]
    toxic, agreement = _score(heads["toxicity"], encoder, texts, "toxic")
    assert toxic > 0.5 > agreement


def test_needs_reply(heads: dict[str, Head], encoder: TextEncoder) -> None:
    asks = ["Kunt u mij helpen met mijn premie?", "Quand la ligne de bus sera-t-elle rétablie ?"]
    no = ["Bedankt voor uw inzet!", "Herzlichen Glückwunsch zur Wahl!", "Great speech yesterday, well done."]
    assert (_score(heads["needs_reply"], encoder, asks, "needs_reply") > 0.5).all()
    assert (_score(heads["needs_reply"], encoder, no, "needs_reply") < 0.5).all()


def test_sentiment(heads: dict[str, Head], encoder: TextEncoder) -> None:
    texts = [
        "C'est une honte, ce gouvernement nous détruit, je suis furieux et dégoûté.",
        "Thank you so much, this is wonderful news for our town!",
        "Bedankt, ik ben heel blij met de nieuwe bibliotheek!",
    ]
    assert heads["sentiment"].predict(encoder.embed(texts)) == ["negative", "positive", "positive"]


def test_default_topics_on_short_messages(heads: dict[str, Head], encoder: TextEncoder) -> None:
    texts = ["De trein naar Gent heeft weer een uur vertraging.", "Die Schule meiner Tochter hat keine Lehrer mehr."]
    assert heads["topic_default"].predict(encoder.embed(texts)) == ["mobility", "education"]


def test_committed_files_are_small_and_described() -> None:
    for name in COMMITTED:
        assert (WEIGHTS / f"{name}.safetensors").stat().st_size < 2_000_000
        sidecar = json.loads((WEIGHTS / f"{name}.json").read_text(encoding="utf-8"))
        for key in ("labels", "architecture", "training_data", "validation", "trained_at", "encoder_version"):
            assert sidecar[key], (name, key)
    assert "sentiment" in (WEIGHTS / "README.md").read_text(encoding="utf-8")


def _random_layers(rng: np.random.Generator, sizes: list[int]) -> list[tuple[np.ndarray, np.ndarray]]:
    return [
        (rng.normal(size=(a, b)).astype(np.float32), rng.normal(size=b).astype(np.float32))
        for a, b in itertools.pairwise(sizes)
    ]


@pytest.mark.parametrize(
    ("sizes", "multi_label", "dtype"),
    [
        ([384, 3], False, "float32"),
        ([384, 64, 5], True, "float16"),
        ([384, 32, 2], False, "float16"),
    ],
)
def test_save_load_round_trip_is_exact(tmp_path: Path, sizes: list[int], multi_label: bool, dtype: str) -> None:
    rng = np.random.default_rng(0)
    labels = [f"l{i}" for i in range(sizes[-1])]
    head = Head(
        "demo",
        labels,
        _random_layers(rng, sizes),
        multi_label=multi_label,
        dtype=dtype,
        info={"training_data": {"n": 1}, "validation": {"f1": 1.0}},
    )
    head.save(tmp_path)
    loaded = Head.load(tmp_path, "demo")
    x = rng.normal(size=(7, 384)).astype(np.float32)
    assert np.array_equal(head.predict_proba(x), loaded.predict_proba(x))
    assert loaded.version == head.version and loaded.labels == labels and loaded.multi_label is multi_label
    assert loaded.info["validation"] == {"f1": 1.0}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.json", "demo.safetensors"]


def test_probabilities_and_single_vector() -> None:
    rng = np.random.default_rng(1)
    softmax = Head("s", ["a", "b", "c"], _random_layers(rng, [384, 16, 3]))
    sigmoid = Head("m", ["a", "b"], _random_layers(rng, [384, 2]), multi_label=True)
    x = rng.normal(size=(4, 384))
    np.testing.assert_allclose(softmax.predict_proba(x).sum(axis=1), 1.0, rtol=1e-5)
    assert ((sigmoid.predict_proba(x) >= 0) & (sigmoid.predict_proba(x) <= 1)).all()
    assert softmax.predict_proba(x[0]).shape == (1, 3)
    with pytest.raises(ValueError, match="shape"):
        softmax.predict_proba(np.zeros((2, 10)))


def test_tampered_weights_are_refused(tmp_path: Path) -> None:
    head = Head("demo", ["a", "b"], _random_layers(np.random.default_rng(2), [384, 2]))
    head.save(tmp_path)
    other = Head("demo", ["a", "b"], _random_layers(np.random.default_rng(3), [384, 2]))
    other.save(tmp_path / "other")
    (tmp_path / "demo.safetensors").write_bytes((tmp_path / "other" / "demo.safetensors").read_bytes())
    with pytest.raises(ValueError, match="version"):
        Head.load(tmp_path, "demo")


def test_merged_ensemble_equals_mean_of_logits() -> None:
    rng = np.random.default_rng(4)
    members = [_random_layers(rng, [384, 8, 3]) for _ in range(3)]
    x = rng.normal(size=(5, 384))
    mean = np.mean([Head("e", ["a", "b", "c"], m).logits(x) for m in members], axis=0)
    np.testing.assert_allclose(
        Head("e", ["a", "b", "c"], average_logits(members)).logits(x), mean, rtol=1e-4, atol=1e-4
    )
