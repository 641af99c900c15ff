"""Fourth batch of threat training messages, Dutch and French (hand-written for this project, 2026-12-07).

Beside ``threat_train_nl_fr.py``, ``threat_train_more_nl_fr.py`` and ``threat_train_third_nl_fr.py``,
with situations the first three batches had few of. ``*_THREAT``: short social-media replies with
@handles and hashtags, threats against property (car, tyres, windows, office, garden shed, fire,
paint), "friendly advice" and warnings, references to politicians attacked in history as a warning,
threats phrased as innocent questions, countdowns and dates, oblique weapons (hunting licence,
grandfather's rifle, baseball bat in the boot, butcher's knives), threats against pets and elderly
parents, organised and collective threats ("we have lists"), emoji-heavy threats with few words,
threats disguised as jokes, and doxxing, publishing photos of children or home and hostile "visits"
to the office or constituency hours. ``*_HARD``: hard negatives that share their words but threaten
nobody: "watch out" about roads, floods, scams and storms; punishment at the ballot box; "we know
where you live" said by neighbours, petitioners and finders of a lost wallet; legitimate announced
visits, delegations and permitted marches; voters reporting threats or crimes against themselves;
sport, gaming, cooking and business slang; respectful history, commemorations, documentaries and
true-crime podcasts; hunters, shooting clubs, knife makers and fireworks sellers asking about the
law; pets, animal shelters, vets and culling for bird flu; unions and journalists announcing
strikes, blockades and publications; strong insults without any threat; persistence, court and
ombudsman complaints.

NL and FR are parallel by index: the French message at index i says roughly what the Dutch one
does, adapted to French-speaking Belgium (Brussels, Wallonia), with Flemish, Antwerp, Brussels and
Walloon touches, missing accents, typos, capitals and emoji. Names of politicians, handles and
places of work are invented; towns are real. Written from general knowledge without looking at
any check set (``inbox/triage/evaluation/*``).
"""

