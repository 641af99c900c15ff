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
* ``doxxing``: publishing someone's address or phone number;
* ``harm_if``: "it would be a shame if something happened to you" and its translations
  (a wish of harm dressed as regret: shame / pity + something + happen + *you*);
* ``explicit_violence``: the writer will kill, shoot, stab, burn or beat *you* ("ik maak je af",
  "jte bute", "ich bring dich um"), unless the message speaks of an election or polls;
* ``incitement``: "deserves a bullet", "should be hanged" and translations;
* ``arson_or_bomb``: burning or blowing up *your* house, office or car; "the next target 💣";
* ``knows_where`` also covers "I know where *your* daughter goes to school" (knowing where
  a family member is) and common spellings without accents or with "da(t)" in Flemish.

The 2026-12-07 additions (``harm_if``, ``explicit_violence``, ``incitement``, ``arson_or_bomb``,
the family form of ``knows_where``, the spelling variants and the "put your address online" form
of ``doxxing``) were written from general
knowledge of how such threats are phrased, not from any check set; the threat head's
threshold is chosen with the rules applied (cross-validation on training data only).

Written from the issue's examples and the training messages
(``inbox/triage/training/threat_train_*.py``); measured with the head on the frozen check
set by ``bench/safety_quality.py``. First-person forms ("my daughter") never count.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.UNICODE

KNOWS_WHERE = re.compile(
    r"\b(?:we|i)\s+know\s+where\s+(?:you|ur|u)(?:'re|\s+(?:live|sleep|park|work|are|go|jog|run|walk|shop))\b"
    r"|\b(?:we|ik|wij)\s+(?:weten|weet)\s+waar\s+(?:dat\s+|da\s+)?(?:je|jij|ge|gij|u|jullie)\s+"
    r"(?:woont|woon|wonen|slaapt|werkt|parkeert|uithangt|loopt|sport)\b"
    r"|\b(?:on|je|nous)\s+(?:sait|sais|savons)\s+(?:où|ou)\s+(?:tu|vous)\s+"
    r"(?:habites|habitez|vis|vivez|dors|dormez|travailles|travaillez|gares|garez|cours|courez|crèches|creches)\b"
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

# "I know where your daughter goes to school": knowing where a family member can be found
KNOWS_WHERE_FAMILY = re.compile(
    rf"\b(?:i|we|ik|wij|je|j'|j’|on|nous|ich|wir)\s+(?:\w+\s+)?"
    rf"(?:know|weet|weten|sais|sait|savons|wei(?:ß|ss)|wissen)\s*,?\s+(?:exactly\s+|precies\s+|"
    rf"exactement\s+|genau\s+)?(?:where|waar|où|ou|wo)\s+{_YOUR}\s+(?:\w+\s+)?{_FAMILY}\b",
    _FLAGS,
)
_SOMETHING_HAPPENS = (
    r"(?:shame|pity)\b.{0,40}\bif\s+(?:something|anything)\s+(?:\w+\s+){0,2}?happen\w*\s+to\s+(?:you|u)\b"
    r"|(?:jammer|zonde|spijtig)\b.{0,40}\b(?:als|moest|mocht|indien)\s+(?:er\s+)?iets\s+(?:met|aan)\s+"
    r"(?:je|jou|u)\s+(?:zou\s+|zo\s+)?(?:gebeur\w*|overkom\w*)"
    r"|(?:jammer|zonde|spijtig)\b.{0,40}\b(?:als|moest|mocht|indien)\s+(?:je|jou|u)\s+iets\s+(?:zou\s+)?overk\w*"
    r"|(?:dommage|bête|triste|malheureux)\b.{0,40}\b(?:qu'|qu’|s'|s’|si\s+)il\s+(?:vous|te|t'|t’)\s*"
    r"(?:arrive|arrivait|arriverait)\s+(?:quelque chose|malheur|un malheur)"
    r"|(?:schade|blöd|traurig)\b.{0,40}\bwenn\s+(?:(?:dir|ihnen|euch)\s+(?:etwas|was)|(?:etwas|was)\s+"
    r"(?:dir|ihnen|euch))\s+(?:passier\w*|zust(?:o|ö)\w*|geschieh\w*|geschäh\w*)"
)
HARM_IF = re.compile(_SOMETHING_HAPPENS, _FLAGS | re.DOTALL)

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
    r"|\b(?:deine|ihre)\s+(?:privat|wohn)?(?:adresse|handynummer|nummer)\b.{0,60}"
    r"\b(?:online|veröffentlich\w*|auf telegram|ins netz|ins internet)"
    r"|\b(?:your|ur)\s+(?:home\s+)?(?:address|phone number|number)\b.{0,60}"
    r"\b(?:online|on (?:facebook|telegram|x|the internet))"
    r"|\b(?:ton|ta|votre)\s+(?:adresse|numéro)\b.{0,60}\b(?:en ligne|sur (?:facebook|telegram|internet|x)\b)",
    _FLAGS | re.DOTALL,
)

