# ruff: noqa: E501
"""Frozen safety check set (threats and abuse), written 2026-12-07: see README_safety_check.md.

Written by hand in one sitting on 7 December 2026 by a helper session that had not opened any of
the project's threat or abuse training data (nothing in ``inbox/triage/training/``), nor
``inbox/triage/threat_rules.py``, nor the older check sets ``threat_check.py`` and ``abuse_check.py``,
nor ``shared/data/offensive``. Every text was written from general knowledge of what Belgian
politicians and their offices receive in mentions, comments, e-mails and web-form posts; each
language was written on its own (different situations, not translations of one another). Names,
addresses and number plates are invented.

**This set is only ever measured on, never tuned on**: no threshold, keyword, training text or
recipe may be chosen by looking at results on it. If a figure on it is disappointing, report it.

Four kinds per language (nl, fr, en, de), each item ``(channel, text)`` with channel one of
``mention``, ``comment``, ``mail``, ``form``:

* ``THREATS``: explicit and veiled threats against the politician, family, staff or office
  (violence, arson, doxxing, stalking-like details, emoji, threats wrapped in politics).
* ``HARD_NEGATIVES``: harsh but legitimate messages that must not be tagged as threats
  (violent metaphors, peaceful protests, legal action, electoral "you're finished", sport,
  news about violence, a quoted threat being reported, dark humour without a target).
* ``ABUSE``: insults, slurs, dehumanising remarks about groups, mocking emoji insults.
* ``ORDINARY``: ordinary and harshly critical messages that are not abusive (sarcasm,
  anger, mild swearing not aimed at a person).

``safety_check_items()`` returns them all as ``SafetyItem`` rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["threat", "hard_negative", "abuse", "ordinary"]
LANGUAGES: tuple[str, ...] = ("nl", "fr", "en", "de")
CHANNELS: frozenset[str] = frozenset({"mention", "comment", "mail", "form"})

THREATS: dict[str, list[tuple[str, str]]] = {
    "nl": [
        (
            "mention",
            "@schepen_vandamme ge moogt blij zijn dat ik u nog ni tegengekomen ben op de zaterdagmarkt, want dan lagt ge plat op de kasseien",
        ),
        (
            "comment",
            "Die moet gewoon eens goed in elkaar geklopt worden en ik doe het met plezier. Zaterdag staat ze toch weer aan haar partijkraampje op de Vrijdagmarkt.",
        ),
        (
            "mail",
            "Meneer de burgemeester,\n\nUw zoon zit in het derde jaar aan het college. Hij fietst elke dag om tien voor vier langs de vaart naar huis, altijd alleen. Ik zou maar goed opletten als ik u was.\n\nEen burger die alles ziet",
        ),
        (
            "form",
            "Ik ken uw adres in de Kerkstraat, huisnummer en al, en de kleur van uw voordeur. Binnenkort komen we eens aanbellen en niet om te babbelen.",
        ),
        ("comment", "🔪🔪 voor die verrader. Meer moet ik ni zeggen"),
        ("mention", "@kamerlid_peeters blijf maar lachen op uw foto's ⚰️⚰️ binnenkort is het gedaan met lachen"),
        (
            "comment",
            "Als die asielwet erdoor komt steek ik persoonlijk dat partijlokaal in de fik 🔥 met iedereen erin",
        ),
        (
            "mail",
            "Aan de medewerkers van het kabinet: jullie gaan ook boeten. Ik weet welke tram jullie 's avonds nemen aan het Madouplein. Niemand van jullie is veilig.",
        ),
        (
            "form",
            "Het zou jammer zijn moest er iets gebeuren met uw witte Tesla op de parking van de fitness in Wilrijk. Dinsdag en donderdag rond 19u, klopt toch?",
        ),
        ("comment", "NA DE VERKIEZINGEN GAAN WE JULLIE OPHANGEN AAN DE LANTAARNPALEN VAN DE WETSTRAAT, ALLEMAAL"),
        (
            "mention",
            "@burgemeester_heist ik heb een jachtgeweer en een vergunning. Denk daar maar eens goed over na voor ge die windmolens goedkeurt",
        ),
        ("comment", "iemand moet da wijf een kogel door haar kop jagen, serieus, ik meld mij vrijwillig"),
        (
            "mail",
            "Ge hebt mijn leefloon afgepakt. Ik heb niks meer te verliezen. Maandag kom ik naar uw zitdag in het gemeentehuis en ik neem iets mee. Dan zal iedereen het weten.",
        ),
        (
            "form",
            "uw dochter zit op de volleybal in de sporthal elke woensdag he. schoon kind. zou zonde zijn moest ze ni meer thuiskomen",
        ),
        (
            "comment",
            "Wacht maar tot ge alleen naar huis wandelt na de gemeenteraad. Daar staat dan geen politie om u te beschermen.",
        ),
        ("mention", "@schepen_onderwijs we hebben foto's van uw huis en van de auto van uw vrouw. Wordt vervolgd 📸🔥"),
        (
            "comment",
            "Ik hoop dat ge binnenkort een baksteen door uw ruit krijgt. Nee, hopen is niet nodig, ik kom hem zelf brengen.",
        ),
        (
            "mail",
            "Beste,\nJe sais où tu habites, ik ken uw straat in Vorst en ik weet hoe laat ge vertrekt. Trek dat circulatieplan in of ge zult het voelen, à la fin.\n",
        ),
        (
            "form",
            "Uw kantoor in de Stationsstraat gaat er volgende week niet meer staan. Zeg uw medewerkers dat ze beter thuisblijven die dag.",
        ),
        ("mention", "@raadslid_wouters ge gaat met uw vel betalen voor die belastingverhoging, reken maar"),
        (
            "comment",
            "Vraagje: hoeveel kogels zou ge nodig hebben voor heel die regering? Ik heb er al een doos liggen 😉",
        ),
        (
            "comment",
            "ik kom je halen smeerlap ik weet wa ge doet op zondagmorgen met je hont in het park aan de vijver",
        ),
    ],
    "fr": [
        (
            "comment",
            "On va venir te chercher chez toi à Uccle, on connaît la maison avec le portail vert et la boîte aux lettres rouge",
        ),
        ("mention", "@echevin_lambert ferme ta gueule ou je te la ferme définitivement 🔪"),
        (
            "mail",
            "Madame la députée,\n\nVotre fils est en 5e primaire à l'école communale près de la place. Il sort à 15h30 et attend toujours seul au coin. Réfléchissez bien avant de voter ce texte.\n\nUn citoyen qui n'oublie pas",
        ),
        ("form", "Je vais foutre le feu à votre permanence, vous et vos collabos dedans 🔥🔥"),
        ("comment", "une balle dans la tête c tout ce qu'il mérite ce vendu et je m'en charge perso"),
        ("comment", "APRÈS LES ÉLECTIONS ON VA TOUS VOUS PENDRE, TRAÎTRES. LA LISTE EST DÉJÀ PRÊTE"),
        (
            "mention",
            "@bourgmestre_dethier ta Golf grise garée devant la salle de sport à Jambes tous les lundis soir... ce serait bête qu'elle ne démarre plus, ou pire 😉",
        ),
        (
            "comment",
            "Fais gaffe quand tu rentres seul après le conseil communal, les rues sont sombres la nuit et personne ne te regrette",
        ),
        (
            "mail",
            "Bonjour,\nJe travaille pas loin de votre cabinet. Je vois vos collaboratrices sortir tous les soirs vers 18h par la porte de derrière. Dites-leur de faire attention, on ne sait jamais ce qui peut leur arriver.",
        ),
        ("comment", "⚰️⚰️⚰️ bientôt pour toi et ta famille de rats"),
        (
            "form",
            "j'ai votre adresse, votre numéro de téléphone et celui de votre femme. Je vais les publier partout ce soir et des gens vont venir vous rendre visite. Bonne nuit.",
        ),
        ("comment", "On va te faire la peau, sale ministre de mes deux, t'inquiète"),
        ("mention", "@depute_renard j'ai toujours le fusil de chasse de mon père au grenier. Je dis ça je dis rien"),
        (
            "comment",
            "Si la réforme des pensions passe, je monte au Parlement avec un bidon d'essence et un briquet. Je rigole pas.",
        ),
        (
            "mail",
            "Allez une fois, écoute bien: t'as fermé mon snack, moi je vais te fermer ta bouche. Ik weet waar uw kantoor is, tu vas voir ce que tu vas voir.",
        ),
        (
            "comment",
            "Quelqu'un devrait lui trancher la gorge à cette salope, je paie le billet de train à celui qui le fait",
        ),
        (
            "form",
            "Votre permanence de Charleroi, on l'a en photo, les horaires aussi. Mercredi on passe, et ce sera pas pour discuter.",
        ),
        ("comment", "TOI TU VAS SAIGNER. COMPTE LES JOURS."),
        (
            "mention",
            "@ministre_collard tu cours toujours au bois de la Cambre le dimanche à 8h? On sera là nous aussi 🏃‍♂️🔪",
        ),
        (
            "comment",
            "Il faudrait qu'un accident arrive à ta petite-fille pour que tu comprennes enfin ce que vivent les gens. Ça peut s'arranger.",
        ),
        ("comment", "je vais te retrouver et te défoncer la tête, tu payeras pour chaque expulsion"),
        (
            "mail",
            "Monsieur,\nVous fermez nos écoles, vous sacrifiez nos enfants. Je n'ai plus rien à perdre. Je serai à votre réunion publique jeudi à Namur, et je ne viendrai pas les mains vides. Vous êtes prévenu.",
        ),
    ],
    "en": [
        ("mention", "@mep_harrington keep pushing this directive and you'll be leaving Strasbourg in a box ⚰️"),
        ("comment", "We've got your home address. Nice hedge out front. Shame if someone came through it at 3am."),
        (
            "mail",
            "Dear Mr Aldridge,\n\nYour daughter plays hockey for the under-12s on Saturday mornings. I've watched her warm up. Vote against the bill or I'll be having a word with her after training.\n",
        ),
        ("comment", "Someone should put a bullet in that traitor and I'm more than happy to volunteer"),
        ("comment", "I'M GOING TO BURN YOUR CONSTITUENCY OFFICE TO THE GROUND WITH YOUR STAFF STILL INSIDE"),
        (
            "form",
            "Your caseworker with the red backpack takes the 81 tram home every evening around six. Tell her to watch her back.",
        ),
        ("mention", "@chamber_member after the vote we'll drag you out of that building and string you up 🪢"),
        (
            "comment",
            "Enjoy your morning runs along the canal while you still can. 7:15 sharp, every day, same bench. We've noticed.",
        ),
        (
            "form",
            "I know the car you drive, the black Audi, and exactly where you park it at night. Next time it won't just be a key scratch.",
        ),
        ("comment", "🔪🔪🔪 one for every MP who voted yes"),
        ("comment", "You'll pay for this with your blood, I promise you that much"),
        ("comment", "its just a matter of time before someone does something to you, and honestly i hope its me"),
        (
            "mail",
            "I have nothing left. You took my disability allowance. I'm coming to your surgery on Friday and I'm bringing something special for you. Don't bother calling anyone.",
        ),
        (
            "mention",
            "@councillor_price posting your address in the group chat tonight. Let's see how brave you are when fifty of us turn up at your door.",
        ),
        ("comment", "gonna find u and break every bone in ur body u corrupt piece of sh*t"),
        ("comment", "Lovely family photo on your Insta. Your wife looks great. We found the street too 😉"),
        ("comment", "Start counting your days 🔥⚰️"),
        (
            "mail",
            "Ik weet waar you work, right off Rue de la Loi. Be careful walking to the metro at night, lots of accidents happen to people like you.",
        ),
        (
            "form",
            "If this migration pact passes there will be a bomb in your office. This is not a joke and you have been warned.",
        ),
        (
            "comment",
            "The day you lose your immunity is the day we come for you. Your security detail can't be everywhere.",
        ),
        (
            "mention",
            "@mp_vanhoof see you in the changing room at the pool tuesday night, no bodyguards allowed in there 😘",
        ),
        (
            "comment",
            "Your kids walk to school down that lane with no streetlights, don't they. Would be a tragedy. Think about it before Thursday's vote.",
        ),
    ],
    "de": [
        ("comment", "Deine Adresse in Kelmis hab ich, Hausnummer inklusive. Wir kommen vorbei, und nicht zum Kaffee."),
        ("comment", "Volksverräter gehören an die Wand gestellt, und du bist der Erste in der Reihe"),
        (
            "mail",
            "Sehr geehrte Frau Ministerin,\n\nIhre Tochter geht in die 4b der Gemeindeschule. Sie wird jeden Tag um 15:30 am Seiteneingang abgeholt, manchmal kommt die Oma zu spät. Überlegen Sie sich Ihre Abstimmung gut.\n",
        ),
        ("comment", "Ich zünde dein Büro in St. Vith an 🔥🔥 mit allem was drin ist"),
        ("comment", "Eine Kugel in den Kopf, mehr verdient der nicht. Ich hab noch welche im Keller."),
        (
            "mention",
            "@pdg_abgeordneter nach der Wahl rechnen wir ab. Mit jedem einzelnen von euch. Persönlich und mit der Faust.",
        ),
        (
            "form",
            "Schöner BMW, steht jeden Mittwoch vor dem Fitnessstudio am Kreisverkehr. Wäre schade um die Bremsleitungen 😉",
        ),
        ("comment", "⚰️⚰️ bald für dich, Verräter"),
        (
            "form",
            "Deine Mitarbeiterin mit den roten Haaren nimmt abends immer den letzten Bus ins Dorf. Sag ihr, sie soll aufpassen, wer da noch einsteigt.",
        ),
        ("comment", "I GLAUB DU CHUNSCH NÜMM LÄBIG HEI WENN DU SO WITERMACHSCH"),
        ("comment", "Wenn das Windrad kommt, liegst du daneben. Unter der Erde."),
        ("comment", "Man sollte dich aufknüpfen, am besten vor dem Parlament, und ich halte gern das Seil"),
        (
            "mail",
            "Ich hab nichts mehr zu verlieren. Montag bin ich in Ihrer Bürgersprechstunde und bringe was mit. Dann ist Schluss, für uns beide.",
        ),
        ("comment", "Ich weiß, wann du morgens joggst, 6:45 am Waldrand hinter dem Stausee. Allein. Noch."),
        (
            "mention",
            "@schoeffe_krings heute Abend stellen wir deine Privatadresse und die Handynummer deiner Frau in die Gruppe. Viel Spaß mit dem Besuch.",
        ),
        ("comment", "pass uff jong, ich schlag dir de Schädel ein wenn ich dich op de Kirmes seh"),
        ("comment", "Es wäre doch tragisch, wenn deinem Enkel auf dem Schulweg was passiert 🙂"),
        (
            "form",
            "Dein Bürgerbüro fliegt in die Luft, wenn der Haushalt so durchgeht. Sag deinen Leuten, sie sollen an dem Tag daheim bleiben.",
        ),
        (
            "comment",
            "Je sais où t'habites, Hauptstraße, zweites Haus nach der Kirche. Bald klingelt's bei dir, mon ami 🔪",
        ),
        ("comment", "du wirst mit deinem leben bezahlen für die schliesung vom krankenhaus, versprochen"),
        ("comment", "Dich erwischen wir noch, spätestens wenn deine Personenschützer nach der Amtszeit weg sind."),
        (
            "mail",
            "Hoffentlich brennt deine Bude bald. Den Kanister hab ich schon im Kofferraum, und ich weiß, dass dein Hund nachts im Garten schläft.",
        ),
    ],
}

HARD_NEGATIVES: dict[str, list[tuple[str, str]]] = {
    "nl": [
        ("mention", "@minister_begroting deze besparing is de doodsteek voor het jeugdwerk in onze gemeente"),
        ("comment", "Bij de volgende verkiezingen zijt ge eraan, geen enkele stem krijgt ge nog uit onze wijk"),
        (
            "mail",
            "Geachte schepen,\n\nWij laten u weten dat we zaterdag om 11u een vreedzame betoging houden voor uw kantoor tegen de sluiting van de bibliotheek. De politie is verwittigd. We komen met spandoeken, kinderen en koffie.\n\nNamens het buurtcomité,\nLies",
        ),
        (
            "form",
            "Als de gemeente de vergunning voor de loods niet intrekt, stappen we naar de Raad van State. Onze advocaat heeft het dossier klaar.",
        ),
        (
            "comment",
            "Ik zal dit dossier op elke gemeenteraad opnieuw op tafel leggen tot er een antwoord komt. Ik laat niet los.",
        ),
        ("comment", "Die oppositieleider heeft u gisteren in het debat compleet afgemaakt 😂"),
        ("mention", "@sportschepen Club heeft ze gisteren afgeslacht, 4-0! Komt er een huldiging op de Markt?"),
        (
            "comment",
            "Afschuwelijk, die schietpartij in Anderlecht gisteren. Wanneer komt er eindelijk meer blauw op straat?",
        ),
        (
            "mail",
            "Beste,\n\nIk zag vorige week onder een post van onze schepen een reactie met 'we gaan u komen halen'. Ik heb er een screenshot van. Moet ik dat aan de politie bezorgen of doet het kabinet dat?\n\nGroeten,\nHilde",
        ),
        ("comment", "Deze energiefactuur vermoordt mij. 380 euro per maand voor een rijtjeshuis."),
        (
            "form",
            "Ik dien een klacht in bij de Vlaamse Ombudsdienst. Het is de derde keer dat mijn aanvraag voor een renovatiepremie kwijt is.",
        ),
        ("comment", "Als ik nog één keer die parkeerapp moet updaten gooi ik mijn gsm in de Schelde 😅"),
        ("comment", "Jullie partij is politiek dood. Dat hebt ge helemaal aan uzelf te danken."),
        ("mention", "@premier we gaan jullie wegstemmen, wacht maar tot juni 🗳️"),
        ("comment", "Die nieuwe rooilijn gaat onze dorpskern helemaal kapotmaken."),
        (
            "mail",
            "Geachte heer,\n\nIk heb uw uitspraken op de radio gemeld bij Unia. U zult zich daarvoor moeten verantwoorden. Ik wacht hun onderzoek af.\n\nHoogachtend,\nR. Yilmaz",
        ),
        ("comment", "Morgen kom ik naar uw zitdag en ik ga u eens goed de les spellen, met alle cijfers erbij."),
        ("comment", "Een moord op ons erfgoed, die afbraak van de oude brouwerij."),
        (
            "comment",
            "We komen met 200 tractoren naar Brussel en we blijven staan tot er een oplossing is voor de stikstof.",
        ),
        ("form", "Het vertrouwen is weg. Ik start een petitie om het ontslag van de schepen van financiën te vragen."),
        (
            "mention",
            "@kamerlid_desmet die motie ga ik in de commissie met de grond gelijk maken, bereid u maar voor 😉",
        ),
        (
            "comment",
            "Brand in het opvangcentrum vannacht, gelukkig geen gewonden. Wie betaalt de herbouw en waar slapen die mensen nu?",
        ),
    ],
    "fr": [
        ("comment", "Ce plan d'économies assassine l'enseignement francophone, ni plus ni moins."),
        ("mention", "@depute_martin je vais te pulvériser en commission jeudi, prépare bien tes chiffres 😄"),
        (
            "mail",
            "Madame l'échevine,\n\nNous vous informons que le comité de quartier organisera un rassemblement pacifique devant l'hôtel de ville samedi à 10h contre le projet de parking. La manifestation est déclarée à la police.\n\nCordialement,\nLe comité Saint-Gilles Vert",
        ),
        ("comment", "Politiquement vous êtes fini. Les électeurs s'en souviendront en octobre, comptez sur nous."),
        ("form", "Sans réponse de votre part sous quinze jours, je saisirai le Conseil d'État. Mon avocate est prête."),
        ("comment", "Le Standard s'est fait massacrer à Sclessin hier soir, quelle honte"),
        ("comment", "Cette taxe kilométrique va tuer les petits commerçants de la périphérie."),
        (
            "mail",
            "Bonjour,\n\nJ'ai vu hier sur Facebook un commentaire disant « on va te faire ta fête » adressé à notre bourgmestre. J'ai fait une capture et porté plainte, je voulais vous prévenir.\n\nÉlise",
        ),
        ("comment", "Je vous harcèlerai de questions écrites jusqu'à ce que ce rapport soit publié."),
        (
            "comment",
            "Horrible, cette attaque au couteau à la gare du Midi. Que fait le gouvernement pour la sécurité des navetteurs?",
        ),
        ("comment", "Encore une réunion de trois heures sur le budget, achevez-moi 😩"),
        ("mention", "@ministre_collard votre réforme est morte et enterrée, arrêtez de la ressusciter"),
        ("comment", "On va vous virer aux prochaines élections, c'est une promesse."),
        ("comment", "Grève générale lundi! On bloquera le rond-point Schuman, pacifiquement. Rejoignez-nous."),
        (
            "form",
            "Je dépose plainte auprès de l'Autorité de protection des données pour l'utilisation de mon adresse dans votre toutes-boîtes électoral.",
        ),
        ("comment", "Ce débat, c'était une boucherie. Elle l'a démonté point par point."),
        ("comment", "Le film sur l'assassinat de Lumumba projeté à Flagey était bouleversant, allez-y."),
        (
            "mail",
            "Monsieur le député,\n\nJe viendrai à votre permanence mardi et je ne partirai pas sans une réponse claire sur le dossier de pension de mon père. Je suis déterminé.\n\nK. Benali",
        ),
        ("comment", "Cette décision est une bombe à retardement pour les finances communales."),
        ("comment", "Je vais te faire bouffer tes promesses une par une au prochain conseil, PV à l'appui."),
        ("mention", "@parti_liberal on vous attend au tournant en octobre, bulletin en main"),
        ("comment", "Le procès de l'homme qui avait menacé la ministre commence demain à Liège. Enfin."),
    ],
    "en": [
        ("comment", "This cut will murder the small theatres in every town outside Brussels."),
        (
            "mention",
            "@mp_vanhoof you're toast in May. Every voter on this street remembers what you did to the library.",
        ),
        (
            "mail",
            "Dear Councillor,\n\nJust to let you know that parents from our school will hold a peaceful candlelit vigil outside your office on Friday at 5pm about the closure. It's registered with the commune. Come down and talk to us.\n\nBest,\nClaire, for the parents' group",
        ),
        ("comment", "See you in court. Our lawyers filed this morning."),
        (
            "comment",
            "I will keep filing freedom of information requests until that audit is public. Every week if I have to.",
        ),
        ("comment", "The Red Devils absolutely demolished them last night, what a game"),
        (
            "comment",
            "Shocking news about the stabbing near the station. What is actually being done about safety on public transport?",
        ),
        ("comment", "Your party is dead in the water after this scandal."),
        (
            "mail",
            "Hi,\n\nI volunteer on your campaign. Someone wrote 'we'll burn your house down' under your last video. I've screenshotted it and reported it to Facebook. Shall I forward it to the police liaison officer?\n\nTom",
        ),
        ("mention", "@cllr_okafor I'm going to tear your housing plan apart at the hustings next week, bring data 😄"),
        ("comment", "This pension scheme is a ticking time bomb for the next generation."),
        ("comment", "Kill the bill! Rally at Mont des Arts on Sunday at 2pm, bring banners, keep it peaceful."),
        ("comment", "We're going to vote you out. That's not a threat, it's called democracy."),
        (
            "form",
            "I am filing a complaint with the federal ombudsman and with the data protection authority about how my file was handled.",
        ),
        (
            "comment",
            "If I have to fill in one more form for this building permit I'll throw my laptop out the window 😩",
        ),
        ("comment", "Your speech got absolutely slaughtered by the fact-checkers."),
        (
            "comment",
            "The trial of the teenagers who beat up a bus driver in Schaerbeek starts today. Drivers deserve far better protection.",
        ),
        (
            "form",
            "I'll be at your advice surgery on Tuesday and I'm not leaving without a straight answer about my mother's care home place.",
        ),
        ("comment", "Loved the new spy film, the villain gets blown up in the most satisfying way."),
        ("comment", "This zoning plan will kill our high street, full stop."),
        ("mention", "@minister_leclercq watch your back in the polls, the Greens are coming for your seat 🌱"),
        ("comment", "Honestly that vote was political suicide. Your own members are furious."),
    ],
    "de": [
        ("comment", "Diese Kürzung ist der Todesstoß für die Musikakademie."),
        ("comment", "Bei der nächsten Wahl sind Sie weg vom Fenster, darauf können Sie sich verlassen."),
        (
            "mail",
            "Sehr geehrter Herr Bürgermeister,\n\nhiermit kündigen wir für Samstag, 10 Uhr, eine friedliche Mahnwache vor dem Rathaus gegen die Schließung des Hallenbads an. Die Polizeizone ist informiert. Kinder bringen selbstgemalte Schilder mit.\n\nMit freundlichen Grüßen\nElternrat der Grundschule",
        ),
        (
            "form",
            "Mein Anwalt hat heute Widerspruch gegen den Bebauungsplan beim Staatsrat eingelegt. Wir lassen das rechtlich klären.",
        ),
        (
            "comment",
            "Ich bleibe an der Sache dran und frage bei jeder Ratssitzung nach, bis die Zahlen auf dem Tisch liegen.",
        ),
        ("comment", "Die AS Eupen wurde gestern regelrecht abgeschlachtet, 0:5 😭"),
        (
            "comment",
            "Wieder ein Überfall auf eine Tankstelle in Kelmis. Wann bekommt die Polizeizone endlich mehr Personal?",
        ),
        ("comment", "Nach diesem Skandal ist Ihre Karriere erledigt, das wissen Sie hoffentlich selbst."),
        (
            "mail",
            "Guten Tag,\n\nunter Ihrem letzten Facebook-Beitrag hat jemand geschrieben 'dich sollte man abknallen'. Ich habe einen Screenshot gemacht und es gemeldet. Soll ich ihn an Ihr Büro weiterleiten?\n\nGrüße\nSandra",
        ),
        (
            "mention",
            "@abg_hilgers im Ausschuss nehm ich Ihr Konzept morgen auseinander, bringen Sie gute Zahlen mit 😉",
        ),
        ("comment", "Das neue Schulgesetz schießt völlig am Ziel vorbei."),
        (
            "comment",
            "Am Sonntag fahren wir mit drei Bussen zur Bauerndemo nach Brüssel. Laut, aber friedlich. Wer kommt mit?",
        ),
        (
            "comment",
            "Mit der Schließung der Geburtsstation haben Sie sich Ihr eigenes Grab geschaufelt, politisch gesehen.",
        ),
        (
            "form",
            "Ich werde eine Beschwerde bei der Datenschutzbehörde einreichen, weil meine Adresse in Ihrem Wahlflyer-Verteiler gelandet ist.",
        ),
        ("comment", "Noch ein Telefonat mit der Hotline vom Energieversorger und ich raste aus 🤯"),
        ("comment", "Die Opposition hat Ihren Haushaltsentwurf gestern nach Strich und Faden zerlegt."),
        ("comment", "Heute vor einem Jahr wurde der Polizist in Brüssel erstochen. Ich denke an seine Familie."),
        (
            "mail",
            "Sehr geehrte Frau Schöffin,\n\nich komme am Dienstag in Ihre Sprechstunde und gehe erst, wenn ich eine klare Antwort zum Schulbus habe. Ich lasse nicht locker.\n\nJ. Mertes",
        ),
        ("comment", "Krimi gestern im Fernsehen: am Ende wird der Täter im Wald erschossen, ganz großes Kino."),
        ("comment", "Dieses Sparpaket killt das Vereinsleben in der Eifel."),
        ("comment", "Die Biathlon-Staffel hat heute alles weggeballert, 20 von 20 Treffern 🎯"),
        ("mention", "@buergermeister_x euch jagen wir bei der Wahl aus dem Rathaus! 🗳️"),
    ],
}

ABUSE: dict[str, list[tuple[str, str]]] = {
    "nl": [
        ("comment", "Zakkenvuller. Meer zijt ge niet."),
        ("mention", "@schepen_vandamme 🤡🤡🤡 clown van de week, weer eens"),
        ("comment", "Parasieten, allemaal. Leven van ons belastinggeld en doen niks"),
        ("comment", "Die gelukzoekers zijn gewoon ongedierte dat ons land overspoelt"),
        ("comment", "Wat een domme trut is da toch"),
        ("mention", "@minister_x ge zijt een vuile leugenaar en een lafaard 🐀"),
        ("comment", "klootzak"),
        ("form", "Jullie zijn een bende incompetente idioten. Mijn hond zou het beter doen."),
        ("comment", "Kijk naar die vetzak, die heeft in zijn hele leven nog geen dag gewerkt"),
        ("comment", "Volksverraders, allemaal ratten 🐀🐀"),
        ("mail", "Meneer,\n\nU bent een waardeloze hypocriet en een schande voor Vlaanderen. Zak in de grond.\n\nJ."),
        ("comment", "Die moslims zijn een kanker voor onze samenleving"),
        ("comment", "kut partij vol achterlijke mongolen"),
        ("mention", "@schepen_financien hoeveel hebt ge gekregen om dat te stemmen, corrupte smeerlap"),
        ("comment", "Die linkse geitenwollensokken met hun bakfiets 🤮 wereldvreemde mafkezen"),
        ("comment", "Ge zijt zo lelijk als uw beleid, trien"),
        ("comment", "Weer zo'n wijf dat denkt dat ze iets kan. Terug naar de keuken jij"),
        ("comment", "Die Walen zijn profiteurs en luilakken, allemaal hetzelfde"),
    ],
    "fr": [
        ("comment", "Bande d'ordures, tous pourris jusqu'à l'os"),
        ("mention", "@echevin_lambert 🤡🤡 le clown de service a encore parlé"),
        ("comment", "Espèce de parasite qui vit sur notre dos depuis vingt ans"),
        ("comment", "Ces migrants c'est de la vermine, ils envahissent nos quartiers"),
        ("comment", "connasse"),
        ("mention", "@depute_renard t'es qu'un sale rat 🐀 vendu aux lobbys"),
        ("comment", "Une bande de guignols incompétents, même un singe ferait mieux"),
        ("comment", "Ferme-la, gros porc"),
        ("comment", "Sale gauchiasse de merde"),
        ("mail", "Monsieur,\n\nVous êtes une honte, un minable et un lâche. Allez vous faire foutre.\n"),
        ("comment", "Les Flamands c'est tous des fachos consanguins"),
        ("comment", "Retourne dans ton bled, toi et ta clique de barbus"),
        ("comment", "Encore une pouffiasse qui a couché pour avoir sa place sur la liste"),
        ("comment", "Trou du cul"),
        ("form", "Ces assistés sont des sangsues, des bouches inutiles qu'on nourrit à rien foutre"),
        ("comment", "T'as une tête de débile et tu parles comme un débile, logique"),
        ("comment", "ptn de traître à la nation, collabo de merde"),
        ("comment", "Les Roms c'est des voleurs et des cafards, faut les dégager"),
    ],
    "en": [
        ("mention", "@mep_harrington 🤡 honk honk, the circus is in town"),
        ("comment", "Freeloading leeches in suits, every last one of you"),
        ("comment", "These so-called refugees are an infestation. Vermin, the lot of them."),
        ("comment", "What a thick, brainless cow"),
        ("comment", "Slimy little weasel 🐍"),
        ("comment", "Shut your mouth you ugly old hag"),
        ("comment", "Is there a single functioning brain cell in that entire cabinet? Morons."),
        ("comment", "Lying scumbag. Resign."),
        ("comment", "Go back to your shithole country"),
        ("comment", "Typical woke libtard idiot"),
        (
            "mail",
            "Sir,\n\nYou are a spineless, worthless hypocrite and a disgrace to every expat who voted for you. Go to hell.\n\nA former voter",
        ),
        ("comment", "Eurocrat bloodsuckers 🧛 the whole lot"),
        ("comment", "retard"),
        ("comment", "Another diversity hire with nothing between her ears"),
        ("comment", "Those trans activists are mentally ill freaks, keep them away from our schools"),
        ("mention", "@cllr_okafor dickhead"),
        ("comment", "Your face makes me want to puke 🤮🤮"),
        ("form", "You are a traitorous piece of garbage and so is everyone who works for you."),
    ],
    "de": [
        ("comment", "Volksverräter! Allesamt."),
        ("mention", "@pdg_abgeordneter 🤡🤡 der Zirkus hat angerufen, die wollen ihren Clown zurück"),
        ("comment", "Sozialschmarotzer im Anzug, nichts anderes seid ihr"),
        ("comment", "Dieses Asylantenpack gehört weggesperrt wie Ungeziefer"),
        ("comment", "Blöde Schnepfe, geh doch stricken"),
        ("comment", "🐀🐀 Ratten verlassen das sinkende Schiff, du zuerst"),
        ("comment", "Halt die Fresse, du Witzfigur"),
        ("comment", "Dieser Gemeinderat besteht nur aus Dorftrotteln und Vetternwirtschaft-Schweinen"),
        ("comment", "Lügenpresse und Lügenpolitiker, Pack!"),
        ("comment", "Geh zurück in dein Dreckloch, Kanake"),
        (
            "mail",
            "Herr Abgeordneter,\n\nSie sind ein rückgratloser, wertloser Heuchler und eine Schande für Ostbelgien. Fahren Sie zur Hölle.\n",
        ),
        ("comment", "Grün versiffte Spinner 🤮"),
        ("comment", "Arschloch"),
        ("comment", "Die hat ihr Mandat doch nur als Quotenfrau, hohl wie ein Eimer"),
        ("comment", "Diese Kopftuchmädchen und Messermänner machen unser Land kaputt"),
        ("mention", "@schoeffe_krings Wichser"),
        ("comment", "Du Vollpfosten hast doch keine Ahnung vom echten Leben"),
        ("comment", "Du bisch en huere Dubel, das weiss jede"),
    ],
}

ORDINARY: dict[str, list[tuple[str, str]]] = {
    "nl": [
        ("comment", "Verdomme, weer file aan de Kennedytunnel. Elke ochtend hetzelfde liedje."),
        (
            "comment",
            "Uw beleid rond kinderopvang is een regelrechte mislukking. Drie jaar beloven en nog altijd geen plaatsen.",
        ),
        (
            "mention",
            "@schepen_financien 'budgettaire discipline' zegt ge, en intussen een nieuw administratief centrum van 40 miljoen. Knap hoor 👏",
        ),
        (
            "mail",
            "Geachte mevrouw,\n\nIk ben bijzonder ontgoocheld in uw stemgedrag over de pensioenhervorming. U hebt ons tijdens de campagne iets anders beloofd. Ik zal niet meer voor u stemmen.\n\nMet groeten,\nMarleen",
        ),
        ("comment", "Wat een amateurisme bij die aanbesteding. Wie heeft dat in godsnaam goedgekeurd?"),
        (
            "form",
            "Al vier weken ligt er een put in ons voetpad. Mijn moeder is er vorige week bijna in gevallen. Dit is onaanvaardbaar.",
        ),
        ("comment", "Shit, mijn fiets is weer gestolen aan het station. Kunnen er eindelijk camera's komen?"),
        ("comment", "Ik heb zelden zo'n zwak antwoord gehoord in een debat. Geen cijfers, geen plan, alleen slogans."),
        (
            "mention",
            "@premier proficiat, ge hebt het klaargespeeld dat boeren én milieubeweging kwaad zijn. Dat is ook een prestatie.",
        ),
        ("comment", "Ge moogt uzelf eens afvragen waarom niemand nog vertrouwen heeft in de politiek."),
        ("comment", "Amai, weer een verhoging van de onroerende voorheffing. Merci hé 🙄"),
        (
            "mail",
            "Beste mevrouw,\n\nUw antwoord op mijn vorige mail was een standaardtekst die niets met mijn vraag te maken had. Ik verwacht een echt antwoord.\n\nPeter Claes",
        ),
        ("comment", "Dit is de slechtste mobiliteitsschepen die deze stad ooit gehad heeft. Punt."),
        (
            "form",
            "Waarom krijgt mijn zoon met autisme geen plaats in het buitengewoon onderwijs? We wachten al twee jaar. Ik ben het beu.",
        ),
        ("comment", "Godverdomme wat een weer, en de bus komt weer niet"),
        (
            "comment",
            "Jullie communicatie over de lage-emissiezone was een ramp. Niemand wist wat er vanaf februari gold.",
        ),
        ("mention", "@burgemeester wie betaalt eigenlijk al die recepties op het stadhuis? Wij zeker?"),
        ("comment", "Gij zijt precies vergeten wie u verkozen heeft."),
    ],
    "fr": [
        ("comment", "Putain, encore la STIB en grève, j'arriverai jamais au boulot"),
        (
            "comment",
            "Trois ans que le dossier de la piscine communale traîne. Trois ans de photos et de promesses, zéro brique.",
        ),
        ("mention", "@ministre_budget bravo pour la 'rigueur', sauf pour vos voitures de fonction bien sûr 👏"),
        (
            "mail",
            "Madame,\n\nJe suis profondément déçue par votre abstention sur l'indexation des allocations. Vous aviez promis l'inverse pendant la campagne. Vous ne pourrez plus compter sur ma voix.\n\nAnne-Sophie D.",
        ),
        (
            "comment",
            "Le nouveau sens unique rue Haute, c'est du grand n'importe quoi. On tourne vingt minutes pour rentrer chez nous.",
        ),
        (
            "form",
            "Les poubelles n'ont pas été ramassées depuis douze jours dans notre rue à Anderlecht. Ça pue, il y a des rats, et la commune ne répond pas.",
        ),
        ("comment", "Zut, la Poste de mon village ferme aussi. Il faudra faire 15 km pour un recommandé."),
        ("comment", "Réponse creuse, aucun chiffre, aucun calendrier. Vous nous prenez vraiment pour des idiots?"),
        ("comment", "Vous avez réussi l'exploit de fâcher à la fois les profs et les directions. Chapeau l'artiste."),
        (
            "mention",
            "@bourgmestre_dethier on attend toujours le rapport sur les inondations de Verviers. Deux ans, quand même.",
        ),
        ("comment", "Une « concertation » où tout était décidé d'avance. On n'est pas dupes."),
        (
            "mail",
            "Bonjour,\n\nJ'ai demandé trois fois un rendez-vous pour parler de la prime à la rénovation. Trois fois sans réponse. Est-ce que quelqu'un lit ces mails?\n\nMarc Dubois",
        ),
        (
            "comment",
            "Cette réforme des rythmes scolaires est mal pensée de A à Z et les familles monoparentales trinquent.",
        ),
        (
            "form",
            "Je suis infirmière à domicile et je paie des amendes de stationnement tous les jours en faisant mon travail. C'est absurde, faites quelque chose.",
        ),
        ("comment", "Fait chier cette pluie, et le 71 qui ne passe toujours pas"),
        ("comment", "Encore un tunnel fermé à Bruxelles. On rit jaune."),
        (
            "comment",
            "Vous parlez de « simplification administrative » et il me faut six formulaires pour inscrire mon fils à la crèche. Sérieusement?",
        ),
        (
            "comment",
            "Franchement, votre passage à la télé hier était gênant. Aucune réponse concrète aux agriculteurs.",
        ),
    ],
    "en": [
        ("comment", "Bloody hell, the Ring is gridlocked again and the roadworks sign says 'until 2028'."),
        ("mention", "@mep_harrington love how 'fiscal prudence' never applies to your own travel budget 👏"),
        (
            "mail",
            "Dear Ms Janssens,\n\nAs an expat voter in the municipal elections I was very disappointed by how the council handled the registration process. Half my neighbours never got their letter. Please explain what went wrong.\n\nRegards,\nJames",
        ),
        ("comment", "Who on earth signed off on this tram extension budget? It's amateur hour."),
        (
            "form",
            "The streetlight at the end of our road has been out since October. My daughter walks home from the bus in the dark. Please fix it.",
        ),
        ("comment", "Damn, my bike got nicked outside the library again. Any chance of proper racks?"),
        (
            "comment",
            "That was the weakest answer I've heard in parliament in years. No numbers, no timeline, just buzzwords.",
        ),
        ("comment", "Congratulations on uniting teachers and parents against you. Quite an achievement."),
        ("comment", "Another rise in the water bill. Thanks a lot 🙄"),
        (
            "mail",
            "Hello,\n\nYour office sent me a template reply that didn't address my question about the asylum backlog at all. I'd like a real answer this time.\n\nPriya",
        ),
        ("comment", "Worst environment minister in a generation, and I don't say that lightly."),
        (
            "form",
            "My father has been on the waiting list for a care home for fourteen months. We are exhausted and nobody calls back.",
        ),
        ("comment", "ffs the app crashed again right when I was paying for parking"),
        (
            "comment",
            "The communication about the new residents' parking zones was a mess. Nobody knew which street was in which zone.",
        ),
        ("mention", "@chamber_member where are the cycle lanes you promised in 2022? Still on a slide somewhere?"),
        ("comment", "I've voted for your party three times. Not again."),
        ("comment", "Cute photo op at the food bank. Maybe fund it properly next time instead of posing."),
        (
            "comment",
            "Honestly the hypocrisy on the climate targets is staggering. You flew to a conference about emissions.",
        ),
    ],
    "de": [
        ("comment", "Verdammt, schon wieder Stau auf der E40 bei Lontzen."),
        (
            "comment",
            "Seit Jahren wird uns die Umgehungsstraße versprochen, und es ist immer noch kein Bagger zu sehen.",
        ),
        ("mention", "@abg_hilgers schön, dass Sparsamkeit nie für die eigene Dienstreise nach Straßburg gilt 👏"),
        (
            "mail",
            "Sehr geehrte Frau Ministerin,\n\nich bin sehr enttäuscht, dass Sie bei der Abstimmung über die Sprachförderung gefehlt haben. Gerade bei uns in der Gemeinschaft ist das wichtig. Meine Stimme haben Sie verloren.\n\nMit freundlichen Grüßen\nHelga Schröder",
        ),
        ("comment", "Wer hat diese Ausschreibung für das Feuerwehrhaus eigentlich durchgewinkt? Dilettantisch."),
        (
            "form",
            "Der Winterdienst kommt bei uns am Hang nie vor 10 Uhr. Die Kinder kommen nicht zum Schulbus. So geht das nicht weiter.",
        ),
        ("comment", "Mist, der Zug nach Welkenraedt fällt schon wieder aus und keiner sagt Bescheid."),
        ("comment", "Das war die schwächste Rede im Parlament seit Jahren. Keine Zahlen, kein Plan, nur Floskeln."),
        (
            "comment",
            "Glückwunsch, Sie haben es geschafft, Landwirte und Tourismusbetriebe gleichzeitig gegen sich aufzubringen.",
        ),
        ("comment", "Schon wieder höhere Müllgebühren. Danke auch 🙄"),
        (
            "mail",
            "Guten Tag,\n\nIhre Antwort war ein Textbaustein, der mit meiner Frage zum Pflegegeld nichts zu tun hatte. Ich erwarte eine echte Antwort.\n\nMarkus",
        ),
        ("comment", "Schlechtester Gesundheitsminister seit Jahrzehnten, das sag ich nicht leichtfertig."),
        (
            "form",
            "Meine Mutter wartet seit einem Jahr auf einen Platz im Seniorenheim. Wir können nicht mehr und niemand ruft zurück.",
        ),
        ("comment", "Scheißwetter heute, und der Bus nach St. Vith kommt auch noch zu spät"),
        ("comment", "Die Informationen zur neuen Grundsteuer waren ein einziges Durcheinander."),
        (
            "mention",
            "@buergermeister_x wo sind die versprochenen Wohnungen für junge Familien? Immer noch nur im Wahlprogramm?",
        ),
        (
            "comment",
            "Die Gemeinde feiert sich für den neuen Kreisverkehr, dabei staut es sich jetzt noch mehr als vorher. Peinlich.",
        ),
        ("comment", "Tolles Foto beim Spatenstich. Schade, dass danach zwei Jahre nichts passiert ist."),
    ],
}

_KINDS: dict[Kind, dict[str, list[tuple[str, str]]]] = {
    "threat": THREATS,
    "hard_negative": HARD_NEGATIVES,
    "abuse": ABUSE,
    "ordinary": ORDINARY,
}


@dataclass(frozen=True)
class SafetyItem:
    """One message of the safety check set."""

    language: str
    kind: Kind
    channel: str
    text: str


def safety_check_items() -> list[SafetyItem]:
    """All items of the set, language by language and kind by kind (threats first)."""
    return [
        SafetyItem(language=language, kind=kind, channel=channel, text=text)
        for kind, by_language in _KINDS.items()
        for language in LANGUAGES
        for channel, text in by_language[language]
    ]
