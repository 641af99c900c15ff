"""Similarity rules of campaign detection, shared by the batch and the incremental matcher.

Two messages are *the same letter* (an edge) when their embeddings are close and either

* their texts are near-duplicates (estimated word-3-shingle Jaccard >= ``NEAR_DUPLICATE``), or
* their embeddings clear a language-dependent bar and their lengths are comparable.

A message *joins* a campaign when it is a near-duplicate of one of the campaign's sampled
fingerprints, or when its embedding is close enough to the mean of the campaign's members
*in its own language* (bar ``JOIN_SAME_LANGUAGE``) or to the mean of its members in *one
other language* (bar ``JOIN_CROSS_LANGUAGE``). Hence one running mean per language: the
encoder puts any two texts in one language closer together, and a mean over several
languages drifts towards "any text on this topic", so mixing languages would let
same-topic messages through. Scores order competing matches: a near-duplicate scores
``1 + jaccard``, an embedding match its margin over the bar (< 1).

How the thresholds were chosen, on ``tests/triage/campaign_cases.py`` (6 campaigns with
67 variants; 78 hard negatives, among them long letters on a campaign's own topic, line
and villages), embedded by multilingual-e5-small from the raw text as the pipeline does,
and as a check from the normalised letter text. Each constant was varied alone; the
window is where ``cluster_batch`` and ``assign`` over 40 shuffled streams all reach
pairwise precision and recall 1.0 on both embeddings, and the value sits inside it:

* e5 cosines are compressed. A translation scores >= 0.916 with the mean of the members
  in another language, the closest non-member 0.903 (0.908 on normalised text).
  ``JOIN_CROSS_LANGUAGE`` window 0.910-0.914 (0.905 lets a same-topic letter in, 0.916
  loses translations): 0.912. This margin is thin, the model is the limit; copies and
  light edits, the bulk of a campaign, are carried by MinHash with a wide margin.
* Within one language, members score >= 0.946 with their fellow members' mean, the
  closest non-member 0.937. ``JOIN_SAME_LANGUAGE`` window 0.94-0.97 (paraphrases also
  join through the other languages' means; 0.935 lets non-members in): 0.95.
* Pairs, used only to *form* a campaign (``min_size`` mutual pairs): same-language
  members >= 0.928 (paraphrase vs. copy), non-members <= 0.938; cross-language members
  >= 0.889, non-members <= 0.904. Windows 0.93-0.96 and 0.90-0.93:
  ``PAIR_SAME_LANGUAGE`` 0.94, ``PAIR_CROSS_LANGUAGE`` 0.91. Copies form a campaign;
  translations and paraphrases then join it through the per-language means.
* ``LENGTH_RATIO`` 0.5: a letter and its translations differ in word count by at most
  30 %; most same-topic individual messages are a third of a letter's length. A second
  line of defence: the per-language bars alone already keep the cases apart.
* ``NEAR_DUPLICATE`` 0.4: light edits (a sentence added, a name changed) of a 40-130 word
  letter keep a Jaccard of 0.44-1.0; distinct letters on the same topic stay <= 0.24
  even when they quote the same line number and village (0.3-0.5 all work).
* ``SUBSTANTIVE_WORDS`` 24 and ``SUPPORT_JOIN`` 0.865 (issue 16), tuned with
  ``bench/campaign_tuning.py`` on the cases above plus ``inbox/triage/training/campaign_tuning.py``
  (27 one-line supports of those campaigns, 17 generic reactions each sent by 4 voters,
  15 short same-topic messages, some with "I support ..." for causes with no campaign),
  8 shuffled streams through the incremental matcher. Only texts of at least
  ``SUBSTANTIVE_WORDS`` normalised words (a letter, a petition) found or join a campaign by
  text; the longest reaction has 17 words, the shortest letter variant 42: any value
  18-32 gives the same result (ARI 94.5, every reaction outside any campaign). A short
  "I support / signed / ich unterstütze ..." message (flagged in the fingerprint) joins the
  campaign whose mean in one of its languages is at least ``SUPPORT_JOIN`` close; it counts
  as a member but does not move the means. 0.85: ARI 89.9 (supports of other causes join),
  0.86: 94.5, 0.87: 94.8 (fewer supports join, precision 98.6), 0.88: 92.1.
* ``COSINE_FLOOR`` 0.85: no edge or join below it, whatever the texts share (every
  near-duplicate pair in the cases is above 0.95); the batch clusterer also uses it to
  skip pairs the embeddings already put apart.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from inbox.triage.campaign_text import EMPTY, FINGERPRINT_SIZE, LANGUAGES, SUPPORT_FLAG, WORDS_MASK

NEAR_DUPLICATE = 0.4
COSINE_FLOOR = 0.85
PAIR_SAME_LANGUAGE = 0.94
PAIR_CROSS_LANGUAGE = 0.91
JOIN_SAME_LANGUAGE = 0.95
JOIN_CROSS_LANGUAGE = 0.912
LENGTH_RATIO = 0.5
SUBSTANTIVE_WORDS = 24  # a campaign is a shared letter, petition or call: never a shared one-line reaction
SUPPORT_JOIN = 0.865  # a one-line support joins the campaign whose per-language mean it is this close to

SAMPLE_SIZE = 16  # fingerprints kept per campaign (520 bytes each): enough for its variants
SAMPLE_FOUNDERS = 4  # the first rows (founding members) are never replaced
SAMPLE_NOVELTY = 0.8  # a fingerprint this close to one already kept adds nothing to the sample
MAX_CLIQUE_CANDIDATES = 32  # best-scoring neighbours tried when forming a campaign

NO_MATCH = -np.inf
N_LANGUAGES = len(LANGUAGES)


def shingles(fingerprints: np.ndarray) -> np.ndarray:
    """The MinHash part of fingerprints (last axis)."""
    return fingerprints[..., 2:]


def words(fingerprints: np.ndarray) -> np.ndarray:
    """The normalised word counts of fingerprints (slot 0 without the support flag)."""
    return fingerprints[..., 0] & WORDS_MASK


def support(fingerprints: np.ndarray) -> np.ndarray:
    """Boolean (array): fingerprints of short "I support action X" messages."""
    return (fingerprints[..., 0] & SUPPORT_FLAG) != 0


def substantive(fingerprints: np.ndarray) -> np.ndarray:
    """Boolean (array): texts long enough to be (a copy of) a letter, i.e. to found a campaign."""
    return (fingerprints[..., -1] != EMPTY) & (words(fingerprints) >= SUBSTANTIVE_WORDS)


def usable(fingerprints: np.ndarray) -> np.ndarray:
    """Boolean (array): texts that may be part of a campaign (substantive texts and supports)."""
    return substantive(fingerprints) | support(fingerprints)


def jaccard(fp: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Estimated shingle Jaccard of one fingerprint with each of ``others`` (any leading shape)."""
    return (shingles(others) == shingles(fp)).mean(axis=-1)


