"""Voter-style training messages for the topic head, generated from hand-written issue lines.

The Chamber questions are long, formal and Dutch; voters write short informal messages in
four languages. Each issue line of :mod:`voter_issues_a` / :mod:`voter_issues_b` (12 per
topic code and language, written for issue 16 after the voter check set was frozen) and of
:mod:`voter_issues_c` (a second round for issue 16: 36-48 more lines per code, most in Dutch
and for the codes cross-validation confused) is wrapped in frames a voter uses: a bare
complaint, a mention with a question, a mail with greeting and signature, sarcasm, a form
post, two concerns of one topic in one message. Frames carry no topic, so the head learns
the topic from the issue. Deterministic; part C is drawn with its own seed after parts A/B,
so the A/B messages are the same as before it was added.
"""

from __future__ import annotations

import random
from typing import NamedTuple

from inbox.triage.training.voter_issues_a import ISSUES_A
from inbox.triage.training.voter_issues_b import ISSUES_B
from inbox.triage.training.voter_issues_c import ISSUES_C

ISSUES = {**ISSUES_A, **ISSUES_B}  # parts A/B (also wrapped in tone frames by voter_tone)
PARTS = ("ab", "c")
FRAMES_PER_ISSUE = 8  # drawn per issue line (kept fixed so the texts never change) ...
PAIRS_PER_TOPIC = 24
KEPT_FRAMES = 3  # ... of which the first 3 are used, and 8 two-issue messages per code and language:
KEPT_PAIRS = 8  # ~3,000 messages, what 2 shared cores could embed in time
SEED = 16
SEED_C = 1616
PAIRS_PER_TOPIC_C = 8  # part C: 4 two-issue messages kept per code and language
KEPT_PAIRS_C = 4

NAMES = {
    "nl": ["Jan", "Els", "Wouter", "Fatima", "Luc", "Sien", "Dirk", "Noor"],
    "fr": ["Marc", "Sophie", "Karim", "Isabelle", "Pierre", "Léa", "Ahmed", "Anne"],
    "en": ["John", "Emily", "Raj", "Claire", "Tom", "Maria", "Ben", "Aoife"],
    "de": ["Klaus", "Anna", "Jürgen", "Sabine", "Lukas", "Petra", "Ömer", "Heike"],
}
HANDLES = ["@burgemeester", "@schepen", "@depute", "@MP_office", "@Abgeordnete", "@minister"]

FRAMES = {
    "nl": [
        "{I}.",
        "{I}. Wat gaat u daaraan doen?",
        "{h} {I}!!",
        "Beste, {i}. Kan u dit opvolgen? Groeten, {n}",
        "Geachte mevrouw,\n\n{I}. Ik hoop dat u hier iets aan kunt doen.\n\nMet vriendelijke groeten,\n{n}",
        "{I} 😡",
        "Dag meneer, ik wou u laten weten dat {i}. Wanneer komt er een oplossing?",
        "ge zegt dat alles beter gaat maar {i} 🙄",
        "{I}, en niemand die iets doet.",
        "Hallo, vraagje: {i}, wat kan ik doen?",
        "{I}. Dit kan toch niet in 2025?",
        "Goeiedag, {i}. Bij wie kan ik hiervoor terecht? Mvg {n}",
    ],
    "fr": [
        "{I}.",
        "{I}. Qu'allez-vous faire ?",
        "{h} {I} !!",
        "Bonjour, {i}. Pouvez-vous suivre ce dossier ? Merci, {n}",
        "Madame, Monsieur,\n\n{I}. J'espère que vous pourrez agir.\n\nCordialement,\n{n}",
        "{I} 😡",
        "Bonjour Monsieur, je voulais vous signaler que {i}. Quand aura-t-on une solution ?",
        "ah oui tout va bien paraît-il, sauf que {i} 🙄",
        "{I}, et personne ne fait rien.",
        "Bonjour, petite question : {i}, je fais quoi ?",
        "{I}. C'est pas possible en 2025 !",
        "Bonjour, {i}. À qui dois-je m'adresser ? Bàv {n}",
    ],
    "en": [
        "{I}.",
        "{I}. What are you going to do about it?",
        "{h} {I}!!",
        "Hi, {i}. Could you follow this up? Thanks, {n}",
        "Dear Sir or Madam,\n\n{I}. I hope you can do something about this.\n\nKind regards,\n{n}",
        "{I} 😡",
        "Hello, I wanted to let you know that {i}. When will this be fixed?",
        "oh sure, everything's going great, except {i} 🙄",
        "{I}, and nobody does anything.",
        "Quick question: {i}, what can I do?",
        "{I}. How is this possible in 2025?",
        "Good morning, {i}. Who should I contact about this? Best, {n}",
    ],
    "de": [
        "{I}.",
        "{I}. Was werden Sie dagegen tun?",
        "{h} {I}!!",
        "Hallo, {i}. Können Sie das weiterverfolgen? Danke, {n}",
        "Sehr geehrte Damen und Herren,\n\n{I}. Ich hoffe, Sie können etwas tun.\n\nMit freundlichen Grüßen\n{n}",
        "{I} 😡",
        "Guten Tag, ich wollte Ihnen mitteilen, dass {i}. Wann gibt es eine Lösung?",
        "klar, alles läuft super, nur {i} 🙄",
        "{I}, und niemand tut etwas.",
        "Kurze Frage: {i}, was kann ich tun?",
        "{I}. Wie kann das 2025 noch sein?",
        "Guten Tag, {i}. An wen kann ich mich wenden? LG {n}",
    ],
}
# Reactions, thanks and invitations ("other") read oddly inside complaint frames.
OTHER_FRAMES = {
    "nl": ["{I}!", "{h} {I}", "{I} 👍", "Beste, {i}. Groeten, {n}", "{I}."],
    "fr": ["{I} !", "{h} {I}", "{I} 👍", "Bonjour, {i}. Bien à vous, {n}", "{I}."],
    "en": ["{I}!", "{h} {I}", "{I} 👍", "Hi, {i}. Best, {n}", "{I}."],
    "de": ["{I}!", "{h} {I}", "{I} 👍", "Hallo, {i}. Grüße, {n}", "{I}."],
}
AND_ALSO = {"nl": "En bovendien", "fr": "Et en plus,", "en": "And on top of that,", "de": "Und außerdem"}