# Explicit threats of violence: the writer (I / we) will kill, shoot, stab, burn... *you*, in the four
# languages, with the common spoken and misspelt forms. A message that speaks of an election, a vote
# or polls is left to the head ("we'll crush you at the ballot box" is politics, not violence).
_ELECTORAL = re.compile(
    r"\b(?:election\w*|ballot|polls?|voters?|verkiezing\w*|stembus|stemhokje|peiling\w*|kiezer\w*|"
    r"élection\w*|elections?|urnes?|scrutin|électeurs?|wahl\w*|urne|umfrage\w*|wähler\w*)\b",
    _FLAGS,
)
EXPLICIT_VIOLENCE = re.compile(
    # en: "I'll kill you", "we are going to shoot you", "im gonna smash ur face", "ill kill u"
    r"\b(?:i|we|im|ima|ill)(?:'ll|'m|'re| will| am| are|)?\s*(?:going to|gonna|gon)?\s*"
    r"(?:kill|murder|shoot|stab|strangle|hang|burn|torch|slit|gut|butcher|hurt|beat up|smash)\s+"
    r"(?:(?:you|u|ya)\b|(?:your|ur)\s+(?:\w+\s+)?(?:face|head|skull|throat|house|home|office|car|kids?|family)\b)"
    r"|\b(?:you'?re|you are|ur|u r)\s+dead\b(?!\s+(?:wrong|right|serious|tired|to\b))"
    r"|\bput\s+(?:a|one)\s+bullet\s+in\s+(?:you|u|your|ur)\b"
    # nl: "ik ga je vermoorden", "ik maak je af", "ik sla u kapot", "ik schiet je neer", "ik vermoord u"
    r"|\b(?:ik|we|wij)\s+(?:ga|gaan|zal|zullen|wil|willen)\s+(?:je|jou|u|jullie|ulle)\s+(?:\w+\s+){0,3}?"
    r"(?:vermoorden|doodmaken|doodschieten|neerschieten|neersteken|afmaken|afknallen|kapotslaan|"
    r"in elkaar slaan|in elkaar timmeren|wurgen|ophangen|opknopen|kelen|verzuipen|verbranden|uitsteken)\b"
    r"|\b(?:ik|we|wij)\s+(?:maak|maken|sla|slaan|schiet|schieten|steek|steken|knal|knallen|klop|kloppen|timmer)\s+"
    r"(?:je|jou|u|jullie)\s+(?:\w+\s+){0,3}?(?:af|kapot|dood|neer|in elkaar|verrot)\b"
    r"|\b(?:ik|we|wij)\s+(?:vermoord|vermoorden|wurg|wurgen|kel|kelen)\s+(?:je|jou|u|jullie)\b"
    # fr: "je vais te tuer", "on va te crever", "jte bute", "je vais vous égorger"
    r"|\b(?:je|j|on|nous)\s*'?\s*(?:vais|va|vas|allons|veux|voudrais)\s+(?:te|t'|t’|vous)\s*(?:\w+\s+)?"
    r"(?:tuer|buter|crever|défoncer|defoncer|égorger|egorger|pendre|brûler|bruler|cramer|flinguer|planter|"
    r"massacrer|étrangler|etrangler|casser la gueule|faire la peau|buter)\b"
    r"|\b(?:je|j|on)\s*'?\s*(?:te|t'|t’|vous)\s*(?:tue|bute|crève|creve|plante|défonce|defonce|égorge|egorge|"
    r"flingue)\b"
    # de: "ich bring dich um", "ich werde dich abstechen", "wir machen euch kalt"
    r"|\b(?:ich|wir)\s+(?:werde|werden|will|wollen)\s+(?:dich|euch|sie)\s+(?:\w+\s+){0,3}?"
    r"(?:umbringen|töten|toeten|abstechen|erschießen|erschiessen|abknallen|aufhängen|aufhaengen|verbrennen|"
    r"kaltmachen|erwürgen|erwuergen|abschlachten)\b"
    r"|\b(?:ich|wir)\s+(?:bring|bringe|bringen|mach|mache|machen|stech|steche|stechen|knall|knalle|knallen)\s+"
    r"(?:dich|euch|sie)\s+(?:\w+\s+){0,3}?(?:um|kalt|ab|tot)\b"
    r"|\b(?:ich|wir)\s+(?:hau|haue|hauen|schlag|schlage|schlagen)\s+(?:dir|euch|ihnen)\s+(?:die|den|das)\s+"
    r"(?:fresse|schädel|kopf|zähne|gesicht)\s+ein\b",
    _FLAGS,
)
# Calls to kill a person: "deserves a bullet", "should be hanged" and translations
INCITEMENT = re.compile(
    r"\b(?:deserves?|verdien\w*|mérite\w*|merite\w*)\s+(?:a|een|une|eine)\s+(?:bullet|kogel|balle|kugel)\b"
    r"|\bgehört\s+(?:eine\s+)?kugel|\bgehör(?:t|en)\s+(?:\w+\s+){0,2}?(?:aufgehängt|erschossen|an die wand gestellt)"
    r"|\bshould\s+be\s+(?:shot|hanged|hung|lynched|strung up)\b"
    r"|\b(?:moet|moeten|zou|zouden)\s+(?:\w+\s+){0,3}?(?:opgehangen|opgeknoopt|neergeschoten|afgeknald|"
    r"tegen de muur gezet)\s+(?:worden)?"
    r"|\b(?:devrait|devraient|faudrait)\s+(?:\w+\s+){0,2}?(?:pendre|fusiller|être pendu\w*|être fusillé\w*)\b"
    r"|\b(?:sollte|müsste|muss)\s+man\s+(?:\w+\s+){0,2}?(?:aufhängen|erschießen|erschiessen|an die wand stellen)\b",
    _FLAGS,
)
# Arson and bombs aimed at the person's home or office, and "your office is the next target 💣"
ARSON_OR_BOMB = re.compile(
    r"\b(?:burn|torch|firebomb|set fire to|blow up)\s+(?:down\s+)?(?:your|ur)\s+(?:\w+\s+)?"
    r"(?:house|home|office|car|place)\b"
    r"|\b(?:je|jouw|uw|jullie)\s+(?:\w+\s+)?(?:huis|kot|kantoor|auto|wagen|partijlokaal)\s+(?:\w+\s+){0,3}?"
    r"(?:in brand|in de fik|in vlammen|opblazen|platbranden)"
    r"|\b(?:in brand steken|in de fik steken|opblazen)\b.{0,20}\b(?:je|jouw|uw|jullie)\s+(?:huis|kot|kantoor|auto)"
    r"|\b(?:brûler|bruler|cramer|incendier|faire sauter|foutre le feu à|fout le feu a|mettre le feu à)\s+"
    r"(?:ta|ton|votre|vos|tes)\s+(?:maison|baraque|bureau|voiture|permanence|local)\b"
    r"|\b(?:dein|deine|ihr|ihre|euer|eure)\s+(?:haus|bude|büro|auto|wagen|parteizentrale)\s+(?:\w+\s+){0,3}?"
    r"(?:anzünden|abfackeln|in die luft jagen|sprengen|abbrennen)\b"
    r"|\b(?:zünd|zünde|fackel|fackle|spreng|spreng)\w*\s+(?:dir|ihnen|euch)\s+(?:die|das|den)\s+"
    r"(?:bude|haus|büro|auto)\b"
    r"|\b(?:next|volgende|prochaine|nächste)\s+(?:target|doelwit|cible|ziel)\b.{0,40}(?:💣|🔫|🔥|\bbom\w*|\bbomb\w*)",
    _FLAGS | re.DOTALL,
)

RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("knows_where", KNOWS_WHERE),
    ("knows_where", KNOWS_WHERE_FAMILY),
    ("harm_if", HARM_IF),
    ("family_harm", FAMILY_HARM),
    ("whereabouts", WHEREABOUTS),
    ("whereabouts", SEE_YOU_THERE),
    ("doxxing", DOXXING),
    ("explicit_violence", EXPLICIT_VIOLENCE),
    ("incitement", INCITEMENT),
    ("arson_or_bomb", ARSON_OR_BOMB),
)
RULE_SCORE = 0.9  # the threat score a rule match gives at least (the head's own score if higher)


def threat_rule(text: str) -> str | None:
    """The name of the first rule ``text`` matches, or None."""
    for name, pattern in RULES:
        if pattern.search(text):
            if name == "explicit_violence" and _ELECTORAL.search(text):
                continue
            return name
    return None
