"""Fifth batch of threat messages, Dutch and French (hand-written for this project, 2026-12-07).

Threats cover explicit violence, threats against partners, children and parents, doxxing (home addresses, schools,
car plates, daily routes, train and gym habits), veiled "we know where you live" and stalking messages, threats
against offices, constituency hours, staff and property (cars, windows, arson), threats hidden in emoji, sarcasm,
jokes or "advice", conditional threats tied to votes, threats announced for markets, council meetings, debates and
school gates, calls on others to attack, and threats following Belgian decisions (taxes, pensions, nitrogen rules,
lockdown, speed cameras, low-emission zones, asylum centres, a mosque, wind turbines, closed bus lines and schools),
in many lengths, channels and registers (Flemish and Brussels/Walloon touches, typos, caps, hashtags). Hard
negatives cover violent metaphors, electoral punishment, peaceful protests, strikes and petitions, legal action and
ombudsman complaints, journalists, persistent questioning, insults without threat, voters reporting threats made
against them, friendly neighbours, sports/gaming/hunting/cooking slang, commemorations, fireworks and weapons-law
questions, quoted crime news and exaggerating emoji, sharing vocabulary with the threats. NL and FR were written
independently (not translations). Names, handles and workplaces are invented; towns are real. Written without
reading any other threat batch or any check set (inbox/triage/evaluation/*).

FR_THREAT has 59: a 60th, "⚰️ 🪦 à bientôt monsieur le bourgmestre", was in the fourth batch but for its
punctuation and was removed.
"""

