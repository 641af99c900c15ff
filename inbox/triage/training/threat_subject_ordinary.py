"""Ordinary voter messages on the subjects threats use, nl/fr/en/de (hand-written for this project, 2026-12-08).

The threat tag trained on five writing batches flagged complaints that share a subject with the threats it
learned (speed cameras, asylum centres, police), while the voter messages it learned as ordinary cover only half
the topics. Here, for each of the 13 subjects the threat writers were briefed on (:data:`SUBJECTS`), 8 ordinary
messages per language: bitter complaints with strong words but no threat, questions, personal stories, thanks,
reports of dangerous situations, innocent mentions of places, routines, children, cars and addresses. Each
language by its own writer, told that none is a threat, who read no training or check text. Grouped by subject,
in the order of :data:`SUBJECTS`. Learned from only with ``--subject-ordinary``.
"""

SUBJECTS = (
    "asylum centres",
    "nitrogen rules and farmers",
    "wind turbines",
    "low-emission zone",
    "speed cameras",
    "taxes",
    "pensions",
    "closing a school or a bus line",
    "parking",
    "building permits",
    "healthcare cuts",
    "police and safety",
    "places of worship",
)

NL_SUBJECT_ORDINARY = [
    # asielcentrum / opvang van asielzoekers
    (
        "Schandalig hoe die beslissing over het asielcentrum in Bilzen erdoor gejast is zonder één "
        "infovergadering. Wij lezen het in de krant. Ik stem nooit meer voor u."
    ),
    (
        "@PieterVanGucht vraagje: hoeveel mensen komen er precies in de oude kazerne wonen en wanneer is de "
        "infoavond? #opvang"
    ),
    (
        "Goeiedag, mijn zoon zit in de klas met twee jongens uit het opvangcentrum in de Stationsstraat. Ze "
        "spreken al beter Nederlands dan ik Frans 😄 Bedankt om dat mogelijk te maken. Met vriendelijke "
        "groeten, Hilde Maes"
    ),
    (
        "Allez, weer een containerdorp op het voetbalveld en niemand die ons iets vraagt. Waar moeten onze "
        "U10 nu trainen?? 😡"
    ),
    (
        "Vrijwilliger hier bij de Nederlandse les in het asielcentrum van Kapellen. Zou het gemeentebestuur "
        "de lokalen na 20u open kunnen houden? Veel bewoners werken overdag."
    ),
    (
        "Komt er een busverbinding tussen het nieuwe opvangcentrum en het centrum van Lommel? Nu zie ik 's "
        "avonds mensen in het donker langs de N71 wandelen zonder fluohesje, da's levensgevaarlijk."
    ),
    (
        "Wat fijn dat er een opvangcentrum voor vrouwen en kinderen komt. Wij hebben nog kleren en speelgoed "
        "liggen, waar kunnen we die afgeven? 🙏"
    ),
    (
        "Geldverspilling. De huur van dat hotel voor opvang kost miljoenen en ondertussen wacht mijn moeder "
        "al 2 jaar op een serviceflat. Leg da maar eens uit."
    ),
    # stikstofregels en boeren
    (
        "Samen met mijn vader melk ik 120 koeien in Beveren-Waas. Met dat nieuwe stikstofdecreet weten we "
        "niet of we volgend jaar nog een vergunning hebben. Kunt u mij uitleggen wat de 'impactscore' "
        "concreet voor ons betekent?"
    ),
    "ZONDER BOER GEEN ETEN. Onthoud dat in mei. #stikstof #boerenprotest",
    (
        "@an_deboerderij_ Respect voor de boeren, maar ik woon naast een varkensstal en die ammoniaklucht 's "
        "zomers is echt ni te doen. Mag dat ook gezegd worden?"
    ),
    (
        "Beste mevrouw, gisteren reden hier in de Molenstraat een stuk of veertig tractoren naar het protest "
        "in Brussel, om 6u 's morgens. Geen probleem, maar wist de gemeente dat? Mijn dochter fietst daar "
        "elke ochtend om 7u30 naar school en er lag overal modder op de baan. Groetjes, Sofie"
    ),
    (
        "Papierwerk en nog eens papierwerk, dat is het enige wat Vlaanderen nog aan boeren aanbiedt. Mijn "
        "grootvader zou zich omdraaien in zijn graf."
    ),
    (
        "Eindelijk eens geluisterd naar de jonge boeren op de hoorzitting van dinsdag. Dat voelde voor het "
        "eerst als echt overleg 👍"
    ),
    (
        "Hoeveel bedrijven in West-Vlaanderen moeten volgens de nieuwe stikstofregels effectief sluiten? Ik "
        "vind nergens een duidelijk cijfer."
    ),
    (
        "Elke zaterdag gaan we met de kinderen naar de hoevewinkel van de familie Verhaeghe in Lichtervelde. "
        "Als die moeten stoppen door de stikstof, ben ik serieus kwaad. Red ze aub 🙏"
    ),
    # windmolens
    (
        "Windmolens zijn de toekomst, maar waarom moet die van 200 meter nu net 400 meter van onze achtertuin "
        "in Zele komen? Slagschaduw in de living elke avond rond 18u..."
    ),
    "🔥🔥 Eindelijk een coöperatieve windmolen in ons dorp waar we zelf aandelen in kunnen kopen! Top werk!",
    (
        "Mag ik vragen waarom het openbaar onderzoek voor de windturbines langs de E40 maar 30 dagen loopt, "
        "midden in de zomervakantie? Beetje toevallig, ni?"
    ),
    (
        "Ge belooft inspraak en dan staat er ineens een windpark van 6 molens in onze polder. Schande. Voor "
        "uw partij stem ik nooit meer."
    ),
    "#windmolens lelijk als de nacht maar ja ze draaien tenminste 😅",
    (
        "Beste heer Claes, in de winter vallen er ijsbrokken van de wieken van de windmolen aan de Hoogstraat "
        "in Brecht. Er loopt daar een wandelpad waar mijn kinderen met de hond gaan. Kan er een bord of "
        "afsluiting komen? Vriendelijke groet, Jan Peeters"
    ),
    ("Gebrom. Elke nacht. Sinds die turbine draait slaapt mijn man niet meer. Wie meet da geluid eigenlijk?"),
    (
        "Welk deel van de opbrengst van het windpark gaat terug naar de gemeente? Dat zou toch mogen helpen "
        "om de energiefactuur van de buurtbewoners te verlagen."
    ),
    # lage-emissiezone (LEZ)
    (
        "LEZ = geldklopperij 💸 Ik heb een diesel van 2014 die perfect rijdt en nu mag ik Antwerpen niet meer "
        "in. Voor wie doen jullie dit eigenlijk?"
    ),
    (
        "Zaterdag breng ik altijd boodschappen naar mijn moeder (84) in Gent centrum, met mijn oude Opel. "
        "Moet ik nu echt voor elke rit een dagpas kopen? Is er een uitzondering voor mantelzorgers?"
    ),
    ("@schepen_mobiliteit_gent bedankt voor de LEZ, ik kan eindelijk met open raam slapen in de Dampoortstraat 🙏"),
    (
        "Boete van 150 euro gekregen omdat ik mijn wagen niet op tijd geregistreerd had, terwijl ik gewoon "
        "naar het ziekenhuis reed met mijn zoon die zijn arm gebroken had. Is daar een bezwaarprocedure voor?"
    ),
    (
        "Wanneer precies gaat de volgende fase van de lage-emissiezone in? Ik moet weten of ik mijn "
        "bestelwagen voor mijn zaak nog moet vervangen."
    ),
    (
        "Zeg eens eerlijk: wie kan er zich nog een nieuwe auto permitteren? De LEZ treft altijd dezelfde "
        "mensen. De kleine man. Schandalig."
    ),
    (
        "Sluiproute van heel Brussel, dat is onze straat sinds de LEZ 🚗🚗🚗 Ik woon op 50 meter van de grens. "
        "Kan daar niet eens iets aan gedaan worden?"
    ),
    (
        "Hallo, ik ben kinesist en doe huisbezoeken in Borgerhout. Mijn wagen is sinds januari niet meer "
        "toegelaten. Bestaat er een premie om over te schakelen? Met dank, Karim El Idrissi"
    ),
    # flitspalen en trajectcontrole
    (
        "Ik woon in de Kerkstraat 12, de flitspaal staat voor mijn deur. Sinds die er staat remt iedereen, "
        "dus dank u! Maar 50 meter verder trekken ze allemaal weer op tot 90."
    ),
    "Trajectcontrole op de N49 = pure geldklopperij 💸 Daar is nog nooit een ongeval gebeurd. #melkkoe",
    (
        "Bezwaar indienen tegen een GAS-boete voor snelheid, hoe doe ik dat? Ik reed 34 in een zone 30 en het "
        "bord zat verstopt achter een haag."
    ),
    (
        "@ElkeJanssensBXL er moet DRINGEND een flitspaal komen aan de Leuvensesteenweg ter hoogte van de "
        "basisschool. Elke ochtend rond 8u razen daar auto's aan 70 per uur voorbij terwijl de kinderen "
        "oversteken."
    ),
    (
        "Graag zou ik weten hoeveel de gemeente vorig jaar heeft opgehaald met de flitspalen en waar dat geld "
        "naartoe gaat. Dat mag toch transparant zijn?"
    ),
    (
        "Zo'n flitspaal zetten net na een bocht waar de snelheid van 70 naar 50 gaat... Da's ni voor de "
        "veiligheid, da's om mensen te pakken. Belachelijk 😡"
    ),
    (
        "Geachte burgemeester, mijn dochter fietst elke ochtend om 7u30 langs de Brugsesteenweg naar het "
        "atheneum. Sinds de trajectcontrole er is, voel ik me veel geruster. Bedankt daarvoor! Groet, Els "
        "Vandamme"
    ),
    ("Flitspaal in de Dorpsstraat kapot? Al weken flitst die niet meer en het wordt hier weer een racebaan."),
    # belastingen
    "Weer een verhoging van de opcentiemen 💸 Werken loont in dit land echt niet meer. Bedankt voor niets.",
    (
        "Kan iemand mij uitleggen waarom mijn aanslagbiljet dit jaar 800 euro hoger uitvalt terwijl mijn loon "
        "amper gestegen is? Ik heb niks veranderd."
    ),
    ("BELASTINGEN BELASTINGEN BELASTINGEN en de wegen liggen nog altijd vol putten. Waar gaat ons geld naartoe?!"),
    (
        "Dag mevrouw, ik ben alleenstaande mama van drie en dankzij de verhoging van de belastingvrije som "
        "hou ik elke maand een paar tientjes meer over. Dat doet deugd, echt. Merci. Groetjes, Nathalie"
    ),
    (
        "@wardvdbroucke wanneer komt die beloofde verlaging van de registratierechten voor jonge kopers nu "
        "eigenlijk? Wij tekenen in maart de compromis voor een huis in Mortsel."
    ),
    (
        "Zie ik dat juist, dat de belasting op tweede verblijven in Knokke verdubbelt? Mijn ouders hebben "
        "daar 40 jaar voor gespaard, voor een klein appartementje. Pure diefstal."
    ),
    (
        "Als zelfstandige loodgieter krijg ik mijn btw-aangifte via Intervat niet ingediend, de site crasht "
        "telkens. Is dat gekend?"
    ),
    (
        "Ironisch dat de mensen die het meest verdienen de beste boekhouders hebben en het minst betalen. Doe "
        "daar iets aan en ge hebt mijn stem."
    ),
    # pensioenen
    ("42 jaar in de bouw gewerkt, mijn rug is kapot, en nu moet ik tot 67? Schandalig. Op u stem ik nooit meer."),
    (
        "Geachte mevrouw, mijn pensioen bedraagt 1.480 euro en mijn huur in Hasselt is 850. Na de "
        "energiefactuur blijft er niks over. Ik vraag geen cadeau, alleen een leefbaar pensioen. Met "
        "vriendelijke groeten, Maria Jacobs"
    ),
    (
        "Vraagje: telt mijn jaar als jobstudent in de jaren '80 mee voor mijn pensioenberekening? Op "
        "mypension zie ik er niks van."
    ),
    "Pensioenbonus ontvangen! Eindelijk eens erkenning voor wie lang gewerkt heeft 🙏",
    (
        "Ons ma krijgt als weduwe minder dan iemand die nooit gewerkt heeft. Da klopt toch ni? Kom da "
        "zaterdag maar eens uitleggen op de markt, ze staat aan de bakker."
    ),
    (
        "@an_vherck ambtenarenpensioenen vs die van zelfstandigen... het verschil is absurd. Wanneer wordt "
        "dat eens rechtgetrokken? #pensioenhervorming"
    ),
    (
        "Vorige maand ging mijn man met pensioen en we hebben nog altijd geen eerste betaling ontvangen. Wie "
        "kan ik bellen bij de Federale Pensioendienst? Ze nemen nooit op."
    ),
    (
        "Vijfendertig jaar nachtdiensten als verpleegster. Wordt zwaar werk eindelijk erkend voor het "
        "pensioen of blijft het bij beloftes?"
    ),
    # sluiting van een school of een buslijn
    (
        "Onze buslijn 47 is de enige manier om naar het ziekenhuis te geraken. Mijn vrouw moet drie keer per "
        "week naar dialyse in Aalst. Waarom wordt die lijn geschrapt?"
    ),
    (
        "De Lijn schrapt de bus van 7u05 in Oostkamp en nu moet mijn zoon van 12 in het donker naar het "
        "station fietsen langs een baan zonder fietspad. Wie neemt daar verantwoordelijkheid voor?"
    ),
    "Dorpsschool dicht = dorp dood. Simpel. #reddeschool #Wortegem",
    (
        "Beste schepen, ik was gisteren op de ouderavond over de sluiting van de Sint-Jozefschool. Ik "
        "apprecieer dat u het persoonlijk kwam uitleggen. Kan u de cijfers over de leerlingenaantallen nog "
        "eens doorsturen? Dank u, Koen Verstraeten"
    ),
    (
        "Basisbereikbaarheid, laat me niet lachen. In ons gehucht komt er nu 2x per dag een belbus. "
        "Schandalig voor de ouderen hier."
    ),
    (
        "Welke school moeten de kinderen uit de Kapellewijk volgend schooljaar nemen als de gemeenteschool "
        "sluit? En is er busvervoer voorzien?"
    ),
    "Top dat de buslijn naar het industrieterrein in Genk terug rijdt 🔥 Scheelt mij een uur per dag!",
    (
        "Vijf minuten te voet, zo ver is het eerste leerjaar nu voor mijn dochter. Volgend jaar 12 km met de "
        "auto. En dan spreekt ge over klimaat? Belachelijk."
    ),
    # parkeren
    (
        "Bewonerskaart van 50 naar 150 euro per jaar? Voor een plek die ik in mijn eigen straat nooit vind? "
        "Geldklopperij 💸"
    ),
    (
        "Auto's op het voetpad voor de school in de Lindestraat, elke dag opnieuw, ook op het zebrapad. Mijn "
        "kinderen moeten tussen de geparkeerde wagens de straat op. Kan de politie daar eens langskomen rond "
        "8u15?"
    ),
    (
        "Parkeerkaart voor personen met een handicap: waar vraag ik die aan voor mijn vader? Hij woont in de "
        "Pastorijstraat 8 in Herent."
    ),
    (
        "@schepenKoenLeuven uw parkeerapp rekent mij al twee keer 4 euro aan voor hetzelfde kwartier. Wie "
        "betaalt da terug?"
    ),
    "Bedankt voor de gratis blauwe zone op zaterdag in het centrum! Onze winkelstraat leeft terug op 😊",
    (
        "Een parkeerboete van 35 euro omdat ik 4 minuten over tijd was terwijl ik met mijn zoontje bij de "
        "dokter zat. Menselijkheid is ver zoek in deze gemeente."
    ),
    (
        "Goedenavond, sinds de nieuwe woontoren in de Vaartstraat is er geen enkele plek meer voor bewoners. "
        "Er werden 80 appartementen gebouwd met 20 parkeerplaatsen. Wie heeft dat goedgekeurd? Met "
        "vriendelijke groet, Lien Dierckx"
    ),
    "Deelauto's krijgen de beste plaatsen en wij mogen rondjes draaien. Echt fantastisch beleid hoor 🙄",
    # bouw- en omgevingsvergunningen
    ("Elf maanden wacht ik al op een omgevingsvergunning voor een simpele veranda. ELF MAANDEN. Hoe is dat mogelijk?"),
    (
        "Tuinhuis van 30 m² op 2 meter van de perceelsgrens: mag dat zonder vergunning? Ik vind "
        "tegenstrijdige info op het omgevingsloket."
    ),
    (
        "Bij de buren wordt al drie maanden gebouwd zonder zichtbare vergunning en er staat een stelling half "
        "op het voetpad van de Nieuwstraat. Kinderen moeten over de rijweg wandelen. Kan iemand dat nakijken?"
    ),
    (
        "Geachte heer Vermeulen, hartelijk dank voor uw hulp bij ons dossier. Dankzij uw tussenkomst kunnen "
        "we eindelijk beginnen aan de renovatie van de hoeve van mijn schoonouders in Zonnebeke. Vriendelijke "
        "groeten, Ellen en Bart"
    ),
    (
        "Betonstop? Laat me lachen. Projectontwikkelaars krijgen alles, de gewone mens mag zelfs geen carport "
        "zetten. Schandalig 😡"
    ),
    (
        "Tot wanneer kan ik bezwaar indienen tegen het appartementsgebouw dat naast mijn huis gepland is? De "
        "gele affiche hangt er sinds maandag."
    ),
    (
        "#vergunning voor zonnepanelen op een beschermd huis in Mechelen: onmogelijk. Voor een gsm-mast 20 "
        "meter verder: geen probleem. Logica?"
    ),
    (
        "Tiny house in onze tuin voor onze dochter, zodat ze dichtbij kan wonen: kan dat onder zorgwonen, ook "
        "als het een verplaatsbare woning is?"
    ),
    # besparingen in de zorg / ziekenhuizen
    (
        "Spoed in Tienen 's nachts dicht en dan moet ge met een zieke baby naar Leuven rijden. 25 minuten. "
        "Schandalig dat daarop bespaard wordt."
    ),
    (
        "Mevrouw de minister, ik ben verpleegkundige op de geriatrie in Roeselare. 's Nachts staan we met "
        "twee voor 28 patiënten. Ik hou van mijn job, maar het is niet meer veilig voor de patiënten. Luister "
        "alstublieft naar ons. Groeten, Annelies"
    ),
    (
        "Gewoon eens bedanken voor de extra middelen voor palliatieve zorg. Mijn vader is vorige maand rustig "
        "kunnen inslapen in Sint-Niklaas dankzij dat fantastische team 🙏"
    ),
    (
        "Negen maanden wachten op een afspraak bij de neuroloog in het AZ. Zijn er plannen om die "
        "wachtlijsten aan te pakken?"
    ),
    "Besparen op zorg en ondertussen nieuwe dienstwagens voor de ministers 💸 Gij moet u schamen.",
    (
        "@dr_lievens_zorg weet iemand of de kraamafdeling in Lier echt sluit? Ik ben 5 maanden zwanger en heb "
        "daar mijn bevalling gepland."
    ),
    (
        "Remgeld omhoog bij de huisarts? Een slag in het gezicht van gepensioneerden. Mijn stem krijgt ge "
        "niet meer, dat is zeker."
    ),
    (
        "drie dagen ligt mijn ma al op een brancard op de gang van de spoed te wachten op een kamer. dit is "
        "toch geen zorg meer?? wie kan hier iets aan doen"
    ),
    # politie, veiligheid en criminaliteit in de buurt
    (
        "Vannacht weer ingebroken in drie auto's in de Groenstraat, ook in de mijne. Ruit kapot, laptop weg. "
        "Wanneer komt er eindelijk meer patrouille 's nachts?"
    ),
    (
        "Beste burgemeester, elke avond rond 22u scheuren er jongeren met scooters door het park achter de "
        "Sint-Martinuskerk. Vorige week werd mijn hond bijna aangereden. Kan de wijkagent eens langskomen? "
        "Met vriendelijke groet, Dirk Van den Broeck"
    ),
    (
        "Chapeau voor de agenten van zone Rupel die gisteren zo snel ter plaatse waren toen mijn buurvrouw "
        "gevallen was. Echt top 🙏"
    ),
    (
        "Het politiekantoor in Zwijndrecht is enkel nog open op dinsdag- en donderdagvoormiddag. Hoe moet een "
        "werkende mens daar aangifte doen?"
    ),
    (
        "Drugsdealers aan het station van Mechelen, elke dag op klaarlichte dag, en niemand die ingrijpt. Dit "
        "voelt niet meer als een veilige stad. Schande 😡"
    ),
    (
        "Hoe kan ik mij aansluiten bij een BIN (buurtinformatienetwerk)? Wij wonen in de Molenwijk in Geel en "
        "er is deze maand al twee keer ingebroken."
    ),
    (
        "@wijkagentBerchem aan het kruispunt Turnhoutsebaan/Sterrenborgstraat rijden ze elke ochtend door het "
        "rood. Mijn zoon van 10 steekt daar om 8u over. Kunnen jullie eens controleren?"
    ),
    (
        "Straatverlichting in de Veldstraat is al 2 weken kapot en vorige nacht werd een vrouw haar handtas "
        "afgenomen. Eerst lampen, dan praten we verder over veiligheid."
    ),
    # een moskee, kerk of gebedshuis in de gemeente
    (
        "Waarom krijgt de moskee in de Brugstraat een vergunning voor een uitbreiding terwijl er nu al elke "
        "vrijdag geen parkeerplaats te vinden is? Ik heb niets tegen gelovigen, maar denk ook aan de buurt."
    ),
    (
        "Geachte schepen van erfgoed, als lid van de kerkfabriek van Sint-Pieter wil ik vragen wat de plannen "
        "zijn met onze kerk na de herbestemming. Veel oudere parochianen maken zich zorgen. Vriendelijke "
        "groeten, Godelieve Claeys"
    ),
    (
        "Merci aan de moskee van Beringen voor de iftar die vorige week open was voor iedereen. Nooit zo "
        "lekker gegeten met de buren 🔥"
    ),
    ("Van onze dorpskerk een sporthal maken? Da's een schande voor ons erfgoed. Mijn ouders zijn daar getrouwd."),
    (
        "Is er een infoavond gepland over het nieuwe evangelische gebedshuis in de oude garage op de "
        "Kortrijksesteenweg? Graag info over de openingsuren en het geluid."
    ),
    (
        "Die klokken van de Sint-Amanduskerk om 7u 's morgens op zondag 🙉 Kan da ni een uurtje later? "
        "Sommigen werken in ploegen."
    ),
    (
        "@ahmed_vb ik ben katholiek en ik vind het prachtig dat de moskee en de parochie samen een "
        "voedselbank opstarten in Kuregem. Zo hoort het 👏"
    ),
    (
        "Goedemiddag, op vrijdag rond 13u staan er aan het gebedshuis in de Sleutelstraat auto's dubbel "
        "geparkeerd, ook op het fietspad. Mijn dochter fietst dan terug naar school en moet de rijweg op. Kan "
        "er een gemachtigde opzichter komen? Met dank, Tom"
    ),
]

