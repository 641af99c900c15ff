"""Third batch of threat training messages, Dutch and French (hand-written for this project, 2026-12-07).

Beside ``threat_train_nl_fr.py`` and ``threat_train_more_nl_fr.py``, with wordings and
situations the first two batches had few of. ``*_THREAT``: threats inside long e-mails with
a greeting and a signature, inside otherwise political complaints, conditional threats ("if
the law passes..."), threats against staff, volunteers and event venues, via the
politician's children's school or partner's work, threats dressed as predictions or
"accidents", stalking-style observations, comments with a few emoji, threats of sexual
violence, Flemish, Brussels and Walloon speech, typos and missing accents. ``*_HARD``: hard
negatives that come close: strong metaphors, sport and games, quotes of threats the writer
received and condemns, reports of threats against others, requests for protection, legal
action, strikes and blockades, "we will keep coming back", history, film and book titles,
"your career is over", long angry but legitimate e-mails, friendly observations, conditional
announcements that threaten nobody.

The four languages are parallel by index (the Dutch, French, English and German messages
at one index say roughly the same, dialect and spelling adapted), so cross-validation keeps
blocks of four in one fold (see :func:`inbox.triage.training.threat.training_rows`).
Written from general knowledge without looking at any check set (``inbox/triage/evaluation/*``).
"""

