"""Hand-written Belgian form-letter campaigns and hard negatives for campaign detection.

Every campaign is one template an organisation hands out, sent by many voters through
e-mail, the contact form or social media: exact copies under different greetings and
signatures, light edits, paraphrases, and translations into Dutch, French, English and
German. The hard negatives are individual messages on the same topics (trains and
stations, low-emission zones, wind farms, childcare, fireworks) and on others; they may
share words, places and numbers with a campaign but are not its letter.

All texts were written for these tests; names, addresses and organisations are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Variant:
    """One message of a campaign."""

    kind: str  # "copy" | "edit" | "paraphrase" | "translation"
    language: str  # "nl" | "fr" | "en" | "de"
    text: str


@dataclass(frozen=True)
class Campaign:
    """A form-letter campaign and all the variants voters sent."""

    key: str
    topic: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class Negative:
    """An individual message that belongs to no campaign."""

    topic: str
    language: str
    text: str


def _letter(greeting: str, body: str, closing: str) -> str:
    """A message with a greeting line above and a closing (and signature) below ``body``."""
    parts = [part for part in (greeting, body, closing) if part]
    return "\n\n".join(parts)


# --- Campaign 1: keep rail line 57 (Aalst–Lokeren) open (template in Dutch) -----------------

RAIL_NL = (
    "Ik schrijf u omdat de NMBS van plan is om spoorlijn 57 tussen Aalst en Lokeren vanaf december te "
    "sluiten voor reizigers. Voor duizenden pendelaars, scholieren en ouderen in Lede, Wichelen, "
    "Schellebelle en Zele is deze trein de enige betaalbare en betrouwbare verbinding met hun werk, "
    "school of ziekenhuis. De vervangbussen doen er twee keer zo lang over en staan elke ochtend in de "
    "file op de N9. Een sluiting duwt mensen terug in de auto, net nu we de klimaatdoelen moeten halen. "
    "Ik vraag u daarom om u in het parlement uitdrukkelijk te verzetten tegen de sluiting en te ijveren "
    "voor een halfuurdienst en toegankelijke perrons. Laat het openbaar vervoer in onze regio niet "
    "verder afbrokkelen."
)
RAIL_NL_EDIT1 = RAIL_NL.replace(
    "Voor duizenden pendelaars",
    "Zelf neem ik elke werkdag om 7.12 uur de trein in Wichelen. Voor duizenden pendelaars",
)
RAIL_NL_EDIT2 = (
    RAIL_NL.replace("vanaf december", "al vanaf volgend jaar")
    .replace("Een sluiting duwt mensen terug in de auto, net nu we de klimaatdoelen moeten halen. ", "")
    .replace("Laat het openbaar vervoer in onze regio niet verder afbrokkelen.", "Onze regio verdient beter!")
)
RAIL_NL_PARA = (
    "De NMBS wil de reizigerstreinen op lijn 57 tussen Aalst en Lokeren schrappen vanaf december. Dat "
    "mag niet gebeuren. Heel wat mensen uit Lede, Wichelen, Schellebelle en Zele, zowel pendelaars als "
    "scholieren en oudere mensen, hebben geen andere betaalbare en betrouwbare manier om op het werk, op "
    "school of in het ziekenhuis te raken. Met de vervangbus ben je dubbel zo lang onderweg, want die "
    "staat iedere ochtend vast op de N9. Wie de trein afpakt, stuurt mensen opnieuw de auto in, terwijl "
    "we onze klimaatdoelen moeten halen. Verzet u in het parlement tegen deze sluiting en kom op voor "
    "een trein om het halfuur en perrons die voor iedereen toegankelijk zijn."
)
RAIL_FR = (
    "Je vous écris parce que la SNCB prévoit de fermer aux voyageurs la ligne 57 entre Alost et Lokeren "
    "à partir de décembre. Pour des milliers de navetteurs, d'élèves et de personnes âgées de Lede, "
    "Wichelen, Schellebelle et Zele, ce train est la seule liaison abordable et fiable vers leur travail, "
    "leur école ou l'hôpital. Les bus de remplacement mettent deux fois plus de temps et sont coincés "
    "chaque matin dans les embouteillages de la N9. Une fermeture renverrait les gens vers la voiture, "
    "au moment même où nous devons atteindre nos objectifs climatiques. Je vous demande donc de vous "
    "opposer clairement à cette fermeture au parlement et de plaider pour un train toutes les demi-heures "
    "et des quais accessibles. Ne laissez pas les transports publics de notre région s'effriter encore."
)
RAIL_EN = (
    "I am writing to you because SNCB plans to close railway line 57 between Aalst and Lokeren to "
    "passengers from December. For thousands of commuters, pupils and elderly people in Lede, Wichelen, "
    "Schellebelle and Zele, this train is the only affordable and reliable connection to their work, "
    "school or hospital. The replacement buses take twice as long and are stuck in traffic on the N9 "
    "every morning. Closing the line will push people back into their cars, just when we need to meet "
    "our climate targets. I therefore ask you to speak out firmly against the closure in parliament and "
    "to push for a train every half hour and accessible platforms. Do not let public transport in our "
    "region crumble any further."
)
RAIL_DE = (
    "Ich schreibe Ihnen, weil die SNCB plant, die Bahnstrecke 57 zwischen Aalst und Lokeren ab Dezember "
    "für den Personenverkehr zu schließen. Für Tausende Pendler, Schüler und ältere Menschen in Lede, "
    "Wichelen, Schellebelle und Zele ist dieser Zug die einzige bezahlbare und zuverlässige Verbindung "
    "zur Arbeit, zur Schule oder ins Krankenhaus. Die Ersatzbusse brauchen doppelt so lange und stehen "
    "jeden Morgen auf der N9 im Stau. Eine Schließung treibt die Menschen zurück ins Auto, gerade jetzt, "
    "wo wir unsere Klimaziele erreichen müssen. Ich bitte Sie deshalb, sich im Parlament deutlich gegen "
    "die Schließung auszusprechen und sich für einen Halbstundentakt und barrierefreie Bahnsteige "
    "einzusetzen. Lassen Sie den öffentlichen Verkehr in unserer Region nicht weiter verfallen."
)
RAIL_FR_EDIT = RAIL_FR.replace(
    "Je vous écris parce que",
    "J'habite à Wichelen depuis vingt ans et je prends ce train tous les jours. Je vous écris parce que",
).replace("Ne laissez pas les transports publics de notre région s'effriter encore.", "Merci de nous soutenir.")

RAIL = Campaign(
    key="rail-57",
    topic="trains",
    variants=(
        Variant(
            "copy",
            "nl",
            _letter(
                "Geachte mevrouw de minister,",
                RAIL_NL,
                "Met vriendelijke groeten,\nAn Claes\nStationsstraat 14, 9340 Lede",
            ),
        ),
        Variant("copy", "nl", _letter("Beste Sarah,", RAIL_NL, "Groeten,\nKoen Verhoeven")),
        Variant(
            "copy", "nl", _letter("Geachte volksvertegenwoordiger,", RAIL_NL, "Hoogachtend,\nMarleen De Smet\nZele")
        ),
        Variant(
            "copy",
            "nl",
            _letter("", RAIL_NL, "Verstuurd via www.redlijn57.be – campagne van Trein Voor Iedereen vzw"),
        ),
        Variant("copy", "nl", _letter("Dag @SarahDeBlock,", RAIL_NL, "Pieter")),
        Variant("edit", "nl", _letter("Geachte heer,", RAIL_NL_EDIT1, "Met vriendelijke groet,\nBart Van Acker")),
        Variant("edit", "nl", _letter("Beste,", RAIL_NL_EDIT2, "mvg\nLies Maes")),
        Variant("paraphrase", "nl", _letter("Geachte mevrouw,", RAIL_NL_PARA, "Dank u,\nJoris Hermans, Schellebelle")),
        Variant(
            "translation",
            "fr",
            _letter("Madame la Ministre,", RAIL_FR, "Veuillez agréer mes salutations distinguées.\nSophie Lambert"),
        ),
        Variant("translation", "fr", _letter("Bonjour,", RAIL_FR, "Cordialement,\nMehdi Benali")),
        Variant("translation", "fr", _letter("Madame,", RAIL_FR_EDIT, "Bien à vous,\nIsabelle Dupont, Wichelen")),
        Variant("translation", "en", _letter("Dear Minister,", RAIL_EN, "Kind regards,\nTom Peeters")),
        Variant(
            "translation",
            "de",
            _letter("Sehr geehrte Frau Ministerin,", RAIL_DE, "Mit freundlichen Grüßen\nKlaus Schmitz"),
        ),
    ),
)

# --- Campaign 2: low-emission zone exemption in Brussels (template in French) ----------------

LEZ_FR = (
    "Je vous écris au sujet de la zone de basses émissions de la Région de Bruxelles-Capitale. À partir "
    "de janvier, ma voiture diesel de 2012 ne pourra plus y circuler. Je ne suis pas contre un air plus "
    "propre, mais beaucoup de familles à faibles revenus, de personnes âgées et d'indépendants n'ont "
    "tout simplement pas les moyens d'acheter un véhicule plus récent. Je vous demande de soutenir une "
    "dérogation temporaire pour les ménages à faibles revenus et les personnes à mobilité réduite, une "
    "prime de conversion suffisante, et un report de l'interdiction tant que les transports publics ne "
    "sont pas une vraie alternative dans toutes les communes. La transition écologique doit rester "
    "sociale, sinon elle perdra le soutien des citoyens."
)
LEZ_FR_EDIT1 = LEZ_FR.replace("ma voiture diesel de 2012", "ma camionnette diesel Euro 5 de 2014").replace(
    "et d'indépendants", "et d'indépendants comme moi, qui suis plombier à Anderlecht,"
)
LEZ_FR_EDIT2 = LEZ_FR.replace(
    "Je ne suis pas contre un air plus propre, mais",
    "Je m'occupe de ma mère qui ne peut plus marcher et je la conduis à l'hôpital deux fois par semaine.",
).replace("sinon elle perdra le soutien des citoyens.", "Merci de penser à nous.")
LEZ_FR_PARA = (
    "Dès janvier, la LEZ bruxelloise interdira ma vieille voiture diesel (2012). Un air plus sain, je "
    "suis pour, mais de nombreux ménages modestes, des seniors et des indépendants ne peuvent pas se "
    "payer une voiture plus récente. Soutenez, s'il vous plaît, une exception temporaire pour les "
    "familles à bas revenus et les personnes à mobilité réduite, une prime de conversion digne de ce nom, "
    "et reportez l'interdiction tant que les transports en commun ne constituent pas une alternative "
    "réelle partout dans la Région. Sans dimension sociale, la transition écologique perdra l'adhésion "
    "des gens."
)
LEZ_NL = (
    "Ik schrijf u over de lage-emissiezone van het Brussels Hoofdstedelijk Gewest. Vanaf januari mag mijn "
    "dieselwagen uit 2012 daar niet meer rijden. Ik ben niet tegen properdere lucht, maar veel gezinnen "
    "met een laag inkomen, ouderen en zelfstandigen hebben gewoon het geld niet om een recentere wagen "
    "te kopen. Ik vraag u om een tijdelijke uitzondering te steunen voor gezinnen met een laag inkomen en "
    "personen met een beperkte mobiliteit, een voldoende hoge omschakelingspremie, en een uitstel van het "
    "verbod zolang het openbaar vervoer niet in alle gemeenten een echt alternatief is. De ecologische "
    "transitie moet sociaal blijven, anders verliest ze de steun van de burgers."
)
LEZ_EN = (
    "I am writing to you about the low emission zone in the Brussels-Capital Region. From January, my "
    "2012 diesel car will no longer be allowed to drive there. I am not against cleaner air, but many "
    "low-income families, elderly people and self-employed workers simply cannot afford to buy a newer "
    "vehicle. I ask you to support a temporary exemption for low-income households and people with "
    "reduced mobility, a sufficient conversion bonus, and a postponement of the ban as long as public "
    "transport is not a real alternative in every municipality. The ecological transition must remain "
    "social, otherwise it will lose the support of citizens."
)
LEZ_DE = (
    "Ich schreibe Ihnen wegen der Umweltzone in der Region Brüssel-Hauptstadt. Ab Januar darf mein "
    "Dieselauto aus dem Jahr 2012 dort nicht mehr fahren. Ich bin nicht gegen saubere Luft, aber viele "
    "Familien mit niedrigem Einkommen, ältere Menschen und Selbstständige können sich ein neueres "
    "Fahrzeug einfach nicht leisten. Ich bitte Sie, eine befristete Ausnahme für Haushalte mit geringem "
    "Einkommen und Menschen mit eingeschränkter Mobilität, eine ausreichende Umstiegsprämie und einen "
    "Aufschub des Verbots zu unterstützen, solange der öffentliche Verkehr nicht in allen Gemeinden eine "
    "echte Alternative ist. Die ökologische Wende muss sozial bleiben, sonst verliert sie den Rückhalt "
    "der Bürger."
)

LEZ = Campaign(
    key="lez-exemption",
    topic="low-emission zone",
    variants=(
        Variant(
            "copy",
            "fr",
            _letter(
                "Madame, Monsieur,", LEZ_FR, "Cordialement,\nJean-Marc Lefèvre\nRue de la Station 8, 1070 Anderlecht"
            ),
        ),
        Variant("copy", "fr", _letter("Monsieur le Ministre,", LEZ_FR, "Salutations,\nFatima El Amrani")),
        Variant("copy", "fr", _letter("Bonjour Monsieur Dubois,", LEZ_FR, "Merci d'avance,\nLuc")),
        Variant("copy", "fr", _letter("", LEZ_FR, "Envoyé depuis le formulaire de https://lez-sociale.be")),
        Variant("copy", "fr", _letter("Madame la Députée,", LEZ_FR, "Bien à vous,\nNathalie Gérard\nSchaerbeek")),
        Variant("edit", "fr", _letter("Bonjour,", LEZ_FR_EDIT1, "Cordialement,\nDavid Martin")),
        Variant("edit", "fr", _letter("Madame, Monsieur,", LEZ_FR_EDIT2, "Sandrine Leroy")),
        Variant("paraphrase", "fr", _letter("Monsieur,", LEZ_FR_PARA, "Bàv,\nAhmed")),
        Variant(
            "translation",
            "nl",
            _letter("Geachte heer minister,", LEZ_NL, "Met vriendelijke groeten,\nGeert Wouters\nJette"),
        ),
        Variant("translation", "nl", _letter("Beste,", LEZ_NL, "Groetjes,\nNadia")),
        Variant("translation", "en", _letter("Dear Mr Dubois,", LEZ_EN, "Best wishes,\nEmma Collins, Etterbeek")),
        Variant(
            "translation",
            "de",
            _letter("Sehr geehrter Herr Minister,", LEZ_DE, "Mit freundlichen Grüßen\nMarkus Weber"),
        ),
    ),
)

# --- Campaign 3: wind farm between Amel and Heppenbach (template in German) -------------------

WIND_DE = (
    "Mit großer Sorge verfolge ich die Pläne für einen Windpark mit sieben Windrädern von je 240 Metern "
    "Höhe zwischen Amel und Heppenbach. Die Anlagen sollen weniger als 600 Meter von den nächsten "
    "Wohnhäusern entfernt stehen, mitten in einem Waldgebiet, in dem Schwarzstörche und Rotmilane "
    "brüten. Ich bin nicht gegen erneuerbare Energie, aber ein solches Projekt darf nicht ohne echte "
    "Bürgerbeteiligung und ohne unabhängige Umweltverträglichkeitsprüfung genehmigt werden. Ich bitte "
    "Sie daher, sich für einen Mindestabstand von 1.000 Metern zu Wohngebieten, für den Schutz des "
    "Waldes und für eine finanzielle Beteiligung der Anwohner an den Erträgen einzusetzen."
)
WIND_DE_EDIT = WIND_DE.replace(
    "Ich bin nicht gegen erneuerbare Energie,",
    "Unser Haus liegt keine 500 Meter vom geplanten Standort entfernt. Ich bin nicht gegen erneuerbare Energie,",
).replace("sieben Windrädern", "7 Windrädern")
WIND_DE_PARA = (
    "Zwischen Amel und Heppenbach sollen sieben 240 Meter hohe Windräder gebaut werden, und das macht "
    "mir große Sorgen. Sie wären keine 600 Meter von Wohnhäusern entfernt und würden in einem Wald "
    "stehen, in dem Rotmilane und Schwarzstörche nisten. Gegen grünen Strom habe ich nichts, doch so ein "
    "Vorhaben darf man nicht ohne wirkliche Mitsprache der Bürger und ohne unabhängige Prüfung der "
    "Umweltfolgen durchwinken. Setzen Sie sich bitte für 1.000 Meter Abstand zu den Dörfern, für den "
    "Erhalt des Waldes und dafür ein, dass die Anwohner an den Gewinnen beteiligt werden."
)
WIND_FR = (
    "Je suis avec beaucoup d'inquiétude le projet de parc éolien de sept éoliennes de 240 mètres de haut "
    "entre Amel et Heppenbach. Les machines seraient installées à moins de 600 mètres des premières "
    "habitations, au milieu d'une zone forestière où nichent la cigogne noire et le milan royal. Je ne "
    "suis pas contre les énergies renouvelables, mais un tel projet ne peut pas être autorisé sans une "
    "véritable participation citoyenne ni une étude d'incidences environnementales indépendante. Je vous "
    "demande donc de défendre une distance minimale de 1.000 mètres par rapport aux zones habitées, la "
    "protection de la forêt et une participation financière des riverains aux bénéfices."
)
WIND_NL = (
    "Met grote bezorgdheid volg ik de plannen voor een windpark met zeven windturbines van 240 meter hoog "
    "tussen Amel en Heppenbach. De turbines zouden op minder dan 600 meter van de dichtstbijzijnde "
    "woningen komen, midden in een bosgebied waar zwarte ooievaars en rode wouwen broeden. Ik ben niet "
    "tegen hernieuwbare energie, maar zo'n project mag niet vergund worden zonder echte inspraak van de "
    "burgers en zonder onafhankelijk milieueffectenrapport. Ik vraag u daarom om te pleiten voor een "
    "minimale afstand van 1.000 meter tot woongebieden, voor de bescherming van het bos en voor een "
    "financiële deelname van de omwonenden aan de opbrengsten."
)
WIND_EN = (
    "I am following with great concern the plans for a wind farm of seven 240-metre turbines between "
    "Amel and Heppenbach. The turbines would stand less than 600 metres from the nearest homes, in the "
    "middle of a forest where black storks and red kites breed. I am not against renewable energy, but a "
    "project like this must not be approved without genuine public participation and an independent "
    "environmental impact assessment. I therefore ask you to argue for a minimum distance of 1,000 metres "
    "from residential areas, for the protection of the forest and for local residents to share in the "
    "profits."
)

WIND = Campaign(
    key="wind-amel",
    topic="wind farm",
    variants=(
        Variant(
            "copy",
            "de",
            _letter(
                "Sehr geehrte Damen und Herren,",
                WIND_DE,
                "Mit freundlichen Grüßen\nJosef Kreins\nHeppenbach 42, 4770 Amel",
            ),
        ),
        Variant(
            "copy", "de", _letter("Sehr geehrter Herr Ministerpräsident,", WIND_DE, "Hochachtungsvoll\nMaria Backes")
        ),
        Variant("copy", "de", _letter("Guten Tag,", WIND_DE, "Viele Grüße\nStefan Thissen")),
        Variant("copy", "de", _letter("Hallo Herr Paasch,", WIND_DE, "LG Anna")),
        Variant("copy", "de", _letter("", WIND_DE, "Gesendet über das Formular der Bürgerinitiative Gegenwind Amel")),
        Variant(
            "edit",
            "de",
            _letter("Sehr geehrte Frau Abgeordnete,", WIND_DE_EDIT, "Mit freundlichen Grüßen\nFamilie Jost"),
        ),
        Variant("paraphrase", "de", _letter("Guten Abend,", WIND_DE_PARA, "Gruß, Peter Lentz")),
        Variant(
            "translation",
            "fr",
            _letter(
                "Madame, Monsieur,", WIND_FR, "Veuillez agréer mes salutations distinguées,\nPascale Henrard, Malmedy"
            ),
        ),
        Variant("translation", "fr", _letter("Bonjour,", WIND_FR, "Merci,\nOlivier")),
        Variant("translation", "nl", _letter("Geachte,", WIND_NL, "Met vriendelijke groeten,\nHilde Janssens")),
        Variant("translation", "nl", _letter("Beste heer,", WIND_NL, "Groeten\nWim")),
        Variant("translation", "en", _letter("Dear Sir or Madam,", WIND_EN, "Yours faithfully,\nRachel Green")),
    ),
)

# --- Campaign 4: childcare places in Flanders (template in Dutch) -----------------------------

CARE_NL = (
    "Als ouder maak ik me grote zorgen over het tekort aan kinderopvangplaatsen in Vlaanderen. Wij "
    "stonden al tijdens de zwangerschap op vier wachtlijsten en hebben nog altijd geen plaats gevonden "
    "voor na het bevallingsverlof. Tegelijk sluiten kinderdagverblijven de deuren omdat begeleiders "
    "overwerkt en onderbetaald zijn. Ouders, en vooral moeders, worden zo gedwongen om minder te werken "
    "of hun job op te geven. Ik vraag u om dringend te investeren in extra plaatsen met een "
    "inkomensgerelateerd tarief, in betere lonen en kleinere groepen voor de begeleiders, en in een "
    "eerlijk en transparant inschrijvingssysteem. Kinderopvang is een basisvoorziening, geen luxe."
)
CARE_NL_EDIT1 = CARE_NL.replace("op vier wachtlijsten", "op zeven wachtlijsten in Gent en omgeving").replace(
    "Kinderopvang is een basisvoorziening, geen luxe.",
    (
        "Mijn dochter Nore is nu vijf maanden en ik moet over twee weken terug aan het werk. "
        "Kinderopvang is een basisvoorziening, geen luxe."
    ),
)
CARE_NL_EDIT2 = CARE_NL.replace("Als ouder maak ik me", "Als grootouder maak ik me").replace(
    "Wij stonden al tijdens de zwangerschap op vier wachtlijsten en hebben",
    "Mijn zoon en schoondochter stonden al tijdens de zwangerschap op vier wachtlijsten en hebben",
)
CARE_NL_PARA = (
    "Er zijn in Vlaanderen veel te weinig plaatsen in de kinderopvang, en dat baart me als ouder echt "
    "zorgen. Toen ik zwanger was, zetten we ons al op vier wachtlijsten, en na het bevallingsverlof "
    "hebben we nog steeds niets. Intussen gaan crèches dicht omdat de begeleiders te veel werk hebben en "
    "te weinig verdienen. Zo moeten ouders, en meestal de moeders, minder gaan werken of zelfs stoppen. "
    "Investeer dus snel in bijkomende plaatsen aan een tarief volgens inkomen, in hogere lonen en kleinere "
    "groepen voor het personeel, en in een eerlijke, doorzichtige manier van inschrijven. Opvang voor "
    "kinderen is geen luxe maar een basisvoorziening."
)
CARE_FR = (
    "En tant que parent, je suis très inquiet du manque de places d'accueil pour la petite enfance en "
    "Flandre. Dès la grossesse, nous étions inscrits sur quatre listes d'attente et nous n'avons toujours "
    "pas trouvé de place pour la fin du congé de maternité. En même temps, des crèches ferment leurs "
    "portes parce que les puéricultrices sont surmenées et sous-payées. Les parents, et surtout les mères, "
    "sont ainsi obligés de travailler moins ou de quitter leur emploi. Je vous demande d'investir d'urgence "
    "dans des places supplémentaires à un tarif lié aux revenus, dans de meilleurs salaires et des groupes "
    "plus petits pour les puéricultrices, et dans un système d'inscription juste et transparent. L'accueil "
    "des enfants est un service de base, pas un luxe."
)
CARE_EN = (
    "As a parent, I am deeply worried about the shortage of childcare places in Flanders. We were already "
    "on four waiting lists during the pregnancy and still have not found a place for after maternity leave. "
    "At the same time, day-care centres are closing because the staff are overworked and underpaid. "
    "Parents, and mothers in particular, are being forced to work less or give up their jobs. I ask you to "
    "invest urgently in extra places with income-related fees, in better pay and smaller groups for "
    "childcare workers, and in a fair and transparent registration system. Childcare is a basic service, "
    "not a luxury."
)
CARE_DE = (
    "Als Elternteil mache ich mir große Sorgen über den Mangel an Kinderbetreuungsplätzen in Flandern. Wir "
    "standen schon während der Schwangerschaft auf vier Wartelisten und haben immer noch keinen Platz für "
    "die Zeit nach dem Mutterschaftsurlaub gefunden. Gleichzeitig schließen Kitas, weil die Betreuerinnen "
    "überlastet und unterbezahlt sind. Eltern, und vor allem Mütter, werden so gezwungen, weniger zu "
    "arbeiten oder ihren Job aufzugeben. Ich bitte Sie, dringend in zusätzliche Plätze mit "
    "einkommensabhängigen Gebühren, in bessere Löhne und kleinere Gruppen für die Betreuerinnen und in ein "
    "faires und transparentes Anmeldesystem zu investieren. Kinderbetreuung ist eine Grundversorgung, kein "
    "Luxus."
)

CARE = Campaign(
    key="childcare-places",
    topic="childcare",
    variants=(
        Variant(
            "copy",
            "nl",
            _letter("Geachte mevrouw de minister,", CARE_NL, "Met vriendelijke groeten,\nEls Vermeulen\nGentbrugge"),
        ),
        Variant("copy", "nl", _letter("Beste Hilde,", CARE_NL, "Groetjes,\nSofie")),
        Variant("copy", "nl", _letter("Geachte,", CARE_NL, "Met vriendelijke groet,\nThomas Goossens, papa van Mila")),
        Variant(
            "copy",
            "nl",
            _letter("", CARE_NL, "Deze mail werd verstuurd via de actie #OpvangNu van de Gezinsbond-werkgroep"),
        ),
        Variant("copy", "nl", _letter("Dag mevrouw Crevits,", CARE_NL, "Vriendelijke groeten,\nKaat & Jonas")),
        Variant("copy", "nl", _letter("Geachte volksvertegenwoordiger,", CARE_NL, "Hoogachtend,\nDr. Ann Wuyts")),
        Variant("edit", "nl", _letter("Beste,", CARE_NL_EDIT1, "Groeten,\nLotte De Vos")),
        Variant(
            "edit", "nl", _letter("Geachte mevrouw,", CARE_NL_EDIT2, "Met vriendelijke groeten,\nRoger Peeters (opa)")
        ),
        Variant("paraphrase", "nl", _letter("Hallo,", CARE_NL_PARA, "Inge")),
        Variant("translation", "fr", _letter("Madame la Ministre,", CARE_FR, "Cordialement,\nCéline Dubois")),
        Variant("translation", "en", _letter("Dear Minister,", CARE_EN, "Best regards,\nSarah O'Neill, Ghent")),
        Variant("translation", "en", _letter("Hi,", CARE_EN, "Thanks,\nDaniel")),
        Variant(
            "translation",
            "de",
            _letter("Sehr geehrte Frau Ministerin,", CARE_DE, "Mit freundlichen Grüßen\nJulia Meyer"),
        ),
    ),
)

# --- Campaign 5: no more ticket offices closing in Walloon stations (template in French) ------

DESK_FR = (
    "La SNCB annonce la fermeture des guichets dans 44 gares, dont Ciney, Marche-en-Famenne et Libramont. "
    "Les automates et l'application ne remplacent pas un agent : beaucoup de personnes âgées, de "
    "personnes handicapées et de voyageurs sans smartphone ou sans carte bancaire ont besoin d'un "
    "guichet pour acheter un billet adapté, obtenir une information ou demander de l'aide pour monter "
    "dans le train. Une gare sans personnel devient aussi moins sûre, surtout le soir. Je vous demande "
    "d'intervenir auprès de la ministre de la Mobilité pour suspendre ces fermetures et pour garantir un "
    "guichet ouvert au moins six jours sur sept dans chaque gare importante."
)
DESK_FR_EDIT = DESK_FR.replace(
    "Une gare sans personnel",
    (
        "Ma voisine de 84 ans ne sait pas utiliser l'automate et n'ose plus prendre le train "
        "seule. Une gare sans personnel"
    ),
)
DESK_NL = (
    "De NMBS kondigt aan dat de loketten in 44 stations sluiten, waaronder Ciney, Marche-en-Famenne en "
    "Libramont. Automaten en de app vervangen geen medewerker: veel ouderen, mensen met een handicap en "
    "reizigers zonder smartphone of bankkaart hebben een loket nodig om het juiste ticket te kopen, "
    "informatie te krijgen of hulp te vragen om op de trein te stappen. Een station zonder personeel wordt "
    "ook minder veilig, zeker 's avonds. Ik vraag u om bij de minister van Mobiliteit tussen te komen om "
    "deze sluitingen op te schorten en om in elk belangrijk station een loket te garanderen dat minstens "
    "zes dagen op zeven open is."
)
DESK_EN = (
    "SNCB has announced that ticket offices will close in 44 stations, including Ciney, Marche-en-Famenne "
    "and Libramont. Machines and the app do not replace a member of staff: many older people, disabled "
    "people and travellers without a smartphone or bank card need a ticket office to buy the right ticket, "
    "get information or ask for help boarding the train. A station without staff also becomes less safe, "
    "especially in the evening. I ask you to intervene with the Minister of Mobility to suspend these "
    "closures and to guarantee a ticket office open at least six days a week in every major station."
)

DESK = Campaign(
    key="ticket-offices",
    topic="trains",
    variants=(
        Variant("copy", "fr", _letter("Madame, Monsieur,", DESK_FR, "Cordialement,\nMarie-Claire Thiry\nCiney")),
        Variant("copy", "fr", _letter("Monsieur le Député,", DESK_FR, "Salutations distinguées,\nRobert Collard")),
        Variant("copy", "fr", _letter("Bonjour,", DESK_FR, "Merci,\nAurélie")),
        Variant(
            "copy",
            "fr",
            _letter(
                "",
                DESK_FR,
                "Message envoyé via la pétition « Gardons nos guichets » – https://gardonsnosguichets.be/agir",
            ),
        ),
        Variant("copy", "fr", _letter("Chère Madame Schyns,", DESK_FR, "Bien cordialement,\nFrançois Noël, Libramont")),
        Variant("edit", "fr", _letter("Madame la Députée,", DESK_FR_EDIT, "Cordialement,\nChristine Piron")),
        Variant("translation", "nl", _letter("Geachte heer,", DESK_NL, "Met vriendelijke groeten,\nPatrick Smets")),
        Variant("translation", "nl", _letter("Beste,", DESK_NL, "Groeten\nLinda")),
        Variant("translation", "en", _letter("Dear MP,", DESK_EN, "Regards,\nJames Walker")),
    ),
)

# --- Campaign 6: a fireworks ban on New Year's Eve (short, social media, template in Dutch) ---

FIRE_NL = (
    "Elk jaar rond oudjaar leven onze honden, katten, paarden en wilde dieren dagenlang in paniek door het "
    "vuurwerk. Ook mensen met PTSS en jonge kinderen lijden eronder. Voer een algemeen vuurwerkverbod in "
    "voor particulieren en kies voor een lichtshow of drones. #vuurwerkvrij"
)
FIRE_FR = (
    "Chaque année autour du Nouvel An, nos chiens, chats, chevaux et animaux sauvages vivent des jours de "
    "panique à cause des feux d'artifice. Les personnes souffrant de stress post-traumatique et les jeunes "
    "enfants en souffrent aussi. Instaurez une interdiction générale des feux d'artifice pour les "
    "particuliers et choisissez un spectacle de lumière ou de drones. #sansfeuxdartifice"
)
FIRE_EN = (
    "Every year around New Year's Eve our dogs, cats, horses and wildlife spend days in panic because of "
    "fireworks. People with PTSD and young children suffer too. Introduce a general ban on fireworks for "
    "private individuals and choose a light show or drones instead. #fireworkfree"
)

FIRE = Campaign(
    key="fireworks-ban",
    topic="fireworks",
    variants=(
        Variant("copy", "nl", "@burgemeesterGent " + FIRE_NL + " https://t.co/Vw8kQ2xZ"),
        Variant("copy", "nl", "Beste burgemeester, " + FIRE_NL + " Groeten, Ellen"),
        Variant("copy", "nl", FIRE_NL + " 🐶🐱🐴"),
        Variant("copy", "nl", "@burgemeesterGent @stadgent " + FIRE_NL),
        Variant(
            "edit",
            "nl",
            FIRE_NL.replace("honden, katten, paarden", "honden en katten").replace(
                " #vuurwerkvrij", " Onze Max verstopt zich elk jaar drie dagen onder het bed! #vuurwerkvrij"
            ),
        ),
        Variant("translation", "fr", "@bourgmestre " + FIRE_FR),
        Variant("translation", "fr", "Bonjour Monsieur le Bourgmestre, " + FIRE_FR + " Merci ! Julie"),
        Variant("translation", "en", FIRE_EN + " https://fireworkfree.be"),
    ),
)

CAMPAIGNS: tuple[Campaign, ...] = (RAIL, LEZ, WIND, CARE, DESK, FIRE)

# --- Hard negatives: individual messages, many on the campaigns' own topics ----------------

NEGATIVES: tuple[Negative, ...] = (
    # trains and stations
    Negative(
        "trains",
        "nl",
        (
            "Geachte mevrouw, de trein van 7.12 uur in Wichelen had deze week drie keer meer dan "
            "twintig minuten vertraging. Ik kwam telkens te laat op mijn werk in Aalst. Kan u bij de "
            "NMBS navragen wat er aan de hand is op lijn 57? Met vriendelijke groeten, Hanne"
        ),
    ),
    Negative(
        "trains",
        "nl",
        (
            "Beste, waarom is er op zondag geen enkele trein meer tussen Lokeren en Dendermonde na "
            "21 uur? Mijn dochter studeert in Gent en moet nu altijd opgehaald worden. Groeten, Marc"
        ),
    ),
    Negative(
        "trains",
        "nl",
        (
            "Het perron in Schellebelle is nog altijd niet toegankelijk voor rolstoelgebruikers. Ik "
            "zit zelf in een rolstoel en moet daardoor naar Wetteren rijden om de trein te nemen. "
            "Wanneer komt er een lift of een helling?"
        ),
    ),
    Negative(
        "trains",
        "nl",
        (
            "Ik wil de NMBS bedanken: sinds de nieuwe dienstregeling is mijn trein naar Brussel "
            "eindelijk stipt. Misschien kunt u dat eens doorgeven, er komen vast alleen klachten "
            "binnen."
        ),
    ),
    Negative(
        "trains",
        "nl",
        (
            "Dag meneer, de parking aan het station van Lede staat elke ochtend om 7 uur al vol. "
            "Pendelaars parkeren nu in de woonstraten. Kan de gemeente samen met de NMBS een extra "
            "parking voorzien? Jan"
        ),
    ),
    Negative(
        "trains",
        "fr",
        (
            "Bonjour, je voudrais savoir pourquoi le prix de l'abonnement SNCB pour étudiants a "
            "augmenté de 12 % cette année. Pour ma famille, c'est une dépense importante. Merci pour "
            "votre réponse, Chloé"
        ),
    ),
    Negative(
        "trains",
        "fr",
        (
            "Madame la Ministre, hier soir le dernier train de Namur vers Ciney a été supprimé sans "
            "annonce. Nous étions une trentaine sur le quai, sans information ni bus de "
            "remplacement. C'est inadmissible. Paul Renard"
        ),
    ),
    Negative(
        "trains",
        "fr",
        (
            "Je prends le train tous les jours à Libramont. Le guichet était fermé ce matin et "
            "l'automate ne fonctionnait pas ; j'ai dû payer un supplément à bord. Est-ce normal ?"
        ),
    ),
    Negative(
        "trains",
        "fr",
        (
            "Monsieur le Député, merci pour votre question parlementaire sur la ligne 162 "
            "Namur–Luxembourg. Les travaux durent depuis des années et les retards sont quotidiens. "
            "Continuez à insister !"
        ),
    ),
    Negative(
        "trains",
        "en",
        (
            "Hello, I moved to Belgium last year and I am confused by the train ticket system. Is "
            "there a discount for people over 65 who live in Flanders but travel to Brussels? "
            "Thanks, Margaret"
        ),
    ),
    Negative(
        "trains",
        "en",
        (
            "Dear MP, the night train from Brussels to Vienna was cancelled again this month. "
            "Belgium should support international night trains much more strongly. Best, Oliver"
        ),
    ),
    Negative(
        "trains",
        "de",
        (
            "Sehr geehrte Damen und Herren, der Zug von Eupen nach Welkenraedt hatte heute wieder "
            "eine Stunde Verspätung, und niemand hat uns informiert. Wann wird die Strecke endlich "
            "modernisiert? Mit freundlichen Grüßen, Herbert Cremer"
        ),
    ),
    Negative(
        "trains",
        "de",
        (
            "Warum gibt es keine direkte Zugverbindung mehr von Eupen nach Brüssel am Wochenende? "
            "Ich muss jedes Mal zweimal umsteigen."
        ),
    ),
    Negative(
        "trains",
        "nl",
        (
            "Ik ben voor het sluiten van kleine stations als er in de plaats snelle busverbindingen "
            "komen. Een trein die halfleeg rijdt, kost de belastingbetaler veel geld. Dat mag ook "
            "eens gezegd worden."
        ),
    ),
    # low-emission zones and cars
    Negative(
        "low-emission zone",
        "fr",
        (
            "Bonjour, j'ai reçu une amende LEZ de 350 euros alors que ma voiture est une essence "
            "Euro 6 de 2018. Je pense qu'il y a une erreur de lecture de plaque. À qui dois-je "
            "m'adresser ? Merci, Karim"
        ),
    ),
    Negative(
        "low-emission zone",
        "fr",
        (
            "Madame la Députée, je soutiens totalement la zone de basses émissions à Bruxelles. Mon "
            "fils est asthmatique et la qualité de l'air dans notre rue à Saint-Gilles est "
            "catastrophique. Ne reculez pas ! Anne"
        ),
    ),
    Negative(
        "low-emission zone",
        "fr",
        (
            "Je suis infirmière à domicile et j'utilise ma voiture diesel de 2011 pour visiter mes "
            "patients à Bruxelles. Existe-t-il une dérogation pour les soignants ? Je n'ai pas les "
            "moyens d'acheter une autre voiture."
        ),
    ),
    Negative(
        "low-emission zone",
        "nl",
        (
            "Geachte heer, ik woon in Antwerpen en heb een oldtimer uit 1978. Mag ik daarmee nog in "
            "de lage-emissiezone rijden als ik een dagpas koop? Hoeveel kost die? Mvg, Dirk"
        ),
    ),
    Negative(
        "low-emission zone",
        "nl",
        (
            "De LEZ in Gent werkt: de lucht in onze straat is merkbaar beter en er rijden minder "
            "vrachtwagens. Ik hoop dat andere steden volgen. Proficiat met dit beleid!"
        ),
    ),
    Negative(
        "low-emission zone",
        "nl",
        (
            "Waarom moet ik als gepensioneerde met een klein pensioen mijn dieselwagen van 2012 "
            "wegdoen terwijl vliegtuigen en cruiseschepen gewoon blijven vervuilen? Dit is "
            "klassejustitie. Willy, Jette"
        ),
    ),
    Negative(
        "low-emission zone",
        "en",
        (
            "Hi, I'm visiting Brussels next month with my camper van from the UK. Do I need to "
            "register it for the low emission zone, and where can I do that online? Thanks, Steve"
        ),
    ),
    Negative(
        "low-emission zone",
        "de",
        (
            "Guten Tag, ich wohne in Eupen und fahre einmal pro Woche mit meinem Diesel nach "
            "Brüssel. Gilt die Umweltzone auch für ausländische Kennzeichen, und wie melde ich mein "
            "Auto an? Danke, Petra"
        ),
    ),
    Negative(
        "low-emission zone",
        "de",
        (
            "Ich finde, die Umweltzone in Brüssel sollte sofort abgeschafft werden. Sie trifft nur "
            "die kleinen Leute und bringt für das Klima fast nichts."
        ),
    ),
    Negative(
        "low-emission zone",
        "en",
        (
            "Dear Minister, the conversion bonus for scrapping an old diesel car is far too low to "
            "buy an electric car. Could the region consider a social leasing scheme like in France? "
            "Regards, Priya"
        ),
    ),
    # wind energy
    Negative(
        "wind farm",
        "de",
        (
            "Sehr geehrter Herr Paasch, ich wohne in Heppenbach und freue mich über den geplanten "
            "Windpark. Endlich wird bei uns saubere Energie erzeugt. Bitte lassen Sie sich nicht von "
            "einer lauten Minderheit beirren. Gruß, Thomas Hilger"
        ),
    ),
    Negative(
        "wind farm",
        "de",
        (
            "Die Windräder bei Amel drehen sich nachts so laut, dass mein Mann nicht mehr schlafen "
            "kann. Wer misst eigentlich den Lärm, und an wen kann ich mich wenden?"
        ),
    ),
    Negative(
        "wind farm",
        "de",
        (
            "Wann wird die Gemeinde Büllingen endlich eine Bürgergenossenschaft für Windenergie "
            "gründen? Ich möchte gerne Anteile kaufen."
        ),
    ),
    Negative(
        "wind farm",
        "fr",
        (
            "Bonjour, le parc éolien près de chez moi à Gembloux provoque un effet stroboscopique "
            "dans mon salon en fin d'après-midi. Le promoteur ne répond pas à mes courriers. "
            "Pouvez-vous m'aider ? Véronique"
        ),
    ),
    Negative(
        "wind farm",
        "fr",
        (
            "Je suis favorable à l'éolien, mais pourquoi la Wallonie accorde-t-elle des permis dans "
            "des zones Natura 2000 ? Les milans royaux de notre vallée sont protégés, il me semble."
        ),
    ),
    Negative(
        "wind farm",
        "fr",
        (
            "Monsieur le Ministre, quand la Belgique va-t-elle enfin lancer l'appel d'offres pour "
            "l'île énergétique Princesse Elisabeth ? Le retard est inquiétant pour notre "
            "approvisionnement. Cordialement, Luc Mertens"
        ),
    ),
    Negative(
        "wind farm",
        "nl",
        (
            "Beste, wij zijn landbouwers in Zwalm en een ontwikkelaar wil een windturbine op ons "
            "veld zetten. Welke vergoeding is redelijk en moeten wij zelf een vergunning aanvragen? "
            "Groeten, familie Van den Bossche"
        ),
    ),
    Negative(
        "wind farm",
        "nl",
        (
            "Ik vind windmolens op zee prima, maar op het land horen ze niet thuis. Ze vernielen het "
            "landschap in de Vlaamse Ardennen. Stem alstublieft tegen nieuwe vergunningen."
        ),
    ),
    Negative(
        "wind farm",
        "en",
        (
            "Dear Sir, I work for an offshore wind company in Ostend. We are struggling to hire "
            "technicians; could the government fund more training places in wind energy? Best "
            "regards, Kevin"
        ),
    ),
    Negative(
        "wind farm",
        "en",
        (
            "Are there any plans to put small wind turbines on public buildings in Eupen? I'd like "
            "my kids' school to produce its own electricity."
        ),
    ),
    # childcare
    Negative(
        "childcare",
        "nl",
        (
            "Beste mevrouw, ik werk al twaalf jaar als kinderbegeleidster in een crèche in Mechelen. "
            "Wij hebben negen baby's per begeleider en ik kan mijn werk niet meer goed doen. Ik denk "
            "erover om te stoppen. Groeten, Nathalie"
        ),
    ),
    Negative(
        "childcare",
        "nl",
        (
            "Geachte, onze kinderopvang in Deinze heeft ons gisteren laten weten dat ze over een "
            "maand sluit. Waar moeten wij met onze tweeling naartoe? Ik moet dan ontslag nemen. Help "
            "ons alstublieft. Eva"
        ),
    ),
    Negative(
        "childcare",
        "nl",
        (
            "Ik vind het onterecht dat de kinderbijslag voor mijn derde kind lager is dan voor mijn "
            "eerste. Grote gezinnen worden zo gestraft. Wat doet uw partij daaraan?"
        ),
    ),
    Negative(
        "childcare",
        "nl",
        (
            "Dag Hilde, bedankt voor je bezoek aan ons kinderdagverblijf vorige week. De kinderen "
            "praten er nog altijd over! Tot de volgende keer, het team van 't Kapoentje"
        ),
    ),
    Negative(
        "childcare",
        "nl",
        (
            "Waarom moeten ouders zich voor kinderopvang registreren op een website die om "
            "middernacht opengaat? Ik zat tot 2 uur achter mijn computer en alle plaatsen in Leuven "
            "waren weg."
        ),
    ),
    Negative(
        "childcare",
        "fr",
        (
            "Bonjour, ma fille de trois ans n'a pas de place en école maternelle à Ixelles à la "
            "rentrée. Nous sommes sur liste d'attente dans cinq écoles. Que puis-je faire ? Merci, "
            "Sarah"
        ),
    ),
    Negative(
        "childcare",
        "fr",
        (
            "Je suis accueillante à domicile en Wallonie et le nouveau statut salarié est une bonne "
            "chose, mais les démarches administratives sont interminables. Pourriez-vous simplifier "
            "le formulaire de l'ONE ?"
        ),
    ),
    Negative(
        "childcare",
        "en",
        (
            "Hi, we are expats in Leuven and our baby is due in May. How early should we register "
            "for daycare, and is there any English-speaking childcare in the area? Thanks a lot, "
            "Anna and Mike"
        ),
    ),
    Negative(
        "childcare",
        "en",
        (
            "As a single dad working night shifts at the port, I cannot find any childcare open "
            "before 6 am. Could there be a pilot with flexible opening hours in Antwerp? Regards, "
            "Youssef"
        ),
    ),
    Negative(
        "childcare",
        "de",
        (
            "Sehr geehrte Frau Ministerin, in St. Vith gibt es für Kleinkinder unter einem Jahr fast "
            "keine Betreuungsplätze. Ich habe nach dem Mutterschaftsurlaub meine Arbeit verloren. "
            "Was tun Sie dagegen? Mit freundlichen Grüßen, Laura Schröder"
        ),
    ),
    Negative(
        "childcare",
        "de",
        (
            "Danke für die neue Kinderkrippe in Kelmis! Unsere Tochter geht seit September hin und "
            "ist dort sehr glücklich."
        ),
    ),
    # fireworks
    Negative(
        "fireworks",
        "nl",
        (
            "Dankzij het vuurwerkverbod was het dit jaar eindelijk rustig in onze straat. Onze hond "
            "heeft voor het eerst de nacht doorgeslapen. Bedankt, stadsbestuur!"
        ),
    ),
    Negative(
        "fireworks",
        "nl",
        (
            "Waarom mag er op 21 juli in Brussel wel vuurwerk afgestoken worden maar wij mogen in "
            "onze tuin niets doen op oudjaar? Dat is met twee maten meten."
        ),
    ),
    Negative(
        "fireworks",
        "fr",
        (
            "Bonjour, des jeunes lancent des pétards tous les soirs dans notre quartier à Molenbeek "
            "depuis deux semaines. La police ne vient pas. Que peut faire la commune ?"
        ),
    ),
    Negative(
        "fireworks",
        "en",
        (
            "The drone show on New Year's Eve in Antwerp was beautiful. Please do it again next year "
            "instead of the fireworks, my cat would thank you."
        ),
    ),
    Negative(
        "fireworks",
        "de",
        (
            "In Eupen wurde an Silvester wieder bis drei Uhr morgens geknallt, obwohl es verboten "
            "ist. Warum wird das Verbot nicht kontrolliert?"
        ),
    ),
    # long individual letters on a campaign's own topic, in the campaign's own language
    Negative(
        "trains",
        "nl",
        (
            "Geachte mevrouw de minister,\n\nIk neem al vijftien jaar de trein op lijn 57 van Lede "
            "naar Aalst en ik wil u vragen om iets te doen aan de stiptheid. Deze winter was mijn "
            "trein bijna elke week te laat, vaak door een defecte overweg in Wichelen of door een "
            "tekort aan treinbegeleiders. Ik ben niet tegen de NMBS, integendeel, maar ik merk dat "
            "collega's een voor een terug met de auto gaan rijden. Zou u in het parlement kunnen "
            "vragen hoeveel treinen op deze lijn vorig jaar geschrapt werden, en wat de NMBS plant "
            "om het materieel te vernieuwen? Een goede trein is voor mij de enige manier om mijn "
            "werk en mijn gezin te combineren.\n\nMet vriendelijke groeten,\nGreet Van Damme"
        ),
    ),
    Negative(
        "low-emission zone",
        "fr",
        (
            "Madame la Ministre,\n\nJe suis infirmière à domicile à Forest et je visite chaque jour "
            "une douzaine de patients âgés dans le sud de Bruxelles. Ma voiture diesel de 2013 sera "
            "interdite dans la zone de basses émissions l'année prochaine et mon employeur ne "
            "rembourse qu'une partie de mes frais. Je comprends très bien la nécessité de réduire la "
            "pollution, car beaucoup de mes patients ont des problèmes respiratoires. Mais sans "
            "voiture, je ne pourrai plus faire ma tournée : les transports publics ne passent pas "
            "assez souvent dans les quartiers où j'interviens. Existe-t-il une aide spécifique pour "
            "les soignants à domicile, par exemple un leasing social ou une carte de stationnement "
            "pour une voiture électrique partagée ?\n\nCordialement,\nMireille Claessens"
        ),
    ),
    Negative(
        "wind farm",
        "de",
        (
            "Sehr geehrte Damen und Herren,\n\nich wohne seit dreißig Jahren in Amel und habe die "
            "Informationsversammlung zum geplanten Windpark besucht. Anders als manche Nachbarn "
            "unterstütze ich das Projekt ausdrücklich. Unsere Region lebt vom Wald und von der "
            "Landwirtschaft, und beides leidet schon heute unter trockenen Sommern. Wenn wir die "
            "Energiewende ernst nehmen, müssen die Windräder irgendwo stehen, und bei uns weht nun "
            "einmal viel Wind. Ich wünsche mir allerdings, dass die Gemeinde eine "
            "Bürgergenossenschaft gründet, damit die Einnahmen im Dorf bleiben, und dass die "
            "Bauarbeiten die Waldwege nicht dauerhaft beschädigen. Bitte lassen Sie sich nicht von "
            "einer lauten Minderheit beirren.\n\nMit freundlichen Grüßen\nWerner Schommers"
        ),
    ),
    Negative(
        "childcare",
        "nl",
        (
            "Beste mevrouw de minister,\n\nIk ben al twintig jaar kinderbegeleidster in een "
            "kinderdagverblijf in Gentbrugge en ik schrijf u omdat ik het niet meer volhoud. Elke "
            "dag sta ik met negen baby's alleen, terwijl ik ook nog moet poetsen, flessen maken en "
            "de administratie bijhouden. Twee collega's zijn dit jaar uitgevallen met een burn-out "
            "en er komen geen nieuwe mensen bij, omdat het loon te laag is voor zo'n "
            "verantwoordelijke job. Ouders zijn boos omdat we plaatsen moeten sluiten, maar we "
            "kunnen echt niet anders. Ik vraag u om eens een dag mee te draaien in onze leefgroep, "
            "dan ziet u zelf wat er nodig is.\n\nMet vriendelijke groeten,\nRita Van Hove"
        ),
    ),
    Negative(
        "trains",
        "fr",
        (
            "Monsieur le Député,\n\nJe prends le train chaque matin à la gare de Ciney pour aller "
            "travailler à Namur. Depuis le changement d'horaire, le train de 6 h 52 a été supprimé "
            "et le suivant est toujours bondé, au point que des voyageurs restent sur le quai. J'ai "
            "écrit trois fois au service clientèle de la SNCB sans recevoir de réponse utile. Je "
            "voudrais savoir si vous pouvez poser une question au parlement sur le nombre de "
            "voitures mises en service sur la ligne 162, et sur les raisons de cette suppression. "
            "Beaucoup de navetteurs de la région se sentent oubliés.\n\nBien à vous,\nGeoffrey "
            "Lemaire"
        ),
    ),
    Negative(
        "childcare",
        "en",
        (
            "Dear Minister,\n\nMy wife and I both work full time in Ghent and our son was born in "
            "March. We registered with six day-care centres as soon as we knew she was pregnant, and "
            "in the end we found a place only because a friend's baby moved to another city. I know "
            "how lucky we are. What worries me is the registration website: it opens at midnight, it "
            "crashes, and parents who do not speak Dutch well or who work nights simply lose out. "
            "Could the government make the system fairer, for example with a central waiting list "
            "that gives priority by date of registration and by need?\n\nKind regards,\nRobert Hughes"
        ),
    ),
    # other topics
    Negative(
        "pensions",
        "nl",
        (
            "Geachte heer, ik ben 63 en heb 44 jaar gewerkt in de bouw. Mijn rug is versleten. "
            "Waarom moet ik nog tot 67 jaar werken om een volledig pensioen te krijgen? Met "
            "vriendelijke groeten, Eddy"
        ),
    ),
    Negative(
        "pensions",
        "fr",
        (
            "Madame, je suis pensionnée et je touche 1.450 euros par mois. Avec le prix de "
            "l'énergie, je n'arrive plus à chauffer mon appartement. Quelle aide existe-t-il ? "
            "Cordialement, Jacqueline"
        ),
    ),
    Negative(
        "taxes",
        "nl",
        (
            "Mijn aanslagbiljet personenbelasting bevat een fout in de beroepskosten. Ik heb al twee "
            "keer gebeld naar de FOD Financiën maar niemand antwoordt. Kunt u helpen?"
        ),
    ),
    Negative(
        "taxes",
        "de",
        (
            "Sehr geehrter Herr Abgeordneter, warum zahlen Grenzgänger aus Ostbelgien, die in "
            "Luxemburg arbeiten, so hohe Gemeindesteuern? Können Sie das erklären? Freundliche "
            "Grüße, Martin Heinen"
        ),
    ),
    Negative(
        "roads",
        "nl",
        (
            "In de Kerkstraat in Zele zit al drie maanden een gat in de weg van een halve meter "
            "breed. Gisteren is er een fietser gevallen. Wanneer wordt dat hersteld?"
        ),
    ),
    Negative(
        "roads",
        "fr",
        (
            "La N4 entre Marche et Bastogne est dans un état lamentable. Les nids-de-poule abîment "
            "les voitures et mettent les motards en danger. Quand les travaux sont-ils prévus ?"
        ),
    ),
    Negative(
        "housing",
        "fr",
        (
            "Bonjour, je cherche un logement social à Liège depuis quatre ans avec mes trois "
            "enfants. On me dit qu'il faut encore attendre. Est-ce que vous pouvez intervenir ? "
            "Merci, Aïcha"
        ),
    ),
    Negative(
        "housing",
        "nl",
        (
            "De huurprijzen in Leuven zijn absurd: 750 euro voor een studio van 25 vierkante meter. "
            "Studenten en jonge werkende mensen vinden niets meer. Komt er een huurwaarborgfonds?"
        ),
    ),
    Negative(
        "housing",
        "en",
        (
            "Dear councillor, our landlord refuses to repair the mould in our flat in Schaerbeek and "
            "threatens to raise the rent if we complain. What are our rights? Kind regards, Maria"
        ),
    ),
    Negative(
        "asylum",
        "nl",
        (
            "Ik heb veel respect voor uw standpunt over het migratiebeleid. Toch vraag ik u om "
            "aandacht voor de asielzoekers die in de winter op straat slapen in Brussel."
        ),
    ),
    Negative(
        "health",
        "fr",
        (
            "Mon médecin généraliste part à la retraite et aucun autre médecin n'accepte de nouveaux "
            "patients à Arlon. Comment est-ce possible en 2025 ?"
        ),
    ),
    Negative(
        "health",
        "de",
        (
            "Das Krankenhaus in St. Vith braucht dringend mehr Pflegepersonal. Meine Mutter lag "
            "sechs Stunden in der Notaufnahme, bevor sich jemand um sie gekümmert hat."
        ),
    ),
    Negative(
        "education",
        "en",
        (
            "Hello, I am a teacher in Brussels and I would like to invite you to speak to my "
            "final-year students about European politics. Would you be available in March? Best, "
            "Claire"
        ),
    ),
    Negative(
        "education",
        "nl",
        (
            "Als leerkracht in het secundair onderwijs vraag ik u om de planlast te verminderen. Ik "
            "besteed meer tijd aan verslagen dan aan het voorbereiden van mijn lessen."
        ),
    ),
    Negative(
        "thanks",
        "nl",
        "Bedankt voor uw snelle antwoord op mijn vraag over de premie voor dakisolatie. Alles is in orde gekomen!",
    ),
    Negative(
        "thanks",
        "fr",
        (
            "Merci pour votre discours d'hier au parlement sur la pauvreté infantile. Enfin "
            "quelqu'un qui dit les choses clairement."
        ),
    ),
    Negative(
        "thanks",
        "en",
        (
            "Thank you for meeting our neighbourhood committee last Tuesday. We appreciated your "
            "time and will send you the minutes."
        ),
    ),
    Negative(
        "complaint",
        "de",
        (
            "Ihre Partei hat im Wahlkampf versprochen, die Pendlerpauschale zu erhöhen. Davon ist "
            "nichts übrig geblieben. Ich bin sehr enttäuscht."
        ),
    ),
    Negative(
        "complaint",
        "en",
        (
            "You never answer your emails. I've written three times about the noise from the "
            "Zaventem flights over my house and got nothing back."
        ),
    ),
    Negative(
        "animals",
        "fr",
        (
            "Il faudrait interdire la vente de chiots dans les animaleries en Wallonie, comme c'est "
            "déjà le cas ailleurs. Les conditions d'élevage sont terribles."
        ),
    ),
    Negative(
        "climate",
        "nl",
        (
            "Wij zijn een groep scholieren uit Mechelen en willen u interviewen over het "
            "klimaatbeleid voor ons eindwerk. Mogen we u enkele vragen per mail sturen?"
        ),
    ),
    Negative(
        "climate",
        "de",
        (
            "Sehr geehrte Damen und Herren, ich möchte mein Haus mit einer Wärmepumpe ausstatten. "
            "Welche Prämien gibt es dafür in der Deutschsprachigen Gemeinschaft? Mit freundlichen "
            "Grüßen, Ralf Kessler"
        ),
    ),
)

# Texts that must never form a campaign, even when many people send them.
DEGENERATE: tuple[str, ...] = (
    "",
    "   ",
    "👍",
    "👍👍",
    "🙏🙏🙏",
    "😡😡",
    "❤️",
    "https://t.co/abc123",
    "https://www.example.be/petitie",
    "http://bit.ly/3xYz",
    "@SarahDeBlock",
    "@SarahDeBlock @stadgent",
    "ok",
    "Bedankt!",
    "Merci !",
    "?",
    "...",
    "#vuurwerkvrij",
)