def unit(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero)."""
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def _length_ok(words: int, other_words: np.ndarray) -> np.ndarray:
    """True where the shorter text has at least ``LENGTH_RATIO`` of the longer one's words."""
    low = np.minimum(words, other_words).astype(np.float64)
    high = np.maximum(np.maximum(words, other_words), 1).astype(np.float64)
    return low >= LENGTH_RATIO * high


def _raise_duplicates(scores: np.ndarray, close: np.ndarray, fp: np.ndarray, others: np.ndarray) -> np.ndarray:
    """``scores`` with near-duplicates among the ``close`` rows raised to ``1 + jaccard``.

    ``others`` holds one fingerprint per row, or (rows, k) fingerprints whose best match counts;
    shingles are only compared for the close rows.
    """
    rows = np.flatnonzero(close)
    if len(rows):
        dup = jaccard(fp, others[rows])
        dup = dup.max(axis=1) if dup.ndim == 2 else dup
        duplicate = dup >= NEAR_DUPLICATE
        scores[rows[duplicate]] = 1.0 + dup[duplicate]
    return scores


def pair_scores(embedding: np.ndarray, fp: np.ndarray, embeddings: np.ndarray, fps: np.ndarray) -> np.ndarray:
    """Edge scores of one message against rows of others (``NO_MATCH`` where no edge)."""
    if len(fps) == 0:
        return np.zeros(0)
    if not substantive(fp):
        return np.full(len(fps), NO_MATCH)
    cosine = embeddings @ embedding
    close = (cosine >= COSINE_FLOOR) & substantive(fps)
    language = int(fp[1])
    same_language = (fps[:, 1] == language) | (fps[:, 1] == 0) | (language == 0)
    bar = np.where(same_language, PAIR_SAME_LANGUAGE, PAIR_CROSS_LANGUAGE)
    scores = np.full(len(fps), NO_MATCH)
    semantic = close & (cosine >= bar) & _length_ok(int(words(fp)), words(fps))
    scores[semantic] = (cosine - bar)[semantic]
    return _raise_duplicates(scores, close, fp, fps)


