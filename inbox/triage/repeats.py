"""Repeated texts are embedded once: campaign copies and retweets skip the encoder.

A campaign sends the same letter hundreds of times and a retweet repeats its tweet; the
encoder pass is ~85% of triage's time, and its output depends on the text alone. So the
triage encoder is wrapped by :class:`RepeatAwareEncoder`: within one call every distinct
text is embedded once, and the embeddings of recent texts are kept (an LRU keyed by the
text's SHA-256, so no voter's words stay in the worker's memory after their message is
erased), and a copy arriving later reuses the embedding of the first. Every head
still reads that embedding, so the tags of a copy are exactly those of the text it repeats
(and an office's own heads, or a sentiment expert for another language, still apply).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

REPEAT_CACHE_TEXTS = 20_000  # 384 floats each: ~30 MB


class RepeatAwareEncoder:
    """An encoder (``TextEncoder`` or ``OnnxTextEncoder``) that embeds each distinct text once.

    ``texts_encoded`` and ``calls`` count what reached the wrapped encoder (texts, calls).
    """

    def __init__(self, encoder: Any, capacity: int = REPEAT_CACHE_TEXTS) -> None:
        self.inner = encoder
        self.capacity = capacity
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()  # SHA-256 of the text -> embedding
        self._lock = threading.Lock()
        self.texts_encoded = 0
        self.calls = 0

    @property
    def version(self) -> str:
        """The wrapped encoder's version (the embeddings are its own)."""
        return str(self.inner.version)

    @property
    def max_length(self) -> int:
        """The wrapped encoder's window in tokens."""
        return int(self.inner.max_length)

    @property
    def tokenizer(self) -> Any:
        """The wrapped encoder's tokenizer."""
        return self.inner.tokenizer

    def __getattr__(self, name: str) -> Any:
        """Anything else (``model``, ``dim``…) is the wrapped encoder's."""
        if name == "inner":  # not set yet (copying, unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)

    def clear(self) -> None:
        """Forget the kept embeddings (a benchmark's timed runs start cold)."""
        with self._lock:
            self._cache.clear()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Float32 unit vectors ``(len(texts), dim)`` in input order; each new distinct text encoded once."""
        texts = list(texts)
        if not texts:
            return np.asarray(self.inner.embed([]), dtype=np.float32)
        keys = {text: hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest() for text in texts}
        rows: dict[str, np.ndarray] = {}
        with self._lock:
            for text, key in keys.items():
                if key in self._cache:
                    self._cache.move_to_end(key)
                    rows[text] = self._cache[key]
        missing = [text for text in keys if text not in rows]
        if missing:
            embedded = np.asarray(self.inner.embed(missing), dtype=np.float32)
            with self._lock:
                self.calls += 1
                self.texts_encoded += len(missing)
                for text, row in zip(missing, embedded, strict=True):
                    row = row.copy()
                    row.setflags(write=False)  # shared by every copy of the text
                    rows[text] = self._cache[keys[text]] = row
                while len(self._cache) > self.capacity:
                    self._cache.popitem(last=False)
        return np.stack([rows[text] for text in texts])