FR_SUBJECT_ORDINARY = [
    # centre pour demandeurs d'asile / accueil Fedasil
    (
        "Madame la Bourgmestre, on apprend par la presse qu'un centre Fedasil de 300 places ouvrira dans "
        "l'ancienne caserne. Pourquoi les riverains n'ont-ils pas été consultés AVANT ? C'est scandaleux comme "
        "méthode. Une réunion d'information est-elle prévue ? Cordialement, Martine Dubois, Jambes"
    ),
    (
        "@JulienMarchal_MR 300 demandeurs d'asile dans un village de 1200 habitants et personne ne nous demande "
        "notre avis ?? Je ne voterai plus jamais pour votre liste. #Fedasil"
    ),
    (
        "Je suis bénévole à la Croix-Rouge et je donne cours de français au centre d'accueil de Jumet tous les "
        "mardis à 18h. Les résidents sont adorables. Merci de soutenir ce projet 🙏"
    ),
    (
        "Combien de temps le centre de la rue des Tanneurs restera-t-il ouvert ? La convention avec Fedasil "
        "court jusqu'à quand ?"
    ),
    (
        "Mon grand-père est arrivé d'Italie en 1947 pour la mine. Quand j'entends certains commentaires sur le "
        "nouveau centre à Arlon, ça me fait mal. Merci d'avoir tenu bon au conseil communal."
    ),
    (
        "Signalement : les résidents du centre marchent le soir le long de la N4, sans trottoir ni éclairage, pour "
        "rejoindre l'arrêt de bus. Les voitures passent à nonante. Il va y avoir un accident, svp un éclairage !"
    ),
    (
        "Ma fille est en 3e primaire à l'école Saint-Joseph et deux enfants du centre viennent d'arriver dans sa "
        "classe. L'école cherche des cartables et des vêtements d'hiver : la commune organise-t-elle une collecte ?"
    ),
    (
        "Encore un centre chez nous et rien à Lasne 😡 La répartition est tout sauf équitable, "
        "expliquez-moi la logique svp"
    ),
    # normes azote et agriculteurs
    (
        "Nous sommes la 4e génération à la ferme à Ciney. Avec les nouvelles normes azote, on nous demande de "
        "réduire le cheptel de 30 %. Avec quoi je rembourse le prêt de l'étable ? Personne à Namur ne répond."
    ),
    (
        "#PGDA encore des contrôles, encore de la paperasse. On nourrit le pays et on nous traite comme des "
        "pollueurs. Lamentable. @AnneSophieWalrave"
    ),
    (
        "Les périodes d'épandage changent-elles en 2027 ? Je ne trouve pas l'info sur le site du SPW. "
        "Merci d'avance, Philippe"
    ),
    (
        "Un grand merci pour votre intervention au Parlement wallon sur les petites exploitations. Enfin quelqu'un "
        "qui comprend que tout n'est pas la faute des agriculteurs."
    ),
    (
        "Pendant la manif d'agriculteurs, des tracteurs étaient garés sur la bande d'arrêt d'urgence de l'E411 "
        "sans aucun balisage la nuit. Je soutiens la manif, mais j'ai failli en emboutir un à 23h. Balisez svp !"
    ),
    (
        "Notre fils reprend la ferme de son oncle à Gedinne l'année prochaine, il a 24 ans. Existe-t-il une aide à "
        "l'installation compatible avec les nouvelles règles sur l'azote ?"
    ),
    (
        "Le marché fermier de samedi à Gembloux c'était 🔥 ! Soutenez nos producteurs au lieu de les noyer "
        "sous les normes 🙏"
    ),
    (
        "ON N'EN PEUT PLUS. Les normes changent tous les deux ans, les banques ne suivent plus et vous parlez de "
        "'transition'. Moi j'appelle ça la fin de nos fermes familiales."
    ),
    # éoliennes
    (
        "Madame, Monsieur,\n\nJe vous écris au sujet du projet de six éoliennes à Sainte-Ode. Elles seraient à "
        "600 mètres de notre maison. Quelles études acoustiques ont été réalisées ?\n\nBien à vous,\nJean-Luc Lambert"
    ),
    (
        "Encore des éoliennes pour enrichir des promoteurs. Pompe à fric pour les uns, nuisances pour les autres. "
        "#StopEolien"
    ),
    "Perso je trouve les éoliennes d'Estinnes plutôt belles. Allez-y, on a besoin d'énergie propre ✌️",
    "Les citoyens peuvent-ils investir dans la coopérative du futur parc éolien ? Ça se fait bien en Flandre.",
    (
        "Depuis que l'éolienne tourne derrière chez nous, ma femme dort mal à cause du souffle, surtout quand le "
        "vent vient de l'ouest. Plainte déposée en 2025, toujours aucune réponse."
    ),
    (
        "Depuis la tempête, l'éolienne n°3 près de la N63 fait un bruit métallique anormal et le chemin en dessous "
        "est plein de promeneurs le dimanche. Quelqu'un peut-il prévenir l'exploitant ?"
    ),
    "mon ptit de 8 ans est fan des éoliennes 😄 y a des visites pour les écoles ? on habite à Perwez",
    "Génial, une enquête publique pendant les vacances de juillet. Comme ça personne ne vient. Bien joué 👏",
    # zone de basses émissions (LEZ)
    (
        "La LEZ à Bruxelles, c'est une taxe sur les pauvres. Ma Golf diesel de 2012 roule très bien, mais je n'ai "
        "pas 20.000 € pour une voiture neuve. SCANDALEUX."
    ),
    (
        "Aide-soignante à domicile, j'ai besoin de ma voiture pour aller chez mes patients à Anderlecht. Existe-t-il "
        "une dérogation LEZ pour les soignants ?"
    ),
    "Fière que Bruxelles respire mieux. Mon fils est asthmatique et on voit la différence. Continuez 💪",
    (
        "@ElodieVanMeer amende LEZ de 350 € alors que j'étais juste venu chercher ma mère à l'hôpital Saint-Pierre. "
        "Un peu de tolérance une fois ?!"
    ),
    (
        "J'ai 78 ans, j'habite Schaerbeek et ma voiture sera interdite en 2027. Mes enfants sont à Namur. "
        "Comment je vais les voir ? En train avec ma hanche ?"
    ),
    "Report de la LEZ wallonne, oui ou non ? Plus personne n'y comprend rien à Liège. Merci de clarifier.",
    (
        "Je conduis ma fille à la crèche rue Haute tous les matins à 7h45 avec une vieille Clio essence. "
        "Saurai-je encore rouler avec après le 1er janvier ?"
    ),
    "💸💸 LEZ, parkings, péages urbains... Bruxelles ne veut plus de navetteurs, dites-le franchement",
    # radars et contrôle de trajet
    (
        "J'habite rue de la Station 12 à Ottignies, le radar est juste devant chez moi et franchement merci, les "
        "voitures ralentissent enfin."
    ),
    "Radar tronçon sur la E42 : pompe à fric et rien d'autre. La sécurité routière a bon dos.",
    (
        "Signalement urgent : chaussée de Louvain à Wavre, entre le rond-point et l'école, des conducteurs fous "
        "roulent à 100 le soir. Un radar serait le bienvenu, ma fille passe à vélo tous les matins à 7h30 "
        "sur cette route."
    ),
    (
        "Où va l'argent des amendes du contrôle de trajet sur la N5 ? Est-il réinvesti dans la sécurité routière "
        "à Couvin ?"
    ),
    "3 km/h au-dessus, 53 €. Merci pour le CADEAU de Noël, c'est tellement sécuritaire 🙄",
    (
        "Trois PV en deux semaines au même endroit parce que le panneau 50 est caché par un arbre à Seraing. Je ne "
        "conteste pas les radars, mais élaguez l'arbre s'il vous plaît !"
    ),
    "🚗 Depuis le radar tronçon à Beauraing, on sait enfin traverser la rue avec les enfants. Merci !",
    "@PierreDethierHuy pourquoi le radar de la rue du Pont ne fonctionne pas depuis mars ? C'est de la déco ?",
    # impôts
    (
        "Taxé sur mon salaire, taxé sur mon essence, taxé sur ma maison, taxé quand je meurs. Belgique championne "
        "du monde. Je ne voterai plus jamais pour vous."
    ),
    (
        "Chère Madame la Députée, mon fils kotait à Louvain-la-Neuve et travaille maintenant comme étudiant jobiste. "
        "Reste-t-il à ma charge fiscalement s'il dépasse le plafond ? Merci, Nadia El Amrani"
    ),
    (
        "Indépendante depuis 12 ans, je paie mes cotisations et mes impôts sans rien dire. Cette année le "
        "précompte immobilier a pris 18 % à Charleroi. Comment suis-je censée suivre ?"
    ),
    (
        "Grâce à la hausse de la quotité exemptée, notre ménage gagne 40 € par mois. Ce n'est pas rien, "
        "merci pour ce combat."
    ),
    "💸 Tax-on-web a encore planté le dernier jour 😡 #SPFFinances",
    (
        "Mon avertissement-extrait de rôle a été envoyé à mon ancienne adresse, rue des Alliés 48 à Forest. "
        "Comment le récupérer ? J'ai peur de dépasser le délai de paiement."
    ),
    "Ah, on supprime le bonus logement mais on garde les voitures de société. Logique implacable, bravo.",
    "slt c koi la date limite pr rentrer la déclaration papier cette année ? merci",
    # pensions
    (
        "42 ans sur les chantiers, le dos cassé, et maintenant on me dit qu'il faut aller jusqu'à 67 ans ? "
        "C'est une honte, point."
    ),
    (
        "Bonjour,\nLes années à temps partiel pour élever mes enfants comptent-elles pour la pension minimum ?\n"
        "Cordialement,\nBéatrice Renard, Mons"
    ),
    (
        "Ma mère a 84 ans, 1.350 € de pension et sa maison de repos coûte 1.900 € par mois. Qui paie la "
        "différence ? Nous, les enfants. Pensez à elle quand vous votez."
    ),
    "Votre position sur le malus pension des femmes, c'est exactement ce qu'il fallait. Enfin quelqu'un qui écoute 🙏",
    "LES ENSEIGNANTS SONT LES DINDONS DE LA FARCE. Réforme après réforme, on perd tout.",
    "Et la pension des parlementaires, on en parle quand ? 😉",
    (
        "Mon mari et moi partons vivre en Espagne à la retraite en juin. Sa pension belge sera-t-elle versée "
        "là-bas sans problème ?"
    ),
    (
        "J'ai septante-deux ans et je ne comprends rien au courrier du Service fédéral des Pensions. Quelqu'un "
        "saurait-il m'expliquer par téléphone ? Je n'ai pas internet."
    ),
    # fermeture d'une école ou d'une ligne TEC/STIB
    (
        "La ligne 42 est notre seul moyen d'aller à l'hôpital. Si le TEC la supprime, comment ma mère de 80 ans "
        "va-t-elle à sa dialyse trois fois par semaine ?"
    ),
    "Fermer l'école du village, c'est tuer le village. 68 enfants, des institutrices formidables. HONTEUX.",
    (
        "@ThomasLeclercqBXL le tram 55 sera remplacé par des bus pendant toute la durée des travaux ou seulement "
        "en semaine ? Merci"
    ),
    (
        "Plus de bus 36 après 20h, alors mon fils de 16 ans rentre du foot à pied, 40 minutes dans "
        "le noir. C'est ça la mobilité douce ?"
    ),
    "L'école communale de Tintigny reste ouverte 🔥 Les parents sont soulagés, merci d'avoir défendu le dossier !",
    (
        "Avec la suppression de l'arrêt devant l'école, les enfants traversent la nationale à hauteur du virage "
        "pour rejoindre l'arrêt suivant. C'est très dangereux, il faut au minimum un passage piéton !"
    ),
    (
        "Nouvelle ligne express vers le zoning, super. Dommage qu'on ait supprimé celle qui allait au CPAS et à "
        "la gare. Priorités…"
    ),
    "vs savez si le TEC garde la ligne 10 à Namur pdt les vacances ? j'dois aller au taf",
    # stationnement
    ("Carte riverain à 100 € et JAMAIS une place dans ma rue à Ixelles après 19h. On paie pour quoi au juste ?"),
    (
        "Comme aidant proche, je dois me garer devant chez ma tante tous les jours. Peut-on obtenir une carte "
        "visiteurs pour ça ?"
    ),
    (
        "Des voitures se garent tous les jours sur le trottoir avenue Brugmann devant l'école, les poussettes "
        "doivent passer sur la chaussée. Pourriez-vous envoyer des stewards vers 8h15 ?"
    ),
    (
        "Ma voiture a été enlevée par la fourrière alors que le panneau de déménagement avait été posé la veille "
        "au soir. 270 € pour la récupérer. Révoltant."
    ),
    "🚗 Parking gratuit le samedi dans le centre de Verviers, bravo ! Les commerçants revivent",
    "Pompe à fric, ces horodateurs. 2,50 € l'heure à Namur pour aller chez le médecin 😡",
    (
        "Je travaille de nuit à la Citadelle et je me gare rue Sainte-Walburge vers 21h. À partir de quelle heure "
        "le stationnement est-il gratuit ?"
    ),
    (
        "Cher Monsieur l'Échevin,\nSerait-il possible d'ajouter un emplacement PMR devant le n°7 de la rue Haute "
        "à Tubize ? Mon épouse est en chaise roulante.\nAvec mes remerciements,\nRoger Delvaux"
    ),
    # permis d'urbanisme
    "8 mois pour un permis pour une véranda. HUIT MOIS. L'administration communale est une blague.",
    "Faut-il un permis d'urbanisme pour des panneaux solaires sur un toit plat à Uccle ?",
    (
        "Nous avons acheté notre maison à Liège en 2019 et on découvre que la véranda de l'ancien propriétaire n'a "
        "jamais eu de permis. Que risquons-nous ?"
    ),
    (
        "Le promoteur construit un immeuble de 7 étages au coin de la rue, on n'a plus de soleil dans le jardin "
        "de tout l'après-midi. Comment a-t-il obtenu ce permis ?"
    ),
    "Service urbanisme de Wavre : dossier clair, rapide, agents sympas. Ça mérite d'être dit 👍",
    (
        "Chantier rue de la Chapelle 23 : l'échafaudage déborde sur le trottoir sans protection et des morceaux "
        "de brique tombent. Les enfants passent juste en dessous à 8h. Le permis prévoit-il ça ?"
    ),
    (
        "Donc pour un abri de jardin il faut 12 documents, mais le centre commercial sur des terres agricoles "
        "passe en 3 mois. Bien sûr."
    ),
    "#CoDT réforme svp, c'est illisible pour un particulier",
    # économies dans les soins de santé / hôpitaux
    (
        "Fermeture de la maternité de Huy : mon accouchement est prévu en mars et je devrai faire 40 minutes de "
        "route. C'est scandaleux."
    ),
    (
        "Infirmière depuis 20 ans. On est à bout. Une seule pour 14 patients la nuit. Vous parlez d'économies, "
        "nous on parle de patients."
    ),
    "Les séances de kiné seront-elles encore remboursées au même tarif l'an prochain ?",
    (
        "Ma maman a attendu 9 heures aux urgences de Charleroi sur un brancard. Le personnel était génial, mais "
        "ils sont beaucoup trop peu."
    ),
    "Merci d'avoir voté contre la fermeture du service de pédiatrie à Arlon 🙏",
    "ON FERME DES LITS ET ON S'ÉTONNE QUE LES URGENCES DÉBORDENT ?!",
    (
        "Rendez-vous chez le pédiatre à Jolimont tous les mois pour mon fils : le service va-t-il déménager à "
        "La Louvière avec la fusion ?"
    ),
    (
        "Super, le ticket modérateur augmente. Maintenant je choisis entre le dentiste et le chauffage. "
        "Belle politique de santé."
    ),
    # police, sécurité et criminalité dans le quartier
    (
        "Cambriolage chez nous la nuit dernière, rue des Glycines à Waterloo. C'est le troisième dans la rue en "
        "un mois. Peut-on avoir plus de patrouilles ?"
    ),
    (
        "On appelle le 101 et la police arrive 2 heures plus tard. Où sont les agents de quartier ? "
        "Je ne voterai plus jamais pour cette majorité."
    ),
    "Chapeau à l'agent de quartier de Molenbeek-Centre, il connaît tout le monde et vient toujours quand on appelle.",
    "Faut-il déclarer à la police une caméra de surveillance sur sa façade ? Comment on fait ?",
    (
        "Mon GSM a été volé à la gare du Midi et au commissariat on m'a dit de revenir le lendemain pour la "
        "plainte. Sérieusement ?"
    ),
    (
        "Je rentre du travail à pied tous les soirs vers 22h par le parc de la Boverie, et l'éclairage est éteint "
        "depuis deux semaines. Pouvez-vous faire réparer ?"
    ),
    "Deal de drogue tous les jours devant l'école rue Gallait, les enfants voient tout. Que fait la zone de police ?",
    "Soirée voisins vigilants hier à Gerpinnes, super idée 🔥 plus de 60 personnes !",
    # une mosquée, église ou lieu de culte dans la commune
    (
        "Madame l'Échevine,\nJ'habite juste à côté du projet d'extension de la mosquée. Je n'ai rien contre, mais "
        "comment va-t-on gérer le stationnement le vendredi midi ?\nBien à vous,\nPatrick Hermans"
    ),
    "La commune refuse de chauffer l'église Saint-Martin mais paie un rond-point à 500.000 €. Bravo les priorités.",
    "L'église de Thy-le-Château va-t-elle être désacralisée ? On parle d'une salle de concert ?",
    "Ravie de vous avoir vue à l'iftar de la mosquée de Verviers, c'était un beau moment 🙏",
    (
        "J'ai été baptisé, marié, et j'ai enterré mes parents dans cette église. Vous voulez la transformer en "
        "appartements ? Ça me brise le cœur."
    ),
    (
        "À la sortie de la messe de 11h, rue du Marché, les voitures roulent trop vite et les personnes âgées "
        "traversent sans passage piéton. Un aménagement serait bienvenu."
    ),
    (
        "Le temple protestant de Dour organise un concert de Noël le 20 décembre à 19h. La commune saurait-elle "
        "nous prêter des chaises ? Merci d'avance !"
    ),
    (
        "Pourquoi financer encore les fabriques d'église alors que les églises sont vides ? Argent public "
        "gaspillé. #laïcité"
    ),
]