NL_THREAT = [
    "Ik weet waar ge woont. Kerkstraat 14, Lokeren. Tot binnenkort.",
    "🔪🔪🔪 @schepenVanDaele",
    "Als ge donderdag op de gemeenteraad voor dat asielcentrum stemt, komt ge daar niet meer heel buiten. Beloofd.",
    (
        "Uw dochter zit toch in het derde leerjaar bij de Sint-Jozefschool in Hamme? Mooi kind. Zou jammer "
        "zijn moest haar iets overkomen."
    ),
    "Uw grijze Volvo, 1-KPT-482, staat elke avond op dezelfde plek. Goede remmen hopelijk 😉",
    "Zaterdag op de markt in Roeselare gaan we u eens goed ontvangen. Neem uw kinderen maar niet mee.",
    (
        "Geachte mevrouw De Wulf,\n\nU hebt met uw stikstofregels ons bedrijf kapotgemaakt. Ik heb nog het "
        "geweer van mijn vader op zolder en niks meer te verliezen. Ik weet hoe laat u 's avonds uit het "
        "provinciehuis komt. Denk daar maar eens goed over na.\n\nMet vriendelijke groeten,\nEen boer uit "
        "Wingene"
    ),
    "da ge ni verschiet as uw ruiten eruit liggen he maat. en dan zijt gij de volgende",
    "Flitspaal in onze straat? Dan staat uw huis ook eens in lichterlaaie 🔥🔥 #Zottegem",
    (
        "Wie helpt mij? Hij doet zitdag elke eerste maandag in het OCMW-gebouw in Geel. Wie er naartoe "
        "gaat met een knuppel krijgt van mij een bak bier."
    ),
    "Ge loopt elke ochtend om 7u met uw hond langs de Schelde hé. Alleen. Moet ge eens mee opletten.",
    "⚰️⚰️ binnenkort @jensvlaams_schepen",
    "Allez, nog ene keer zo'n belastingverhoging en ik kom persoonlijk uw kop inslaan. Geen grap.",
    "Volgens mij is uw vrouw nogal dikwijls alleen thuis als gij in Brussel zit. Gewoon een observatie. Voorlopig.",
    (
        "Ik zag u gisteren in de Basic-Fit in Mechelen. Blauwe short. Volgende keer zeg ik u iets meer dan "
        "gedag, en gaat ge niet meer rechtstaan."
    ),
    (
        "Klein advieske: zou ik maar ni te veel alleen over de parking van 't gemeentehuis lopen na de "
        "raad. Ongelukjes gebeuren rap, zeker met mensen zoals gij."
    ),
    "JE GAAT DA BETALEN MET UW LEVEN VUILE LANDVERRADER",
    "Pensioen op 67 en wij moeten werken tot we dood vallen? Dan zorgen wij dat gij eerst dood valt. 🎯",
    "Moskee in Tienen? Leg maar extra brandblussers in uw kantoor. Ge gaat ze nodig hebben.",
    (
        "Voor de mensen die willen weten waar dat stuk ellende woont: Heidestraat 7, 3590 Diepenbeek. Doe "
        "er iets mee. #LEZ"
    ),
    (
        "Iemand moet die vent eens een lesje leren. Liefst met een baseballbat. Hij staat zondag op de "
        "rommelmarkt in Ninove, ik zal er ook zijn om te helpen."
    ),
    (
        "Uw medewerkster met dat rood haar, Sofie zeker? Die sluit elke dag om 17u alleen het kantoor af. "
        "Zeg haar maar dat we haar gezien hebben."
    ),
    "De lockdown vergeten we niet. Uw naam staat op de lijst. Als de dag komt, zijt gij de eerste die hangt.",
    "pang pang 🔫 #Dendermonde @burgemeester_Vlaeminck",
    (
        "Ge hebt buslijn 45 afgeschaft. Mijn moeder zit nu vast. Ik ga u zelf komen halen met de auto, en "
        "ge gaat het niet leuk vinden waar we naartoe rijden."
    ),
    (
        "Beste heer Verbeke,\n\nIk wil u even laten weten dat ik uw agenda zeer aandachtig volg. Dinsdag "
        "de school van uw zoontje in Oudenaarde, woensdag de tennisclub, vrijdag uw moeder in het "
        "woonzorgcentrum. U bent een man van gewoontes. Ik ook. We zien elkaar wel, op een moment dat ik "
        "kies.\n\nHartelijke groeten,\nK."
    ),
    "Nog ene keer da ge mijn naam in de gazet zet en ik steek uw auto in brand. Kunt ge op rekenen.",
    "Waar woont die schepen van mobiliteit eigenlijk? Vraag voor een vriend met een jerrycan 😏",
    "Ik heb een mes en een adres. Meer moet ge niet weten.",
    "Moest ge volgende week voor die windmolens stemmen, dan overleeft ge de zomer niet. Gewoon zodat ge het weet.",
    "🪦 R.I.P. Geert Maes 2026. De datum moet nog ingevuld worden. Die kiezen wij.",
    "De Aldi in Wetteren, elke vrijdag om 18u30. Ge moet eens achter u kijken op de parking. Ik sta er.",
    "godverdomme ik ga u afmaken",
    (
        "Uw kinderen moeten maar voorzichtig zijn als ze van school naar huis fietsen langs de "
        "Brugsesteenweg. Veel zwaar verkeer. En veel mensen die kwaad zijn op hun vader en weten hoe ze "
        "eruitzien."
    ),
    (
        "Op het debat in De Roma gaan we met een paar man vooraan zitten. Na afloop wachten we u op aan de "
        "artiesteningang. Gij weet waarom."
    ),
    (
        "Weet ge wat er vroeger gebeurde met politiekers die ons geld weggaven aan asielzoekers? Die "
        "werden opgeknoopt. Ik help graag mee met het touw."
    ),
    (
        "@marieke_sch@mastodon.social uw huis in Kessel-Lo heeft een mooie grote haag. Perfect om achter "
        "te wachten. Slaap zacht."
    ),
    "Haha grapje natuurlijk... of toch niet 💣 #gemeentehuisBoom",
    "Uw zitdag van donderdag in Lier? Ik ga er zijn. En ik kom niet om te praten.",
    "Ge zijt gewaarschuwd. Volgende keer is het niet uw brievenbus die ontploft.",
    (
        "Uw ouders wonen nog altijd in dat klein huizeke in Poperinge he. Zou zonde zijn moest er 's "
        "nachts iets mee gebeuren. Oud hout brandt goed."
    ),
    "Ik heb uw nummerplaat en uw adres. Vanaf morgen volg ik u overal.",
    "Zeg tegen uw man dat hij goed moet opletten op de fiets. Remkabels kunnen zomaar breken.",
    "Als de zonale politie mij niet helpt, doe ik het zelf. Ik weet waar ge woont en ik kom u tegen de grond slaan.",
    "Ge krijgt een kogel. Simpel.",
    (
        "Wij zijn met twintig en we komen maandag naar uw kantoor in Aalst. Niet om te betogen. Als uw "
        "personeel slim is, blijven ze thuis."
    ),
    "Gisteren stond gij aan de schoolpoort van 't Klavertje in Brasschaat. Vandaag stond ik er. Morgen?",
    "Voor iedereen die dit wijf tegenkomt: trap haar verrot. Ze verdient niks anders. #stikstof #boerenprotest",
    "Uwen hond loopt altijd los in den hof. Ik heb nog rattenvergif liggen. En daarna zijt gij aan de beurt.",
    "Ge gaat de verkiezingen niet halen. Niet omdat ge verliest, maar omdat ge er dan niet meer zijt.",
    "kben ni bang van den bak. gij wel van mij binnenkort",
    "Vrouwtje burgemeester zou beter thuisblijven na den donker. Ik ken die straat van u ondertussen heel goed.",
    "Mooie foto van uw trouwfeest. Uw vrouw is knap. Jammer als ze binnenkort weduwe is 🔪",
    "Gij hebt ons jeugdhuis gesloten. Wij sluiten binnenkort uw kist. ⚰️",
    (
        "Elke woensdagmiddag haalt ge uw kleindochter op aan de academie in Turnhout. Denk niet dat "
        "niemand dat ziet. Ze is zo klein en zo makkelijk mee te nemen."
    ),
    "WE KOMEN U HALEN",
    (
        "Onderwerp: laatste waarschuwing\nBericht: Trek de LEZ in tegen 1 januari of ik kom met een "
        "jerrycan benzine naar uw woning. Ik meen het. Er is geen weg terug."
    ),
    (
        "Just saying: uw adres en dat van uw ex staan nu op Telegram. Veel plezier ermee 🙂 Er zijn er "
        "genoeg die u eens willen komen bezoeken, en niet met bloemen."
    ),
    "Leuke auto, die witte Tesla. Zou raar zijn als hij eens niet meer start... of net wel, met een knal 💥",
    "Ik heb al eens in de bak gezeten voor slagen en verwondingen. Maakt mij niks uit om terug te gaan voor u.",
]