NL_THREAT = [
    # long e-mails with greeting and signature
    "Geachte heer Peeters,\n\nIk schrijf u als inwoner van Mortsel en als vader van drie kinderen. Al twee jaar "
    "vraag ik om een zebrapad aan de schoolpoort en al twee jaar krijg ik standaardantwoorden. Ik heb ook gezien "
    "dat u elke vrijdag na de gemeenteraad alleen naar uw auto wandelt. Misschien moet u eens voelen hoe het is "
    "om niet veilig te zijn op straat.\n\nMet vriendelijke groeten,\nKoen",
    "Beste mevrouw,\n\nBedankt voor uw antwoord over de windmolens, maar het overtuigt niemand hier. Als de eerste "
    "mast er staat, zorgen wij er persoonlijk voor dat u nooit meer rustig slaapt in uw villa in Schilde. Wij "
    "hebben niets meer te verliezen, u wel.\n\nHoogachtend,\nEen buurtbewoner",
    "Dag meneer de schepen,\n\nkort: mijn bouwaanvraag ligt al elf maanden stil bij uw dienst. Ik heb geduld "
    "gehad en nu is het op. De volgende keer dat ik u op de markt zie, leer ik u zelf wat wachten is, en daar "
    "komt geen advocaat aan te pas.\n\nGroeten,\nM. De Wilde\nKapellen",
    "Mevrouw de minister,\n\nEerst bedankt voor uw bezoek in oktober. Maar sommige leden zijn zo kwaad over de "
    "subsidiestop dat ik niets meer kan garanderen. Eén van hen heeft uw privéadres al rondgestuurd in onze "
    "groep. In uw plaats zou ik de komende weken niet alleen thuis zijn.\n\nMet vriendelijke groet,\nP.",
    # inside an otherwise political complaint
    "Uw partij heeft de indexsprong goedgekeurd en nu kan ik mijn huur niet meer betalen. Jullie leven van ons "
    "geld en lachen ons uit. Op een dag staan we met twintig aan uw deur, en dan wordt er niet meer gepraat.",
    "De kilometerheffing is pure diefstal, ik rij elke dag 80 km voor mijn werk. Onthoud dit: als ik mijn job "
    "verlies door uw beleid, verliest u ook iets. Iets waar u meer aan hecht dan aan uw zetel.",
    "Sinds uw circulatieplan zit mijn zaak in het rood en heb ik drie mensen moeten ontslaan. U zit veilig in uw "
    "kabinet, maar dat blijft niet duren. Ik ben niet bang om de cel in te gaan voor wat ik met u van plan ben.",
    "Over het opvangcentrum luistert u niet naar de buurt. Goed, dan lossen we het zelf op. En als het centrum "
    "afbrandt, weet u wie schuld heeft. Uw eigen huis ligt trouwens ook niet zo ver.",
    # conditional
    "Als die wet volgende week gestemd wordt, zijt gij de eerste die het gaat voelen. Persoonlijk.",
    "Stemt u voor de sluiting van ons ziekenhuis, dan hoeft u niet meer naar Aalst te komen. Niet levend alleszins.",
    "Als de pensioenleeftijd omhoog gaat, haal ik mijn jachtgeweer uit de kast. Raad maar voor wie.",
    "Eén handtekening onder dat decreet en uw kinderen zien u niet meer terug.",
    # staff, volunteers
    "Die vrijwilligers die voor uw partij flyeren op de markt in Hasselt: zeg dat ze volgende week beter "
    "thuisblijven. We hebben hun gezichten gefotografeerd.",
    "Uw woordvoerster met die rode jas, ik weet waar ze haar auto zet. Lang gaat ze niet meer zo fier rondlopen.",
    "Aan de stagiaire die vanmorgen de telefoon opnam: nog één keer zo'n toon en ik wacht haar op na haar werk.",
    "Wie nog affiches van uw partij plakt in onze wijk, krijgt de lijmborstel in het gezicht en erger. Zeg dat "
    "maar aan uw plakploeg.",
    # event venues
    "Uw debatavond in de parochiezaal van Wilrijk donderdag zou ik maar afzeggen. Er kan zoveel mislopen in een "
    "volle zaal met maar één uitgang.",
    "Aan de uitbater van zaal De Kroon: als dat partijcongres bij u doorgaat, blijft er van uw zaak niet veel over.",
    "Nieuwjaarsreceptie van uw partij op 12 januari, ik heb de uitnodiging gezien. Wij komen ook, met een "
    "verrassing die iedereen zich lang zal herinneren 💥",
    "Die infomarkt over het opvangcentrum gaat niet door. Wie er toch naartoe komt, komt er niet heelhuids buiten.",
    # children's school, partner's work
    "Basisschool De Regenboog, klas van juf Els, ophalen om half vier. Klopt toch? Zeg aan uw vrouw dat ze "
    "maar beter op tijd is.",
    "Uw man werkt in het AZ Sint-Jan, nachtdienst op dinsdag. Lange gangen daar, en zo weinig volk 's nachts.",
    "We hebben alle ouders van de klas van uw zoontje laten weten wie zijn papa is. Op de speelplaats gaat hij "
    "het geweten hebben.",
    "Uw vriendin werkt in die bank op de Meir, hé. Ik ben er gisteren binnengeweest. Vriendelijke vrouw. Nog wel.",
    # predictions
    "Mensen zoals gij eindigen meestal in een gracht. Dat is geen bedreiging, dat is statistiek.",
    "Politici die het volk verraden, komen vroeg of laat iemand tegen die het beu is. Uw beurt komt ook.",
    "Ik voorspel u een korte toekomst. Heel kort.",
    "Zo'n types als u worden ooit teruggevonden in het kanaal. Ik zeg het maar.",
    # "accidents"
    "Remleidingen slijten soms sneller dan je denkt, zeker bij auto's die 's nachts op straat staan.",
    "Het zou een ongelukkig toeval zijn als u van de trap viel in het stadhuis. Trappen zijn gevaarlijk.",
    "Fietsers worden zo vaak aangereden op die steenweg. Rijdt u daar nog altijd elke ochtend langs?",
    "Gasleidingen in oude huizen, daar moet ge echt mee oppassen. Eén vonkje en er blijft niks over van uw rijhuis.",
    # stalking-style observations
    "Die blauwe jas stond u goed vanmorgen op perron 3 in Mechelen. Trein van 7u42, vierde wagon. Tot morgen.",
    "Ge hebt gisteren rond tien uur uw gordijnen dichtgedaan. Ik zag het van aan de overkant.",
    "Zaterdag in de Delhaize: bananen, een fles rode wijn en die groene sjaal. U keek niet om. Ik wel.",
    "Ik weet welke koffie u drinkt in dat zaakje aan het station en aan welk tafeltje u zit. Altijd met uw rug "
    "naar de deur. Slecht idee.",
    "Ik ben u gevolgd van het parlement tot aan uw voordeur. Vijfentwintig minuten. Ge hebt niets gemerkt.",
    "Ik heb mooie foto's van uw tuin. Ook van het raam van uw slaapkamer.",
    "Uw hondje laat ge elke avond om tien uur uit aan het park. Ge zijt dan altijd alleen, hé.",
    "Vorige week in Knokke, dat terras op de zeedijk. Ik zat twee tafels verder. De volgende keer kom ik dichter.",
    # comments with a few emoji
    "mooi speechke vandaag 👏👏 geniet er nog maar van 🪦🔪",
    "die minister moet ne 🔫 tegen zijne kop krijgen, wie doet het",
    "Zie u zaterdag op de braderie 😊 ik breng iets mee 🔪😉",
    "uw huisje 🏡 ziet er zo droog uit deze zomer 🔥🔥 zou spijtig zijn",
    # sexual violence
    "Iemand zou u eens moeten verkrachten, dan leert ge wel zwijgen in de Kamer.",
    "Ik weet wanneer uw dochter alleen naar huis fietst. Ze is al groot genoeg voor wat ik met haar van plan ben.",
    "Vrouwen zoals u moeten eens goed aangepakt worden en ik bied mij aan. Kijk maar uit als ge 's avonds alleen "
    "naar huis gaat.",
    "Ik ga u verkrachten en het filmpje op internet zetten, vuile feministe.",
    # Flemish dialect
    "Ge moet ulle nie verschieten as ge ne keer ne klop op ulle kop krijgt, gij zakkewasser.",
    "Awel manneke, zegde da nog ne keer op tv, dan kom ik naar Brussel en dan zulde gij iet beleven.",
    "Wacht mor tot da'k u tegenkomme in 't café, ge goa ni mi rechte stoan achteraf.",
    "Gie goat hier in 't durp nie lange mi rondloopn, da beloof ik joen.",
    # typos, no accents, spoken
    "ik zal je vinde en dan ist gedaan me jou gezever, ik zweer het op men moeder",
    "je weet nie wie ik ben mr ik weet wie jij bent en waar je kindere sporte, tot binekort",
    "jij gaat spijt hebbe van die stemming, wacht mr af wat er met je kantoor gebeurt",
    "ik heb al een mes gekocht speciaal voor jou, ge zijt gewaarschuwt",
    # other: pets, vigilantes, last warning
    "Uw kat loopt nogal vaak buiten, hé. Zou zonde zijn moest ze eens niet meer thuiskomen. Net als u.",
    "Als de rechters niks doen, spreken wij zelf recht. Uw naam staat bovenaan de lijst.",
    "Er komt een dag dat het volk met fakkels voor uw deur staat, en ik breng de benzine mee.",
    "Dit is uw laatste waarschuwing. De volgende brief komt niet met de post.",
]

