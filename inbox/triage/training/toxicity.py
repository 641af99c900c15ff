"""Train the toxicity head (``ok`` / ``toxic``) on abuse in four languages; settings by cross-validation.

    python -m inbox.triage.training.toxicity [--data ../shared/data] [--out inbox/triage/weights] [--cv-only]

Data (``training_rows``; each row's ``source``):

* ``tweeteval``: TweetEval offensive training tweets (English); ``germeval`` (GermEval 2018,
  German) and ``mlma`` (MLMA, French) from ``shared/data/offensive`` (:mod:`toxicity_data`),
  loaded only when a candidate mix gives them weight;
* ``hand``: the first hand-written abusive / harsh-but-legitimate messages
  (``handwritten_toxicity.py``, ``handwritten_toxicity_short.py``, nl/fr/en/de), the only
  hand-written data of the committed head;
* ``nl``: the hand-written Dutch and Flemish set (:mod:`toxicity_nl`);
* ``voters``: voter-style abuse and harsh-but-legitimate messages to politicians in
  nl/fr/de/en (:mod:`abuse_voters_nl_fr_de`, issue 17);
* ``ordinary``: the voter-style messages of :mod:`voter_tone` (complaints, questions,
  thanks, sarcasm; none abusive), all ``ok``.

Settings come from 5-fold cross-validation on these rows only (no check set is read
here). Hand-written rows are held out in blocks of neighbouring lines shared by every
language (the lists follow the same situations in each language, so a line and its
adaptations leave together); ``ordinary`` rows by frame; tweets stratified at random.
Every candidate (a mix of source weights and a recipe, linear or MLP) gets out-of-fold
``toxic`` probabilities, scored at the lowest threshold whose out-of-fold false alarms stay
within ``FALSE_ALARM_BUDGET`` (5%) in every language, both on the hand-written
harsh-but-legitimate messages and on the ordinary ones. The baseline is the committed
head's recipe and mix (TweetEval + ``hand`` x20, MLP) in the same folds.

A candidate replaces the baseline only when it is better on both counts: at its
threshold it catches at least as much hand-written abuse out of fold as the baseline at
the baseline's threshold in every language (and more in the worst one), and its
TweetEval out-of-fold macro-F1 is not below the baseline's at 0.5 (the committed head's
operating point). Of those, the best worst-language recall wins (ties: TweetEval).
Without one, the head is trained as the committed one was (baseline recipe and mix,
threshold 0.5). The threshold is folded into the output bias, so the stored head flags
exactly when its ``toxic`` probability is at least 0.5.

Cross-validation of 2026-12-07 (issue 17; ``--only-if-better --mlp-tried-on 2``, 17,014
training rows: 11,916 tweets, 1,645 hand-written, 3,453 ordinary; all figures out of fold
on training data, no check set): nothing beat the baseline, so no head was trained and the
committed one (``toxicity@1641a3aa4dd0``) stays. Recall on hand-written abuse nl / fr / en /
de at the false-alarm rule (threshold), TweetEval macro-F1 at that threshold / at 0.5:

==========================  =====  =========================  ===========
candidate                   thr.   recall nl / fr / en / de   TweetEval
==========================  =====  =========================  ===========
baseline (committed recipe)  0.76  55.2 / 41.5 / 61.4 / 46.1  62.4 / 72.8
linear written20             0.76  73.2 / 66.0 / 86.7 / 73.0  62.5 / 66.7
linear written10             0.72  71.8 / 64.4 / 86.7 / 71.9  64.1 / 68.4
linear written5              0.73  67.7 / 55.9 / 72.3 / 66.9  64.2 / 69.9
linear written10+ordinary1   0.71  70.7 / 62.8 / 86.7 / 71.9  64.6 / 68.4
linear written20+ordinary2   0.72  74.3 / 70.2 / 90.4 / 73.0  64.1 / 66.6
linear written5+ordinary0.5  0.71  68.8 / 55.9 / 75.9 / 66.3  65.3 / 69.9
linear written2              0.75  60.2 / 47.9 / 68.7 / 54.5  63.0 / 71.6
MLP written20+ordinary2      0.64  83.4 / 80.3 / 89.2 / 80.9  67.2 / 71.6
MLP written20                0.66  82.0 / 79.3 / 89.2 / 81.5  67.1 / 71.0
MLP tweets3+written20+ord.2  0.67  80.9 / 77.1 / 80.7 / 77.5  67.6 / 73.1
MLP tweets2+written10+ord.1  0.67  79.3 / 76.6 / 80.7 / 76.4  67.8 / 73.3
==========================  =====  =========================  ===========

(The last two rows: a second round, same folds, TweetEval weighted 3x / 2x; not in ``MIXES``.)

Every candidate catches far more voter-style abuse than the baseline at the same <= 5%
false-alarm rule (the MLP on written20+ordinary2: +28 to +39 points in nl/fr/de, false alarms
at most 4.8% harsh-but-legitimate and 0.8% ordinary per language), but at its threshold its
TweetEval out-of-fold macro-F1 (67.2) is below the baseline's 72.8 at 0.5, the committed
operating point (TweetEval weighted 2-3x reaches 73.1-73.3 at 0.5, but 0.5 breaks the
false-alarm rule, and at its threshold 0.67 it is 67.6-67.8). One threshold cannot serve both: the one that
keeps harsh-but-legitimate voter messages quiet loses TweetEval's milder offensive tweets
(profanity counts as offensive there). The committed head itself on the rows it never saw
(``nl``, ``voters``, ``ordinary``): at 0.5, abuse caught nl / fr / en / de 76.5 / 72.0 / 71.4 /
65.3% with 13.2 / 10.2 / 11.3 / 2.6% false alarms on harsh-but-legitimate messages; at the
<= 5% rule (0.76) 56.6 / 44.0 / 57.1 / 38.7%. Not tried this round: GermEval / MLMA (tried
before), per-language thresholds or an English expert (the pipeline has one threshold).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from inbox.triage.heads import Head
from inbox.triage.training import data, toxicity_data
from inbox.triage.training.embed_cache import EmbedFn, build_embedder
from inbox.triage.training.fit import FitConfig, average_logits, fit_layers, one_hot
from inbox.triage.training.metrics import macro_f1

LABELS = data.TOXICITY_LABELS
LANGUAGES = ("nl", "fr", "en", "de")
PUBLIC = ("tweeteval", "germeval", "mlma")
WRITTEN = ("hand", "nl", "voters")  # hand-written abusive / harsh-but-legitimate messages
SOURCES = (*PUBLIC, *WRITTEN, "ordinary")
FALSE_ALARM_BUDGET = 0.05  # out of fold, per language, on harsh-but-legitimate and on ordinary messages
FOLDS = 5
BLOCK = {"hand": 5, "nl": 10, "voters": 10}  # neighbouring lines held out together
RECIPES: dict[str, dict[str, Any]] = {
    "linear": {"members": 1, "hidden": 0, "l2": 0.01, "epochs": 300, "lr": 0.01, "batch_size": 0},
    # the committed head's recipe (recipes.train_toxicity, 2026-11-27)
    "mlp_512": {"members": 4, "hidden": 512, "dropout": 0.5, "l2": 0.01, "epochs": 20, "lr": 1e-3, "batch_size": 256},
}
CV_MEMBERS = 1  # members per fold while choosing (the final head uses the recipe's members)
MLP_TRIED_ON = 3  # the MLP is cross-validated on the best this many mixes of the linear round (it is slower)
LINEAR_TWEETEVAL_MARGIN = 1.0  # linear mixes within this of the baseline's TweetEval F1 go first to the MLP round
BASELINE = ("mlp_512", "shipped")
# how much one row of each source weighs (public sets are also scaled to TweetEval's total); missing: 0
MIXES: dict[str, dict[str, float]] = {
    "shipped": {"tweeteval": 1.0, "hand": 20.0},
    "written20": {"tweeteval": 1.0, "hand": 20.0, "nl": 20.0, "voters": 20.0},
    "written10": {"tweeteval": 1.0, "hand": 10.0, "nl": 10.0, "voters": 10.0},
    "written5": {"tweeteval": 1.0, "hand": 5.0, "nl": 5.0, "voters": 5.0},
    "written10+ordinary1": {"tweeteval": 1.0, "hand": 10.0, "nl": 10.0, "voters": 10.0, "ordinary": 1.0},
    "written20+ordinary2": {"tweeteval": 1.0, "hand": 20.0, "nl": 20.0, "voters": 20.0, "ordinary": 2.0},
    "written5+ordinary0.5": {"tweeteval": 1.0, "hand": 5.0, "nl": 5.0, "voters": 5.0, "ordinary": 0.5},
    "written2": {"tweeteval": 1.0, "hand": 2.0, "nl": 2.0, "voters": 2.0},
}
DEFAULT_WEIGHTS_DIR = Path(__file__).resolve().parents[1] / "weights"

Row = tuple[str, str, str, str, str]  # (source, language, label, text, fold group; "" = stratified at random)


def _weight(mix: dict[str, float], source: str) -> float:
    return float(mix.get(source, 0.0))


def _written_rows() -> list[Row]:
    """The hand-written rows, each with its block group (shared by every language of a list)."""
    from inbox.triage.training import (
        abuse_voters_nl_fr_de,
        handwritten_toxicity,
        handwritten_toxicity_short,
        toxicity_nl,
    )

    rows: list[Row] = []
    modules = (
        ("hand", handwritten_toxicity),
        ("hand", handwritten_toxicity_short),
        ("nl", toxicity_nl),
        ("voters", abuse_voters_nl_fr_de),
    )
    for source, module in modules:
        tag = module.__name__.rsplit(".", 1)[-1]
        for language in LANGUAGES:
            for suffix, label in (("ABUSE", "toxic"), ("HARSH_OK", "ok")):
                lines = getattr(module, f"{language.upper()}_{suffix}", [])
                rows += [
                    (source, language, label, data.tweet_text(text), f"{tag}:{i // BLOCK[source]}")
                    for i, text in enumerate(lines)
                ]
    return rows


def _ordinary_rows() -> list[Row]:
    """The voter-style messages of :mod:`voter_tone` as ``ok``, grouped by frame."""
    from inbox.triage.training.voter_tone import voter_tone_rows

    return [("ordinary", r.language, "ok", data.tweet_text(r.text), f"frame:{r.frame}") for r in voter_tone_rows()]


def training_rows(data_dir: Path, mixes: dict[str, dict[str, float]] | None = None) -> list[Row]:
    """Every row: TweetEval, the hand-written and the ordinary messages, and GermEval / MLMA when
    one of ``mixes`` (default: ``MIXES``) gives them weight."""
    mixes = MIXES if mixes is None else mixes
    rows: list[Row] = []
    loaders = (
        ("tweeteval", lambda: data.load_offensive(data_dir, "train")),
        ("germeval", lambda: toxicity_data.load_germeval(data_dir)),
        ("mlma", lambda: toxicity_data.load_mlma_french(data_dir)),
    )
    for source, load in loaders:
        if source != "tweeteval" and not any(_weight(m, source) for m in mixes.values()):
            continue
        loaded = load()
        rows += [
            (source, lang, label, t, "")
            for t, label, lang in zip(loaded.texts, loaded.labels, loaded.languages, strict=True)
        ]
    return rows + _written_rows() + _ordinary_rows()


def sample_weights(sources: Sequence[str], mix: dict[str, float]) -> np.ndarray:
    """Per-row weights: a hand-written or ordinary row weighs ``mix[source]``; each public set is
    rescaled to TweetEval's size, then multiplied by its ``mix`` factor."""
    sources_arr = np.asarray(sources)
    reference = max(int((sources_arr == "tweeteval").sum()), 1)
    weights = np.zeros(len(sources_arr))
    for source in SOURCES:
        rows = sources_arr == source
        if not rows.any():
            continue
        factor = _weight(mix, source)
        weights[rows] = factor * reference / rows.sum() if source in PUBLIC else factor
    return weights


