"""The default topic taxonomy, as data: codes, names and descriptions in nl/fr/en/de, examples.

An office may add, rename or drop topics; :func:`inbox.triage.topics.train_topic_head`
turns any list of :class:`TopicSpec` into a head. ``CHAMBER_THEME_TO_TOPIC`` maps the
Belgian Chamber's main themes (``theme_main`` in ``dekamer_nl.csv``) onto the codes, so the
parliamentary questions can serve as background training data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("nl", "fr", "en", "de")


@dataclass(frozen=True)
class TopicSpec:
    """A topic: a stable ``code``, names and descriptions per language, example messages."""

    code: str
    names: dict[str, str]
    descriptions: dict[str, str] = field(default_factory=dict)
    examples: tuple[str, ...] = ()

    def training_texts(self) -> list[str]:
        """Names, "name: description" lines and examples: what a head learns the topic from."""
        texts = [name for name in self.names.values() if name]
        for language, description in self.descriptions.items():
            name = self.names.get(language, "")
            texts.append(f"{name}: {description}" if name else description)
        texts.extend(self.examples)
        return texts


Quad = tuple[str, str, str, str]


def _t(code: str, names: Quad, descriptions: Quad, *examples: str) -> TopicSpec:
    """Build a spec from (nl, fr, en, de) names and descriptions."""
    return TopicSpec(
        code, dict(zip(LANGUAGES, names, strict=True)), dict(zip(LANGUAGES, descriptions, strict=True)), examples
    )


DEFAULT_TOPICS: list[TopicSpec] = [
    _t(
        "mobility",
        ("Mobiliteit", "Mobilité", "Mobility", "Mobilität"),
        (
            "Openbaar vervoer, trein, bus en tram, wegen, files, fietspaden, verkeersveiligheid en parkeren.",
            "Transports en commun, train, bus et tram, routes, embouteillages, pistes cyclables, sécurité routière.",
            "Public transport, trains, buses and trams, roads, traffic jams, cycle lanes, road safety and parking.",
            "Öffentlicher Verkehr, Bahn, Bus, Straßen, Staus, Radwege, Verkehrssicherheit und Parken.",
        ),
        "De trein naar Brussel heeft elke dag vertraging.",
        "Quand la ligne de bus sera-t-elle rétablie ?",
        "The cycle lane on our street is dangerous.",
        "Wann wird die Straße nach Eupen saniert?",
        "Te veel sluipverkeer en te snel rijden in onze wijk.",
    ),
    _t(
        "housing",
        ("Wonen", "Logement", "Housing", "Wohnen"),
        (
            "Huurprijzen, sociale woningen, een huis kopen, renovatie en renovatiepremies, huurders en verhuurders.",
            "Loyers, logements sociaux, achat d'une maison, rénovation et primes, locataires et propriétaires.",
            "Rents, social housing, buying a home, renovation and renovation grants, tenants and landlords.",
            "Mieten, Sozialwohnungen, Hauskauf, Renovierung und Prämien, Mieter und Vermieter.",
        ),
        "De wachtlijst voor een sociale woning is veel te lang.",
        "Mon propriétaire refuse de rendre ma garantie.",
        "Rents in Brussels are out of control.",
        "Gilt die Renovierungsprämie auch für Wohnungen?",
    ),
    _t(
        "climate_environment",
        ("Klimaat en milieu", "Climat et environnement", "Climate and environment", "Klima und Umwelt"),
        (
            "Klimaatverandering, uitstoot, luchtkwaliteit, natuur, bossen, afval, vervuiling en overstromingen.",
            "Changement climatique, émissions, qualité de l'air, nature, forêts, déchets, pollution et inondations.",
            "Climate change, emissions, air quality, nature, forests, waste, pollution and flooding.",
            "Klimawandel, Emissionen, Luftqualität, Natur, Wälder, Abfall, Verschmutzung und Hochwasser.",
        ),
        "Wat doet u tegen de PFAS-vervuiling?",
        "La qualité de l'air près de l'école est alarmante.",
        "We need more trees and less concrete.",
        "Der Wald wird für einen Parkplatz abgeholzt.",
    ),
    _t(
        "energy",
        ("Energie", "Énergie", "Energy", "Energie"),
        (
            "Energieprijzen, elektriciteit en gas, kerncentrales, windmolens, zonnepanelen, warmtepompen.",
            "Prix de l'énergie, électricité et gaz, centrales nucléaires, éoliennes, panneaux solaires.",
            "Energy prices, electricity and gas bills, nuclear plants, wind turbines, solar panels, heat pumps.",
            "Energiepreise, Strom und Gas, Atomkraftwerke, Windräder, Solaranlagen, Wärmepumpen.",
        ),
        "Mijn energiefactuur is verdubbeld.",
        "Pourquoi fermer les centrales nucléaires ?",
        "Is there still a grant for solar panels?",
        "Der Windpark ist viel zu nah an den Häusern.",
    ),
    _t(
        "taxes_budget",
        ("Belastingen en begroting", "Impôts et budget", "Taxes and budget", "Steuern und Haushalt"),
        (
            "Belastingen, btw, fiscale aangifte, overheidsbegroting, schuld en besparingen.",
            "Impôts, TVA, déclaration fiscale, budget de l'État, dette et économies.",
            "Taxes, VAT, tax returns, the government budget, public debt and spending cuts.",
            "Steuern, Mehrwertsteuer, Steuererklärung, Staatshaushalt, Schulden und Kürzungen.",
        ),
        "Mijn belastingteruggave is nog niet betaald.",
        "Encore une hausse de la TVA ?",
        "The budget deficit keeps growing.",
        "Die Steuern für Familien sind zu hoch.",
    ),
    _t(
        "economy_jobs",
        ("Economie en werk", "Économie et emploi", "Economy and jobs", "Wirtschaft und Arbeit"),
        (
            "Werkgelegenheid, lonen, werkloosheid, bedrijven, zelfstandigen, koopkracht en handel.",
            "Emploi, salaires, chômage, entreprises, indépendants, pouvoir d'achat et commerce.",
            "Employment, wages, unemployment, businesses, self-employed people, purchasing power and trade.",
            "Beschäftigung, Löhne, Arbeitslosigkeit, Unternehmen, Selbstständige, Kaufkraft und Handel.",
        ),
        "De fabriek sluit en 300 mensen verliezen hun job.",
        "Les indépendants sont oubliés.",
        "Wages are not keeping up with prices.",
        "Ich habe meine Arbeit verloren, was nun?",
    ),
    _t(
        "pensions_social",
        (
            "Pensioenen en sociale zekerheid",
            "Pensions et sécurité sociale",
            "Pensions and social security",
            "Renten und soziale Sicherheit",
        ),
        (
            "Pensioenen, uitkeringen, kinderbijslag, OCMW, armoede, handicap en sociale bescherming.",
            "Pensions, allocations, allocations familiales, CPAS, pauvreté, handicap et protection sociale.",
            "Pensions, benefits, child benefit, social welfare offices, poverty, disability and social protection.",
            "Renten, Sozialleistungen, Kindergeld, ÖSHZ, Armut, Behinderung und sozialer Schutz.",
        ),
        "Mijn pensioen is te laag om van te leven.",
        "Les allocations familiales n'ont pas été payées.",
        "My disability allowance was cut.",
        "Wann steigt die Mindestrente?",
    ),
    _t(
        "healthcare",
        ("Gezondheidszorg", "Soins de santé", "Healthcare", "Gesundheit"),
        (
            "Ziekenhuizen, huisartsen, wachtlijsten, ziekenfonds, geneesmiddelen, geestelijke gezondheid, ouderenzorg.",
            "Hôpitaux, médecins, listes d'attente, mutuelle, médicaments, santé mentale, maisons de repos.",
            "Hospitals, GPs, waiting lists, health insurance, medicines, mental health, elderly care.",
            "Krankenhäuser, Hausärzte, Wartelisten, Krankenkasse, Medikamente, psychische Gesundheit, Pflege.",
        ),
        "Ik wacht al maanden op een psycholoog.",
        "La maternité de l'hôpital va fermer.",
        "My medicine is no longer reimbursed.",
        "Es gibt keinen Hausarzt mehr in unserem Dorf.",
    ),
    _t(
        "education",
        ("Onderwijs", "Enseignement", "Education", "Bildung"),
        (
            "Scholen, leerkrachten, kinderopvang, hoger onderwijs, studiebeurzen, inschrijvingen en leerplicht.",
            "Écoles, enseignants, crèches, enseignement supérieur, bourses d'études, inscriptions.",
            "Schools, teachers, childcare, universities, student grants, school enrolment.",
            "Schulen, Lehrer, Kinderbetreuung, Hochschulen, Stipendien, Einschreibung und Schulpflicht.",
        ),
        "Er is een groot tekort aan leerkrachten.",
        "Mon fils n'a pas de place à l'école.",
        "University fees are too high.",
        "Die Schule braucht dringend eine Renovierung.",
    ),
    _t(
        "migration_integration",
        (
            "Migratie en integratie",
            "Migration et intégration",
            "Migration and integration",
            "Migration und Integration",
        ),
        (
            "Asiel, opvangcentra, verblijfsvergunningen, nationaliteit, inburgering en taalcursussen.",
            "Asile, centres d'accueil, titres de séjour, nationalité, intégration et cours de langue.",
            "Asylum, reception centres, residence permits, citizenship, integration and language courses.",
            "Asyl, Aufnahmezentren, Aufenthaltsgenehmigungen, Staatsbürgerschaft, Integration.",
        ),
        "Hoeveel asielzoekers komen er naar ons dorp?",
        "Mon titre de séjour n'est toujours pas renouvelé.",
        "Migrants sleep on the street near the station.",
        "Wie lange dauert die Einbürgerung?",
    ),
    _t(
        "security_justice",
        ("Veiligheid en justitie", "Sécurité et justice", "Security and justice", "Sicherheit und Justiz"),
        (
            "Politie, criminaliteit, drugs, terrorisme, rechtbanken, gevangenissen, brandweer en noodhulp.",
            "Police, criminalité, drogue, terrorisme, tribunaux, prisons, pompiers et secours.",
            "Police, crime, drugs, terrorism, courts, prisons, fire brigade and emergency services.",
            "Polizei, Kriminalität, Drogen, Terrorismus, Gerichte, Gefängnisse, Feuerwehr und Notdienste.",
        ),
        "Er wordt openlijk gedeald aan het station.",
        "Les cambriolages se multiplient dans notre quartier.",
        "The courts are years behind.",
        "Wir brauchen mehr Polizei in der Innenstadt.",
    ),
    _t(
        "governance_democracy",
        ("Bestuur en democratie", "Gouvernance et démocratie", "Governance and democracy", "Verwaltung und Demokratie"),
        (
            "Overheidsdiensten, administratie, verkiezingen, staatshervorming, ambtenaren, transparantie en integriteit.",  # noqa: E501
            "Services publics, administration, élections, réforme de l'État, fonctionnaires, transparence.",
            "Public administration, civil servants, elections, state reform, transparency and integrity of politicians.",  # noqa: E501
            "Öffentliche Verwaltung, Beamte, Wahlen, Staatsreform, Transparenz und Integrität.",
        ),
        "Waarom duurt elke administratieve procedure zo lang?",
        "Il faut plus de transparence sur les mandats.",
        "How do I register to vote?",
        "Die Staatsreform ist unverständlich.",
    ),
    _t(
        "europe_foreign",
        (
            "Europa en buitenland",
            "Europe et affaires étrangères",
            "Europe and foreign affairs",
            "Europa und Außenpolitik",
        ),
        (
            "Europese Unie, buitenlandse politiek, defensie en leger, ontwikkelingssamenwerking, oorlog en vrede.",
            "Union européenne, politique étrangère, défense et armée, coopération au développement, guerre et paix.",
            "The European Union, foreign policy, defence and the army, development aid, war and peace.",
            "Europäische Union, Außenpolitik, Verteidigung und Armee, Entwicklungshilfe, Krieg und Frieden.",
        ),
        "Moet België meer wapens naar Oekraïne sturen?",
        "L'Europe impose trop de règles.",
        "Why buy new fighter jets?",
        "Belgien sollte mehr Entwicklungshilfe leisten.",
    ),
    _t(
        "agriculture_food",
        ("Landbouw en voeding", "Agriculture et alimentation", "Agriculture and food", "Landwirtschaft und Ernährung"),
        (
            "Boeren, landbouwbeleid, stikstof, dierenwelzijn op de boerderij, voedselveiligheid en voedselprijzen.",
            "Agriculteurs, politique agricole, azote, bien-être animal, sécurité alimentaire et prix alimentaires.",
            "Farmers, agricultural policy, nitrogen rules, farm animal welfare, food safety and food prices.",
            "Landwirte, Agrarpolitik, Stickstoff, Tierwohl, Lebensmittelsicherheit und Lebensmittelpreise.",
        ),
        "De stikstofregels maken ons boerenbedrijf kapot.",
        "Les agriculteurs ne gagnent plus leur vie.",
        "Food prices in the supermarket keep rising.",
        "Die Milchpreise sind zu niedrig für die Bauern.",
    ),
    _t(
        "digital_privacy",
        ("Digitaal en privacy", "Numérique et vie privée", "Digital and privacy", "Digitales und Datenschutz"),
        (
            "Internet en mobiel bereik, telecom, digitale overheid, itsme, online fraude, gegevensbescherming.",
            "Internet et réseau mobile, télécoms, administration numérique, fraude en ligne, protection des données.",
            "Internet and mobile coverage, telecoms, digital government, online fraud, data protection and privacy.",
            "Internet und Mobilfunk, Telekom, digitale Verwaltung, Online-Betrug, Datenschutz.",
        ),
        "Geen 4G-bereik in ons dorp.",
        "Mes données personnelles ont été piratées.",
        "Not everyone can use the government app.",
        "Das Glasfasernetz fehlt bei uns noch.",
    ),
    _t(
        "local_services",
        ("Lokale dienstverlening", "Services locaux", "Local services", "Lokale Dienste"),
        (
            "Gemeentelijke diensten, straatverlichting, afvalophaling, postkantoren, bibliotheken, sport en cultuur.",
            "Services communaux, éclairage public, collecte des déchets, bureaux de poste, bibliothèques, sport.",
            "Municipal services, street lighting, waste collection, post offices, libraries, sports halls and culture.",
            "Gemeindedienste, Straßenbeleuchtung, Müllabfuhr, Postfilialen, Bibliotheken, Sport und Kultur.",
        ),
        "Het postkantoor in ons dorp gaat dicht.",
        "La collecte des déchets n'est pas passée.",
        "The streetlights in our street have been out for weeks.",
        "Das Schwimmbad ist seit Monaten zu.",
    ),
    _t(
        "other",
        ("Overige", "Autre", "Other", "Sonstiges"),
        (
            "Berichten zonder beleidsthema: felicitaties, bedankjes, persoonlijke groeten, campagne, uitnodigingen.",
            "Messages sans thème politique : félicitations, remerciements, salutations, campagne, invitations.",
            "Messages without a policy topic: congratulations, thanks, personal greetings, campaigning, invitations.",
            "Nachrichten ohne politisches Thema: Glückwünsche, Dank, Grüße, Wahlkampf, Einladungen.",
        ),
        "Proficiat met uw verkiezing!",
        "Merci pour votre engagement.",
        "Great speech yesterday!",
        "Herzlichen Glückwunsch zum Geburtstag!",
        "Stem op onze lijst!",
    ),
]

CHAMBER_THEME_TO_TOPIC: dict[str, str] = {
    "VERVOERBELEID": "mobility",
    "VERKEERSVEILIGHEID": "mobility",
    "MILIEUBELEID": "climate_environment",
    "ENERGIEBELEID": "energy",
    "FISCALITEIT": "taxes_budget",
    "BEGROTING": "taxes_budget",
    "ECONOMISCH BELEID": "economy_jobs",
    "ARBEID": "economy_jobs",
    "ONDERNEMINGSBELEID": "economy_jobs",
    "FINANCIELE INSTELLING": "economy_jobs",
    "BUITENLANDSE HANDEL": "economy_jobs",
    "SOCIALE ZEKERHEID": "pensions_social",
    "SOCIAAL BELEID": "pensions_social",
    "OUDERDOMSVERZEKERING": "pensions_social",
    "GEZONDHEIDSBELEID": "healthcare",
    "VOLKSGEZONDHEID": "healthcare",
    "MIGRATIEBELEID": "migration_integration",
    "OPENBARE VEILIGHEID": "security_justice",
    "STRAFRECHT": "security_justice",
    "RECHTSSTELSEL": "security_justice",
    "BURGERLIJK RECHT": "security_justice",
    "BURGERBESCHERMING": "security_justice",
    "OVERHEID": "governance_democracy",
    "BUITENLANDS BELEID": "europe_foreign",
    "DEFENSIEBELEID": "europe_foreign",
    "ONTWIKKELINGSHULP": "europe_foreign",
    "LANDBOUWBELEID": "agriculture_food",
    "LANDBOUW EN VOEDING": "agriculture_food",
    "TELECOMMUNICATIE": "digital_privacy",
    "POSTDIENST": "local_services",
}
"""Chamber ``theme_main`` → topic code. Unmapped themes (SOCIAAL LEVEN, OVERHEIDSBEDRIJF, empty) are skipped."""