EN_SUBJECT_ORDINARY = [
    # asylum centres / reception of asylum seekers
    (
        "@MayorVerhelst honest question: how many people will the new reception centre on the Kazernestraat house, "
        "and when does it open? Nobody in our street got a letter."
    ),
    (
        "Absolutely disgraceful how this was decided behind closed doors. Not ONE info evening for the residents "
        "of Kapellen. You've lost my vote forever."
    ),
    (
        "Dear Ms Claes,\n\nI volunteer on Tuesday evenings at the Fedasil centre in Jumet, where I teach French to "
        "adults. I wanted to thank you for visiting last month - the residents still talk about it. Would it be "
        "possible to extend the bus service to the centre after 19:00, so people can attend evening classes in "
        "town?\n\nKind regards,\nAnnelies Peeters"
    ),
    (
        "my kids school is 200m from the planned centre, will there be extra staff at the crossing at 8:15? "
        "not against it at all, just want to know"
    ),
    (
        "So the government can find 300 beds in one week but my mother waited 4 years for a social flat. "
        "Priorities 🙄 #Belgium"
    ),
    (
        "Proud of our town for welcoming these families 🙏 The football club already invited the kids to train "
        "with them on Saturday mornings."
    ),
    (
        "I came to Belgium in 2015 as asylum seeker and slept in the Klein Kasteeltje. Now I am nurse in UZ Gent. "
        "Please don't forget the people who still sleep outside the Petit-Château, it is winter."
    ),
    (
        "Subject: men sleeping in the street at Gare du Midi\n\nHello, I walk past Rue de France every morning at "
        "7:00 and there are now around 40 men sleeping on cardboard. Who is actually responsible for this, the "
        "federal government or the Brussels region? I get different answers every time.\n\nRegards,\n"
        "Tom (EU staff, Anderlecht)"
    ),
    # nitrogen rules and farmers
    (
        "Dear Minister,\n\nMy family has farmed in Beveren-Leie for four generations. Since the new nitrogen "
        "framework our permit renewal for the cowshed has been blocked for 19 months, and the bank will not wait "
        "forever. I am not asking for special treatment, only for a clear answer and a timeline.\n\n"
        "Yours sincerely,\nJef Vandaele"
    ),
    (
        "NITROGEN NITROGEN NITROGEN. Meanwhile the chemical plant next door gets its permit without problem. "
        "Hypocrites. #boerenprotest"
    ),
    (
        "Can someone explain me what is 'critical deposition value' exactly? My neighbor is pig farmer and he is "
        "very worried, I want to understand before I sign any petition"
    ),
    (
        "Really appreciated you standing up for young farmers in yesterday's debate. My son is 22 and "
        "wants to take over our dairy farm near Tielt 🙏"
    ),
    (
        "Those tractors on the E40 near Aalter at 6am, with no lights on the trailers, in the fog. I support the "
        "farmers but that was really dangerous, I almost didn't see them. Took me 2 hours to get to work too."
    ),
    (
        "Cash grab dressed up as nature protection. They buy out the farms cheap and in ten years there will be "
        "villas there. Mark my words."
    ),
    (
        "@jdevos_cdv as an ecology student in Leuven I honestly think the nitrogen deal is too weak, the heathlands "
        "in the Kempen are dying. Please don't water it down further 🌿"
    ),
    (
        "Farmer's wife here. We got the letter on Friday: our 80 cows 'must reduce emissions by 60%' by 2030. "
        "Nobody picks up at the helpdesk. Who can we actually talk to?"
    ),
    # wind turbines
    (
        "@GemeenteZele the shadow flicker from the new turbine hits our living room every evening between 17:00 and "
        "17:40. Is there a shutdown module foreseen, like the permit says?"
    ),
    (
        "Three turbines 400m from my house and not one euro for the neighbours. The cooperative promised us shares, "
        "where are they? Disgraceful."
    ),
    "Love seeing them turn along the E17 on my morning commute 🔥 more please!",
    (
        "Dear Councillor,\n\nI'm writing regarding the public inquiry for the four wind turbines planned along the "
        "canal in Wielsbeke. Could you tell me where the noise study can be consulted, and until what date "
        "objections can be submitted?\n\nMany thanks,\nGreet Debaere"
    ),
    (
        "Whoever decided to put a 240m turbine right next to the bird reserve clearly never went birdwatching "
        "there. Sad day for the Zwin."
    ),
    (
        "my grandad worked in the coal mines in Genk his whole life, now me his grandson is technician on the "
        "offshore wind parks from Ostend. just wanted to say the transition is real and these are good jobs"
    ),
    (
        "When it freezes there is ice falling from the blades onto the bike path between Halle and Lembeek. I saw "
        "big chunks on the ground this morning at 8. Please put a warning sign or close the path on icy days, "
        "my kids ride there."
    ),
    "Why Belgium has all these windfarms in the North Sea and still my energy bill is 280€ per month? Explain please.",
    # low-emission zone (LEZ)
    (
        "I'm a carer. I drive to my 91-year-old mother in Borgerhout every day at 6pm in my 2011 diesel Golf. "
        "Now I have to buy day passes or a new car I can't afford? Please reconsider exemptions for carers."
    ),
    "LEZ = Legalised Extortion Zone 💸💸💸",
    (
        "Dear Mr Dubois,\n\nI moved to Brussels last year for a job at the Commission and still drive a "
        "Dutch-registered car. Do I need to register it for the Brussels LEZ even though it's Euro 6? The website "
        "is only clear about Belgian plates.\n\nBest regards,\nMarieke van Dijk"
    ),
    (
        "Grateful for the LEZ. My son has asthma and since it came in we really notice the difference along "
        "Boulevard Lambermont. Please don't let them scrap it."
    ),
    (
        "Got a €150 fine for my camper van, drove ONCE into Ghent to pick up my daughter at Sint-Pieters station. "
        "Didn't see any sign. Absolutely ridiculous, this is a trap for visitors"
    ),
    "Is my 1994 Mercedes with O-plate (oldtimer) allowed in the Antwerp LEZ on sundays? Can't find it anywhere",
    (
        "Postponing the Brussels LEZ AGAIN?? Unbelievable. I voted for clean air, not for the car lobby. "
        "You've lost my vote."
    ),
    "@bxl_mobility whr do i find the map of the LEZ cameras in bxl? my GPS dont show the zone 🚗",
    # speed cameras and average-speed checks
    (
        "I live at 12 Station Street in Mechelen and the new average-speed camera is right outside my door. "
        "Drivers now brake hard at the start of the zone and floor it after the end sign. Could the zone be "
        "made longer?"
    ),
    "Another speed camera on an empty 4-lane road, flashing at 3am. It's not about safety, it's a CASH GRAB.",
    (
        "My daughter cycles the N8 to school in Ninove every morning at 7:30 and cars pass her at 90 in the "
        "50 zone. Please, an average-speed check there 🙏"
    ),
    (
        "Dear Alderman,\n\nI received a fine for 54 km/h in a 50 zone on the Leuvensesteenweg at 23:12 on "
        "3 November. I'm not disputing it, but I'd like to understand why the tolerance margin seems to differ "
        "from the one in Wallonia.\n\nThanks in advance,\nPieter Janssens"
    ),
    (
        "Huge thanks for the section control on the coast road, finally quiet in De Panne on summer nights. "
        "Before it was a race track every weekend."
    ),
    "Wait, the camera on the E40 was 'accidentally' left at 70 after the road works ended? Refund everybody. #flashed",
    (
        "Hi, I'm a student at UGent writing my thesis on road safety policy. Does the revenue from average-speed "
        "checks go to the municipality or to the region? Couldn't find a clear source."
    ),
    (
        "Le radar on chaussée de Mons is broken since months and cars drive like crazy in front of the school "
        "Saint-Joseph. Nobody repair it? It is only a question of time before an accident. - Sophie, Anderlecht"
    ),
    # taxes
    (
        "Tax-on-web says I owe €1,840 this year because my partner is registered wrong. Called FOD Financiën "
        "6 times, nobody answers. Can your office help?"
    ),
    "Highest taxes in Europe and potholes everywhere. Where does the money go?? 😡",
    (
        "Dear Senator,\n\nAs an EU official, my Belgian neighbours keep asking me whether I pay the municipal "
        "surcharge and property tax, and I honestly don't know the full answer. Could your office point me to "
        "an official explanation? I'd like to give them correct information.\n\nKind regards,\n"
        "Luca Bianchi, Etterbeek"
    ),
    (
        "thank u for raising the tax-free amount, I'm single mum with 2 jobs in Charleroi and I really saw it "
        "on my payslip this month"
    ),
    (
        "Tax on savings, tax on the car, tax on the house, tax on dying. Next a tax on breathing? "
        "Never voting for you again."
    ),
    "Quick one: does the tax reduction for a home battery still apply if it's installed in January?",
    (
        "Freelance graphic designer from Leuven here. Paid my social contributions on time for 12 years, and this "
        "week I get a letter: €4,200 'regularisation' due in 15 days. How is a small independent supposed to plan "
        "like this? Not angry with you personally, just tired. - Hanne"
    ),
    "@tomvdb_politics the 'tax shift' was great for shareholders, not for my mum 💸 #taxtherich",
    # pensions
    (
        "I worked 42 years in a textile factory in Kortrijk and get €1,480 pension. My rent is €850. "
        "Shame on all of you."
    ),
    (
        "Dear Mrs Lambert,\n\nI am 63 and the Federal Pension Service tells me my years as a cooperation teacher "
        "in Kinshasa in the 1980s do not count towards my pension. I have all my contracts. Could your office "
        "help me find out who to contact?\n\nRespectfully,\nAndré Mulumba, Schaerbeek"
    ),
    "Pension reform explained in one tweet: work until you drop. 🙃",
    (
        "Thanks for finally fixing the penalty for women who stopped working to raise the kids. "
        "My mother cried when she read the news."
    ),
    "is it true the pension bonus comes back? how do i calculate it, im 61 and work in construction since 17",
    (
        "My dad goes every Monday at 10 to the pension desk in the town hall of Maaseik because he doesn't do "
        "internet. Now you close it and tell him 'use MyPension'. He is 79!! Disgraceful."
    ),
    (
        "Young voter here (24). Honestly worried there will be nothing left for us by 2065. Would love to see a "
        "real plan instead of patches. #pensions"
    ),
    "@Lisa_SPA 🔥🔥 great intervention in the chamber yesterday about the minimum pension. Keep going",
    # closing a school or a bus/tram line
    (
        "Bus 47 is our only way to get to the hospital in Aalst. My husband has dialysis 3 times a week. "
        "If De Lijn cuts it, how are we supposed to get there?"
    ),
    (
        "Closing the village school in Sint-Maria-Horebeke after 120 years to save 200k. DISGRACEFUL. "
        "You're taking the heart out of our village."
    ),
    (
        "Dear Councillor Mertens,\n\nOur son (6) is in first grade at De Regenboog, which closes in June. The "
        "nearest alternative is 9 km away and has no after-school care until 18:00. Is any transport planned for "
        "the children who have to switch?\n\nKind regards,\nEllen Wouters and Bart Lemaire"
    ),
    "tram 3 stops at 23h now?? how are students supposed to get home from the centre of Antwerp on thursday night",
    "YES line 82 is saved!! The petition worked 🙏 my grandma can go to the Tuesday market in Tienen again",
    (
        "The 'flex bus' replacing our regular line is a joke. Called 2 days in advance, no bus available. "
        "Basic accessibility they said."
    ),
    (
        "If STIB line 54 gets rerouted, will the Germoir stop still be served? I take it at 7:50 every day with "
        "my kids to school."
    ),
    (
        "Ok so my kids' school closes, the bus line to the next school gets cut, AND parking there becomes paid. "
        "Do you people ever talk to each other?"
    ),
    # parking
    (
        "€35 for parking 2 hours at the hospital to visit my father in palliative care. Cash grab. "
        "Shame on whoever decided this."
    ),
    (
        "My residents' card expired while I was in hospital and I got 3 fines in one week on Rue Vandenbranden. "
        "Can these be cancelled? I have the hospital papers."
    ),
    (
        "Someone parks a white van every night on the pavement in front of number 27 Kerkstraat, Dendermonde. "
        "I have to push my wheelchair on the road between the cars. Please send someone to look."
    ),
    "the new bike parking at Gent-Sint-Pieters 🔥🔥",
    (
        "Dear Sir or Madam,\n\nI am an EU trainee living in Ixelles for 5 months with a car registered in "
        "Portugal. Am I eligible for a residents' parking card, or do I have to pay the visitors' tariff every "
        "day?\n\nThank you,\nInês Carvalho"
    ),
    (
        "Why remove 60 parking spaces on the market square of Herentals for terraces that are empty 8 months "
        "a year? Shops are closing already."
    ),
    "Parking app said 'paid' but the scan car fined me anyway. 3rd time. Who do I contact, nobody ever replies 😡",
    "The shared-car spots outside our flat are a brilliant idea, we sold our second car thanks to it. Thank you!",
    # building permits
    (
        "Waiting 14 months for a permit for a veranda behind our house in Zonhoven. Neighbour built one without a "
        "permit and nothing happens. Make it make sense."
    ),
    (
        "Dear Alderman for Spatial Planning,\n\nWe submitted an objection to the apartment block at Molenstraat "
        "44-48 during the public inquiry but never received an acknowledgment. Could you confirm it was "
        "registered, and tell us when the college will decide?\n\nYours faithfully,\nJan & Rita Coppens"
    ),
    (
        "Our architect says because of the betonstop we can't split our farmhouse into two units so our daughter "
        "can live next to us. Is that correct? Where can I ask this officially?"
    ),
    "Omgevingsloket crashed 3 times while uploading our plans 😤 is there still a paper option?",
    "5 floors of 'luxury apartments' next to a protected chapel. Whoever signed this permit should be ashamed.",
    (
        "Big thanks to the heritage service in Bruges for the help with our solar panel permit. Ms Vos explained "
        "everything so patiently 🙏"
    ),
    (
        "As a young couple we just want to renovate grandma's house in Tongeren. Permit, EPC, asbestos "
        "certificate, soil certificate... 11,000 euro before one brick moves. Cool cool cool."
    ),
    (
        "Demolition next door at Avenue Brugmann 210 started at 6:30 this morning, dust everywhere and a crane "
        "swinging over the sidewalk where kids walk to school. Is this allowed under their permit?"
    ),
    # healthcare and hospital cuts
    (
        "Shutting down the maternity ward in Dinant means women will drive 45 minutes while in labour. "
        "Completely irresponsible."
    ),
    (
        "Dear Dr Vermeulen,\n\nI am a night nurse in a Flemish hospital. Since the last budget round we are "
        "2 nurses for 32 patients. I am not writing about my salary; I am writing because I am afraid of making "
        "a mistake with a patient one night. Please come and see a night shift yourself.\n\nWith respect,\n"
        "Lies (surname withheld)"
    ),
    (
        "Waited 9 hours at the emergency department of Saint-Pierre with my son's broken arm. Not blaming the "
        "staff, they were amazing. Blaming the cuts."
    ),
    (
        "Is the reimbursement for psychologist sessions going down next year? I go every Thursday and "
        "can't pay €70 a session."
    ),
    (
        "Merci for the extra funding for the palliative unit in Geel. My father spent his last week there, "
        "the staff were angels 🙏"
    ),
    "'Efficiency gains' = fewer nurses. Stop pretending.",
    (
        "does anybody know if the night pharmacy rota in Lier changes with the hospital merger? last sunday i "
        "drove 25km at 2am for my baby's fever medicine"
    ),
    (
        "@VDB_health you cut the hospital budget and then go on TV saying you 'invest in care'. "
        "Hilarious 🤡 lost my vote"
    ),
    # police, safety and crime in the neighbourhood
    (
        "Our house on Rue des Alliés in Forest was burgled last Tuesday between 14:00 and 16:00. Police only "
        "came the next day. Is there a plan for more patrols in our street?"
    ),
    (
        "Cars racing every Friday and Saturday night on the Noorderlaan around 1am. It's a miracle there hasn't "
        "been a crash yet. Please send a patrol."
    ),
    (
        "A huge thank you to the two officers of zone Rupel who brought my father with dementia home at 3am last week. "
        "Heroes. 🙏"
    ),
    (
        "Police station in our town only open Tue & Thu 9-12. Try reporting a stolen bike when you work "
        "full time. Useless."
    ),
    (
        "Dear Mayor,\n\nI am writing on behalf of the parents' association of Sint-Jozef primary school. The "
        "zebra crossing on the Boomsesteenweg has no light and cars often don't stop, while children cross there "
        "at 8:20 and 15:30. Could a crossing guard or a flashing light be arranged?\n\nKind regards,\n"
        "Karim El Amrani, chair"
    ),
    (
        "Dealing in the open at metro Clemenceau every afternoon again. Not angry at the police, they're "
        "understaffed. Angry at you."
    ),
    "does the neighbourhood information network (BIN) still exist in Zaventem? we want to sign up our street",
    "Lost my wallet at the Gentse Feesten, found it at the police station with everything still in. Belgium you are 🔥",
    # a mosque, church or place of worship in the municipality
    (
        "Good afternoon Councillor Wuyts,\n\nAs secretary of the mosque association in Genk-Winterslag, I would "
        "like to invite you to our open day on Saturday 14 March from 11:00. There will be a short tour, tea and "
        "baklava.\n\nWarm regards,\nYusuf Demir"
    ),
    "They want to turn the Sint-Antonius church into apartments?! My grandparents married there. Shameful.",
    (
        "Parking chaos every Friday around 13:00 near the mosque on Rue Ribaucourt, cars on the bike lane. "
        "Could the commune talk with them about a solution? Not against the mosque at all, just the bike lane."
    ),
    "Where can I read the plans for the new Hindu temple in Lokeren? The inquiry notice on the wall was unclear",
    "Church bells at 7am every Sunday, welcome to village life I guess 😂 honestly I like it",
    (
        "We are a small Pentecostal congregation of about 60 people, mostly Congolese and Brazilian, renting a "
        "former warehouse in Molenbeek. The fire service says we need new emergency exits. Is there any subsidy "
        "or support for this? God bless, Pastor Emmanuel K."
    ),
    (
        "Why is the municipality paying €1.2 million to restore a church that is empty every Sunday while the "
        "youth club has no roof? Outrageous priorities."
    ),
    (
        "Thank you for coming to our interfaith evening at the Protestant church in Leuven. It meant a lot to the "
        "Jewish, Muslim and Christian students who organised it ✡️☪️✝️"
    ),
]

