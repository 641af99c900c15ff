"""Small classification heads on the encoder's sentence embedding, in pure numpy.

A head is a stack of dense layers: none hidden (linear: logistic regression) or one or
more hidden ReLU layers (MLP), ending in softmax (one label per text) or sigmoid
(multi-label). Weights live in ``<name>.safetensors``; everything else (labels,
architecture, what it was trained on, validation scores, encoder version) in the
``<name>.json`` sidecar. No pickle: loading never runs code from the files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import load, save

FORMAT_VERSION = 1
STORAGE_DTYPES = ("float32", "float16")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")

Layer = tuple[np.ndarray, np.ndarray]


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def _sigmoid(logits: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * logits))  # overflow-free form of 1 / (1 + e^-x)


class Head:
    """A trained head: ``predict_proba(X)`` maps ``(n, dim)`` embeddings to ``(n, len(labels))``.

    ``layers`` are ``(weight (in, out), bias (out,))`` pairs; hidden layers use ReLU.
    ``dtype`` is the storage precision: weights are rounded to it on construction, so a
    head predicts exactly the same before saving and after loading. ``info`` holds the
    sidecar's free-form fields (training data, validation scores, encoder version, ...).
    """

    def __init__(
        self,
        name: str,
        labels: Sequence[str],
        layers: Sequence[Layer],
        *,
        multi_label: bool = False,
        dtype: str = "float32",
        info: dict[str, Any] | None = None,
    ) -> None:
        if not _NAME.match(name):
            raise ValueError(f"head name {name!r}: use lower-case letters, digits, '_', '-', '.'")
        if dtype not in STORAGE_DTYPES:
            raise ValueError(f"dtype must be one of {STORAGE_DTYPES}")
        if not layers:
            raise ValueError("a head needs at least one layer")
        self.name = name
        self.labels = [str(label) for label in labels]
        if len(set(self.labels)) != len(self.labels):
            raise ValueError("labels must be unique")
        self.multi_label = bool(multi_label)
        self.dtype = dtype
        self.layers: list[Layer] = [
            (np.ascontiguousarray(w, dtype=dtype), np.ascontiguousarray(b, dtype=dtype)) for w, b in layers
        ]
        self._check_shapes()
        # float32 copies for inference: numpy has no fast float16 product, and converting the
        # stored weights on every call cost more than the product itself
        self._compute_layers = [(w.astype(np.float32), b.astype(np.float32)) for w, b in self.layers]
        self._version: str | None = None
        self.info: dict[str, Any] = dict(info or {})

    def _check_shapes(self) -> None:
        width = self.layers[0][0].shape[0]
        for index, (weight, bias) in enumerate(self.layers):
            if weight.ndim != 2 or bias.shape != (weight.shape[1],) or weight.shape[0] != width:
                raise ValueError(f"layer {index}: weight {weight.shape} and bias {bias.shape} do not chain")
            width = weight.shape[1]
        if width != len(self.labels):
            raise ValueError(f"the last layer has {width} outputs for {len(self.labels)} labels")
        if not self.multi_label and width < 2:
            raise ValueError("a softmax head needs at least two labels")

    @property
    def input_dim(self) -> int:
        """Width of the embeddings this head takes."""
        return int(self.layers[0][0].shape[0])

    @property
    def architecture(self) -> dict[str, Any]:
        """Kind (linear/mlp), layer widths, hidden activation and output function."""
        hidden = [int(w.shape[1]) for w, _ in self.layers[:-1]]
        return {
            "type": "mlp" if hidden else "linear",
            "input_dim": self.input_dim,
            "hidden": hidden,
            "activation": "relu",
            "output": "sigmoid" if self.multi_label else "softmax",
        }

    @property
    def version(self) -> str:
        """``name@hash``: a 12-hex-digit hash of labels, architecture and stored weights (computed once)."""
        if self._version is None:
            digest = hashlib.sha256(json.dumps([self.labels, self.architecture], sort_keys=True).encode())
            for weight, bias in self.layers:
                digest.update(weight.tobytes())
                digest.update(bias.tobytes())
            self._version = f"{self.name}@{digest.hexdigest()[:12]}"
        return self._version

    def logits(self, embeddings: np.ndarray) -> np.ndarray:
        """Raw scores before softmax / sigmoid, float32 ``(n, len(labels))``."""
        x = np.asarray(embeddings, dtype=np.float32)
        if x.ndim == 1:
            x = x[None, :]
        if x.ndim != 2 or x.shape[1] != self.input_dim:
            raise ValueError(f"expected embeddings of shape (n, {self.input_dim}), got {x.shape}")
        for index, (weight, bias) in enumerate(self._compute_layers):
            x = x @ weight + bias
            if index < len(self._compute_layers) - 1:
                np.maximum(x, 0.0, out=x)
        return x

    def predict_proba(self, embeddings: np.ndarray) -> np.ndarray:
        """Probabilities per label: rows sum to 1 (softmax) or are independent (multi-label)."""
        logits = self.logits(embeddings)
        return _sigmoid(logits) if self.multi_label else _softmax(logits)

    def predict(self, embeddings: np.ndarray) -> list[str]:
        """The most probable label per row."""
        return [self.labels[i] for i in self.predict_proba(embeddings).argmax(axis=1)]

    def sidecar(self) -> dict[str, Any]:
        """The JSON sidecar's content."""
        return {
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "version": self.version,
            "labels": self.labels,
            "multi_label": self.multi_label,
            "architecture": self.architecture,
            "storage_dtype": self.dtype,
            "trained_at": self.info.get("trained_at") or datetime.now(UTC).isoformat(timespec="seconds"),
            **{k: v for k, v in self.info.items() if k != "trained_at"},
        }

    def save(self, directory: Path) -> Path:
        """Write ``<name>.safetensors`` and ``<name>.json`` into ``directory``; return the JSON path."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        tensors: dict[str, np.ndarray] = {}
        for index, (weight, bias) in enumerate(self.layers):
            tensors[f"layers.{index}.weight"] = weight
            tensors[f"layers.{index}.bias"] = bias
        sidecar = self.sidecar()
        self.info["trained_at"] = sidecar["trained_at"]
        _write_atomically(directory / f"{self.name}.safetensors", save(tensors, metadata={"version": self.version}))
        json_path = directory / f"{self.name}.json"
        _write_atomically(json_path, (json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        return json_path

    @classmethod
    def load(cls, directory: Path, name: str) -> Head:
        """Read a head written by :meth:`save` (checks the stored version hash)."""
        directory = Path(directory)
        sidecar = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        if sidecar.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{name}: unsupported head format {sidecar.get('format_version')!r}")
        tensors = load((directory / f"{name}.safetensors").read_bytes())
        count = len(sidecar["architecture"]["hidden"]) + 1
        layers = [(tensors[f"layers.{i}.weight"], tensors[f"layers.{i}.bias"]) for i in range(count)]
        reserved = {"format_version", "name", "version", "labels", "multi_label", "architecture", "storage_dtype"}
        head = cls(
            sidecar["name"],
            sidecar["labels"],
            layers,
            multi_label=sidecar["multi_label"],
            dtype=sidecar.get("storage_dtype", "float32"),
            info={k: v for k, v in sidecar.items() if k not in reserved},
        )
        if head.version != sidecar["version"]:
            raise ValueError(f"{name}: weights do not match the sidecar's version {sidecar['version']}")
        return head


def _write_atomically(path: Path, payload: bytes) -> None:
    """Write ``payload`` to a temporary sibling, then rename it over ``path``."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_bytes(payload)
    partial.replace(path)
