# ruff: noqa: E501  (the texts are data: one answer or letter per entry, unbroken)
"""Texts of the demo's month of history: voters' names, the office's answers by subject, a campaign letter.

The questions themselves are the simulated voters' (``inbox.sandbox.voter_texts.MESSAGES``);
an answer is chosen by the first subject whose words the question contains. ``{v}`` is the
voter's name, ``{p}`` the politician's.
"""

from __future__ import annotations

FIRST_NAMES: dict[str, list[str]] = {
    "nl": ["Bart", "Lotte", "Kris", "Eva", "Dirk", "Hanne", "Tim", "Sara", "Geert", "Noor", "Stijn", "Elke"],
    "fr": ["Sophie", "Nicolas", "Camille", "Olivier", "Manon", "Benoît", "Chloé", "Amine", "Isabelle", "Hugo"],
    "en": ["Emma", "James", "Priya", "Liam", "Olivia", "Noah"],
    "de": ["Jonas", "Katrin", "Markus", "Lena", "Stefan", "Julia"],
}
LAST_NAMES: dict[str, list[str]] = {
    "nl": [
        "Peeters",
        "Janssens",
        "Mertens",
        "Willems",
        "Goossens",
        "De Smet",
        "Jacobs",
        "Vermeiren",
        "Hermans",
        "Aerts",
    ],
    "fr": ["Dubois", "Lambert", "Martin", "Simon", "Laurent", "Leclercq", "Dumont", "Mathieu", "Renard", "Collard"],
    "en": ["Smith", "Walsh", "Patel", "Murphy", "Brown", "Kelly"],
    "de": ["Schmitz", "Müller", "Krings", "Heinen", "Kessler", "Jost"],
}

