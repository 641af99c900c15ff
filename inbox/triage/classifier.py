"""A fine-tuned Hugging Face sequence classifier used directly as a tag's head.

A deployment that reaches the hub (or has a model folder) may name, for example, a
sentiment classifier fine-tuned on tweets; its labels are mapped onto Dialoog's tag set.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np


def parse_label_map(spec: str) -> dict[str, str]:
    """``"LABEL_0:negative,LABEL_1:neutral"`` → ``{"label_0": "negative", ...}`` (keys lower-cased)."""
    mapping: dict[str, str] = {}
    for pair in filter(None, (part.strip() for part in spec.split(","))):
        source, _, target = pair.partition(":")
        if not target:
            raise ValueError(f"label mapping {pair!r} must look like MODEL_LABEL:our_label")
        mapping[source.strip().lower()] = target.strip()
    return mapping


class SequenceClassifierHead:
    """Runs ``AutoModelForSequenceClassification`` and maps its labels onto ``labels``."""

    def __init__(
        self,
        model_name_or_path: str,
        labels: Sequence[str],
        label_map: dict[str, str] | None = None,
        *,
        max_length: int = 256,
        batch_size: int = 32,
    ) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self._torch = torch
        self.labels = list(labels)
        self.tokenizer = AutoTokenizer.from_pretrained(model_name_or_path)
        self.model = AutoModelForSequenceClassification.from_pretrained(model_name_or_path).eval()
        self.max_length = max_length
        self.batch_size = batch_size
        id2label = {int(k): str(v).lower() for k, v in self.model.config.id2label.items()}
        mapping = {k.lower(): v for k, v in (label_map or {}).items()}
        self._columns: list[int | None] = []
        for index in range(len(id2label)):
            name = id2label[index]
            target = mapping.get(name, name)
            self._columns.append(self.labels.index(target) if target in self.labels else None)
        if not any(column is not None for column in self._columns):
            raise ValueError(
                f"none of the model's labels {sorted(id2label.values())} map onto {self.labels}; "
                "set DIALOOG_SENTIMENT_LABELS, e.g. LABEL_0:negative,LABEL_1:neutral,LABEL_2:positive"
            )
        digest = hashlib.sha1(repr(sorted(id2label.items())).encode()).hexdigest()[:8]
        self.version = f"hf:{Path(model_name_or_path).name}@{digest}"

    def predict_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities over ``labels`` for each text (unmapped model labels are dropped)."""
        result = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        torch = self._torch
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            encoded = self.tokenizer(
                batch, padding=True, truncation=True, max_length=self.max_length, return_tensors="pt"
            )
            with torch.inference_mode():
                probabilities = torch.softmax(self.model(**encoded).logits, dim=-1).numpy()
            for source, target in enumerate(self._columns):
                if target is not None:
                    result[start : start + len(batch), target] += probabilities[:, source]
        totals = result.sum(axis=1, keepdims=True)
        return np.divide(result, totals, out=np.full_like(result, 1 / len(self.labels)), where=totals > 0)
