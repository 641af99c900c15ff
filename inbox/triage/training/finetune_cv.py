"""Does fine-tuning the encoder's top layers beat heads on the frozen encoder? Cross-validation on training data.

``python -m inbox.triage.training.finetune_cv --task threat`` runs the threat head's own
cross-validation (:mod:`inbox.triage.training.threat_rows`: one fold per writing batch, the
lexical pre-check applied, the highest threshold catching 90% of the threats) three
ways: the frozen encoder with the committed recipe, LoRA-adapted top layers
(:mod:`inbox.triage.training.tuned_top`), and the average of the two; it prints the false
alarms at that recall, overall and per language.

``--task sentiment`` holds out a seeded 20% of the XLM-T training tweets (en/fr/de) and
compares the committed sentiment recipe on frozen embeddings with the adapted top layers,
macro-F1 per language.

Only training data is read; no check set (``inbox/triage/evaluation/*``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

from inbox.triage.encoder import mean_pool_normalise
from inbox.triage.heads import Head
from inbox.triage.threat_look import run_layers
from inbox.triage.training import data, threat
from inbox.triage.training.embed_cache import resolve_encoder_path
from inbox.triage.training.metrics import macro_f1
from inbox.triage.training.recipes import SENTIMENT_RECIPE, fit_ensemble
from inbox.triage.training.tuned_top import TopTuning, collate_states, lower_states, predict_top, train_top

LANGUAGES = ("nl", "fr", "en", "de")


def _encoder(split: int) -> tuple[torch.nn.Module, object]:
    path = resolve_encoder_path()
    model = AutoModel.from_pretrained(path, local_files_only=True, add_pooling_layer=False).eval()
    if not 0 < split < len(model.encoder.layer):
        raise SystemExit(f"--split must be between 1 and {len(model.encoder.layer) - 1}")
    return model, AutoTokenizer.from_pretrained(path, local_files_only=True)


@torch.no_grad()
def _frozen_embeddings(top_layers: torch.nn.ModuleList, states: Sequence[torch.Tensor]) -> np.ndarray:
    """The runtime's embeddings, from the cached lower states through the unchanged top layers."""
    out = np.zeros((len(states), top_layers[0].output.dense.out_features), dtype=np.float32)
    order = sorted(range(len(states)), key=lambda i: states[i].shape[0])
    for start in range(0, len(order), 64):
        rows = order[start : start + 64]
        hidden, mask = collate_states(states, rows)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            out[rows] = mean_pool_normalise(run_layers(top_layers, hidden, mask).float(), mask).numpy()
    return out


def _threat_report(name: str, scores: np.ndarray, rows: list[tuple[str, str, str, str]]) -> None:
    kinds = [r[1] for r in rows]
    threshold, rates = threat.choose_threshold(threat.combined_scores(scores, [r[3] for r in rows]), kinds)
    flagged = threat.combined_scores(scores, [r[3] for r in rows]) >= threshold
    kind_arr, lang_arr = np.array(kinds), np.array([r[0] for r in rows])
    per_language = {lang: f"{flagged[(kind_arr == 'hard') & (lang_arr == lang)].mean():.1%}" for lang in LANGUAGES}
    print(
        f"{name:>8}: threshold {threshold:.2f}, threats caught {rates['recall']:.1%}, "
        f"false alarms hard {rates['hard_false_alarms']:.1%} {per_language}, "
        f"ordinary {rates['ordinary_false_alarms']:.1%}",
        flush=True,
    )