NL_HARD = [
    # strong metaphors
    "Wij gaan dit voorstel begraven in de commissie, daar kunt u op rekenen.",
    "De oppositie gaat dit wetsontwerp de nek omwringen, en terecht.",
    "Met dit rapport schieten we uw hele redenering aan flarden.",
    "Die hervorming is dood voor ze geboren is, we trekken de stekker eruit.",
    # sport and games
    "Zondag gaan we die van Genk afmaken, 3-0 minstens! ⚽ Komt u kijken naar onze jeugdploeg?",
    "Op het schaaktornooi in het gemeentehuis heeft uw zoon mij genadeloos afgeslacht, proficiat!",
    "Onze dartsclub vraagt een kleine subsidie. Wij schieten elke week raak, nu de gemeente nog 🎯",
    "Uw fractie werd vorige week mooi ingemaakt bij het paintballen, revanche volgende maand?",
    # quotes of threats received, condemned
    "Iemand schreef op Facebook onder uw bericht dat u 'een kogel in uw kop' moest krijgen. Schandalig. Ik heb "
    "het gemeld, hopelijk doet u aangifte.",
    "Op de betoging riep iemand 'hang ze allemaal op'. Ik stond erbij en ik schaam mij. Zo voeren wij geen actie.",
    "Mijn dochter van 16 kreeg op Instagram berichten van een man die beweerde dat hij haar adres had. Hoe kan "
    "de politie zoiets opvolgen?",
    "Ik ben zelf gemeenteraadslid in een kleine gemeente en kreeg een brief met 'uw dagen zijn geteld'. Komt er "
    "betere bescherming voor lokale mandatarissen?",
    # reports of threats against others
    "Mijn buurman wordt al weken bedreigd door een man die zegt dat hij zijn huis gaat platbranden. De politie "
    "zegt dat ze niets kan doen. Kunt u helpen?",
    "Aan de speeltuin hangt een groep jongeren rond die kinderen bedreigt met een mes. Ouders durven niet meer. "
    "Wanneer komt er toezicht?",
    "Onze huisarts werd in de wachtzaal bedreigd door een patiënt. Zorgverleners verdienen betere bescherming.",
    "Ik ben buschauffeur en word bijna elke week bedreigd. Wat doet de regering voor ons personeel?",
    # protection and safety requests
    "Ik heb een contactverbod tegen mijn ex, maar hij staat toch elke avond aan mijn deur. Kunt u helpen om "
    "politiebescherming te krijgen?",
    "Als vrouwelijk gemeenteraadslid vraag ik mij af: bestaat er een procedure voor een alarmknop thuis na "
    "bedreigingen?",
    "Hoe vraag ik aan dat mijn adres afgeschermd wordt in het rijksregister? Ik word gestalkt.",
    "Komen er meer middelen voor de Zorgcentra na Seksueel Geweld? In onze provincie is de wachttijd te lang.",
    # legal action
    "Wij zien u in de rechtbank. Onze advocaat heeft de dagvaarding klaar.",
    "Als de gemeente die boom niet weghaalt en hij valt op mijn huis, stel ik u aansprakelijk. Dat is geen "
    "dreigement, dat is het Burgerlijk Wetboek.",
    "Ik dien klacht in bij de ombudsman en bij de deontologische commissie. U hoort nog van mij, langs de "
    "officiële weg.",
    "Wij starten een collectieve rechtszaak tegen de overheid over de PFAS-vervuiling en we gaan tot het einde.",
    # strikes and blockades
    "Maandag leggen wij de haven plat. Geen schip gaat erin of eruit tot er een akkoord is.",
    "Morgen rijden we met 500 tractoren naar Brussel en blokkeren we alle toegangswegen. Vreedzaam, maar we "
    "gaan niet weg.",
    "De leerkrachten staken de hele week. Scholen dicht, ouders in de problemen, en dat is uw verantwoordelijkheid.",
    "Zaterdag bezetten we uw partijkantoor met een sit-in tot u ons ontvangt. De koffie brengen we zelf mee.",
    # we keep coming back
    "Elke dinsdag staan we terug voor het stadhuis, zolang als nodig. U gaat ons nog veel zien.",
    "We blijven naar elke zitdag van u komen tot het speelplein terug open is.",
    "U raakt ons niet kwijt: elke maand een nieuwe petitie, elke week een brief.",
    "Vandaag waren we met 200 aan het provinciehuis. De volgende keer komen we terug met 2000, dat beloof ik u.",
    # history
    "Mijn grootvader zat in het verzet en werd in 1944 gefusilleerd. Hij vocht voor de democratie die u nu uitholt.",
    "In 1914 werd Leuven platgebrand, vergeet dat niet bij de herdenking. Is er budget voor het monument?",
    "De Slag om de Ardennen leert ons wat oorlog aanricht. Steun daarom de vredeseducatie in onze scholen.",
    "Zoals bij de Boerenkrijg zal het platteland in opstand komen als jullie zo doorgaan. In het stemhokje dan.",
    # films, books, games
    "Hebt u 'De zaak Alzheimer' gezien, over die huurmoordenaar in Antwerpen? Die zou het cultuurcentrum eens "
    "moeten vertonen.",
    "Onze leesclub bespreekt deze maand 'Het verdriet van België'. Zou u willen komen praten?",
    "Mijn zoon speelt Call of Duty en zegt dat hij iedereen neerknalt. Moet er geen strengere leeftijdsgrens "
    "komen op die spellen?",
    "De toneelgroep speelt 'Moord in de Oriënt-Express' in het cultuurcentrum, mag ik u een vrijkaart sturen?",
    # career over
    "Met deze stemming hebt ge uw eigen politieke graf gegraven. Uw carrière is voorbij.",
    "U bent politiek een lijk, zelfs uw eigen partij laat u vallen.",
    "Na dit schandaal bent u zo goed als afgeschreven. Ik zal er geen traan om laten.",
    "Bij de volgende verkiezingen vegen wij u van de lijst, u en heel uw bende.",
    # long angry but legitimate e-mails
    "Beste mevrouw Janssens,\n\nGisteren gebeurde er wéér een ongeluk op het kruispunt aan de school van mijn "
    "kinderen. Een meisje van tien werd aangereden. Ik ben woedend. Hoeveel kinderen moeten er nog gewond raken "
    "voor er een verkeerslicht komt? Ik verwacht een antwoord voor vrijdag, anders stap ik naar de pers.\n\n"
    "Met vriendelijke groeten,\nSofie Claes",
    "Geachte heer,\n\nIk ben uw buurman en merk dat uw vrouw 's avonds vaak alleen thuis is als u in het "
    "parlement zit. Ze mag altijd bij ons aankloppen als er iets is, de straat is slecht verlicht. Kunt u bij "
    "de gemeente eens vragen naar betere verlichting?\n\nVriendelijke groet,\nGuido",
    "Dag meneer de burgemeester,\n\nUw kabinet reageert al drie maanden niet op mijn klacht over het lawaai van "
    "de fuifzaal. Ik slaap niet meer en mijn werk lijdt eronder. Ik blijf elke week bellen tot er iemand komt "
    "meten. Ik pik het niet langer.\n\nHoogachtend,\nD. Verhoeven",
    "Mevrouw de schepen,\n\nOp de oudercontactavond hoorde ik dat uw dochter ook bij juf Ann in het derde "
    "leerjaar zit. Wat een toeval! Wilt u als ouder en als schepen eens mee kijken naar de verkeerssituatie aan "
    "de schoolpoort? U bent welkom op het oudercomité.\n\nVriendelijke groeten,\nLien",
    # friendly observations
    "Ik zag u vanmorgen op de trein van 7u42 naar Brussel maar durfde u niet aan te spreken. Mag ik u mailen "
    "over de vertragingen op die lijn?",
    "Mooie rode jas had u aan op de nieuwjaarsreceptie! Mijn vrouw wil weten waar u die gekocht hebt 😄",
    "Ik woon recht tegenover uw kantoor en zie elke avond tot laat licht branden. Neem ook eens rust!",
    "Ik zie u elke zaterdag met de hond in het park. Kunt u eens laten kijken naar de kapotte bankjes daar?",
    # dialect, typos, emoji, angry but no threat
    "allee gij, wa zijde gij nu aant doen me da mobiliteitsplan?? echt om zot van te worre 🤬🤬",
    "ik ben razend op jullie!!! de bus komt nooit op tijd en niemand doet er iets aan 😡",
    "ge moogt u schamen, ik stem nooit meer voor ulle 👎👎",
    "die minister mag van mij ne schop onder zijn gat krijgen van de kiezer 😂",
    # conditional announcements that threaten nobody
    "Als die wet erdoor komt, verhuizen wij naar Nederland. Dan bent u een belastingbetaler kwijt.",
    "Als u voor het windmolenpark stemt, voer ik in heel het dorp campagne tegen u.",
    "Als de pensioenleeftijd omhoog gaat, leg ik mijn lidkaart van de partij op tafel.",
    "Moest de school sluiten, dan trekken wij met alle ouders naar de Raad van State.",
]

