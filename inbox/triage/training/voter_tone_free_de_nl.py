"""Free-written voter messages for the sentiment and needs-reply heads: German and Dutch above all.

Issue 16: the frames of :mod:`voter_tone` are repetitive, and German (incl. East-Belgian) and
Dutch (incl. Flemish) voters write in ways the frames do not cover. These are complete
messages, not a frame around a line: 389 German (Eupen, St. Vith, Kelmis, the Eifel, the
DG's institutions), 408 Dutch (Flemish ge/gij, West-Flemish, Antwerp and Limburg colour,
Brussels with French mixed in), and 101 French and 102 English so the mix stays balanced.
Some situations recur from one language to another (a closing maternity ward, a late bus),
written anew for that language and region, not word for word; the cross-validation groups
below keep such rows together. They spread over 18 topics of Belgian politics (``TOPICS``)
and over the forms voters use: @mentions, Facebook comments, long mails with greeting and
signature, contact-form posts; with sarcasm, polite criticism, worried questions, praise
mixed with a complaint, thanks with a follow-up question, typos, no punctuation, ALL CAPS,
emoji, Denglisch and Dutch-French mixing. Written for issue 16 (2026-12-07) by one author,
in their own words, without reading any check set.

How the labels were decided (the rules of the :mod:`voter_tone` docstring, applied to
whole messages):

* sentiment is the writer's attitude in the message as a whole, towards the politician,
  a policy or a public service. **negative**: a complaint, anger, sarcasm or irony
  ("Toll gemacht, wirklich 👏"), disappointment, polite criticism ("with respect, this
  was badly handled"), a grievance with or without an ask. **neutral**: a plain question
  or request, information, a report of a fact without judging it. **positive**: thanks,
  praise, congratulations, support, a cordial invitation.
* worried questions: as in :mod:`voter_tone` (an issue asked about plainly is neutral), a
  question asked out of worry ("will my pension change?", "is it true the bus stops?") is
  **neutral** as long as it asks for information; it is **negative** when the writer also
  states a grievance: something is wrong, unfair, too late or too expensive, or blames
  someone ("we pay twice as much and nobody explains why").
* praise and complaint in one message: the label follows the message's point, what the
  writer wants the office to take away. Praise that leads up to a complaint ("nice idea,
  but ...") is **negative**; thanks with a small remark or a follow-up question is
  **positive**.
* needs_reply is True when the message asks the office something, asks it to act, to
  call back or to come (invitations included), or says it expects an answer; angry
  questions addressed to the politician ("when are you going to fix this?") count.
  Statements, reactions, thanks without a question and rhetorical questions not put to
  the office ("who pays for that? we do, of course") need no reply.

Each row carries its topic; cross-validation (:mod:`voter_tone_cv`) holds out whole
topics (``group`` ``free:<topic>``), so a held-out message never shares its subject with
a training message of this file. Deterministic (a fixed list).
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("de", "nl", "fr", "en")
TOPICS = (
    "municipal",
    "fines",
    "permits",
    "childcare",
    "bus",
    "energy",
    "pensions",
    "asylum",
    "nitrogen",
    "taxes",
    "elections",
    "health",
    "schools",
    "housing",
    "climate",
    "security",
    "culture",
    "digital",
)
_SENTIMENT = {"neg": "negative", "neu": "neutral", "pos": "positive"}


@dataclass(frozen=True)
class FreeRow:
    """One free-written message with its labels; ``group`` (``free:<topic>``) is its cross-validation group."""

    text: str
    language: str
    sentiment: str
    needs_reply: bool
    topic: str

    @property
    def group(self) -> str:
        """The cross-validation group: every message of one topic, in every language, is held out together."""
        return f"free:{self.topic}"


# (sentiment: neg / neu / pos, needs_reply: 1 / 0, topic, text)
Message = tuple[str, int, str, str]

# fmt: off
DE: list[Message] = [
    # municipal services
    ("neg", 0, "municipal", "Toll gemacht, wirklich 👏 Drei Wochen liegt der Sperrmüll jetzt schon vor unserer "
     "Tür in Kelmis."),
    ("neg", 1, "municipal", "Guten Tag, seit dem Umbau des Bürgerservice in Eupen muss man für jeden Personalausweis "
     "einen Termin online buchen, und der nächste freie ist im März. Wie soll das für ältere Leute ohne Internet "
     "gehen? Ich bitte um eine Erklärung. Mit freundlichen Grüßen, Gerda Mertens"),
    ("neu", 1, "municipal", "Hallo, wo kann ich in St. Vith die gelben Säcke für den Plastikmüll kaufen? Danke"),
    ("pos", 0, "municipal", "Ein großes Dankeschön an die Arbeiter vom Bauhof, die heute früh um sechs schon "
     "gestreut haben. Ohne euch wäre ich nicht zur Arbeit gekommen 🙏"),
    ("neg", 0, "municipal", "die straßenlaterne in der haasstraße ist seit oktober kaputt und keiner kümmert sich "
     "drum typisch"),
    ("neu", 0, "municipal", "Zur Info: der Containerpark in Raeren hat am Samstag wegen Inventur geschlossen, "
     "steht auf dem Schild am Eingang."),
    ("neg", 1, "municipal", "@GemeindeEupen Warum wird die Grünschnittsammlung schon wieder verschoben??? Mein "
     "Garten sieht aus wie ein Urwald. Bitte um Antwort."),
    ("pos", 1, "municipal", "Liebe Frau Schöffin, vielen Dank für die schnelle Reparatur des Spielplatzes am "
     "Schilsweg! Die Kinder sind begeistert. Eine Frage noch: kommt dort auch wieder eine Bank für die Eltern hin?"),
    ("neu", 1, "municipal", "Ich ziehe nächsten Monat von Lontzen nach Eupen. Muss ich mich in beiden Gemeinden "
     "melden oder reicht die neue?"),
    ("neg", 0, "municipal", "Öffnungszeiten vom Gemeindehaus: Montag bis Freitag 8:30 bis 12 Uhr. Also genau dann, "
     "wenn alle arbeiten. Sehr bürgernah 🙄"),
    ("neg", 1, "municipal", "Sehr geehrter Herr Bürgermeister,\n\nmit allem Respekt: die Art, wie die Gemeinde "
     "die Anwohner über die Schließung des Friedhofsparkplatzes informiert hat, war nicht in Ordnung. Ein Zettel "
     "am Laternenpfahl reicht nicht. Ich würde mir wünschen, dass Sie künftig rechtzeitig einen Brief schicken. "
     "Können Sie mir sagen, wie das in Zukunft laufen soll?\n\nHochachtungsvoll\nRudolf Kessler, Bütgenbach"),
    ("pos", 0, "municipal", "Die neue Bibliothek im Zentrum ist richtig schön geworden, bin heute zum ersten Mal "
     "da gewesen. Weiter so!"),
    ("neu", 1, "municipal", "Kontaktformular – Betreff: Hundesteuer. Nachricht: Unser Hund ist im Sommer "
     "gestorben. Muss ich die Hundesteuer für das ganze Jahr zahlen oder nur anteilig?"),
    ("neg", 0, "municipal", "SCHON WIEDER KEIN WASSER IN HAUSET!!! Dritte mal diesen monat"),
    # fines
    ("neg", 1, "fines", "Ich habe eine GAS-Strafe von 58 Euro bekommen, weil meine Mülltonne einen Tag zu früh "
     "draußen stand. EINEN TAG. Ist das Ihr Ernst? Ich möchte wissen, wie ich Einspruch einlegen kann."),
    ("neg", 0, "fines", "Blitzer in der 30er Zone vor der Schule aber keine einzige Kontrolle wenn die Laster da "
     "durchbrettern. Geht nur ums Geld 💸"),
    ("neu", 1, "fines", "Guten Tag, ich habe einen Strafzettel aus Lüttich bekommen, nur auf Französisch. Kann ich "
     "den auch auf Deutsch anfordern? Ich wohne in Eupen. Danke im Voraus, M. Lambertz"),
    ("neg", 0, "fines", "Parkknolle vor der eigenen Haustür, weil die blaue Zone jetzt auch bei uns gilt. Danke "
     "für nix liebe Gemeinde"),
    ("neu", 1, "fines", "Stimmt es, dass man für das Falschparken auf Behindertenplätzen jetzt 200 Euro zahlt? "
     "Mein Nachbar meinte das."),
    ("pos", 0, "fines", "Find ich gut, dass endlich härtere Strafen für Raser auf der Nationalstraße kommen. Hat "
     "lange genug gedauert 👍"),
    ("neg", 1, "fines", "Sehr geehrte Damen und Herren,\nich habe die Strafe für das Parken ohne Scheibe bezahlt "
     "(Überweisung vom 4.11.) und jetzt kommt eine Mahnung mit 15 Euro Gebühren. Ich erwarte, dass das storniert "
     "wird. Den Beleg hänge ich an.\nMfG Sandra Hilgers"),
    ("neg", 0, "fines", "nen strafzettel wegen 3 minuten über der zeit. wirklich peinlich wie die stadt an ihre "
     "kohle kommt"),
    ("neu", 0, "fines", "Nur zur Info für die anderen hier: Die Einspruchsfrist bei GAS-Strafen ist 30 Tage, "
     "steht klein hinten drauf."),
    ("neg", 1, "fines", "@PolizeiEifel wieso bekomme ich ein Knöllchen wenn das Schild seit Wochen umgefahren im "
     "Graben liegt?? Das müssen Sie mir mal erklären"),
    ("neu", 1, "fines", "Kann man Verkehrsstrafen in Raten bezahlen? Wir sind gerade knapp bei Kasse."),
    # permits
    ("neg", 1, "permits", "Seit 14 Monaten warten wir auf die Baugenehmigung für unseren Carport in Amel. 14 "
     "MONATE für ein Dach aus Holz. Wer ist da eigentlich zuständig und warum dauert das so lange?"),
    ("neu", 1, "permits", "Guten Tag, brauche ich für eine Gartenhütte unter 20 m² eine Städtebaugenehmigung "
     "oder reicht eine Meldung? Grüße aus Burg-Reuland"),
    ("pos", 0, "permits", "Danke an Frau Jost vom Städtebaudienst, die sich eine Stunde Zeit genommen hat, um uns "
     "alles zu erklären. So stellt man sich eine Verwaltung vor!"),
    ("neg", 0, "permits", "Photovoltaik auf dem Dach? Formular A, Formular B, Stellungnahme vom Denkmalschutz... "
     "und dann wundert man sich, dass keiner die Energiewende mitmacht."),
    ("neu", 1, "permits", "Hallo zusammen, wir möchten im Sommer ein kleines Straßenfest in der Rotenberg machen. "
     "Brauchen wir dafür eine Genehmigung von der Gemeinde und wenn ja bis wann muss der Antrag rein?"),
    ("neg", 1, "permits", "Sehr geehrte Frau Ministerin,\n\nich schreibe Ihnen, weil der Windpark bei "
     "Büllingen genehmigt wurde, obwohl über 600 Einsprüche eingegangen sind. Ich finde es respektlos, dass "
     "keiner der Einwände öffentlich beantwortet wurde. Werden die Bürger noch gehört?\n\nMit freundlichen "
     "Grüßen\nHeinz Thunus"),
    ("neu", 0, "permits", "Für alle, die gefragt haben: die Pläne für das neue Wohngebiet hängen bis Freitag im "
     "Rathaus aus."),
    ("neg", 0, "permits", "die wollen das ich für nen zaun ne genehmigung beantrag?? einen ZAUN. bürokratie "
     "pur 🤦‍♂️"),
    ("pos", 1, "permits", "Vielen Dank für die schnelle Genehmigung unseres Anbaus, das ging schneller als "
     "gedacht! Dürfen wir jetzt schon mit den Erdarbeiten anfangen oder müssen wir noch die 15 Tage Aushang "
     "abwarten?"),
    ("neu", 1, "permits", "Wo finde ich die Liste der Unterlagen, die für einen Bauantrag in der DG nötig sind? "
     "Auf der Webseite finde ich nichts."),
    # childcare
    ("neg", 1, "childcare", "Ich bin verzweifelt. Ich fange im Februar wieder an zu arbeiten und habe für meinen "
     "Sohn in ganz Eupen keinen Krippenplatz gefunden. Überall Wartelisten bis 2028. Was soll ich machen? Meinen "
     "Job kündigen? Bitte helfen Sie mir."),
    ("neu", 1, "childcare", "Guten Tag, ab welchem Alter kann man ein Kind bei einer Tagesmutter in St. Vith "
     "anmelden und wie viel kostet das pro Tag ungefähr?"),
    ("pos", 0, "childcare", "Unsere Tagesmutter in Walhorn ist ein Engel. Danke an die DG, dass diese Arbeit "
     "endlich besser bezahlt wird, das war überfällig ❤️"),
    ("neg", 0, "childcare", "Kindergeld in der DG wird erhöht, schön. Nur nützt mir das nix wenn ich keinen "
     "Betreuungsplatz finde und deshalb nur halbtags arbeiten kann."),
    ("neu", 1, "childcare", "Wir ziehen aus Aachen nach Kelmis. Bekommen wir das Kindergeld dann von der DG oder "
     "weiter aus Deutschland? Und ab wann?"),
    ("neg", 1, "childcare", "Hallo, die Krippe in der Neustraße schließt ab Januar schon um 17 Uhr statt 18 Uhr. "
     "Wir Eltern wurden per Zettel informiert, zwei Wochen vorher. Ich pendle nach Lüttich, das schaffe ich nicht. "
     "Kann die DG da nichts machen? Anja"),
    ("neu", 1, "childcare", "kurze frage gibt es in raeren auch ferienbetreuung in den osterferien für kinder "
     "von 6 bis 10? danke"),
    ("pos", 1, "childcare", "Liebes Team, danke für die Infoveranstaltung gestern zur Kinderbetreuung, sehr "
     "hilfreich! Könnten Sie die Folien noch per Mail schicken? Die Adresse habe ich in die Liste eingetragen."),
    ("neg", 0, "childcare", "Krippenplatz gefunden. In Aachen. Weil es hier keinen gibt. Soviel zur "
     "Familienpolitik in Ostbelgien."),
    ("neu", 1, "childcare", "Ich bin Tagesmutter und überlege aufzuhören. Ab wann gilt das neue Statut mit "
     "Angestelltenvertrag genau? Ich finde widersprüchliche Infos."),
    ("pos", 0, "childcare", "Endlich gibt es in Büllingen eine zweite Kinderkrippe! Ich freue mich für alle "
     "jungen Familien hier 😊"),
    ("neg", 1, "childcare", "Sie haben im Wahlkampf 200 neue Betreuungsplätze versprochen. Wo sind die? Ich "
     "hätte gern eine ehrliche Antwort."),
    # bus
    ("neg", 0, "bus", "Bus 394 wieder 25 min zu spät, Anschluss in Eupen verpasst. Danke TEC, wie jeden "
     "Morgen 🙃"),
    ("neg", 1, "bus", "Sehr geehrter Herr Minister,\n\nseit dem neuen Fahrplan fährt der letzte Bus von Eupen "
     "nach Eynatten um 19:10. Meine Tochter arbeitet im Krankenhaus bis 20 Uhr. Sie muss jetzt jeden Abend "
     "abgeholt werden. Ist Ihnen bewusst, was das für Familien ohne zweites Auto bedeutet? Ich bitte Sie, das zu "
     "überdenken.\n\nMit freundlichen Grüßen\nMarlene Gronsfeld"),
    ("neu", 1, "bus", "Gibt es für Schüler in der DG ein kostenloses Busabo oder nur ermäßigt? Mein Sohn kommt "
     "im September in die Sekundarschule."),
    ("pos", 0, "bus", "Muss auch mal gesagt werden: der Busfahrer auf der Linie nach Kettenis heute morgen war "
     "super nett und hat extra auf die alte Dame gewartet. Danke!"),
    ("neg", 0, "bus", "Rufbus in der Eifel... man muss 24 Stunden vorher anrufen und dann kommt er trotzdem "
     "nicht. Öffentlicher Nahverkehr made in Belgium"),
    ("neu", 1, "bus", "@TEC_Ostbelgien Fährt der Bus am 15. November (Tag der DG) nach Sonntagsfahrplan?"),
    ("neg", 1, "bus", "WARUM gibt es keine busverbindung mehr von st vith nach luxemburg am wochenende?? wie "
     "sollen junge leute ohne auto da hin kommen"),
    ("pos", 1, "bus", "Die neue Buslinie zwischen Kelmis und Aachen ist ein Segen, vielen Dank dafür! Ist "
     "geplant, sie auch am Sonntag fahren zu lassen?"),
    ("neu", 0, "bus", "Heute ist in der Busspur vor dem Bahnhof Eupen ein LKW liegengeblieben, Busse fahren "
     "über die Umleitung."),
    ("neg", 0, "bus", "Toller Plan: Haltestelle verlegen, aber kein Wartehäuschen hinstellen. Im Regen stehen "
     "bildet ja 🌧️"),
    ("neu", 1, "bus", "Hallo, ich bin im Rollstuhl. Sind die Busse zwischen Eupen und Verviers alle "
     "barrierefrei oder muss ich vorher Bescheid sagen?"),
    ("neg", 1, "bus", "Ich habe mich schon zweimal bei TEC beschwert und nie eine Antwort bekommen. Der 14er hält "
     "morgens einfach nicht an der Haltestelle Schönefeld wenn er voll ist. Kinder bleiben stehen. Können Sie sich "
     "bitte darum kümmern?"),
    ("neu", 1, "bus", "Bekomme ich als Rentner ab 65 in der DG eine Ermäßigung auf das Busabo?"),
    ("pos", 0, "bus", "Seit die Busse im Stundentakt bis Bütgenbach fahren, lass ich das Auto öfter stehen. "
     "Gute Entscheidung 👍"),
    # energy
    ("neg", 1, "energy", "Meine Stromrechnung ist von 90 auf 240 Euro im Monat gestiegen. Ich bin alleinerziehend "
     "mit zwei Kindern. Wie soll ich das bezahlen? Gibt es irgendeine Hilfe oder muss ich im Winter frieren?"),
    ("neu", 1, "energy", "Guten Tag, habe ich Anspruch auf den Sozialtarif für Gas, wenn ich eine "
     "Invalidenrente bekomme? Freundliche Grüße, Walter Piront"),
    ("neg", 0, "energy", "Netzkosten hoch, Steuern hoch, Verbrauch runter und die Rechnung trotzdem höher. Ich "
     "versteh die Welt nicht mehr."),
    ("pos", 0, "energy", "Die Energieberatung der Verbraucherschutzzentrale in Eupen war spitze, wir sparen jetzt "
     "locker 40 Euro im Monat. Danke für die Förderung dieses Angebots!"),
    ("neg", 1, "energy", "@MinisterEnergie Sie haben gesagt, die Preise würden sinken. Meine Abschlagszahlung "
     "ist gerade wieder hochgegangen. Was stimmt denn jetzt?"),
    ("neu", 1, "energy", "Wie hoch ist die Prämie der Wallonischen Region für eine Wärmepumpe, und gilt die auch "
     "für uns in der DG?"),
    ("neg", 0, "energy", "Heizöl für 1,30 der Liter. Und dann heißt es wir sollen auf Wärmepumpe umsteigen. Mit "
     "welchem Geld bitte 🤷‍♀️"),
    ("neu", 0, "energy", "Für die, die es interessiert: der digitale Zähler wird bei uns in Hergenrath ab "
     "nächster Woche eingebaut, Ores hat Briefe verteilt."),
    ("neg", 1, "energy", "Sehr geehrte Damen und Herren,\n\nseit meinem Wechsel zu einem neuen Anbieter bekomme "
     "ich Rechnungen von beiden. Der alte Anbieter droht mit Inkasso. Ich habe alles versucht, niemand fühlt sich "
     "zuständig. Ich bitte Sie dringend um Hilfe, ich bin 78 Jahre alt und mit den Nerven am Ende.\n\nHelene "
     "Backes, Eupen"),
    ("neu", 1, "energy", "Stimmt es dass die Energieprämie nächstes Jahr abgeschafft wird? Wir wollten eigentlich "
     "im Frühjahr das Dach dämmen lassen."),
    ("pos", 1, "energy", "Danke für Ihren Einsatz beim Sozialtarif, meine Mutter profitiert davon. Können Sie mir "
     "sagen, ob er automatisch verlängert wird?"),
    ("neg", 0, "energy", "Photovoltaik gefördert, dann Prosumertarif eingeführt, dann Kompensation gestrichen. "
     "Wer dem Staat vertraut ist selbst schuld."),
    # pensions
    ("neg", 1, "pensions", "Ich habe 42 Jahre gearbeitet, davon 20 in Aachen, und meine belgische Pension wurde "
     "falsch berechnet. Seit 9 Monaten warte ich auf eine Korrektur. Können Sie bitte beim Pensionsdienst "
     "nachfragen? Das ist würdelos."),
    ("neu", 1, "pensions", "Guten Tag, ich werde im Mai 63. Kann ich mit 44 Berufsjahren schon in Frührente gehen "
     "oder muss ich bis 65 warten? MfG"),
    ("neg", 0, "pensions", "Pensionsreform: wer früher aufhört wird bestraft, wer länger arbeitet kriegt ein "
     "paar Euro Bonus. Für Dachdecker mit kaputtem Rücken ein Hohn."),
    ("neu", 1, "pensions", "Ich mache mir Sorgen: Ich habe jahrelang Teilzeit gearbeitet, um meine Eltern zu "
     "pflegen. Zählt diese Zeit bei der Berechnung meiner Pension mit?"),
    ("pos", 0, "pensions", "Vielen Dank Herr Abgeordneter für Ihre klare Rede im Parlament zur Mindestpension. "
     "Endlich sagt es mal jemand!"),
    ("neg", 1, "pensions", "meine mutter kriegt 1100 euro pension nach 40 jahren in der fabrik und soll davon "
     "das altenheim zahlen 2400 euro im monat. wie soll das gehen?? antworten sie mir bitte"),
    ("neu", 0, "pensions", "Kleine Info: mypension.be zeigt jetzt auch die Jahre im Ausland an, zumindest bei mir "
     "seit dieser Woche."),
    ("neg", 0, "pensions", "Politiker mit 55 in Rente und wir sollen bis 67 schuften. Alles klar 👍👍"),
    ("neu", 1, "pensions", "Kann ich neben meiner Pension noch als Aushilfe im Supermarkt arbeiten, ohne dass mir "
     "etwas abgezogen wird? Wie viel darf ich verdienen?"),
    ("pos", 1, "pensions", "Liebe Frau Kessler, danke für Ihre Hilfe bei meinem Pensionsantrag, es hat alles "
     "geklappt! Darf ich Sie noch fragen, wann die erste Zahlung kommt?"),
    ("neg", 1, "pensions", "Sehr geehrter Herr Minister,\n\nals Grenzgänger werde ich bei der Pension doppelt "
     "benachteiligt: Deutschland zahlt wenig, Belgien zieht ab. Ihre Partei hat versprochen, das mit Berlin zu "
     "regeln. Wie ist der Stand?\n\nMit freundlichen Grüßen\nGünter Schmitz, Raeren"),
    # asylum
    ("neg", 0, "asylum", "Für alles ist Geld da, für Asylbewerber sowieso, nur für unsere Rentner nicht. Ich "
     "wähle euch nie wieder."),
    ("neg", 1, "asylum", "Guten Tag, im Asylzentrum Elsenborn schlafen Familien mit Kleinkindern in einer Halle "
     "ohne Trennwände. Ich bin ehrenamtlich dort. Das ist eines reichen Landes unwürdig. Was unternimmt die "
     "Regierung?"),
    ("neu", 1, "asylum", "Ich möchte einer ukrainischen Familie ein Zimmer anbieten. An wen wende ich mich in "
     "der DG?"),
    ("pos", 0, "asylum", "Respekt für die Leute vom Roten Kreuz in Manderfeld, die jeden Tag für die "
     "Geflüchteten da sind. Danke für Ihren Besuch dort, Frau Ministerin."),
    ("neu", 1, "asylum", "Stimmt es, dass im alten Hotel in Bütgenbach ein neues Aufnahmezentrum entstehen "
     "soll? Wir Anwohner hätten gern Klarheit."),
    ("neg", 0, "asylum", "Die Regierung lässt Asylsuchende auf der Straße in Brüssel schlafen obwohl Gerichte sie "
     "tausendfach verurteilt haben. Rechtsstaat? Lachhaft."),
    ("neu", 1, "asylum", "Ein Bekannter aus Syrien hat eine Anerkennung bekommen. Darf er jetzt sofort arbeiten "
     "und wo kann er Deutschkurse machen?"),
    ("neg", 1, "asylum", "Hallo, ich bin Deutschlehrerin im Integrationskurs. Die Kurse wurden halbiert, die "
     "Wartelisten sind lang. Wie sollen Menschen sich integrieren, wenn man ihnen die Sprache nicht beibringt? "
     "Bitte setzen Sie sich dafür ein."),
    ("pos", 1, "asylum", "Danke für das Willkommensfest in Eupen letzte Woche, es war wunderbar zu sehen, wie alle "
     "zusammen gekocht haben! Wird es so etwas nächstes Jahr wieder geben?"),
    # nitrogen
    ("neg", 1, "nitrogen", "Ich bin Milchbauer in Weywertz. Jetzt heißt es, die Stickstoffregeln aus Flandern "
     "könnten auch in der Wallonie kommen. Wir haben investiert und Schulden. Was wollen Sie den Landwirten sagen? "
     "Dass wir aufhören sollen?"),
    ("neu", 1, "nitrogen", "Gilt das flämische Stickstoffdekret auch für Betriebe in Ostbelgien oder hat die "
     "Wallonie eigene Regeln?"),
    ("neg", 0, "nitrogen", "Stickstoff hier, Stickstoff da. Aber die Autobahn wird sechsspurig. Bauern sind halt "
     "die einfachsten Sündenböcke."),
    ("pos", 0, "nitrogen", "Gut, dass endlich mit den Bauern geredet wird statt über sie. Der Runde Tisch in "
     "St. Vith war ein Anfang 👏"),
    ("neu", 1, "nitrogen", "Guten Abend, ich schreibe eine Arbeit in der Schule über Stickstoff und Landwirtschaft "
     "in Belgien. Könnte jemand aus Ihrem Büro mir ein paar Fragen beantworten? Mit freundlichen Grüßen, Lea (16)"),
    ("neg", 1, "nitrogen", "Unsere Genehmigung für den neuen Stall liegt seit zwei Jahren auf Eis wegen "
     "Stickstoff. Meine Söhne wollen den Hof übernehmen. Können Sie uns sagen, wann endlich entschieden wird?"),
    ("neu", 0, "nitrogen", "Im Landwirtschaftsausschuss wird am Dienstag über die Stickstoffstudie gesprochen, "
     "die Sitzung ist öffentlich."),
    ("neg", 0, "nitrogen", "naturschutz ja klar aber die kleinen höfe gehen kaputt und die großen agrarkonzerne "
     "lachen sich ins fäustchen"),
    # taxes
    ("neg", 1, "taxes", "Tax-on-web hat meine Steuererklärung vorausgefüllt, aber die Kinderbetreuungskosten "
     "fehlen komplett. Jetzt soll ich 800 Euro nachzahlen. Beim Finanzamt geht keiner ans Telefon. Was soll ich "
     "tun?"),
    ("neu", 1, "taxes", "Ich arbeite in Deutschland und wohne in Eupen. Wo muss ich meine Steuern zahlen, und "
     "muss ich in Belgien trotzdem eine Erklärung abgeben?"),
    ("neg", 0, "taxes", "Steuern rauf, Leistungen runter. Belgien, das Land wo man für alles zahlt und nichts "
     "bekommt."),
    ("pos", 0, "taxes", "Danke an den Herrn am Telefon vom FÖD Finanzen, der mir auf Deutsch alles geduldig "
     "erklärt hat. Hätte ich nicht erwartet!"),
    ("neu", 1, "taxes", "Sind die Zuschläge der Gemeinde auf die Einkommenssteuer in Kelmis höher als in "
     "Lontzen? Wo finde ich die Sätze?"),
    ("neg", 1, "taxes", "Sehr geehrte Frau Abgeordnete,\n\nich respektiere Ihre Arbeit, aber die Erhöhung der "
     "Immobiliensteuer um 12 % trifft gerade die kleinen Eigentümer, die ihr Leben lang gespart haben. Ich "
     "bitte Sie, sich im Gemeinderat gegen diese Erhöhung auszusprechen, und wüsste gern, wie Sie abstimmen "
     "werden.\n\nMit freundlichen Grüßen\nAlbert Heck"),
    ("neg", 0, "taxes", "Die Steuererklärung auf Deutsch gibt es erst zwei Wochen nach der französischen. "
     "Jedes Jahr das gleiche. Deutschsprachige sind Bürger zweiter Klasse."),
    ("neu", 1, "taxes", "Kann ich die Spenden an die Tafel von der Steuer absetzen? Ab welchem Betrag?"),
    ("pos", 1, "taxes", "Super, dass die Steuererklärung jetzt endlich zeitgleich auf Deutsch verfügbar ist! "
     "Gilt das auch für die Formulare der Gesellschaftssteuer?"),
    # elections
    ("neu", 1, "elections", "Ich bin Deutscher und wohne seit 6 Jahren in St. Vith. Darf ich bei den "
     "Gemeinderatswahlen wählen und wie melde ich mich an?"),
    ("neg", 0, "elections", "Vor der Wahl Hände schütteln auf dem Markt, nach der Wahl keine Antwort auf Mails. "
     "Das gleiche Spiel alle fünf Jahre."),
    ("neu", 1, "elections", "Wo ist mein Wahllokal? Wir sind im Sommer umgezogen und haben noch keine "
     "Wahlaufforderung bekommen."),
    ("pos", 0, "elections", "Herzlichen Glückwunsch zur Wiederwahl, Herr Bürgermeister! Sie haben es verdient 🎉"),
    ("neg", 1, "elections", "Warum ist die Wahlpflicht immer noch nicht abgeschafft? Ich will nicht mit einer "
     "Strafe bedroht werden, nur weil ich keine Partei gut finde. Wie stehen Sie dazu?"),
    ("pos", 1, "elections", "Danke für den schönen Wahlkampfabend im Jünglingshaus! Ich würde gern im Team "
     "mithelfen. Wen kann ich dafür ansprechen?"),
    ("neu", 0, "elections", "Im Wahlbüro 12 in Eupen fehlt noch ein Beisitzer für Sonntag, wer Zeit hat kann "
     "sich bei der Gemeinde melden."),
    ("neg", 0, "elections", "Wahlplakate hängen immer noch, drei Monate nach der Wahl. Ich dachte ihr seid für "
     "Umweltschutz 🙄"),
    ("neu", 1, "elections", "Kann ich per Vollmacht wählen lassen, wenn ich am Wahltag im Krankenhaus bin? Welches "
     "Formular brauche ich?"),
    ("neg", 1, "elections", "Sie haben vor der Wahl versprochen, die Kinderbetreuung zur Priorität zu machen. "
     "Im Regierungsprogramm steht davon kaum etwas. Wie erklären Sie das Ihren Wählern?"),
    # health
    ("neg", 1, "health", "Die Geburtenstation in St. Vith soll schließen?! Dann fahren Schwangere im Winter "
     "eine Stunde bis Malmedy oder Eupen. Haben Sie daran gedacht, was das im Notfall heißt? Ich erwarte, dass "
     "Sie sich dagegen stellen."),
    ("neu", 1, "health", "Guten Tag, gibt es in Eupen einen Hausarzt, der noch neue Patienten aufnimmt? Wir sind "
     "neu hier und finden keinen. Danke für einen Tipp."),
    ("pos", 0, "health", "Das Personal auf der Inneren im St. Nikolaus-Hospital war unglaublich, trotz "
     "Personalmangel. Diese Menschen verdienen mehr Lohn. Danke an alle! 💙"),
    ("neg", 0, "health", "6 Monate Wartezeit beim Augenarzt. 6. Monate. In Aachen krieg ich in 2 Wochen einen "
     "Termin."),
    ("neu", 1, "health", "Erstattet die Krankenkasse in Belgien eine Behandlung bei einem Psychologen in "
     "Deutschland? Ich wohne in Kelmis."),
    ("neg", 1, "health", "Sehr geehrte Frau Ministerin,\n\nmein Vater (84) lag 11 Stunden auf einer Liege in "
     "der Notaufnahme. Ich mache dem Personal keinen Vorwurf, die waren völlig überlastet. Aber so kann es nicht "
     "weitergehen. Was plant die DG gegen den Personalmangel in den Krankenhäusern?\n\nMit freundlichen Grüßen\n"
     "Ursula Reuter"),
    ("neu", 1, "health", "Wann beginnt dieses Jahr die Grippeimpfung für über 65-Jährige, und muss ich dafür zum "
     "Hausarzt oder geht das auch in der Apotheke?"),
    ("pos", 1, "health", "Danke für Ihren Einsatz für die Palliativstation, das bedeutet unserer Familie sehr "
     "viel. Gibt es eine Möglichkeit, die Station mit Spenden zu unterstützen?"),
    ("neg", 0, "health", "notdienst apotheke sonntag nächste ist in malmedy. 45 min mit fieberndem kind. super "
     "versorgung hier in der eifel"),
    ("neu", 0, "health", "Der Blutspendetermin in Bütgenbach ist auf den 12. verschoben, das Rote Kreuz hat es "
     "gerade gepostet."),
    ("neg", 1, "health", "ICH WARTE SEIT 3 MONATEN AUF DIE ERSTATTUNG MEINER ZAHNARZTRECHNUNG. KEINER RUFT "
     "ZURÜCK. KÖNNEN SIE DA MAL NACHHAKEN?"),
    ("neu", 1, "health", "Ich habe ehrlich gesagt etwas Angst: meine Tochter hat eine seltene Krankheit und das "
     "Medikament soll nicht mehr erstattet werden. Stimmt das, und ab wann?"),
    # schools
    ("neg", 1, "schools", "Guten Tag, in der Klasse meines Sohnes (3. Primar) fällt seit Oktober jede zweite "
     "Woche der Unterricht aus, weil keine Vertretung gefunden wird. Wir Eltern sind ratlos. Was tut das "
     "Unterrichtsministerium?"),
    ("neu", 1, "schools", "Ab wann kann man die Kinder für das erste Kindergartenjahr in der Gemeindeschule "
     "Hergenrath anmelden?"),
    ("pos", 0, "schools", "Die Lehrerinnen der Grundschule Weywertz machen einen tollen Job, auch mit wenig "
     "Mitteln. Ein großes Lob an das ganze Team! 🍎"),
    ("neg", 0, "schools", "Schwimmunterricht gestrichen weil das Hallenbad zu ist. Kinder in Belgien können bald "
     "nicht mehr schwimmen aber Hauptsache Tablet-Klassen."),
    ("neu", 1, "schools", "Wird die Gratis-Schulmahlzeit, die im Parlament diskutiert wurde, auch in den "
     "Sekundarschulen eingeführt?"),
    ("neg", 1, "schools", "Sehr geehrter Herr Minister,\n\nals Lehrer mit 25 Jahren Erfahrung möchte ich "
     "höflich, aber deutlich sagen, dass die neue Reform der Bewertung an der Realität der Klassen vorbeigeht. "
     "Niemand hat uns gefragt. Wären Sie bereit, sich mit einigen Kollegen zu treffen?\n\nHochachtungsvoll\n"
     "Bernd Lentz, Eupen"),
    ("pos", 1, "schools", "Danke für die neue Schulbuslinie nach Amel, meine Kinder müssen nicht mehr um 6:30 "
     "aus dem Haus. Wird die auch in den Ferien für die Ferienlager fahren?"),
    ("neg", 0, "schools", "Die Schule meiner Tochter hat im Dezember noch keine funktionierende Heizung. Die "
     "Kinder sitzen mit Jacke in der Klasse. Wir sind im Jahr 2026."),
    ("neu", 1, "schools", "Mein Sohn hat eine Legasthenie-Diagnose. Hat er Anspruch auf mehr Zeit bei den "
     "Prüfungen und wer entscheidet das?"),
    ("neu", 1, "schools", "Hallo, ich mache mir ein bisschen Sorgen, weil meine Tochter nach der Primarschule "
     "nach Aachen aufs Gymnasium will. Wird der Abschluss in Belgien dann anerkannt?"),
    ("neg", 0, "schools", "Lehrermangel, marode Gebäude, zu große Klassen. Aber neue Logos für die "
     "Schulen hat man bezahlt. Prioritäten 👌"),
    # housing
    ("neg", 1, "housing", "Ich stehe seit 4 Jahren auf der Warteliste für eine Sozialwohnung beim Öffentlichen "
     "Wohnungsbau Eifel. Jedes Mal heißt es, noch etwas Geduld. Ich wohne mit zwei Kindern in 45 m². Wie lange "
     "noch? Können Sie sich bitte meinen Fall ansehen?"),
    ("neu", 1, "housing", "Gibt es in der DG eine Prämie für junge Leute, die ihr erstes Haus kaufen? Wie hoch "
     "ist die und wo beantrage ich sie?"),
    ("neg", 0, "housing", "900 Euro für eine 2-Zimmer-Wohnung in Kelmis. Weil alle Aachener hierher ziehen. "
     "Und die Politik schaut zu."),
    ("pos", 0, "housing", "Die renovierten Sozialwohnungen in der Unterstadt sind echt gelungen. Gute Arbeit, "
     "das hebt das ganze Viertel!"),
    ("neu", 1, "housing", "Mein Vermieter will die Miete um 15% erhöhen. Darf er das mitten im Vertrag? Und gilt "
     "die Indexierung automatisch?"),
    ("neg", 1, "housing", "Guten Tag, unsere Mietwohnung hat seit dem Sommer Schimmel im Kinderzimmer. Der "
     "Vermieter reagiert nicht. Die Gemeinde sagt, sie ist nicht zuständig. Wer ist denn dann zuständig? Wir "
     "brauchen Hilfe. Familie Özdemir, Eupen"),
    ("pos", 1, "housing", "Danke, dass Sie sich für das Wohnprojekt für Senioren in Raeren eingesetzt haben! "
     "Meine Mutter möchte sich gern anmelden. Ab wann geht das?"),
    ("neu", 0, "housing", "Info an alle Mieter: ab Januar muss jeder Mietvertrag in der DG ein "
     "Energiezertifikat haben, hat die Verbraucherschutzzentrale geschrieben."),
    ("neg", 0, "housing", "Bauland in St. Vith kostet inzwischen so viel wie in Lüttich. Junge Familien ziehen "
     "weg und dann jammert man über Überalterung."),
    ("neu", 1, "housing", "Ist es wahr, dass leerstehende Häuser in Eupen bald besteuert werden? Meine Tante ist "
     "im Pflegeheim und ihr Haus steht leer."),
    # climate
    ("neg", 0, "climate", "Klimaziele verfehlt, aber die Regierung klopft sich auf die Schulter. Peinlich "
     "gegenüber unseren Kindern."),
    ("neu", 1, "climate", "Gibt es eine Förderung für Regenwassertanks oder Gründächer in der Gemeinde Eupen?"),
    ("pos", 0, "climate", "Die 2000 neuen Bäume entlang der Weser sind eine tolle Sache. Danke an alle, die "
     "mitgepflanzt haben 🌳"),
    ("neg", 1, "climate", "Nach dem Hochwasser 2021 wurde uns versprochen, dass der Hochwasserschutz an der "
     "Weser verbessert wird. Fünf Jahre später ist immer noch nichts passiert. Wir haben Angst bei jedem "
     "Starkregen. Wann fangen die Arbeiten an?"),
    ("neu", 1, "climate", "Kann ich mit einer Schulklasse einen Termin bei Ihnen bekommen, um über den "
     "Klimaplan der DG zu sprechen? Die Schüler haben viele Fragen."),
    ("neg", 0, "climate", "Grüne Politik heißt: Autofahren verteuern, aber kein Bus fährt. Auf dem Land ist das "
     "reine Schikane."),
    ("pos", 1, "climate", "Ihre Initiative für Repair Cafés in allen Gemeinden finde ich klasse! Gibt es schon "
     "einen Termin für St. Vith? Ich würde gern als Freiwilliger mitmachen."),
    ("neu", 0, "climate", "Die Klimawerkstatt im Rathaus ist am Donnerstag ab 19 Uhr, Anmeldung ist nicht "
     "nötig."),
    ("neu", 1, "climate", "Wir wohnen direkt an der Weser in Eupen und machen uns Sorgen wegen der neuen "
     "Hochwasserkarten. Ist unser Haus jetzt in einer Risikozone, und was heißt das für die Versicherung?"),
    ("neg", 1, "climate", "sorry aber euer klimaplan ist einfach nur greenwashing. wo sind die konkreten zahlen? "
     "könnt ihr die mal veröffentlichen?"),
    # security
    ("neg", 1, "security", "Bei uns in der Gospertstraße wurde diese Woche zum dritten Mal eingebrochen. Die "
     "Polizei kommt, nimmt auf, fertig. Wann gibt es hier endlich mehr Streifen? Die Nachbarn haben Angst."),
    ("neu", 1, "security", "Guten Tag, kann man bei der Polizeizone Weser-Göhl eine Urlaubsüberwachung des Hauses "
     "beantragen? Wenn ja, wie?"),
    ("pos", 0, "security", "Danke an die Polizei in St. Vith für die schnelle Hilfe nach dem Unfall gestern "
     "Abend. Sehr professionell und menschlich 👮‍♀️🙏"),
    ("neg", 0, "security", "Polizeiwache nachts nicht besetzt. Bei Notfällen ruft man in Verviers an und wartet "
     "40 Minuten. Sicher fühlen geht anders."),
    ("neu", 1, "security", "Stimmt es, dass die Polizeiwache in Kelmis zusammengelegt werden soll? Wo muss man "
     "dann Anzeigen machen?"),
    ("neg", 1, "security", "Sehr geehrter Herr Bürgermeister,\n\nam Bahnhof wird abends offen gedealt, jeder "
     "weiß es, die Polizei auch. Meine Tochter traut sich nicht mehr, dort auf den Zug zu warten. Ich bitte Sie "
     "höflich, aber nachdrücklich, dort etwas zu unternehmen. Was ist geplant?\n\nMit freundlichen Grüßen\n"
     "Monika Jacobs"),
    ("neg", 0, "security", "Raser jede Nacht auf der Herbesthaler Straße, die Polizei weiß Bescheid und macht nix. "
     "Muss erst jemand sterben?"),
    ("pos", 1, "security", "Die Präventionsaktion gegen Telefonbetrug im Seniorenheim war super, meine Oma hat "
     "viel gelernt. Machen Sie das auch in anderen Heimen? Ich würde es gern weiterempfehlen."),
    ("neu", 0, "security", "Achtung: falsche Polizisten rufen gerade Senioren in Eupen an und fragen nach "
     "Bankdaten. Die echte Polizei macht das nie."),
    ("neu", 1, "security", "Ich habe mitbekommen, dass bei uns im Dorf Kameras aufgestellt werden sollen. Wer "
     "darf die Bilder sehen und wie lange werden sie gespeichert?"),
    # culture
    ("pos", 0, "culture", "Was für ein schöner Abend beim Festival in der Alten Kirche! Ostbelgien kann Kultur, "
     "danke an alle Organisatoren 🎶"),
    ("neg", 1, "culture", "Die Kürzung der Zuschüsse für die Musikakademie trifft 600 Kinder. Haben Sie sich "
     "das gut überlegt? Ich bitte Sie, diese Entscheidung zu überdenken und uns Eltern zu erklären."),
    ("neu", 1, "culture", "Guten Tag, wie beantragt ein kleiner Theaterverein Fördermittel bei der DG, und bis "
     "wann muss der Antrag eingereicht werden?"),
    ("neg", 0, "culture", "Karneval in Eupen muss jetzt 12.000 Euro für Sicherheit selber zahlen. So macht man "
     "Traditionen kaputt. Traurig."),
    ("pos", 1, "culture", "Liebe Frau Ministerin, herzlichen Dank für Ihren Besuch bei unserem Chor! Wir würden "
     "Sie gern zum Jubiläumskonzert im Mai einladen. Hätten Sie Zeit?"),
    ("neu", 0, "culture", "Das Museum in Eupen ist ab nächster Woche wegen Umbau für drei Monate geschlossen."),
    ("neg", 0, "culture", "Neues Kulturzentrum für 14 Millionen, aber die Dorfsäle fallen zusammen. Gut gemacht 👏"),
    ("neu", 1, "culture", "Gibt es beim Kulturpass der DG auch Ermäßigungen für Studenten, die im Ausland "
     "studieren, aber hier gemeldet sind?"),
    ("pos", 0, "culture", "Die Ausstellung über die Geschichte der Grenzregion ist richtig gut gemacht. Sollte "
     "jede Schulklasse sehen!"),
    ("neg", 1, "culture", "Warum gibt es die Kulturseiten der Gemeinde nur noch auf Facebook? Ich habe kein "
     "Facebook und bin 71. Wo erfahre ich jetzt, was los ist?"),
    # digital
    ("neg", 1, "digital", "Für jeden Antrag brauche ich jetzt itsme. Mein Handy ist zu alt für die App und ich "
     "habe kein Geld für ein neues. Wie soll ich meine Sachen erledigen? Gibt es noch einen Schalter?"),
    ("neu", 1, "digital", "Hallo, wie kann ich mich ohne itsme bei MyMinfin anmelden? Geht das noch mit dem "
     "Kartenleser und der eID?"),
    ("neg", 0, "digital", "Webseite der DG schon wieder down. Digitale Verwaltung 2026 lol"),
    ("pos", 0, "digital", "Endlich kann man die Müllkalender-App auch auf Deutsch einstellen. Kleine Sache, "
     "aber danke!"),
    ("neg", 0, "digital", "Glasfaser überall, haben sie gesagt. Bei uns in Thommen hab ich 4 Mbit. "
     "Homeoffice ist ein Witz."),
    ("neu", 1, "digital", "Gibt es in Eupen Kurse für Senioren, um den Umgang mit dem Smartphone und den "
     "Online-Diensten der Gemeinde zu lernen?"),
    ("neg", 1, "digital", "Das neue Online-Portal für die Kindergeldanträge ist eine Katastrophe: nach jedem "
     "Schritt Fehlermeldung, dann ist alles weg. Ich habe es viermal versucht. Können Sie das bitte an die "
     "zuständige Stelle weitergeben und mir sagen, wie ich den Antrag sonst stellen kann?"),
    ("pos", 1, "digital", "Der digitale Schalter der Gemeinde funktioniert wirklich gut, ich habe meinen "
     "Wohnsitznachweis in 5 Minuten bekommen 👍 Kann man dort auch bald Parkkarten beantragen?"),
    ("neu", 0, "digital", "Wartungsarbeiten: MyMinfin ist laut Webseite am Samstag von 8 bis 14 Uhr nicht "
     "erreichbar."),
    ("neu", 1, "digital", "Meine Mutter hat Angst, dass ihre Daten bei der neuen Gesundheits-App in falsche "
     "Hände geraten. Wer hat Zugriff darauf? Kann sie widersprechen?"),
    # short social-media reactions, sarcasm, Denglisch, no punctuation, caps
    ("neg", 0, "bus", "Wow, der Bus kam heute nur 40 Minuten zu spät. Rekord! 🏆"),
    ("neg", 0, "energy", "Danke für die Gaspreisbremse, die bei uns nie angekommen ist. Echt hilfreich 😂"),
    ("neg", 0, "municipal", "Ganz großes Kino, die neue Ampel an der Kreuzung. Jetzt steht man 5 Minuten statt 1 👏👏"),
    ("neg", 0, "taxes", "Noch eine neue Steuer? Na klar, wir haben ja alle zu viel Geld 🙃"),
    ("neg", 0, "digital", "Online-Termin buchen: Fehler 500. Anrufen: Warteschleife 45 min. Hingehen: geschlossen. "
     "Perfekt durchdacht!"),
    ("neg", 0, "health", "Toll, dass man jetzt 15 Euro mehr fürs Taxi ins Krankenhaus zahlt. So gesund wie wir "
     "alle sind braucht das eh keiner 🙄"),
    ("neg", 0, "elections", "Schöne Wahlversprechen. Schade nur, dass sie nach dem Wahlabend in der Schublade "
     "landen."),
    ("neg", 0, "schools", "Digitalisierung der Schulen: die Tablets sind da, das WLAN nicht. Chapeau!"),
    ("neg", 0, "fines", "Das ist so ein Fail mit den neuen Parkautomaten, die nehmen keine Karte und kein "
     "Bargeld. Und dann kommt das Knöllchen 🤡"),
    ("neg", 0, "digital", "Das neue Portal ist halt null user friendly. Wer hat das getestet? Niemand offensichtlich"),
    ("neg", 1, "digital", "Hi, der Login mit itsme crasht jedes Mal, I mean jedes Mal. Könnt ihr mal einen Bugreport "
     "weiterleiten oder mir sagen wo ich das melden kann?"),
    ("pos", 0, "culture", "Mega nice Event gestern im Alten Schlachthof, die Location ist einfach top 🔥"),
    ("pos", 0, "schools", "Shoutout an die Lehrer der Pater-Damian-Schule, die das Projekt mit den Geflüchteten "
     "gemacht haben. Respekt!"),
    ("neg", 0, "municipal", "kein bock mehr auf diese baustelle seit einem jahr vor meiner tür und kein ende "
     "in sicht"),
    ("neu", 1, "municipal", "hallo ich hab eine frage wann ist die nächste sperrmüllabfuhr in eynatten"),
    ("neg", 1, "housing", "wieso muss ich für den wohnsitzwechsel 3 mal zur gemeinde laufen kann man das nicht "
     "online machen wie überall sonst"),
    ("pos", 0, "bus", "danke für den neuen fahrradständer am bahnhof endlich kein chaos mehr"),
    ("neg", 0, "security", "DIE POLIZEI KOMMT NIE WENN MAN SIE BRAUCHT ABER BEIM PARKEN SIND SIE SOFORT DA"),
    ("neg", 1, "pensions", "WANN KOMMT ENDLICH MEINE PENSION ICH WARTE SEIT AUGUST!!!!"),
    ("neg", 0, "asylum", "UNGLAUBLICH WAS HIER ABGEHT. UND KEINER TRAUT SICH WAS ZU SAGEN."),
    ("neu", 1, "elections", "GUTEN TAG, WO KANN ICH DIE LISTE DER KANDIDATEN FÜR DIE GEMEINDE AMEL SEHEN? "
     "DANKE"),
    ("pos", 0, "health", "👏👏👏 für die Pflegerinnen im Altenheim, die an Weihnachten arbeiten"),
    ("neg", 0, "energy", "💸💸💸 Stromrechnung des Grauens"),
    ("pos", 0, "climate", "Endlich!!! 🌱🌱"),
    ("neg", 0, "bus", "🙄"),
    ("neg", 0, "taxes", "Typisch."),
    ("pos", 0, "municipal", "Top, danke! 👍"),
    ("neu", 1, "childcare", "Und ab wann gilt das?"),
    ("neg", 0, "elections", "Lächerlich. Einfach nur lächerlich."),
    ("pos", 0, "culture", "Wunderbares Konzert, Gänsehaut pur!"),
    ("neg", 1, "energy", "Und wer zahlt das am Ende? Sagen Sie es ehrlich, Herr Minister."),
    ("neg", 0, "energy", "Und wer zahlt das am Ende? Wir natürlich, wie immer."),
    # typos, dialect, East-Belgian colour
    ("neg", 0, "municipal", "dat is doch nit normal, dreimal angerufen und keiner weiss bescheid bei der gemeinde"),
    ("neu", 1, "permits", "hallo, ich wolte fragen ob man für ein gartenhaus ne genemigung braucht in lontzen, "
     "danke schön"),
    ("neg", 1, "fines", "ich hab ein strafzetel bekomen obwohl ich die parkscheibe hatte, wie kann ich "
     "wiederspruch machen? das ist unfair"),
    ("pos", 0, "childcare", "Die Krippe in Kettenis ist einfach klasse, unser Kleener geht jeden Morgen gerne hin. "
     "Danke!"),
    ("neg", 0, "bus", "Platt gesagt: dä Bus köt net. Wie immer."),
    ("neu", 1, "pensions", "sehr geerte damen und heren ich möchte wissen ob meine witwenrente steigt wen die "
     "indexierung kommt mit freundlichen grüssen maria"),
    ("neg", 1, "health", "bei der krankenkase sagen sie das sie nix machen können und beim arzt sagen sie frag "
     "die krankenkase. wer hilft mir jezt?"),
    ("pos", 1, "municipal", "Danke fürs schnelle Reagieren wegen dem Schlagloch in der Bergstraße! Könntet ihr "
     "euch auch das in der Bahnhofstraße anschauen? 😊"),
    # polite criticism
    ("neg", 1, "permits", "Sehr geehrte Damen und Herren, ich möchte Sie freundlich darauf hinweisen, dass die "
     "Bearbeitung unseres Antrags die gesetzliche Frist von 75 Tagen bereits deutlich überschritten hat. Ich "
     "wäre Ihnen dankbar, wenn Sie mir den aktuellen Stand mitteilen könnten. Mit besten Grüßen, Dr. Paul "
     "Hansen"),
    ("neg", 1, "culture", "Mit allem Respekt für Ihre Arbeit: die Entscheidung, das Sommerkino in Eupen zu "
     "streichen, ist für viele Familien ein Verlust. Ich hoffe, Sie überdenken das noch einmal. Wäre ein "
     "Gespräch möglich?"),
    ("neg", 1, "schools", "Ich schätze Ihr Engagement sehr, muss aber leider sagen, dass die Kommunikation rund "
     "um die Schulschließung enttäuschend war. Die Eltern haben es aus der Zeitung erfahren. Warum wurden wir "
     "nicht vorher informiert?"),
    ("neg", 0, "housing", "Ich will niemandem etwas unterstellen, aber dass das Bauland ausgerechnet an den Cousin "
     "des Schöffen verkauft wurde, hinterlässt einen faden Beigeschmack."),
    ("neg", 1, "municipal", "Liebe Gemeinde, ich weiß, dass ihr viel zu tun habt, aber auf meine Mail vom 3. "
     "September habe ich bis heute keine Antwort. Könnte sich bitte jemand melden? Danke, Irene"),
    ("neg", 1, "health", "Guten Tag Frau Ministerin, ich möchte mich sachlich äußern: die neuen Regeln für die "
     "häusliche Pflege sind für Angehörige kaum zu verstehen und bedeuten viel Papierkram. Ich bitte darum, "
     "dass die Formulare vereinfacht werden. Können Sie dazu etwas sagen? Freundliche Grüße"),
    # mixed praise and complaint
    ("neg", 1, "bus", "Die neuen Elektrobusse sind schön leise, keine Frage. Aber wenn sie im Winter "
     "ausfallen, weil die Batterie nicht mitmacht, bringt uns das nichts. Was ist der Plan B?"),
    ("neg", 0, "municipal", "Der neue Marktplatz sieht toll aus, nur leider gibt es jetzt null Parkplätze für "
     "die Geschäfte. Die Läden sterben, aber hübsch ist es."),
    ("neg", 1, "schools", "Ich finde die Idee mit dem gesunden Schulessen gut, aber 4,50 Euro pro Mahlzeit kann "
     "sich nicht jede Familie leisten. Gibt es eine Ermäßigung für Familien mit wenig Einkommen?"),
    ("pos", 0, "culture", "Super Konzert im Park, danke! Nur die Toiletten waren ein bisschen knapp, aber sonst "
     "perfekt 😄"),
    ("pos", 1, "health", "Das neue Ärztehaus in Bütgenbach ist ein großer Gewinn für das Dorf, danke! Eine "
     "Frage nur: wird es auch samstags geöffnet haben?"),
    ("neg", 0, "climate", "Schön dass ihr Bäume pflanzt. Dass ihr gleichzeitig das Wäldchen am Stadtrand für "
     "ein Gewerbegebiet abholzt, erwähnt ihr lieber nicht."),
    ("neg", 1, "childcare", "Danke für die Erhöhung des Kindergelds, wirklich. Aber ehrlich, was uns fehlt sind "
     "Krippenplätze. Wann kommen die?"),
    # thanks with a follow-up question
    ("pos", 1, "taxes", "Herzlichen Dank für Ihre Hilfe bei meiner Steuererklärung letzte Woche! Eine kurze "
     "Frage noch: muss ich die Belege aufbewahren und wenn ja wie lange?"),
    ("pos", 1, "housing", "Vielen Dank für den Hinweis auf die Renovierungsprämie, wir haben sie bekommen 🥳 "
     "Gibt es eigentlich auch etwas für neue Fenster?"),
    ("pos", 1, "energy", "Danke für die super Infoveranstaltung zu Energiegemeinschaften in Raeren! Wann ist das "
     "nächste Treffen?"),
    ("pos", 1, "security", "Danke an die Bürgerpolizistin, die letzte Woche bei uns war, sehr nett. Kann sie auch "
     "mal bei der Nachbarschaftsversammlung vorbeikommen?"),
    ("pos", 0, "digital", "Danke für die Hilfe am Telefon mit dem Kartenleser, jetzt klappt alles. Schönen Abend "
     "noch!"),
    ("pos", 0, "asylum", "Ich war skeptisch, als das Zentrum eröffnet hat, aber ich muss zugeben, es läuft gut "
     "und die Leute sind freundlich. Danke an die Mitarbeiter."),
    # neutral information, reports without judgement
    ("neu", 0, "municipal", "Guten Tag, ich wollte nur mitteilen, dass ich meinen Hund jetzt bei der Gemeinde "
     "angemeldet habe, wie im Brief verlangt. Die Marke habe ich bekommen. Gruß, T. Weber"),
    ("neu", 0, "bus", "Der 720er fährt ab Montag wieder normal über Hauset, die Baustelle ist fertig."),
    ("neu", 0, "fines", "Habe die Strafe heute überwiesen, Referenz steht im Verwendungszweck. Mit freundlichen "
     "Grüßen, Jens Hoffmann"),
    ("neu", 0, "elections", "Ich habe die Vollmacht für meine Mutter jetzt bei der Gemeinde abgegeben, sie wählt "
     "also über mich."),
    ("neu", 0, "health", "Das Impfzentrum in Eupen hat ab Januar nur noch dienstags und donnerstags geöffnet, "
     "so steht es auf der Webseite des Ministeriums."),
    ("neu", 0, "schools", "Für die Eltern in der Gruppe: die Einschreibung für die Sekundarschule läuft ab dem "
     "1. März, Unterlagen gibt es im Sekretariat."),
    ("neu", 0, "nitrogen", "Die Messergebnisse zu Ammoniak im Naturpark Hohes Venn wurden heute veröffentlicht, "
     "der Bericht ist auf der Seite der Region."),
    ("neu", 0, "asylum", "Am Samstag sammelt die Pfarre in St. Vith Winterkleidung für das Aufnahmezentrum, "
     "Abgabe von 10 bis 12 Uhr."),
    ("neu", 0, "permits", "Unser Bauantrag ist seit heute vollständig eingereicht, die Bestätigung ist per "
     "Mail gekommen."),
    ("neu", 0, "taxes", "Der Steuerbescheid ist bei mir heute per eBox gekommen, falls andere noch warten."),
    ("neu", 0, "security", "Heute Abend Polizeikontrolle an der Kreuzung Eupen-Kettenis, nur zur Info."),
    ("neu", 0, "culture", "Die Karten für das Neujahrskonzert gibt es ab Montag im Tourist Info Büro."),
    ("neu", 0, "digital", "Ich habe mir die neue eID abgeholt, PIN-Brief kam zwei Tage später."),
    ("neu", 0, "housing", "Wir haben das Formular für die Mietbeihilfe abgeschickt, wie am Telefon besprochen. "
     "Viele Grüße, Familie Radermacher"),
    ("neu", 0, "climate", "Der Wasserstand der Weser liegt laut Pegel heute bei 1,20 m, also normal."),
    ("neu", 0, "childcare", "Die Anmeldeliste für die Sommerbetreuung in Raeren ist seit heute online."),
    ("neu", 0, "energy", "Hab den Zählerstand heute online eingegeben, ging ohne Probleme."),
    ("neu", 0, "pensions", "Mein Vater hat seinen Pensionsbescheid bekommen, wir gehen ihn nächste Woche mit dem "
     "Sozialdienst durch."),
    ("neu", 0, "municipal", "In der Kirchstraße ist heute ein Wasserrohr gebrochen, die Feuerwehr ist schon da."),
    ("neu", 0, "schools", "Morgen fällt der Schulbus nach Manderfeld wegen Glatteis aus, hat die Schule "
     "angerufen."),
    # worried questions, asked plainly
    ("neu", 1, "nitrogen", "Ich lese viel über Stickstoff und bin ehrlich gesagt verunsichert. Müssen "
     "Betriebe in der Nähe von Naturschutzgebieten wie dem Venn mit Schließung rechnen?"),
    ("neu", 1, "asylum", "Wir bekommen im Dorf ein Aufnahmezentrum für 80 Personen. Einige Nachbarn sind "
     "beunruhigt. Gibt es eine Infoversammlung, bei der man Fragen stellen kann?"),
    ("neu", 1, "pensions", "Mein Mann ist letzten Monat gestorben. Ich weiß nicht, ob ich jetzt selbst etwas "
     "beantragen muss für die Hinterbliebenenpension. Können Sie mir sagen, wie das geht?"),
    ("neu", 1, "energy", "Wir haben einen Brief bekommen, dass unser Fixtarif ausläuft. Ich habe Angst, dass "
     "die Rechnung explodiert. Was für Möglichkeiten haben wir jetzt?"),
    ("neu", 1, "health", "Mein Sohn soll nach Lüttich ins Krankenhaus verlegt werden. Dort spricht kaum jemand "
     "Deutsch. Gibt es einen Dolmetscherdienst für Patienten aus der DG?"),
    ("neu", 1, "security", "Auf Facebook liest man, dass ein Mann in der Nähe der Schule Kinder angesprochen hat. "
     "Ist das bekannt bei der Polizei? Sollen wir die Kinder abholen?"),
    ("neu", 1, "digital", "Ich habe eine SMS bekommen, angeblich von der Steuerverwaltung, mit einem Link. Ist "
     "das echt oder Betrug?"),
    ("neu", 1, "taxes", "Wir haben geerbt und wissen nicht, wie viel Erbschaftssteuer wir in der Wallonie zahlen "
     "müssen. Wer kann uns da beraten?"),
    ("neu", 1, "housing", "Der Vermieter hat das Haus verkauft. Muss der neue Besitzer unseren Mietvertrag "
     "übernehmen oder können wir rausgeworfen werden?"),
    ("neu", 1, "climate", "Liebes Büro, meine Kinder fragen mich ständig, ob es wegen dem Klima bald keinen "
     "Schnee mehr in der Eifel gibt. Gibt es Material für Familien, das das kindgerecht erklärt?"),
    ("neu", 1, "childcare", "Meine Tagesmutter hört im Juni auf. Bekomme ich automatisch einen neuen Platz "
     "vermittelt oder muss ich mich neu anmelden?"),
    ("neu", 1, "permits", "Der Nachbar baut eine Mauer, die zwei Meter hoch ist, direkt an unserer Grenze. Braucht "
     "er dafür eine Genehmigung? Wo kann man das nachsehen?"),
    ("neu", 1, "culture", "Findet der Weihnachtsmarkt in St. Vith dieses Jahr statt? Ich habe nichts dazu "
     "gefunden."),
    ("neu", 1, "elections", "Hallo, bis wann muss man als EU-Bürger eingeschrieben sein, um bei den "
     "Gemeindewahlen mitzumachen?"),
    ("neu", 1, "fines", "Ich hab eine Strafe aus Frankreich bekommen, angeblich zu schnell auf der Autobahn. "
     "Muss ich die zahlen wenn ich in Belgien wohne?"),
    # praise, thanks, support, congratulations
    ("pos", 0, "nitrogen", "Vielen Dank, dass Sie sich im Parlament so klar für die kleinen Familienbetriebe "
     "eingesetzt haben. Das gibt uns Landwirten Mut."),
    ("pos", 0, "permits", "Danke an den Städtebaudienst in Eupen, unser Antrag war in sechs Wochen durch. Sehr "
     "effizient!"),
    ("pos", 0, "taxes", "Guter Vorschlag zur Senkung der Steuer auf niedrige Löhne, volle Unterstützung von "
     "meiner Seite."),
    ("pos", 0, "security", "Seit die Bürgerpolizistin regelmäßig durch unser Viertel geht, fühlen wir uns viel "
     "sicherer. Danke dafür!"),
    ("pos", 0, "elections", "Ich habe Sie gewählt und würde es wieder tun. Danke für Ihre ehrliche Art 🙏"),
    ("pos", 0, "energy", "Unsere Energiegemeinschaft in Amel läuft seit einem Jahr, danke an die Gemeinde für "
     "die Unterstützung beim Start!"),
    ("pos", 0, "housing", "Ich wollte mich noch einmal bedanken. Dank Ihrer Vermittlung haben wir endlich eine "
     "passende Wohnung gefunden. Die Kinder haben jetzt jedes ein eigenes Zimmer."),
    ("pos", 0, "pensions", "Heute die Mindestpension erhöht bekommen, das macht für mich als Witwe einen großen "
     "Unterschied. Danke!"),
    ("pos", 0, "bus", "Der Nachtbus am Wochenende nach dem Karneval war eine super Idee, so sind alle sicher nach "
     "Hause gekommen 🚌"),
    ("pos", 0, "digital", "Mein Kompliment für die neue Seite ostbelgienlive, übersichtlich und endlich "
     "auf dem Handy gut lesbar."),
    ("pos", 0, "childcare", "Herzlichen Glückwunsch zur Eröffnung des Kinderhauses in Kelmis, ein toller Tag für "
     "die ganze Gemeinde 🎈"),
    ("pos", 0, "health", "Danke, dass die Fahrten zur Dialyse jetzt erstattet werden. Für meinen Vater eine "
     "riesige Erleichterung."),
    ("pos", 0, "climate", "Respekt, dass die DG als erste Region in Belgien alle Schuldächer mit "
     "Solarpanels ausstattet. Weiter so!"),
    ("pos", 0, "schools", "Ich bin Lehrerin und wollte Danke sagen für die Fortbildungstage, die waren diesmal "
     "wirklich praxisnah."),
    ("pos", 0, "municipal", "Liebe Gemeinde Burg-Reuland, die Weihnachtsbeleuchtung ist wunderschön dieses Jahr ✨"),
    ("pos", 0, "asylum", "Schön zu sehen, wie die neuen Nachbarn aus Eritrea im Fußballverein aufgenommen "
     "wurden. So geht Integration 💪"),
    ("pos", 0, "culture", "Gratulation zum Kulturpreis der DG, Frau Minister, Sie haben eine gute Wahl getroffen!"),
    # invitations and positive asks
    ("pos", 1, "nitrogen", "Sehr geehrter Herr Abgeordneter,\n\nwir würden Sie gern auf unseren Hof in "
     "Medell einladen, um Ihnen zu zeigen, wie wir Emissionen schon heute reduzieren. Hätten Sie im Januar einen "
     "Nachmittag Zeit?\n\nHerzliche Grüße\nFamilie Schröder"),
    ("pos", 1, "schools", "Unsere Schule feiert im Juni 100 Jahre, und die Schüler würden sich sehr freuen, "
     "wenn Sie kommen. Dürfen wir Ihnen eine Einladung schicken?"),
    ("pos", 1, "security", "Die Nachbarschaftswache Kettenis lädt Sie herzlich zu unserem Jahrestreffen ein, "
     "wir sind stolz auf das, was wir zusammen erreicht haben. Kommen Sie vorbei?"),
    ("pos", 1, "elections", "Toller Auftritt bei der Podiumsdiskussion gestern! Könnten Sie mir Ihren Text zur "
     "Mobilität schicken? Ich möchte ihn im Verein teilen."),
    ("pos", 1, "culture", "Wir haben uns sehr über die Unterstützung für unser Dorffest gefreut! Würden Sie die "
     "Eröffnungsrede halten?"),
    ("pos", 1, "asylum", "Danke für die Hilfe bei der Anerkennung der Diplome meiner Frau. Wissen Sie, ob sie "
     "jetzt auch als Krankenpflegerin arbeiten darf?"),
    ("pos", 1, "permits", "Danke für die schnelle Antwort! Dürfte ich Sie noch fragen, ob wir das Gartenhaus "
     "auch mit einem Flachdach bauen dürfen?"),
    ("pos", 1, "digital", "Der Computerkurs für Senioren war wunderbar, meine Mutter ist begeistert! Gibt es "
     "einen Fortsetzungskurs?"),
    ("pos", 1, "taxes", "Vielen Dank für die klaren Erklärungen im Video zur Steuerreform! Kommt auch ein Video "
     "zu den Änderungen für Selbstständige?"),
    ("pos", 1, "climate", "Schöne Aktion mit den Obstbäumen für jedes Neugeborene in Lontzen 🍏 Wie melde ich "
     "mich dafür an?"),
    # more negative, varied forms
    ("neg", 0, "nitrogen", "Erst sagt man den Bauern, sie sollen wachsen, jetzt sollen sie schrumpfen. Planung "
     "sieht anders aus."),
    ("neg", 1, "nitrogen", "@LandwirtschaftDG Wie kann es sein, dass ein Biobetrieb mit 40 Kühen genauso "
     "behandelt wird wie eine Massentierhaltung? Das müssen Sie mir erklären."),
    ("neg", 0, "asylum", "Wieder mal wird ohne die Bürger entschieden. Das neue Zentrum wurde uns einfach "
     "vorgesetzt."),
    ("neg", 1, "asylum", "Sehr geehrte Damen und Herren,\nich begleite einen jungen Afghanen, der seit 14 Monaten "
     "auf seine Anhörung wartet. Er darf nicht arbeiten und wird depressiv. Ist das wirklich unser System? "
     "Können Sie sich nach dem Stand erkundigen?\nMit freundlichen Grüßen\nPfarrer i.R. H. Kaut"),
    ("neg", 0, "permits", "Drei Formulare, zwei Ämter, kein Mensch erreichbar. Willkommen in der Verwaltung."),
    ("neg", 1, "security", "Die Straßenbeleuchtung wird nachts um 23 Uhr abgeschaltet. Seitdem gehen Frauen bei "
     "uns abends nicht mehr allein zu Fuß. Haben Sie das mit der Polizei abgestimmt?"),
    ("neg", 0, "taxes", "Erst Index-Sprung, jetzt höhere Akzisen. Der Mittelstand ist der Dumme."),
    ("neg", 1, "culture", "Warum bekommt das Festival in Eupen dreimal so viele Fördermittel wie alle Vereine in "
     "der Eifel zusammen? Bitte um eine transparente Aufstellung."),
    ("neg", 0, "housing", "Wohnungsbauprogramm groß angekündigt, drei Jahre später steht da immer noch eine Wiese."),
    ("neg", 1, "digital", "Ich bin blind und die neue Webseite der Gemeinde ist mit dem Screenreader nicht "
     "nutzbar. Das ist diskriminierend. Wann wird das behoben?"),
    ("neg", 0, "pensions", "Die Pensionskasse schickt mir Post nur auf Französisch, obwohl ich seit 30 Jahren "
     "Deutsch als Sprache angegeben habe. Respektlos."),
    ("neg", 1, "elections", "Im Wahllokal in Kelmis gab es keine Rampe, mein Vater im Rollstuhl musste draußen "
     "warten bis jemand den Stimmzettel rausbrachte. Wie konnte das passieren?"),
    ("neg", 0, "schools", "Mein Sohn hat seit drei Wochen keinen Mathelehrer. Und das vor den Prüfungen. "
     "Keine Worte."),
    ("neg", 1, "fines", "Mir wurde eine Strafe für das Abbrennen von Gartenabfall gegeben, obwohl es erlaubt war "
     "laut Gemeindeblatt. Wer hat jetzt recht? Ich möchte die Strafe anfechten."),
    ("neg", 0, "climate", "Die Windräder werden bei uns aufgestellt, den Gewinn machen Firmen aus Brüssel. Danke "
     "für nichts."),
    ("neg", 1, "health", "Meine Schwiegermutter wurde nach der OP nach Hause geschickt, ohne dass jemand die "
     "häusliche Pflege organisiert hat. Wer ist dafür verantwortlich? Ich will eine Antwort."),
    ("neg", 0, "childcare", "Elternbeitrag in der Krippe schon wieder gestiegen. Kinder sind wohl Luxus hier."),
    ("neg", 1, "bus", "Heute stand ich mit meinem Kinderwagen 30 Minuten an der Haltestelle, weil der Bus keine "
     "Rampe hatte und der nächste voll war. Was tun Sie für Eltern und Rollstuhlfahrer?"),
    # East-Belgian, language rights, DG institutions
    ("neg", 1, "health", "Sehr geehrte Damen und Herren,\n\nbeim Notruf 112 wurde mein Mann gestern auf "
     "Französisch angesprochen und als er Deutsch sprach, hieß es: un moment. Es dauerte fast zwei Minuten. In "
     "einem Notfall! Deutsch ist Amtssprache in Belgien. Ich bitte Sie, das im Parlament anzusprechen und mir "
     "mitzuteilen, was unternommen wird.\n\nMit freundlichen Grüßen\nErika Cormann, Eupen"),
    ("neg", 0, "digital", "Die Bundesverwaltung hat ihre neue Webseite auf NL, FR und EN. Deutsch? Fehlanzeige. "
     "Wie jedes Mal."),
    ("neu", 1, "childcare", "Guten Tag, wo finde ich die Kaleido-Sprechstunde in St. Vith und muss man dafür "
     "einen Termin machen?"),
    ("pos", 0, "schools", "Die Kaleido-Mitarbeiterin in der Schule unserer Tochter ist super engagiert, das wollte "
     "ich mal sagen."),
    ("neu", 1, "elections", "Wie viele Sitze hat das Parlament der DG eigentlich und wann sind die nächsten "
     "Wahlen dafür?"),
    ("neg", 1, "municipal", "Warum sind die Gemeindeformulare in Kelmis immer noch nur auf Französisch "
     "online? Wir sind eine deutschsprachige Gemeinde. Wann wird das geändert?"),
    ("pos", 0, "culture", "Stolz auf unsere kleine Gemeinschaft, das Fest der DG war wieder einmal klasse! "
     "Danke an alle Helfer 🎉"),
    ("neu", 0, "municipal", "Die Gemeinde Eupen hat ihre neue Telefonnummer für den Bürgerservice im "
     "Gemeindeblatt veröffentlicht, Seite 3."),
    ("neg", 0, "taxes", "Grenzgänger zahlen Steuern in Deutschland, Gemeindesteuer hier und dann sind wir "
     "trotzdem die bösen. Es reicht langsam."),
    ("neu", 1, "health", "Kann ich als Grenzgänger mit der deutschen Krankenversicherung auch zu einem Arzt in "
     "Eupen gehen und wer bezahlt das?"),
    # Denglisch, contact forms, X mentions
    ("neg", 1, "digital", "@DGOstbelgien sorry aber die App ist echt ein Desaster, nach dem Update kann ich mich "
     "nicht mehr einloggen. Gibts da einen Fix?"),
    ("neg", 0, "culture", "Das Event war leider total overrated, teuer und schlecht organisiert. Next time bitte "
     "besser planen."),
    ("pos", 0, "digital", "Das neue Online-Formular ist echt smooth, in 2 Minuten erledigt. Good job 👌"),
    ("neu", 1, "municipal", "Kontaktformular\nName: Jonas Brüll\nBetreff: Feedback zur Baustelle\nNachricht: "
     "Wie lange bleibt die Umleitung in der Aachener Straße noch bestehen? Gibt es einen Zeitplan?"),
    ("neg", 1, "energy", "Kontaktformular – Nachricht: Ich habe vor drei Monaten die Renovierungsprämie "
     "beantragt, Status ist immer noch in Bearbeitung. Das ist nicht akzeptabel. Bitte teilen Sie mir mit, wann "
     "ich mit einer Entscheidung rechnen kann."),
    ("pos", 1, "climate", "Kontaktformular – Betreff: Lob und Frage. Nachricht: Die neue Fahrradstraße in "
     "Eupen ist klasse! Gibt es Pläne, sie bis Kettenis zu verlängern?"),
    ("neu", 1, "security", "@PolizeiWeserGoehl Wo kann ich ein gefundenes Fahrrad abgeben? Es steht seit einer "
     "Woche bei uns vor dem Haus."),
    ("neg", 0, "energy", "@ministerin lol 'die Preise sind stabil' sagt sie. Schauen Sie mal auf meine "
     "Rechnung."),
    ("pos", 0, "elections", "@BuergermeisterStVith Glückwunsch zur neuen Koalition, viel Erfolg für die "
     "nächsten sechs Jahre!"),
    ("neg", 1, "bus", "@TEC Das ist schon das fünfte Mal diesen Monat, dass der Bus ausfällt ohne Info in der "
     "App. Bekommen wir wenigstens einen Teil vom Abo zurück?"),
    # Facebook comments under a post
    ("neg", 0, "municipal", "Schönes Foto vom Bürgermeister beim Band durchschneiden. Die Straße ist trotzdem "
     "schon wieder voller Löcher."),
    ("pos", 0, "municipal", "Super Sache! Hat lange gedauert aber das Ergebnis kann sich sehen lassen 👍"),
    ("neu", 1, "schools", "Gilt das auch für die Gemeindeschulen oder nur für das Gemeinschaftsunterrichtswesen?"),
    ("neg", 0, "pensions", "Schön geschrieben. Nur glaubt das keiner mehr."),
    ("neu", 1, "housing", "Wo kann man den Antrag abholen? Im Rathaus oder beim ÖWOB?"),
    ("neg", 0, "asylum", "Und die Einheimischen warten weiter auf eine Wohnung. Aber Hauptsache schöne Posts."),
    ("pos", 0, "health", "Endlich eine gute Nachricht für die Eifel! Danke an alle, die sich dafür eingesetzt "
     "haben."),
    ("neg", 1, "climate", "Und was ist mit den Anwohnern, die seit dem Hochwasser immer noch keine Entschädigung "
     "bekommen haben? Dazu mal ein Post bitte."),
    ("neu", 0, "bus", "Gilt ab 1. Februar laut TEC-Seite."),
    ("pos", 1, "childcare", "Tolle Nachricht! Weiß jemand, ob man sich schon anmelden kann?"),
    # long mails
    ("neg", 1, "housing", "Sehr geehrter Herr Schöffe,\n\nich wende mich an Sie als Eigentümerin eines kleinen "
     "Hauses in der Unterstadt. Seit der Umgestaltung der Straße läuft bei jedem Regen Wasser in unseren Keller. "
     "Vorher hatten wir dieses Problem nie. Ich habe Fotos gemacht und zweimal beim Technischen Dienst angerufen, "
     "man hat mir einen Rückruf versprochen, der nie kam. Ich möchte niemandem etwas Böses, aber ich erwarte, "
     "dass die Gemeinde die Ursache prüft und für den Schaden aufkommt, wenn er durch die Bauarbeiten entstanden "
     "ist. Können Sie bitte einen Termin vor Ort vereinbaren?\n\nMit freundlichen Grüßen\nChristine Leonard"),
    ("pos", 1, "culture", "Liebe Frau Ministerin,\n\nim Namen des Heimatvereins Recht möchte ich mich herzlich "
     "für die Unterstützung bei der Restaurierung unserer Kapelle bedanken. Ohne den Zuschuss der DG wäre das "
     "nicht möglich gewesen. Am 21. Juni feiern wir die Einweihung mit einem kleinen Fest und würden uns sehr "
     "freuen, wenn Sie dabei sein könnten. Dürfen wir mit Ihnen rechnen?\n\nMit herzlichen Grüßen\nJosef "
     "Margraff, Vorsitzender"),
    ("neu", 1, "pensions", "Sehr geehrte Damen und Herren,\n\nich habe von 1985 bis 1999 in Luxemburg und "
     "danach in Belgien gearbeitet. Ich gehe nächstes Jahr in Pension und möchte wissen, ob ich den Antrag in "
     "beiden Ländern getrennt stellen muss oder ob der belgische Pensionsdienst das weiterleitet. Ich danke "
     "Ihnen im Voraus für Ihre Auskunft.\n\nMit freundlichen Grüßen\nNorbert Huppertz, Burg-Reuland"),
    ("neg", 1, "schools", "Sehr geehrte Frau Ministerin,\n\nich bin Mutter eines autistischen Sohnes. Seit der "
     "Schulwechsel ansteht, höre ich nur: keine Plätze in der Förderschule, keine Integrationsbegleitung "
     "verfügbar. Ich habe das Gefühl, mein Kind fällt durch alle Raster. Ich bitte Sie dringend um ein Gespräch "
     "oder zumindest um einen Ansprechpartner, der mir weiterhelfen kann.\n\nMit freundlichen Grüßen\nSilke "
     "Pauels"),
    ("neu", 1, "energy", "Guten Tag,\n\nwir sind ein Zusammenschluss von zehn Familien in Manderfeld und "
     "überlegen, eine gemeinsame Photovoltaikanlage auf dem Dach des Dorfsaals zu bauen. Welche Schritte sind "
     "nötig, wer muss zustimmen, und gibt es dafür Fördermittel?\n\nViele Grüße\nMichael Backes"),
    # remaining mixes
    ("neg", 0, "fines", "Radarfalle hinter der Kurve, natürlich gut versteckt. Mit Sicherheit hat das nix zu tun."),
    ("neu", 1, "fines", "Ich habe die Strafe wegen der Umweltzone in Brüssel bekommen, obwohl mein Auto Euro 6 "
     "ist. Wie kann ich das nachweisen?"),
    ("pos", 0, "fines", "Finde es richtig, dass Müll in der Natur endlich teuer bestraft wird. Der Wald ist kein "
     "Abfalleimer."),
    ("neg", 1, "permits", "Bitte erklären Sie mir, warum mein Nachbar ein Haus mit drei Etagen bauen darf und "
     "ich für ein Dachfenster abgelehnt wurde."),
    ("neu", 1, "nitrogen", "Gibt es eine Beratungsstelle für Landwirte in der DG, die bei den neuen "
     "Umweltauflagen hilft?"),
    ("pos", 1, "nitrogen", "Danke für den Besuch auf unserem Hof letzte Woche, es hat uns gefreut! Können Sie uns "
     "die Studie zur Weidehaltung, die Sie erwähnt haben, zukommen lassen?"),
    ("neg", 0, "nitrogen", "Brüssel entscheidet, die Eifel zahlt. Wie immer."),
    ("neu", 0, "nitrogen", "Der Bauernverband organisiert am Freitag einen Infoabend zu den neuen Düngeregeln in "
     "Weismes."),
    ("neg", 0, "security", "Polizeireform, Zusammenlegung, Effizienz. Am Ende sitzt keiner mehr auf der Wache "
     "in Büllingen."),
    ("neu", 1, "taxes", "Muss ich die Zweitwohnungssteuer zahlen, wenn mein Ferienhaus in Bütgenbach nur von "
     "der Familie genutzt wird?"),
    ("neg", 0, "childcare", "Ganz ehrlich, für einen Krippenplatz braucht man hier Vitamin B."),
    ("neu", 1, "asylum", "Bis wann kann man sich als Gastfamilie für minderjährige Geflüchtete melden, und "
     "welche Voraussetzungen gibt es?"),
    ("pos", 0, "housing", "Tolle Initiative mit den Tiny Houses für junge Leute in Amel! Mehr davon 🏡"),
    ("neg", 1, "energy", "Ich habe eine Heizkostenabrechnung vom Vermieter bekommen, die doppelt so hoch ist wie "
     "letztes Jahr, ohne Belege. Muss ich das einfach so zahlen? Das kann doch nicht sein."),
    ("pos", 0, "pensions", "Danke an den Pensionsdienst, meine Frage wurde in drei Tagen beantwortet, auf "
     "Deutsch. Das hatte ich nicht erwartet!"),
    ("neg", 0, "elections", "Wahlpflicht, aber die Wahlbüros machen um 14 Uhr zu. Schichtarbeiter haben halt "
     "Pech."),
    ("neu", 1, "culture", "Hat die Stadtbibliothek in Eupen auch Bücher auf Ukrainisch oder Arabisch für Kinder?"),
    ("pos", 1, "health", "Die Hebammen in St. Vith sind großartig, danke dass ihr euch für den Erhalt der "
     "Station einsetzt! Gibt es eine Petition, die man unterschreiben kann?"),
    ("neg", 1, "digital", "Meine Rente wird nur noch per eBox verschickt, ich habe das nie beantragt und "
     "habe wichtige Briefe verpasst. Wie kann ich wieder Papierpost bekommen?"),
    ("neu", 0, "climate", "Hab gerade gesehen, dass die Gemeinde Lontzen einen Klimabericht veröffentlicht hat, "
     "Link ist auf ihrer Facebookseite."),
    ("neg", 0, "bus", "Bushaltestelle ohne Fahrplan, ohne Dach, ohne Licht. Aber mit Werbetafel. 👏"),
    ("pos", 1, "security", "Danke für die schnelle Reaktion auf meine Meldung wegen der kaputten Ampel! Wisst "
     "ihr schon, wann sie repariert wird?"),
]

NL: list[Message] = [
    # municipal services
    ("neg", 0, "municipal", "Schitterend gedaan, echt 👏 Drie weken ligt het grofvuil hier al op de stoep in "
     "Borgerhout."),
    ("neg", 1, "municipal", "Goedendag, sinds het nieuwe afsprakensysteem kan ik pas in februari terecht voor "
     "een nieuwe identiteitskaart. Mijn oude vervalt volgende week. Hoe moet dat nu? Ik vraag u om een "
     "oplossing. Met vriendelijke groeten, Annemie Peeters"),
    ("neu", 1, "municipal", "Dag, waar kan ik in Leuven de roze zakken voor harde plastics kopen? Bedankt"),
    ("pos", 0, "municipal", "Een dikke merci aan de mannen van de groendienst, ze hebben het parkje aan de kerk "
     "super mooi gemaakt 🌷"),
    ("neg", 0, "municipal", "de straatlamp in onze straat is al sinds oktober kapot en niemand die iets doet "
     "typisch"),
    ("neu", 0, "municipal", "Ter info: het recyclagepark in Wevelgem is zaterdag gesloten wegens "
     "onderhoudswerken, staat op het bord aan de poort."),
    ("neg", 1, "municipal", "@stadgent Waarom wordt de ophaling van het GFT alweer uitgesteld??? Het stinkt hier "
     "in de hele straat. Graag een antwoord."),
    ("pos", 1, "municipal", "Beste schepen, bedankt voor de snelle herstelling van de speeltuin aan de "
     "Kerkstraat! De kinderen zijn in de wolken. Nog een vraagje: komt daar ook terug een bank voor de ouders?"),
    ("neu", 1, "municipal", "Ik verhuis volgende maand van Mechelen naar Bonheiden. Moet ik mij in beide "
     "gemeenten melden of volstaat de nieuwe?"),
    ("neg", 0, "municipal", "Openingsuren van het gemeentehuis: maandag tot vrijdag van 9 tot 12. Dus precies als "
     "iedereen werkt. Heel klantvriendelijk 🙄"),
    ("neg", 1, "municipal", "Geachte burgemeester,\n\nmet alle respect, maar de manier waarop de buurt werd "
     "ingelicht over de afsluiting van de parking aan het kerkhof was niet in orde. Een briefje aan een "
     "lantaarnpaal volstaat niet. Kan u mij laten weten hoe dat in de toekomst zal gebeuren?\n\nHoogachtend\n"
     "Roger Vermeulen, Zonhoven"),
    ("pos", 0, "municipal", "De nieuwe bib in het centrum is echt prachtig geworden, vandaag voor het eerst "
     "binnen geweest. Goe bezig!"),
    ("neu", 1, "municipal", "Contactformulier – Onderwerp: hondenbelasting. Bericht: Onze hond is deze zomer "
     "gestorven. Moet ik de belasting voor het hele jaar betalen of enkel een deel?"),
    ("neg", 0, "municipal", "ALWEER GEEN WATER IN ONZE STRAAT!!! Derde keer deze maand"),
    ("neg", 0, "municipal", "Amai, nu hebben ze de vuilbakken aan de bushalte weggehaald. En dan klagen over "
     "zwerfvuil 🤦"),
    ("neu", 1, "municipal", "Ge moogt mij eens zeggen tot wanneer de containerpark open is op zaterdag, 't staat "
     "nergens op de site"),
    # fines
    ("neg", 1, "fines", "Ik kreeg een GAS-boete van 60 euro omdat mijn vuilzak één dag te vroeg buiten stond. ÉÉN "
     "DAG. Meent ge dat nu? Ik wil weten hoe ik bezwaar kan indienen."),
    ("neg", 0, "fines", "Flitspaal in de zone 30 aan de school maar nooit één controle als de vrachtwagens er "
     "door razen. Gaat alleen om het geld 💸"),
    ("neu", 1, "fines", "Goeiedag, ik kreeg een boete uit Brussel voor de lage-emissiezone, maar mijn auto is "
     "een benzine van 2019. Is dat een vergissing? Hoe kan ik dat nakijken? Mvg, Kris Janssens"),
    ("neg", 0, "fines", "Parkeerboete voor mijn eigen deur omdat ze hier blauwe zone ingevoerd hebben zonder iets "
     "te laten weten. Merci voor niks"),
    ("neu", 1, "fines", "Klopt het dat parkeren op een invalidenplaats nu 350 euro kost? Mijn buurman zei dat."),
    ("pos", 0, "fines", "Goed dat er eindelijk zwaardere straffen komen voor sluikstorters. Het heeft lang genoeg "
     "geduurd 👍"),
    ("neg", 1, "fines", "Geachte,\nik heb de parkeerretributie betaald (overschrijving van 4/11) en nu krijg ik "
     "een herinnering met 15 euro kosten. Ik verwacht dat die geschrapt wordt. Het betalingsbewijs zit in "
     "bijlage.\nMvg, Sandra De Smet"),
    ("neg", 0, "fines", "ne boete voor 3 minuten te laat aan de parkeermeter. echt gênant hoe de stad aan haar "
     "geld komt"),
    ("neu", 0, "fines", "Voor de anderen hier: ge hebt 30 dagen om verweer in te dienen tegen een GAS-boete, "
     "staat klein op de achterkant."),
    ("neg", 1, "fines", "@PolitieAntwerpen hoe kan ik een boete krijgen als het bord al weken omvergereden in "
     "de gracht ligt?? Leg mij dat eens uit"),
    ("neu", 1, "fines", "Kan ik een verkeersboete in schijven afbetalen? We zitten nu wat krap."),
    ("neg", 0, "fines", "Zo ne flitser achter de bocht verstoppen, da's toch gewoon geld klopperij. Met "
     "veiligheid heeft dat niks te maken."),
    # permits
    ("neg", 1, "permits", "Al 14 maanden wachten wij op de omgevingsvergunning voor een carport in Lommel. 14 "
     "MAANDEN voor een houten dak. Wie is daar eigenlijk bevoegd en waarom duurt dat zo lang?"),
    ("neu", 1, "permits", "Dag, heb ik een omgevingsvergunning nodig voor een tuinhuis van 18 m² of is een "
     "melding genoeg? Groeten uit Kortrijk"),
    ("pos", 0, "permits", "Dank aan mevrouw Claes van de dienst omgeving, die een uur de tijd nam om alles uit "
     "te leggen. Zo stel ik mij een overheid voor!"),
    ("neg", 0, "permits", "Zonnepanelen op een beschermd dak? Formulier A, formulier B, advies van Onroerend "
     "Erfgoed... en dan verschieten dat niemand meedoet met de energietransitie."),
    ("neu", 1, "permits", "Hallo, wij willen deze zomer een straatfeest houden in de Pastoriestraat. Hebben we "
     "daarvoor een toelating van de stad nodig en tegen wanneer moet de aanvraag binnen zijn?"),
    ("neg", 1, "permits", "Geachte minister,\n\nik schrijf u omdat het windpark in onze gemeente werd vergund "
     "ondanks meer dan 600 bezwaarschriften. Ik vind het respectloos dat geen enkel bezwaar publiek beantwoord "
     "werd. Worden de burgers nog gehoord?\n\nMet vriendelijke groeten\nHendrik Maes"),
    ("neu", 0, "permits", "Voor wie het vroeg: de plannen van de nieuwe verkaveling liggen tot vrijdag ter inzage "
     "in het gemeentehuis."),
    ("neg", 0, "permits", "ze willen da'k ne vergunning aanvraag voor ne simpele omheining?? ne OMHEINING. "
     "bureaucratie ten top 🤦‍♂️"),
    ("pos", 1, "permits", "Hartelijk dank voor de snelle vergunning voor onze uitbouw, dat ging sneller dan "
     "verwacht! Mogen we nu al beginnen met de grondwerken of moeten we de 30 dagen aanplakking afwachten?"),
    ("neu", 1, "permits", "Waar vind ik de lijst van documenten die nodig zijn voor een aanvraag via het "
     "omgevingsloket? Op de website vind ik het niet terug."),
    # childcare
    ("neg", 1, "childcare", "Ik ben ten einde raad. In februari begin ik terug te werken en in heel Gent vind ik "
     "geen plaats in de kinderopvang voor mijn zoontje. Overal wachtlijsten tot 2028. Wat moet ik doen? Mijn job "
     "opzeggen? Help mij alstublieft."),
    ("neu", 1, "childcare", "Goeiendag, vanaf welke leeftijd kan ik mijn kindje inschrijven bij een onthaalouder "
     "in Roeselare en hoeveel kost dat ongeveer per dag?"),
    ("pos", 0, "childcare", "Onze onthaalmoeder is een schat. Blij dat die mensen eindelijk beter betaald worden, "
     "dat was meer dan tijd ❤️"),
    ("neg", 0, "childcare", "Het groeipakket gaat omhoog, fijn. Maar wat heb ik daaraan als ik geen opvang vind en "
     "daarom maar halftijds kan werken."),
    ("neu", 1, "childcare", "Wij verhuizen van Maastricht naar Lanaken. Krijgen we dan het groeipakket van "
     "Vlaanderen of blijft dat uit Nederland komen? En vanaf wanneer?"),
    ("neg", 1, "childcare", "Dag, de crèche in de Stationsstraat sluit vanaf januari al om 17u in plaats van 18u. "
     "Wij ouders kregen twee weken op voorhand een briefje. Ik pendel naar Brussel, dat haal ik niet. Kan de "
     "gemeente hier niks aan doen? Lien"),
    ("neu", 1, "childcare", "kort vraagje is er in deinze ook vakantieopvang in de paasvakantie voor kinderen van "
     "6 tot 10 jaar? merci"),
    ("pos", 1, "childcare", "Beste, bedankt voor de infoavond gisteren over de kinderopvang, heel nuttig! Kunt "
     "ge de slides nog doormailen? Mijn adres staat op de lijst."),
    ("neg", 0, "childcare", "Opvangplaats gevonden. In Nederland. Omdat er hier geen is. Zoveel voor het "
     "gezinsbeleid in Limburg."),
    ("neu", 1, "childcare", "Ik ben onthaalouder en twijfel om te stoppen. Vanaf wanneer geldt het nieuwe statuut "
     "met werknemerscontract precies? Ik lees tegenstrijdige info."),
    ("pos", 0, "childcare", "Eindelijk een tweede kinderdagverblijf in ons dorp! Blij voor alle jonge gezinnen "
     "hier 😊"),
    ("neg", 1, "childcare", "Jullie hebben in de campagne 200 nieuwe opvangplaatsen beloofd. Waar zijn die? Ik had "
     "graag een eerlijk antwoord."),
    # bus and trains
    ("neg", 0, "bus", "Lijn 45 weeral 25 minuten te laat, aansluiting in Hasselt gemist. Merci De Lijn, zoals elke "
     "ochtend 🙃"),
    ("neg", 1, "bus", "Geachte minister,\n\nsinds de basisbereikbaarheid rijdt er in ons dorp nog maar één bus per "
     "uur, en na 19u helemaal niks meer. Mijn zoon van 16 kan niet meer naar zijn voetbaltraining. Beseft u wat "
     "dat betekent voor gezinnen zonder tweede auto op den buiten? Ik vraag u om dit te herbekijken.\n\nMet "
     "vriendelijke groeten\nMarleen Wouters, Herselt"),
    ("neu", 1, "bus", "Is een Buzzy Pazz gratis voor kinderen onder 12 of moet ge daar toch voor betalen?"),
    ("pos", 0, "bus", "Moet ook eens gezegd worden: de chauffeur van lijn 9 vanmorgen was supervriendelijk en "
     "wachtte speciaal op een oude madam met haar rollator. Merci!"),
    ("neg", 0, "bus", "Belbus afgeschaft, vervangen door 'vervoer op maat' dat ge 24u op voorhand moet "
     "reserveren en dan nog nie komt. Openbaar vervoer in Vlaanderen 👌"),
    ("neu", 1, "bus", "@delijn Rijdt de tram op 11 november volgens de zondagsdienstregeling?"),
    ("neg", 1, "bus", "WAAROM is er geen bus meer van Tielt naar Brugge in het weekend?? hoe moeten jonge "
     "mensen zonder auto daar geraken"),
    ("pos", 1, "bus", "De nieuwe snelbus tussen Aalst en Brussel is een zegen, dank u! Is het de bedoeling dat "
     "die ook op zondag gaat rijden?"),
    ("neu", 0, "bus", "Vandaag staat er een vrachtwagen in panne op de busbaan aan het station van Leuven, de "
     "bussen rijden via de omleiding."),
    ("neg", 0, "bus", "Schoon plan: halte verplaatsen en geen schuilhokje zetten. In de regen staan is gezond zeker "
     "🌧️"),
    ("neu", 1, "bus", "Dag, ik zit in een rolstoel. Zijn alle bussen van lijn 1 in Gent toegankelijk of moet ik "
     "op voorhand iets laten weten?"),
    ("neg", 1, "bus", "Ik heb al twee keer geklaagd bij De Lijn en nooit antwoord gekregen. De bus van 7u12 stopt "
     "'s morgens gewoon niet aan de halte Kapelleveld als hij vol zit. Kinderen blijven staan. Kunt gij daar "
     "iets aan doen aub?"),
    ("neu", 1, "bus", "Krijg ik als 65-plusser nog korting op een abonnement bij De Lijn, of is dat afgeschaft?"),
    ("pos", 0, "bus", "Sinds de bus om het halfuur tot in Puurs rijdt, laat ik de auto veel vaker staan. Goeie "
     "beslissing 👍"),
    ("neg", 0, "bus", "Bon, de trein naar Antwerpen afgeschaft, de bus ook. Allez, ik zal dan maar te voet gaan "
     "zeker 🙄"),
    ("neg", 0, "bus", "Da's nu al de derde keer dees week dat de 10 nie komt. Ik zen 't beu manneke"),
    # energy
    ("neg", 1, "energy", "Mijn energiefactuur is van 110 naar 260 euro per maand gegaan. Ik ben alleenstaande "
     "moeder met twee kinderen. Hoe moet ik dat betalen? Bestaat er hulp of moet ik deze winter kou lijden?"),
    ("neu", 1, "energy", "Goeiedag, heb ik recht op het sociaal tarief als ik een invaliditeitsuitkering krijg "
     "van de mutualiteit? Vriendelijke groeten, Walter Goossens"),
    ("neg", 0, "energy", "Nettarieven omhoog, heffingen omhoog, verbruik omlaag en de factuur tóch hoger. Ik "
     "snap er niks meer van."),
    ("pos", 0, "energy", "Het energieadvies van de gemeente was top, we besparen nu makkelijk 40 euro per maand. "
     "Bedankt om dit gratis aan te bieden!"),
    ("neg", 1, "energy", "@ministerenergie Ge hebt gezegd dat de prijzen gingen zakken. Mijn voorschot is net "
     "weer omhoog gegaan. Wat klopt er nu van?"),
    ("neu", 1, "energy", "Hoeveel bedraagt de Mijn VerbouwPremie voor een warmtepomp, en moet ik die aanvragen "
     "voor of na de plaatsing?"),
    ("neg", 0, "energy", "Mazout aan 1,20 de liter en dan zeggen ze dat we naar een warmtepomp moeten. Met welk "
     "geld zenne 🤷‍♀️"),
    ("neu", 0, "energy", "Voor wie het interesseert: Fluvius plaatst vanaf volgende week de digitale meters in "
     "onze wijk, er zijn brieven rondgedeeld."),
    ("neg", 1, "energy", "Geachte,\n\nsinds ik van leverancier veranderd ben, krijg ik facturen van allebei. De "
     "oude leverancier dreigt met een incassobureau. Niemand voelt zich verantwoordelijk. Ik vraag u dringend om "
     "hulp, ik ben 78 en ik slaap er niet meer van.\n\nMaria Verhaegen, Lier"),
    ("neu", 1, "energy", "Klopt het dat de premie voor dakisolatie volgend jaar verdwijnt? We wilden in de lente "
     "ons dak laten isoleren."),
    ("pos", 1, "energy", "Dank u voor uw inzet voor het sociaal tarief, mijn moeder heeft er veel aan. Weet ge of "
     "dat automatisch verlengd wordt?"),
    ("neg", 0, "energy", "Zonnepanelen gepromoot, dan prosumententarief, dan de terugdraaiende teller afgepakt. Wie "
     "de overheid nog gelooft is zelf schuld."),
    ("neg", 0, "energy", "Digitale meter geplaatst en nu betaal ik capaciteitstarief omdat ik kook en de "
     "wasmachine draai tegelijk. Bedankt Vlaanderen."),
    # pensions
    ("neg", 1, "pensions", "Ik heb 42 jaar gewerkt, waarvan 15 in Nederland, en mijn pensioen is verkeerd "
     "berekend. Al 9 maanden wacht ik op een correctie. Kunt ge eens navragen bij de Federale Pensioendienst? "
     "Het is mensonwaardig."),
    ("neu", 1, "pensions", "Goeiemiddag, ik word in mei 63. Kan ik met 43 loopbaanjaren al met vervroegd pensioen "
     "of moet ik wachten tot 65? Mvg"),
    ("neg", 0, "pensions", "Pensioenhervorming: wie vroeger stopt wordt gestraft, wie langer werkt krijgt een paar "
     "euro bonus. Voor een dakwerker met een kapotte rug is dat een kaakslag."),
    ("neu", 1, "pensions", "Ik maak me wat zorgen: ik heb jarenlang deeltijds gewerkt om voor mijn ouders te "
     "zorgen. Telt die periode mee voor mijn pensioen?"),
    ("pos", 0, "pensions", "Bedankt mijnheer de volksvertegenwoordiger voor uw duidelijke tussenkomst in de Kamer "
     "over het minimumpensioen. Eindelijk zegt iemand het!"),
    ("neg", 1, "pensions", "mijn moeder krijgt 1200 euro pensioen na 40 jaar in de textiel en het rusthuis kost "
     "2300 per maand. hoe moet dat?? antwoord mij aub"),
    ("neu", 0, "pensions", "Klein weetje: mypension.be toont nu ook de jaren in het buitenland, bij mij toch sinds "
     "deze week."),
    ("neg", 0, "pensions", "Politiekers met 55 op pensioen en wij moeten werken tot 67. Ja ja 👍👍"),
    ("neu", 1, "pensions", "Mag ik naast mijn pensioen nog werken als flexi-jobber in de horeca zonder dat er "
     "iets afgetrokken wordt? Hoeveel mag ik verdienen?"),
    ("pos", 1, "pensions", "Beste mevrouw Van Damme, bedankt voor uw hulp bij mijn pensioenaanvraag, alles is in "
     "orde gekomen! Mag ik nog vragen wanneer de eerste betaling komt?"),
    ("neg", 1, "pensions", "Geachte minister,\n\nals zelfstandige heb ik 35 jaar bijdragen betaald en mijn "
     "pensioen ligt nog altijd ver onder dat van een werknemer. Uw partij beloofde de kloof te dichten. Hoe ver "
     "staat dat?\n\nMet vriendelijke groeten\nGuido Hermans, bakker in Diest"),
    # asylum
    ("neg", 0, "asylum", "Voor alles is er geld, voor asielzoekers zeker, maar voor onze gepensioneerden niet. "
     "Ik stem nooit meer op jullie."),
    ("neg", 1, "asylum", "Goeiedag, aan het Klein Kasteeltje slapen mannen al weken op straat in de regen. Ik ben "
     "vrijwilliger. Dit is een rijk land onwaardig. Wat doet de regering hieraan?"),
    ("neu", 1, "asylum", "Ik wil een Oekraïens gezin een kamer aanbieden. Bij wie moet ik daarvoor zijn in "
     "Antwerpen?"),
    ("pos", 0, "asylum", "Respect voor de vrijwilligers van het Rode Kruis in het opvangcentrum, dag in dag uit. En "
     "bedankt voor uw bezoek daar, mevrouw de staatssecretaris."),
    ("neu", 1, "asylum", "Klopt het dat het oude hotel aan de kust een nieuw opvangcentrum wordt? Wij als buren "
     "hadden graag wat duidelijkheid."),
    ("neg", 0, "asylum", "De regering laat asielzoekers op straat slapen terwijl ze duizenden keren veroordeeld "
     "is. Rechtsstaat? Laat me niet lachen."),
    ("neu", 1, "asylum", "Een kennis uit Afghanistan is erkend als vluchteling. Mag hij nu direct werken en waar "
     "kan hij Nederlandse les volgen?"),
    ("neg", 1, "asylum", "Dag, ik ben lesgever NT2. De wachtlijsten voor de cursussen zijn maanden lang. Hoe "
     "moeten mensen integreren als we ze de taal niet kunnen leren? Zet u zich daar alstublieft voor in."),
    ("pos", 1, "asylum", "Dank u voor het buurtfeest met de nieuwe bewoners van het centrum, het was zo fijn om "
     "iedereen samen te zien koken! Komt er volgend jaar weer zoiets?"),
    # nitrogen
    ("neg", 1, "nitrogen", "Ik ben varkensboer in Ruiselede, derde generatie. Door het stikstofakkoord moet ik "
     "tegen 2030 afbouwen of sluiten, en de bank vraagt wat mijn toekomst is. Wat moet ik die man zeggen? Wat "
     "zegt gij tegen mijn kinderen?"),
    ("neu", 1, "nitrogen", "Valt een melkveebedrijf op 800 meter van een Natura 2000-gebied onder de rode of de "
     "oranje lijst? Waar kan ik dat opzoeken?"),
    ("neg", 0, "nitrogen", "Stikstof hier, stikstof daar, maar de Oosterweel mag gewoon verder. Boeren zijn de "
     "makkelijkste zondebokken."),
    ("pos", 0, "nitrogen", "Goed dat er eindelijk mét de boeren gepraat wordt in plaats van over hen. Het "
     "rondetafelgesprek in Roeselare was een begin 👏"),
    ("neu", 1, "nitrogen", "Goeieavond, ik maak voor school een werk over stikstof en landbouw in Vlaanderen. Zou "
     "iemand van uw kabinet een paar vragen kunnen beantwoorden? Vriendelijke groeten, Jana (17)"),
    ("neg", 1, "nitrogen", "Onze vergunning voor de nieuwe stal ligt al twee jaar stil door stikstof. Mijn zonen "
     "willen het bedrijf overnemen. Wanneer wordt er eindelijk beslist?"),
    ("neu", 0, "nitrogen", "De commissie Omgeving bespreekt dinsdag de nieuwe stikstofcijfers, de zitting is "
     "openbaar en wordt gestreamd."),
    ("neg", 0, "nitrogen", "natuur beschermen ja natuurlijk maar de kleine boeren gaan eraan en de grote "
     "veevoederbedrijven lachen zich een breuk"),
    ("neu", 1, "nitrogen", "Ik woon naast een kippenbedrijf dat wil uitbreiden. Hoe kan ik zien of dat past "
     "binnen de stikstofregels, en waar kan ik bezwaar indienen als dat nodig is?"),
    ("pos", 1, "nitrogen", "Merci voor uw bezoek aan ons bedrijf vorige week, dat deed deugd! Kunt ge ons de "
     "studie over emissiearme stallen bezorgen waar ge het over had?"),
    ("neg", 0, "nitrogen", "PAS, dan geen PAS, dan een nieuw decreet. Ge moet als boer precies een jurist zijn."),
    # taxes
    ("neg", 1, "taxes", "Tax-on-web heeft mijn aangifte vooraf ingevuld, maar de kosten voor de kinderopvang "
     "staan er niet in. Nu moet ik 700 euro bijbetalen. Bij de FOD Financiën neemt niemand op. Wat moet ik doen?"),
    ("neu", 1, "taxes", "Ik werk in Nederland en woon in Essen. Waar betaal ik mijn belastingen, en moet ik in "
     "België toch een aangifte doen?"),
    ("neg", 0, "taxes", "Belastingen omhoog, dienstverlening omlaag. België, het land waar ge voor alles betaalt "
     "en niks krijgt."),
    ("pos", 0, "taxes", "Merci aan de meneer van het belastingkantoor in Brugge die mij geduldig door mijn "
     "aangifte hielp. Had ik niet verwacht!"),
    ("neu", 1, "taxes", "Ligt de aanvullende gemeentebelasting in Schoten hoger dan in Brasschaat? Waar vind ik "
     "die percentages?"),
    ("neg", 1, "taxes", "Geachte mevrouw,\n\nik respecteer uw werk, maar de verhoging van de onroerende "
     "voorheffing met 12 % treft vooral de kleine eigenaars die hun hele leven gespaard hebben. Ik vraag u om in "
     "de gemeenteraad tegen te stemmen, en ik had graag geweten hoe u zal stemmen.\n\nMet vriendelijke groeten\n"
     "Albert Vanderstraeten"),
    ("neu", 1, "taxes", "Kan ik mijn gift aan de voedselbank aftrekken van de belastingen? Vanaf welk bedrag?"),
    ("pos", 1, "taxes", "Super dat de vereenvoudigde aangifte nu ook voor gepensioneerden werkt! Geldt dat ook "
     "voor mensen met een buitenlands pensioen?"),
    ("neg", 0, "taxes", "Registratierechten verlaagd voor de eerste woning, schoon. Maar ondertussen is alles 30 "
     "procent duurder. Sigaar uit eigen doos."),
    ("neg", 0, "taxes", "Belastingbrief ontvangen. Ik moet 1200 euro bijbetalen. Proficiat België, gij hebt mijn "
     "kerstmis verpest 🎄💸"),
    ("neu", 1, "taxes", "Moet ik tweedeverblijfsbelasting betalen voor ons appartement in De Panne als we er "
     "alleen zelf in gaan?"),
    # elections
    ("neu", 1, "elections", "Ik ben Nederlander en woon al 8 jaar in Gent. Mag ik stemmen voor de "
     "gemeenteraad en hoe schrijf ik mij in?"),
    ("neg", 0, "elections", "Voor de verkiezingen handjes schudden op de markt, na de verkiezingen geen antwoord "
     "op mails. Elke zes jaar hetzelfde liedje."),
    ("neu", 1, "elections", "Moet ik nog gaan stemmen voor de gemeenteraad nu de opkomstplicht afgeschaft is, of "
     "geldt dat alleen voor Vlaanderen?"),
    ("pos", 0, "elections", "Proficiat met uw herverkiezing, burgemeester! Dik verdiend 🎉"),
    ("neg", 1, "elections", "Waarom is de opkomstplicht voor de federale verkiezingen nog altijd niet afgeschaft? "
     "Ik wil niet met een boete bedreigd worden omdat ik geen enkele partij zie zitten. Wat is uw standpunt?"),
    ("pos", 1, "elections", "Bedankt voor de fijne campagneavond in het parochiecentrum! Ik zou graag meehelpen "
     "in de ploeg. Bij wie moet ik daarvoor zijn?"),
    ("neu", 0, "elections", "In stembureau 14 in Mechelen is nog een bijzitter nodig voor zondag, wie tijd heeft "
     "kan zich melden bij de stad."),
    ("neg", 0, "elections", "Verkiezingsborden staan hier nog altijd, drie maanden na de verkiezingen. Ik dacht "
     "dat jullie voor het milieu waren 🙄"),
    ("neu", 1, "elections", "Kan ik iemand volmacht geven als ik op de dag van de verkiezingen in het buitenland "
     "ben? Welk formulier heb ik nodig?"),
    ("neg", 1, "elections", "Ge hebt voor de verkiezingen beloofd dat de wachtlijsten in de zorg prioriteit "
     "zouden zijn. In het regeerakkoord staat er bijna niks over. Hoe legt ge dat uit aan uw kiezers?"),
    ("neg", 0, "elections", "Stemmen in een sporthal zonder verwarming en met één stemcomputer die crasht. Ik heb "
     "anderhalf uur gestaan."),
    # health
    ("neg", 1, "health", "De materniteit in ons ziekenhuis gaat sluiten?! Dan moeten zwangere vrouwen een uur "
     "rijden tot in Gent. Hebt ge daar aan gedacht bij een noodgeval? Ik verwacht dat ge u daartegen verzet."),
    ("neu", 1, "health", "Goeiedag, is er in Lokeren nog een huisarts die nieuwe patiënten aanneemt? We zijn "
     "hier nieuw en vinden er geen. Bedankt voor een tip."),
    ("pos", 0, "health", "Het personeel op de spoed in het AZ was fantastisch, ondanks het personeelstekort. "
     "Die mensen verdienen een beter loon. Dank aan iedereen! 💙"),
    ("neg", 0, "health", "9 maanden wachten op een afspraak bij de kinderpsychiater. 9. Maanden. Voor een kind "
     "van 12 dat niet meer naar school wil."),
    ("neu", 1, "health", "Betaalt het ziekenfonds een behandeling bij een psycholoog terug als die niet "
     "geconventioneerd is?"),
    ("neg", 1, "health", "Geachte minister,\n\nmijn vader (84) lag 11 uur op een brancard op de spoed. Ik "
     "verwijt het personeel niks, die liepen zich de benen onder hun gat uit. Maar zo kan het niet verder. Wat "
     "plant u tegen het tekort aan verpleegkundigen?\n\nMet vriendelijke groeten\nUrsula De Wilde"),
    ("neu", 1, "health", "Wanneer begint de griepvaccinatie voor 65-plussers dit jaar, en kan dat ook bij de "
     "apotheker?"),
    ("pos", 1, "health", "Dank u voor uw steun aan de palliatieve eenheid, dat betekent veel voor onze familie. "
     "Kunnen we de afdeling ook steunen met een gift?"),
    ("neg", 0, "health", "wachtdienst apotheek zondag dichtstbijzijnde in Tongeren. 40 min rijden met een kind "
     "met koorts. schone zorg hier in haspengouw"),
    ("neu", 0, "health", "De bloedinzameling in Geel is verplaatst naar de 12de, het Rode Kruis heeft het net "
     "gepost."),
    ("neg", 1, "health", "IK WACHT AL 3 MAANDEN OP DE TERUGBETALING VAN MIJN TANDARTSFACTUUR. NIEMAND BELT TERUG. "
     "KUNT GE DAAR EENS ACHTERAAN GAAN?"),
    ("neu", 1, "health", "Ik ben eerlijk gezegd wat ongerust: mijn dochter heeft een zeldzame ziekte en haar "
     "medicijn zou niet meer terugbetaald worden. Klopt dat, en vanaf wanneer?"),
    ("neg", 0, "health", "Huisartsenwachtpost 's nachts dicht, naar de spoed moogt ge niet zonder verwijzing. "
     "Ge zoudt voor minder ziek worden."),
    # schools
    ("neg", 1, "schools", "Dag, in de klas van mijn zoon (3de leerjaar) valt sinds oktober om de twee weken les "
     "uit omdat er geen vervanger gevonden wordt. Wij ouders weten niet meer wat te doen. Wat doet de minister "
     "van Onderwijs hieraan?"),
    ("neu", 1, "schools", "Vanaf wanneer kan ik mijn kleuter aanmelden voor de instapklas in de gemeentelijke "
     "basisschool van Heist?"),
    ("pos", 0, "schools", "De juffen van de basisschool in Wingene doen fantastisch werk met weinig middelen. Een "
     "dikke pluim voor het hele team! 🍎"),
    ("neg", 0, "schools", "Zwemles geschrapt omdat het zwembad dicht is. Binnenkort kunnen de kinderen hier niet "
     "meer zwemmen, maar ze hebben wel allemaal een laptop."),
    ("neu", 1, "schools", "Komt het gratis middagmaal waar in het parlement over gesproken werd ook in het "
     "secundair?"),
    ("neg", 1, "schools", "Geachte minister,\n\nals leerkracht met 25 jaar ervaring wil ik beleefd maar duidelijk "
     "zeggen dat de nieuwe eindtermen ver van de realiteit in de klas staan. Niemand heeft ons iets gevraagd. Zou "
     "u bereid zijn om met enkele collega's samen te zitten?\n\nHoogachtend\nBart Lenaerts, Genk"),
    ("pos", 1, "schools", "Bedankt voor de nieuwe fietsstraat aan de school, mijn kinderen kunnen nu veilig alleen "
     "fietsen! Komt er ook een gemachtigd opzichter aan het kruispunt?"),
    ("neg", 0, "schools", "De school van mijn dochter heeft in december nog altijd geen werkende verwarming. De "
     "kinderen zitten met hun jas aan in de klas. We zijn 2026."),
    ("neu", 1, "schools", "Mijn zoon heeft dyslexie. Heeft hij recht op extra tijd bij de examens en wie beslist "
     "dat?"),
    ("neu", 1, "schools", "Ik ben wat ongerust omdat het aanmeldingssysteem zegt dat mijn dochter op plaats 87 "
     "staat op de wachtlijst. Hoe groot is de kans dat ze nog binnen geraakt, en wat zijn de alternatieven?"),
    ("neg", 0, "schools", "Lerarentekort, kapotte gebouwen, te grote klassen. Maar een nieuw logo voor de "
     "scholengroep, dat was wel betaald. Prioriteiten 👌"),
    ("neg", 1, "schools", "Aanmelden voor het middelbaar: om middernacht online, site plat om 00u01, en nu staan "
     "we op plaats 300. Hoe kan dat eerlijk zijn? Ik wil dat iemand mij dat uitlegt."),
    ("pos", 0, "schools", "Als leerkracht wil ik eens merci zeggen voor de nascholingsdagen, die waren deze keer "
     "echt bruikbaar in de klas."),
    ("neu", 0, "schools", "Voor de ouders in de groep: de inschrijvingen voor het vijfde middelbaar starten op 1 "
     "maart, papieren liggen op het secretariaat."),
    # housing
    ("neg", 1, "housing", "Ik sta al 6 jaar op de wachtlijst voor een sociale woning bij de woonmaatschappij. Elke "
     "keer zeggen ze: nog wat geduld. Ik woon met twee kinderen in 40 m². Hoe lang nog? Kunt ge mijn dossier eens "
     "bekijken?"),
    ("neu", 1, "housing", "Bestaat er in Vlaanderen nog een premie voor jonge mensen die hun eerste huis kopen? "
     "Hoeveel is die en waar vraag ik die aan?"),
    ("neg", 0, "housing", "1100 euro voor een appartement met 2 slaapkamers in Leuven. Omdat elk huis een kot "
     "wordt. En de politiek kijkt toe."),
    ("pos", 0, "housing", "De gerenoveerde sociale woningen in de Seefhoek zijn echt geslaagd. Goed werk, de hele "
     "wijk fleurt ervan op!"),
    ("neu", 1, "housing", "Mijn huisbaas wil de huur met 15% verhogen. Mag dat in de loop van het contract? En "
     "gebeurt de indexering automatisch?"),
    ("neg", 1, "housing", "Dag, ons huurhuis heeft sinds de zomer schimmel in de kinderkamer. De verhuurder "
     "reageert niet. De stad zegt dat ze niet bevoegd is. Wie is dan wel bevoegd? We hebben hulp nodig. Familie "
     "El Amrani, Mechelen"),
    ("pos", 1, "housing", "Bedankt om u in te zetten voor het assistentiewoningen-project in Zoersel! Mijn moeder "
     "wil zich graag inschrijven. Vanaf wanneer kan dat?"),
    ("neu", 0, "housing", "Info voor huurders: vanaf januari moet elke huurwoning in Vlaanderen een EPC-label "
     "hebben, schreef de huurdersbond."),
    ("neg", 0, "housing", "Bouwgrond in de Kempen kost nu zoveel als in Antwerpen. De jonge gasten trekken weg en "
     "dan klaagt men over vergrijzing."),
    ("neu", 1, "housing", "Is het waar dat leegstaande huizen in Gent extra belast gaan worden? Mijn tante zit in "
     "het WZC en haar huis staat leeg."),
    ("neg", 1, "housing", "Renovatieverplichting binnen 5 jaar na aankoop, maar geen enkele aannemer heeft plaats "
     "voor 2028. Hoe moet dat volgens u? Ik vraag om uitstel van die termijn."),
    ("pos", 0, "housing", "Dankzij de huurpremie kan ik eindelijk rondkomen. Merci, het maakt echt een verschil."),
    # climate
    ("neg", 0, "climate", "Klimaatdoelen gemist, maar de regering klopt zich op de borst. Beschamend tegenover "
     "onze kinderen."),
    ("neu", 1, "climate", "Is er een subsidie voor een regenwaterput of een groendak in Sint-Niklaas?"),
    ("pos", 0, "climate", "De 2000 nieuwe bomen langs de Schelde, dat is echt iets om blij mee te zijn. Merci aan "
     "iedereen die mee geplant heeft 🌳"),
    ("neg", 1, "climate", "Na de overstromingen van 2021 werd ons beloofd dat de Demer beter beveiligd zou worden. "
     "Vijf jaar later is er nog niks gebeurd. Bij elke stortbui zijn we bang. Wanneer beginnen de werken?"),
    ("neu", 1, "climate", "Kan ik met mijn klas een afspraak krijgen om met u over het Vlaams klimaatplan te "
     "praten? De leerlingen hebben veel vragen."),
    ("neg", 0, "climate", "Groen beleid betekent hier: autorijden duurder maken terwijl er geen bus rijdt. Op den "
     "buiten is dat pure pesterij."),
    ("pos", 1, "climate", "Uw initiatief voor repaircafés in elke gemeente vind ik top! Is er al een datum voor "
     "Tienen? Ik zou graag helpen als vrijwilliger."),
    ("neu", 0, "climate", "De klimaatavond in het cultureel centrum is donderdag vanaf 19u30, inschrijven is niet "
     "nodig."),
    ("neu", 1, "climate", "Wij wonen aan de Dender in Geraardsbergen en zijn wat bezorgd over de nieuwe "
     "overstromingskaarten. Ligt ons huis nu in risicozone, en wat betekent dat voor onze verzekering?"),
    ("neg", 1, "climate", "sorry maar jullie klimaatplan is gewoon greenwashing. waar zijn de concrete cijfers? "
     "kunnen jullie die eens publiceren?"),
    ("neg", 0, "climate", "Betonstop aangekondigd in 2016. Ondertussen is de weide achter ons huis een "
     "verkaveling. Hoe was't ook alweer?"),
    # security
    ("neg", 1, "security", "Bij ons in de wijk is deze week voor de derde keer ingebroken. De politie komt, maakt "
     "een pv, en dat is het. Wanneer komen er eindelijk meer patrouilles? De buren zijn bang."),
    ("neu", 1, "security", "Dag, kan ik bij de politiezone een afwezigheidstoezicht aanvragen als we op vakantie "
     "gaan? Zo ja, hoe?"),
    ("pos", 0, "security", "Dank aan de politie van Zone Westkust voor de snelle hulp na het ongeval gisteravond. "
     "Heel professioneel en menselijk 👮‍♀️🙏"),
    ("neg", 0, "security", "Politiekantoor 's nachts niet bemand. Bij een noodgeval belt ge naar de centrale en "
     "wacht ge 40 minuten. Veilig voelen is anders."),
    ("neu", 1, "security", "Klopt het dat het politiekantoor in onze deelgemeente gaat sluiten? Waar moeten we dan "
     "aangifte doen?"),
    ("neg", 1, "security", "Geachte burgemeester,\n\naan het station wordt 's avonds openlijk gedeald, iedereen "
     "weet het, de politie ook. Mijn dochter durft er niet meer op de trein te wachten. Ik vraag u beleefd maar "
     "met aandrang om daar iets aan te doen. Wat is er gepland?\n\nMet vriendelijke groeten\nMonique Jacobs"),
    ("neg", 0, "security", "Elke nacht racen ze hier over de Ring, de politie weet het en doet niks. Moet er eerst "
     "iemand dood?"),
    ("pos", 1, "security", "De preventieactie tegen telefoonfraude in het woonzorgcentrum was super, mijn oma heeft "
     "veel bijgeleerd. Doen jullie dat ook in andere centra? Ik zou het willen aanraden."),
    ("neu", 0, "security", "Opgepast: valse politieagenten bellen momenteel senioren in Ekeren op en vragen naar "
     "bankgegevens. De echte politie doet dat nooit."),
    ("neu", 1, "security", "Ik hoorde dat er bij ons in de straat ANPR-camera's komen. Wie mag de beelden zien en "
     "hoelang worden die bijgehouden?"),
    # culture
    ("pos", 0, "culture", "Wat een schone avond op het festival in de oude kerk! Ons dorp kan cultuur, merci "
     "aan alle organisatoren 🎶"),
    ("neg", 1, "culture", "De besparing op de academie voor muziek en woord treft 600 kinderen. Hebt ge dat goed "
     "overwogen? Ik vraag u die beslissing te herbekijken en aan ons ouders uit te leggen."),
    ("neu", 1, "culture", "Goeiedag, hoe vraagt een kleine toneelvereniging een projectsubsidie aan bij de stad, en "
     "tegen wanneer moet het dossier binnen zijn?"),
    ("neg", 0, "culture", "De carnavalsstoet in Aalst moet nu zelf 15.000 euro voor veiligheid betalen. Zo maakt "
     "ge tradities kapot. Triestig."),
    ("pos", 1, "culture", "Beste minister, hartelijk dank voor uw bezoek aan ons koor! We zouden u graag uitnodigen "
     "op ons jubileumconcert in mei. Zou u tijd hebben?"),
    ("neu", 0, "culture", "Het stadsmuseum is vanaf volgende week drie maanden dicht voor verbouwingen."),
    ("neg", 0, "culture", "Nieuw cultuurcentrum van 14 miljoen, maar de parochiezalen vallen in elkaar. Goed "
     "gedaan 👏"),
    ("neu", 1, "culture", "Is de UiTPAS met kansentarief ook geldig in de buurgemeenten of enkel in onze eigen "
     "stad?"),
    ("pos", 0, "culture", "De tentoonstelling over de Groote Oorlog in Ieper is echt sterk gemaakt. Zou elke klas "
     "moeten zien!"),
    ("neg", 1, "culture", "Waarom staat de cultuuragenda van de gemeente alleen nog op Facebook? Ik heb geen "
     "Facebook en ben 71. Waar kan ik nu zien wat er te doen is?"),
    ("neg", 0, "culture", "Subsidies voor de grote gezelschappen in Antwerpen en Gent, en de fanfare in ons dorp "
     "mag het met 500 euro doen. Vlaanderen is groter dan twee steden."),
    # digital
    ("neg", 1, "digital", "Voor elke aanvraag moet ik nu itsme gebruiken. Mijn gsm is te oud voor die app en ik heb "
     "geen geld voor een nieuwe. Hoe moet ik mijn zaken nog regelen? Is er nog een loket?"),
    ("neu", 1, "digital", "Hallo, hoe kan ik zonder itsme inloggen op Mijn Burgerprofiel? Gaat dat nog met de "
     "kaartlezer en mijn eID?"),
    ("neg", 0, "digital", "Website van de stad alweer plat. Digitale overheid anno 2026 lol"),
    ("pos", 0, "digital", "Eindelijk kunt ge de afvalkalender in de Recycle-app ook als melding krijgen. Klein "
     "dingske, maar merci!"),
    ("neg", 0, "digital", "Glasvezel overal, zeiden ze. Bij ons in Poederlee heb ik 5 Mbit. Thuiswerken is een "
     "lachertje."),
    ("neu", 1, "digital", "Zijn er in Roeselare lessen voor senioren om met een smartphone en de digitale "
     "diensten van de stad te leren werken?"),
    ("neg", 1, "digital", "Het nieuwe portaal om het groeipakket aan te vragen is een ramp: na elke stap een "
     "foutmelding en dan is alles weg. Ik heb het vier keer geprobeerd. Kunt ge dat doorgeven aan de bevoegde "
     "dienst en mij zeggen hoe ik het anders kan aanvragen?"),
    ("pos", 1, "digital", "Het e-loket van de gemeente werkt echt goed, ik had mijn attest van woonst in 5 "
     "minuten 👍 Kan je daar binnenkort ook bewonerskaarten aanvragen?"),
    ("neu", 0, "digital", "Onderhoud: MyMinfin is zaterdag van 8u tot 14u niet bereikbaar volgens de website."),
    ("neu", 1, "digital", "Mijn moeder is bang dat haar gegevens in de nieuwe gezondheidsapp in verkeerde handen "
     "komen. Wie kan daar aan? Kan ze weigeren?"),
    ("neg", 1, "digital", "Ik ben slechtziend en de nieuwe website van de gemeente werkt niet met mijn "
     "schermlezer. Dat is discriminatie. Wanneer wordt dat opgelost?"),
    # West-Flemish, Antwerp, Limburg colour, dialect, typos
    ("neg", 0, "municipal", "'t Is hier weeral nie te doen, drie keer gebeld naar 't gemeentehuis en niemand die "
     "'t weet"),
    ("neu", 1, "permits", "dag, ik wou eens vragen of da ge voor een tuinhuizeke een vergunning moet hebben in "
     "Izegem, merci"),
    ("neg", 1, "fines", "kga ne boete krijgen terwijl mijn parkeerschijf der lag, hoe kan ik da betwisten? da's "
     "nie eerlijk"),
    ("pos", 0, "childcare", "De crèche in Kuurne is gewoon top, onze kleine gaat er elke morgen gere naartoe. "
     "Merci!"),
    ("neg", 0, "bus", "De bus komt nie. Zoals altijd. Allez."),
    ("neu", 1, "pensions", "geachte heer mevrouw ik wil weten of mijn overlevingspensioen omhoog gaat als de index "
     "komt met vriendelijke groeten maria"),
    ("neg", 1, "health", "bij de mutualiteit zeggen ze da ze niks kunnen doen en bij den dokter zeggen ze vraag "
     "het aan de mutualiteit. wie helpt mij nu?"),
    ("pos", 1, "municipal", "Merci om zo rap te reageren voor dat gat in de weg in de Molenstraat! Kunt ge ook eens "
     "kijken naar dat in de Statiestraat? 😊"),
    ("neg", 0, "municipal", "Amai, ze hebben de Meir weer opengebroken. Voor de vijfde keer dit jaar. Ik zen 't "
     "zo beu"),
    ("neg", 0, "security", "Seffens zit er hier nog ene in de gracht met dieje zotte die hier elke nacht aan 120 "
     "passeren"),
    ("neu", 1, "taxes", "Zeg, weet gij of ge de kosten van uw poetsvrouw met dienstencheques nog kunt inbrengen "
     "in de belastingen?"),
    ("pos", 0, "culture", "Amai wat een schoon feest was da op de Grote Markt gisteren, chapeau aan de stad!"),
    ("neg", 0, "energy", "Awel, de factuur van Fluvius is daar. Ik moe gaan zitten 😵"),
    ("neu", 1, "elections", "Waar moe'k gaan stemmen, 't staat nie op mijn oproepingsbrief"),
    ("neg", 1, "municipal", "Goeiendag, in onze straat in Brugge rijden de toeristenbussen elke dag tegen de "
     "dakgoten. 't Is al drie keer gemeld. Wie komt da nu eens bekijken?"),
    ("pos", 0, "health", "Ons moeke is zo goed verzorgd in 't rusthuis, merci aan al die vrouwen en mannen daar ❤️"),
    # Brussels and Dutch-French mixing
    ("neg", 0, "bus", "Metro 6 weer in panne. C'est pas possible, elke week hetzelfde met de MIVB."),
    ("neu", 1, "municipal", "Bonjour, goeiedag, ik woon in Jette en ik zoek het formulier voor een "
     "bewonerskaart. C'est où exactement op de site?"),
    ("neg", 1, "security", "Allez, ça suffit nu. Elke avond vandalisme in het park aan het Flageyplein. Wat gaat "
     "de gemeente doen? Merci voor een antwoord."),
    ("pos", 0, "culture", "Merci hé voor het gratis concert op het Muntplein, c'était vraiment top 👌"),
    ("neg", 0, "municipal", "Brussel, de hoofdstad van Europa, en de trottoirs liggen vol gaten. Bon, on s'habitue."),
    ("neu", 1, "childcare", "Dag, ik zoek een Nederlandstalige crèche in Schaerbeek. Bestaat er een lijst? "
     "Merci beaucoup"),
    ("neg", 1, "fines", "Ik kreeg een boete van de LEZ maar ik woon in Vlaanderen en kwam maar één keer naar "
     "Brussel. Personne ne m'a prévenu. Kan ik die nog aanvechten?"),
    ("pos", 1, "municipal", "Merci voor de nieuwe fietsenstalling aan het station van Etterbeek! Est-ce qu'il y "
     "aura aussi des bornes pour vélos électriques?"),
    ("neg", 0, "digital", "De site van de gemeente is alleen in het Frans beschikbaar. Nochtans tweetalig "
     "Brussel. Enfin."),
    ("neu", 0, "bus", "Tram 81 rijdt deze week niet tussen Montgomery en Flagey, er rijden vervangbussen. Voilà."),
    ("neg", 1, "health", "Bij de spoed van het Sint-Pietersziekenhuis sprak niemand Nederlands met mijn vader van "
     "88. Hij begreep niks. Is dat normaal in Brussel? Wat gaat ge daaraan doen?"),
    ("pos", 0, "schools", "Merci aan de leerkrachten van onze Nederlandstalige school in Anderlecht, ze doen "
     "dat fantastisch met kinderen die thuis vijf verschillende talen spreken."),
    ("neu", 1, "housing", "Dag, ik ben huurder in Sint-Gillis, mijn proprio wil me eruit zetten voor renovatie. "
     "Mag dat zomaar? Welke opzegtermijn geldt in Brussel?"),
    # sarcasm and short reactions
    ("neg", 0, "bus", "Wauw, de bus was vandaag maar 35 minuten te laat. Record! 🏆"),
    ("neg", 0, "energy", "Bedankt voor de energiecheque die hier nooit aangekomen is. Echt een hulp 😂"),
    ("neg", 0, "municipal", "Goed bezig, echt 👏 Nieuw verkeerslicht en nu staan we 5 minuten in plaats van 1."),
    ("neg", 0, "taxes", "Nog een nieuwe taks? Tuurlijk, we zwemmen allemaal in het geld 🙃"),
    ("neg", 0, "digital", "Online afspraak maken: error. Bellen: 45 minuten wachten. Langsgaan: gesloten. Perfect "
     "uitgedacht!"),
    ("neg", 0, "elections", "Schone beloftes. Jammer dat ze na de verkiezingsavond in de schuif verdwijnen."),
    ("neg", 0, "schools", "Digitalisering van het onderwijs: de laptops zijn er, de wifi niet. Chapeau!"),
    ("neg", 0, "fines", "De nieuwe parkeerautomaten nemen geen bancontact en geen cash. En dan komt de boete. "
     "Circus 🤡"),
    ("neg", 0, "health", "Proficiat, de remgeldtickets weer omhoog. Zo gezond als we allemaal zijn, heeft "
     "niemand dat nodig 🙄"),
    ("neg", 0, "housing", "Ah ja, een sociale woning binnen 10 jaar. Als ik geluk heb. Top beleid."),
    ("neg", 0, "climate", "Klimaattop in Dubai, met het vliegtuig natuurlijk. Geloofwaardig ✈️"),
    ("neg", 0, "pensions", "Mooi gezegd. Alleen gelooft niemand het nog."),
    ("pos", 0, "culture", "Wa een schoon optreden gisteren in de Lotto Arena, top georganiseerd 🔥"),
    ("pos", 0, "schools", "Chapeau voor de leerkrachten van het atheneum die het project met de nieuwkomers "
     "opgezet hebben. Respect!"),
    ("neg", 0, "municipal", "geen zin meer in die werf al een jaar voor mijn deur en geen einde in zicht"),
    ("neu", 1, "municipal", "hallo ik heb een vraag wanneer is de volgende grofvuilophaling in merksem"),
    ("neg", 1, "housing", "waarom moet ik voor een adreswijziging 3 keer naar het gemeentehuis kan da nie online "
     "zoals overal"),
    ("pos", 0, "bus", "merci voor de nieuwe fietsenstalling aan het station eindelijk geen chaos meer"),
    ("neg", 0, "security", "DE POLITIE KOMT NOOIT ALS GE ZE NODIG HEBT MAAR VOOR EEN PARKEERBOETE STAAN ZE ER "
     "DIRECT"),
    ("neg", 1, "pensions", "WANNEER KOMT MIJN PENSIOEN NU EINDELIJK IK WACHT AL SINDS AUGUSTUS!!!!"),
    ("neg", 0, "asylum", "ONGELOOFLIJK WAT HIER GEBEURT. EN NIEMAND DURFT IETS TE ZEGGEN."),
    ("neu", 1, "elections", "GOEIEDAG, WAAR KAN IK DE KANDIDATENLIJST VOOR DE GEMEENTERAAD VAN BOOM VINDEN? "
     "DANKU"),
    ("pos", 0, "health", "👏👏👏 voor de zorgkundigen die met kerst werken"),
    ("neg", 0, "energy", "💸💸💸 factuur van de hel"),
    ("pos", 0, "climate", "Eindelijk!!! 🌱🌱"),
    ("neg", 0, "bus", "🙄🙄"),
    ("neg", 0, "taxes", "Typisch hé."),
    ("pos", 0, "municipal", "Top, merci! 👍"),
    ("neu", 1, "childcare", "En vanaf wanneer gaat dat in?"),
    ("neg", 0, "elections", "Belachelijk. Gewoon belachelijk."),
    ("pos", 0, "culture", "Prachtig concert, kippenvel!"),
    ("neg", 1, "energy", "En wie betaalt dat uiteindelijk? Zeg het eens eerlijk, mijnheer de minister."),
    ("neg", 0, "energy", "En wie gaat dat betalen? Wij natuurlijk, zoals altijd."),
    ("neg", 0, "nitrogen", "Goed gedaan, Vlaanderen. Boeren kapot, natuur er niet beter van. 👏"),
    # polite criticism
    ("neg", 1, "permits", "Geachte, ik wil u er vriendelijk op wijzen dat de behandeling van onze aanvraag de "
     "wettelijke termijn van 105 dagen al ruim overschreden heeft. Ik zou het op prijs stellen als u mij de stand "
     "van zaken kunt meedelen. Met beleefde groeten, dr. Paul Hendrickx"),
    ("neg", 1, "culture", "Met alle respect voor uw werk: de beslissing om de zomerbioscoop in het park te "
     "schrappen is een verlies voor veel gezinnen. Ik hoop dat u het nog eens bekijkt. Kunnen we daarover "
     "praten?"),
    ("neg", 1, "schools", "Ik waardeer uw inzet echt, maar de communicatie over de sluiting van de school was "
     "teleurstellend. De ouders lazen het in de krant. Waarom werden wij niet eerst ingelicht?"),
    ("neg", 0, "housing", "Ik wil niemand iets verwijten, maar dat de bouwgrond net aan de neef van de schepen "
     "verkocht is, laat toch een vieze smaak na."),
    ("neg", 1, "municipal", "Beste gemeente, ik weet dat jullie het druk hebben, maar op mijn mail van 3 "
     "september heb ik nog altijd geen antwoord. Kan er iemand iets laten weten? Dank u, Ilse"),
    ("neg", 1, "health", "Dag mevrouw de minister, ik wil het rustig zeggen: de nieuwe regels voor de "
     "mantelzorgpremie zijn voor families bijna niet te begrijpen en betekenen veel papierwerk. Kunnen de "
     "formulieren eenvoudiger? Wat is uw plan daarmee? Vriendelijke groeten"),
    ("neg", 1, "taxes", "Beste, ik begrijp dat de gemeente geld nodig heeft, maar een belasting op "
     "tuinbergingen vind ik eerlijk gezegd wat ver gaan. Kunt u uitleggen waarom dat nodig is?"),
    # mixed praise and complaint
    ("neg", 1, "bus", "De nieuwe elektrische bussen zijn lekker stil, geen discussie. Maar als ze in de winter "
     "uitvallen omdat de batterij het niet trekt, hebben we er niks aan. Wat is plan B?"),
    ("neg", 0, "municipal", "Het nieuwe marktplein ziet er schoon uit, alleen zijn er nu nul parkeerplaatsen voor "
     "de winkels. De winkels gaan dood, maar het is wel mooi."),
    ("neg", 1, "schools", "Ik vind het idee van gezonde schoolmaaltijden goed, maar 4,50 euro per maaltijd kan niet "
     "elk gezin betalen. Is er een sociaal tarief?"),
    ("pos", 0, "culture", "Super concert in het park, merci! Alleen wat weinig toiletten, maar voor de rest "
     "perfect 😄"),
    ("pos", 1, "health", "Het nieuwe wijkgezondheidscentrum is een grote winst voor de buurt, dank u! Eén vraagje: "
     "gaan ze ook op zaterdag open zijn?"),
    ("neg", 0, "climate", "Schoon dat jullie bomen planten. Dat jullie tegelijk het bos aan de rand van de stad "
     "kappen voor een KMO-zone, dat vermelden jullie liever niet."),
    ("neg", 1, "childcare", "Merci voor de verhoging van het groeipakket, echt. Maar eerlijk, wat we nodig hebben "
     "zijn plaatsen in de opvang. Wanneer komen die?"),
    ("pos", 0, "security", "De nieuwe wijkagent is een toffe mens, alleen jammer dat we hem zo weinig zien. Maar "
     "merci voor de moeite!"),
    # thanks with a follow-up question
    ("pos", 1, "taxes", "Hartelijk dank voor uw hulp bij mijn belastingaangifte vorige week! Nog een kort vraagje: "
     "moet ik de bewijsstukken bijhouden en hoelang?"),
    ("pos", 1, "housing", "Merci voor de tip over de renovatiepremie, we hebben ze gekregen 🥳 Is er eigenlijk "
     "ook iets voor nieuwe ramen?"),
    ("pos", 1, "energy", "Bedankt voor de super infoavond over energiegemeenschappen in Hoogstraten! Wanneer is "
     "de volgende bijeenkomst?"),
    ("pos", 1, "security", "Dank aan de wijkagente die vorige week langskwam, heel vriendelijk. Kan ze ook eens "
     "naar de buurtvergadering komen?"),
    ("pos", 0, "digital", "Merci voor de hulp aan de telefoon met de kaartlezer, nu werkt alles. Nog een fijne "
     "avond!"),
    ("pos", 0, "asylum", "Ik was sceptisch toen het centrum openging, maar ik moet toegeven dat het goed loopt en "
     "de mensen vriendelijk zijn. Merci aan het personeel."),
    ("pos", 1, "pensions", "Ik heb eindelijk mijn pensioenberekening gekregen dankzij uw tussenkomst, duizendmaal "
     "dank! Weet u ook of mijn vakantiegeld automatisch volgt?"),
    # neutral information
    ("neu", 0, "municipal", "Dag, ik laat even weten dat ik mijn hond nu geregistreerd heb bij de gemeente, "
     "zoals gevraagd in de brief. Groeten, T. Willems"),
    ("neu", 0, "bus", "Lijn 2 rijdt vanaf maandag terug normaal via Hoboken, de werken zijn klaar."),
    ("neu", 0, "fines", "Ik heb de boete vandaag overgeschreven, de referentie staat in de mededeling. Mvg, Jens "
     "Vermeersch"),
    ("neu", 0, "elections", "Ik heb de volmacht voor mijn moeder binnengebracht bij de dienst burgerzaken, zij "
     "stemt dus via mij."),
    ("neu", 0, "health", "Het vaccinatiecentrum in Turnhout is vanaf januari enkel nog dinsdag en donderdag open, "
     "staat op de website van de zorgzone."),
    ("neu", 0, "nitrogen", "De nieuwe meetresultaten van ammoniak rond de Kalmthoutse Heide zijn vandaag "
     "gepubliceerd, het rapport staat op de site van de VMM."),
    ("neu", 0, "asylum", "Zaterdag zamelt de parochie in Sint-Truiden winterkleren in voor het opvangcentrum, "
     "afgeven van 10 tot 12u."),
    ("neu", 0, "permits", "Onze aanvraag is sinds vandaag volledig verklaard, de bevestiging kwam via het "
     "omgevingsloket."),
    ("neu", 0, "taxes", "Mijn aanslagbiljet is vandaag in de eBox gekomen, voor wie er nog op wacht."),
    ("neu", 0, "security", "Vanavond alcoholcontrole aan het kruispunt van de Gentsesteenweg, gewoon ter info."),
    ("neu", 0, "culture", "Kaarten voor het nieuwjaarsconcert zijn vanaf maandag te koop in het toerismekantoor."),
    ("neu", 0, "digital", "Ik heb mijn nieuwe eID opgehaald, de brief met de PIN kwam twee dagen later."),
    ("neu", 0, "housing", "We hebben het formulier voor de huurpremie opgestuurd, zoals aan de telefoon "
     "besproken. Groeten, familie Claes"),
    ("neu", 0, "climate", "Het waterpeil van de IJzer staat volgens waterinfo vandaag op normaal niveau."),
    ("neu", 0, "childcare", "De inschrijvingen voor de speelpleinwerking in Hamme staan sinds vandaag online."),
    ("neu", 0, "energy", "Ik heb mijn meterstand vandaag doorgegeven via de site, dat ging zonder problemen."),
    ("neu", 0, "pensions", "Mijn vader heeft zijn pensioenbeslissing ontvangen, we overlopen ze volgende week met "
     "de sociale dienst."),
    ("neu", 0, "municipal", "In de Kerkstraat is er net een waterleiding gesprongen, de brandweer is ter plaatse."),
    ("neu", 0, "schools", "Morgen rijdt de schoolbus naar Bocholt niet wegens ijzel, de school heeft gebeld."),
    ("neu", 0, "fines", "Nieuwe trajectcontrole op de N49 staat sinds vandaag aan, zag het bord net."),
    ("neu", 0, "elections", "De kandidatenlijsten hangen vanaf vandaag uit aan het gemeentehuis."),
    # worried questions, asked plainly
    ("neu", 1, "nitrogen", "Ik lees veel over stikstof en ben eerlijk gezegd ongerust. Moeten bedrijven in de buurt "
     "van natuurgebieden zoals de Vallei van de Zwarte Beek vrezen voor sluiting?"),
    ("neu", 1, "asylum", "Er komt een opvangcentrum voor 80 personen in ons dorp. Sommige buren zijn ongerust. "
     "Komt er een infovergadering waar we vragen kunnen stellen?"),
    ("neu", 1, "pensions", "Mijn man is vorige maand overleden. Ik weet niet of ik zelf iets moet aanvragen voor "
     "het overlevingspensioen. Kunt u mij zeggen hoe dat gaat?"),
    ("neu", 1, "energy", "We kregen een brief dat ons vast contract afloopt. Ik ben bang dat de factuur gaat "
     "ontploffen. Welke mogelijkheden hebben we nu?"),
    ("neu", 1, "security", "Op Facebook staat dat een man in de buurt van de school kinderen heeft aangesproken. "
     "Is dat gekend bij de politie? Moeten we de kinderen gaan ophalen?"),
    ("neu", 1, "digital", "Ik kreeg een sms zogezegd van de FOD Financiën met een link om geld terug te krijgen. "
     "Is dat echt of oplichting?"),
    ("neu", 1, "taxes", "We hebben een erfenis gekregen en weten niet hoeveel erfbelasting we in Vlaanderen moeten "
     "betalen. Wie kan ons daarbij helpen?"),
    ("neu", 1, "housing", "Onze verhuurder heeft het huis verkocht. Moet de nieuwe eigenaar ons huurcontract "
     "overnemen, of kunnen we eruit gezet worden?"),
    ("neu", 1, "childcare", "Onze onthaalmoeder stopt in juni. Krijgen we automatisch een nieuwe plaats of moeten "
     "we ons opnieuw aanmelden?"),
    ("neu", 1, "permits", "De buurman zet een muur van twee meter hoog vlak op onze perceelsgrens. Heeft hij "
     "daarvoor een vergunning nodig? Waar kan ik dat nakijken?"),
    ("neu", 1, "culture", "Gaat de kerstmarkt in Hasselt dit jaar door? Ik vind er niks over terug."),
    ("neu", 1, "fines", "Ik kreeg een boete uit Frankrijk, te snel op de autosnelweg blijkbaar. Moet ik die "
     "betalen als ik in België woon?"),
    ("neu", 1, "health", "Mijn zoon moet naar een ziekenhuis in Wallonië overgebracht worden, daar spreekt bijna "
     "niemand Nederlands. Is er een tolkendienst voor patiënten?"),
    ("neu", 1, "climate", "Dag, mijn kinderen vragen constant of het door het klimaat binnenkort nooit meer gaat "
     "sneeuwen. Bestaat er materiaal voor gezinnen dat dat op kindermaat uitlegt?"),
    ("neu", 1, "schools", "Ik maak me een beetje zorgen omdat mijn dochter na het zesde leerjaar naar een school "
     "in Nederland wil. Wordt dat diploma hier dan erkend?"),
    ("neu", 1, "bus", "Klopt het dat lijn 58 vanaf volgend jaar niet meer door ons dorp rijdt? Mijn moeder is "
     "afhankelijk van die bus om naar de dokter te gaan."),
    ("neu", 1, "elections", "Dag, tot wanneer moet ge u als EU-burger inschrijven om te kunnen stemmen bij de "
     "gemeenteraadsverkiezingen?"),
    # praise, thanks, support
    ("pos", 0, "nitrogen", "Dank u om u in het parlement zo duidelijk achter de kleine familiebedrijven te "
     "zetten. Dat geeft ons als boeren moed."),
    ("pos", 0, "permits", "Merci aan de dienst omgeving van Harelbeke, onze aanvraag was op zes weken rond. Heel "
     "efficiënt!"),
    ("pos", 0, "taxes", "Goed voorstel om de belasting op lage lonen te verlagen, volledige steun van mij."),
    ("pos", 0, "security", "Sinds de wijkagent regelmatig door onze buurt wandelt, voelen we ons veel veiliger. "
     "Bedankt!"),
    ("pos", 0, "elections", "Ik heb op u gestemd en zou het opnieuw doen. Merci voor uw eerlijkheid 🙏"),
    ("pos", 0, "energy", "Onze energiecoöperatie draait nu een jaar, dank aan de gemeente voor de steun bij de "
     "opstart!"),
    ("pos", 0, "housing", "Ik wou u nog eens bedanken. Dankzij uw bemiddeling hebben we eindelijk een geschikte "
     "woning gevonden. De kinderen hebben nu elk een eigen kamer."),
    ("pos", 0, "pensions", "Vandaag mijn verhoogd minimumpensioen gekregen, dat maakt voor mij als weduwe een "
     "groot verschil. Dank u!"),
    ("pos", 0, "bus", "De nachtbus na de Gentse Feesten was een schitterend idee, zo is iedereen veilig thuis "
     "geraakt 🚌"),
    ("pos", 0, "digital", "Complimenten voor de nieuwe website van de stad, overzichtelijk en eindelijk goed "
     "leesbaar op de gsm."),
    ("pos", 0, "childcare", "Proficiat met de opening van het nieuwe Huis van het Kind, een schone dag voor heel de "
     "gemeente 🎈"),
    ("pos", 0, "health", "Dank u dat het vervoer naar de dialyse nu terugbetaald wordt. Voor mijn vader een enorme "
     "opluchting."),
    ("pos", 0, "climate", "Respect dat onze stad als eerste alle schooldaken vol zonnepanelen legt. Doe zo "
     "voort!"),
    ("pos", 0, "municipal", "Beste gemeente Herentals, de kerstverlichting is dit jaar prachtig ✨"),
    ("pos", 0, "asylum", "Schoon om te zien hoe de nieuwe buren uit Eritrea opgenomen zijn in de voetbalclub. Zo "
     "moet integratie 💪"),
    ("pos", 0, "culture", "Proficiat met de cultuurprijs, mevrouw de schepen, een terechte keuze!"),
    ("pos", 0, "fines", "Terecht dat sluikstorten eindelijk zwaar beboet wordt. Het bos is geen vuilbak."),
    # invitations and positive asks
    ("pos", 1, "nitrogen", "Geachte volksvertegenwoordiger,\n\nwe zouden u graag uitnodigen op ons bedrijf in "
     "Meeuwen om te tonen hoe we nu al onze uitstoot verminderen. Hebt u in januari een namiddag tijd?\n\n"
     "Hartelijke groeten\nFamilie Schreurs"),
    ("pos", 1, "schools", "Onze school bestaat in juni 100 jaar en de leerlingen zouden het heel fijn vinden als u "
     "komt. Mogen we u een uitnodiging sturen?"),
    ("pos", 1, "security", "Het buurtinformatienetwerk van Wilrijk nodigt u van harte uit op onze jaarvergadering, "
     "we zijn fier op wat we samen bereikt hebben. Komt u langs?"),
    ("pos", 1, "elections", "Sterk debat gisteren! Kunt ge mij uw tekst over mobiliteit sturen? Ik wil die in onze "
     "vereniging delen."),
    ("pos", 1, "culture", "We waren heel blij met de steun voor ons dorpsfeest! Zou u de openingsspeech willen "
     "geven?"),
    ("pos", 1, "asylum", "Dank u voor de hulp bij de erkenning van het diploma van mijn vrouw. Weet u of ze nu ook "
     "als verpleegkundige mag werken?"),
    ("pos", 1, "permits", "Bedankt voor het snelle antwoord! Mag ik nog vragen of we het tuinhuis ook met een plat "
     "dak mogen bouwen?"),
    ("pos", 1, "digital", "De computercursus voor senioren was fantastisch, mijn moeder is laaiend enthousiast! "
     "Komt er een vervolgcursus?"),
    ("pos", 1, "taxes", "Dank u voor de heldere uitleg in het filmpje over de fiscale hervorming! Komt er ook een "
     "filmpje over wat verandert voor zelfstandigen?"),
    ("pos", 1, "climate", "Schone actie met een fruitboom voor elke baby in Kapellen 🍏 Hoe schrijf ik mij in?"),
    ("pos", 1, "childcare", "Fantastisch nieuws! Weet iemand of we ons al kunnen inschrijven?"),
    ("pos", 1, "bus", "Dikke merci voor de extra bus naar de markt op vrijdag, mijn moeder is er heel blij mee! "
     "Blijft die ook na de proefperiode rijden?"),
    ("pos", 1, "health", "De vroedvrouwen in het ziekenhuis zijn geweldig, bedankt dat ge u inzet om de materniteit "
     "open te houden! Is er een petitie die we kunnen tekenen?"),
    ("pos", 1, "security", "Bedankt voor de snelle reactie op mijn melding van het kapotte verkeerslicht! Weten "
     "jullie al wanneer het gemaakt wordt?"),
    # negatives, varied forms
    ("neg", 0, "nitrogen", "Eerst moeten de boeren groeien, nu moeten ze krimpen. Plannen is iets anders."),
    ("neg", 1, "nitrogen", "@landbouwvlaanderen Hoe kan het dat een biobedrijf met 40 koeien hetzelfde behandeld "
     "wordt als een megastal? Leg mij dat eens uit."),
    ("neg", 0, "asylum", "Weeral wordt er beslist zonder de burgers. Het nieuwe centrum is ons gewoon voor de voeten "
     "geworpen."),
    ("neg", 1, "asylum", "Geachte,\nik begeleid een jonge Afghaan die al 14 maanden op zijn gehoor wacht. Hij mag "
     "niet werken en wordt depressief. Is dat echt ons systeem? Kunt u naar de stand van zijn dossier "
     "informeren?\nMet vriendelijke groeten\nE.H. Van Hove"),
    ("neg", 0, "permits", "Drie formulieren, twee diensten, niemand bereikbaar. Welkom bij de overheid."),
    ("neg", 1, "security", "Sinds de straatverlichting om 23u uitgaat, durven vrouwen hier 's avonds niet meer "
     "alleen naar huis te stappen. Hebt u dat met de politie besproken?"),
    ("neg", 0, "taxes", "Eerst een indexsprong, nu hogere accijnzen. De middenklasse is altijd de pineut."),
    ("neg", 1, "culture", "Waarom krijgt het festival in de stad drie keer zoveel subsidie als alle verenigingen in "
     "de deelgemeenten samen? Graag een transparant overzicht."),
    ("neg", 0, "housing", "Woonproject met veel tamtam aangekondigd, drie jaar later staat er nog altijd een "
     "weide."),
    ("neg", 0, "pensions", "De pensioendienst stuurt mij alles in het Frans, terwijl ik al 30 jaar Nederlands als "
     "taal opgegeven heb. Respectloos."),
    ("neg", 1, "elections", "In het stembureau in Deurne was er geen hellend vlak, mijn vader in een rolstoel moest "
     "buiten wachten. Hoe kon dat gebeuren?"),
    ("neg", 0, "schools", "Mijn zoon heeft al drie weken geen leerkracht wiskunde. En dat vlak voor de examens. "
     "Geen woorden voor."),
    ("neg", 1, "fines", "Ik kreeg een GAS-boete voor het verbranden van snoeihout terwijl het volgens het "
     "infoblad toegelaten was. Wie heeft er nu gelijk? Ik wil die boete betwisten."),
    ("neg", 0, "climate", "De windmolens komen bij ons, de winst gaat naar een firma in Brussel. Merci voor niks."),
    ("neg", 1, "health", "Mijn schoonmoeder is na haar operatie naar huis gestuurd zonder dat iemand de thuiszorg "
     "geregeld had. Wie is daarvoor verantwoordelijk? Ik wil een antwoord."),
    ("neg", 0, "childcare", "Ouderbijdrage in de crèche weer omhoog. Kinderen zijn precies een luxe hier."),
    ("neg", 1, "bus", "Vandaag stond ik met de kinderwagen een halfuur aan de halte omdat de bus geen oprijplaat "
     "had en de volgende vol zat. Wat doet u voor ouders en rolstoelgebruikers?"),
    ("neg", 1, "digital", "Mijn pensioenbrieven komen alleen nog in de eBox, ik heb dat nooit gevraagd en ik heb "
     "belangrijke post gemist. Hoe krijg ik weer papieren brieven?"),
    ("neg", 0, "energy", "@VlaamseRegering lol 'de prijzen zijn stabiel' zegt ze. Kijk eens naar mijn factuur."),
    ("neg", 1, "bus", "@delijn Al de vijfde keer deze maand dat de bus uitvalt zonder melding in de app. Krijgen "
     "we dan tenminste een deel van ons abonnement terug?"),
    ("neg", 0, "culture", "Het evenement was eerlijk gezegd overhyped, duur en slecht georganiseerd. Next time "
     "beter plannen aub."),
    ("neg", 1, "digital", "@stadantwerpen sorry maar de app is echt een drama, na de update kan ik niet meer "
     "inloggen. Komt daar een fix voor?"),
    # Facebook comments
    ("neg", 0, "municipal", "Schone foto van de burgemeester met de schaar aan het lint. De straat ligt wel alweer "
     "vol putten."),
    ("pos", 0, "municipal", "Straf! Heeft lang geduurd maar het resultaat mag gezien worden 👍"),
    ("neu", 1, "schools", "Geldt dat ook voor het gemeentelijk onderwijs of enkel voor het GO?"),
    ("neu", 1, "housing", "Waar kunnen we dat aanvraagformulier halen? In het stadhuis of bij het OCMW?"),
    ("neg", 0, "asylum", "En de Vlamingen blijven wachten op een woning. Maar de posts zijn wel schoon."),
    ("pos", 0, "health", "Eindelijk goed nieuws voor de regio! Merci aan iedereen die zich daarvoor ingezet heeft."),
    ("neg", 1, "climate", "En de mensen die sinds de overstromingen nog altijd geen schadevergoeding gekregen "
     "hebben? Daar eens een post over aub."),
    ("neu", 0, "bus", "Gaat in vanaf 1 februari volgens de site van De Lijn."),
    # long mails
    ("neg", 1, "housing", "Beste schepen,\n\nik wend mij tot u als eigenares van een klein huis in de Brugse "
     "Poort. Sinds de heraanleg van de straat loopt er bij elke regenbui water in onze kelder. Vroeger hadden we "
     "dat probleem nooit. Ik heb foto's genomen en twee keer naar de technische dienst gebeld, er werd een "
     "terugbelafspraak beloofd die er nooit kwam. Ik wil niemand iets verwijten, maar ik verwacht dat de stad "
     "de oorzaak onderzoekt en de schade vergoedt als die door de werken komt. Kan u een afspraak ter plaatse "
     "regelen?\n\nMet vriendelijke groeten\nChristine Lambrecht"),
    ("pos", 1, "culture", "Geachte minister,\n\nnamens de heemkundige kring van Oostrozebeke wil ik u hartelijk "
     "bedanken voor de steun bij de restauratie van onze kapel. Zonder de subsidie was dat nooit gelukt. Op 21 "
     "juni vieren we de inhuldiging met een klein feest en we zouden het heel fijn vinden als u erbij kunt zijn. "
     "Mogen we op u rekenen?\n\nMet hartelijke groeten\nJozef Vandewalle, voorzitter"),
    ("neu", 1, "pensions", "Geachte,\n\nik heb van 1985 tot 1999 in Luxemburg gewerkt en daarna in België. Ik "
     "ga volgend jaar met pensioen en wil weten of ik de aanvraag in beide landen apart moet doen of dat de "
     "Federale Pensioendienst die doorstuurt. Alvast bedankt voor uw antwoord.\n\nMet vriendelijke groeten\n"
     "Norbert Huybrechts, Arlon"),
    ("neg", 1, "schools", "Geachte minister,\n\nik ben mama van een zoon met autisme. Nu hij van school moet "
     "veranderen, hoor ik alleen: geen plaats in het buitengewoon onderwijs, geen ondersteuning beschikbaar. Ik "
     "heb het gevoel dat mijn kind overal uit de boot valt. Ik vraag u dringend om een gesprek, of minstens een "
     "contactpersoon die mij verder kan helpen.\n\nMet vriendelijke groeten\nSilke Peeters"),
    ("neu", 1, "energy", "Goeiedag,\n\nwe zijn tien gezinnen in Zwalm en denken eraan om samen zonnepanelen te "
     "leggen op het dak van de parochiezaal. Welke stappen zijn nodig, wie moet akkoord gaan, en is daar "
     "subsidie voor?\n\nVriendelijke groeten\nMichiel Van den Broeck"),
    ("neu", 1, "municipal", "Contactformulier\nNaam: Jonas Bruynseels\nOnderwerp: werken\nBericht: Hoelang "
     "blijft de omleiding in de Antwerpsesteenweg nog staan? Is er een planning?"),
    ("neg", 1, "energy", "Contactformulier – Bericht: Drie maanden geleden heb ik de Mijn VerbouwPremie "
     "aangevraagd, status is nog altijd in behandeling. Dat is niet aanvaardbaar. Laat mij aub weten wanneer ik "
     "een beslissing mag verwachten."),
    ("pos", 1, "climate", "Contactformulier – Onderwerp: lof en vraag. Bericht: De nieuwe fietsostrade naar "
     "Mechelen is top! Zijn er plannen om die door te trekken tot Lier?"),
    ("neu", 1, "security", "@PolitieGent Waar kan ik een gevonden fiets afgeven? Die staat hier al een week voor "
     "de deur."),
    ("pos", 0, "elections", "@burgemeester Proficiat met de nieuwe coalitie, veel succes de komende zes jaar!"),
]

FR: list[Message] = [
    ("neg", 0, "bus", "Bravo la STIB, vraiment 👏 Le 71 supprimé trois fois cette semaine, sans la moindre annonce."),
    ("neg", 1, "bus", "Madame la Ministre,\n\nDepuis la refonte du réseau TEC, il n'y a plus qu'un bus par heure "
     "entre Ciney et Namur, et plus rien après 19h. Mon fils rentre de ses cours à 20h. Comment fait-on sans "
     "voiture à la campagne ? Je vous demande de revoir cette décision.\n\nCordialement,\nNathalie Dubois"),
    ("neu", 1, "bus", "Bonjour, l'abonnement TEC est-il gratuit pour les moins de 25 ans ou seulement réduit ?"),
    ("pos", 0, "bus", "Merci au chauffeur du 95 ce matin qui a attendu une dame âgée avec son déambulateur. Ça fait "
     "plaisir 🙏"),
    ("neg", 0, "municipal", "Trois semaines que les encombrants traînent devant chez nous à Molenbeek. Y a personne "
     "qui passe, c'est ça la propreté publique ?"),
    ("neu", 1, "municipal", "Bonjour, où puis-je acheter les sacs bleus PMC à Liège ? Merci d'avance"),
    ("pos", 1, "municipal", "Merci pour la réparation si rapide de la plaine de jeux ! Les enfants sont ravis. Une "
     "petite question : est-ce qu'un banc pour les parents est prévu ?"),
    ("neg", 1, "fines", "J'ai reçu une amende SAC de 75 euros parce que mon sac poubelle était sorti la veille. LA "
     "VEILLE. Vous êtes sérieux ? Comment je fais pour contester ?"),
    ("neu", 1, "fines", "Est-ce qu'on peut payer une amende de roulage en plusieurs fois ? On est un peu juste ce "
     "mois-ci."),
    ("neg", 0, "fines", "Radar caché derrière le virage à Jambes. La sécurité routière a bon dos, c'est la tirelire "
     "communale 💶"),
    ("neg", 1, "permits", "Ça fait 13 mois qu'on attend notre permis d'urbanisme pour une simple véranda à Wavre. "
     "Treize mois ! Qui est responsable de ce retard et quand aurons-nous une réponse ?"),
    ("neu", 1, "permits", "Bonjour, faut-il un permis pour installer un abri de jardin de 15 m² en Wallonie ou une "
     "déclaration suffit ?"),
    ("pos", 0, "permits", "Un grand merci à la dame du service urbanisme de Mons, patiente et claire. On aimerait "
     "que ce soit toujours comme ça !"),
    ("neg", 1, "childcare", "Je suis désespérée. Je reprends le travail en mars et je n'ai trouvé aucune place en "
     "crèche à Charleroi. Partout des listes d'attente. Je fais comment ? Je démissionne ? Aidez-moi svp."),
    ("neu", 1, "childcare", "À partir de quel âge peut-on inscrire un enfant chez une accueillante ONE, et combien "
     "ça coûte par jour environ ?"),
    ("pos", 0, "childcare", "Notre accueillante à Gembloux est une perle. Merci d'avoir enfin revalorisé ce métier, "
     "il était temps ❤️"),
    ("neg", 1, "energy", "Ma facture de gaz est passée de 95 à 230 euros par mois. Je suis pensionnée et seule. "
     "Comment voulez-vous que je paie ça ? Il existe une aide ou pas ?"),
    ("neu", 1, "energy", "Est-ce que j'ai droit au tarif social si je touche une allocation de chômage ? Merci, "
     "Jacques"),
    ("neg", 0, "energy", "Le tarif prosumer, puis la fin de la compensation... Qui fait encore confiance à la "
     "Région ? Pas moi."),
    ("pos", 0, "energy", "Le guichet énergie de Namur nous a super bien conseillés, on économise 35 euros par mois. "
     "Merci pour ce service gratuit !"),
    ("neg", 1, "pensions", "J'ai travaillé 41 ans dont 12 en France et ma pension est mal calculée. J'attends une "
     "correction depuis 8 mois. Vous pouvez vous renseigner auprès du Service fédéral des Pensions ? C'est "
     "indigne."),
    ("neu", 1, "pensions", "Je m'inquiète un peu : j'ai travaillé à mi-temps pendant des années pour m'occuper de "
     "ma mère. Est-ce que ces années comptent pour ma pension ?"),
    ("pos", 0, "pensions", "Merci Monsieur le député pour votre intervention à la Chambre sur la pension minimum. "
     "Enfin quelqu'un qui le dit !"),
    ("neg", 0, "pensions", "Les politiciens partent à 55 ans et nous on doit bosser jusqu'à 67. Bien sûr 👍👍"),
    ("neg", 1, "asylum", "Bonjour, devant le Petit-Château des hommes dorment dehors sous la drache depuis des "
     "semaines. Je suis bénévole. C'est indigne d'un pays riche. Que fait le gouvernement ?"),
    ("neu", 1, "asylum", "Je voudrais accueillir une famille ukrainienne chez moi. À qui dois-je m'adresser à "
     "Namur ?"),
    ("pos", 0, "asylum", "Chapeau aux bénévoles de la Croix-Rouge au centre de Jumet, jour après jour. Et merci "
     "pour votre visite, Madame la Secrétaire d'État."),
    ("neg", 1, "nitrogen", "Je suis éleveur à Herve. On parle maintenant d'appliquer les règles azote flamandes en "
     "Wallonie. On a investi, on a des dettes. Qu'est-ce que vous allez dire aux agriculteurs ? D'arrêter ?"),
    ("neu", 1, "nitrogen", "Les règles sur l'azote en Flandre s'appliquent-elles aussi aux fermes wallonnes "
     "proches de la frontière linguistique ?"),
    ("neg", 0, "nitrogen", "L'azote par-ci, l'azote par-là, mais on agrandit le ring. Les agriculteurs, c'est "
     "toujours les boucs émissaires."),
    ("neg", 1, "taxes", "Tax-on-web a prérempli ma déclaration mais les frais de garde n'y sont pas. Maintenant je "
     "dois payer 650 euros. Au SPF Finances personne ne décroche. Je fais quoi ?"),
    ("neu", 1, "taxes", "Je travaille au Luxembourg et j'habite à Arlon. Où est-ce que je paie mes impôts, et "
     "dois-je quand même faire une déclaration en Belgique ?"),
    ("pos", 0, "taxes", "Merci au monsieur du bureau des contributions de Verviers qui m'a tout expliqué avec "
     "patience. Je ne m'y attendais pas !"),
    ("neg", 0, "taxes", "Encore une nouvelle taxe ? Mais bien sûr, on roule tous sur l'or 🙃"),
    ("neu", 1, "elections", "Je suis français et j'habite Ixelles depuis 7 ans. Je peux voter aux communales ? "
     "Comment je m'inscris ?"),
    ("neg", 0, "elections", "Avant les élections on vous serre la main au marché, après plus de réponse aux mails. "
     "Tous les six ans la même chanson."),
    ("pos", 0, "elections", "Félicitations pour votre réélection, Monsieur le Bourgmestre ! Bien mérité 🎉"),
    ("pos", 1, "elections", "Merci pour la belle soirée de campagne à la maison de quartier ! J'aimerais aider "
     "l'équipe. À qui je m'adresse ?"),
    ("neg", 1, "health", "La maternité de l'hôpital de Dinant va fermer ?! Les femmes enceintes devront rouler une "
     "heure jusqu'à Namur. Vous avez pensé aux urgences ? J'attends que vous vous y opposiez."),
    ("neu", 1, "health", "Bonjour, y a-t-il encore un médecin généraliste à Tournai qui accepte de nouveaux "
     "patients ? On vient d'arriver. Merci pour un tuyau."),
    ("pos", 0, "health", "Le personnel des urgences au CHU a été formidable malgré le manque de bras. Ils méritent "
     "d'être mieux payés. Merci à tous 💙"),
    ("neg", 0, "health", "8 mois d'attente pour un pédopsychiatre. Huit. Mois. Pour un gamin de 12 ans qui ne veut "
     "plus aller à l'école."),
    ("neg", 1, "schools", "Bonjour, dans la classe de mon fils (P3), il n'y a pas cours une semaine sur deux depuis "
     "octobre parce qu'on ne trouve pas de remplaçant. Que fait la ministre de l'Enseignement ?"),
    ("neu", 1, "schools", "Le repas gratuit à l'école dont on a parlé au Parlement, il arrive aussi dans le "
     "secondaire ?"),
    ("pos", 0, "schools", "Les institutrices de l'école communale de Hannut font un boulot extraordinaire avec "
     "trois fois rien. Bravo à toute l'équipe ! 🍎"),
    ("neg", 1, "housing", "Je suis sur la liste d'attente pour un logement social depuis 7 ans. À chaque fois on "
     "me dit de patienter. On vit à trois dans 38 m². Jusqu'à quand ? Vous pouvez regarder mon dossier ?"),
    ("neu", 1, "housing", "Mon propriétaire veut augmenter le loyer de 12 % en cours de bail. Il a le droit ? Et "
     "l'indexation, elle est automatique ?"),
    ("pos", 0, "housing", "Les logements sociaux rénovés à Droixhe sont vraiment réussis. Bon travail, tout le "
     "quartier en profite !"),
    ("neg", 0, "housing", "850 euros pour un deux-chambres à Louvain-la-Neuve. Tout devient kot. Et la politique "
     "regarde."),
    ("neg", 1, "climate", "Après les inondations de 2021, on nous avait promis que la Vesdre serait sécurisée. Cinq "
     "ans plus tard, rien. À chaque grosse pluie on a peur. Quand commencent les travaux ?"),
    ("neu", 1, "climate", "Y a-t-il une prime pour une citerne d'eau de pluie ou une toiture verte à Namur ?"),
    ("pos", 0, "climate", "Les 2000 arbres plantés le long de la Meuse, c'est vraiment une belle chose. Merci à "
     "tous ceux qui ont mis la main à la pâte 🌳"),
    ("neg", 1, "security", "Chez nous à Schaerbeek, c'est le troisième cambriolage de la semaine. La police vient, "
     "fait un PV, point. Quand est-ce qu'il y aura plus de patrouilles ? Les voisins ont peur."),
    ("neu", 1, "security", "Est-ce qu'on peut demander une surveillance de l'habitation pendant les vacances à la "
     "zone de police ? Si oui, comment ?"),
    ("pos", 0, "security", "Merci à la police de la zone Vesdre pour l'aide rapide après l'accident hier soir. "
     "Très pro et humain 👮‍♀️"),
    ("pos", 1, "culture", "Madame la Ministre, merci de tout cœur pour votre visite à notre chorale ! Nous aimerions "
     "vous inviter à notre concert anniversaire en mai. Seriez-vous disponible ?"),
    ("neg", 1, "culture", "La réduction des subsides à l'académie de musique touche 600 enfants. Vous y avez bien "
     "réfléchi ? Je vous demande de revoir cette décision et de l'expliquer aux parents."),
    ("neg", 0, "culture", "Un nouveau centre culturel à 14 millions, mais les salles de village s'écroulent. Bien "
     "joué 👏"),
    ("neg", 1, "digital", "Pour chaque démarche il faut itsme maintenant. Mon GSM est trop vieux pour l'appli et je "
     "n'ai pas les moyens d'en racheter un. Comment je fais ? Il y a encore un guichet ?"),
    ("neu", 1, "digital", "Bonjour, comment se connecter à MyMinfin sans itsme ? Ça marche encore avec le lecteur "
     "de carte et l'eID ?"),
    ("neg", 0, "digital", "Le site de la commune encore en rade. L'administration numérique en 2026, lol"),
    ("pos", 1, "digital", "L'e-guichet de la commune fonctionne vraiment bien, j'ai eu mon certificat de résidence "
     "en 5 minutes 👍 On pourra bientôt y demander les cartes de riverain aussi ?"),
    # Brussels and Walloon colour, typos, caps, short
    ("neg", 0, "municipal", "Allez, ça suffit une fois, les trottoirs de la chaussée de Waterloo sont un vrai "
     "champ de mines."),
    ("neu", 1, "municipal", "savez vous pour quand le ramassage des sapins a st gilles svp"),
    ("neg", 0, "bus", "le tram 7 en panne ENCORE. c pas possible"),
    ("neg", 1, "health", "JE TTENDS LE REMBOURSEMENT DE LA MUTUELLE DEPUIS 3 MOIS. PERSONNE NE RAPPELLE. VOUS "
     "POUVEZ FAIRE QUELQUE CHOSE ?"),
    ("pos", 0, "culture", "Quel chouette concert gratuit sur la place Flagey, merci la commune, c'était top 👌"),
    ("neg", 0, "taxes", "Typique."),
    ("pos", 0, "municipal", "Super, merci ! 👍"),
    ("neg", 0, "elections", "Ridicule. Tout simplement ridicule."),
    ("neu", 1, "childcare", "Et ça commence quand ?"),
    ("neg", 0, "energy", "💸💸 facture de l'horreur"),
    ("neg", 1, "energy", "Et qui va payer à la fin ? Dites-le franchement, Monsieur le Ministre."),
    ("neu", 0, "bus", "Le 48 est dévié par la rue Vanderkindere toute la semaine, pour info."),
    ("neu", 0, "municipal", "La conduite d'eau a cédé rue de la Station, les pompiers sont sur place."),
    ("neu", 0, "elections", "Les listes des candidats sont affichées à la maison communale depuis ce matin."),
    ("neu", 0, "schools", "Pour les parents du groupe : les inscriptions en première secondaire commencent le 1er "
     "février, le formulaire est au secrétariat."),
    ("neu", 0, "digital", "J'ai récupéré ma nouvelle carte d'identité, le courrier avec le code PIN est arrivé deux "
     "jours après."),
    ("neu", 0, "fines", "J'ai payé l'amende aujourd'hui, la référence est dans la communication. Cordialement, "
     "Luc Lambert"),
    ("neu", 0, "health", "La collecte de sang à Spa est reportée au 14, la Croix-Rouge vient de l'annoncer."),
    # polite criticism, mixed, thanks + question
    ("neg", 1, "permits", "Madame, Monsieur, je me permets de vous signaler poliment que le délai légal de "
     "traitement de notre demande est largement dépassé. Pourriez-vous m'indiquer où en est le dossier ? Avec "
     "mes salutations distinguées, Dr Paul Henrard"),
    ("neg", 1, "schools", "J'apprécie sincèrement votre engagement, mais la communication autour de la fermeture "
     "de l'école a été décevante. Les parents l'ont appris par la presse. Pourquoi ne pas nous avoir prévenus ?"),
    ("neg", 0, "municipal", "La nouvelle place est très jolie, c'est vrai. Dommage qu'il n'y ait plus une seule "
     "place de parking pour les commerces. Les magasins ferment, mais c'est beau."),
    ("neg", 1, "childcare", "Merci pour la hausse des allocations familiales, vraiment. Mais franchement, ce qui nous "
     "manque, ce sont des places en crèche. Elles arrivent quand ?"),
    ("pos", 0, "culture", "Super concert dans le parc, merci ! Un peu peu de toilettes, mais sinon parfait 😄"),
    ("pos", 1, "taxes", "Merci beaucoup pour votre aide avec ma déclaration la semaine passée ! Encore une petite "
     "question : je dois garder les justificatifs combien de temps ?"),
    ("pos", 1, "housing", "Merci pour le tuyau sur la prime à la rénovation, on l'a obtenue 🥳 Il existe aussi "
     "quelque chose pour les châssis ?"),
    ("pos", 1, "nitrogen", "Merci pour votre visite à la ferme la semaine dernière, ça nous a fait chaud au cœur ! "
     "Pourriez-vous nous envoyer l'étude dont vous avez parlé ?"),
    ("neu", 1, "asylum", "Un centre pour 80 personnes va ouvrir dans notre village. Certains voisins sont inquiets. "
     "Une séance d'information est-elle prévue ?"),
    ("neu", 1, "energy", "On a reçu une lettre disant que notre contrat fixe se termine. J'ai peur que la facture "
     "explose. Quelles sont nos options ?"),
    ("neu", 1, "pensions", "Mon mari est décédé le mois passé. Je ne sais pas si je dois demander moi-même la "
     "pension de survie. Pouvez-vous m'expliquer la démarche ?"),
    ("pos", 0, "pensions", "Reçu aujourd'hui ma pension minimum augmentée, pour moi qui suis veuve ça change "
     "beaucoup. Merci !"),
    ("pos", 0, "health", "Merci d'avoir obtenu le remboursement du transport vers la dialyse. Pour mon père c'est "
     "un énorme soulagement."),
    ("pos", 0, "security", "Depuis que l'agent de quartier passe régulièrement, on se sent beaucoup plus en "
     "sécurité. Merci !"),
    ("pos", 1, "schools", "Notre école fête ses 100 ans en juin, les élèves seraient ravis de vous accueillir. "
     "Pouvons-nous vous envoyer une invitation ?"),
    ("neg", 0, "security", "Éclairage public coupé à 23h. Depuis, plus aucune femme ne rentre seule à pied le soir "
     "dans le quartier. Merci la commune."),
    ("neg", 0, "climate", "Des éoliennes chez nous, les bénéfices pour une société à Bruxelles. Merci pour rien."),
    ("neg", 1, "digital", "Je suis malvoyante et le nouveau site de la commune ne fonctionne pas avec mon lecteur "
     "d'écran. C'est discriminant. Quand est-ce que ce sera corrigé ?"),
    ("neu", 1, "fines", "J'ai reçu une amende LEZ à Bruxelles alors que ma voiture est une essence de 2018. Comment "
     "je peux le prouver ?"),
    ("pos", 0, "digital", "Bravo pour le nouveau site de la Région, clair et enfin lisible sur GSM."),
    ("neu", 1, "culture", "Est-ce que le marché de Noël de Liège a bien lieu cette année ? Je ne trouve rien."),
]

EN: list[Message] = [
    ("neg", 0, "bus", "Great job, really 👏 The 71 cancelled three times this week and not a single announcement."),
    ("neg", 1, "bus", "Dear Minister,\n\nSince the new De Lijn network, our village near Leuven has one bus an hour "
     "and nothing after 7pm. My daughter finishes her shift at the hospital at 8. How are families without a "
     "second car supposed to manage? I ask you to reconsider.\n\nKind regards,\nSarah Whitfield"),
    ("neu", 1, "bus", "Hi, is the STIB/MIVB pass free for kids under 12 or just discounted? Thanks"),
    ("pos", 0, "bus", "Shoutout to the driver on tram 81 this morning who waited for an elderly lady with a walker. "
     "Made my day 🙏"),
    ("neg", 0, "municipal", "Bulky waste has been sitting outside our building in Etterbeek for three weeks. "
     "Nobody comes. Is this what we pay municipal tax for?"),
    ("neu", 1, "municipal", "Hello, where can I buy the blue PMD bags in Brussels? Can't find them in my "
     "supermarket."),
    ("pos", 1, "municipal", "Thank you for fixing the playground so quickly! The kids are thrilled. Quick question: "
     "is a bench for parents planned as well?"),
    ("neg", 1, "fines", "I got a 60 euro fine because my bin bag was out one day early. ONE DAY. Seriously? How do "
     "I appeal this?"),
    ("neu", 1, "fines", "Can a traffic fine be paid in instalments? Money is a bit tight this month."),
    ("neg", 0, "fines", "LEZ fine for driving my visiting mum to the airport once. Nobody told us anything about "
     "registering. Nice welcome to Brussels."),
    ("neg", 1, "permits", "We've been waiting 13 months for a permit for a simple wooden carport in Tervuren. "
     "Thirteen months! Who is responsible for this delay and when will we get an answer?"),
    ("neu", 1, "permits", "Do I need a permit for a 15 m² garden shed in Flanders, or is a notification enough?"),
    ("pos", 0, "permits", "Big thanks to the lady at the urban planning desk who patiently explained everything in "
     "English. Wish it was always like that!"),
    ("neg", 1, "childcare", "I'm desperate. I go back to work in March and there isn't a single creche place in "
     "our commune. Waiting lists everywhere until 2028. What am I supposed to do? Quit my job? Please help."),
    ("neu", 1, "childcare", "From what age can we register our baby with a childminder in Leuven, and roughly how "
     "much does it cost per day?"),
    ("pos", 0, "childcare", "Our creche in Woluwe is wonderful. Glad the staff are finally getting better pay, long "
     "overdue ❤️"),
    ("neg", 1, "energy", "My energy bill went from 100 to 250 euros a month. I'm a single dad with two kids. How am "
     "I supposed to pay that? Is there any help at all?"),
    ("neu", 1, "energy", "Am I eligible for the social energy tariff if I'm on sickness benefits from the mutuality?"),
    ("neg", 0, "energy", "Network charges up, levies up, usage down and the bill still higher. I give up trying to "
     "understand Belgian energy bills."),
    ("pos", 0, "energy", "The free energy advice from the commune was excellent, we now save about 40 euros a "
     "month. Thanks for offering it!"),
    ("neg", 1, "pensions", "I worked 38 years, 10 of them in the UK, and my Belgian pension has been calculated "
     "wrongly. I've waited 8 months for a correction. Could you please chase the Federal Pension Service? It's "
     "undignified."),
    ("neu", 1, "pensions", "I'm a bit worried: I worked part-time for years to care for my parents. Do those years "
     "count towards my pension?"),
    ("pos", 0, "pensions", "Thank you for your clear speech in the Chamber on the minimum pension. Finally someone "
     "says it!"),
    ("neg", 0, "pensions", "Politicians retire at 55 and we work until 67. Sure, makes total sense 👍👍"),
    ("neg", 1, "asylum", "Hello, men are sleeping outside in the rain near the arrival centre for weeks now. I "
     "volunteer there. It's shameful for a rich country. What is the government doing about it?"),
    ("neu", 1, "asylum", "I'd like to offer a room to a Ukrainian family. Who should I contact in Ghent?"),
    ("pos", 0, "asylum", "Respect to the Red Cross volunteers at the reception centre, day in day out. And thanks "
     "for visiting them, Minister."),
    ("neg", 1, "nitrogen", "I run a dairy farm near Diest. The nitrogen rules mean we may have to shrink or close "
     "by 2030 after we invested heavily. What do you actually want to tell farmers like us?"),
    ("neu", 1, "nitrogen", "Do the Flemish nitrogen rules also apply to farms in Wallonia, or does each region have "
     "its own?"),
    ("neg", 0, "nitrogen", "Nitrogen this, nitrogen that, but the motorway gets widened anyway. Farmers are just the "
     "easiest scapegoat."),
    ("neg", 1, "taxes", "Tax-on-web pre-filled my return but left out all the childcare costs. Now I owe 700 euros. "
     "Nobody picks up at the FPS Finance. What am I supposed to do?"),
    ("neu", 1, "taxes", "I'm an EU official living in Brussels. Do I still have to file a Belgian tax return, and "
     "what about the regional surcharges?"),
    ("pos", 0, "taxes", "Thanks to the man at the tax office who walked me through my return in English, very "
     "patient. Didn't expect that!"),
    ("neg", 0, "taxes", "Another new tax? Of course, because we're all swimming in money 🙃"),
    ("neu", 1, "elections", "I'm Irish and have lived in Ixelles for 6 years. Can I vote in the municipal "
     "elections and how do I register?"),
    ("neg", 0, "elections", "Shaking hands at the market before the elections, no replies to emails afterwards. "
     "Same story every six years."),
    ("pos", 0, "elections", "Congratulations on your re-election, Mayor! Well deserved 🎉"),
    ("pos", 1, "elections", "Thanks for the lovely campaign evening at the community centre! I'd love to help out "
     "with the team. Who should I talk to?"),
    ("neg", 1, "health", "The maternity ward in our hospital is closing?! Pregnant women will have to drive an hour. "
     "Have you thought about emergencies? I expect you to oppose this."),
    ("neu", 1, "health", "Hi, is there any GP in Leuven still taking new patients? We just moved here and can't "
     "find one. Thanks for any tip."),
    ("pos", 0, "health", "The staff in A&E at the UZ were amazing despite being short-handed. They deserve "
     "better pay. Thank you all 💙"),
    ("neg", 0, "health", "9 months waiting list for a child psychiatrist. Nine. Months. For a 12 year old who won't "
     "go to school anymore."),
    ("neg", 1, "schools", "Hello, my son's class (3rd year primary) has had no lessons every other week since "
     "October because no substitute can be found. We parents are at a loss. What is the education minister "
     "doing?"),
    ("neu", 1, "schools", "Are the free school meals that were discussed in parliament also coming to secondary "
     "schools?"),
    ("pos", 0, "schools", "The teachers at our local school do an amazing job with very little. Huge thanks to the "
     "whole team! 🍎"),
    ("neg", 1, "housing", "I've been on the social housing waiting list for 5 years. Every time they say be "
     "patient. Three of us live in 40 m². How much longer? Could you look at my file?"),
    ("neu", 1, "housing", "My landlord wants to raise the rent by 12% mid-lease. Is that allowed? And is "
     "indexation automatic?"),
    ("pos", 0, "housing", "The renovated social housing blocks near the canal look great. Good work, the whole "
     "neighbourhood benefits!"),
    ("neg", 0, "housing", "1200 euros for a 2-bed flat in Leuven. Every house becomes student rooms. And politicians "
     "just watch."),
    ("neg", 1, "climate", "After the 2021 floods we were promised better flood protection on the river. Five years "
     "later, nothing. Every heavy rain we're scared. When do the works start?"),
    ("neu", 1, "climate", "Is there a subsidy for a rainwater tank or a green roof in our municipality?"),
    ("pos", 0, "climate", "The 2,000 new trees along the river are a real joy. Thanks to everyone who helped plant "
     "them 🌳"),
    ("neg", 1, "security", "Third break-in on our street this week. Police come, write a report, that's it. When "
     "will there be more patrols? The neighbours are scared."),
    ("neu", 1, "security", "Can I ask the local police to keep an eye on our house while we're on holiday? If so, "
     "how?"),
    ("pos", 0, "security", "Thank you to the police for the quick help after the accident last night. Very "
     "professional and kind 👮‍♀️"),
    ("pos", 1, "culture", "Dear Minister, thank you so much for visiting our choir! We'd love to invite you to our "
     "anniversary concert in May. Would you be available?"),
    ("neg", 1, "culture", "Cutting funding to the music academy affects 600 children. Did you really think this "
     "through? Please reconsider and explain it to us parents."),
    ("neg", 0, "culture", "A new 14 million cultural centre while the village halls fall apart. Well done 👏"),
    ("neg", 1, "digital", "Every single procedure needs itsme now. My phone is too old for the app and I can't "
     "afford a new one. How am I supposed to manage? Is there still a counter somewhere?"),
    ("neu", 1, "digital", "Hi, how do I log into MyMinfin without itsme? Does the card reader with my eID still "
     "work?"),
    ("neg", 0, "digital", "Commune website down again. Digital government in 2026 lol"),
    ("pos", 1, "digital", "The commune's online counter works really well, got my residence certificate in 5 "
     "minutes 👍 Will resident parking cards be available there soon too?"),
    # short, caps, typos, no punctuation
    ("neg", 0, "municipal", "pavements on chaussée de Wavre are a literal obstacle course and nobody cares"),
    ("neu", 1, "municipal", "hi when is the christmas tree collection in st gilles pls"),
    ("neg", 0, "bus", "tram 7 broken down AGAIN. unbelievable"),
    ("neg", 1, "health", "I HAVE BEEN WAITING 3 MONTHS FOR MY DENTAL REFUND. NOBODY CALLS BACK. CAN YOU DO "
     "SOMETHING?"),
    ("pos", 0, "culture", "Loved the free concert at Flagey, thanks to the commune, brilliant evening 👌"),
    ("neg", 0, "taxes", "Typical."),
    ("pos", 0, "municipal", "Great, thanks! 👍"),
    ("neg", 0, "elections", "Ridiculous. Just ridiculous."),
    ("neu", 1, "childcare", "And when does that start?"),
    ("neg", 0, "energy", "💸💸 bill from hell"),
    ("neg", 1, "energy", "And who pays for all this in the end? Tell us honestly, Minister."),
    ("neu", 0, "bus", "Bus 38 is diverted via Avenue Louise all week, just fyi."),
    ("neu", 0, "municipal", "A water main burst on Station Street, the fire brigade is on site."),
    ("neu", 0, "elections", "The candidate lists are posted at the town hall as of this morning."),
    ("neu", 0, "schools", "For parents in the group: enrolment for first year secondary opens 1 February, forms "
     "are at the school office."),
    ("neu", 0, "digital", "Picked up my new ID card, the PIN letter came two days later."),
    ("neu", 0, "fines", "Paid the fine today, reference number is in the transfer. Regards, Luke Bennett"),
    ("neu", 0, "health", "The blood drive in Leuven has moved to the 14th, the Red Cross just posted it."),
    # polite criticism, mixed, thanks + question
    ("neg", 1, "permits", "Dear Sir or Madam, I would like to point out politely that the legal processing time "
     "for our application has been exceeded by some margin. Could you let me know where the file stands? Yours "
     "faithfully, Dr Paul Harrington"),
    ("neg", 1, "schools", "I really appreciate your commitment, but the communication around the school closure "
     "was disappointing. Parents read about it in the paper. Why weren't we told first?"),
    ("neg", 0, "municipal", "The new square looks lovely, no doubt. Shame there's not a single parking space left "
     "for the shops. The shops are dying, but it's pretty."),
    ("neg", 1, "childcare", "Thanks for raising child benefit, honestly. But what we really lack is creche places. "
     "When are those coming?"),
    ("pos", 0, "culture", "Great concert in the park, thank you! A few more toilets next time, but otherwise "
     "perfect 😄"),
    ("pos", 1, "taxes", "Many thanks for your help with my tax return last week! One more quick question: how "
     "long do I need to keep the receipts?"),
    ("pos", 1, "housing", "Thanks for the tip about the renovation grant, we got it 🥳 Is there anything for new "
     "windows as well?"),
    ("pos", 1, "nitrogen", "Thanks for visiting our farm last week, it meant a lot! Could you send us the study you "
     "mentioned?"),
    ("neu", 1, "asylum", "A centre for 80 people is opening in our village. Some neighbours are uneasy. Will there "
     "be an information evening where we can ask questions?"),
    ("neu", 1, "energy", "We got a letter saying our fixed-price contract ends. I'm afraid the bill will explode. "
     "What are our options now?"),
    ("neu", 1, "pensions", "My husband passed away last month. I don't know whether I have to apply for the "
     "survivor's pension myself. Could you tell me how it works?"),
    ("pos", 0, "pensions", "Got my increased minimum pension today, as a widow that makes a big difference. Thank "
     "you!"),
    ("pos", 0, "health", "Thank you for getting transport to dialysis reimbursed. For my father it's an enormous "
     "relief."),
    ("pos", 0, "security", "Since the community officer walks through our area regularly we feel much safer. "
     "Thanks!"),
    ("pos", 1, "schools", "Our school turns 100 in June and the pupils would love you to come. May we send you an "
     "invitation?"),
    ("neg", 0, "security", "Street lights switched off at 11pm. Since then no woman here walks home alone at night. "
     "Thanks, council."),
    ("neg", 0, "climate", "Wind turbines in our village, profits to some company in Brussels. Thanks for nothing."),
    ("neg", 1, "digital", "I'm visually impaired and the commune's new website doesn't work with my screen reader. "
     "That's discrimination. When will it be fixed?"),
    ("neu", 1, "fines", "I got a Brussels LEZ fine but my car is a 2018 petrol. How can I prove it's compliant?"),
    ("pos", 0, "digital", "Kudos on the new regional website, clear and finally readable on a phone."),
    ("neu", 1, "culture", "Is the Christmas market in Ghent going ahead this year? I can't find anything about it."),
    ("neg", 1, "elections", "You promised before the election that mental health waiting lists would be a "
     "priority. There's barely a line on it in the coalition agreement. How do you explain that to voters?"),
]
# fmt: on

_BY_LANGUAGE = {"de": DE, "nl": NL, "fr": FR, "en": EN}


def free_rows() -> list[FreeRow]:
    """Every message with its labels, in a fixed order (German, Dutch, French, English)."""
    rows = []
    for language in LANGUAGES:
        for sentiment, reply, topic, text in _BY_LANGUAGE[language]:
            if topic not in TOPICS or sentiment not in _SENTIMENT or reply not in (0, 1):
                raise ValueError(f"bad row {(sentiment, reply, topic, text[:40])!r}")
            rows.append(FreeRow(text, language, _SENTIMENT[sentiment], bool(reply), topic))
    return rows
