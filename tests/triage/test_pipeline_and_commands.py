"""The pipeline end to end: the batch command, isolation of a failing text, a direct classifier."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from flask import Flask

from inbox.triage.classifier import SequenceClassifierHead, parse_label_map
from inbox.triage.models import get_triager


def test_tag_command_writes_one_json_line_per_input(sqlite_app: Flask) -> None:
    letter = (
        "Geachte burgemeester, ik vraag u dringend om het zwembad in Ronse open te houden voor alle scholen en "
        "verenigingen van onze stad. Het is het enige bad in de wijde omgeving en duizenden kinderen leren er "
        "elk jaar zwemmen."
    )
    lines = [
        {"id": 1, "text": "Pourquoi le train de Namur est-il encore en retard ce matin ?"},
        {"id": 2, "text": letter + " Groeten, Els"},
        {"id": 3, "text": letter + " Vriendelijke groet, Karim"},
        {"id": 4, "text": "Hallo! " + letter + " Mvg, Tine"},
        {"id": 5, "text": ""},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\nnot json\n"
    result = sqlite_app.test_cli_runner().invoke(args=["triage", "tag"], input=stdin)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [row["id"] for row in rows] == [1, 2, 3, 4, 5]
    first = rows[0]
    assert first["lang"] == "fr" and first["topics"][0]["code"] == "mobility"
    assert set(first) >= {"id", "lang", "topics", "sentiment", "toxic", "needs_reply", "campaign"}
    assert first["sentiment"]["label"] in {"negative", "neutral", "positive"}
    assert isinstance(first["toxic"]["flag"], bool) and isinstance(first["needs_reply"]["flag"], bool)
    assert rows[1]["campaign"] is not None and rows[1]["campaign"] == rows[2]["campaign"] == rows[3]["campaign"]
    assert first["campaign"] is None and rows[4]["campaign"] is None
    assert "line 6: skipped" in result.stderr


class FailingOnMarker:
    """The real encoder, except that it raises on one text (a stand-in for a poisoned input)."""

    def __init__(self, encoder) -> None:  # type: ignore[no-untyped-def]
        self.encoder = encoder
        self.version, self.max_length, self.tokenizer = encoder.version, encoder.max_length, encoder.tokenizer

    def embed(self, texts):  # type: ignore[no-untyped-def]
        if any("POISON" in text for text in texts):
            raise RuntimeError("cannot embed this text")
        return self.encoder.embed(texts)


def test_one_failing_text_does_not_fail_the_others(sqlite_app: Flask) -> None:
    from inbox.triage.pipeline import Triager

    real = get_triager(sqlite_app.extensions["dialoog.settings"])
    triager = Triager(FailingOnMarker(real.encoder), real.heads, real.default_topic_head)
    outputs = triager.analyse(["Waarom is de bus weer te laat?", "POISON text", "Merci pour tout !"])
    assert outputs[1].error and "cannot embed" in outputs[1].error and outputs[1].topics == []
    assert outputs[0].topics[0][0] == "mobility" and outputs[2].sentiment == "positive"


def test_a_fine_tuned_classifier_can_serve_sentiment_with_mapped_labels(tmp_path: Path, sqlite_app: Flask) -> None:
    """A tiny (random) BERT classifier saved locally stands in for a hub model such as a tweet
    sentiment classifier; its labels NEG/NEU/POS map onto ours."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    encoder = get_triager(sqlite_app.extensions["dialoog.settings"]).encoder
    folder = tmp_path / "tiny-sentiment"
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=encoder.tokenizer.vocab_size + 100,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        num_labels=3,
        id2label={0: "NEG", 1: "NEU", 2: "POS"},
        label2id={"NEG": 0, "NEU": 1, "POS": 2},
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    encoder.tokenizer.save_pretrained(folder)

    head = SequenceClassifierHead(
        str(folder), ["negative", "neutral", "positive"], parse_label_map("NEG:negative,NEU:neutral,POS:positive")
    )
    probabilities = head.predict_texts(["Slecht beleid!", "Dank u wel", "Ok"])
    assert probabilities.shape == (3, 3) and np.allclose(probabilities.sum(axis=1), 1.0, atol=1e-5)
    assert head.version.startswith("hf:tiny-sentiment@")
    with pytest.raises(ValueError, match="DIALOOG_SENTIMENT_LABELS"):
        SequenceClassifierHead(str(folder), ["negative", "neutral", "positive"], {})
    shutil.rmtree(folder)