FR_THREAT = [
    # long e-mails with greeting and signature
    "Monsieur Dubois,\n\nJe vous écris en tant qu'habitant de Wavre et père de trois enfants. Depuis deux ans je "
    "demande un passage pour piétons devant l'école et depuis deux ans je reçois des réponses types. J'ai aussi "
    "remarqué que le vendredi, après le conseil communal, vous rejoignez seul votre voiture. Vous devriez peut-être "
    "sentir ce que c'est de ne pas être en sécurité dans la rue.\n\nCordialement,\nLaurent",
    "Madame,\n\nMerci pour votre réponse sur les éoliennes, mais elle ne convainc personne ici. Le jour où le "
    "premier mât sera debout, nous veillerons personnellement à ce que vous ne dormiez plus jamais tranquille dans "
    "votre villa de Lasne. Nous n'avons plus rien à perdre, vous si.\n\nSalutations,\nUn riverain",
    "Bonjour Monsieur l'échevin,\n\nje serai bref : ma demande de permis dort depuis onze mois dans votre service. "
    "J'ai été patient, c'est fini. La prochaine fois que je vous croise au marché, je vous apprendrai moi-même ce "
    "que c'est d'attendre, et sans avocat.\n\nSalutations,\nM. Lambert\nGembloux",
    "Madame la Ministre,\n\nD'abord merci pour votre visite en octobre. Mais certains membres sont tellement "
    "furieux du gel des subsides que je ne garantis plus rien. L'un d'eux a déjà fait circuler votre adresse "
    "privée dans notre groupe. À votre place, je ne resterais pas seule chez moi les prochaines semaines.\n\n"
    "Bien à vous,\nP.",
    # inside an otherwise political complaint
    "Votre parti a voté le saut d'index et maintenant je ne peux plus payer mon loyer. Vous vivez de notre argent "
    "et vous vous moquez de nous. Un jour on sera vingt devant votre porte, et on ne discutera plus.",
    "La taxe kilométrique, c'est du vol, je fais 80 km par jour pour travailler. Retenez ceci : si je perds mon "
    "boulot à cause de vous, vous perdrez aussi quelque chose. Quelque chose qui compte plus que votre siège.",
    "Depuis votre plan de circulation mon commerce est dans le rouge et j'ai dû licencier trois personnes. Vous "
    "êtes bien à l'abri dans votre cabinet, mais ça ne durera pas. Je n'ai pas peur d'aller en prison pour ce "
    "que je vous réserve.",
    "Pour le centre d'accueil, vous n'écoutez pas le quartier. Très bien, on va régler ça nous-mêmes. Et si le "
    "centre brûle, vous saurez à qui la faute. Votre maison à vous n'est pas si loin non plus.",
    # conditional
    "Si cette loi passe la semaine prochaine, tu seras le premier à le sentir. Personnellement.",
    "Votez la fermeture de notre hôpital, et vous n'aurez plus besoin de venir à Dinant. Pas vivant en tout cas.",
    "Si l'âge de la pension augmente, je sors mon fusil de chasse. Devinez pour qui.",
    "Une signature sous ce décret et vos enfants ne vous reverront pas.",
    # staff, volunteers
    "Les bénévoles qui distribuent vos tracts au marché de Namur, dites-leur de rester chez eux la semaine "
    "prochaine. On a photographié leurs visages.",
    "Votre porte-parole au manteau rouge, je sais où elle gare sa voiture. Elle ne fera plus la fière longtemps.",
    "À la stagiaire qui a décroché ce matin : encore une fois ce ton-là et je l'attends à la sortie du boulot.",
    "Ceux qui collent encore vos affiches dans notre quartier prendront la brosse à colle dans la figure, et "
    "pire. Prévenez votre équipe.",
    # event venues
    "Votre soirée-débat à la salle paroissiale de Jette jeudi, je l'annulerais à votre place. Il peut se passer "
    "tant de choses dans une salle pleine avec une seule sortie.",
    "Au gérant de la salle Le Phénix : si ce congrès de parti a lieu chez vous, il ne restera pas grand-chose "
    "de votre établissement.",
    "Réception de Nouvel An de votre parti le 12 janvier, j'ai vu l'invitation. On viendra aussi, avec une "
    "surprise dont tout le monde se souviendra longtemps 💥",
    "La séance d'info sur le centre d'accueil n'aura pas lieu. Ceux qui viendront quand même n'en ressortiront "
    "pas indemnes.",
    # children's school, partner's work
    "École communale des Tilleuls, classe de Madame Isabelle, sortie à 15h30. C'est bien ça ? Dites à votre "
    "femme d'être à l'heure.",
    "Votre mari travaille au CHU, garde de nuit le mardi. Longs couloirs là-bas, et si peu de monde la nuit.",
    "On a prévenu tous les parents de la classe de votre petit sur qui est son papa. Dans la cour, il va le "
    "sentir passer.",
    "Votre compagne travaille dans cette banque de la rue Neuve, hein. J'y suis passé hier. Gentille dame. Pour "
    "l'instant.",
    # predictions
    "Les gens comme toi finissent souvent dans un fossé. Ce n'est pas une menace, ce sont des statistiques.",
    "Les politiciens qui trahissent le peuple finissent toujours par croiser quelqu'un qui en a marre. Votre tour "
    "viendra.",
    "Je vous prédis un avenir court. Très court.",
    "Les types comme vous, on les repêche un jour dans le canal. Je dis ça, je dis rien.",
    # "accidents"
    "Les durites de frein s'usent parfois plus vite qu'on ne croit, surtout sur les voitures qui dorment dans la rue.",
    "Ce serait un malheureux hasard si vous tombiez dans l'escalier de l'hôtel de ville. Les escaliers, c'est "
    "dangereux.",
    "Tant de cyclistes se font renverser sur cette chaussée. Vous y passez toujours tous les matins ?",
    "Les conduites de gaz dans les vieilles maisons, il faut vraiment s'en méfier. Une étincelle et il ne reste "
    "rien de votre maison mitoyenne.",
    # stalking-style observations
    "Ce manteau bleu vous allait bien ce matin, quai 3 à Ottignies. Le train de 7h42, quatrième voiture. À demain.",
    "Hier vers dix heures vous avez fermé vos rideaux. Je l'ai vu depuis le trottoir d'en face.",
    "Samedi au Delhaize : des bananes, une bouteille de rouge et cette écharpe verte. Vous ne vous êtes pas "
    "retourné. Moi si.",
    "Je sais quel café vous buvez dans ce petit bar près de la gare et à quelle table vous vous asseyez. "
    "Toujours dos à la porte. Mauvaise idée.",
    "Je vous ai suivi du parlement jusqu'à votre porte. Vingt-cinq minutes. Vous n'avez rien remarqué.",
    "J'ai de jolies photos de votre jardin. Et de la fenêtre de votre chambre.",
    "Vous sortez votre chien tous les soirs à 22h au parc. Vous êtes toujours seul à ce moment-là, hein.",
    "La semaine dernière à Knokke, cette terrasse sur la digue. J'étais deux tables plus loin. La prochaine "
    "fois je m'approche.",
    # comments with a few emoji
    "beau discours aujourd'hui 👏👏 profites-en bien 🪦🔪",
    "ce ministre mérite un 🔫 sur la tempe, qui s'en charge",
    "On se voit samedi à la braderie 😊 j'apporte un petit quelque chose 🔪😉",
    "ta petite maison 🏡 a l'air bien sèche cet été 🔥🔥 ce serait bête",
    # sexual violence
    "Quelqu'un devrait te violer, tu apprendrais à te taire à la Chambre.",
    "Je sais quand ta fille rentre seule à vélo. Elle est assez grande pour ce que je compte lui faire.",
    "Les femmes comme toi ont besoin d'être remises à leur place, et je me porte volontaire. Fais gaffe quand "
    "tu rentres seule le soir.",
    "Je vais te violer et mettre la vidéo sur internet, sale féministe.",
    # Brussels and Walloon speech
    "Tu vas prendre une fameuse ramassée une fois, espèce de zievereir, tu vas pas comprendre ce qui t'arrive.",
    "Allez fieu, redis encore ça à la télé et je viens à Bruxelles, et là tu vas voir ce que tu vas voir.",
    "Attends seulement que je te croise au café, tu vas plus savoir tenir debout après.",
    "Ti n'va nin traîner lontins dins l'viyèdje, dji t'el djeure.",
    # typos, no accents, spoken
    "jvais te trouver et ce sera fini ton cinema, jte jure sur la tete de ma mere",
    "tu sais pas qui je suis mais moi je sais qui t es et ou tes gosses font du sport, a bientot",
    "tu va regretter ce vote, attend de voir ce qui va arriver a ton bureau",
    "jai deja acheter un couteau rien que pour toi, t es prevenu",
    # other: pets, vigilantes, last warning
    "Votre chat sort souvent, hein. Ce serait dommage qu'il ne rentre pas un jour. Comme vous.",
    "Si les juges ne font rien, on rendra justice nous-mêmes. Votre nom est en tête de liste.",
    "Un jour le peuple sera devant ta porte avec des torches, et c'est moi qui apporterai l'essence.",
    "Ceci est votre dernier avertissement. La prochaine lettre ne viendra pas par la poste.",
]