def assign_folds(rows: Sequence[Row], folds: int = FOLDS) -> np.ndarray:
    """Fold of every row: grouped rows by group (groups of a source dealt round a shuffled order),
    the others stratified by source, language and label."""
    rng = np.random.default_rng(0)
    out = np.zeros(len(rows), dtype=int)
    grouped: dict[str, set[str]] = {}
    for r in rows:
        if r[4]:
            grouped.setdefault(r[0], set()).add(r[4])
    fold_of: dict[tuple[str, str], int] = {}
    for source in sorted(grouped):
        keys = sorted(grouped[source])
        for position, index in enumerate(rng.permutation(len(keys))):
            fold_of[(source, keys[index])] = position % folds
    strata: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        if r[4]:
            out[i] = fold_of[(r[0], r[4])]
        else:
            strata.setdefault(f"{r[0]}/{r[1]}/{r[2]}", []).append(i)
    for stratum in sorted(strata):
        index = rng.permutation(strata[stratum])
        out[index] = np.arange(len(index)) % folds
    return out


def fit_head(x: np.ndarray, labels: Sequence[str], weights: np.ndarray, recipe: dict[str, Any], members: int) -> list:
    """An ensemble of ``members`` heads (seeds 0..), merged by averaging logits; zero-weight rows are dropped."""
    keep = weights > 0
    config = FitConfig(
        **{k: recipe[k] for k in ("hidden", "dropout", "l2", "epochs", "lr", "batch_size") if k in recipe}
    )
    targets = one_hot([label for label, k in zip(labels, keep, strict=True) if k], LABELS)
    fitted = [
        fit_layers(x[keep], targets, FitConfig(**{**config.__dict__, "seed": seed}), weights[keep])
        for seed in range(members)
    ]
    return average_logits(fitted)