NL_THREAT = [
    # short social-media replies with @handle and hashtags
    "@ElsVermandel uw laatste tweet was ook uw laatste fout. We komen u halen. #verrader",
    "@schepen_Dewaele heel #Ninove weet nu waar ge woont. Vanavond staan we er, en niet om te babbelen.",
    "#hangdeminister is trending, en terecht. @MinisterRottiers, het touw ligt al klaar.",
    "@KoenHanssens kom nog ne keer naar Lokeren en ge gaat plat, da beloof ik u #genoegisgenoeg",
    "Retweet als ge vindt dat @LiesbethGoossens een pak slaag verdient. Bij 1000 RT's gaan we het echt doen. "
    "#stopdewet",
    # threats against property: car, windows, office, garden, fire
    "Die witte Tesla op uw oprit in Kortenberg: geniet er nog maar van, volgende week staat ze uitgebrand.",
    "Al uw ramen aan de straatkant gaan eruit, één voor één, tot ge uw stem verandert.",
    "Meneer de volksvertegenwoordiger, ik heb u drie keer geschreven over de sluiting van ons postkantoor en nooit "
    "een antwoord gekregen. Dus nu op een andere manier. Uw kantoor in de Stationsstraat krijgt binnenkort een nieuw "
    "kleurtje: rode verf op de gevel, en het blijft niet bij verf. Daarna zijn uw ramen aan de beurt, en als dat nog "
    "niet helpt, het hele gebouw. Een boze inwoner van Herentals.",
    "Dat houten tuinhuis achter uw woning in Bonheiden brandt als een fakkel, wist ge dat? Ik ga het eens testen.",
    "Vier lekke banden was nog maar het begin. Volgende keer gaat er een kassei door uw voorruit, met u erachter.",
    # "friendly advice" and warnings
    "Ik zou voorzichtig zijn als ik u was. Niet iedereen in Zottegem is zo geduldig als ik, en mijn geduld is op.",
    "Kijk maar goed achter u, madam. Er lopen hier mensen rond die uw gezicht kennen en het u betaald gaan zetten.",
    "Beschouw dit als een waarschuwing. De volgende keer dat ge op tv over ons dorp liegt, kom ik het u persoonlijk "
    "uitleggen, en niet met woorden.",
    "Goede raad van een kiezer: laat uw fiets staan en neem een lijfwacht. Er zijn er hier die u iets willen "
    "aandoen, en ik ben er één van.",
    "Allez, een vriendelijk advies: trek u terug uit de race voor burgemeester. Gezondheid is het belangrijkste, en "
    "de uwe hangt vanaf nu aan een zijden draadje.",
    # what happened to politicians in history, as a warning
    "Denk maar eens aan wat er met Fortuyn gebeurd is. Die dacht ook dat hij alles kon zeggen.",
    "Cools werd ook neergeschoten op een parking in Luik. Geschiedenis herhaalt zich, zeker voor mensen zoals gij.",
    "Theo van Gogh fietste ook elke morgen naar zijn werk. Gij fietst toch ook, hé?",
    "Julien Lahaut deed in 1950 ook gewoon de deur open voor twee vreemden. Hoe vaak belt er bij u 's avonds iemand "
    "aan? Binnenkort één keer te veel.",
    "Palme wandelde zonder bewaking naar huis na de cinema. Ik zie u elke vrijdag zonder bewaking uit de schouwburg "
    "komen. Ge weet hoe dat afliep.",
    # threats phrased as innocent questions
    "Weet ge eigenlijk hoe makkelijk het is om uw huis te vinden? Drie minuten op Google. Ik heb het getimed. Tot "
    "binnenkort.",
    "Parkeert uw vrouw haar rode Fiat nog altijd op dezelfde plek achter de Colruyt in Geel? Gewoon om te weten waar "
    "we moeten wachten.",
    "Hoe laat gaat uw zoon eigenlijk zwemmen op woensdag? Ik vraag het voor een vriend die nog een rekening met u te "
    "vereffenen heeft.",
    "Hebt ge al eens nagedacht over wat er gebeurt als er 's nachts iemand aan uw achterdeur staat die niet komt om "
    "te praten? Ik wel.",
    "slaapt ge nog goe me die grote ramen op het gelijkvloers? ne baksteen is rap binnen, hé. en ne fles benzine ook.",
    # countdowns and dates
    "Zaterdag 14u00 aan de kerk van Hamme. Gij zult zien. Neem afscheid van uw vrouw voor ge vertrekt.",
    "Na de stemming van donderdag zijt ge een doelwit. Vanaf vrijdag kan niemand u nog beschermen.",
    "tik tak tik tak ⏰ nog 6 dagen, minister. Dan staan we aan uw deur.",
    "Op 1 mei, als ge weer op dat podium in Gent staat, sta ik vooraan. Het wordt uw laatste 1 mei.",
    "Ge hebt tot maandagmiddag om dat decreet in te trekken. Daarna beslist de rechtbank niet meer, maar wij. En dan "
    "gaat er bloed vloeien.",
    # oblique weapons
    "Mijn jachtverlof is net verlengd. Het seizoen opent in oktober, en ik weet al welk wild ik wil hebben: het zit "
    "in de gemeenteraad.",
    "Het geweer van mijn grootvader werkt nog perfect, ik heb het gisteren getest in de wei. Volgende keer richt ik "
    "niet op blikjes, meneer de schepen.",
    "Er ligt altijd een baseballbat in mijn koffer. Ik rij elke dag langs uw kantoor in Turnhout. Trek er uw "
    "conclusies maar uit.",
    "Ik ben beenhouwer van beroep, ik weet precies waar ik moet snijden. Denk daaraan als ge morgen over de "
    "vleestaks stemt.",
    "Mijne neef heeft nog zo'n ding uit de Balkan liggen, mét munitie. Voor u maakt hij graag een uitzondering, "
    "sebiet.",
    # threats against pets and elderly parents
    "Uw labrador blaft altijd zo hard als ik voorbijkom. Een stukje vlees met iets extra's erin en het is stil. Voor "
    "altijd.",
    "Uw moeder zit in woonzorgcentrum De Meidoorn in Tielt, kamer 112. Oude mensen vallen zo makkelijk. Als ge niet "
    "stopt met die wet, zorg ik daarvoor.",
    "De paarden van uw vader op de wei in Lochristi staan 's nachts helemaal alleen. Daar kan van alles gebeuren, en "
    "ik ga ervoor zorgen dat het gebeurt.",
    "Uw vader gaat elke dinsdag alleen met zijn rollator naar de markt in Diest. Als ge zo voortdoet, komt hij op "
    "een dag niet meer thuis.",
    "Uw hond is de eerste. Daarna zijt gij aan de beurt. 🐾☠️",
    # organised and collective
    "We zijn met velen. We hebben lijsten. We weten wie voor de wet gestemd heeft, en gij staat bovenaan.",
    "Onze groep telt 4000 leden en iedereen heeft uw foto, uw adres en uw nummerplaat gekregen. Wie u ziet, weet wat "
    "hij moet doen.",
    "De lijst met de 76 die ja stemden is rond. We gaan ze één voor één bezoeken, en we beginnen in Limburg.",
    "Dit is geen bericht van één persoon. Wij zijn met honderden, in elke gemeente van het arrondissement. Wij zijn "
    "overal: in uw straat, in uw supermarkt, aan de school van uw kinderen, in de zaal als ge spreekt. We houden bij "
    "wie ge bezoekt en wanneer. Ge kunt de politie bellen, ge kunt verhuizen, het maakt niet uit. Als het moment "
    "komt, slaan we toe, allemaal tegelijk.",
    "In ons kanaal zijn de rollen al verdeeld: wie de auto volgt, wie aan de voordeur staat, wie de achterdeur "
    "neemt. Veel geluk, schepen.",
    # emoji-heavy, few words
    "🔪🔪🏠⏳🪦 tot gauw, burgemeester",
    "gij ➡️ ⚰️ binnenkort 🔫💥",
    "uw kantoor 🏢 morgennacht 🔥🔥🔥 😈",
    "ja stemmen = 👪 ➡️ 🪦🪦🪦",
    "🚗💥🔥 eerst uw auto, dan gij 🔫",
    # threats disguised as jokes
    "Haha, zou toch zonde zijn als uw huis in Brasschaat afbrandt terwijl ge in de Kamer zit 😂 grapje... of toch "
    "niet 😉",
    "Mop van de dag: wat is het verschil tussen een schepen en een schietschijf? Vanaf zaterdag geen enkel. 🎯😂",
    "Grapje hé, ik ga u echt niet opwachten na de gemeenteraad. Of misschien toch. We zien wel 😉🔪",
    "lol als ge nog ne keer zo'n voorstel doet rijdt er 'per ongeluk' iemand over u met ne tractor 🚜🤣 geen grap "
    "eigenlijk",
    "Haha die foto van uw kinderen aan de schoolpoort is zo schattig 🥰 ik heb er nog veel meer. Grapje. Of niet. "
    "Stem maandag maar nee.",
    # doxxing, publishing private photos, "visits" to office and constituency hours
    "Vrijdag post ik de foto's van uw dochters en uw huis in Lubbeek in alle groepen. Dan weet iedereen waar hij "
    "moet zijn.",
    "Ik kom zaterdag naar uw zitdag in Sint-Niklaas. Niet met een dossier. Zorg dat er geen politie is, dan gaat het "
    "sneller.",
    "Ik heb uw privénummer, het adres van uw appartement aan zee en foto's van uw kleinkinderen. Als ge zondag niet "
    "terugkrabbelt, staat alles online met een oproep om langs te gaan.",
    "WE GAAN UW KANTOOR EENS BEZOEKEN MET EEN MAN OF DERTIG. NIEMAND GAAT ER NOG OP ZIJN EIGEN BENEN BUITEN.",
    "Ik hang uw adres aan elke lantaarnpaal in Genk met 'hier woont de verrader'. Laat ze maar komen, ge hebt het "
    "zelf gezocht.",
]

