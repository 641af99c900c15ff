"""Sixth batch of threat messages, Dutch and French (hand-written for this project, 2026-12-08).

Threats and hard negatives as in the earlier batches (threats to politicians, their families, staff, offices and
property; veiled, conditional, emoji, "advice" and doxxing threats; calls on others; harsh but legitimate messages
sharing their vocabulary: metaphors, electoral punishment, protests, legal action, persistent questions, insults
without threat, slang, quoted news). Each language was written by its own writer, told to read no other threat
batch and no check set (inbox/triage/evaluation/*); the languages are not translations of each other. Names,
handles, plates and workplaces are invented; towns are real. No text is, but for case, accents, spaces and
punctuation, in an earlier batch.
"""

NL_THREAT = [
    (
        "We weten waar ge woont, Pieters. Kapellestraat, het huis met de blauwe poort. "
        "Denk daar maar eens aan voor ge stemt over die windmolens."
    ),
    "🔪🔪🔪 @schepen_Wouters",
    ("Zou jammer zijn moest er iets gebeuren met die mooie witte Tesla op uw oprit. 1-KJV-482, toch? 😉"),
    (
        "Pas maar op als ge 's avonds alleen naar huis rijdt na de gemeenteraad. Die baan door het bos is donker "
        "en er is niemand die iets ziet."
    ),
    (
        "Geachte mevrouw De Clercq,\n\nIk schrijf u nog één keer beleefd. Als buslijn 47 naar Zonhoven effectief "
        "geschrapt wordt, dan zal ik persoonlijk zorgen dat gij ook nergens meer geraakt. Ik weet om hoe laat ge "
        "vertrekt aan het gemeentehuis en welke weg ge neemt.\n\nMet vriendelijke groeten,\nRoger Vanhees"
    ),
    (
        "Stikstofakkoord goedgekeurd? Dan rijden wij met de tractoren niet naar Brussel maar rechtstreeks naar "
        "uw huis in Lichtervelde. En we komen niet om te praten. #boerenprotest"
    ),
    (
        "allez mannen wie gaat er zaterdag mee naar de markt in Tienen? Hij staat daar aan zijn standje van 10 "
        "tot 12. Beetje bezoek brengen, ge weet wel wa ik bedoel 👊👊"
    ),
    (
        "Goed bedoelde raad: laat uw dochter de komende weken ni meer alleen van de schoolpoort aan Sint-Jozef "
        "naar huis fietsen. Ge weet nooit wie er rondrijdt."
    ),
    "⚰️⚰️ binnenkort voor u en uw LEZ",
    ("Die flitspalen op de Brugsesteenweg gaan branden. En als da ni genoeg is, uw kantoor erachter. 🔥🔥"),
    (
        "@kabinet_Maes uw stagiaire vandaag gezien aan de Carrefour in Hasselt. Schoon kind. Zeg maar dat ze "
        "voorzichtig moet zijn, ze werkt voor de verkeerde."
    ),
    (
        "Hahaha ge moest eens weten hoeveel mensen er in dit dorp een jachtgeweer hebben. En hoeveel er u "
        "kennen. Grapje natuurlijk 🎯😂"
    ),
    ("Aan het secretariaat: zeg tegen uw baas dat de volgende brief geen brief zal zijn maar een pakje. 💣"),
    "Ge sluit onze school in Wingene, wij sluiten uw ogen voorgoed. Simpel.",
    (
        "Reactie op uw post over de begroting: ge moogt blij zijn dat ik ni meer jong ben, anders had ik u al "
        "lang opgewacht aan uw voordeur in de Lindenlaan. Maar mijn zonen zijn wel jong."
    ),
    (
        "Onderwerp: pensioenhervorming\nNaam: bezorgde burger\nBericht: Gij pakt ons pensioen af, wij pakken "
        "iets af van u. Ge hebt twee kinderen, ni? Denk goed na."
    ),
    (
        "Wa een schone ramen hebt ge aan uw kantoor in de Stationsstraat. Zou zonde zijn van een baksteen. "
        "Of van een molotov."
    ),
    "IK ZWEER HET, ALS DA ASIELCENTRUM ER KOMT GA IK U PERSOONLIJK AFMAKEN. GEEN GRAP.",
    (
        "Elke donderdag om 7u15 de trein van Mechelen naar Brussel-Centraal, tweede wagon, altijd met da rood "
        "laptoptasje. Ge zijt nogal een gewoontedier hè. Wij ook."
    ),
    (
        "Debat in de Vooruit volgende week? Ik zal op de eerste rij zitten. Met iets in mijn zak dat ge ni "
        "gaat willen zien. 🪓"
    ),
    (
        "Mijn dochter is dood omdat de spoed in Geel 's nachts dicht moest door uw besparingen. Ik heb niets "
        "meer te verliezen. Onthoud dat, meneer de minister."
    ),
    (
        "@vanderstraetenN Gaza-resolutie weggestemd. Ge hebt bloed aan uw handen en binnenkort zal het uw "
        "eigen bloed zijn."
    ),
    (
        "Iemand het adres van die schepen van mobiliteit? Het parkeerplan is erdoor, tijd om hem eens goed te "
        "laten voelen wat parkeren kost 😈 DM me"
    ),
    (
        "Een welgemeend advies van een vriend: zeg uw vrouw dat ze ni meer zo laat uit de fitness komt in "
        "Sint-Truiden. Die parking daar is slecht verlicht."
    ),
    ("Vaccinatieplicht voor zorgpersoneel? Neurenberg 2.0 komt eraan en gij staat vooraan in de rij voor de strop."),
    (
        "De wolf in Limburg moogt ge houden. Maar als er nog één schaap van mij sterft, schiet ik ni op de "
        "wolf maar op diegene die hem beschermt. 🎯"
    ),
    (
        "Gemeenteraad maandag. Als ge die vergunning voor de varkensstal intrekt, zult ge de zaal ni meer "
        "levend verlaten. Wij zijn met veel."
    ),
    (
        "Foto's heb ik: van uw huis, van uw auto, van het appartement van uw ouders in Blankenberge. Mooi zicht "
        "op zee. Zou spijtig zijn moest daar brand uitbreken."
    ),
    (
        "Hoi, 't es ier uwen gebuur nie. 'k Zagen under gisteren nog rondrydn in Poperinge. Ge moe gie nie "
        "peinzn da ge veilig zit achter die haag. Ze brandt gemakkelyk."
    ),
    (
        "#kermis Lokeren zondag, de schepen komt het lint doorknippen. Ideaal moment om hem een lesje te leren, "
        "zoveel volk dat niemand iets ziet."
    ),
    "Ge zijt een verrader. Verraders eindigen aan een lantaarnpaal. 🪢 Tot binnenkort.",
    (
        "Als mijn belastingaanslag nog één keer stijgt, rijd ik met mijn camionette door de glazen deur van uw "
        "partijsecretariaat. Met u erachter als het kan."
    ),
    (
        "Mededeling aan de medewerkers van het kabinet: jullie zijn medeplichtig. Wij kennen jullie namen, "
        "wij vinden jullie thuis ook."
    ),
    (
        "Zeg aan uw vader dat hij zijn hond beter binnenhoudt 's nachts. Het zou jammer zijn moest die iets "
        "verkeerds eten. En hij daarna."
    ),
    (
        "@jan.goossens@mastodon.vlaanderen wie zo'n windmolen naast een lagere school zet, verdient om zelf "
        "onder een wiek te liggen. Ik help graag duwen."
    ),
    (
        "Binnenkort weer koers in Oudenaarde, ge staat daar vast te poseren aan de finish. Ene goeie duw op het "
        "juiste moment en ge ligt onder de volgwagen. Ongelukjes gebeuren 🤷‍♂️"
    ),
    (
        "Mijn geduld is op. Ik weet waar uw zoon voetbalt op zaterdagochtend, KFC Herentals U12. Ik sta daar "
        "ook. Langs de lijn."
    ),
    "haha lekker geslapen? ik stond om 3u voor uw deur. volgende keer bel ik aan 🔪",
    (
        "Geachte heer burgemeester,\n\nNa 14 maanden zonder antwoord op mijn bouwaanvraag zie ik geen andere "
        "uitweg meer. Als ik tegen 1 januari geen vergunning heb, kom ik naar het gemeentehuis en dan zal het "
        "ni bij praten blijven. Ik heb een geweer en ik weet hoe het werkt.\n\nHoogachtend,\nMarc Dewulf\n"
        "Oude Baan 12, Kaprijke"
    ),
    "Flitspaal op de Lierse Steenweg is al kapot. Uw auto is de volgende. Daarna gij.",
    (
        "Waarom zoudt ge eigenlijk nog veilig over straat lopen na wat ge met die LEZ in Gent gedaan hebt? "
        "Serieuze vraag. Ik zou ni gerust zijn in uw plaats."
    ),
    (
        "Hey kameraden, de zitdag van die volksvertegenwoordiger is dinsdag in café De Kroon in Maaseik. Komt "
        "allemaal, neemt eieren mee. En wie durft, iets harders dan eieren."
    ),
    "💣🏛️ Kortrijk stadhuis, vrijdag. Ge zijt gewaarschuwd.",
    ("Nummerplaat 2-AXF-917 staat genoteerd. Een maat van mij werkt in een garage. Remmen zijn zo'n delicaat ding hè."),
    (
        "schone foto met uw kindjes aan zee 😍 jammer dat ge ze aan heel het internet moet tonen. nu weten we "
        "hoe ze eruitzien. en waar ze naar school gaan (logo op hun turnzak 😉)"
    ),
    (
        "Manneke, gij komt nog één keer naar de Seefhoek met uw propaganda over da parkeerplan en ge gaat op "
        "ne brancard naar huis. Da's geen dreiging, da's een belofte."
    ),
    (
        "Uw partij wil aan de pensioenen van de ambtenaren zitten. 34 jaar ben ik ambtenaar geweest. Ik weet "
        "waar uw bureau is in de Wetstraat en op welk verdiep. Ik weet ook hoe de beveiliging werkt."
    ),
    ("Kijk, ik ga ni zeggen wa ik ga doen. Ge gaat het wel merken, ergens volgende week, als ge uw voordeur opendoet."),
    (
        "Volgens mij moet er iemand een paar bidons benzine door de brievenbus van het provinciehuis gieten. "
        "Ik zeg het maar. Er zijn er genoeg die dat willen doen. 🔥"
    ),
    (
        "De mensen van het asielcentrum zijn welkom zegt ge? Goed, dan zijn wij ook welkom bij u thuis. "
        "Zaterdagnacht. Met z'n tienen."
    ),
    (
        "Die stagiair van u, die met dat blauw brilletje, moet best een andere job zoeken. Zijn fiets staat "
        "elke dag aan dezelfde paal. Zonde als zijn banden of zijn benen eraan moeten geloven."
    ),
    (
        "Stemt ge morgen vóór die besparingen, dan hoop ik dat iemand uw auto laat ontploffen met u erin. "
        "En ik hoop dat ik het mag zijn."
    ),
    (
        "Blokkeert ge het Gaza-embargo, dan vinden we u. Aan de schoolpoort van uw kleinkinderen in Wilrijk "
        "als het moet."
    ),
    (
        "Gij blijft van onze mijnsite af met uw appartementskes, jong. Anders komen we 's nachts eens langs "
        "bij u thuis in As. Met heel de supportersclub. En ni om te zingen."
    ),
    "Prettige feesten 🎄 Geniet er maar van, het zou wel eens uw laatste kerst kunnen zijn. ⚰️",
    ("Uw vrouw werkt toch in AZ Groeninge, radiologie? Haar shift eindigt om 22u. Ik vraag het maar. Zomaar."),
    (
        "@stadKortrijk die schepen van onderwijs mag blij zijn dat er nog wetten bestaan. De dag dat die er "
        "ni meer zijn, hangt zij als eerste. En ik help."
    ),
    (
        "Brieven helpen ni. Mails helpen ni. Petities helpen ni. Nu is het tijd voor iets anders. "
        "Ge gaat ervan horen. Fysiek."
    ),
    (
        "OK boomer, ge hebt dat stikstofdecreet ondertekend. Dan gaat uw hoeve in Ruiselede ook in de fik. "
        "Eens kijken hoe ge dat vindt 🔥🚜🔥"
    ),
    (
        "Zeg, weet uw moeder eigenlijk dat wij weten in welk rusthuis ze zit? Kamer 214, De Linde in "
        "Herk-de-Stad. Ze krijgt graag bezoek, hoor ik."
    ),
]

