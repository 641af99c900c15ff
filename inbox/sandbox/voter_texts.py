"""Invented Belgian voters and the messages they send a politician (``{h}`` is the politician's handle)."""

from __future__ import annotations

# (username, display name, language of their messages)
VOTERS: list[tuple[str, str, str]] = [
    ("lieselotte_pe", "Lieselotte Peeters", "nl"),  # Leuven
    ("jensmaes82", "Jens Maes", "nl"),  # Antwerpen
    ("annelies_jns", "Annelies Janssens", "nl"),  # Hasselt
    ("woutclaes", "Wout Claes", "nl"),  # Gent
    ("griet_vdbroeck", "Griet Van den Broeck", "nl"),  # Aalst
    ("pjwouters", "Pieter-Jan Wouters", "nl"),  # Brugge
    ("mathilde_dbs", "Mathilde Dubois", "fr"),  # Namur
    ("julienlambert", "Julien Lambert", "fr"),  # Liège
    ("celine_dpt", "Céline Dupont", "fr"),  # Charleroi
    ("max_renard", "Maxime Renard", "fr"),  # Mons
    ("yasmina_elam", "Yasmina El Amrani", "fr"),  # Molenbeek
    ("thomas_vdb_bxl", "Thomas Vandenberghe", "nl"),  # Brussel
    ("ines_bxl_expat", "Inês Carvalho", "en"),  # Etterbeek
    ("dara_oconnell", "Dara O'Connell", "en"),  # Ixelles
    ("lukas_schmitz", "Lukas Schmitz", "de"),  # Eupen
    ("anna_kessler_sv", "Anna Kessler", "de"),  # Sankt Vith
]