def out_of_fold(
    x: np.ndarray, rows: Sequence[Row], folds: np.ndarray, mix: dict[str, float], recipe: dict[str, Any]
) -> np.ndarray:
    """Out-of-fold ``toxic`` probabilities (a row with no training weight is still scored)."""
    labels = [r[2] for r in rows]
    weights = sample_weights([r[0] for r in rows], mix)
    scores = np.zeros(len(rows))
    for fold in range(FOLDS):
        train = folds != fold
        layers = fit_head(
            x[train], [lab for lab, t in zip(labels, train, strict=True) if t], weights[train], recipe, CV_MEMBERS
        )
        scores[~train] = Head("toxicity", LABELS, layers).predict_proba(x[~train])[:, 1]
    return scores


def summarise(scores: np.ndarray, rows: Sequence[Row], threshold: float | None = None) -> dict[str, Any]:
    """Out-of-fold figures at ``threshold`` or, when None, at the lowest threshold (steps of 0.01)
    with false alarms within budget in every language on both the hand-written harsh-but-legitimate
    and the ordinary messages."""
    source = np.array([r[0] for r in rows])
    langs = np.array([r[1] for r in rows])
    toxic = np.array([r[2] == "toxic" for r in rows])
    written = np.isin(source, WRITTEN)
    ordinary = source == "ordinary"

    def rate(mask: np.ndarray, flagged: np.ndarray) -> float:
        return float(flagged[mask].mean()) if mask.any() else 0.0

    def alarms(flagged: np.ndarray) -> float:
        return max(
            max(rate(written & ~toxic & (langs == lang), flagged), rate(ordinary & (langs == lang), flagged))
            for lang in LANGUAGES
        )

    if threshold is None:
        for threshold in (round(float(t), 2) for t in np.arange(0.05, 0.995, 0.01)):
            if alarms(scores >= threshold) <= FALSE_ALARM_BUDGET:
                break
    flagged = scores >= threshold
    summary: dict[str, Any] = {"threshold": round(float(threshold), 2)}
    for lang in LANGUAGES:
        summary[f"recall_{lang}"] = round(100 * rate(written & toxic & (langs == lang), flagged), 1)
    for lang in LANGUAGES:
        summary[f"voters_recall_{lang}"] = round(100 * rate((source == "voters") & toxic & (langs == lang), flagged), 1)
    for lang in LANGUAGES:
        summary[f"harsh_alarms_{lang}"] = round(100 * rate(written & ~toxic & (langs == lang), flagged), 1)
    for lang in LANGUAGES:
        summary[f"ordinary_alarms_{lang}"] = round(100 * rate(ordinary & (langs == lang), flagged), 1)
    for public in PUBLIC:
        part = source == public
        if part.any():
            truth = ["toxic" if t else "ok" for t in toxic[part]]
            summary[f"{public}_macro_f1"] = round(
                macro_f1(truth, ["toxic" if f else "ok" for f in flagged[part]], LABELS), 1
            )
            summary[f"{public}_macro_f1_at_0.5"] = round(
                macro_f1(truth, ["toxic" if s >= 0.5 else "ok" for s in scores[part]], LABELS), 1
            )
    return summary