# (subject, words that point to it, answer per language)
ANSWERS: list[tuple[str, tuple[str, ...], dict[str, str]]] = [
    (
        "transport",
        ("bus", "trein", "train", "tec", "metro", "bahn", "fietspad", "bike", "lijn"),
        {
            "nl": "Beste {v}, bedankt voor uw bericht. We hebben de stiptheid en de dienstregeling op uw lijn aangekaart bij de minister van Mobiliteit; vanaf volgende maand rijdt er in de spits een extra verbinding. Met vriendelijke groet, {p}",
            "fr": "Bonjour {v}, merci pour votre message. Nous avons interpellé la ministre de la Mobilité sur la ponctualité de votre ligne ; une liaison supplémentaire aux heures de pointe est prévue dès le mois prochain. Bien à vous, {p}",
            "en": "Dear {v}, thank you for writing. We raised the punctuality and timetable of your line with the Minister of Mobility; an extra connection at rush hour starts next month. Kind regards, {p}",
            "de": "Hallo {v}, danke für Ihre Nachricht. Wir haben die Pünktlichkeit und den Fahrplan Ihrer Linie beim Mobilitätsminister angesprochen; ab nächstem Monat fährt zur Stoßzeit eine zusätzliche Verbindung. Mit freundlichen Grüßen, {p}",
        },
    ),
    (
        "energy",
        (
            "energie",
            "énergie",
            "energy",
            "gaz",
            "gas",
            "tarif",
            "factuur",
            "facture",
            "chaudière",
            "zonnepanelen",
            "photovoltaik",
            "isolatie",
            "compteur",
            "kerncentrale",
        ),
        {
            "nl": "Beste {v}, het sociaal tarief en de energiepremies blijven deze winter behouden; welke premie voor uw woning geldt, vindt u op mijnverbouwpremie.be. Heeft u hulp nodig bij de aanvraag, dan helpt ons secretariaat u graag. Groeten, {p}",
            "fr": "Bonjour {v}, le tarif social et les primes énergie sont maintenus cet hiver ; les primes pour votre logement sont détaillées sur energie.wallonie.be. Notre secrétariat peut vous aider pour la demande. Bien à vous, {p}",
            "en": "Dear {v}, the social tariff and the energy premiums remain in place this winter; the regional energy agency's website lists the premiums for your home. Our office can help you with the application. Best regards, {p}",
            "de": "Hallo {v}, der Sozialtarif und die Energieprämien bleiben diesen Winter bestehen; welche Prämie für Ihr Haus gilt, steht auf der Website der Region. Unser Sekretariat hilft Ihnen gern beim Antrag. Mit freundlichen Grüßen, {p}",
        },
    ),
    (
        "housing",
        ("woning", "logement", "loyer", "housing", "rent", "registratierechten", "baugenehmigung"),
        {
            "nl": "Beste {v}, voor een eerste eigen woning zijn de registratierechten verlaagd; daarnaast werken we aan meer sociale en betaalbare huurwoningen. We houden u op de hoogte van het voorstel in het parlement. Met vriendelijke groet, {p}",
            "fr": "Bonjour {v}, pour un premier logement les droits d'enregistrement ont été réduits, et nous défendons au Parlement un encadrement des loyers. Nous vous tiendrons informé(e) de la suite. Bien à vous, {p}",
            "en": "Dear {v}, registration duties for a first home have been lowered, and we are pushing in parliament for more affordable rental housing. We will keep you informed. Kind regards, {p}",
            "de": "Hallo {v}, für die erste eigene Wohnung wurden die Registrierungsgebühren gesenkt, und wir setzen uns im Parlament für mehr bezahlbaren Wohnraum ein. Wir halten Sie auf dem Laufenden. Mit freundlichen Grüßen, {p}",
        },
    ),
    (
        "health",
        ("huisarts", "neuroloog", "urgences", "infirmière", "hausarzt", "dokter", "arzt"),
        {
            "nl": "Beste {v}, de wachttijden in de zorg en het tekort aan huisartsen staan hoog op onze agenda; we vroegen de minister om extra opleidingsplaatsen en een premie voor artsen die zich in uw regio vestigen. Veel sterkte, {p}",
            "fr": "Bonjour {v}, les délais d'attente et la pénurie de soignants sont notre priorité ; nous avons demandé au ministre plus de places de formation et une revalorisation du métier. Bien à vous, {p}",
            "en": "Dear {v}, waiting times in health care are one of our priorities; we asked the minister for more training places and support for doctors who settle in your area. Best regards, {p}",
            "de": "Hallo {v}, Wartezeiten und Ärztemangel stehen bei uns ganz oben; wir haben den Minister um mehr Ausbildungsplätze und eine Prämie für Ärzte gebeten, die sich in Ihrer Region niederlassen. Mit freundlichen Grüßen, {p}",
        },
    ),
    (
        "education",
        ("leraren", "klas", "school", "scolaires", "lehrer", "schule", "stem", "kinderbetreuung"),
        {
            "nl": "Beste {v}, het lerarentekort pakken we aan met zij-instromers en minder planlast; de minister van Onderwijs stelt in het voorjaar een plan voor. Bedankt om uw ervaring te delen. Groeten, {p}",
            "fr": "Bonjour {v}, merci de votre témoignage. L'évaluation de la réforme est prévue cette année et nous y défendrons les parents qui travaillent. Bien à vous, {p}",
            "en": "Dear {v}, thank you for sharing this. We have asked the education minister what is being done, and we will follow it up in parliament. Kind regards, {p}",
            "de": "Hallo {v}, danke für Ihren Hinweis. Wir haben die Unterrichtsministerin um Entlastung für die Schulen gebeten und bleiben dran. Mit freundlichen Grüßen, {p}",
        },
    ),
]
GENERAL: dict[str, str] = {
    "nl": "Beste {v}, bedankt voor uw bericht. We hebben uw vraag doorgegeven aan de bevoegde minister en laten u weten wat we horen. Met vriendelijke groet, {p}",
    "fr": "Bonjour {v}, merci pour votre message. Nous avons transmis votre question au ministre compétent et revenons vers vous dès que possible. Bien à vous, {p}",
    "en": "Dear {v}, thank you for your message. We passed your question on to the minister in charge and will let you know what we hear. Kind regards, {p}",
    "de": "Hallo {v}, danke für Ihre Nachricht. Wir haben Ihre Frage an den zuständigen Minister weitergeleitet und melden uns, sobald wir mehr wissen. Mit freundlichen Grüßen, {p}",
}

# Last week's campaign: a form letter many voters sent (long enough to be recognised as one).
CAMPAIGN_LETTER: dict[str, str] = {
    "nl": "Geachte volksvertegenwoordiger, ik vraag u om het loket van het station in mijn gemeente open te houden. Ouderen, mensen met een beperking en wie geen smartphone heeft, kunnen zonder loket geen ticket meer kopen en geen hulp vragen. Steun de motie om de stationsloketten te behouden.",
    "fr": "Madame la députée, je vous demande de maintenir le guichet de la gare de ma commune. Sans guichet, les aînés, les personnes handicapées et celles qui n'ont pas de smartphone ne peuvent plus acheter de billet ni demander de l'aide. Soutenez la motion pour garder les guichets des gares.",
}
CAMPAIGN_ANSWER: dict[str, str] = {
    "nl": "Beste {v}, bedankt voor uw oproep over de stationsloketten. We hebben de motie mee ingediend en vragen de NMBS om geen enkel loket te sluiten zonder alternatief voor wie geen smartphone heeft. Met vriendelijke groet, {p}",
    "fr": "Bonjour {v}, merci pour votre appel au sujet des guichets des gares. Nous avons cosigné la motion et demandons à la SNCB de ne fermer aucun guichet sans alternative pour les personnes sans smartphone. Bien à vous, {p}",
}


def answer_for(question: str, language: str) -> str:
    """The office's answer to ``question`` in ``language``: by subject, else a general one."""
    lowered = question.lower()
    for _subject, words, answers in ANSWERS:
        if any(word in lowered for word in words):
            return answers[language]
    return GENERAL[language]