def _fill(frame: str, issue: str, rng: random.Random, language: str) -> str:
    return frame.format(I=issue[0].upper() + issue[1:], i=issue, h=rng.choice(HANDLES), n=rng.choice(NAMES[language]))


class VoterRow(NamedTuple):
    """One voter-style message: its code, issue-line group, language and data part ("ab" or "c")."""

    text: str
    code: str
    group: int
    language: str
    part: str


def _part_rows(
    issues_by_code: dict[str, dict[str, list[str]]],
    rng: random.Random,
    first: int,
    part: str,
    pairs: int,
    kept_pairs: int,
) -> list[VoterRow]:
    """One part's messages; groups are numbered from ``first`` (one per issue line)."""
    rows: list[VoterRow] = []
    group = first
    for code, by_language in issues_by_code.items():
        for language, issues in by_language.items():
            frames = (OTHER_FRAMES if code == "other" else FRAMES)[language]
            first_group = group
            for issue in issues:
                for k, frame in enumerate(rng.sample(frames, min(FRAMES_PER_ISSUE, len(frames)))):
                    text = _fill(frame, issue, rng, language)
                    if k < KEPT_FRAMES:
                        rows.append(VoterRow(text, code, group, language, part))
                group += 1
            if code == "other":
                continue
            for k in range(pairs):
                one, two = rng.sample(issues, 2)
                text = _fill(rng.choice(frames), f"{one}. {AND_ALSO[language]} {two}", rng, language)
                if k < kept_pairs and text not in {row.text for row in rows[-kept_pairs:]}:  # a pair drawn twice
                    rows.append(VoterRow(text, code, first_group + issues.index(one), language, part))
    return rows


def voter_topic_details(parts: tuple[str, ...] = PARTS) -> list[VoterRow]:
    """Every voter-style message of the given ``parts`` with its language and part."""
    rows = _part_rows(ISSUES, random.Random(SEED), 0, "ab", PAIRS_PER_TOPIC, KEPT_PAIRS)
    after_ab = 1 + max(row.group for row in rows)
    rows += _part_rows(ISSUES_C, random.Random(SEED_C), after_ab, "c", PAIRS_PER_TOPIC_C, KEPT_PAIRS_C)
    return [row for row in rows if row.part in parts]


def voter_topic_rows(parts: tuple[str, ...] = PARTS) -> list[tuple[str, str, int]]:
    """``(text, code, group)`` voter-style messages; ``group`` numbers the (first) issue line, for
    grouped cross-validation (messages built on one issue line stay in one fold)."""
    return [(row.text, row.code, row.group) for row in voter_topic_details(parts)]


def voter_topic_examples(parts: tuple[str, ...] = PARTS) -> list[tuple[str, str]]:
    """``(text, code)`` voter-style messages of ``parts`` for every topic code and language."""
    return [(text, code) for text, code, _ in voter_topic_rows(parts)]