def worst_recall(summary: dict[str, Any]) -> float:
    return min(summary[f"recall_{lang}"] for lang in LANGUAGES)


def beats_baseline(summary: dict[str, Any], baseline: dict[str, Any]) -> bool:
    """At least the baseline's out-of-fold recall in every language, more in the worst one, and a
    TweetEval out-of-fold macro-F1 not below the baseline's at 0.5 (the committed operating point)."""
    recall_ok = all(summary[f"recall_{lang}"] >= baseline[f"recall_{lang}"] for lang in LANGUAGES)
    return (
        recall_ok
        and worst_recall(summary) > worst_recall(baseline)
        and summary["tweeteval_macro_f1"] >= baseline["tweeteval_macro_f1_at_0.5"]
    )


def fold_threshold(layers: list, threshold: float) -> list:
    """Shift the ``toxic`` output bias so that probability >= ``threshold`` becomes >= 0.5."""
    weight, bias = layers[-1]
    bias = np.array(bias, dtype=np.float64)
    bias[1] -= np.log(threshold / (1.0 - threshold))
    return [*layers[:-1], (weight, bias.astype(np.float32))]


def cross_validate(
    x: np.ndarray, rows: Sequence[Row], *, log: bool = True, mlp_tried_on: int = MLP_TRIED_ON
) -> dict[str, Any]:
    """Baseline, every mix with the linear recipe, the MLP on the best ``mlp_tried_on`` mixes; the choice."""
    folds = assign_folds(rows)
    results: dict[str, dict[str, Any]] = {}

    def run(recipe_name: str, mix_name: str) -> dict[str, Any]:
        start = time.monotonic()
        scores = out_of_fold(x, rows, folds, MIXES[mix_name], RECIPES[recipe_name])
        key = f"{recipe_name} {mix_name}"
        results[key] = {"recipe": recipe_name, "mix": mix_name, **summarise(scores, rows)}
        if (recipe_name, mix_name) == BASELINE:
            results[key]["at_0.5"] = summarise(scores, rows, 0.5)
        if log:
            print(f"  cv {key} ({time.monotonic() - start:.0f}s): {results[key]}", file=sys.stderr, flush=True)
        return results[key]

    baseline = run(*BASELINE)
    for mix_name in MIXES:
        if mix_name != BASELINE[1]:
            run("linear", mix_name)
    linear = [k for k in results if results[k]["recipe"] == "linear"]
    tweeteval_bar = baseline["tweeteval_macro_f1_at_0.5"] - LINEAR_TWEETEVAL_MARGIN

    def promise(key: str) -> tuple[bool, float, float]:
        tweets = results[key]["tweeteval_macro_f1"]
        return tweets >= tweeteval_bar, worst_recall(results[key]), tweets

    ranked = sorted(linear, key=promise, reverse=True)
    for key in ranked[:mlp_tried_on]:
        run("mlp_512", results[key]["mix"])
    better = [k for k in results if k != " ".join(BASELINE) and beats_baseline(results[k], baseline)]
    chosen = max(better, key=lambda k: (worst_recall(results[k]), results[k]["tweeteval_macro_f1"]), default=None)
    return {"folds": FOLDS, "results": results, "baseline": " ".join(BASELINE), "chosen": chosen}