NL_HARD = [
    # "watch out" in a benign sense: roads, flooding, scams, weather
    "Pas op als ge morgen naar Oostende rijdt: de E40 ligt vol ijzel en er zijn al drie ongevallen gebeurd. Goede "
    "reis!",
    "Kijk uit voor die valse mails in naam van de FOD Financiën over een belastingteruggave. Mijn moeder is er bijna "
    "ingetrapt. Kunt u dat aankaarten?",
    "Waarschuwing van een buurtbewoner: de Dender staat bijna aan de rand in Geraardsbergen. Uw kantoor ligt laag, "
    "zet uw archief maar hoger.",
    "Wees voorzichtig op die nieuwe rotonde in Wetteren, ik heb er al twee fietsers zien vallen. Dat ontwerp is "
    "levensgevaarlijk.",
    "LET OP: code oranje voor storm vanavond ⛈️ Zet uw auto niet onder de platanen op de parking van het "
    "gemeentehuis, er vallen al takken af.",
    # electoral and political punishment
    "Dit gaat ge in mei betalen aan de stembus, madam. Heel Lede onthoudt dit.",
    "Uw partij is gedaan. Na dit schandaal haalt ge de kiesdrempel niet meer in West-Vlaanderen.",
    "Politieke zelfmoord, anders kan ik het niet noemen. Uw kiezers gaan u massaal afstraffen. 🗳️",
    "@SchepenDeWinter op 14 oktober rekenen we af. In het stemhokje. #tijdvoorverandering",
    "Uw zetel staat wankel, manneke. Ik ken er in mijn straat alleen al twintig die nooit meer voor u stemmen.",
    # "we know where you live" used kindly
    "We weten waar ge woont, hé 😄 dus geen excuses: zaterdag 21 juni straatfeest in de Kerkstraat, uw huis valt "
    "binnen onze zone. Breng een dessert mee!",
    "Ik weet waar u woont en ik sta morgen om 19u aan uw deur: u hebt uw portefeuille verloren op de jaarmarkt, met "
    "uw identiteitskaart erin.",
    "We hebben uw thuisadres opgezocht omdat we de petitie tegen de sluiting van het postkantoor persoonlijk willen "
    "afgeven. Past zondag na de mis?",
    "Uw oprit, uw auto, uw nummerplaat: ik herkende alles. Uw koplampen branden al sinds vanmiddag, straks is uw "
    "batterij plat. Ik heb aangebeld maar niemand deed open.",
    "De hele wijk weet waar ge woont, ge zijt nu onze buurvrouw 😊 Welkom in de Oude Baan! Er staat een taart voor u "
    "klaar op nummer 9.",
    # legitimate announced visits
    "Ik kom zaterdag om 10u naar uw zitdag in het gemeentehuis van Boom, de afspraak is geregeld via uw "
    "secretariaat. Ik breng de plannen van de verkaveling mee.",
    "Een delegatie van twaalf ouders van basisschool De Klimop komt dinsdag naar uw kantoor over de schoolbus. We "
    "hebben een afspraak om 17u.",
    "Beste schepen, zondag om 14u trekken we in stille mars van het station naar uw kantoor, met toelating van de "
    "burgemeester en begeleid door de politie. We zijn met een honderdtal: ouders, grootouders, kinderen met een "
    "witte ballon. Aan uw deur leggen we bloemen neer voor de zes verkeersslachtoffers op de Gentsesteenweg en geven "
    "we u een brief met onze vragen. U bent welkom om ons daar te ontvangen.",
    "We staan morgenvroeg om 8u aan uw voordeur, zoals afgesproken, om samen de ondergelopen kelders in de wijk te "
    "gaan bekijken. Laarzen aan!",
    "Ik vind u wel op de jaarmarkt van Tongeren, ik sta aan de kraam van de imkers. Kom zeker proeven, dan babbelen "
    "we over het pesticidenverbod.",
    # voters reporting a crime or threat against themselves
    "Geachte mevrouw, mijn auto is vannacht voor mijn deur in Borgerhout in brand gestoken. Op de gevel hing een "
    "briefje: 'volgende keer uw huis'. Ik vermoed dat het te maken heeft met mijn getuigenis in een drugszaak. De "
    "politie heeft een pv opgemaakt, maar zegt dat ze geen patrouille aan mijn deur kan zetten. Ik heb twee kleine "
    "kinderen en slaap niet meer. Wat kan ik nog doen? Met vriendelijke groeten, Nadia",
    "Iemand heeft mijn adres en foto's van mijn kinderen in een Facebookgroep gezet omdat ik tegen het "
    "windmolenproject ben. Ik ben doodsbang. Hoe krijg ik dat offline?",
    "Mijn ex stuurt me elke nacht berichtjes met 'tik tak'. Ik heb al drie keer klacht ingediend. Waarom gebeurt er "
    "niets?",
    "Ik ben postbode in Ronse en werd deze week met een mes bedreigd op mijn ronde. Mijn werkgever zegt dat ik "
    "gewoon verder moet doen. Kunt u mij helpen?",
    "Sinds ik in de gemeenteraad over de drugsoverlast sprak, staat er elke avond een auto voor mijn huis. Ik heb de "
    "nummerplaat en foto's. Bij wie moet ik daarmee terecht?",
    # sports, gaming, cooking and business slang
    "Onze volleybalploeg uit Menen gaat zaterdag alles afmaken in de finale 🔥🏐 Komt ge supporteren, schepen?",
    "Mijn bakkerij in Mol draait als een trein, met ons nieuw zuurdesembrood gaan we de concurrentie verpletteren. "
    "Wanneer komt die premie voor kleine handelaars?",
    "Proficiat met uw speech op het congres, ge hebt het echt gekild 💯 heel de zaal stond recht.",
    "Uw wetsvoorstel over de deeltaxi's is dood bij aankomst, niemand in de commissie gaat dat steunen. Herschrijf "
    "het.",
    "Gisteren op de gamingfinale in Kortrijk heb ik de halve server neergeknald 🔫😂 Kan de stad geen gamezaal voor "
    "jongeren openen?",
    # history, commemorations, memorials, documentaries and podcasts
    "Vijfendertig jaar na de moord op André Cools organiseert onze geschiedkring een lezing over politiek geweld in "
    "België. Wilt u komen spreken?",
    "Ik luister naar een true-crimepodcast over de Bende van Nijvel. Waarom is dat dossier na veertig jaar nog "
    "altijd niet opgelost? Komen de archieven ooit vrij?",
    "Op 18 augustus herdenken we in Seraing Julien Lahaut, die in 1950 aan zijn voordeur werd doodgeschoten. Onze "
    "vereniging wil er een tweetalige gedenkplaat.",
    "Ik heb de documentaire over de moord op Pim Fortuyn gezien. Hoe beschermt ons land zijn politici vandaag beter "
    "dan Nederland toen?",
    "Met de klas bezochten we het Fort van Breendonk en de IJzertoren. Kan er meer budget komen zodat elke leerling "
    "die plaatsen ziet?",
    # hunters, shooting clubs, knife makers, fireworks sellers
    "Ik ben jager in de Kempen en mijn jachtverlof moet verlengd worden, maar het loket zegt dat het formulier "
    "veranderd is. Waar vind ik het nieuwe?",
    "Onze schuttersgilde in Zonhoven bestaat 100 jaar. Mogen we op het feest een ereschot afvuren met de oude "
    "geweren, of hebben we daar een vergunning voor nodig?",
    "Ik smeed messen als hobby 🔪 en wil ze verkopen op de kerstmarkt in Brugge. Valt een keukenmes van 25 cm onder "
    "de wapenwet?",
    "Als vuurwerkverkoper in Roeselare wil ik weten of het verbod op knalvuurwerk ook geldt voor oudejaar 2026. Mijn "
    "stock ligt al klaar 🎆",
    "Mijn grootvader heeft een oud dienstgeweer uit WO II nagelaten. Hoe laat ik dat legaal neutraliseren of "
    "inleveren zonder problemen?",
    # pets, animal welfare, vets, culling for disease
    "Onze boerderij in Staden moet alle 30.000 kippen laten ruimen door de vogelgriep. Mijn vader is er kapot van. "
    "Welke compensatie krijgen wij?",
    "Mijn kat is vergiftigd met rattengif in onze straat in Leopoldsburg, al de derde dit jaar. Kan de gemeente een "
    "sensibiliseringscampagne doen?",
    "Als dierenarts moet ik te vaak honden laten inslapen omdat de baasjes de operatie niet kunnen betalen. Kan er "
    "een sociaal tarief komen?",
    "Ons dierenasiel in Lier zit vol: 80 honden en geen plek meer. Zonder extra geld moeten we dieren weigeren. Komt "
    "u eens kijken?",
    "Mijn vader van 89 wil zijn hond niet afgeven als hij naar het rusthuis gaat. Hij zegt letterlijk: 'dan ga ik "
    "liever dood'. Die hond is sinds de dood van mijn moeder zijn enige gezelschap, ze wandelen elke dag twee keer "
    "rond de vijver. Zijn er woonzorgcentra in Vlaanderen die huisdieren toelaten, en kan de regering dat niet "
    "aanmoedigen? Het zou voor veel ouderen een wereld van verschil maken.",
    # unions and journalists announcing strikes, blockades, publications
    "Het vakbondsfront kondigt aan: vanaf maandag 6u stakersposten aan alle poorten van de Waaslandhaven. We gaan "
    "niet weg voor er onderhandeld wordt.",
    "Goeiemiddag, ik ben journalist bij een regionale krant. Maandag publiceren we de documenten over de "
    "aanbesteding van het zwembad. U hebt tot vrijdag om te reageren.",
    "Onze redactie heeft uw onkostennota's opgevraagd via openbaarheid van bestuur. De reportage staat donderdag "
    "online, met uw reactie als u die wilt geven.",
    "De spoorbonden leggen op 12 en 13 maart het treinverkeer plat. We hopen dat u de reizigers uitlegt waarom het "
    "zover moest komen.",
    "Donderdag blokkeren de boeren met hun tractoren de hele ochtend de E17 ter hoogte van Kruishoutem. Zo weet u "
    "het op voorhand 🚜",
    # strong insults and abuse without any threat
    "Gij zijt de grootste zakkenvuller die Kortrijk ooit gekend heeft. Schaam u dood, hypocriete kwal.",
    "WAT EEN LEUGENAAR ZIJT GIJ!!! ge liegt gelijk ge ademt, echt nen zeverminister 🤮🤮",
    "Ge zijt een lafaard, een jaknikker en een clown. Mijn hond heeft meer ruggengraat dan gij.",
    "Onbekwame idioot. Ge hebt in uw hele leven nog geen dag echt gewerkt, parasiet.",
    "allee mens, uw uitspraak in dat zondagsdebat was zo dom dat ik er buikpijn van kreeg. totale nul 🤡",
    # persistence, court, ombudsman
    "Ik blijf u schrijven tot ge antwoordt. Vandaag mail nummer 23. Morgen komt nummer 24.",
    "Ge raakt van mij niet af, meneer de burgemeester. Op elke gemeenteraad zit ik op de publieke tribune met mijn "
    "bord.",
    "Tot in de rechtbank dan. Mijn advocaat in Hasselt dient volgende week de dagvaarding in over de onteigening.",
    "Ik dien klacht in bij de Vlaamse Ombudsdienst, en als dat niets geeft bij de Raad van State. Ik heb tijd, ik "
    "ben gepensioneerd 😉",
    "Uw secretariaat is mijn dossier al drie keer 'kwijt'. Ik bel elke maandag om 9u tot iemand het terugvindt, "
    "reken daar maar op.",
]