NL_HARD = [
    ("Dit plan vermoordt de middenstand in Aalst. Elke winkel in de Kerkstraat gaat eraan en gij kijkt gewoon toe."),
    "Politiek zijt ge dood, meneer de schepen. Na die LEZ-blunder stemt niemand in Gent nog voor u.",
    "In oktober rekenen we af in het stemhokje. #gemeenteraadsverkiezingen",
    (
        "Aan mevrouw de burgemeester,\n\nNamens buurtcomité Ter Heide laat ik u weten dat wij zaterdag "
        "14 december om 10u een vreedzame betoging houden voor uw kantoor tegen de afschaffing van buslijn 58. "
        "We verwachten een honderdtal mensen, de politie is verwittigd en we hebben de toelating van de stad."
        "\n\nMet vriendelijke groet,\nAn Verbeke, voorzitter"
    ),
    (
        "Wij blokkeren maandag de toegang tot het kabinet met onze tractoren. Vreedzaam, maar we gaan ni weg "
        "voor ge ons ontvangt. #stikstof"
    ),
    (
        "Ik blijf u achtervolgen met vragen tot ge antwoordt. Waarom is het advies over het asielcentrum nog "
        "altijd niet openbaar?"
    ),
    "Lafaard en leugenaar, dat zijt ge, en uw partij is een bende zakkenvullers. Zo. Dat moest eruit.",
    (
        "Onze advocaat dient morgen een verzoekschrift tot nietigverklaring in bij de Raad van State tegen "
        "die windmolenvergunning. We zien mekaar in de rechtbank."
    ),
    (
        "Zopas een klacht ingediend bij de Vlaamse Ombudsdienst over de manier waarop uw diensten mijn "
        "renovatiepremie behandeld hebben. Dossiernummer volgt."
    ),
    (
        "Goeiemiddag, journalist van de regionale krant hier. Ik ga blijven graven in het dossier van de "
        "sociale woningen in Ronse. U hebt tot vrijdag 12u om te reageren, anders publiceren we zonder uw "
        "reactie."
    ),
    (
        "Gisteren kreeg ik een bericht van iemand die zei dat hij 'mijn huis ging afbranden' omdat ik voor "
        "het asielcentrum ben. Ik heb aangifte gedaan bij de politie. Kunt gij als schepen laten weten waar "
        "we zulke dingen nog kunnen melden?"
    ),
    (
        "Hoi Katrien! Ik woon ook in de Meersstraat, drie huizen verder. Uw zoontje en de mijne zitten in "
        "dezelfde klas bij juf Els. Zin om eens samen te gaan zwemmen met de kinderen?"
    ),
    (
        "Wat een match gisteren! KV Mechelen heeft Antwerp volledig afgemaakt. Schepen, ge stond daar mee te "
        "supporteren, zag ik op de foto 😄"
    ),
    (
        "Headshot na headshot, die gast van de e-sportsploeg van onze jeugdclub schiet alles kapot in "
        "Valorant. Misschien iets voor een subsidie, @jeugdschepen?"
    ),
    (
        "Als jager vraag ik me af wanneer de nieuwe regels over het afschot van everzwijnen eindelijk "
        "gepubliceerd worden. We moeten kunnen schieten vóór de schade op de velden nog groter wordt."
    ),
    (
        "Vraag over de wapenwet: mag ik als sportschutter mijn pistool in de koffer van mijn auto vervoeren "
        "naar de schietstand in Bree, of moet het in een afgesloten koffer?"
    ),
    "Mag er op oudejaarsavond vuurwerk afgestoken worden in Deinze of is dat dit jaar verboden?",
    "💀💀💀 ik lig dood met die speech in het parlement",
    "dit is fire 🔥🔥🔥 eindelijk iemand die durft zeggen hoe het zit met de pensioenen",
    (
        "Herdenking 11 november aan het monument in Ieper: bedankt om er te zijn en bloemen neer te leggen "
        "voor de gesneuvelde soldaten. Mooie toespraak."
    ),
    (
        "Las net in de krant dat die man in Genk 20 jaar gekregen heeft voor de moord op zijn buurman. Komt "
        "er nu eindelijk extra blauw op straat in onze wijk of niet?"
    ),
    (
        "Aalst carnaval komt eraan en onze groep gaat de stikstofminister volledig kapotmaken op onze "
        "praalwagen 😂 Hopelijk kunt ge met uzelf lachen."
    ),
    (
        "Uw stoverij in dat tv-programma was moordend lekker. Vlees drie uur laten sudderen, afgemaakt met "
        "een boterham met mosterd. Top!"
    ),
    (
        "Staking! Morgen ligt heel de Antwerpse haven plat tegen uw pensioenplannen. We leggen alles stil "
        "tot ge luistert."
    ),
    (
        "Onze petitie tegen de sluiting van de basisschool in Zwevezele heeft 4.312 handtekeningen. We komen "
        "ze woensdag afgeven op het gemeentehuis."
    ),
    "Met die flitspalen slaat ge de automobilist nog maar eens dood. Melkkoe van de natie, dat zijn we.",
    ("Stikstofregels als deze zijn een kogel door het hoofd van de Vlaamse landbouw. Elke boer die ik ken is het beu."),
    "Bah. Bah. Bah.",
    (
        "Op de zitdag in Bilzen zaterdag ga ik u het vuur aan de schenen leggen over het asielcentrum. Ik heb "
        "een lijst met 12 vragen mee."
    ),
    ("Gij zijt echt de slechtste burgemeester die Turnhout ooit gehad heeft. Zelfs mijn hond zou het beter doen."),
    "We gaan deze verkiezing winnen en uw partij wegvagen in heel Limburg. Wacht maar af.",
    (
        "@schepen_Vervoort mijn zoon heeft gisteren aan uw deur in de Populierenlaan een flyer van de scouts "
        "gestoken, hij vroeg of ge ook wafels wilt kopen 😊 Nog eens bedankt voor de steun vorig jaar!"
    ),
    (
        "Uw auto stond gisteren op de parking van de Delhaize met de lichten aan. Heb uw medewerker gebeld, "
        "hopelijk was de batterij nog niet plat!"
    ),
    "Onze hockeyploeg heeft de tegenstander vernietigd: 9-0. Kom eens kijken, schepen, we verdienen een nieuw veld.",
    (
        "Deze begroting is een bloedbad voor de zorg. Verpleegkundigen vallen als vliegen en niemand in de "
        "regering ligt er wakker van."
    ),
    (
        "Wolven afschieten wil ik niet, maar mijn schapen moeten beschermd worden. Wanneer komen de subsidies "
        "voor wolfwerende rasters in Limburg?"
    ),
    (
        "Gaza: ik kan niet meer zwijgen. Uw onthouding bij de stemming is een schande en ik zal het elke dag "
        "blijven zeggen, op elke manier die wettelijk is."
    ),
    ("Vaccinatie van kinderen tegen mazelen: echt een zege. Dat moeten we erin pompen tot elke school 95% haalt! 💉💪"),
    "Ik ga u afmaken... in de quiz van de bib volgende vrijdag! Ons team is klaar, schepen 😉",
    (
        "Kunt gij eens uitleggen waarom mijn buurman een bouwvergunning krijgt en ik niet? Ik stap hiermee "
        "naar de rechter als het moet."
    ),
    "Uw speech was een bom. Ontploffend goed. Echt waar.",
    (
        "Neem het mij niet kwalijk, maar ik zal u blijven bestoken met mails tot de put in onze straat "
        "gedicht is. Dit is al de zevende."
    ),
    (
        "Dag mevrouw, uw dochter zat gisteren naast de mijne op het verjaardagsfeestje van Lotte. Ze hebben "
        "het super gehad, ik stuur u de foto's door als ge wilt."
    ),
    (
        "Waarom kondigde ge aan dat de brug in Temse tegen 2026 klaar zou zijn, als er in december 2026 nog "
        "altijd geen steen ligt? Wij laten dit niet los."
    ),
    "#LEZ is een doodsteek voor de kleine man met zijn oude diesel. Ge vermoordt de mobiliteit van gepensioneerden.",
    ("Amai, gij zijt toch ne rare. Eerst zeggen da ge voor de haven zijt en dan dit. Ge kunt de pot op."),
    (
        "Ik steun u volledig, maar op de markt hoor ik mensen dingen zeggen als 'die moet een lesje krijgen'. "
        "Neem uw veiligheid serieus en laat het de politie weten, zou ik zeggen."
    ),
    "Na vandaag is uw partij politiek afgeschoten. Einde verhaal.",
    ("Vrijdag in het debat boor ik u de grond in met cijfers. Bereid u maar voor. — Jonas, studentenvereniging"),
    (
        "Gisteren paintball-teambuilding met het gemeentepersoneel: de schepen van financiën was echt ne "
        "sniper 😂 niemand bleef overeind!"
    ),
    (
        "Kiek ier, 't es al drie weken da de lanteirns in onze strate kapot zyn. Wanneer komt er ier ne keer "
        "iemand kyken?"
    ),
    ("Het nieuwe pensioenplan is een guillotine voor wie in 2030 met pensioen wilde. Ik heb op u gestemd. Nooit meer."),
    (
        "Schuttersgilde Sint-Sebastiaan nodigt u uit voor het jaarlijkse koningschieten op de wip, zondag "
        "9 juni. Vorig jaar schoot ge de vogel er bijna af!"
    ),
    (
        "Welkom op onze schoolpoortactie voor een veilig zebrapad vrijdag! De ouderraad van De Regenboog in "
        "Tielt staat er met spandoeken om 8u. Kom gerust, dan ziet ge zelf hoe gevaarlijk het is."
    ),
    ("Schaamte, met uw besparingen op de kinderopvang. Ik ga dit in elke oudervereniging vertellen tot in oktober."),
    "hahaha die foto van u op de kermis in de botsauto's 😂😂 ge rijdt iedereen kapot, echte killer",
    (
        "Klacht ingediend bij de Gegevensbeschermingsautoriteit: waarom kreeg ik partijpropaganda op mijn "
        "privéadres? Ik heb nooit toestemming gegeven."
    ),
    (
        "Parkeerbeleid in Leuven: tegen het nieuwe buurtparkeren zijn we met 300 bewoners een collectieve "
        "procedure gestart. Ons advocatenkantoor neemt contact op met uw juridische dienst."
    ),
    (
        "Beste schepen,\n\nik ben de moeder van Emma, die bij u stage loopt op het secretariaat. Ze kwam "
        "gisteren wat aangeslagen thuis omdat er een agressieve beller was. Ik wil u bedanken voor hoe goed "
        "jullie haar opgevangen hebben.\n\nHartelijke groeten,\nSofie Claes"
    ),
    (
        "Uw nieuwe flitspaal op de Gentse Steenweg heeft mij gisteren geflitst aan 54 km/u. Terecht, maar dat "
        "bord van 50 staat helemaal verstopt achter een boom. Kan dat verplaatst worden?"
    ),
]