def compare_threat(split: int, tuning: TopTuning) -> None:
    """Out-of-fold threat scores: frozen head, tuned top layers, and their average."""
    rows = threat.training_rows(data.DEFAULT_DATA_DIR)
    kinds, folds = [r[1] for r in rows], threat.fold_numbers([r[2] for r in rows])
    model, tokenizer = _encoder(split)
    states = lower_states(model, tokenizer, [data.tweet_text(r[3]) for r in rows], split)
    top_layers = model.encoder.layer[split:]
    frozen, _ = threat.out_of_fold(_frozen_embeddings(top_layers, states), kinds, folds, threat.RECIPES["mlp_256"])
    labels = np.array([1 if k == "threat" else 0 for k in kinds])
    tuned = np.zeros(len(rows))
    n_folds = int(folds.max()) + 1
    for fold in range(n_folds):
        print(f"  fold {fold + 1}/{n_folds}", file=sys.stderr, flush=True)
        train, test = np.where(folds != fold)[0].tolist(), np.where(folds == fold)[0].tolist()
        fitted = train_top(top_layers, states, labels, threat._weights(kinds), train, 2, tuning)
        tuned[test] = predict_top(fitted, states, test)[:, 1]
    print(f"threat, {len(rows)} training messages, one fold per batch, recall target {threat.RECALL_TARGET:.0%}:")
    _threat_report("frozen", frozen, rows)
    _threat_report("tuned", tuned, rows)
    _threat_report("average", (frozen + tuned) / 2, rows)


def compare_sentiment(split: int, tuning: TopTuning) -> None:
    """Macro-F1 on a held-out 20% of the XLM-T training tweets: frozen recipe against tuned top layers."""
    texts, labels, languages = [], [], []
    for language in data.XLMT_LANGUAGES:
        tweets = data.load_sentiment(data.DEFAULT_DATA_DIR, language, "train")
        texts += [data.tweet_text(t) for t in tweets.texts]
        labels += tweets.labels
        languages += [language] * len(tweets)
    held_out = np.random.default_rng(1).random(len(texts)) < 0.2
    train, test = np.where(~held_out)[0].tolist(), np.where(held_out)[0].tolist()
    model, tokenizer = _encoder(split)
    states = lower_states(model, tokenizer, texts, split)
    top_layers = model.encoder.layer[split:]
    x = _frozen_embeddings(top_layers, states)
    classes = data.SENTIMENT_LABELS
    frozen_head = Head(
        "sentiment", classes, fit_ensemble(x[train], [labels[i] for i in train], classes, SENTIMENT_RECIPE)
    )
    frozen = [classes[k] for k in frozen_head.predict_proba(x[test]).argmax(1)]
    label_ids = np.array([classes.index(label) for label in labels])
    fitted = train_top(top_layers, states, label_ids, np.ones(len(texts)), train, len(classes), tuning)
    tuned = [classes[k] for k in predict_top(fitted, states, test).argmax(1)]
    truth = [labels[i] for i in test]
    print(f"sentiment, XLM-T train tweets, {len(train)} to train, {len(test)} held out, macro-F1:")
    for name, predicted in (("frozen", frozen), ("tuned", tuned)):
        per_language = {
            language: round(
                macro_f1(
                    [t for t, i in zip(truth, test, strict=True) if languages[i] == language],
                    [p for p, i in zip(predicted, test, strict=True) if languages[i] == language],
                    classes,
                ),
                1,
            )
            for language in data.XLMT_LANGUAGES
        }
        print(f"{name:>8}: {per_language}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options and run one comparison."""
    parser = argparse.ArgumentParser(
        prog="python -m inbox.triage.training.finetune_cv", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--task", choices=("threat", "sentiment"), required=True)
    parser.add_argument("--split", type=int, default=8, help="layers kept frozen (of 12; default %(default)s)")
    parser.add_argument("--epochs", type=int, default=TopTuning.epochs, help="(default %(default)s)")
    parser.add_argument("--lr", type=float, default=TopTuning.learning_rate, help="(default %(default)s)")
    parser.add_argument("--rank", type=int, default=TopTuning.rank, help="LoRA rank (default %(default)s)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads (default %(default)s)")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    tuning = TopTuning(epochs=args.epochs, learning_rate=args.lr, rank=args.rank)
    if args.task == "threat":
        compare_threat(args.split, tuning)
    else:
        compare_sentiment(args.split, tuning)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