def language_thresholds(scores: np.ndarray, rows: Sequence[Row]) -> dict[str, Any]:
    """Per language, from out-of-fold scores: the threshold and what it does.

    nl / fr / de: the lowest threshold (steps of 0.01) with out-of-fold false alarms within
    ``FALSE_ALARM_BUDGET`` on that language's harsh-but-legitimate and ordinary messages.
    en: among the thresholds within that budget, the one with the best out-of-fold TweetEval
    macro-F1 (English tweets, where plain profanity counts as offensive).
    """
    source = np.array([r[0] for r in rows])
    langs = np.array([r[1] for r in rows])
    toxic = np.array([r[2] == "toxic" for r in rows])
    written, ordinary, tweets = np.isin(source, WRITTEN), source == "ordinary", source == "tweeteval"
    grid = [round(float(t), 2) for t in np.arange(0.05, 0.995, 0.01)]

    def alarms(lang: str, threshold: float) -> float:
        flagged = scores >= threshold
        parts = [mask for mask in (written & ~toxic & (langs == lang), ordinary & (langs == lang)) if mask.any()]
        return max((float(flagged[mask].mean()) for mask in parts), default=0.0)

    def tweeteval_f1(threshold: float) -> float:
        truth = ["toxic" if t else "ok" for t in toxic[tweets]]
        return macro_f1(truth, ["toxic" if v >= threshold else "ok" for v in scores[tweets]], LABELS)

    chosen: dict[str, Any] = {}
    for lang in LANGUAGES:
        allowed = [t for t in grid if alarms(lang, t) <= FALSE_ALARM_BUDGET] or [grid[-1]]
        threshold = max(allowed, key=tweeteval_f1) if lang == "en" else allowed[0]
        caught = written & toxic & (langs == lang)
        chosen[lang] = {
            "threshold": threshold,
            "recall": round(100 * float((scores[caught] >= threshold).mean()), 1),
            "false_alarms": round(100 * alarms(lang, threshold), 1),
        }
    chosen["tweeteval_macro_f1"] = round(tweeteval_f1(chosen["en"]["threshold"]), 1)
    return chosen


