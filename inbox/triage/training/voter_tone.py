"""Voter-style training messages for the sentiment and needs-reply heads, labelled by construction.

Lines (:mod:`voter_tone_lines`, and the topic issue lines of :mod:`voter_issues_a` /
:mod:`voter_issues_b`) are wrapped in frames whose tone and ask are known:

* an issue line stated angrily, sarcastically or flatly, without an ask: negative, no reply;
* an issue line with an ask ("what are you going to do about it?"): negative, needs reply;
* an issue line asked about plainly ("I heard that ..., is that right?"): neutral, needs reply;
* a plain question or request: neutral, needs reply; neutral information: neutral, no reply;
* thanks, praise, congratulations without an ask: positive, no reply;
* a cordial invitation: positive, needs reply; a short negative reaction: negative, no reply.

Frames cover comments, @mentions, mails with greeting and signature, Flemish "ge/gij",
Brussels French ("une fois", "sais-tu"), typos and emoji. Written for issue 16 from the
voter check set's labelling guidelines, without reading the check set. Each row carries
its frame (``frame``, e.g. ``"neg_ask:3"``) so cross-validation can hold out whole frames:
a held-out message then never shares its wording around the line with a training message.
Deterministic. Complete free-written messages without frames (mostly German and Dutch) are in
:mod:`voter_tone_free_de_nl`, mixed in by the recipes' ``free_weight``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from inbox.triage.training.voter_tone_lines import LINES
from inbox.triage.training.voter_topics import HANDLES, ISSUES, NAMES

SEED = 1607
LANGUAGES = ("nl", "fr", "en", "de")

# kind -> (sentiment, needs_reply, frames per language). {I}/{i}: the line capitalised / as is,
# {h}: an @handle, {n}: a first name for signatures.
FRAMES: dict[str, tuple[str, bool, dict[str, list[str]]]] = {
    "neg_state": (
        "negative",
        False,
        {
            "nl": [
                "{I}.",
                "{I} 😡",
                "{I}, en niemand die iets doet.",
                "Schandalig: {i}.",
                "Bravo hoor, {i}. Echt goed bezig 👏🙄",
                "ge zijt goe bezig zenne, {i} 🙄",
                "'t is toch nie normaal, {i}",
                "Ik ben het zo beu: {i}!!!",
                "{i} .. belachelijk gewoon",
                "{h} {I}. Onaanvaardbaar.",
                "Beste,\n\nIk wil mijn ongenoegen uiten: {i}. Dit is een schande.\n\n{n}",
                "weeral hetzelfde, {i}. Dank u politiek 🙄",
            ],
            "fr": [
                "{I}.",
                "{I} 😡",
                "{I}, et personne ne bouge.",
                "Scandaleux que {i}.",
                "Bravo hein, {i}. Vraiment du bon travail 👏🙄",
                "c'est du propre, une fois, {i} 🙄",
                "c pas normal que {i}",
                "J'en ai marre : {i} !!!",
                "{i} .. ridicule",
                "{h} {I}. Inacceptable.",
                "Madame, Monsieur,\n\nJe tiens à exprimer mon mécontentement : {i}. C'est une honte.\n\n{n}",
                "toujours la même chose, {i}. Merci la politique 🙄",
            ],
            "en": [
                "{I}.",
                "{I} 😡",
                "{I}, and nobody lifts a finger.",
                "Disgraceful that {i}.",
                "Well done, {i}. Great job really 👏🙄",
                "oh brilliant, {i}. Just brilliant 🙄",
                "its not normal that {i}",
                "I'm sick of it: {i}!!!",
                "{i} .. ridiculous",
                "{h} {I}. Unacceptable.",
                "Dear Sir or Madam,\n\nI want to express my anger: {i}. It is a disgrace.\n\n{n}",
                "same old story, {i}. Thanks politics 🙄",
            ],
            "de": [
                "{I}.",
                "{I} 😡",
                "{I}, und keiner rührt sich.",
                "Skandalös: {i}.",
                "Bravo, {i}. Wirklich tolle Arbeit 👏🙄",
                "na super, {i}. Einfach super 🙄",
                "is doch nich normal, {i}",
                "Ich hab es so satt: {i}!!!",
                "{i} .. lächerlich",
                "{h} {I}. Inakzeptabel.",
                "Sehr geehrte Damen und Herren,\n\nich möchte meinen Ärger ausdrücken: {i}. Eine Schande.\n\n{n}",
                "immer dasselbe, {i}. Danke Politik 🙄",
            ],
        },
    ),
    "neg_ask": (
        "negative",
        True,
        {
            "nl": [
                "{I}. Wat gaat u daaraan doen?",
                "Beste, {i}. Kan u dit dringend opvolgen? Groeten, {n}",
                "Geachte mevrouw,\n\n{I}. Dit is onaanvaardbaar. Wanneer komt er een oplossing?\n\n"
                "Met vriendelijke groeten,\n{n}",
                "Waarom doet niemand iets? {I}!",
                "Kunt gij mij eens uitleggen hoe dat komt? {I}. Ik word er zot van.",
                "{h} {I}. Wanneer gaat ge hier eindelijk iets aan doen??",
                "Ik ben woedend: {i}. Ik verwacht een antwoord van u.",
                "dag, {i} en niemand reageert op mijn mails. kunt u helpen aub?",
            ],
            "fr": [
                "{I}. Qu'allez-vous faire ?",
                "Bonjour, {i}. Pouvez-vous suivre cela d'urgence ? Merci, {n}",
                "Madame,\n\n{I}. C'est inacceptable. Quand aurons-nous une solution ?\n\n"
                "Veuillez agréer mes salutations,\n{n}",
                "Pourquoi personne ne fait rien ? {I} !",
                "Vous pouvez m'expliquer pourquoi {i} ? Ça me rend fou.",
                "{h} {I}. Vous allez enfin agir quand ??",
                "Je suis furieux : {i}. J'attends une réponse de votre part.",
                "bjr, {i} et personne ne répond à mes mails. vous pouvez m'aider svp ?",
            ],
            "en": [
                "{I}. What are you going to do about it?",
                "Hi, {i}. Could you follow this up urgently? Thanks, {n}",
                "Dear Madam,\n\n{I}. This is unacceptable. When will there be a solution?\n\nRegards,\n{n}",
                "Why does nobody do anything? {I}!",
                "Can you explain to me why {i}? It drives me mad.",
                "{h} {I}. When are you finally going to act??",
                "I'm furious: {i}. I expect an answer from you.",
                "hi, {i} and nobody answers my emails. can u help pls?",
            ],
            "de": [
                "{I}. Was werden Sie dagegen tun?",
                "Hallo, {i}. Können Sie das dringend weiterverfolgen? Danke, {n}",
                "Sehr geehrte Frau Abgeordnete,\n\n{I}. Das ist inakzeptabel. Wann gibt es eine Lösung?\n\n"
                "Mit freundlichen Grüßen\n{n}",
                "Warum tut niemand etwas? {I}!",
                "Können Sie mir das erklären? {I}. Das macht mich wahnsinnig.",
                "{h} {I}. Wann handeln Sie endlich??",
                "Ich bin wütend: {i}. Ich erwarte eine Antwort von Ihnen.",
                "hallo, {i} und keiner antwortet auf meine Mails. können sie bitte helfen?",
            ],
        },
    ),
    "neu_ask": (
        "neutral",
        True,
        {
            "nl": [
                "Ik hoorde: {i}. Klopt dat?",
                "Goeiedag, buren zeggen: {i}. Weet u daar meer over? Mvg {n}",
                "Geachte heer,\n\nIn onze buurt hoor ik: {i}. Kunt u mij laten weten wat er gepland is?\n\n"
                "Met vriendelijke groeten,\n{n}",
                "{h} men zegt: {i}. Klopt dat? Bedankt voor de info.",
                "Weet gij of dat waar is? {I}, zeggen ze.",
            ],
            "fr": [
                "J'ai entendu dire que {i}, c'est exact ?",
                "Bonjour, des voisins disent que {i}. Vous en savez plus ? Bàv {n}",
                "Monsieur,\n\nDans notre quartier on dit que {i}. Pourriez-vous me dire ce qui est prévu ?\n\n"
                "Bien à vous,\n{n}",
                "{h} est-ce vrai que {i} ? Merci pour l'info.",
                "Vous savez si c'est vrai que {i} ?",
            ],
            "en": [
                "I heard that {i}, is that right?",
                "Good morning, neighbours say that {i}. Do you know more? Best, {n}",
                "Dear Sir,\n\nPeople in our area say that {i}. Could you tell me what is planned?\n\n"
                "Kind regards,\n{n}",
                "{h} is it true that {i}? Thanks for the info.",
                "Do you know whether it's true that {i}?",
            ],
            "de": [
                "Ich habe gehört: {i}. Stimmt das?",
                "Guten Tag, Nachbarn sagen, {i}. Wissen Sie mehr? LG {n}",
                "Sehr geehrter Herr,\n\nbei uns im Viertel heißt es, {i}. Können Sie mir sagen, was geplant ist?\n\n"
                "Mit freundlichen Grüßen\n{n}",
                "{h} man hört, {i}. Stimmt das? Danke für die Info.",
                "Wissen Sie, ob das stimmt? {I}, sagt man.",
            ],
        },
    ),
    "question": (
        "neutral",
        True,
        {
            "nl": [
                "{I}",
                "Dag, {I} Alvast bedankt.",
                "{h} {I}",
                "Beste,\n\n{I}\n\nAlvast bedankt voor uw antwoord.\nGroeten,\n{n}",
                "Hallo, {i}",
            ],
            "fr": [
                "{I}",
                "Bonjour, {I} Merci d'avance.",
                "{h} {I}",
                "Madame, Monsieur,\n\n{I}\n\nMerci d'avance pour votre réponse.\nCordialement,\n{n}",
                "Bonjour, {i}",
            ],
            "en": [
                "{I}",
                "Hi, {I} Thanks in advance.",
                "{h} {I}",
                "Dear Sir or Madam,\n\n{I}\n\nThank you in advance for your reply.\nKind regards,\n{n}",
                "Hello, {i}",
            ],
            "de": [
                "{I}",
                "Hallo, {I} Danke im Voraus.",
                "{h} {I}",
                "Sehr geehrte Damen und Herren,\n\n{I}\n\nVielen Dank im Voraus für Ihre Antwort.\n"
                "Mit freundlichen Grüßen\n{n}",
                "Guten Tag, {i}",
            ],
        },
    ),
    "statement": (
        "neutral",
        False,
        {
            "nl": ["{I}", "Ter info: {i}", "Beste, {I} Groeten, {n}"],
            "fr": ["{I}", "Pour info : {i}", "Bonjour, {I} Bien à vous, {n}"],
            "en": ["{I}", "FYI: {i}", "Hi, {I} Best, {n}"],
            "de": ["{I}", "Zur Info: {i}", "Hallo, {I} Grüße, {n}"],
        },
    ),
    "praise": (
        "positive",
        False,
        {
            "nl": [
                "{I}",
                "{I} 👍",
                "{I} 👏👏",
                "Beste, {I} Groeten, {n}",
                "Even laten weten: {i} Ga zo door!",
                "Geachte mevrouw,\n\n{I} Hartelijk dank daarvoor.\n\nMet vriendelijke groeten,\n{n}",
                "{h} {I} ❤️",
            ],
            "fr": [
                "{I}",
                "{I} 👍",
                "{I} 👏👏",
                "Bonjour, {I} Bien à vous, {n}",
                "Juste pour vous dire : {i} Continuez comme ça !",
                "Madame,\n\n{I} Un grand merci pour cela.\n\nCordialement,\n{n}",
                "{h} {I} ❤️",
            ],
            "en": [
                "{I}",
                "{I} 👍",
                "{I} 👏👏",
                "Hi, {I} Best, {n}",
                "Just wanted to say: {i} Keep it up!",
                "Dear Madam,\n\n{I} Many thanks for that.\n\nKind regards,\n{n}",
                "{h} {I} ❤️",
            ],
            "de": [
                "{I}",
                "{I} 👍",
                "{I} 👏👏",
                "Hallo, {I} Grüße, {n}",
                "Wollte nur sagen: {i} Weiter so!",
                "Sehr geehrte Frau Abgeordnete,\n\n{I} Herzlichen Dank dafür.\n\nMit freundlichen Grüßen\n{n}",
                "{h} {I} ❤️",
            ],
        },
    ),
    "invite": (
        "positive",
        True,
        {
            "nl": ["{I}", "Beste, {I} Hartelijke groeten, {n}", "{h} {I} 😊"],
            "fr": ["{I}", "Bonjour, {I} Bien cordialement, {n}", "{h} {I} 😊"],
            "en": ["{I}", "Dear Sir, {I} Warm regards, {n}", "{h} {I} 😊"],
            "de": ["{I}", "Guten Tag, {I} Herzliche Grüße, {n}", "{h} {I} 😊"],
        },
    ),
    "reaction": (
        "negative",
        False,
        {
            "nl": ["{I}", "{h} {I}", "{I} 👎"],
            "fr": ["{I}", "{h} {I}", "{I} 👎"],
            "en": ["{I}", "{h} {I}", "{I} 👎"],
            "de": ["{I}", "{h} {I}", "{I} 👎"],
        },
    ),
}
ISSUE_KINDS = ("neg_state", "neg_ask", "neu_ask")  # frames over a topic issue line (neu_ask: every third line)
# issue lines that are themselves questions ("how do I register to vote") are left out
ASKING = re.compile(
    r"(how|what|when|why|where|can|is |do |does|are |who|will|hoe |wat |wanneer|waarom|waar |kan |mag |moet |"
    r"comment|pourquoi|quand|où|est-ce|qui |peut|warum|wann|wie |was |wo |kann|darf|muss|gibt es|ist )|.*\?",
    re.IGNORECASE,
)
FRAMES_PER_LINE = {"question": 5, "statement": 3, "praise": 6, "invite": 3, "reaction": 3}


@dataclass(frozen=True)
class ToneRow:
    """One generated message with its labels; ``frame`` and ``line`` identify its wording for grouped CV."""

    text: str
    language: str
    sentiment: str
    needs_reply: bool
    frame: str
    line: str


def _fill(frame: str, line: str, rng: random.Random, language: str) -> str:
    keep = line[:2].isupper() or line.startswith(("I ", "I'"))  # "EU", "GAS-boete", English "I"
    lower = line if keep else line[0].lower() + line[1:]
    return frame.format(I=line[0].upper() + line[1:], i=lower, h=rng.choice(HANDLES), n=rng.choice(NAMES[language]))


def voter_tone_rows() -> list[ToneRow]:
    """Every generated message, in a fixed order (about 1,000 per language)."""
    rng = random.Random(SEED)
    rows: list[ToneRow] = []
    for language in LANGUAGES:
        issue_lines = [line for code, by in ISSUES.items() if code != "other" for line in by[language]]
        for number, line in enumerate(line for line in issue_lines if not ASKING.match(line)):
            for kind in ISSUE_KINDS if number % 3 == 0 else ISSUE_KINDS[:2]:
                sentiment, reply, frames = FRAMES[kind]
                index = rng.randrange(len(frames[language]))
                text = _fill(frames[language][index], line, rng, language)
                rows.append(ToneRow(text, language, sentiment, reply, f"{kind}:{index}", f"issue:{language}:{number}"))
        for kind, per_line in FRAMES_PER_LINE.items():
            sentiment, reply, frames = FRAMES[kind]
            for number, line in enumerate(LINES[kind][language]):
                chosen = rng.sample(range(len(frames[language])), min(per_line, len(frames[language])))
                for index in chosen:
                    text = _fill(frames[language][index], line, rng, language)
                    rows.append(
                        ToneRow(text, language, sentiment, reply, f"{kind}:{index}", f"{kind}:{language}:{number}")
                    )
    return rows