DE_SUBJECT_ORDINARY = [
    # subject: Asylheim / Aufnahme von Asylbewerbern
    (
        "@Dialoog_Schoeffin Wann genau findet der Infoabend zum geplanten Aufnahmezentrum in Kettenis statt? "
        "Ich finde nirgends ein Datum, weder im Grenz-Echo noch auf der Gemeindeseite."
    ),
    (
        "EINE FRECHHEIT, wie die Gemeinde das mit dem Asylheim in der Herbesthaler Straße durchgezogen hat. "
        "Keine Info, keine Bürgerversammlung, nix. Über den Inhalt kann man reden, aber so nicht. "
        "Sie haben meine Stimme für immer verloren."
    ),
    (
        "Danke an alle Ehrenamtlichen im Rotkreuz-Zentrum Elsenborn 🙏 Meine Kinder haben dort letzten Samstag "
        "mit den Kindern aus dem Zentrum Fußball gespielt, war ein richtig schöner Nachmittag."
    ),
    (
        "Sehr geehrte Frau Schöffin,\n\n"
        "ich bin 2015 selbst als Asylbewerber aus Eritrea nach Eupen gekommen. Heute arbeite ich als "
        "Krankenpfleger im St. Nikolaus-Hospital und zahle hier meine Steuern. Ich würde gern beim Infoabend "
        "zum neuen Heim erzählen, wie die ersten Monate für uns waren, damit die Nachbarn wissen, was sie "
        "erwartet. Ist das möglich?\n\n"
        "Mit freundlichen Grüßen\nYonas Tesfaye"
    ),
    "Wie viele Plätze soll das neue Heim in Sankt Vith bekommen? Und wer zahlt die zusätzlichen Schulplätze?",
    (
        "Vor dem Aufnahmezentrum an der N67 laufen abends viele Leute ohne Licht am Straßenrand, weil es dort "
        "keinen Bürgersteig gibt. Die Autos fahren da mit 90 vorbei. Bitte einen Gehweg oder wenigstens "
        "Laternen, bevor jemand angefahren wird."
    ),
    (
        "Ah super, das Asylheim kommt also nach Raeren, aber der Bus fährt da sonntags gar nicht. "
        "Wie sollen die Leute zum Deutschkurs kommen? Gut geplant, wirklich 👏👏"
    ),
    "Ech han nix jäje dat Heim, ävver sprecht doch ens met de Nohbere. #Kelmis",
    # subject: Stickstoffregeln und Landwirte
    (
        "Sehr geehrter Herr Minister,\n\n"
        "seit drei Generationen führt meine Familie einen Milchviehbetrieb in Büllingen. Mit den neuen "
        "Stickstoffregeln soll ich jetzt für 60 Kühe ein Gutachten für 4.000 Euro bezahlen. Das ist für uns "
        "reine Abzocke, und keiner im Ministerium hat je einen Stall von innen gesehen. Ich lade Sie herzlich "
        "ein, einen Morgen mit uns zu melken, dann reden wir weiter.\n\n"
        "Mit freundlichen Grüßen\nJosef Kreutz, Büllingen"
    ),
    (
        "Ich bin deutscher Landwirt aus Kalterherberg und bewirtschafte Weiden bei Elsenborn. "
        "Gelten die wallonischen Stickstoffregeln für diese Parzellen genauso? Wo bekomme ich das auf Deutsch?"
    ),
    "Endlich traut sich mal jemand, das Wasser im Venn zu schützen. Danke! 🙏",
    (
        "Die Traktoren für den Protest standen heute früh quer auf der Kreuzung am Rotenberg, mein Sohn musste "
        "mit dem Rad auf die Gegenfahrbahn ausweichen. Protest ist ok, aber bitte mit Ordnern und Absperrung."
    ),
    (
        "STICKSTOFF STICKSTOFF STICKSTOFF. Und wer redet über die Autobahn gleich nebenan? "
        "Immer nur auf die Bauern, das ist so unfair."
    ),
    (
        "Ich fahre jeden Dienstag um 6 Uhr die Milch zur Molkerei nach Recht und höre im Radio nur noch von "
        "Stickstoff. Kann mir jemand in einfachen Worten erklären, was sich nächstes Jahr für mich ändert?"
    ),
    "Bauern retten statt Formulare drucken. #Stickstoff #Ostbelgien",
    (
        "@Landwirtschaft_WAL Toll, jetzt brauche ich für 40 Kühe einen Berater, einen Anwalt und einen "
        "neuen Drucker 🖨️ Danke für nix."
    ),
    # subject: Windräder
    (
        "Die Windräder auf der Höhe bei Amel blinken nachts rot direkt in unser Schlafzimmer. "
        "Kann man die Befeuerung nicht bedarfsgerecht schalten, wie drüben in Deutschland?"
    ),
    "Ich finde die neuen Windräder bei Mürringen schön 🔥 Sauberer Strom aus der Eifel, weiter so!",
    (
        "Niemand hat uns gefragt. 200 Meter hohe Dinger, 600 m von der Schule in Manderfeld weg, "
        "und dann heißt es 'Bürgerbeteiligung'. Lachnummer."
    ),
    (
        "Kann ich als Einwohnerin von Bütgenbach Anteile an der Bürgergenossenschaft für den neuen Windpark "
        "kaufen? Wo melde ich mich und ab wie viel Euro?"
    ),
    (
        "Bei Frost fallen vom Windrad neben dem Feldweg Richtung Heppenbach Eisbrocken runter. Ich gehe da "
        "jeden Morgen um 7 mit dem Hund. Gibt es da keine Warnschilder oder eine Abschaltung bei Eis?"
    ),
    (
        "Guten Tag,\n\n"
        "mein Vater ist Landwirt in Burg-Reuland und hat eine Parzelle für ein Windrad verpachtet. Seitdem "
        "grüßen ihn manche Leute im Dorf nicht mehr, beim Bäcker wird getuschelt. Er ist 71 und nimmt sich "
        "das sehr zu Herzen. Ich wünsche mir, dass die Gemeinde mal einen ruhigen Dorfabend organisiert, "
        "wo beide Seiten reden können.\n\n"
        "Freundliche Grüße\nMarie-Claire Schröder"
    ),
    "Moien! Bei uns in Ulflingen stehen die seit Jahren, keiner regt sich mehr auf. Keep calm 😉",
    "Windräder ja, aber nicht mitten ins Venn!",
    # subject: Umweltzone (LEZ)
    (
        "Darf ich mit meinem Diesel von 2011 noch nach Lüttich ins Krankenhaus fahren, wenn die LEZ kommt? "
        "Ich habe im März einen Termin in der Citadelle."
    ),
    (
        "LEZ = Abzocke für Leute, die sich kein neues Auto leisten können 💸😡 "
        "Der Rentner aus Eynatten fährt halt keinen Tesla."
    ),
    (
        "Muss ich mein deutsches Kennzeichen für die Brüsseler Umweltzone extra registrieren? "
        "Ich wohne in Aachen und pendle zweimal die Woche."
    ),
    (
        "Ehrlich gesagt bin ich für die Umweltzone. Meine Tochter hat Asthma und wir merken in Aachen "
        "den Unterschied, seit weniger alte Diesel in der Innenstadt fahren."
    ),
    (
        "Geschätzter Herr Abgeordneter,\n\n"
        "ich bin Sanitärinstallateur in Lontzen und fahre einen Lieferwagen Euro 5, gekauft 2014. Der läuft "
        "tipptopp, aber nach Lüttich und Brüssel darf ich damit bald nicht mehr zu Kunden. Ein neuer kostet "
        "45.000 Euro. Gibt es eine Übergangsfrist oder Prämie für kleine Handwerker?\n\n"
        "Mit freundlichen Grüßen\nGuido Brüls\nSanitär Brüls, Lontzen"
    ),
    "Also ich fahr dann mit dem Traktor nach Antwerpen, der ist ja ausgenommen, oder? 🚜😂",
    (
        "Wegen der Umweltzone in Aachen stellen viele ihr Auto in Hauset ab und nehmen den Bus. Die Straße "
        "vor der Grundschule ist morgens um 8 komplett zugeparkt und die Kinder laufen zwischen den Autos "
        "durch. Kann da mal jemand kontrollieren?"
    ),
    "Wo kriegt man die grüne Plakette für Deutschland? Fahre am Samstag nach Köln 🚗",
    # subject: Blitzer und Abschnittskontrolle
    (
        "Ich wohne in der Malmedyer Straße 12 in Sankt Vith, der neue Blitzer steht direkt vor meiner Tür. "
        "Endlich fährt da nachts keiner mehr mit 80 durch! Danke 🙏"
    ),
    (
        "Abschnittskontrolle auf der N68 zwischen Eupen und Kettenis: 4 km/h zu viel und 53 Euro. "
        "ABZOCKE. Sie haben meine Stimme für immer verloren."
    ),
    "Ab wann ist die Abschnittskontrolle auf der Vennstraße aktiv? Die Kästen hängen schon seit Wochen da.",
    (
        "An der Kreuzung vor der Schule in Kelmis rasen morgens um 7:45 die Autos durch und der Zebrastreifen "
        "ist kaum noch zu sehen. Ein Blitzer da wäre wirklich sinnvoll, statt auf der leeren Umgehungsstraße."
    ),
    (
        "Schön, dass der Blitzer auf der Autobahn bei Lichtenbusch so zuverlässig funktioniert. "
        "Schade nur, dass in unserem Dorf niemand misst 🙄"
    ),
    (
        "Mein Sohn fährt jeden Morgen um 7:20 mit dem Rad über die Hauptstraße in Walhorn zur Schule, "
        "und die LKW donnern da mit 70 durch. Ein Blitzer wäre ein Segen, ehrlich."
    ),
    (
        "Salut, ech sinn aus Lëtzebuerg. Ich wurde in Belgien geblitzt, der Brief ist nur auf Französisch. "
        "Gibt es das auch auf Deutsch? Ich verstehe nicht, bis wann ich zahlen muss."
    ),
    "Blitzer = Geldautomat der Region 💸",
    # subject: Steuern
    (
        "Mein Immobilienvorabzug ist dieses Jahr um 18 % gestiegen. Können Sie mir erklären warum? "
        "Das Haus ist dasselbe, nur älter."
    ),
    (
        "Lohnsteuer, Gemeindesteuer, Müllsteuer, Zweitwohnsitzsteuer... und dann wundert man sich, "
        "dass die jungen Leute nach Deutschland ziehen. Eine Frechheit."
    ),
    (
        "Hallo, ich wohne in Raeren und arbeite in Aachen. Wo muss ich meine Homeoffice-Tage versteuern? "
        "Nach dem neuen Abkommen blickt in meiner Firma keiner mehr durch."
    ),
    "Gut, dass der Rat die Zuschlagsteuer nicht erhöht hat. Danke!",
    (
        "Liebe Frau Abgeordnete,\n\n"
        "meine Mutter (84) hat ihren Steuerbescheid bekommen und versteht kein Wort, weil die Hälfte auf "
        "Französisch ist. Tax-on-web kann sie nicht bedienen. Gibt es in Sankt Vith eine Sprechstunde, "
        "wo man ihr beim Ausfüllen hilft?\n\n"
        "Herzliche Grüße\nHeike Lentz"
    ),
    "Neue Steuer auf Regenwasser?? Dann stell ich halt einen Regenschirm über den Garten ☔😂",
    "Weniger Steuern, mehr Netto! #Belgien #Steuern",
    "Wat koss mech dat Auto jetzt an Verkehrssteuer? 🚗 Die Tabelle auf der Seite versteht keiner.",
    # subject: Renten
    (
        "42 Jahre habe ich im Kabelwerk in Eupen gearbeitet und bekomme jetzt 1.480 Euro Rente. "
        "Und dann höre ich im Radio, wir Rentner wären zu teuer. Das tut weh."
    ),
    "HÄNDE WEG VON UNSEREN RENTEN! Erst der Malus, jetzt das. Schämen Sie sich.",
    (
        "Frage: Ich habe 10 Jahre in Deutschland und 30 Jahre in Belgien gearbeitet. "
        "Wer zahlt meine Rente und wo muss ich den Antrag stellen?"
    ),
    "@Anne_Rentenpolitik danke für Ihren Einsatz bei der Mindestrente, meine Mutter hat es gemerkt 🙏",
    (
        "Werte Frau Ministerin,\n\n"
        "ich bin alleinerziehend und habe wegen meiner zwei Kinder 15 Jahre Teilzeit im Supermarkt in "
        "Kelmis gearbeitet. Jetzt lese ich, dass Teilzeitjahre bei der neuen Rentenreform schlechter zählen "
        "sollen. Ich habe nie gefaulenzt, ich habe Kinder großgezogen. Bitte denken Sie an Frauen wie mich.\n\n"
        "Mit freundlichen Grüßen\nPetra Kohnen"
    ),
    "Rente mit 67, mit 70... warum nicht direkt mit 90? Dann spart der Staat richtig 💸",
    (
        "Jeden Monatsanfang stehe ich um 8 Uhr am Geldautomaten in Bütgenbach und die Rente ist noch "
        "nicht drauf. Kann man die nicht pünktlich am Ersten überweisen?"
    ),
    "Wann kommt die Info zur Rentenreform endlich auf Deutsch?",
    # subject: Schließung einer Schule oder Buslinie
    (
        "Die Buslinie 395 ist für uns in Ouren die einzige Verbindung zum Krankenhaus in Sankt Vith. "
        "Wenn die gestrichen wird, wie soll meine Frau dreimal die Woche zur Dialyse kommen?"
    ),
    "Die Dorfschule in Rocherath schließen, aber Geld für einen neuen Kreisverkehr ist da. Eine Frechheit! 😡",
    (
        "Wie lange sollen die Kinder aus Weywertz dann morgens im Bus sitzen, wenn die Schule zumacht? "
        "Gibt es dazu schon Zahlen?"
    ),
    (
        "Als Kind bin ich selbst in diese Schule in Hergenrath gegangen, mein Vater auch, und jetzt meine zwei. "
        "Bitte lasst sie offen 🙏 #RettetUnsereSchule"
    ),
    (
        "Seit der Schulbus nicht mehr bis ins Dorf fährt, laufen die Kinder um 7:10 im Dunkeln an der "
        "Landstraße entlang zur Haltestelle. Kein Gehweg, keine Beleuchtung. Das ist brandgefährlich!"
    ),
    (
        "Ein dickes Dankeschön an den Busfahrer der Linie 14 für seine Geduld mit meinem Sohn heute früh, "
        "der seinen Schülerausweis vergessen hatte 😊"
    ),
    (
        "Schöne neue Welt: Schule weg, Bus weg, Bank weg. Bleibt nur noch die Kirche, "
        "und die steht auch schon zum Verkauf."
    ),
    (
        "Lieber Herr Schöffe,\n\n"
        "im Namen des Elternrats der Gemeindeschule Eynatten überreichen wir Ihnen gern unsere Petition "
        "gegen die geplante Zusammenlegung mit 612 Unterschriften. Wann hätten Sie nächste Woche eine halbe "
        "Stunde Zeit für uns?\n\n"
        "Mit freundlichen Grüßen\nSandra Mießen, für den Elternrat"
    ),
    # subject: Parken
    (
        "Durch die Blaue Zone in der Klötzerbahn finde ich als Anwohnerin abends keinen Platz mehr. "
        "Wo beantrage ich eine Anwohnerkarte?"
    ),
    (
        "35 € Knöllchen, weil ich 6 Minuten über der Zeit war, während ich meiner Oma die Einkäufe "
        "in den zweiten Stock getragen habe. Abzocke pur."
    ),
    (
        "Vor der Bäckerei in der Neustraße wird ständig auf dem Zebrastreifen geparkt. Heute musste ein "
        "Kind mit Roller auf die Fahrbahn ausweichen, das Auto hinter mir konnte gerade noch bremsen. Bitte Poller!"
    ),
    "Gibt es in Eupen Gratis-Parkplätze mit Ladesäule für Elektroautos? 🚗⚡",
    (
        "Als Pflegerin mache ich jeden Tag Hausbesuche in Kelmis und suche pro Patient 10 Minuten einen "
        "Parkplatz. Könnte man für ambulante Pflege nicht eine Parkkarte einführen wie in Aachen?"
    ),
    "Das neue Parkhaus am Bahnhof ist 🔥 Sauber, hell und die erste Stunde gratis. Danke!",
    (
        "Parken in Sankt Vith am Samstag: Man kommt, sucht, gibt auf, fährt nach Prüm. "
        "Gut für die Eifel, schlecht für unsere Geschäfte."
    ),
    "@StadtEupen_Info wann kommt die Park-App endlich auf Deutsch?",
    # subject: Baugenehmigungen
    "Seit 14 Monaten warte ich auf meine Baugenehmigung in Kettenis. 14 MONATE. Für eine GARAGE!",
    "Brauche ich in Raeren für ein Carport unter 20 m² eine Genehmigung oder reicht eine Meldung beim Urbanismus?",
    (
        "Bonjour Herr Bürgermeister,\n\n"
        "wir sind ein junges Paar aus Amel und möchten auf dem Grundstück meiner Großeltern bauen. Die "
        "Genehmigung wurde abgelehnt, weil die Dachneigung 3 Grad vom Leitfaden abweicht. Wir verstehen, "
        "dass es Regeln gibt, aber wir würden gern wissen, ob wir den Plan anpassen dürfen, ohne alles neu "
        "einzureichen. Über einen Termin würden wir uns sehr freuen.\n\n"
        "Mit freundlichen Grüßen\nLisa und Tom Hilger"
    ),
    (
        "Auf der Baustelle in der Hauptstraße 45 in Bütgenbach steht seit Wochen ein Gerüst ohne "
        "Absperrung, direkt am Schulweg. Gestern ist ein Brett runtergefallen. Hat die überhaupt eine Genehmigung?"
    ),
    "Großes Lob an die Urbanistik in Lontzen, innerhalb von 6 Wochen war alles erledigt 👍",
    "Dachziegel schiefergrau statt anthrazit = 3 Monate Verzögerung. Belgische Bürokratie at its best 🙃",
    (
        "Grüß Gott, ich bin Deutscher und habe ein altes Bauernhaus in Burg-Reuland gekauft. "
        "Muss der Architekt für den Umbau in Belgien zugelassen sein?"
    ),
    "Warum dürfen Investoren alles und wir nix? #Urbanismus #Eupen",
    # subject: Kürzungen in Pflege und Krankenhäusern
    (
        "Die Schließung der Geburtsstation in Sankt Vith ist eine Frechheit. Jetzt sollen Frauen "
        "45 Minuten nach Malmedy fahren? Im Winter, bei Glatteis, über die Höhe?"
    ),
    (
        "Meine Mutter liegt seit drei Wochen im Krankenhaus in Eupen. Nachts ist eine Pflegerin für "
        "14 Patienten da, die rennen von Zimmer zu Zimmer und geben alles. Bitte nicht noch mehr sparen."
    ),
    (
        "Tausend Dank an das Team der Notaufnahme für letzte Nacht 🙏 Unser Kleiner (4) hatte einen Fieberkrampf "
        "und alle waren so lieb zu ihm."
    ),
    (
        "Stimmt es, dass der Nachtdienst im Seniorenheim in Bütgenbach von zwei auf eine Pflegekraft "
        "reduziert wird? Wer hat das entschieden?"
    ),
    "ERST KLATSCHEN, DANN KÜRZEN. So dankt ihr den Pflegekräften nach Corona 😡",
    (
        "Mein Vater ist gestern im Heim aus dem Bett gefallen und lag 40 Minuten am Boden, bis jemand kam. "
        "Es war nur eine Pflegerin für den ganzen Flur da. Niemand macht ihr einen Vorwurf, aber das ist "
        "gefährlich. Bitte schauen Sie sich die Besetzung an."
    ),
    (
        "Geehrte Frau Ministerin,\n\n"
        "ich bin seit 22 Jahren Krankenpflegerin. Mit jeder Sparrunde wird die Zeit am Bett kürzer und die "
        "Zeit am Computer länger. Drei junge Kolleginnen haben dieses Jahr gekündigt und arbeiten jetzt in "
        "Aachen. Kommen Sie gern einen Tag mit auf Station, dann sehen Sie, was ich meine.\n\n"
        "Mit kollegialen Grüßen\nAnja P., Eupen"
    ),
    "Spart woanders. Nicht bei Oma.",
    # subject: Polizei, Sicherheit und Kriminalität im Viertel
    (
        "Letzte Nacht wurde bei uns in der Herbesthaler Straße eingebrochen, während wir oben geschlafen haben. "
        "Die Polizei kam erst nach 50 Minuten. Wie viele Streifen sind nachts eigentlich im Dienst?"
    ),
    ("Großes Danke an die Polizeizone Weser-Göhl, die mein gestohlenes E-Bike nach 2 Tagen wiedergefunden hat 🚲🙏"),
    (
        "Wir rufen ständig an wegen der Raser am Kirchplatz, und die Antwort ist immer 'kein Personal'. "
        "Wofür zahlen wir dann eigentlich?"
    ),
    "Existiert in Kelmis noch ein Nachbarschafts-Info-Netz? Ich würde gern mitmachen.",
    (
        "Gebrauchte Spritzen liegen seit Tagen an der Bushaltestelle am Bahnhof Eupen, genau da, "
        "wo die Schulkinder um 7:40 warten. Bitte reinigen und öfter mal vorbeischauen."
    ),
    (
        "Verkehrskontrolle um 10 Uhr morgens auf der leeren Landstraße: top. Streife nachts am Spielplatz, "
        "wo jedes Wochenende Scheiben eingeschlagen werden: Fehlanzeige."
    ),
    (
        "Mit 78 gehe ich abends nicht mehr allein zum Friedhof in Kettenis, seit meiner Nachbarin dort die "
        "Handtasche entrissen wurde. Mehr Licht auf dem Weg wäre schon eine große Hilfe."
    ),
    "Wo is de Polizei, wenn man se brucht? 😅 #Raeren",
    # subject: Moschee, Kirche oder Gebetshaus in der Gemeinde
    (
        "Hört man richtig, dass die leerstehende Kirche in Hergenrath zu einem Kulturraum umgebaut wird? "
        "Und was passiert dann mit der Orgel?"
    ),
    (
        "Der Tag der offenen Tür in der Moschee in Eupen war toll. Tee, Gebäck und ehrliche Gespräche. "
        "Danke für die Einladung 🙏"
    ),
    (
        "Wieder wird über unsere Köpfe hinweg entschieden: Die Pfarrkirche wird geschlossen und keiner "
        "im Dorf wurde gefragt. Eine Frechheit gegenüber allen, die dort getauft und verheiratet wurden."
    ),
    (
        "Freitagmittags zum Gebet und sonntags zur Messe ist unsere Straße immer zugeparkt, egal ob Kirche "
        "oder Moschee 😄 Könnte die Gemeinde da nicht den Schulparkplatz öffnen?"
    ),
    (
        "Vor 40 Jahren habe ich in der kleinen Kapelle in Medell geheiratet. Jetzt lese ich, dass sie "
        "verkauft werden soll. Gibt es eine Möglichkeit, dass ein Verein sie übernimmt? Ich würde mithelfen."
    ),
    (
        "Am Kirchturm in Elsenborn lösen sich Schieferplatten. Heute ist eine auf den Gehweg gefallen, "
        "wo morgens die Kinder zum Bus gehen. Wer ist zuständig, Gemeinde oder Kirchenfabrik?"
    ),
    (
        "Laut Aushang plant eine Freikirche einen Gebetsraum im alten Lager in der Industriestraße. "
        "Braucht es dafür eine Nutzungsänderung, und gibt es eine öffentliche Untersuchung?"
    ),
    "Die Glocken läuten auch samstags um 7. Wecker von ganz oben 😂🔔 Könnte man das auf 8 Uhr legen?",
]