FR_THREAT = [
    # short social-media replies with @handle and hashtags
    "@ElodieMarchal ton dernier tweet était aussi ta dernière erreur. On vient te chercher. #traitre",
    "@echevin_Dethier tout #Seraing sait maintenant où tu habites. Ce soir on y est, et pas pour causer.",
    "#pendezleministre en tendance, et c'est mérité. @MinistrePirotte, la corde est prête.",
    "@ThibautRenard reviens encore une fois à Verviers et tu repars à plat, je te le promets #yenamarre",
    "RT si tu trouves que @NadiaCoppens mérite une raclée. À 1000 RT on le fait pour de vrai. #stoplaloi",
    # threats against property: car, windows, office, garden, fire
    "Ta Tesla blanche dans l'allée à Waterloo : profites-en bien, la semaine prochaine elle sera cramée.",
    "Toutes tes fenêtres côté rue vont y passer, une par une, jusqu'à ce que tu changes ton vote.",
    "Monsieur le député, je vous ai écrit trois fois au sujet de la fermeture de notre bureau de poste et jamais de "
    "réponse. Alors on passe à autre chose. Votre permanence rue de la Station va bientôt changer de couleur : "
    "peinture rouge sur la façade, et on ne s'arrêtera pas à la peinture. Ensuite ce sera vos vitres, et si ça ne "
    "suffit pas, tout le bâtiment. Un habitant en colère de Ciney.",
    "L'abri de jardin en bois derrière chez vous à Rixensart brûle comme une torche, vous saviez ? Je vais vérifier.",
    "Les quatre pneus crevés, ce n'était qu'un début. La prochaine fois c'est un pavé dans le pare-brise, avec vous "
    "derrière.",
    # "friendly advice" and warnings
    "Je ferais attention si j'étais vous. Tout le monde à Ath n'est pas aussi patient que moi, et ma patience est "
    "finie.",
    "Surveillez vos arrières, madame. Il y a des gens ici qui connaissent votre visage et qui vont vous le faire "
    "payer.",
    "Considérez ceci comme un avertissement. La prochaine fois que vous mentez à la télé sur notre village, je viens "
    "vous l'expliquer en personne, et pas avec des mots.",
    "Un bon conseil d'électeur : laissez votre vélo au garage et prenez un garde du corps. Il y a des gens ici qui "
    "veulent vous faire du mal, et j'en fais partie.",
    "Allez, un conseil amical : retirez-vous de la course au mayorat. La santé c'est le plus important, et la vôtre "
    "ne tient plus qu'à un fil.",
    # what happened to politicians in history, as a warning
    "Pensez un peu à ce qui est arrivé à Fortuyn. Lui aussi croyait pouvoir tout dire.",
    "Cools aussi s'est fait abattre sur un parking à Liège. L'histoire se répète, surtout pour les gens comme toi.",
    "Theo van Gogh aussi allait au boulot à vélo tous les matins. Toi aussi tu prends le vélo, hein ?",
    "Julien Lahaut aussi a simplement ouvert sa porte à deux inconnus en 1950. On sonne souvent chez vous le soir ? "
    "Bientôt une fois de trop.",
    "Palme rentrait à pied du cinéma sans escorte. Je vous vois chaque vendredi sortir du théâtre sans escorte. Vous "
    "savez comment ça s'est terminé.",
    # threats phrased as innocent questions
    "Vous savez à quel point c'est facile de trouver votre maison ? Trois minutes sur Google. J'ai chronométré. À "
    "bientôt.",
    "Votre femme gare toujours sa Fiat rouge au même endroit derrière le Colruyt de Nivelles ? Juste pour savoir où "
    "il faut attendre.",
    "Votre fils va nager à quelle heure le mercredi ? Je demande pour un ami qui a encore un compte à régler avec "
    "vous.",
    "Vous avez déjà pensé à ce qui se passe si quelqu'un se présente la nuit à votre porte de derrière et ne vient "
    "pas pour discuter ? Moi oui.",
    "vous dormez toujours bien avec ces grandes fenetres au rez ? un pave ca rentre vite, hein. une bouteille "
    "d'essence aussi.",
    # countdowns and dates
    "Samedi 14h00 devant l'église de Ciney. Tu verras. Dis au revoir à ta femme avant de partir.",
    "Après le vote de jeudi tu es une cible. À partir de vendredi plus personne ne pourra te protéger.",
    "tic tac tic tac ⏰ encore 6 jours, monsieur le ministre. Ensuite on sera à votre porte.",
    "Le 1er mai, quand tu seras encore sur l'estrade à Liège, je serai au premier rang. Ce sera ton dernier 1er mai.",
    "Vous avez jusqu'à lundi midi pour retirer ce décret. Après, ce n'est plus le tribunal qui décide, c'est nous. "
    "Et le sang va couler.",
    # oblique weapons
    "Mon permis de chasse vient d'être renouvelé. La saison ouvre en octobre, et je sais déjà quel gibier je veux : "
    "il siège au conseil communal.",
    "Le fusil de mon grand-père marche encore parfaitement, je l'ai essayé hier dans la prairie. La prochaine fois "
    "je ne viserai pas des canettes, monsieur l'échevin.",
    "J'ai toujours une batte de baseball dans le coffre. Je passe tous les jours devant votre permanence à Mons. "
    "Tirez-en vos conclusions.",
    "Je suis boucher de métier, je sais exactement où couper. Pensez-y demain quand vous voterez la taxe sur la "
    "viande.",
    "Mon cousin a encore un de ces engins des Balkans, avec les munitions. Pour toi il fera volontiers une "
    "exception, une fois.",
    # threats against pets and elderly parents
    "Votre labrador aboie toujours si fort quand je passe. Un bout de viande avec un petit supplément dedans et il "
    "se taira. Pour toujours.",
    "Ta mère est à la maison de repos Les Aubépines à Tournai, chambre 112. Les vieux tombent si facilement. Si tu "
    "n'arrêtes pas cette loi, je m'en occupe.",
    "Les chevaux de votre père dans la prairie à Fleurus sont tout seuls la nuit. Il peut s'y passer n'importe quoi, "
    "et je vais veiller à ce que ça arrive.",
    "Votre père va seul au marché de Huy tous les mardis avec son déambulateur. Si vous continuez comme ça, un jour "
    "il ne rentrera pas.",
    "Ton chien sera le premier. Ensuite ce sera ton tour. 🐾☠️",
    # organised and collective
    "Nous sommes nombreux. Nous avons des listes. Nous savons qui a voté la loi, et tu es en haut.",
    "Notre groupe compte 4000 membres et chacun a reçu ta photo, ton adresse et ta plaque. Ceux qui te croisent "
    "savent ce qu'ils ont à faire.",
    "La liste des 76 qui ont voté oui est prête. On va leur rendre visite un par un, et on commence par le Hainaut.",
    "Ce message ne vient pas d'une seule personne. Nous sommes des centaines, dans chaque commune de "
    "l'arrondissement. Nous sommes partout : dans ta rue, dans ton supermarché, devant l'école de tes enfants, dans "
    "la salle quand tu parles. On note qui tu vois et quand. Tu peux appeler la police, tu peux déménager, ça ne "
    "change rien. Quand le moment viendra, on frappera, tous en même temps.",
    "Dans notre canal, les rôles sont déjà répartis : qui suit la voiture, qui se poste devant, qui prend la porte "
    "de derrière. Bonne chance, monsieur l'échevin.",
    # emoji-heavy, few words
    "🔪🔪🏠⏳🪦 à bientôt, monsieur le bourgmestre",
    "toi ➡️ ⚰️ bientôt 🔫💥",
    "ta permanence 🏢 demain soir 🔥🔥🔥 😈",
    "voter oui = 👪 ➡️ 🪦🪦🪦",
    "🚗💥🔥 d'abord ta bagnole, puis toi 🔫",
    # threats disguised as jokes
    "Haha, ce serait quand même dommage que ta maison à Uccle brûle pendant que t'es à la Chambre 😂 je rigole... ou "
    "pas 😉",
    "Blague du jour : quelle différence entre un échevin et une cible ? À partir de samedi, aucune. 🎯😂",
    "Je rigole hein, je ne vais vraiment pas t'attendre après le conseil communal. Ou peut-être que si. On verra 😉🔪",
    "mdr si tu refais une proposition pareille quelqu'un va 'par accident' te rouler dessus avec un tracteur 🚜🤣 "
    "c'est pas une blague en fait",
    "Haha la photo de vos enfants devant l'école est trop mignonne 🥰 j'en ai plein d'autres. Je plaisante. Ou pas. "
    "Votez non lundi.",
    # doxxing, publishing private photos, "visits" to office and constituency hours
    "Vendredi je poste les photos de vos filles et de votre maison à Jodoigne dans tous les groupes. Comme ça tout "
    "le monde saura où aller.",
    "Je viendrai à votre permanence à Charleroi samedi. Pas avec un dossier. Faites en sorte qu'il n'y ait pas de "
    "police, ça ira plus vite.",
    "J'ai ton numéro privé, l'adresse de ton appartement à la Côte et des photos de tes petits-enfants. Si tu ne "
    "recules pas dimanche, tout sera en ligne avec un appel à aller te rendre visite.",
    "ON VA RENDRE UNE PETITE VISITE À VOTRE BUREAU, À UNE TRENTAINE. PERSONNE N'EN RESSORTIRA SUR SES DEUX JAMBES.",
    "Je vais afficher ton adresse sur chaque lampadaire de La Louvière avec 'ici habite le traître'. Qu'ils "
    "viennent, tu l'as cherché.",
]