FR_THREAT = [
    (
        "@EchevinDumont on sait où tu habites, rue des Glycines à Jambes. Continue avec ton centre pour "
        "demandeurs d'asile et tu verras ce qui arrive."
    ),
    (
        "Ce serait vraiment dommage qu'il arrive quelque chose à votre jolie façade, Madame la bourgmestre. "
        "Les éoliennes, on n'en veut pas à Sombreffe."
    ),
    (
        "Fais attention en rentrant seul le soir depuis la gare de Charleroi-Sud. Tout le monde n'est pas "
        "aussi patient que moi."
    ),
    "🔪🔪🔪 @LucasVerhaegen_MR LEZ de merde",
    ("Votez cette LEZ jeudi et votre Tesla grise 1-GXK-482 ne passera pas l'hiver. Parole de zinneke, allez hein."),
    (
        "Madame Lambotte,\n\nJe vous écris calmement, une dernière fois. Si la fermeture de l'école communale de "
        "Bois-de-Villers est confirmée au conseil du 14, je viendrai vous trouver personnellement et je vous ferai "
        "payer ce que vous faites à nos gosses. Je n'ai plus rien à perdre.\n\nUn père à bout,\nD. Marchal"
    ),
    (
        "Petit conseil d'ami : évite le marché de Wavre samedi. Y a des gars qui t'attendent avec autre chose "
        "que des tracts."
    ),
    "⚰️ pour toi et ta réforme des pensions. Bientôt.",
    "Ton fils est à l'athénée royal d'Uccle, en 3e B. Il sort à 15h40. Je dis ça, je dis rien.",
    (
        "On va lui rendre une petite visite à sa permanence de Herstal mardi, qui est chaud ? Ramenez des "
        "battes 😉 #StopRadars"
    ),
    "Quelqu'un a l'adresse de ce traître ? Faut aller lui expliquer la vie chez lui, devant sa femme.",
    ("Tu crois que la police va te protéger toute ta vie ? Un jour t'auras plus d'escorte et ce jour-là on sera là."),
    "Ta stagiaire, la petite blonde qui prend le bus 48 à Anderlecht, dis-lui de faire gaffe. Ce serait bête.",
    "🔥🏠🔥 belle villa à Lasne… ça brûle bien le bois, non ?",
    ("Blague du jour : qu'est-ce qui est rouge et qui ne votera plus jamais de hausse d'impôts ? Toi, bientôt. 😂🎯"),
    (
        "mr le député si vous supprimé les allocs de chomage apres 2 ans je vous jure que je vous attend a la "
        "sortie du parlement avec mon cousin et on sera pas la pour discuté"
    ),
    "Le conseil communal de jeudi risque d'être ton dernier. Mets un gilet pare-balles, on sait jamais.",
    ("Votre secrétariat à Namur décroche toujours pas ? Pas grave, la prochaine fois on entre par la vitre. 🧱"),
    (
        "Monsieur le Ministre,\n\nVous avez décidé de couper 900 millions dans les soins de santé. Ma mère est "
        "morte sur un brancard aux urgences de Jolimont en attendant un lit. Je sais que vous prenez le train de "
        "7h12 à Ottignies tous les matins, voiture de tête, toujours la même place. Je vous ai observé plusieurs "
        "fois. Vous ne m'avez jamais remarqué. Un matin, vous me remarquerez.\n\nSans salutations,\nUn fils"
    ),
    "wesh ta sécu elle sert à rien, on t'attend au match du Standard dimanche, tribune 3 😈",
    (
        "Lol t'inquiète on va pas te toucher… on va juste crever les 4 pneus de ta Golf tous les soirs "
        "jusqu'à ce que tu retires ton plan stationnement 🙂 et après on verra pour toi"
    ),
    (
        "@nrousseau@mastodon.social tu soutiens ce massacre à Gaza, tu payeras. Ta gueule est sur notre mur, "
        "avec une cible dessus. 🎯"
    ),
    "Un bon conseil : déménage. Namur c'est plus sûr pour toi. Ni pour ta femme. Ni pour les petits.",
    ("La brocante de Jupille dimanche, tu tiens le stand du parti ? Super. On viendra chiner… ta tête 🪓"),
    (
        "Objet : indexation\nNom : (pas besoin)\nMessage : si le saut d'index passe, je brûle votre bureau "
        "avec vous dedans."
    ),
    (
        "Appel à tous les routiers : le député Hennuyer habite au 12 chemin du Moulin à Frasnes. Allez "
        "klaxonner… et plus si affinités. Il mérite une leçon qu'il oubliera jamais."
    ),
    (
        "Ta mère vit toujours seule à Verviers, rue Xhavée ? Elle est fragile, à son âge. Réfléchis bien "
        "avant ton vote sur la vaccination obligatoire."
    ),
    "@sophie_delvaux_ps 💣💣 permanence de Saint-Gilles 💣💣 tic tac",
    (
        "Quand on vous trouvera pendue au lampadaire de la place communale, personne ne pleurera. Les vrais "
        "Wallons ont la mémoire longue."
    ),
    (
        "c'est marrant, ta salle de sport à Etterbeek ferme à 22h et le parking derrière est pas éclairé. "
        "Fais gaffe au retour champion 💪🔪"
    ),
    (
        "Cher collaborateur de M. Piron (oui toi Kevin, on sait qui tu es), la prochaine fois que tu réponds "
        "avec ton message type, on viendra te le lire en face, et pas gentiment."
    ),
    "Je te préviens : tu fermes la ligne TEC 42 et moi je te ferme la gueule pour de bon. Échange équitable.",
    "franchement qu'on lui mette une balle et qu'on en parle plus. qui se dévoue ? 🔫",
    (
        "Sortie d'école vendredi à Sainte-Marie à Jette : on sera plusieurs à attendre tes gosses pour leur "
        "expliquer ce que fait leur papa. Ils vont s'en souvenir longtemps."
    ),
    (
        "Dommage que les freins de ta bagnole soient si vieux. Ce serait con que ça lâche dans la descente "
        "de Profondeville."
    ),
    "T'AS VOTÉ LES RADARS ?? ON VA TE FLASHER LA FACE À LA BARRE À MINE. ON SAIT OÙ EST TA MAISON.",
    (
        "« Fier de mon bilan » 👉 profite bien, ça va pas durer. Les gens comme toi finissent mal et on va "
        "aider un peu ⚰️⚰️"
    ),
    (
        "Madame, Monsieur,\n\nJe me permets de vous informer que votre bourgmestre ne sortira pas indemne du "
        "débat de lundi à la Maison de la Culture d'Arlon. Des dispositions ont été prises. Considérez ceci "
        "comme un avertissement courtois.\n\nCordialement,\nUn citoyen organisé"
    ),
    "ptdr t'as mis ta plaque sur insta 😂 2-ABF-117, merci, maintenant on la connaît tous. Bonne route hein 😘🔥",
    (
        "Ton appart à Louvain-la-Neuve, 3e étage, le balcon avec le drapeau rouge. J'ai une très bonne vue "
        "depuis le kot d'en face. Ciao."
    ),
    (
        "La prochaine fois que tu dis « profiteurs » en parlant des chômeurs, je te casse les deux jambes, "
        "et c'est pas une image."
    ),
    (
        "Ça vous dit qu'on se cotise pour payer quelqu'un qui va régler son compte à ce bourgmestre ? Moi je "
        "mets 500 balles."
    ),
    ("Savais-tu que ton chien sort tous les matins à 6h30 avec ton mari au bois de la Cambre ? Nous oui. 🐕🎯"),
    "Centre Fedasil à Bierset = on incendie ta baraque. Simple. T'as deux semaines pour changer d'avis.",
    (
        "Coucou l'échevine 👋 sympa la photo de ta fille au concours hippique de Gesves. Elle monte bien. "
        "Ce serait triste qu'elle tombe."
    ),
    (
        "À l'équipe de la permanence de Mons : vos noms sont notés. Quand le permis pour le lotissement sera "
        "signé, vous serez les premiers à trinquer. On sait où vous garez vos voitures."
    ),
    "wallah t'es mort frère, on te bute à la sortie du conseil, c pas une blague 🔪🩸",
    (
        "Je suis un homme calme. Mais si ma pension est rabotée encore une fois, j'ai gardé le fusil de mon "
        "père. Vous comprendrez samedi, à votre permanence."
    ),
    "Les vitres de ton bureau à Ixelles tiennent combien de pavés à ton avis ? On teste ce week-end 🧱🔥 #LEZ",
    "Conseil gratuit : le parlement c'est bien gardé, ton jardin à Tervuren beaucoup moins. 😉",
    (
        "Nique ta taxe kilométrique, la prochaine fois que je te croise à la gare du Midi tu rentres chez toi "
        "en ambulance."
    ),
    (
        "📍 Ton trajet tous les jours : Boitsfort → Schuman, départ 7h50, arrêt boulangerie avenue Delleur. "
        "On a tout noté. À très vite."
    ),
    (
        "Quelqu'un de Seraing peut passer chez lui, rue de la Station 54, déposer un « petit souvenir » dans "
        "sa boîte aux lettres ? Genre qui fait boum 💣"
    ),
    (
        "Maternité fermée par vous, et un bébé est mort. Un jour ce sera votre famille qui "
        "pleurera, et je m'en occuperai personnellement."
    ),
    (
        "Hé Jérôme, le chef de cab', ta femme bosse à la pharmacie de la place Flagey hein ? Passe-lui le "
        "bonjour, on passera aussi 👀"
    ),
    "Hahaha l'éolienne elle va tomber… sur ta tête. Ou alors on l'aide un peu 🪓😂",
    (
        "Message pour la bourgmestre de Quaregnon : on va te faire ce qu'on fait aux traîtres. Grand feu de "
        "la Saint-Jean, on aura besoin de bois et de toi. 🔥"
    ),
    (
        "Mon GSM a filmé ta maison, ta voiture et ta gamine. Tu retires ce projet de pylônes ou la vidéo part "
        "chez des gens pas gentils du tout."
    ),
    "Sale vendu, je vais te saigner comme un porc. Rue de l'Église 8 à Ohey, j'arrive.",
    "Vote « pour » jeudi, et t'auras plus besoin de ta permanence. Ni de rien d'ailleurs. 💀",
]