MESSAGES: dict[str, list[str]] = {
    "nl": [
        (
            "@{h} Wanneer komt er eindelijk een veilig fietspad op de steenweg naar Leuven? "
            "Elke ochtend is het levensgevaarlijk."
        ),
        "@{h} Mijn trein naar Brussel had deze week drie keer meer dan 20 minuten vertraging. Wat doet u hieraan?",
        "@{h} De bus in ons dorp rijdt nog maar één keer per uur. Hoe moeten ouderen zonder auto naar de dokter?",
        "@{h} Als jong koppel vinden we geen betaalbare woning meer. Komt er iets aan de registratierechten?",
        "@{h} Dank u om de wachtlijsten voor sociale woningen aan te kaarten in het parlement. Eindelijk!",
        "@{h} Onze energiefactuur is verdubbeld. Blijft het sociaal tarief behouden na de winter?",
        "@{h} Wij hebben zonnepanelen gelegd in 2020. Waarom verandert de regelgeving voortdurend?",
        "@{h} Hoe staat u tegenover de verlenging van de kerncentrales van Doel & Tihange?",
        "@{h} Vraag: krijg ik nog een isolatiepremie voor mijn dak als ik in 2027 renoveer?",
        "@{h} Ik werk 42 jaar in de bouw. Is pensioen op 67 voor zware beroepen echt nodig?",
        "@{h} Mijn moeder wacht al vier maanden op een afspraak bij de neuroloog. Dit kan toch niet?",
        "@{h} Er is een groot tekort aan huisartsen in onze gemeente. Welke plannen heeft de regering?",
        "@{h} Het lerarentekort is dramatisch: de klas van mijn zoon had al drie vervangers dit jaar.",
        "@{h} Proficiat met het nieuwe plan voor meer STEM-onderwijs, goed initiatief!",
        "@{h} Waarom moet een zelfstandige zoveel voorschotten op belastingen betalen? Het is onhoudbaar.",
        "@{h} De afvalophaling in onze straat is al twee weken niet gepasseerd. Wie is hiervoor bevoegd?",
        "@{h} Het containerpark heeft nu een afspraaksysteem. Voor oudere mensen is dat te ingewikkeld.",
        "@{h} Hoeveel asielzoekers worden er volgend jaar opgevangen in onze provincie?",
        "@{h} 's Avonds voelen we ons niet meer veilig rond het station. Komt er meer politie?",
        "@{h} Mooie toespraak gisteren over de klimaatdoelstellingen. Maar wat betekent dat concreet voor ons?",
    ],
    "fr": [
        "@{h} Les bus TEC sont encore supprimés ce matin sans prévenir. Que fait la Région ?",
        "@{h} Le train Namur-Bruxelles est bondé chaque jour. Quand aurons-nous plus de trains aux heures de pointe ?",
        "@{h} Les loyers à Liège ont explosé. Allez-vous encadrer les loyers comme promis ?",
        "@{h} Merci pour votre soutien aux primes à la rénovation, nous avons pu isoler notre maison.",
        "@{h} Ma facture de gaz a triplé. Le chèque énergie sera-t-il prolongé cette année ?",
        "@{h} Pourquoi la Wallonie a-t-elle supprimé le compteur qui tourne à l'envers ? Nous nous sentons trahis.",
        "@{h} Question : quelles aides existent pour remplacer une vieille chaudière au mazout ?",
        "@{h} Infirmière depuis 15 ans, je suis épuisée. Quand le métier sera-t-il enfin revalorisé ?",
        "@{h} Huit heures d'attente aux urgences de Charleroi avec mon fils. C'est inadmissible.",
        (
            "@{h} La réforme des rythmes scolaires pose problème pour les parents qui travaillent. "
            "Une évaluation est prévue ?"
        ),
        "@{h} Les indépendants paient trop de cotisations sociales. Une réforme est-elle à l'étude ?",
        "@{h} Ma pension de 1 400 euros ne suffit plus. Que proposez-vous pour les petits pensionnés ?",
        "@{h} Bravo pour votre intervention au Parlement sur la pauvreté infantile, très juste.",
        "@{h} Le centre Fedasil de notre commune est saturé. Les habitants ne sont pas informés.",
        "@{h} Il y a des dealers tous les soirs près de la gare du Midi. Quand allez-vous agir ?",
        (
            "@{h} Le guichet de l'administration communale n'est plus ouvert le samedi. "
            "Comment font ceux qui travaillent ?"
        ),
        "@{h} Les inondations de 2021 : certains sinistrés attendent toujours leur indemnisation. Pourquoi ?",
        "@{h} Merci d'avoir répondu à ma lettre sur le permis de conduire, le problème est réglé !",
    ],
    "en": [
        "@{h} As an expat in Brussels, how can I register to vote in the municipal elections?",
        "@{h} Brussels rents keep rising while salaries don't. What is your plan for affordable housing?",
        "@{h} The metro line 3 works have been delayed again. Is there a realistic timeline?",
        "@{h} Thanks for pushing for safer bike lanes on Rue de la Loi, the difference is huge.",
        "@{h} Waiting six months for a commune appointment to renew my residence card. Can this be fixed?",
        "@{h} Why are energy bills in Belgium so much higher than in the Netherlands?",
        "@{h} Is there any support for small businesses hit by the Good Move traffic plan?",
        "@{h} My kids' school has no heating for the second week now. Who is responsible?",
        "@{h} Great debate last night on climate policy. Will Belgium meet its 2030 targets?",
        "@{h} Could you explain what the new tax reform means for people with a middle income?",
        "@{h} The night buses to the airport were cut. How are shift workers supposed to get to work?",
    ],
    "de": [
        "@{h} Wann wird die Bahnverbindung Eupen-Welkenraedt endlich wieder zuverlässig?",
        "@{h} In Sankt Vith fehlen Kinderbetreuungsplätze. Was tut die Regierung der DG?",
        "@{h} Vielen Dank für Ihren Einsatz für die zweisprachigen Dokumente, das hilft uns sehr!",
        "@{h} Die Energiepreise sind für Familien kaum noch bezahlbar. Gibt es neue Hilfen?",
        "@{h} Frage: Werden die Busverbindungen in der Eifel im Sommer ausgebaut?",
        "@{h} Unser Hausarzt geht in Rente und niemand übernimmt die Praxis. Was nun?",
        "@{h} Warum dauert die Baugenehmigung in unserer Gemeinde über ein Jahr?",
        "@{h} Die Lehrer an unserer Schule sind überlastet. Wann kommt die versprochene Entlastung?",
        "@{h} Gute Initiative zu den Photovoltaik-Prämien, aber die Anträge sind viel zu kompliziert.",
        "@{h} Wie steht Ihre Partei zur Rentenreform und zur Anrechnung der Teilzeitjahre?",
        "@{h} Die Straße zwischen Büllingen und Bütgenbach ist voller Schlaglöcher. Wer repariert das?",
    ],
}