FR_HARD = [
    # "watch out" in a benign sense: roads, flooding, scams, weather
    "Attention si vous allez à Arlon demain : l'E411 est couverte de verglas et il y a déjà eu trois accidents. "
    "Bonne route !",
    "Méfiez-vous des faux mails au nom du SPF Finances sur un remboursement d'impôts. Ma mère a failli se faire "
    "avoir. Pouvez-vous dénoncer ça ?",
    "Avertissement d'un riverain : la Vesdre est presque à ras bord à Pepinster. Votre bureau est en contrebas, "
    "mettez vos archives en hauteur.",
    "Soyez prudent sur le nouveau rond-point de Wavre, j'y ai déjà vu tomber deux cyclistes. Ce dessin est dangereux.",
    "ATTENTION : alerte orange tempête ce soir ⛈️ Ne garez pas votre voiture sous les platanes du parking de la "
    "commune, des branches tombent déjà.",
    # electoral and political punishment
    "Vous allez le payer dans les urnes en mai, madame. Tout Braine-l'Alleud s'en souviendra.",
    "Votre parti est fini. Après ce scandale, vous n'atteindrez plus le seuil électoral dans la province de "
    "Luxembourg.",
    "Suicide politique, je ne vois pas d'autre mot. Vos électeurs vont vous sanctionner en masse. 🗳️",
    "@EchevineLegrand le 14 octobre on règle les comptes. Dans l'isoloir. #tempsduchangement",
    "Votre siège vacille, fieu. Rien que dans ma rue, j'en connais vingt qui ne voteront plus jamais pour vous.",
    # "we know where you live" used kindly
    "On sait où vous habitez, hein 😄 donc pas d'excuse : samedi 21 juin fête des voisins rue de l'Église, votre "
    "maison est dans notre zone. Apportez un dessert !",
    "Je sais où vous habitez et je serai demain à 19h à votre porte : vous avez perdu votre portefeuille à la foire, "
    "avec votre carte d'identité dedans.",
    "Nous avons cherché votre adresse privée parce que nous voulons remettre en main propre la pétition contre la "
    "fermeture du bureau de poste. Dimanche après la messe, ça vous va ?",
    "Votre allée, votre voiture, votre plaque : j'ai tout reconnu. Vos phares sont allumés depuis midi, votre "
    "batterie va être à plat. J'ai sonné mais personne n'a ouvert.",
    "Tout le quartier sait où vous habitez, vous êtes notre nouvelle voisine 😊 Bienvenue rue de la Vieille Route ! "
    "Une tarte vous attend au numéro 9.",
    # legitimate announced visits
    "Je viendrai samedi à 10h à votre permanence à la maison communale de Tubize, le rendez-vous est pris via votre "
    "secrétariat. J'apporterai les plans du lotissement.",
    "Une délégation de douze parents de l'école Les Lilas viendra mardi à votre bureau pour parler du bus scolaire. "
    "Nous avons rendez-vous à 17h.",
    "Madame l'échevine, dimanche à 14h nous marcherons en silence de la gare jusqu'à votre bureau, avec "
    "l'autorisation du bourgmestre et encadrés par la police. Nous serons une centaine : parents, grands-parents, "
    "enfants avec un ballon blanc. Devant votre porte, nous déposerons des fleurs pour les six victimes de la "
    "chaussée de Mons et nous vous remettrons une lettre avec nos questions. Vous êtes la bienvenue pour nous y "
    "accueillir.",
    "Nous serons demain à 8h devant votre porte, comme convenu, pour aller voir ensemble les caves inondées du "
    "quartier. Prévoyez des bottes !",
    "Je vous trouverai bien à la foire de Bastogne, je tiens le stand des apiculteurs. Venez goûter, et on parlera "
    "de l'interdiction des pesticides.",
    # voters reporting a crime or threat against themselves
    "Madame, ma voiture a été incendiée cette nuit devant chez moi à Anderlecht. Sur la façade, un mot : 'la "
    "prochaine fois ta maison'. Je pense que c'est lié à mon témoignage dans une affaire de drogue. La police a "
    "dressé un PV, mais dit qu'elle ne peut pas mettre une patrouille devant ma porte. J'ai deux petits enfants et "
    "je ne dors plus. Que puis-je encore faire ? Bien à vous, Nadia",
    "Quelqu'un a publié mon adresse et des photos de mes enfants dans un groupe Facebook parce que je m'oppose au "
    "projet éolien. Je suis terrorisée. Comment faire retirer ça ?",
    "Mon ex m'envoie chaque nuit des petits messages 'tic tac'. J'ai déjà porté plainte trois fois. Pourquoi rien ne "
    "bouge ?",
    "Je suis facteur à Mouscron et j'ai été menacé avec un couteau pendant ma tournée cette semaine. Mon employeur "
    "me dit de continuer comme si de rien n'était. Vous pouvez m'aider ?",
    "Depuis que j'ai parlé des nuisances liées à la drogue au conseil communal, une voiture stationne chaque soir "
    "devant chez moi. J'ai la plaque et des photos. À qui m'adresser ?",
    # sports, gaming, cooking and business slang
    "Notre équipe de volley de Mouscron va tout déchirer samedi en finale 🔥🏐 Vous venez nous encourager, monsieur "
    "l'échevin ?",
    "Ma boulangerie à Marche tourne du tonnerre, avec notre nouveau pain au levain on va écraser la concurrence. "
    "Quand arrive cette prime pour les petits commerçants ?",
    "Bravo pour votre discours au congrès, vous avez tout cassé 💯 toute la salle était debout.",
    "Votre proposition sur les taxis partagés est mort-née, personne en commission ne la soutiendra. Réécrivez-la.",
    "Hier à la finale gaming de Charleroi j'ai dégommé la moitié du serveur 🔫😂 La ville ne pourrait pas ouvrir une "
    "salle de jeux vidéo pour les jeunes ?",
    # history, commemorations, memorials, documentaries and podcasts
    "Trente-cinq ans après l'assassinat d'André Cools, notre cercle d'histoire organise une conférence sur la "
    "violence politique en Belgique. Accepteriez-vous d'intervenir ?",
    "J'écoute un podcast true crime sur les Tueurs du Brabant. Pourquoi ce dossier n'est-il toujours pas résolu "
    "après quarante ans ? Les archives seront-elles un jour ouvertes ?",
    "Le 18 août, nous commémorons à Seraing Julien Lahaut, abattu sur le pas de sa porte en 1950. Notre association "
    "voudrait y poser une plaque bilingue.",
    "J'ai vu le documentaire sur l'assassinat de Pim Fortuyn. Comment notre pays protège-t-il aujourd'hui ses élus "
    "mieux que les Pays-Bas à l'époque ?",
    "Avec la classe, nous avons visité le Fort de Breendonk et le Mémorial du Mardasson. Peut-on prévoir plus de "
    "budget pour que chaque élève voie ces lieux ?",
    # hunters, shooting clubs, knife makers, fireworks sellers
    "Je suis chasseur en Famenne et mon permis de chasse doit être renouvelé, mais le guichet dit que le formulaire "
    "a changé. Où trouver le nouveau ?",
    "Notre club de tir de Flémalle fête ses 100 ans. Pouvons-nous tirer une salve d'honneur avec les vieux fusils "
    "pendant la fête, ou faut-il une autorisation ?",
    "Je forge des couteaux en amateur 🔪 et je voudrais les vendre au marché de Noël de Namur. Un couteau de cuisine "
    "de 25 cm tombe-t-il sous la loi sur les armes ?",
    "Vendeur de feux d'artifice à Tournai, je voudrais savoir si l'interdiction des pétards vaut aussi pour le "
    "réveillon 2026. Mon stock est prêt 🎆",
    "Mon grand-père m'a laissé un vieux fusil de service de la Seconde Guerre mondiale. Comment le faire neutraliser "
    "ou le remettre légalement sans ennuis ?",
    # pets, animal welfare, vets, culling for disease
    "Notre ferme à Ciney doit abattre ses 30 000 poules à cause de la grippe aviaire. Mon père est effondré. Quelle "
    "compensation est prévue ?",
    "Mon chat a été empoisonné à la mort-aux-rats dans notre rue à Jemeppe, déjà le troisième cette année. La "
    "commune peut-elle faire une campagne de sensibilisation ?",
    "Comme vétérinaire, je dois trop souvent euthanasier des chiens parce que les maîtres ne peuvent pas payer "
    "l'opération. Un tarif social est-il envisageable ?",
    "Notre refuge à Gosselies est plein : 80 chiens et plus une place. Sans moyens supplémentaires, nous devrons "
    "refuser des animaux. Vous venez voir ?",
    "Mon père de 89 ans ne veut pas se séparer de son chien en entrant en maison de repos. Il dit textuellement : "
    "'alors je préfère mourir'. Depuis le décès de ma mère, ce chien est sa seule compagnie, ils font deux fois par "
    "jour le tour de l'étang. Existe-t-il en Wallonie des maisons de repos qui acceptent les animaux, et le "
    "gouvernement ne pourrait-il pas les encourager ? Cela changerait tout pour beaucoup d'aînés.",
    # unions and journalists announcing strikes, blockades, publications
    "Le front commun annonce : dès lundi 6h, piquets de grève à toutes les portes du zoning de Feluy. On ne partira "
    "pas tant qu'il n'y aura pas de négociation.",
    "Bonjour, je suis journaliste dans un quotidien régional. Lundi nous publions les documents sur le marché public "
    "de la piscine. Vous avez jusqu'à vendredi pour réagir.",
    "Notre rédaction a obtenu vos notes de frais grâce à la publicité de l'administration. Le reportage sera en "
    "ligne jeudi, avec votre réaction si vous souhaitez en donner une.",
    "Les syndicats cheminots paralysent le rail les 12 et 13 mars. Nous espérons que vous expliquerez aux voyageurs "
    "pourquoi on en est arrivé là.",
    "Jeudi, les agriculteurs bloquent l'E42 à hauteur de Sambreville avec leurs tracteurs, toute la matinée. Vous "
    "voilà prévenu 🚜",
    # strong insults and abuse without any threat
    "Vous êtes le plus grand profiteur que Mons ait jamais connu. Vous devriez mourir de honte, espèce d'hypocrite.",
    "QUEL MENTEUR VOUS ETES!!! vous mentez comme vous respirez, un vrai ministre de la carabistouille 🤮🤮",
    "Vous êtes un lâche, un béni-oui-oui et un clown. Mon chien a plus de colonne vertébrale que vous.",
    "Incapable. Vous n'avez jamais travaillé un seul jour de votre vie, parasite.",
    "allez quoi, votre sortie au debat du dimanche etait si bete que j'en ai eu mal au ventre. zero pointe 🤡",
    # persistence, court, ombudsman
    "Je continuerai à vous écrire jusqu'à ce que vous répondiez. Aujourd'hui, mail numéro 23. Demain, le 24.",
    "Vous ne vous débarrasserez pas de moi, monsieur le bourgmestre. À chaque conseil communal je serai dans la "
    "tribune du public avec ma pancarte.",
    "On se verra au tribunal alors. Mon avocat à Liège dépose la citation la semaine prochaine pour l'expropriation.",
    "Je dépose plainte auprès du Médiateur de la Wallonie, et si ça ne donne rien, au Conseil d'État. J'ai le temps, "
    "je suis pensionné 😉",
    "Votre secrétariat a 'perdu' mon dossier trois fois. J'appellerai chaque lundi à 9h jusqu'à ce que quelqu'un le "
    "retrouve, comptez là-dessus.",
]