def mutual_group(scores: np.ndarray, embeddings: np.ndarray, fps: np.ndarray, min_size: int) -> tuple[list[int], int]:
    """Rows of ``embeddings``/``fps`` that form, with a seed, a group of mutual edges.

    ``scores`` are the seed's edge scores to the rows. Candidates are tried best first
    (ties: lower row), at most ``MAX_CLIQUE_CANDIDATES``; one enters if it has an edge to
    every member so far. Returns the rows (empty if the group, seed included, stays below
    ``min_size``) and the number of pair comparisons made.
    """
    linked = np.flatnonzero(scores > NO_MATCH)
    if len(linked) + 1 < min_size:
        return [], 0
    order = linked[np.lexsort((linked, -scores[linked]))][:MAX_CLIQUE_CANDIDATES]
    group: list[int] = []
    comparisons = 0
    for row in order:
        comparisons += len(group)
        if group and np.any(pair_scores(embeddings[row], fps[row], embeddings[group], fps[group]) == NO_MATCH):
            continue
        group.append(int(row))
    return (group, comparisons) if len(group) + 1 >= min_size else ([], comparisons)


def add_to_sample(sample: np.ndarray, fp: np.ndarray) -> np.ndarray:
    """``sample`` with ``fp`` added if it is a new variant; a full sample rotates after the founders."""
    if not substantive(fp) or (len(sample) and jaccard(fp, sample).max() >= SAMPLE_NOVELTY):
        return sample
    if len(sample) >= SAMPLE_SIZE:
        sample = np.concatenate([sample[:SAMPLE_FOUNDERS], sample[SAMPLE_FOUNDERS + 1 :]])
    return np.concatenate([sample, fp[None, :]])