NL_HARD = [
    "Deze begroting vermoordt het cultuurleven in Gent. Schandalig.",
    "Ge zijt gedaan bij de verkiezingen in oktober, dat beloof ik u.",
    "Ik weet waar ge woont, we zijn buren hé 😄 Komt ge zaterdag ook naar de straatbarbecue?",
    (
        "Donderdag om 18u staan we met 200 ouders voor uw kantoor in Leuven. Vreedzaam, met spandoeken, "
        "tegen de sluiting van de school."
    ),
    "Ik ga u blijven achtervolgen met schriftelijke vragen tot ge eindelijk antwoordt over dat dossier.",
    "Ik ben ontploft toen ik de nieuwe parkeertarieven zag 🤬",
    "Onze advocaat stuurt u deze week een ingebrekestelling. We zien elkaar in de rechtbank.",
    "Ik heb klacht ingediend bij de Vlaamse Ombudsdienst over hoe uw diensten mijn dossier behandeld hebben.",
    (
        "Geachte schepen, ik ben journalist bij een regionale krant. Morgen publiceren we een artikel over "
        "de aanbesteding van de sporthal. Ik geef u tot 16u om te reageren."
    ),
    "Gij zijt de slechtste burgemeester die Mol ooit gehad heeft. Een onbekwame zak.",
    (
        "Mevrouw, ik word al weken bedreigd door mijn buurman. Hij zei gisteren dat hij mijn auto in brand "
        "gaat steken. De politie doet niks. Kunt u mij helpen?"
    ),
    "Haha die nieuwe campagnevideo 💀💀 ik ben dood",
    (
        "Zaterdag jagen we op fazant in de Kempen. Zijn de nieuwe jachtregels al van kracht? Wij schieten "
        "uiteraard alleen met vergunning."
    ),
    "Mijn zoon wil vuurwerk afsteken op oudejaar, mag dat nog in Antwerpen of riskeert hij een GAS-boete?",
    "Die nieuwe verkeerscirculatie is een moordplan voor de middenstand.",
    "Ik kom volgende donderdag naar uw zitdag met mijn dossier en ik ga niet weg voor ge het gelezen hebt 😤",
    "Ge hebt de verkiezingen misschien gewonnen, maar politiek zijt ge dood voor mij.",
    "Petitie tegen het asielcentrum: al 3.200 handtekeningen. We overhandigen ze maandag op uw kabinet.",
    "Wij gaan staken tot de pensioenhervorming van tafel is. Op naar de barricades!",
    "Ik wil uw kop zien rollen... bij de volgende regeringsvorming 😂",
    "Gij hebt de landbouwers een mes in de rug gestoken met die stikstofdeal.",
    "Vraag over de wapenwet: ik erf een oud jachtgeweer van mijn grootvader. Moet ik dat aangeven bij de gouverneur?",
    (
        "Het Laatste Nieuws schrijft vandaag dat een man in Genk werd neergestoken aan een school. Wanneer "
        "komt er eindelijk meer blauw op straat?"
    ),
    "Ik heb uw adres opgezocht om u een kaartje te sturen voor de steun aan onze vzw. Nogmaals bedankt!",
    (
        "Mijn auto stond gisteren naast de uwe op de parking van de Delhaize, dacht ik nog: die rijdt "
        "tenminste elektrisch 👍"
    ),
    "Ik zag u gisteren op de markt in Sint-Niklaas, spijtig dat ik u niet kon aanspreken. Volgende keer!",
    "Ge gaat dat zuur opbreken in de stembus, reken maar.",
    "Herdenking 11 november: legt de burgemeester een krans neer aan het monument voor de gesneuvelden?",
    "Die beslissing over de flitspalen is politieke zelfmoord.",
    "Vuile leugenaar. Ge verdient uw zitje niet.",
    "Onze ploeg heeft gisteren de tegenstander afgemaakt, 5-0! Komt ge de beker mee afhalen?",
    "In Fortnite had ik u al lang gesniped 😂 nee serieus, goeie tussenkomst gisteren in het parlement.",
    (
        "Hoelang moet een steak in de pan om hem saignant te bakken? Oeps, verkeerde chat 😅 Ik wou "
        "eigenlijk vragen naar de subsidie voor de jeugdbeweging."
    ),
    "Ik ben kokend van woede. Het water staat in mijn kelder en niemand van de gemeente komt kijken 😡",
    "We weten waar ge woont: in een ivoren toren, ver weg van de gewone mens.",
    (
        "Beste, de school van mijn dochter in Kortrijk heeft al drie maanden geen verwarming. Ik kom "
        "vrijdag met andere ouders naar de gemeenteraad om dat te zeggen."
    ),
    "Brand in de Veemarkt gisteren: wanneer komt er eindelijk een nieuwe brandweerkazerne in Tongeren?",
    "Ge zult van ons horen. Via de vakbond, via de pers en via de stembus.",
    "Ik hoop dat ge er slecht van slaapt, van al die mensen die ge in de steek gelaten hebt.",
    "Mes op de keel van de Vlaamse zorg, dat is wat deze besparing is.",
    "Mijn schoonmoeder werd gisteren bedreigd met een mes aan de bushalte in Borgerhout. Wat gaat u daaraan doen?",
    "Dit is de doodsteek voor ons dorp. Eerst de bank, dan de post, nu de bus.",
    "Zie u donderdag op het debat in Hasselt! Ik heb scherpe vragen klaar 🎯",
    "Schiet eens wakker, mens! De LEZ treft alleen de kleine man.",
    "Ik ga uw voorstel compleet afbranden in mijn blogpost morgen. Inhoudelijk, wel te verstaan.",
    "Zijt gij debiel of wat? Drie keer gemaild en nul antwoord.",
    "Gaat ge ooit eens uw kantoor openen op zaterdag? Ik werk de hele week en kan nooit langskomen.",
    (
        "Onze carnavalsgroep maakt dit jaar een praalwagen over u 😂 met een grote doodskist en 'RIP gezond "
        "verstand'. Ge moogt komen kijken in Aalst."
    ),
    "Ik kom u morgen opzoeken op uw kantoor, met een taart, want ge hebt onze speeltuin gered! ❤️",
    "Klopt het dat ge vanaf volgend jaar een vergunning nodig hebt voor een luchtdrukgeweer?",
    "Ge zijt politiek een lijk, maat. Niemand stemt nog voor u.",
    "Als ge dat doorvoert, verhuis ik naar Nederland. Echt waar.",
    "Met dit beleid schiet ge uzelf in de voet.",
    "Wij gaan u op de huid zitten tot die rotonde er ligt. Elke gemeenteraad zitten we op de publieke tribune.",
    (
        "Geachte heer De Smet,\n\nNa drie jaar wachten op een antwoord over mijn bouwvergunning ben ik het "
        "beu. Ik heb vandaag een advocaat onder de arm genomen en stuur een kopie van het dossier naar de "
        "provinciegouverneur en naar de pers. U hoort nog van ons.\n\nMet vriendelijke groet,\nLieve "
        "Callewaert"
    ),
    "Ik kreeg bijna een hartaanval van uw uitspraken op tv gisteren 💀",
    (
        "Bedankt voor de oproep om mijn adres te controleren in het kiezersregister, mijn oud adres in "
        "Deinze stond er nog in."
    ),
    (
        "Ik heb uw auto zien staan op een invalidenplaats aan het gemeentehuis. De foto's gaan naar de "
        "krant, zoals het hoort bij een schepen."
    ),
    "Moord en brand geschreeuwd door de oppositie, maar uw plan is gewoon goed. Doorzetten!",
    "Ik loop zondag mee in de stille mars in Ieper voor de slachtoffers van verkeersgeweld. Komt u ook?",
]

