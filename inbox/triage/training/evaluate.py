"""Validation scores for the heads, shared by the train command and ``bench/triage_quality.py``.

All scores are percentages. Sentiment and offensive use the public validation splits;
toxicity also uses the separate hand-written check set; needs-reply its hand-written
validation messages; topics a 5-fold cross-validation on the Chamber questions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from inbox.triage.heads import Head
from inbox.triage.sentiment import LanguageRoutedHead
from inbox.triage.taxonomy import DEFAULT_TOPICS
from inbox.triage.topics import DEFAULT_TOPIC_FIT, train_topic_head
from inbox.triage.toxicity_threshold import toxic_flags
from inbox.triage.training import data
from inbox.triage.training.metrics import accuracy, f1_score, macro_f1, stratified_folds

EmbedFn = Callable[[Sequence[str]], np.ndarray]


def sentiment_scores(head: Head | LanguageRoutedHead, embed: EmbedFn, data_dir: Path) -> dict[str, float]:
    """Macro-F1 on the XLM-T validation split, per language (en, fr, de); a routed head uses its experts."""
    scores = {}
    for language in ("en", "fr", "de"):
        val = data.load_sentiment(data_dir, language, "val")
        if isinstance(head, LanguageRoutedHead):
            predicted = head.predict(embed(val.texts), val.languages)
        else:
            predicted = head.predict(embed(val.texts))
        scores[language] = round(macro_f1(val.labels, predicted, data.SENTIMENT_LABELS), 2)
    return scores


def offensive_score(head: Head, embed: EmbedFn, data_dir: Path) -> float:
    """Macro-F1 on the TweetEval offensive validation split (English)."""
    val = data.load_offensive(data_dir, "val")
    scores = head.predict_proba(embed(val.texts))[:, head.labels.index("toxic")]
    predicted = ["toxic" if flag else "ok" for flag in toxic_flags(head.info, scores, ["en"] * len(scores))]
    return round(macro_f1(val.labels, predicted, data.TOXICITY_LABELS), 2)


def toxicity_check(head: Head, embed: EmbedFn, *, short: bool = False) -> dict[str, dict[str, int]]:
    """Per language: abusive messages caught (of how many), false alarms (of how many ok ones).

    ``short``: on the separate check set of short messages.
    """
    check = data.handwritten_toxicity_check(short=short)
    scores = head.predict_proba(embed(check.texts))[:, head.labels.index("toxic")]
    predicted = ["toxic" if flag else "ok" for flag in toxic_flags(head.info, scores, check.languages)]
    out: dict[str, dict[str, int]] = {}
    for language in ("nl", "fr", "de", "en"):
        rows = [i for i, lang in enumerate(check.languages) if lang == language]
        out[language] = {
            "caught": sum(check.labels[i] == "toxic" and predicted[i] == "toxic" for i in rows),
            "abusive": sum(check.labels[i] == "toxic" for i in rows),
            "false_alarms": sum(check.labels[i] == "ok" and predicted[i] == "toxic" for i in rows),
            "ok": sum(check.labels[i] == "ok" for i in rows),
        }
    return out


def needs_reply_scores(head: Head, embed: EmbedFn) -> dict[str, float]:
    """F1 of ``needs_reply`` on the hand-written validation messages: overall and per language."""
    val = data.handwritten_needs_reply("val")
    predicted = head.predict(embed(val.texts))
    scores = {"all": round(f1_score(val.labels, predicted, "needs_reply"), 2)}
    for language in ("nl", "fr", "en", "de"):
        rows = [i for i, lang in enumerate(val.languages) if lang == language]
        scores[language] = round(
            f1_score([val.labels[i] for i in rows], [predicted[i] for i in rows], "needs_reply"), 2
        )
    return scores


def topic_cross_validation(
    embed: EmbedFn,
    data_dir: Path,
    *,
    largest_themes: int | None = None,
    folds: int = 5,
    seed: int = 0,
    group_duplicates: bool = False,
) -> dict[str, Any]:
    """Accuracy of the default topic recipe on Chamber questions, ``folds``-fold cross-validated.

    Each fold trains as :func:`recipes.train_default_topics` does (taxonomy descriptions
    and examples, the keyword-labelled questions, the other folds' questions) and predicts
    the best-scoring code among all default topics. With ``largest_themes`` only questions
    of that many most frequent main themes take part, classified among their codes only
    (the MODELS.md setting). ``group_duplicates`` keeps identical questions (the file holds
    some) in the same fold, so none is scored by a head that saw its copy.
    """
    questions = [q for q in data.load_chamber_questions(data_dir) if q.topic]
    topics = list(DEFAULT_TOPICS)
    if largest_themes:
        keep = {t for t, _ in Counter(q.theme_main for q in questions).most_common(largest_themes)}
        questions = [q for q in questions if q.theme_main in keep]
        topics = [t for t in DEFAULT_TOPICS if t.code in {q.topic for q in questions}]
    texts = [q.text for q in questions]
    truth = [str(q.topic) for q in questions]
    extra = data.chamber_keyword_examples(data_dir)
    embed(texts + [t for t, _ in extra] + [t for spec in topics for t in spec.training_texts()])  # warm a cache
    predicted = [""] * len(questions)
    top2 = 0
    for fold in _folds(texts, truth, folds, seed, group_duplicates):
        held = set(fold.tolist())
        background = [(texts[i], truth[i]) for i in range(len(texts)) if i not in held] + extra
        head = train_topic_head(embed, topics, background=background, config=DEFAULT_TOPIC_FIT)
        scores = head.predict_proba(embed([texts[i] for i in fold]))
        for i, row in zip(fold, scores, strict=True):
            ranked = np.argsort(-row)
            predicted[i] = head.labels[int(ranked[0])]
            top2 += truth[i] in {head.labels[int(j)] for j in ranked[:2]}
    return {
        "accuracy": round(accuracy(truth, predicted), 2),
        "top2_accuracy": round(100.0 * top2 / len(truth), 2),
        "questions": len(truth),
        "topics": len(topics),
        "codes_in_data": len({q.topic for q in questions}),
        "themes": len({q.theme_main for q in questions}),
    }


def _folds(texts: list[str], truth: list[str], k: int, seed: int, group_duplicates: bool) -> list[np.ndarray]:
    """Stratified folds over questions, or over distinct texts (copies together) with ``group_duplicates``."""
    if not group_duplicates:
        return stratified_folds(truth, k, seed)
    first: dict[str, int] = {}
    for i, text in enumerate(texts):
        first.setdefault(text, i)
    distinct = list(first)
    fold_of = {}
    for number, fold in enumerate(stratified_folds([truth[first[t]] for t in distinct], k, seed)):
        fold_of.update({distinct[j]: number for j in fold})
    return [np.asarray([i for i, t in enumerate(texts) if fold_of[t] == n], dtype=int) for n in range(k)]


def topic_short_check(head: Head, embed: EmbedFn) -> dict[str, Any]:
    """Accuracy of a topic head on the hand-written short messages (never trained on), per language."""
    from inbox.triage.training.handwritten_topic_check import CHECK

    predicted = head.predict(embed([text for _, _, text in CHECK]))
    out: dict[str, Any] = {"all": round(accuracy([c for _, c, _ in CHECK], predicted), 2), "messages": len(CHECK)}
    for language in ("nl", "fr", "en", "de"):
        rows = [i for i, row in enumerate(CHECK) if row[0] == language]
        out[language] = round(accuracy([CHECK[i][1] for i in rows], [predicted[i] for i in rows]), 2)
    return out
