"""The digest's words in Dutch, French, English and German; the recipient's language decides."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from inbox.digest.i18n_pages import PAGE_STRINGS

LANGUAGES = ("nl", "fr", "en", "de")
FALLBACK = "en"

# key: (nl, fr, en, de)
_STRINGS: dict[str, tuple[str, str, str, str]] = {
    "subject": (
        "Uw week in Dialoog: {office}, week {week}",
        "Votre semaine dans Dialoog : {office}, semaine {week}",
        "Your week in Dialoog: {office}, week {week}",
        "Ihre Woche in Dialoog: {office}, Woche {week}",
    ),
    "subject_quiet": (
        "Rustige week voor {office} (week {week})",
        "Semaine calme pour {office} (semaine {week})",
        "A quiet week for {office} (week {week})",
        "Eine ruhige Woche für {office} (Woche {week})",
    ),
    "week_range": (
        "Week {week}: {start} – {end}",
        "Semaine {week} : {start} – {end}",
        "Week {week}: {start} – {end}",
        "Woche {week}: {start} – {end}",
    ),
    "so_far": (
        "tot nu toe — de week is nog niet om",
        "jusqu'à présent — la semaine n'est pas finie",
        "so far — the week is not over",
        "bisher — die Woche ist noch nicht vorbei",
    ),
    "summary": (
        "{voters} kiezers schreven {messages} berichten (vorige week {previous} kiezers).",
        "{voters} électeurs ont écrit {messages} messages (semaine passée : {previous} électeurs).",
        "{voters} voters wrote {messages} messages (last week: {previous} voters).",
        "{voters} Wähler schrieben {messages} Nachrichten (letzte Woche: {previous} Wähler).",
    ),
    "quiet": (
        "Een rustige week: geen enkele kiezer schreef naar {office}.",
        "Une semaine calme : aucun électeur n'a écrit à {office}.",
        "A quiet week: no voter wrote to {office}.",
        "Eine ruhige Woche: kein Wähler hat {office} geschrieben.",
    ),
    "top_concerns": ("Wat kiezers bezighield", "Les préoccupations", "Top concerns", "Die wichtigsten Anliegen"),
    "topic_line": (
        "{voters} kiezers ({change} t.o.v. vorige week, gemiddelde 4 weken {average})",
        "{voters} électeurs ({change} vs semaine passée, moyenne 4 semaines {average})",
        "{voters} voters ({change} vs last week, 4-week average {average})",
        "{voters} Wähler ({change} ggü. Vorwoche, 4-Wochen-Schnitt {average})",
    ),
    "sentiment_line": (
        "Stemming: {positive} positief, {neutral} neutraal, {negative} negatief",
        "Ton : {positive} positif, {neutral} neutre, {negative} négatif",
        "Sentiment: {positive} positive, {neutral} neutral, {negative} negative",
        "Stimmung: {positive} positiv, {neutral} neutral, {negative} negativ",
    ),
    "rising": ("Nieuw of snel stijgend", "Nouveau ou en forte hausse", "New or rising fast", "Neu oder stark steigend"),
    "other_line": (
        "Daarnaast schreven {voters} kiezers zonder beleidsthema (bedankjes, groeten, uitnodigingen): "
        "dat telt niet als zorg.",
        "Par ailleurs, {voters} électeurs ont écrit sans thème politique (remerciements, salutations, "
        "invitations) : ce n'est pas compté comme une préoccupation.",
        "Besides, {voters} voters wrote without a policy topic (thanks, greetings, invitations): "
        "not counted as a concern.",
        "Außerdem schrieben {voters} Wähler ohne politisches Thema (Dank, Grüße, Einladungen): "
        "das zählt nicht als Anliegen.",
    ),
    "rising_line": (
        "{voters} kiezers over „{label}”, tegenover {previous} vorige week",
        "{voters} électeurs à propos de « {label} », contre {previous} la semaine passée",
        "{voters} voters about “{label}”, up from {previous}",
        "{voters} Wähler zu „{label}“, nach {previous} in der Vorwoche",
    ),
    "campaigns": (
        "Gecoördineerde campagnes",
        "Campagnes coordonnées",
        "Coordinated campaigns",
        "Koordinierte Kampagnen",
    ),
    "campaign_line": (
        "{voters} kiezers, {answered} van {conversations} gesprekken beantwoord",
        "{voters} électeurs, {answered} conversations sur {conversations} ont reçu une réponse",
        "{voters} voters, {answered} of {conversations} conversations answered",
        "{voters} Wähler, {answered} von {conversations} Gesprächen beantwortet",
    ),
    "safety_line": (
        "{threats} bedreigingen en {abusive} kwetsende berichten ontvangen",
        "{threats} menaces et {abusive} messages injurieux reçus",
        "{threats} threats and {abusive} abusive messages received",
        "{threats} Drohungen und {abusive} beleidigende Nachrichten erhalten",
    ),
    "kept_up": (
        "Hoe het kantoor bijbleef",
        "Comment le bureau a suivi",
        "How the office kept up",
        "Wie das Büro mithielt",
    ),
    "channel_line": (
        "{channel}: {messages} berichten",
        "{channel} : {messages} messages",
        "{channel}: {messages} messages",
        "{channel}: {messages} Nachrichten",
    ),
    "answered_line": (
        "Beantwoord: {answered} van {conversations} gesprekken ({percent}%)",
        "Répondu : {answered} conversations sur {conversations} ({percent} %)",
        "Answered: {answered} of {conversations} conversations ({percent}%)",
        "Beantwortet: {answered} von {conversations} Gesprächen ({percent} %)",
    ),
    "response_line": (
        "Tijd tot eerste antwoord: mediaan {median}, p90 {p90}",
        "Délai de première réponse : médiane {median}, p90 {p90}",
        "Time to first reply: median {median}, p90 {p90}",
        "Zeit bis zur ersten Antwort: Median {median}, p90 {p90}",
    ),
    "backlog_line": (
        "Nog open: {count} gesprekken wachten op antwoord",
        "Encore ouvert : {count} conversations attendent une réponse",
        "Still open: {count} conversations waiting for a reply",
        "Noch offen: {count} Gespräche warten auf Antwort",
    ),
    "oldest_line": (
        "Wacht het langst: {name}, sinds {since}",
        "Attend depuis le plus longtemps : {name}, depuis le {since}",
        "Waiting longest: {name}, since {since}",
        "Wartet am längsten: {name}, seit {since}",
    ),
    "a_voter": ("een kiezer", "un électeur", "a voter", "ein Wähler"),
    "no_reply_yet": ("nog geen antwoorden", "pas encore de réponse", "no replies yet", "noch keine Antworten"),
    "open_inbox": ("Open in de inbox", "Ouvrir dans la boîte", "Open in the inbox", "Im Posteingang öffnen"),
    "chart_topics": (
        "Onderwerpen: deze week tegenover vorige week",
        "Sujets : cette semaine et la semaine passée",
        "Topics this week against last week",
        "Themen: diese Woche gegenüber letzter Woche",
    ),
    "this_week": ("deze week", "cette semaine", "this week", "diese Woche"),
    "last_week": ("vorige week", "semaine passée", "last week", "letzte Woche"),
    "footer": (
        "U ontvangt dit overzicht omdat u op de lijst van {office} staat.",
        "Vous recevez ce résumé car vous figurez sur la liste de {office}.",
        "You receive this digest because you are on the list of {office}.",
        "Sie erhalten diese Übersicht, weil Sie auf der Liste von {office} stehen.",
    ),
    "minutes": ("{n} min", "{n} min", "{n} min", "{n} Min."),
    "hours": ("{n} u", "{n} h", "{n} h", "{n} Std."),
    "days": ("{n} dagen", "{n} jours", "{n} days", "{n} Tage"),
}


_STRINGS.update(PAGE_STRINGS)


def language_of(value: str | None) -> str:
    """A supported language code for ``value`` (``nl-BE`` → ``nl``), English otherwise."""
    code = (value or "").lower().split("-")[0].split("_")[0]
    return code if code in LANGUAGES else FALLBACK


def t(language: str, key: str, **values: object) -> str:
    """The string ``key`` in ``language`` with ``values`` filled in."""
    return _STRINGS[key][LANGUAGES.index(language_of(language))].format(**values)


def format_date(value: date | datetime | str, language: str, timezone: str | None = None) -> str:
    """A date as people write it in ``language`` (26/11/2026, 26.11.2026); instants in ``timezone``."""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(day, datetime) and timezone:
        day = day.astimezone(ZoneInfo(timezone))
    return day.strftime("%d.%m.%Y" if language_of(language) == "de" else "%d/%m/%Y")


def format_duration(seconds: float | None, language: str) -> str:
    """A response time in minutes, hours or days; "–" when there is none."""
    if seconds is None:
        return "–"
    if seconds < 3600:
        return t(language, "minutes", n=max(1, round(seconds / 60)))
    if seconds < 48 * 3600:
        return t(language, "hours", n=f"{round(seconds / 3600, 1):g}")
    return t(language, "days", n=f"{round(seconds / 86400, 1):g}")


def signed(number: int) -> str:
    """+3, −2 or ±0."""
    return f"+{number}" if number > 0 else ("±0" if number == 0 else f"−{abs(number)}")