class CampaignTable:
    """Campaigns as arrays (per-language sums and sizes, padded samples), updated in place.

    Row ``r`` holds ``sums[r, lang]`` (sum of member embeddings in language ``lang``),
    ``counts[r, lang]`` and up to ``SAMPLE_SIZE`` fingerprints in ``samples[r]``.
    """

    def __init__(self, dim: int, capacity: int = 8) -> None:
        self.ids: list[int] = []
        self.sample_sizes: list[int] = []
        self._sums = np.zeros((capacity, N_LANGUAGES, dim), dtype=np.float64)
        self._counts = np.zeros((capacity, N_LANGUAGES), dtype=np.int64)
        self._samples = np.full((capacity, SAMPLE_SIZE, FINGERPRINT_SIZE), EMPTY, dtype=np.uint32)
        self._words = np.zeros(capacity, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def sums(self) -> np.ndarray:
        """(m, languages, dim) sums of member embeddings per language."""
        return self._sums[: len(self.ids)]

    @property
    def counts(self) -> np.ndarray:
        """(m, languages) member counts per language."""
        return self._counts[: len(self.ids)]

    @property
    def samples(self) -> np.ndarray:
        """(m, SAMPLE_SIZE, FINGERPRINT_SIZE) fingerprint samples, padded with empty ones."""
        return self._samples[: len(self.ids)]

    @property
    def words(self) -> np.ndarray:
        """(m,) typical word count of each campaign (median over its sample)."""
        return self._words[: len(self.ids)]

    def append(self, campaign_id: int, sums: np.ndarray, counts: np.ndarray, sample: np.ndarray) -> int:
        """Add a campaign from per-language sums and counts and a sample; returns its row."""
        row = len(self.ids)
        if row == len(self._words):  # grow geometrically: appending m campaigns costs O(m)
            grow = max(8, row)
            self._sums = np.concatenate([self._sums, np.zeros((grow, *self._sums.shape[1:]))])
            self._counts = np.concatenate([self._counts, np.zeros((grow, N_LANGUAGES), dtype=np.int64)])
            padding = np.full((grow, SAMPLE_SIZE, FINGERPRINT_SIZE), EMPTY, dtype=np.uint32)
            self._samples = np.concatenate([self._samples, padding])
            self._words = np.concatenate([self._words, np.zeros(grow, dtype=np.int64)])
        self.ids.append(campaign_id)
        self.sample_sizes.append(0)
        self._sums[row] = sums
        self._counts[row] = counts
        self._set_sample(row, np.asarray(sample, dtype=np.uint32)[:SAMPLE_SIZE])
        return row

    def create(self, campaign_id: int, embeddings: np.ndarray, fps: np.ndarray) -> int:
        """Add a campaign of the given founding members; returns its row."""
        row = self.append(
            campaign_id,
            np.zeros(self._sums.shape[1:]),
            np.zeros(N_LANGUAGES, dtype=np.int64),
            np.zeros((0, FINGERPRINT_SIZE), dtype=np.uint32),
        )
        for embedding, fp in zip(embeddings, fps, strict=True):
            self.add(row, embedding, fp)
        return row

    def _set_sample(self, row: int, sample: np.ndarray) -> None:
        self._samples[row] = EMPTY
        self._samples[row, : len(sample)] = sample
        self.sample_sizes[row] = len(sample)
        counts = sorted(words(sample).tolist())
        self._words[row] = (counts[(len(counts) - 1) // 2] + counts[len(counts) // 2]) // 2 if counts else 0

    def sample(self, row: int) -> np.ndarray:
        """The fingerprints kept for campaign ``row`` (founders first)."""
        return self.samples[row, : self.sample_sizes[row]]

    def add(self, row: int, embedding: np.ndarray, fp: np.ndarray) -> None:
        """Add a member to campaign ``row``: its language's sum and count, and the sample."""
        language = int(fp[1])
        if substantive(fp):  # a one-line support counts as a member but does not move the letter's means
            self.sums[row, language] += embedding
        self.counts[row, language] += 1
        sample = self.sample(row)
        grown = add_to_sample(sample, fp)
        if grown is not sample:
            self._set_sample(row, grown)

    def scores(self, embedding: np.ndarray, fp: np.ndarray, rows: slice = slice(None)) -> np.ndarray:
        """Join scores of one message against the campaigns in ``rows`` (``NO_MATCH``: no join)."""
        sums, counts, sizes = self.sums[rows], self.counts[rows], self.words[rows]
        if len(sums) == 0 or not usable(fp):
            return np.full(len(sums), NO_MATCH)
        language = int(fp[1])
        overall = unit(sums.sum(axis=1)) @ embedding
        per_language = np.einsum("mld,d->ml", unit(sums), embedding)  # cosine with each language's mean
        present = counts > 0
        if language:
            same = np.where(present[:, language], per_language[:, language] - JOIN_SAME_LANGUAGE, NO_MATCH)
            others = present.copy()
            others[:, [0, language]] = False  # members of unknown language are never "another" language
            cross = np.where(others, per_language, NO_MATCH).max(axis=1) - JOIN_CROSS_LANGUAGE
        else:  # a message of unknown language: all members, at the same-language bar
            same = np.where(present.any(axis=1), overall - JOIN_SAME_LANGUAGE, NO_MATCH)
            cross = np.full(len(sums), NO_MATCH)
        if language:  # a campaign whose members are all of unknown language: the strict bar
            only_unknown = ~present[:, 1:].any(axis=1)
            same = np.where(only_unknown & present[:, 0], overall - JOIN_SAME_LANGUAGE, same)
        close = overall >= COSINE_FLOOR
        best = np.maximum(same, cross)
        if substantive(fp):
            scores = np.where(close & (best >= 0) & _length_ok(int(words(fp)), sizes), best, NO_MATCH)
            scores = _raise_duplicates(scores, close, fp, self.samples[rows])
        else:
            scores = np.full(len(sums), NO_MATCH)
        if support(fp):  # a one-line support: close enough to the letter in any of its languages
            nearest = np.where(present, per_language, -1.0).max(axis=1) - SUPPORT_JOIN
            scores = np.maximum(scores, np.where(nearest >= 0, nearest, NO_MATCH))
        return scores


def as_sample(fingerprints: Sequence[np.ndarray] | np.ndarray) -> np.ndarray:
    """Fingerprints as a (k, FINGERPRINT_SIZE) uint32 array."""
    return np.asarray(fingerprints, dtype=np.uint32).reshape(-1, FINGERPRINT_SIZE)


def absorb(
    table: CampaignTable, row: int, embeddings: np.ndarray, fps: np.ndarray, candidates: np.ndarray
) -> list[int]:
    """Add to campaign ``row`` those ``candidates`` (in order) that join it; returns them."""
    if len(candidates) == 0:
        return []
    centroid = unit(table.sums[row].sum(axis=0))
    floor = np.where(support(fps[candidates]), min(COSINE_FLOOR, SUPPORT_JOIN) - 0.1, COSINE_FLOOR)
    joined = []
    for index in candidates[embeddings[candidates] @ centroid >= floor]:
        if table.scores(embeddings[index], fps[index], slice(row, row + 1))[0] > NO_MATCH:
            table.add(row, embeddings[index], fps[index])
            joined.append(int(index))
    return joined
