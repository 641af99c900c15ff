"""Whole-pipeline triage throughput and peak memory, beside the naive way, in one run.

    python bench/triage_speed.py --n 1024 --threads 2 [--runtimes torch,torch-fp32,onnx-int8,naive]

``torch`` is the default runtime: bfloat16 matrix multiplications where the CPU has them
natively (AMX, AVX512-BF16), else fp32; ``torch-fp32`` forces fp32. Each runtime runs in
its own process on the same generated short nl/fr/en/de voter messages: language, the
encoder pass, every head (topic, sentiment, toxicity, needs-reply) and campaign
fingerprints + matching, in batches of 64 — what a triage worker does per batch. Reported:
messages/s (best of ``--repeat``) and the process's peak resident memory. The naive way
(one ``transformers.pipeline`` per tag, called once per message) comes from
``bench/encoder_speed.py`` on a smaller sample, as it is ~100x slower.
The heads come from ``DIALOOG_HEADS_DIR`` (default ``inbox/triage/weights``), so two sets of
weights compare as ``DIALOOG_HEADS_DIR=<folder> python bench/triage_speed.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from itertools import count
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from encoder_speed import _naive_embedder, make_messages, memory_mb

BATCH = 64
RUNTIMES = ("torch", "torch-fp32", "torch-bf16", "onnx-int8")


def worker(runtime: str, n: int, repeat: int, threads: int, reuse: bool = False) -> dict[str, float]:
    """Child process: build the triager for ``runtime``, time the pipeline, report speed and memory.

    The sample repeats some texts (726 distinct in 1,024): the worker embeds a repeated text once
    (``inbox.triage.repeats``), which ``reuse`` measures; without it every text is encoded, as in
    the figures before that existed.
    """
    import torch

    from inbox.config import load_settings
    from inbox.triage.campaigns import CampaignState, PoolItem, assign, fingerprint
    from inbox.triage.models import build_triager

    torch.set_num_threads(threads)
    settings = load_settings({"DIALOOG_ENCODER_RUNTIME": runtime, "LOG_LEVEL": "WARNING"})
    triager = build_triager(settings)
    cache = getattr(triager.encoder, "clear", None)
    if cache is not None and not reuse:
        triager.encoder = triager.encoder.inner
    messages = make_messages(n)

    def run() -> None:
        """As the triage worker does: campaigns persist between batches, clustered messages leave the pool."""
        if reuse and cache is not None:
            cache()  # each timed run starts without kept embeddings
        pool: list[PoolItem] = []
        campaigns: dict[int, CampaignState] = {}
        campaign_ids = count(1)
        for start in range(0, len(messages), BATCH):
            batch = messages[start : start + BATCH]
            outputs = triager.analyse(batch)
            items = [
                PoolItem(start + i, o.embedding, fingerprint(text))
                for i, (o, text) in enumerate(zip(outputs, batch, strict=True))
                if o.embedding is not None
            ]
            result = assign(items, list(campaigns.values()), pool[-2000:], new_campaign_id=lambda: next(campaign_ids))
            campaigns.update(result.campaigns)
            pool.extend(items)
            clustered = result.pool_joined | {d.message_id: d.campaign_id for d in result.decisions if d.campaign_id}
            pool = [replace(item, campaign_id=clustered.get(item.message_id, item.campaign_id)) for item in pool]

    run()  # warm-up (and ONNX export on first use)
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    peak, _ = memory_mb()
    return {"msgs_per_s": n / min(timings), "peak_mb": peak}


def naive(n: int, threads: int) -> float:
    """Messages/s of the naive way: a feature-extraction pipeline per tag, per message."""
    from inbox.config import load_settings
    from inbox.triage.models import encoder_path

    embed = _naive_embedder(Path(encoder_path(load_settings({}))), threads)
    messages = make_messages(n, seed=1)
    embed(messages[:2])
    started = time.perf_counter()
    embed(messages)
    return n / (time.perf_counter() - started)


def main(argv: Sequence[str] | None = None) -> int:
    """Run each runtime in its own process and print a table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1024, help="messages per run (default 1024)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per runtime; the best counts (default 3)")
    parser.add_argument("--threads", type=int, default=2, help="torch / onnxruntime threads (default 2)")
    parser.add_argument("--naive-n", type=int, default=32, help="messages for the naive way (default 32)")
    parser.add_argument(
        "--runtimes", default="torch,torch-fp32,onnx-int8,naive", help="comma-separated (default: %(default)s)"
    )
    parser.add_argument(
        "--reuse-repeats", action="store_true", help="embed each repeated text once, as the triage worker does"
    )
    parser.add_argument("--worker", choices=[*RUNTIMES, "naive"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    from inbox.triage.models import torch_precision

    if args.worker == "naive":
        print(json.dumps({"msgs_per_s": naive(args.naive_n, args.threads), "peak_mb": memory_mb()[0]}))
        return 0
    if args.worker:
        print(json.dumps(worker(args.worker, args.n, args.repeat, args.threads, args.reuse_repeats)))
        return 0
    rows = []
    for runtime in [r.strip() for r in args.runtimes.split(",") if r.strip()]:
        print(f"running {runtime}…", file=sys.stderr)
        command = [sys.executable, __file__, "--worker", runtime, "--n", str(args.n), "--repeat", str(args.repeat)]
        command += ["--threads", str(args.threads), "--naive-n", str(args.naive_n)]
        command += ["--reuse-repeats"] if args.reuse_repeats else []
        done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
        rows.append((runtime, json.loads(done.stdout.strip().splitlines()[-1])))
    reuse = f", repeated texts embedded once ({len(set(make_messages(args.n)))} distinct)" if args.reuse_repeats else ""
    print(f"\nwhole triage pipeline, {args.n} short messages, batches of {BATCH}, {args.threads} threads{reuse}")
    print(f"{'runtime':<40} {'messages/s':>10} {'peak MB':>8}")
    labels = {
        "torch": f"pipeline, torch ({torch_precision('torch')}, default)",
        "torch-fp32": "pipeline, torch fp32",
        "torch-bf16": "pipeline, torch bf16",
        "onnx-int8": "pipeline, ONNX int8",
        "naive": f"naive: pipeline() x5 tags ({args.naive_n} msgs)",
    }
    for runtime, report in rows:
        print(f"{labels[runtime]:<40} {report['msgs_per_s']:>10.1f} {report['peak_mb']:>8.0f}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} (other processes share the cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