FR_THREAT = [
    "On sait où tu habites. Rue des Écoles 22, Ciney. Dors bien.",
    "Ta fille est à l'athénée de Waterloo, en 2e secondaire. On l'attend à la sortie vendredi.",
    "💣💣 pour ta permanence de samedi à Charleroi",
    "Si tu votes pour le centre Fedasil à Herstal, je te jure que tu ne verras pas Noël.",
    "T'es mort. Point.",
    "Salut l'échevin, ta BMW noire 1-GHT-719 est garée tous les soirs rue Saint-Gilles. Ce serait con qu'elle crame 🔥",
    (
        "Madame la Ministre,\n\nVotre réforme des pensions a détruit ma vie. Je n'ai plus rien à perdre. "
        "J'ai vu que vous serez à la foire de Libramont le 27. J'y serai aussi, et je ne viendrai pas les "
        "mains vides. Prenez vos dispositions.\n\nUn citoyen oublié"
    ),
    (
        "Je t'ai vu hier au Colruyt de Jambes avec ta femme. Elle portait un manteau rouge. Je note tout, "
        "et un jour je m'en servirai."
    ),
    "Quelqu'un a l'adresse de ce traître ? On va lui rendre une petite visite avec des potes et des battes ⚾",
    "ON VA TE CREVER SALE COLLABO",
    (
        "Conseil communal jeudi à Seraing ? Parfait, je viendrai régler ça à ma façon à la sortie. Pas de "
        "police qui tienne."
    ),
    (
        "Fais gaffe à tes gosses quand ils vont à l'école à vélo. Les routes de Gembloux sont dangereuses, "
        "et les gens sont très énervés contre leur papa."
    ),
    "T'as fermé la ligne TEC 82. Moi je vais te la fermer, ta gueule, et pour de bon.",
    (
        "Petit conseil d'ami : évitez le parking de la maison communale après 22h. Il y a des accidents "
        "qui arrivent, vous savez. Surtout aux gens comme vous."
    ),
    (
        "Ton cabinet rue de la Loi, tes collaborateurs qui sortent fumer à 15h... on a tout filmé. On sait "
        "qui viser en premier."
    ),
    "Les radars à Namur ? Encore un et je mets le feu à ta baraque. Et tu sais que je le ferai.",
    "Blague à part, une balle ça coûte pas cher 🔫😉 #zonebasseemission",
    "J'ai ton adresse à Uccle, celle de tes parents à Wavre et celle de ton ex. Je choisirai par où commencer.",
    (
        "Diffusez au max : l'échevine Dumoulin habite avenue des Tilleuls 8 à Spa. Allez lui dire ce que "
        "vous pensez, et pas qu'avec des mots."
    ),
    "tu vas payer ta mosquée avec ton sang",
    "Ma patience a des limites. Au prochain confinement, c'est toi que je confine. Dans une boîte en sapin.",
    (
        "M. le député, vous courez tous les dimanches matin au bois de la Cambre. Seul. C'est très "
        "imprudent de votre part."
    ),
    "Un jour quelqu'un va te planter et je serai le premier à applaudir. Peut-être même que ce sera moi 🔪",
    "Nonante jours. C'est ce qu'il te reste avant que je vienne te chercher.",
    (
        "Dis à ta secrétaire qu'elle ferait mieux de démissionner. Ce qui va arriver à ton bureau de Mons, "
        "elle voudra pas être dedans."
    ),
    (
        "Jolie maison à Braine-l'Alleud 🏡 La fenêtre de la chambre des petits donne sur la rue, hein ? Ce "
        "serait dommage qu'une pierre passe au travers... ou pire."
    ),
    "Votez cette taxe et on brûle la permanence. Message transmis.",
    (
        "Le débat de mardi à la RTBF, je vais t'attendre à la sortie du parking à Reyers. On va discuter "
        "entre hommes, et tu vas pas aimer."
    ),
    "t'inquiète on va s'occuper de ta femme pendant que tu fais tes discours",
    "Je vous conseille de renforcer vos serrures, madame la bourgmestre. Sérieusement. Ça ne suffira pas, mais bon.",
    "Je suis chasseur, je tire très bien, et la saison est ouverte. Tu comprendras.",
    (
        "@lucie_dbx@mastodon.online tu prends toujours le train de 7h42 à Ottignies. Wagon de tête. Je "
        "serai derrière toi un de ces jours."
    ),
    "Les agriculteurs vont vous faire la peau, et je serai sur le tracteur en tête. #azote",
    "Toi et ta famille vous allez crever. Je sais à quelle crèche va ton petit à Liège.",
    "Si mon fils se fait expulser à cause de vous, je vous retrouve et je vous égorge. Je n'ai pas peur de la prison.",
    "Sympa ta photo au marché de Huy ce matin 📸 La prochaine fois je serai plus près. Beaucoup plus près.",
    (
        "Le bourgmestre qui a voté la LEZ, il sortira pas vivant de la prochaine réunion de quartier à "
        "Anderlecht. Venez nombreux les gars, on s'en occupe."
    ),
    "Tes vitres de l'échevinat, c'est moi qui les ai cassées la semaine passée. La prochaine fois ce sera ta tête.",
    (
        "Objet : avertissement\nMessage : Vous avez jusqu'à lundi pour retirer le projet d'éoliennes à "
        "Fernelmont. Après, je m'occuperai de vous personnellement. J'ai des outils et du temps."
    ),
    "fo ke kelkun te bute sa serait un service rendu au pays. jsuis volontaire",
    "C'est quand ta prochaine permanence à Verviers ? Je viendrai avec un bidon d'essence, pour le débat 🔥",
    "Ta mère habite toujours à Marche-en-Famenne ? Embrasse-la bien de ma part. Tant qu'elle est encore là.",
    "Tu crois que ton escorte policière va te protéger toute ta vie ? Un jour tu seras seul, et moi je serai là.",
    "Pan. 🎯",
    "Je connais ta plaque, ton heure de départ et ta route par la E411. Tu ne rentreras pas chez toi un de ces soirs.",
    (
        "Le prochain qui vote l'augmentation du précompte à Liège finira pendu au balcon de l'hôtel de "
        "ville. Je fournirai la corde."
    ),
    (
        "Bonjour Mme l'échevine, on a vu votre fils au Basic-Fit de Louvain-la-Neuve. Grand garçon. Ce "
        "serait dommage qu'il lui arrive quelque chose en sortant."
    ),
    "Je te promets une fin lente pour ce que t'as fait aux pensionnés.",
    "c la guerre maintenant. ti vas veyi çu qui va arriver à ta maison, m'fi 💥💥",
    "Bonne chance pour la braderie de dimanche à Tournai. Regarde bien derrière toi.",
    "J'ai acheté un couteau neuf ce matin. Je pense à toi en l'aiguisant.",
    "Si le centre pour réfugiés ouvre à Jodoigne, on fera flamber le bâtiment et toi avec. Dernier avertissement.",
    (
        "Hé le ministre, tu fais moins le malin quand tu sors de ta salle de sport à Ixelles le mardi "
        "soir, hein ? On t'attend."
    ),
    "Mort aux traîtres. Toi en premier. #Wallonie",
    (
        "Bonjour Monsieur Lambotte,\n\nJe me permets de vous écrire très poliment. Je sais que votre "
        "épouse travaille à l'hôpital de Jolimont et qu'elle termine à 21h. Je sais aussi qu'elle rentre "
        "seule par la N27. Je vous laisse réfléchir à votre vote de jeudi.\n\nBien cordialement,\nUn "
        "admirateur"
    ),
    "Keep smiling sur tes affiches. Bientôt ce sera ta photo sur un faire-part de décès 😘",
    "Je vais te défoncer la gueule la prochaine fois que je te croise, et crois-moi ce sera bientôt.",
    "Vous aimez votre chat ? Il se promène souvent seul dans votre rue à Arlon... Vos enfants aussi, d'ailleurs.",
    "Ils ont fermé l'école de mon village. On va fermer la tienne. Celle où va ta fille, à Namur. Avec elle dedans.",
]

