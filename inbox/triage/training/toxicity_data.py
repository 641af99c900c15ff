"""Training data of the toxicity head beyond TweetEval: German (GermEval 2018), French (MLMA), Dutch.

Every loader reads ``shared/data`` from a path (the files are never copied into the
repository) and returns :class:`inbox.triage.training.data.LabelledTexts` with labels
``ok`` / ``toxic`` and texts cleaned as the pipeline cleans a message
(:func:`inbox.triage.training.data.tweet_text`: no handles or links).

* GermEval 2018 (uds-lsv/GermEval-2018-Data @9877472, training split, CC BY 4.0): 5,009
  German tweets; ``OFFENSE`` (abuse, insult, profanity) is toxic, ``OTHER`` is not.
* MLMA French (HKUST-KnowComp/MLMA_hate_speech @4798369, MIT): 4,014 French tweets
  collected with hostile keywords; a tweet labelled only ``normal`` is ok, every other
  label (offensive, abusive, hateful, disrespectful, fearful, or a mix) is toxic. Since
  the tweets were chosen for hostile keywords, only 821 are ``normal``.
* Dutch: no public set exists; :mod:`inbox.triage.training.toxicity_nl` holds abusive and
  harsh-but-legitimate Dutch and Flemish messages written for this project.
"""

from __future__ import annotations

import csv
from pathlib import Path

from inbox.triage.training.data import LabelledTexts, tweet_text


def load_germeval(data_dir: Path) -> LabelledTexts:
    """GermEval 2018 training tweets (German): ``OFFENSE`` -> toxic, ``OTHER`` -> ok."""
    texts, labels = [], []
    path = Path(data_dir) / "offensive" / "germeval2018" / "train.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or parts[1] not in ("OFFENSE", "OTHER"):
            continue
        texts.append(tweet_text(parts[0].replace("|LBR|", " ")))
        labels.append("toxic" if parts[1] == "OFFENSE" else "ok")
    return LabelledTexts(texts, labels, ["de"] * len(texts))


def load_mlma_french(data_dir: Path) -> LabelledTexts:
    """MLMA French tweets: only ``normal`` -> ok, any hostile label -> toxic."""
    texts, labels = [], []
    path = Path(data_dir) / "offensive" / "mlma_fr" / "fr_dataset.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aspects = set(row["sentiment"].split("_"))
            texts.append(tweet_text(row["tweet"]))
            labels.append("ok" if aspects == {"normal"} else "toxic")
    return LabelledTexts(texts, labels, ["fr"] * len(texts))


def dutch_written() -> LabelledTexts:
    """The hand-written Dutch abusive / harsh-but-legitimate messages (:mod:`toxicity_nl`)."""
    from inbox.triage.training import toxicity_nl

    texts = list(toxicity_nl.NL_ABUSE) + list(toxicity_nl.NL_HARSH_OK)
    labels = ["toxic"] * len(toxicity_nl.NL_ABUSE) + ["ok"] * len(toxicity_nl.NL_HARSH_OK)
    return LabelledTexts([tweet_text(t) for t in texts], labels, ["nl"] * len(texts))
