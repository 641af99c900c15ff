"""The messages that became plural in the conversion: key → (count placeholder, singular per language).

Used only by :mod:`inbox.translations.convert_legacy`; the "many" form comes from the old tables.
"""

from __future__ import annotations

PLURALS: dict[str, tuple[str, dict[str, str]]] = {
    "audit.count": (
        "count",
        {"nl": "{count} getoond", "fr": "{count} affiché", "en": "{count} shown", "de": "{count} angezeigt"},
    ),
    "campaign.title": (
        "size",
        {
            "nl": "Campagne: {size} kiezer",
            "fr": "Campagne : {size} électeur",
            "en": "Campaign: {size} voter",
            "de": "Kampagne: {size} Wähler",
        },
    ),
    "campaign.voters": (
        "count",
        {"nl": "{count} kiezer", "fr": "{count} électeur", "en": "{count} voter", "de": "{count} Wähler"},
    ),
    "privacy.conversations": (
        "count",
        {"nl": "{count} gesprek", "fr": "{count} conversation", "en": "{count} conversation", "de": "{count} Gespräch"},
    ),
    "privacy.messages": (
        "count",
        {"nl": "{count} bericht", "fr": "{count} message", "en": "{count} message", "de": "{count} Nachricht"},
    ),
    "privacy.rows": (
        "count",
        {"nl": "{count} rij", "fr": "{count} ligne", "en": "{count} row", "de": "{count} Zeile"},
    ),
    "audit.line.retention.changed": (
        "to",
        {
            "nl": "{actor} zette de bewaartermijn op {to} maand",
            "fr": "{actor} a fixé la durée de conservation à {to} mois",
            "en": "{actor} set the retention period to {to} month",
            "de": "{actor} hat die Aufbewahrungsfrist auf {to} Monat festgelegt",
        },
    ),
    "digest.summary": (
        "voters",
        {
            "nl": "{voters} kiezer schreef {messages} berichten (vorige week {previous} kiezers).",
            "fr": "{voters} électeur a écrit {messages} messages (semaine passée : {previous} électeurs).",
            "en": "{voters} voter wrote {messages} messages (last week: {previous} voters).",
            "de": "{voters} Wähler schrieb {messages} Nachrichten (letzte Woche: {previous} Wähler).",
        },
    ),
    "digest.topic_line": (
        "voters",
        {
            "nl": "{voters} kiezer ({change} t.o.v. vorige week, gemiddelde 4 weken {average})",
            "fr": "{voters} électeur ({change} vs semaine passée, moyenne 4 semaines {average})",
            "en": "{voters} voter ({change} vs last week, 4-week average {average})",
            "de": "{voters} Wähler ({change} ggü. Vorwoche, 4-Wochen-Schnitt {average})",
        },
    ),
    "digest.other_line": (
        "voters",
        {
            "nl": "Daarnaast schreef {voters} kiezer zonder beleidsthema (bedankjes, groeten, uitnodigingen): "
            "dat telt niet als zorg.",
            "fr": "Par ailleurs, {voters} électeur a écrit sans thème politique (remerciements, salutations, "
            "invitations) : ce n'est pas compté comme une préoccupation.",
            "en": "Besides, {voters} voter wrote without a policy topic (thanks, greetings, invitations): "
            "not counted as a concern.",
            "de": "Außerdem schrieb {voters} Wähler ohne politisches Thema (Dank, Grüße, Einladungen): "
            "das zählt nicht als Anliegen.",
        },
    ),
    "digest.rising_line": (
        "voters",
        {
            "nl": "{voters} kiezer over „{label}”, tegenover {previous} vorige week",
            "fr": "{voters} électeur à propos de « {label} », contre {previous} la semaine passée",
            "en": "{voters} voter about “{label}”, up from {previous}",
            "de": "{voters} Wähler zu „{label}“, nach {previous} in der Vorwoche",
        },
    ),
    "digest.campaign_line": (
        "voters",
        {
            "nl": "{voters} kiezer, {answered} van {conversations} gesprekken beantwoord",
            "fr": "{voters} électeur, {answered} conversations sur {conversations} ont reçu une réponse",
            "en": "{voters} voter, {answered} of {conversations} conversations answered",
            "de": "{voters} Wähler, {answered} von {conversations} Gesprächen beantwortet",
        },
    ),
    "digest.backlog_line": (
        "count",
        {
            "nl": "Nog open: {count} gesprek wacht op antwoord",
            "fr": "Encore ouvert : {count} conversation attend une réponse",
            "en": "Still open: {count} conversation waiting for a reply",
            "de": "Noch offen: {count} Gespräch wartet auf Antwort",
        },
    ),
    "digest.channel_line": (
        "messages",
        {
            "nl": "{channel}: {messages} bericht",
            "fr": "{channel} : {messages} message",
            "en": "{channel}: {messages} message",
            "de": "{channel}: {messages} Nachricht",
        },
    ),
    "digest.weeks_n": (
        "n",
        {"nl": "{n} week", "fr": "{n} semaine", "en": "{n} week", "de": "{n} Woche"},
    ),
}