FR_HARD = [
    "Ce budget assassine la culture en Fédération Wallonie-Bruxelles.",
    "On se retrouvera aux urnes en octobre, et croyez-moi vous allez le sentir passer.",
    "Je vais exploser de rage si je vois encore un nouveau radar sur la N4 😡",
    (
        "Jeudi à 17h, rassemblement pacifique devant votre permanence à Mons contre la fermeture de la "
        "maternité. Venez nous écouter."
    ),
    "Nous avons déposé plainte auprès du Médiateur fédéral concernant le traitement de notre dossier.",
    "Mon avocat vous contactera. On se voit au tribunal de première instance de Namur.",
    (
        "Journaliste dans un quotidien régional, je publie dimanche une enquête sur vos notes de frais. "
        "Souhaitez-vous réagir avant vendredi midi ?"
    ),
    "Je vais continuer à vous harceler de questions écrites jusqu'à ce que vous répondiez sur le dossier du stade.",
    "Espèce d'incompétent. Vous êtes une honte pour cette commune.",
    (
        "Madame l'échevine, mon voisin m'a menacé avec un couteau hier soir à Schaerbeek. J'ai porté "
        "plainte mais rien ne bouge. Que puis-je faire ?"
    ),
    "On sait où vous habitez, on est voisins ! 😄 Au fait, votre haie déborde un peu sur le trottoir, rien de grave.",
    "Mdr votre discours au parlement 💀💀 je suis mort",
    "La chasse au sanglier reprend samedi en Ardenne. Les nouvelles règles de tir de nuit sont-elles publiées ?",
    "Est-ce que les feux d'artifice sont autorisés le 21 juillet à Etterbeek ? Faut-il une autorisation ?",
    "Dis, fieu, une fois : aux élections t'es fini, hein. Tu vas te prendre une fameuse carotte.",
    "Grève générale mardi ! On bloque tout jusqu'au retrait de la réforme des pensions ✊",
    "Pétition contre la fermeture de la ligne TEC : 5.000 signatures. Nous viendrons la déposer à votre bureau jeudi.",
    "Cette mesure, c'est un coup de poignard dans le dos des indépendants.",
    "Question sur la loi sur les armes : mon grand-père m'a laissé un fusil de chasse, dois-je le déclarer ?",
    "J'ai lu dans la presse qu'un homme a été abattu à Liège hier. Quand allez-vous prendre la sécurité au sérieux ?",
    "Je vous ai vu au marché de Wavre hier, j'aurais aimé vous parler de la piscine communale. La prochaine fois !",
    (
        "Votre voiture était garée sur une place PMR devant la maison communale. J'ai pris une photo et je "
        "l'envoie à la presse, c'est la moindre des choses."
    ),
    "Je viendrai à votre permanence de samedi à Arlon avec tous mes documents, et je ne partirai pas sans réponse 😤",
    "Vous tirez sur l'ambulance avec cette réforme du chômage.",
    "Cette décision, c'est un suicide politique.",
    "Le 11 novembre, la commune organisera-t-elle une cérémonie au monument aux morts de Dinant ?",
    "Le grand feu sur la place de Binche est-il maintenu cette année malgré la sécheresse ?",
    "Au foot on leur a mis une raclée, 4-0 ! Merci pour la nouvelle pelouse synthétique 🙏",
    "Sur Call of Duty je vous aurais headshot direct 😂 Blague à part, bravo pour votre intervention.",
    "Je suis furieuse 🤬 trois mois sans réponse de l'administration pour mon permis d'urbanisme.",
    "Nous savons où vous habitez : dans votre bulle, loin de la réalité des gens.",
    (
        "L'école de ma fille à Charleroi n'a plus de chauffage depuis novembre. Les parents viendront au "
        "conseil communal de jeudi pour en parler."
    ),
    "Vous allez entendre parler de nous. Par les syndicats, par la presse et dans les urnes.",
    "J'espère que vous dormez mal la nuit en pensant à toutes ces familles sans logement.",
    "Avec cette taxe vous mettez la corde au cou des petits commerçants.",
    "Incendie rue Haute hier : quand les pompiers de Bruxelles auront-ils enfin les moyens nécessaires ?",
    "Ma mère a été agressée au couteau à l'arrêt de bus à Molenbeek. J'ai peur pour elle. Que fait la police ?",
    "On vous attend de pied ferme au débat de mardi à Namur, avec des questions qui fâchent 🎯",
    "Réveillez-vous ! La zone basse émission punit les pauvres.",
    "Je vais démolir votre proposition de décret dans ma carte blanche demain. Argument par argument.",
    "cretin. meme mon chien ferait mieux que vous au college communal",
    "Si vous votez ça, je déménage en Flandre. Vraiment.",
    "Vous vous tirez une balle dans le pied avec ce projet d'éoliennes.",
    (
        "On ne vous lâchera pas : à chaque conseil communal, nous serons dans le public jusqu'à ce que le "
        "rond-point soit construit."
    ),
    (
        "Monsieur le Bourgmestre,\n\nCela fait deux ans que j'attends une réponse concernant les "
        "inondations de ma cave à Chaudfontaine. Aujourd'hui j'ai mandaté un avocat et transmis le dossier "
        "au gouverneur et à la presse locale. Vous aurez de nos nouvelles.\n\nVeuillez agréer mes "
        "salutations distinguées,\nNathalie Gérardy"
    ),
    (
        "Le char de notre société pour le carnaval de Malmedy vous représente avec un cercueil marqué 'RIP "
        "bon sens' 😂 Venez voir !"
    ),
    "Je passerai à votre bureau demain avec une tarte pour vous remercier d'avoir sauvé la plaine de jeux ❤️",
    "Faut-il un permis pour une carabine à air comprimé ? Mon fils veut faire du tir sportif.",
    "Politiquement vous êtes un cadavre. Plus personne ne votera pour vous.",
    "Cette fusion des zones de police est une bombe à retardement.",
    (
        "Mon ado m'a demandé comment on tue le boss final dans son jeu, j'ai dit demande au ministre du "
        "budget, il tue tout 😂"
    ),
    "Commémoration de la bataille des Ardennes à Bastogne : serez-vous présent le 16 décembre ?",
    "J'ai vérifié mon adresse sur la liste des électeurs, l'ancienne à Namur y figure encore. Pouvez-vous corriger ?",
    "Arrêtez de massacrer nos forêts avec ces coupes à blanc !",
    "Je suis mort de rire en lisant votre communiqué 💀",
    (
        "Mon collègue conseiller a reçu des menaces de mort hier sur Facebook. Allez-vous enfin condamner "
        "publiquement ces méthodes ?"
    ),
    (
        "Recette du lapin à la bière : faut-il vraiment le découper au couteau de chef ? (oups mauvais "
        "destinataire, désolé Monsieur l'échevin)"
    ),
    (
        "Marche blanche dimanche à Verviers pour Léa, tuée sur le passage piéton de la rue de Heusy. Nous "
        "passerons devant la maison communale et demandons un radar."
    ),
    "Vous avez tué le commerce du centre-ville avec ce plan de circulation.",
    (
        "J'ai septante-huit ans et vous m'avez trahie avec cette réforme. On s'en souviendra dans "
        "l'isoloir, mon mari et moi."
    ),
]