FR_HARD = [
    "Ce budget assassine la culture en Fédération Wallonie-Bruxelles. Honte à vous.",
    "Vous êtes politiquement mort après ce vote, Monsieur l'échevin. Et c'est bien mérité.",
    ("On se retrouvera aux urnes en octobre. Croyez-moi, à Fleurus on n'oubliera pas la fermeture de la ligne 42."),
    "@MarcHenrotte on va vous faire la peau aux communales, toute la rue a signé contre vous 🗳️",
    (
        "Madame la Ministre,\n\nLe collectif des parents de l'école du Centre vous informe qu'un sit-in "
        "pacifique aura lieu devant votre permanence de Gembloux ce mercredi à 16h. Nous viendrons avec nos "
        "enfants, des dessins et des pancartes. Nous souhaitons être reçus.\n\nBien à vous,\n"
        "Pour le collectif, Anne-Sophie Gérard"
    ),
    "Grève générale le 14 ! On bloque tout Bruxelles pour défendre nos pensions ✊ #GrèveGénérale",
    "J'ai lancé une pétition contre la LEZ, déjà 12.000 signatures. On la dépose au parlement bruxellois lundi.",
    (
        "Notre avocat introduira un recours au Conseil d'État contre le permis des éoliennes de Fernelmont. "
        "On se verra devant la justice, Monsieur le ministre."
    ),
    (
        "Plainte déposée au médiateur fédéral ce matin pour mon dossier de chômage. Trois mois sans réponse "
        "de votre cabinet, c'est inacceptable."
    ),
    (
        "Journaliste au Soir, je vous préviens par correction : je vais continuer à creuser l'affaire des "
        "marchés publics de la commune. Vous ne vous débarrasserez pas de moi facilement."
    ),
    (
        "Je vais vous harceler de questions jusqu'à ce que vous répondiez sur le budget du CPAS. Chaque "
        "semaine. Au conseil communal, par mail, sur X, partout."
    ),
    "Espèce d'incapable. Pire échevin de l'histoire de Schaerbeek.",
    (
        "Chère Madame la députée, je voulais vous signaler que j'ai reçu des menaces de mort après avoir défendu "
        "votre position sur Gaza sur Facebook. On m'a écrit « on sait où tu habites ». J'ai porté plainte à "
        "la police de Liège. Que faut-il faire de plus ?"
    ),
    (
        "Salut Benoît ! C'est ta voisine de la rue des Tilleuls 😊 Tes enfants ont oublié leur ballon dans "
        "notre jardin, je le dépose sur ton seuil ce soir."
    ),
    (
        "Quelle action au Standard hier, on a tué le match en 10 minutes 🔥🔥 vous étiez au stade Monsieur "
        "le bourgmestre ?"
    ),
    "💀💀💀 je suis mort de rire devant votre vidéo TikTok avec la chorégraphie des jeunes du parti mdr",
    (
        "Bonjour, chasseur en province de Luxembourg. Pouvez-vous m'expliquer la nouvelle réglementation sur "
        "le transport des armes de chasse et la détention des fusils ? Merci d'avance."
    ),
    (
        "Petite question : les feux d'artifice sont-ils autorisés pour le réveillon à Etterbeek ? Mon fils "
        "voudrait tirer quelques fusées dans le jardin."
    ),
    "Commémoration du 11 novembre : merci d'avoir déposé la gerbe au monument aux morts de Tamines. Très émouvant.",
    (
        "« Un homme poignardé à la gare du Nord », titrait la DH ce matin. Quand allez-vous enfin sécuriser "
        "cette gare ? C'est la troisième fois ce mois-ci."
    ),
    "Franchement on va vous exploser au quiz du parti samedi, l'équipe de Jodoigne est chaude 😎",
    "Au carnaval de Binche, les Gilles vont vous bombarder d'oranges, Monsieur le ministre, préparez-vous 🍊😂",
    (
        "Cette réforme du chômage limité dans le temps, c'est une bombe sociale. Elle va exploser à la figure "
        "de tous les CPAS de Wallonie."
    ),
    "Du sang sur les mains, voilà ce que votre silence sur Gaza vous laisse. L'histoire vous jugera.",
    "Votre parti est mort, enterré, fini. Les sondages vous achèvent ⚰️ (politiquement hein, on se calme)",
    (
        "Les agriculteurs viendront avec leurs tracteurs devant le Parlement wallon à Namur jeudi. "
        "Manifestation déclarée et autorisée par la ville."
    ),
    (
        "Cher Monsieur, je suis votre voisin à Chaudfontaine. Votre haie déborde sur le trottoir, rue du Bois "
        "Vert. Rien de grave, mais pensez-y avant l'hiver. Bonne soirée !"
    ),
    "Merci pour le coup de main au souper du club ! Ton fils a marqué deux buts dimanche, il a une sacrée frappe 😄",
    "T'es nul, t'es moche et tu parles comme un robot. Retourne faire du droit.",
    (
        "Si vous votez pour le centre Fedasil, je ne voterai plus jamais pour vous. Ni moi, ni ma famille, "
        "ni mes voisins."
    ),
    (
        "Recette de la semaine : j'ai massacré un lapin à la Chimay pour la fête du village, vous êtes invité "
        "Monsieur l'échevin 🍺🐇"
    ),
    (
        "@DialoogBxl Pourquoi la police a-t-elle tiré des gaz lacrymogènes sur les manifestants agricoles ? "
        "J'exige une commission d'enquête."
    ),
    (
        "Ce soir j'achève le boss final d'Elden Ring, et après j'écris au bourgmestre pour les nids de poule. "
        "Priorités 😂"
    ),
    "Mdr ce débat sur RTL, vous vous êtes fait détruire par la ministre. Un carnage 🔥🔥",
    (
        "Occupation pacifique de votre hall d'accueil annoncée : avec les étudiants, on reste jusqu'à ce que "
        "vous receviez une "
        "délégation sur le prix des kots."
    ),
    "Nous, les infirmières du CHU, ferons grève le 3. Vos économies tuent l'hôpital public à petit feu.",
    (
        "Puisque vous ne répondez pas aux mails, je vous attendrai à la sortie du conseil communal pour vous "
        "poser ma question en personne. Et je reviendrai chaque mois, micro en main."
    ),
    (
        "Nom : Fabienne Wéry\nSujet : radars\nMessage : le radar tronçon sur la N4 à Beez m'a flashée à 71 "
        "au lieu de 70, c'est du racket organisé. Je conteste l'amende et j'irai jusqu'en cassation s'il le "
        "faut."
    ),
    "Vous tirez sur les pauvres à boulets rouges avec votre réforme. C'est indigne d'un socialiste.",
    "Dans une démocratie, les gens comme vous finissent… dans l'opposition. 😏",
    (
        "J'ai vu votre fille au spectacle de l'académie de musique de Nivelles, elle joue superbement du "
        "violon ! Bravo à elle, de la part d'une ancienne prof."
    ),
    "Fermer la piscine communale, c'est une mise à mort de nos clubs de natation.",
    (
        "Préparez-vous à ce que je vous pourrisse la vie… en commission ! Interpellation déposée sur les "
        "radars de Mons, question "
        "écrite n° 412, et ce n'est que le début."
    ),
    "Une honte, un clown, un vendu aux lobbies. Point.",
    (
        "Bonsoir, ma collègue stagiaire à votre cabinet a reçu un message bizarre disant « on sait où tu "
        "habites ». On a transmis à la police. Pouvez-vous renforcer la sécurité à l'accueil ?"
    ),
    (
        "Comment la Sûreté de l'État a-t-elle pu laisser filer le suspect de l'attentat de la place "
        "Sainctelette ? Je vous demande des comptes au nom des victimes."
    ),
    "Feu vert pour la brocante de Jupille ? On aimerait tenir un stand pour la maison de jeunes. Merci !",
    "t'as tué le game avec ton discours au parlement 🔥🔥🔥 respect frérot",
    "Quelle idée de toucher à l'indexation. On va vous le faire payer en mai, dans l'isoloir.",
    (
        "Furieuse. Je suis FURIEUSE. Ma fille a raté son bus TEC pour la troisième fois cette semaine et vous "
        "osez parler de mobilité ? Je vous écrirai tous les jours s'il le faut."
    ),
    "Nouveau thread sur Bluesky : vos notes de frais. Je publie chaque facture, une par une, jusqu'à la dernière 🧾",
    "Le député s'est fait flinguer par la presse ce matin, et franchement il l'a bien cherché.",
    (
        "Sérieux, ça me donne envie de tout casser dans mon salon quand j'entends vos réponses au JT. Vous nous "
        "prenez pour des idiots ou quoi ?"
    ),
    (
        "Chers élus,\n\nLe comité de quartier Helmet-Colignon organise une chaîne humaine autour "
        "de l'école menacée de fermeture, le samedi 20 à 10h. Vous êtes les bienvenus pour venir écouter les "
        "parents.\n\nSalutations citoyennes,\nRoger Vanderlinden, président"
    ),
    "On a fêté le 1er mai à Liège, les discours nous ont fait exploser de rire, surtout le vôtre 😅",
    ("Vous avez assassiné la ligne 125 Namur-Liège. Disons-le sans détour : c'est un crime contre les navetteurs."),
    (
        "Tir aux pigeons d'argile à Stavelot ce dimanche : le club de tir vous invite à la remise des prix, "
        "Monsieur le bourgmestre 🎯"
    ),
    "ça va chauffer à la réunion publique sur les éoliennes, préparez vos arguments parce qu'on a les nôtres 📊",
    (
        "Un conseil d'ami : lisez le rapport de la Cour des comptes avant votre prochaine interview. Ça vous "
        "évitera de vous ridiculiser."
    ),
    (
        "Y a une fois une question sur le vaccin contre la grippe pour les pensionnés, c'est gratuit ou pas à "
        "Molenbeek ? Ma mère sait pas aller chez le médecin, elle a nonante-deux ans."
    ),
]
