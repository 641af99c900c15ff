"""Fine-tune the top layers of the encoder on the CPU: LoRA adapters over cached lower-layer states.

Issue 16 asks whether a fine-tuned encoder beats small heads on the frozen one. Fine-tuning
every layer on 2 CPU threads is slow (``../shared/MODELS.md``: ~10 examples/s), but the lower
layers can stay frozen: their output for each text is computed once (:func:`lower_states`),
and only the top ``len(encoder.layer) - split`` layers run forward and backward during
training, with low-rank adapters (LoRA: ``W + B A · alpha / rank``, ``B`` starting at zero, so
training starts from the frozen encoder) on every linear map of those layers, and a linear
classifier on the mean-pooled, L2-normalised output, as the runtime pools.

With bfloat16 matrix products this trains at ~180 examples/s on 2 threads of a CPU with AMX
(top 4 of 12 layers). A CPU without native bfloat16 (:func:`~inbox.triage.encoder.native_bf16`)
trains in fp32 (~65 examples/s on an AVX2 EPYC; emulated bfloat16 there had not finished one
epoch in five minutes). :mod:`inbox.triage.training.finetune_cv` compares it with the frozen
heads by cross-validation on training data.
"""

from __future__ import annotations

import copy
import math
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from inbox.triage.encoder import mean_pool_normalise, native_bf16, pad_batch
from inbox.triage.threat_look import LOGIT_SCALE, run_layers


class LoRALinear(nn.Module):
    """A frozen ``nn.Linear`` plus a trainable low-rank update."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        for parameter in self.base.parameters():
            parameter.requires_grad_(False)
        self.a = nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.b = nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """The frozen map plus the low-rank update."""
        return self.base(x) + (x @ self.a.T @ self.b.T) * self.scale


def with_lora(layers: nn.ModuleList, rank: int, alpha: float) -> nn.ModuleList:
    """A copy of BERT ``layers`` with every linear map of attention and feed-forward adapted."""
    layers = copy.deepcopy(layers)
    for layer in layers:
        for parent in (layer.attention.self, layer.attention.output, layer.intermediate, layer.output):
            for name, child in list(parent.named_children()):
                if isinstance(child, nn.Linear):
                    setattr(parent, name, LoRALinear(child, rank, alpha))
    return layers


@torch.no_grad()
def lower_states(
    model: nn.Module, tokenizer, texts: Sequence[str], split: int, *, max_length: int = 256, batch_size: int = 32
) -> list[torch.Tensor]:
    """Each text's token states after ``split`` layers (bfloat16, unpadded), with the e5 prefix."""
    ids = tokenizer(["query: " + t for t in texts], truncation=True, max_length=max_length)["input_ids"]
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    states: list[torch.Tensor] = [torch.empty(0)] * len(ids)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        input_ids, mask = (torch.from_numpy(a) for a in pad_batch([ids[i] for i in rows], pad_id))
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=native_bf16()):
            hidden = model(input_ids=input_ids, attention_mask=mask, output_hidden_states=True).hidden_states[split]
        for r, i in enumerate(rows):
            states[i] = hidden[r, : len(ids[i])].to(torch.bfloat16).clone()
        _progress("lower layers", start + len(rows), len(order))
    return states


def _progress(what: str, done: int, total: int) -> None:
    if done == total or done % 640 < 32:
        print(f"  {what}: {done}/{total}", file=sys.stderr, flush=True)


def collate_states(states: Sequence[torch.Tensor], rows: Sequence[int]) -> tuple[torch.Tensor, torch.Tensor]:
    """The ``rows`` of ``states`` right-padded to one float32 batch, and its padding mask."""
    width = max(states[i].shape[0] for i in rows)
    hidden = torch.zeros(len(rows), width, states[rows[0]].shape[1])
    mask = torch.zeros(len(rows), width, dtype=torch.long)
    for r, i in enumerate(rows):
        n = states[i].shape[0]
        hidden[r, :n] = states[i].float()
        mask[r, :n] = 1
    return hidden, mask