COMMITTED_CANDIDATE = ("mlp_512", "written20+ordinary2")  # the committed head: recipe, mix (thresholds per language)


def train_language_thresholds_head(
    embed: EmbedFn,
    data_dir: Path,
    recipe_name: str = COMMITTED_CANDIDATE[0],
    mix_name: str = COMMITTED_CANDIDATE[1],
    *,
    name: str = "toxicity",
) -> Head:
    """The toxicity head of one candidate (recipe, mix) with a threshold per language.

    Thresholds from :func:`language_thresholds` on out-of-fold scores (training rows only);
    the English one is folded into the output bias (so ``threshold`` 0.5 is English's and
    any other language's), the others are stored in ``threshold_by_language`` in the same
    folded scale (:mod:`inbox.triage.toxicity_threshold` applies them).
    """
    rows = training_rows(data_dir, {mix_name: MIXES[mix_name]})
    x = embed([r[3] for r in rows])
    mix, recipe = MIXES[mix_name], RECIPES[recipe_name]
    chosen = language_thresholds(out_of_fold(x, rows, assign_folds(rows), mix, recipe), rows)
    english = chosen["en"]["threshold"]

    def folded(threshold: float) -> float:
        shift = np.log(threshold / (1 - threshold)) - np.log(english / (1 - english))
        return round(float(1 / (1 + np.exp(-shift))), 4)

    weights = sample_weights([r[0] for r in rows], mix)
    layers = fit_head(x, [r[2] for r in rows], weights, recipe, int(recipe["members"]))
    counts = {
        source: {lang: sum(1 for r in rows if r[0] == source and r[1] == lang) for lang in LANGUAGES}
        for source in SOURCES
        if _weight(mix, source)
    }
    info = {
        "task": "toxicity",
        "positive_label": "toxic",
        "threshold": 0.5,
        "threshold_folded_into_bias": english,
        "threshold_by_language": {lang: folded(chosen[lang]["threshold"]) for lang in ("nl", "fr", "de")},
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "recipe": {"name": recipe_name, **recipe, "mix": mix_name, **mix},
        "training_data": {
            **counts,
            "source": "cardiffnlp/tweeteval @4fbd22c datasets/offensive train; inbox/triage/training/"
            "handwritten_toxicity{,_short}.py, toxicity_nl.py, abuse_voters_nl_fr_de.py, voter_tone.py "
            "(sources weighted by the mix)",
        },
        "cross_validation": {"folds": FOLDS, "per_language": chosen},
        "note": "Thresholds per language chosen on out-of-fold scores of training rows only: nl/fr/de the lowest "
        f"with <= {FALSE_ALARM_BUDGET:.0%} false alarms on harsh-but-legitimate and ordinary messages; en the one "
        "within that budget with the best TweetEval macro-F1 (inbox/triage/training/toxicity.py).",
    }
    return Head(name, LABELS, fold_threshold(layers, english), dtype="float16", info=info)


