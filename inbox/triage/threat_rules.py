"""A small multilingual lexical pre-check for veiled threats (nl/fr/en/de).

A head on a frozen sentence encoder sees "see you at your gym on Thursday" as a friendly
message: the words are harmless, only the situation makes them a threat. These patterns
catch the few shapes of veiled threat an office must never miss, and are combined with
the threat head (a message is a threat when either says so; see
:func:`inbox.triage.pipeline.Triager.analyse`). Each rule has a name, stored with the tag,
so staff can see why a message was flagged:

* ``knows_where``: "we know where you live / park / sleep" and its translations;
* ``family_harm``: *your* child, partner or parent together with a harm or "shame if" word
  ("ce serait dommage qu'il arrive quelque chose à ta fille");
* ``whereabouts``: *your* home, car, gym, door or daily route together with a time or
  "always / see you" word ("Ihr Auto steht ja immer vor dem Rathaus…", "see you at your
  gym on Thursday");
* ``doxxing``: publishing someone's address or phone number.

Written from the issue's examples and the training messages
(``inbox/triage/training/threat_train_*.py``); measured with the head on the frozen check
set by ``bench/safety_quality.py``. First-person forms ("my daughter") never count.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.UNICODE

KNOWS_WHERE = re.compile(
    r"\b(?:we|i)\s+know\s+where\s+(?:you|ur|u)(?:'re|\s+(?:live|sleep|park|work|are|go|jog|run|walk|shop))\b"
    r"|\b(?:we|ik|wij)\s+(?:weten|weet)\s+waar\s+(?:je|jij|ge|gij|u|jullie)\s+"
    r"(?:woont|woon|wonen|slaapt|werkt|parkeert|uithangt|loopt|sport)\b"
    r"|\b(?:on|je|nous)\s+(?:sait|sais|savons)\s+où\s+(?:tu|vous)\s+"
    r"(?:habites|habitez|vis|vivez|dors|dormez|travailles|travaillez|gares|garez|cours|courez)\b"
    r"|\b(?:wir|ich)\s+(?:wei(?:ß|ss|sz)|wissen)\s*,?\s+wo\s+(?:du|ihr|sie)\s+"
    r"(?:wohnst|wohnt|wohnen|schläfst|schlaft|arbeitest|arbeitet|parkst|parkt|joggst|trainierst)\b",
    _FLAGS,
)
# "see you at the gym on Thursday": a greeting naming a private place where the person can be found
SEE_YOU_THERE = re.compile(
    r"\b(?:see you|tot|à|bis)\s+(?:\w+\s+){0,3}?(?:at\s+(?:the|your)\s+|in\s+de\s+|à\s+la\s+|im\s+)?"
    r"(?:gym|fitness|sportschool|salle de sport|fitnessstudio|zwembad|piscine|schwimmbad|swimming pool)\b",
    _FLAGS,
)

_YOUR = r"(?:your|ur|je|jouw|uw|ta|ton|tes|votre|vos|dein|deine|deinen|deinem|deiner|ihr|ihre|ihren|ihrem|ihrer)"
_FAMILY = (
    r"(?:kids?|children|child|son|daughter|wife|husband|family|mum|mom|mother|father|dad|parents|grand\w*|"
    r"kind|kinderen|kindjes?|zoon|zoontje|dochter|dochtertje|vrouw|man|gezin\w*|familie|moeder|vader|ouders|"
    r"enfants?|gosses?|fils|fille|femme|mari|famille|mère|père|parents|petite?-\w+|"
    r"kinder\w*|sohn|tochter|frau|mann|familie|mutter|vater|eltern|enkel\w*)"
)
_HARM = (
    r"(?:shame|pity|happen\w*|accident\w*|hurt|careful|watch out|"
    r"jammer|zonde|gebeur\w*|overkom\w*|ongeluk\w*|pijn|oppassen|opletten|"
    r"dommage|triste|arrive\w*|accident\w*|mal|attention|"
    r"schade|passier\w*|zusto\w*|unfall\w*|weh|aufpassen|vorsicht)"
)
FAMILY_HARM = re.compile(
    rf"\b{_YOUR}\s+(?:\w+\s+)?{_FAMILY}\b.{{0,80}}\b{_HARM}|\b{_HARM}\b.{{0,80}}\b{_YOUR}\s+(?:\w+\s+)?{_FAMILY}\b",
    _FLAGS | re.DOTALL,
)

_PLACE = (
    r"(?:house|home|car|gym|front door|door|driveway|garage|bike|route|"
    r"huis|woning|auto|wagen|fitness|sportschool|voordeur|deur|oprit|garage|fiets|"
    r"maison|domicile|voiture|salle de sport|porte|garage|vélo|"
    r"haus|wohnung|auto|wagen|fitnessstudio|haustür|tür|einfahrt|garage|fahrrad)"
)
_WHEN = (
    r"(?:always|every (?:day|morning|evening|night)|tonight|tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"see you|soon|"
    r"altijd|elke (?:dag|ochtend|avond)|vanavond|morgen|(?:maan|dins|woens|donder|vrij|zater|zon)dag|"
    r"tot (?:dan|straks|binnenkort)|"
    r"toujours|tous les (?:jours|matins|soirs)|ce soir|demain|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|"
    r"à (?:bientôt|plus)|"
    r"immer|jeden (?:tag|morgen|abend)|heute abend|morgen|"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|bis (?:bald|dann))"
)
WHEREABOUTS = re.compile(
    rf"\b{_YOUR}\s+(?:\w+\s+)?{_PLACE}\b.{{0,60}}\b{_WHEN}\b|\b{_WHEN}\b.{{0,60}}\b{_YOUR}\s+(?:\w+\s+)?{_PLACE}\b",
    _FLAGS | re.DOTALL,
)
DOXXING = re.compile(
    r"\b(?:post|publish|share|leak)\w*\b.{0,40}\b(?:your|ur)\s+(?:home\s+)?(?:address|phone|number)"
    r"|\b(?:je|jouw|uw)\s+(?:huis)?(?:adres|gsm|nummer)\b.{0,60}"
    r"\b(?:online|op (?:telegram|facebook|x|internet)|publiceren|verspreiden)"
    r"|\b(?:publie|balance|diffuse)\w*\b.{0,40}\b(?:ton|ta|votre)\s+(?:adresse|numéro)"
    r"|\b(?:deine|ihre)\s+(?:privat)?(?:adresse|handynummer|nummer)\b.{0,60}\b(?:online|veröffentlich\w*|auf telegram)",
    _FLAGS | re.DOTALL,
)

RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("knows_where", KNOWS_WHERE),
    ("family_harm", FAMILY_HARM),
    ("whereabouts", WHEREABOUTS),
    ("whereabouts", SEE_YOU_THERE),
    ("doxxing", DOXXING),
)
RULE_SCORE = 0.9  # the threat score a rule match gives at least (the head's own score if higher)


def threat_rule(text: str) -> str | None:
    """The name of the first rule ``text`` matches, or None."""
    for name, pattern in RULES:
        if pattern.search(text):
            return name
    return None