def _batches(
    states: Sequence[torch.Tensor], rows: Sequence[int], size: int, rng: np.random.Generator
) -> Iterator[list[int]]:
    """Shuffled batches of similar length (shuffled chunks, sorted within, batches shuffled)."""
    shuffled = np.array(rows)
    rng.shuffle(shuffled)
    for start in range(0, len(shuffled), size * 8):
        chunk = sorted(shuffled[start : start + size * 8].tolist(), key=lambda i: states[i].shape[0])
        batches = [chunk[b : b + size] for b in range(0, len(chunk), size)]
        rng.shuffle(batches)
        yield from batches


@dataclass(frozen=True)
class TopTuning:
    """Hyper-parameters of one fine-tuning run."""

    epochs: int = 12  # the threat second look's choice (inbox/triage/training/threat_top.py)
    learning_rate: float = 5e-4
    rank: int = 16
    alpha: float = 32.0
    batch_size: int = 32
    seed: int = 0


class TunedTop(nn.Module):
    """Adapted top layers and a linear classifier on their pooled output."""

    def __init__(self, layers: nn.ModuleList, n_labels: int, tuning: TopTuning) -> None:
        super().__init__()
        self.classifier = nn.Linear(layers[0].output.dense.out_features, n_labels)
        self.layers = with_lora(layers, tuning.rank, tuning.alpha)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Logits for a padded batch of lower-layer states."""
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=native_bf16()):
            out = run_layers(self.layers, hidden, mask)
        return self.classifier(mean_pool_normalise(out.float(), mask) * LOGIT_SCALE)

    def adapter_tensors(self) -> dict[str, torch.Tensor]:
        """What :class:`inbox.triage.threat_look.ThreatSecondLook` loads: adapters, layer norms, classifier."""
        tensors = {  # the adapters and the layer norms, which train with them
            f"layers.{name}": p.detach().float().contiguous()
            for name, p in self.layers.named_parameters()
            if p.requires_grad
        }
        tensors["classifier.weight"] = self.classifier.weight.detach().float().contiguous()
        tensors["classifier.bias"] = self.classifier.bias.detach().float().contiguous()
        return tensors


def train_top(
    top_layers: nn.ModuleList,
    states: Sequence[torch.Tensor],
    labels: np.ndarray,
    weights: np.ndarray,
    rows: Sequence[int],
    n_labels: int,
    tuning: TopTuning = TopTuning(),
) -> TunedTop:
    """Fine-tune adapters on ``top_layers`` and a classifier on ``rows`` (weighted cross-entropy)."""
    torch.manual_seed(tuning.seed)
    model = TunedTop(top_layers, n_labels, tuning)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=tuning.learning_rate, weight_decay=0.01)
    steps = tuning.epochs * math.ceil(len(rows) / tuning.batch_size)
    warmup = max(1, int(0.06 * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, 1 - s / steps)
    )
    rng = np.random.default_rng(tuning.seed)
    label_t, weight_t = torch.tensor(labels), torch.tensor(weights, dtype=torch.float32)
    model.train()
    started = time.monotonic()
    for epoch in range(tuning.epochs):
        total, count = 0.0, 0
        for batch in _batches(states, rows, tuning.batch_size, rng):
            hidden, mask = collate_states(states, batch)
            losses = nn.functional.cross_entropy(model(hidden, mask), label_t[batch], reduction="none")
            loss = (losses * weight_t[batch]).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total, count = total + float(loss.detach()), count + 1
        elapsed = time.monotonic() - started
        print(f"    epoch {epoch + 1}/{tuning.epochs}: loss {total / count:.4f} ({elapsed:.0f} s)", file=sys.stderr)
    return model.eval()


@torch.no_grad()
def predict_top(model: TunedTop, states: Sequence[torch.Tensor], rows: Sequence[int]) -> np.ndarray:
    """Class probabilities for ``rows``, in their order."""
    out = np.zeros((len(rows), model.classifier.out_features), dtype=np.float32)
    order = sorted(range(len(rows)), key=lambda k: states[rows[k]].shape[0])
    for start in range(0, len(order), 64):
        picks = order[start : start + 64]
        hidden, mask = collate_states(states, [rows[k] for k in picks])
        out[picks] = torch.softmax(model(hidden, mask), -1).numpy()
    return out