def committed_head_figures(x: np.ndarray, rows: Sequence[Row], weights_dir: Path) -> dict[str, Any]:
    """The committed head on the rows it was never trained on (``nl``, ``voters``, ``ordinary``; TweetEval
    training tweets are in-sample): at its own threshold and at the false-alarm rule."""
    head = Head.load(weights_dir, "toxicity")
    unseen = [i for i, r in enumerate(rows) if r[0] in ("nl", "voters", "ordinary")]
    scores = head.predict_proba(x[unseen])[:, 1]
    part = [rows[i] for i in unseen]
    return {
        "version": head.version,
        "at_its_threshold": summarise(scores, part, float(head.info.get("threshold", 0.5))),
        "at_false_alarm_rule": summarise(scores, part),
    }


def train_toxicity_head(
    embed: EmbedFn,
    data_dir: Path,
    *,
    corrections: Sequence[tuple[str, str]] = (),
    correction_weight: float = 5.0,
    log: bool = True,
    name: str = "toxicity",
    cv: dict[str, Any] | None = None,
) -> Head:
    """Choose mix, recipe and threshold by cross-validation (or take ``cv``), fit on all rows, fold
    the threshold in.

    ``corrections`` (``(text, "ok" | "toxic")``, from staff) join the final fit only, each
    weighing ``correction_weight`` hand-written rows; they never choose a setting.
    """
    unknown = sorted({label for _, label in corrections if label not in LABELS})
    if unknown:
        raise ValueError(f"unknown labels in corrections: {unknown} (expected one of {LABELS})")
    rows = training_rows(data_dir)
    x = embed([r[3] for r in rows])
    if cv is None:
        cv = cross_validate(x, rows, log=log)
    if cv["chosen"]:
        best = cv["results"][cv["chosen"]]
        recipe_name, mix_name, threshold = best["recipe"], best["mix"], best["threshold"]
    else:  # nothing beat the committed configuration: train it as it was (threshold 0.5)
        recipe_name, mix_name, threshold = (*BASELINE, 0.5)
    mix, recipe = MIXES[mix_name], RECIPES[recipe_name]
    labels = [r[2] for r in rows]
    weights = sample_weights([r[0] for r in rows], mix)
    hand_weight = max(_weight(mix, s) for s in WRITTEN)
    used = [(data.tweet_text(t), label) for t, label in corrections if t.strip()]
    if used:
        x = np.vstack([x, embed([t for t, _ in used])])
        labels += [label for _, label in used]
        weights = np.concatenate([weights, np.full(len(used), correction_weight * hand_weight)])
    layers = fit_head(x, labels, weights, recipe, int(recipe["members"]))
    counts: dict[str, Any] = {}
    for source in SOURCES:
        if _weight(mix, source):
            part = [r for r in rows if r[0] == source]
            counts[source] = {
                lang: sum(1 for r in part if r[1] == lang) for lang in LANGUAGES if any(r[1] == lang for r in part)
            }
    info = {
        "task": "toxicity",
        "positive_label": "toxic",
        "threshold": 0.5,
        "threshold_folded_into_bias": threshold,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "recipe": {"name": recipe_name, **recipe, "mix": mix_name, **mix},
        "training_data": {
            **counts,
            "corrections": len(used),
            "source": "cardiffnlp/tweeteval @4fbd22c datasets/offensive train; inbox/triage/training/"
            "handwritten_toxicity{,_short}.py, toxicity_nl.py, abuse_voters_nl_fr_de.py, voter_tone.py "
            "(sources weighted by the mix; GermEval/MLMA only when the mix uses them)",
        },
        "cross_validation": cv,
        "note": "Mix, recipe and threshold chosen by 5-fold cross-validation on training rows only "
        "(inbox/triage/training/toxicity.py docstring); threshold folded into the output bias.",
    }
    return Head(name, LABELS, fold_threshold(layers, threshold), dtype="float16", info=info)


