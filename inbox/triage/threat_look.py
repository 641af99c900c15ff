"""A second look at possible threats: the encoder's top layers fine-tuned for threats.

Heads on the frozen encoder's sentence vector confuse veiled threats with harsh but
legitimate messages ("we'll be at your office on Monday", with a protest sign or with a
knife). Fine-tuning the top layers (LoRA adapters, :mod:`inbox.triage.training.tuned_top`)
separates them better: on the threat head's own cross-validation (training data only) the
false alarms on hard negatives at 90% of the threats fell from 13.3% to 9.4% (the committed run).
The messages behind the gate pass the lower layers a second time (the first pass's states are
not kept): about 5% of the pipeline's time in fp32.

Every message still goes through the encoder once and the frozen threat head scores it; only
the messages that head cannot rule out (score at or above ``gate``: ~10% of ordinary
messages, ~30% of the hard negatives, all but 0.5% of the training threats out of fold) are
run again through the embeddings, the frozen lower layers and the adapted top layers, whose
classifier then gives the threat score. The adapters are merged into a copy of the top
layers when loaded; the lower layers are the PyTorch encoder's own modules (no second model).
Beside the ONNX runtime the look loads the PyTorch layers of the same model folder in fp32
(:func:`standalone_layers`: ~90 MB; the 384 MB word-embedding table is memory-mapped from
the file, so only the rows of the words it meets are read).

Files, next to the heads: ``threat_top.safetensors`` (adapter matrices ``layers.<layer>.<path>.a``
/ ``.b``, the top layers' layer norms, ``classifier.weight`` / ``.bias``) and ``threat_top.json`` (``split``,
``rank``, ``alpha``, ``gate``, ``threshold``, ``encoder_version`` and how it was trained).
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.torch import load_file
from torch import nn

from inbox.triage.encoder import TextEncoder, mean_pool_normalise, pad_batch
from inbox.triage.threat_rules import RULE_SCORE

log = logging.getLogger(__name__)

FILE_STEM = "threat_top"
LOGIT_SCALE = 10.0  # as in training: unit vectors scaled before the classifier


def run_layers(layers: Sequence[nn.Module], hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Run BERT ``layers`` on ``hidden`` (batch, tokens, dim) with padding ``mask`` (batch, tokens)."""
    additive = (1.0 - mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
    for layer in layers:
        out = layer(hidden, attention_mask=additive)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


def merge_adapters(layers: nn.ModuleList, tensors: dict[str, torch.Tensor], scale: float) -> nn.ModuleList:
    """A copy of ``layers`` with every adapter ``W += scale · B A`` merged into its linear map and
    every other tensor (the layer norms trained with the adapters) in place of the parameter it names."""
    merged = copy.deepcopy(layers)
    names = {key.rsplit(".", 1)[0] for key in tensors if key.endswith(".a")}
    with torch.no_grad():
        for key, tensor in tensors.items():
            if not key.endswith((".a", ".b")):
                merged.get_parameter(key).copy_(tensor)
        for name in names:
            linear = merged.get_submodule(name)
            if not isinstance(linear, nn.Linear):
                raise ValueError(f"adapter {name} does not name a linear map")
            update = tensors[f"{name}.b"].float() @ tensors[f"{name}.a"].float()
            linear.weight += scale * update
    return merged.eval()


def base_version(version: str) -> str:
    """An encoder version without its precision suffix (``name@hash+bf16`` -> ``name@hash``)."""
    return version.split("+", 1)[0]


WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"
MODEL_FILE = "model.safetensors"


def mapped_tensor(path: Path, name: str) -> torch.Tensor:
    """The fp32 tensor ``name`` of a safetensors file, memory-mapped (copy-on-write) instead of read."""
    with open(path, "rb") as file:
        header_size = int.from_bytes(file.read(8), "little")
        entry = json.loads(file.read(header_size))[name]
    if entry["dtype"] != "F32":
        raise ValueError(f"{path}: {name} is {entry['dtype']}, expected F32")
    start, _end = entry["data_offsets"]
    array = np.memmap(path, dtype=np.float32, mode="c", offset=8 + header_size + start, shape=tuple(entry["shape"]))
    return torch.from_numpy(array)


def standalone_layers(model_dir: Path) -> nn.Module:
    """The PyTorch encoder of ``model_dir`` (fp32) for a look beside another runtime, its word-embedding table
    memory-mapped: built with a tiny vocabulary, loaded without that table, then given the mapped one."""
    from safetensors import safe_open
    from transformers import AutoConfig, AutoModel

    config = AutoConfig.from_pretrained(model_dir, local_files_only=True)
    vocabulary = config.vocab_size
    config.vocab_size = (config.pad_token_id or 0) + 1  # the smallest table that holds the padding row
    model = AutoModel.from_config(config, add_pooling_layer=False)
    with safe_open(str(Path(model_dir) / MODEL_FILE), framework="pt") as weights:
        state = {key: weights.get_tensor(key) for key in weights.keys() if key != WORD_EMBEDDINGS}  # noqa: SIM118
    missing, unexpected = model.load_state_dict(state, strict=False, assign=True)  # no second copy of the weights
    if unexpected or set(missing) - {WORD_EMBEDDINGS, "embeddings.position_ids", "embeddings.token_type_ids"}:
        raise ValueError(f"{model_dir}: weights do not fit the second look ({sorted(missing)}, {sorted(unexpected)})")
    table = mapped_tensor(Path(model_dir) / MODEL_FILE, WORD_EMBEDDINGS)
    if table.shape[0] != vocabulary:
        raise ValueError(f"{model_dir}: {table.shape[0]} word embeddings for a vocabulary of {vocabulary}")
    model.set_input_embeddings(nn.Embedding.from_pretrained(table, freeze=True))
    return model.eval()


class ThreatSecondLook:
    """Scores texts with the encoder's lower layers and the threat-tuned top layers.

    ``encoder`` tokenises (``tokenizer``, ``prefix``, ``max_length``, ``batch_size``); ``model``
    is the PyTorch model whose layers run: the encoder's own when it is a :class:`TextEncoder`.
    """

    def __init__(
        self, encoder: Any, tensors: dict[str, torch.Tensor], info: dict[str, Any], model: nn.Module | None = None
    ) -> None:
        model = model if model is not None else encoder.model
        self.precision = getattr(encoder, "precision", "fp32")
        self.split = int(info["split"])
        self.gate = float(info["gate"])
        self.threshold = float(info["threshold"])
        self.version = str(info.get("version", FILE_STEM))
        self.encoder = encoder
        self.embeddings = model.embeddings
        self.lower = model.encoder.layer[: self.split]
        top = {k.removeprefix("layers."): v for k, v in tensors.items() if k.startswith("layers.")}
        self.top = merge_adapters(model.encoder.layer[self.split :], top, float(info["alpha"]) / int(info["rank"]))
        self.weight = tensors["classifier.weight"].float()
        self.bias = tensors["classifier.bias"].float()

    @classmethod
    def load(cls, folder: Path, encoder: object, model_dir: str | Path | None = None) -> ThreatSecondLook | None:
        """The second look in ``folder`` for ``encoder``, or None if there is none or it does not fit.

        It needs the model it was trained on: the PyTorch encoder's own layers, or for another
        runtime of the same model (ONNX) the layers in ``model_dir`` (:func:`standalone_layers`).
        """
        info_path = Path(folder) / f"{FILE_STEM}.json"
        standalone = model_dir is not None and (Path(model_dir) / MODEL_FILE).is_file()
        if not info_path.exists() or not (isinstance(encoder, TextEncoder) or standalone):
            return None
        info = json.loads(info_path.read_text())
        if base_version(info["encoder_version"]) != base_version(str(getattr(encoder, "version", ""))):
            return None
        model = None
        if not isinstance(encoder, TextEncoder):
            try:
                model = standalone_layers(Path(str(model_dir)))
            except (OSError, ValueError, KeyError) as error:  # the frozen head still decides
                log.warning("threat second look not loaded from %s: %s; the frozen head decides", model_dir, error)
                return None
        return cls(encoder, load_file(str(Path(folder) / f"{FILE_STEM}.safetensors")), info, model)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """The tuned probability that each text is a threat (texts as the encoder sees them)."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        encoder = self.encoder
        ids = encoder.tokenizer([encoder.prefix + t for t in texts], truncation=True, max_length=encoder.max_length)
        rows = ids["input_ids"]
        order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
        out = np.zeros(len(rows), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), encoder.batch_size):
                picks = order[start : start + encoder.batch_size]
                out[picks] = self._batch(*pad_batch([rows[i] for i in picks], encoder._pad_id))
        return out

    def _batch(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        ids_t, mask_t = torch.from_numpy(input_ids), torch.from_numpy(mask)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.precision == "bf16"):
            hidden = self.embeddings(input_ids=ids_t)
            hidden = run_layers(self.lower, hidden, mask_t)
            hidden = run_layers(self.top, hidden, mask_t)
        pooled = mean_pool_normalise(hidden.float(), mask_t) * LOGIT_SCALE
        logits = pooled @ self.weight.T + self.bias
        return torch.softmax(logits, dim=-1)[:, 1].numpy()


def decide_threats(
    head_scores: Sequence[float],
    rules: Sequence[str | None],
    texts: Sequence[str],
    head_threshold: float,
    look: ThreatSecondLook | None,
) -> list[tuple[str | None, float, bool]]:
    """``(rule, score, flag)`` per text, as the pipeline decides the threat tag.

    The frozen head's score, raised to at least ``RULE_SCORE`` where a lexical rule matched
    (``rules``), flags at ``head_threshold``; with a second ``look``, the texts (as the encoder
    sees them) whose score reaches its gate are scored again by it (raised the same way) and
    flag at its threshold, and the others are not threats.
    """
    raised = [max(float(s), RULE_SCORE) if rule else float(s) for s, rule in zip(head_scores, rules, strict=True)]
    if look is None:
        return [(rule, score, score >= head_threshold) for rule, score in zip(rules, raised, strict=True)]
    gated = [i for i, score in enumerate(raised) if score >= look.gate]
    try:
        looked = dict(zip(gated, look.scores([texts[i] for i in gated]).tolist(), strict=True))
    except Exception:  # the frozen head still decides rather than leaving the batch untagged
        log.exception("threat second look failed on %d texts; the frozen head decides", len(gated))
        return decide_threats(head_scores, rules, texts, head_threshold, None)
    decisions = []
    for i, (rule, score) in enumerate(zip(rules, raised, strict=True)):
        if i in looked:
            score = max(looked[i], RULE_SCORE) if rule else looked[i]
            decisions.append((rule, score, score >= look.threshold))
        else:
            decisions.append((rule, score, False))
    return decisions