# A voter reacting to another voter's message in the same conversation ({o} = the other voter).
REACTIONS: dict[str, list[str]] = {
    "nl": [
        "@{o} @{h} Helemaal mee eens, bij ons is het net hetzelfde.",
        "@{o} @{h} Ik zie dat toch anders, er is de laatste jaren veel verbeterd.",
        "@{o} @{h} Precies! Hoog tijd dat hier iets aan gebeurt.",
    ],
    "fr": [
        "@{o} @{h} Tout à fait d'accord, c'est pareil chez nous.",
        "@{o} @{h} Je ne suis pas d'accord, il y a eu des progrès ces dernières années.",
        "@{o} @{h} Exactement, il est temps d'agir.",
    ],
    "en": [
        "@{o} @{h} Same here, this has been going on for months.",
        "@{o} @{h} I see it differently, things have improved a lot lately.",
        "@{o} @{h} Exactly this. Something has to change.",
    ],
    "de": [
        "@{o} @{h} Ganz meiner Meinung, bei uns ist es genauso.",
        "@{o} @{h} Das sehe ich anders, es hat sich einiges verbessert.",
        "@{o} @{h} Genau! Es muss endlich etwas passieren.",
    ],
}

# A voter answering the politician's reply in their own thread.
THANKS: dict[str, list[str]] = {
    "nl": ["@{h} Bedankt voor het snelle antwoord!", "@{h} Bedankt, ik volg het verder op."],
    "fr": ["@{h} Merci pour votre réponse rapide !", "@{h} Merci, je reste attentif à la suite."],
    "en": ["@{h} Thanks for the quick reply!", "@{h} Thank you, I'll keep an eye on it."],
    "de": ["@{h} Danke für die schnelle Antwort!", "@{h} Danke, ich bleibe dran."],
}

# Now and then an anonymous account threatens the politician (issue 17), so a new user of the demo
# sees the red threat banner within the first minutes. Veiled, as real threats often are.
THREAT_VOTER: tuple[str, str, str] = ("r4v3n_anon", "r4v3n", "nl")
THREATS: list[str] = [
    "@{h} We weten waar ge woont.",
    "@{h} Ce serait dommage qu'il arrive quelque chose à ta fille.",
    "@{h} See you at your gym on Thursday 😉",
    "@{h} Ihr Auto steht ja immer vor dem Rathaus…",
]

# Now and then a voter is abusive (issue 21): insults, no threat, so a new user of the demo sees the
# blur (and, on a Facebook or Instagram comment, the "hide comment" suggestion) within minutes.
ABUSIVE_VOTERS: dict[str, tuple[str, str, str]] = {
    "nl": ("kurt_zegt_het", "Kurt D.", "nl"),
    "fr": ("le_vrai_patrick", "Patrick V.", "fr"),
    "en": ("truthbomb_be", "TruthBomb", "en"),
    "de": ("klartext_eupen", "Klartext", "de"),
}
ABUSE: dict[str, list[str]] = {
    "nl": [
        "@{h} Jij bent een waardeloze leugenaar, je zou je moeten schamen. Idioot!",
        "@{h} Wat een zielige clown ben jij. Oprotten, incompetente idioot.",
    ],
    "fr": ["@{h} Espèce d'incapable, vous êtes une honte. Bande de menteurs et d'abrutis."],
    "en": ["@{h} You are a useless lying idiot. Shut up and resign, you pathetic clown."],
    "de": ["@{h} Sie sind eine dumme Lügnerin, halten Sie endlich den Mund, Sie Versagerin!"],
}
ABUSE_LANGUAGES: tuple[str, ...] = ("nl", "fr", "en", "de")  # the order abusive messages come in