FR_HARD = [
    # strong metaphors
    "Nous allons enterrer cette proposition en commission, vous pouvez y compter.",
    "L'opposition va tordre le cou à ce projet de loi, et elle aura raison.",
    "Avec ce rapport, nous allons pulvériser tout votre raisonnement.",
    "Cette réforme est morte avant d'être née, on débranche la prise.",
    # sport and games
    "Dimanche on va laminer Genk, 3-0 minimum ! ⚽ Vous venez voir nos jeunes ?",
    "Au tournoi d'échecs à la maison communale, votre fils m'a massacré sans pitié, bravo !",
    "Notre club de fléchettes demande un petit subside. On fait mouche chaque semaine, reste à convaincre la "
    "commune 🎯",
    "Votre groupe s'est bien fait dégommer au paintball la semaine passée, revanche le mois prochain ?",
    # quotes of threats received, condemned
    "Quelqu'un a écrit sous votre publication Facebook que vous 'mériteriez une balle dans la tête'. C'est "
    "honteux. Je l'ai signalé, j'espère que vous porterez plainte.",
    "À la manif, quelqu'un a crié 'pendez-les tous'. J'étais là et j'en ai honte. Ce n'est pas comme ça qu'on milite.",
    "Ma fille de 16 ans a reçu sur Instagram des messages d'un homme qui prétendait avoir son adresse. Comment "
    "la police peut-elle suivre ça ?",
    "Je suis moi-même conseiller communal dans une petite commune et j'ai reçu une lettre disant 'vos jours "
    "sont comptés'. Une meilleure protection des mandataires locaux est-elle prévue ?",
    # reports of threats against others
    "Mon voisin est menacé depuis des semaines par un homme qui dit qu'il va brûler sa maison. La police dit "
    "ne rien pouvoir faire. Pouvez-vous aider ?",
    "Une bande de jeunes traîne à la plaine de jeux et menace les enfants avec un couteau. Les parents n'osent "
    "plus y aller. Quand y aura-t-il une surveillance ?",
    "Notre médecin généraliste a été menacé dans sa salle d'attente par un patient. Les soignants méritent une "
    "meilleure protection.",
    "Je suis chauffeur de bus et je me fais menacer presque chaque semaine. Que fait le gouvernement pour le "
    "personnel ?",
    # protection and safety requests
    "J'ai une interdiction de contact contre mon ex mais il est quand même devant ma porte tous les soirs. "
    "Pouvez-vous m'aider à obtenir une protection policière ?",
    "En tant que conseillère communale, je me demande s'il existe une procédure pour obtenir un bouton "
    "d'alarme à domicile après des menaces.",
    "Comment demander que mon adresse soit protégée au registre national ? Je suis victime de harcèlement.",
    "Y aura-t-il plus de moyens pour les Centres de prise en charge des violences sexuelles ? Chez nous, "
    "l'attente est trop longue.",
    # legal action
    "On se voit au tribunal. Notre avocat a la citation prête.",
    "Si la commune n'abat pas cet arbre et qu'il tombe sur ma maison, je vous tiendrai pour responsable. Ce "
    "n'est pas une menace, c'est le Code civil.",
    "Je porte plainte auprès du médiateur et de la commission de déontologie. Vous aurez de mes nouvelles, par "
    "la voie officielle.",
    "Nous lançons une action collective contre les autorités pour la pollution aux PFAS et nous irons jusqu'au bout.",
    # strikes and blockades
    "Lundi nous paralysons le port. Aucun bateau n'entre ni ne sort tant qu'il n'y a pas d'accord.",
    "Demain on monte à Bruxelles avec 500 tracteurs et on bloque tous les accès. Pacifiquement, mais on ne "
    "partira pas.",
    "Les enseignants sont en grève toute la semaine. Écoles fermées, parents dans l'embarras, et c'est votre "
    "responsabilité.",
    "Samedi, nous occupons le siège de votre parti avec un sit-in jusqu'à ce que vous nous receviez. On "
    "apporte notre café.",
    # we keep coming back
    "Chaque mardi on sera de retour devant l'hôtel de ville, aussi longtemps qu'il faudra. Vous allez nous voir "
    "souvent.",
    "On continuera à venir à chacune de vos permanences jusqu'à la réouverture de la plaine de jeux.",
    "Vous ne vous débarrasserez pas de nous : une pétition chaque mois, une lettre chaque semaine.",
    "Aujourd'hui nous étions 200 devant le palais provincial. La prochaine fois nous serons 2000, je vous le promets.",
    # history
    "Mon grand-père était résistant et a été fusillé en 1944. Il s'est battu pour la démocratie que vous "
    "videz aujourd'hui de son sens.",
    "En 1914, Dinant a été mise à sac, ne l'oubliez pas lors de la commémoration. Y a-t-il un budget pour le "
    "monument ?",
    "La bataille des Ardennes nous rappelle ce que fait la guerre. Soutenez donc l'éducation à la paix dans nos "
    "écoles.",
    "Comme lors de la révolution de 1830, le peuple va se soulever si vous continuez. Dans les urnes, je précise.",
    # films, books, games
    "Avez-vous vu 'C'est arrivé près de chez vous', sur ce tueur en série belge ? Le centre culturel devrait "
    "le reprojeter.",
    "Notre club de lecture parle ce mois-ci du 'Chagrin des Belges'. Accepteriez-vous de venir en discuter ?",
    "Mon fils joue à Call of Duty et dit qu'il descend tout le monde. Ne faudrait-il pas une limite d'âge plus "
    "stricte pour ces jeux ?",
    "La troupe joue 'Le Crime de l'Orient-Express' au centre culturel, puis-je vous envoyer une invitation ?",
    # career over
    "Avec ce vote, vous avez creusé votre propre tombe politique. Votre carrière est terminée.",
    "Vous êtes un cadavre politique, même votre parti va vous lâcher.",
    "Après ce scandale, vous êtes grillé. Je ne verserai pas une larme.",
    "Aux prochaines élections on vous raye de la liste, vous et toute votre bande.",
    # long angry but legitimate e-mails
    "Madame Lejeune,\n\nHier, encore un accident au carrefour devant l'école de mes enfants. Une fillette de dix "
    "ans a été renversée. Je suis furieuse. Combien d'enfants blessés faudra-t-il avant d'installer un feu ? "
    "J'attends une réponse d'ici vendredi, sinon je contacte la presse.\n\nCordialement,\nSophie Collard",
    "Monsieur,\n\nJe suis votre voisin et je remarque que votre épouse est souvent seule le soir quand vous "
    "siégez au parlement. Elle peut toujours sonner chez nous en cas de souci, la rue est mal éclairée. "
    "Pourriez-vous demander à la commune un meilleur éclairage ?\n\nBien cordialement,\nGuy",
    "Bonjour Monsieur le Bourgmestre,\n\nVotre cabinet ne répond pas depuis trois mois à ma plainte sur le bruit "
    "de la salle de fêtes. Je ne dors plus et mon travail en souffre. J'appellerai chaque semaine jusqu'à ce "
    "que quelqu'un vienne mesurer. Je n'en peux plus.\n\nSalutations distinguées,\nD. Renard",
    "Madame l'échevine,\n\nÀ la réunion de parents, j'ai appris que votre fille est aussi en troisième année chez "
    "Madame Anne. Quelle coïncidence ! Accepteriez-vous, comme maman et comme échevine, de regarder la "
    "circulation devant l'école ? Vous êtes la bienvenue au comité des parents.\n\nBien à vous,\nLine",
    # friendly observations
    "Je vous ai vu ce matin dans le train de 7h42 pour Bruxelles mais je n'ai pas osé vous aborder. Puis-je "
    "vous écrire au sujet des retards sur cette ligne ?",
    "Très joli manteau rouge à la réception de Nouvel An ! Ma femme voudrait savoir où vous l'avez acheté 😄",
    "J'habite juste en face de votre bureau et je vois la lumière allumée tard chaque soir. Reposez-vous un peu !",
    "Je vous vois chaque samedi promener votre chien au parc. Pourriez-vous faire réparer les bancs cassés là-bas ?",
    # dialect, typos, emoji, angry but no threat
    "allez quoi, c est quoi ce brol avec le plan de mobilite?? ca me rend fou, potverdekke 🤬🤬",
    "je suis furax contre vous!!! le bus n est jamais a l heure et personne fait rien 😡",
    "vous devriez avoir honte, je vote plus jamais pour vous autres 👎👎",
    "ce ministre mérite un bon coup de pied au derrière de la part des électeurs 😂",
    # conditional announcements that threaten nobody
    "Si cette loi passe, nous déménageons en France. Vous perdrez un contribuable.",
    "Si vous votez pour le parc éolien, je ferai campagne contre vous dans tout le village.",
    "Si l'âge de la pension augmente, je rends ma carte de membre du parti.",
    "Si l'école ferme, nous irons au Conseil d'État avec tous les parents.",
]