def main(argv: Sequence[str] | None = None) -> int:
    """Cross-validate; unless ``--cv-only``, train and save the toxicity head and rewrite the weights README."""
    from inbox.triage.training import evaluate
    from inbox.triage.training.report import write_weights_readme

    parser = argparse.ArgumentParser(
        prog="python -m inbox.triage.training.toxicity", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data", type=Path, default=data.DEFAULT_DATA_DIR, help="shared data folder (%(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_WEIGHTS_DIR, help="where the head goes (%(default)s)")
    default_cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
    parser.add_argument("--cache-dir", type=Path, default=default_cache, help="embedding cache (%(default)s)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads for the encoder (%(default)s)")
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validation as JSON, save nothing")
    parser.add_argument("--cv-json", type=Path, help="write the cross-validation here / reuse it if it exists")
    parser.add_argument("--only-if-better", action="store_true", help="train only when a candidate beat the baseline")
    parser.add_argument("--mlp-tried-on", type=int, default=MLP_TRIED_ON, help="mixes tried with the MLP (%(default)s)")
    parser.add_argument(
        "--language-thresholds",
        metavar="RECIPE:MIX",
        help="train this candidate with a threshold per language (the committed head: mlp_512:written20+ordinary2)",
    )
    args = parser.parse_args(argv)
    embed = build_embedder(None, args.cache_dir, threads=args.threads)
    if args.language_thresholds:
        recipe_name, _, mix_name = args.language_thresholds.partition(":")
        if recipe_name not in RECIPES or mix_name not in MIXES:
            parser.error(f"--language-thresholds takes RECIPE:MIX from {sorted(RECIPES)} and {sorted(MIXES)}")
        head = train_language_thresholds_head(embed, args.data, recipe_name, mix_name)
        head.info["encoder_version"] = embed.version
        head.info["validation"] = {"tweeteval_offensive_macro_f1": evaluate.offensive_score(head, embed, args.data)}
        head.save(args.out)
        write_weights_readme(args.out)
        print(f"saved {head.name} {head.version}: {head.info['cross_validation']}")
        print(f"validation {head.info['validation']}")
        return 0
    if args.cv_json and args.cv_json.exists():
        cv = json.loads(args.cv_json.read_text(encoding="utf-8"))
    else:
        rows = training_rows(args.data)
        x = embed([r[3] for r in rows])
        committed = committed_head_figures(x, rows, DEFAULT_WEIGHTS_DIR)
        print(f"  committed head, unseen rows: {committed}", file=sys.stderr, flush=True)
        cv = {**cross_validate(x, rows, mlp_tried_on=args.mlp_tried_on), "committed_head": committed}
        if args.cv_json:
            args.cv_json.write_text(json.dumps(cv, indent=1), encoding="utf-8")
    if args.cv_only or (args.only_if_better and not cv["chosen"]):
        print(json.dumps(cv, indent=1))
        return 0
    head = train_toxicity_head(embed, args.data, cv=cv)
    head.info["encoder_version"] = embed.version
    # public TweetEval validation split only: the hand-written check sets are for the lead's benches
    head.info["validation"] = {"tweeteval_offensive_macro_f1": evaluate.offensive_score(head, embed, args.data)}
    head.save(args.out)
    write_weights_readme(args.out)
    print(f"saved {head.name} {head.version}: {head.info['recipe']}, validation {head.info['validation']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
