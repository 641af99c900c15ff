"""Fifth batch of threat messages, English and German (hand-written for this project, 2026-12-07).

The threats cover explicit threats of violence; threats against partners, children and parents; doxxing (home
address, school, pickup times, car plates, daily routes, parents' address); veiled 'we know where you live'
messages; threats against offices, constituency hours, staff, cars, houses and farms (fire, bricks, bombs); threats
hidden in emoji, sarcasm, jokes or friendly 'advice'; conditional threats tied to a vote; threats announced for a
market, council meeting, debate, gym, reception or carnival; calls on others to harm the politician; stalking ('I
saw you at ...'); and threats after Belgian decisions (pensions, taxes, asylum centres, lockdown, speed cameras,
low-emission zones, diesel bans, wind turbines, closed bus lines, pools and hospitals, EU rules). The hard negatives
are harsh but legitimate: violent metaphors, electoral punishment, announced peaceful protests, strikes and
petitions, legal action and ombudsman complaints, journalists asking for comment, relentless questioning, insults
without a threat, voters reporting threats made against them, neighbours who 'know where you live', gaming, sports,
hunting and cooking talk, commemorations, fireworks and weapons-law questions, quoted crime news and exaggerating
emoji; they share vocabulary with the threats (address, school, car, plate, fire, knife, shoot, office, Thursday,
see you). The English and German messages were written independently (not translations of each other). Names,
handles and workplaces are invented; towns are real. Written without reading any other threat batch or any check set
(inbox/triage/evaluation/*).

DE_THREAT has 59: a 60th, "Ich bring dich um.", was word for word in the first batch and was removed.
"""

EN_THREAT = [
    "@MarcDeWitte_MP we know where you live. Rue des Tanneurs 14, right? Nice blue door.",
    "Vote yes on the pension reform on Thursday and you won't make it to Friday. Simple as that.",
    "🔪🔪🔪 see you at the Sunday market in Halle, alderman",
    (
        "Dear Ms Verhulst-Moreau,\n\nI have written to you four times about the asylum centre in Bierset. "
        "You ignored me every time. So let me be clear: if that centre opens, I will come to your "
        "constituency hours with something more persuasive than a letter. Your staff should not be there "
        "that day.\n\nRegards,\nA resident who is done talking"
    ),
    "your kids go to the Sint-Jozef school in Lier. pickup is at 15:30. just saying 🙂",
    "Someone should put a bullet in that minister. Any volunteers? RT if you'd do it #Brussels",
    "Nice Tesla, 1-KXR-482. Would be a shame if it caught fire in front of your house in Overijse 🔥🔥",
    "I saw you at the gym in Etterbeek yesterday at 7am. You didn't see me. Next time you will.",
    "hang the traitor from a lamppost on the Grand Place. I'll bring the rope",
    "Keep the speed cameras on the N4 and I'll torch your office. Not a joke mate.",
    (
        "@schepen_lieven@mastodon.social funny how your wife walks the dog along the canal in Vilvoorde "
        "every evening at 9. Alone. It's very dark there."
    ),
    "LEZ fine for my van? Fine. I know your address in Uccle, I'll deliver my answer in person. With a crowbar.",
    "⚰️🪦 coming soon for you @JulieRenaux_BXL",
    (
        "Just friendly advice: I'd stop taking the same route to Parliament every morning. Accidents happen "
        "on the Wetstraat 😉"
    ),
    "you close our bus line 52, we close you. permanently. 🎯 ciao schepen",
    (
        "I'm a hunter, I have a licence and a good scope. Your garden in Tervuren is 200 metres from the "
        "tree line. Think about that before the vote."
    ),
    "To the mayor: next Tuesday's council meeting will be your last. Bring a bodyguard, won't help.",
    (
        "Hope your daughter enjoys her ballet class in Wavre on Wednesdays. Be a pity if nobody came to pick "
        "her up. Or if someone else did."
    ),
    "fuck around with our pensions and find out. we'll be waiting outside your flat on Avenue Louise",
    (
        "Subject: Final warning\n\nYou have 7 days to withdraw the tax proposal. After that I come for you "
        "and your family. I have nothing left to lose."
    ),
    (
        "lol imagine if someone threw a molotov through the window of the party office in Namur. would be "
        "hilarious. saturday night maybe 🔥😂"
    ),
    (
        "Belgium needs someone with a rifle on a rooftop when you give your little speech at the 21 July "
        "parade. Hope someone volunteers. I might."
    ),
    "I will slit your throat",
    "Counting down to carnival in Aalst. You'll be on the float, I'll be in the crowd. 🔪 It won't be confetti.",
    (
        "Your assistant Sofie parks her Peugeot on the Kerkstraat every morning. Tell her to be careful. "
        "Tell her it's because of you."
    ),
    (
        "hey @BramPeeters_MP, your mum still lives in that bungalow in Geel right? old people fall down the "
        "stairs all the time"
    ),
    (
        "EU staff here. Your lockdown cost me my father, he died alone. I want you to lose someone too. I "
        "know who, and I know where."
    ),
    (
        "We've got your address, your wife's work schedule and your kid's football training times. Vote "
        "against the migration pact or we'll use them. - a group of concerned patriots"
    ),
    "I'm going to kill you. Not today. But I will.",
    "Smile for the cameras at the debate in Leuven on the 12th, it'll be the last photo of you 📸🔫",
    (
        "You know what happened to people who robbed pensioners in the old days? The guillotine is coming "
        "back and I'm sharpening it personally."
    ),
    (
        "Dear councillor,\nThank you for your reply about the closure of the municipal pool in Jette. I "
        "found it patronising. I will be at your surgery on Saturday and I will be bringing a knife.\nKind "
        "regards,\nGraham"
    ),
    "u better sleep with one eye open",
    "Your house on the Chaussée de Waterloo with the green shutters. Petrol is cheap enough. 🔥 #LEZ",
    "Every time you vote for another asylum centre I add a bullet to the box. Box is almost full, Minister.",
    "Somebody get this man's home address to me. I'll handle the rest. Sharing is caring 👊",
    (
        "To all Brussels patriots: the alderman for mobility cycles home across Parc Josaphat around 19:00 "
        "every Thursday. Go say hi. Bring friends and bats."
    ),
    (
        "Hi Ms Claessens-Dubois, we haven't met. I've been on the same train as you from Ottignies every "
        "morning this week. Blue coat on Monday, grey on Tuesday. I wanted you to know I'm watching. The "
        "vote is Thursday."
    ),
    "Your windows in Wezembeek are single glazed. A brick goes right through. So does whatever's burning after it.",
    "the only good politician is a dead one and I'm going to make you a good politician",
    "Mate if you push that diesel ban through I'll run you over with my diesel. Poetic justice innit.",
    "I don't make threats, I make promises. Your office in Mons, Monday, 10am. 💣",
    "nobody will miss you when they fish you out of the Meuse 🪦",
    (
        "Reminder: I know which school your twins go to. I know their teacher's name. Do the right thing in "
        "committee tomorrow."
    ),
    (
        "Cute family photo on insta! Now I know what your kids look like 😊 Would be a shame if... anyway, "
        "vote no on the budget."
    ),
    "DEATH TO TRAITORS. YOU FIRST. I KNOW YOUR PLATE.",
    (
        "If the Genk plant closes because of your EU rules I'll come to your office and your staff won't "
        "walk out alive. Warn them."
    ),
    "Walked past your house in Sint-Genesius-Rode tonight. Light was on in the kid's room. Sleep well 🙂",
    "There's a rope with your name on it and a nice tree in the Bois de la Cambre. Just saying.",
    (
        "Quick question for the mayor: does your car have an alarm? Asking because I'm visiting it tonight "
        "with a jerrycan of petrol. #Mouscron"
    ),
    "I'll put you in the ground, you corrupt piece of shit",
    (
        "You should hire security for the New Year reception on Friday. Seriously. You'll need it and it "
        "still won't be enough."
    ),
    "When the speed camera on my street goes live, your kneecaps go. Fair trade.",
    (
        "Hey Sander, saw you jogging in the Kluisbos on Sunday morning. Beautiful place. Very quiet. Nobody "
        "around to hear anything. See you next Sunday."
    ),
    (
        "Your staffer blocked me. Cool. I'll come to the office and unblock myself in person. Tell her to "
        "bring a first aid kit."
    ),
    (
        "Anyone in Liège want to make history? The minister is in the Carré on Saturday night. I'll pay for "
        "the petrol 🔥🔥 DM me"
    ),
    (
        "Dear Sir,\n\nI have found your parents' address in Knokke through the land registry. They are "
        "elderly and they live alone. I would reconsider your position on the pension reform if I were "
        "you.\n\nYours faithfully,\nJ. Marchal"
    ),
    "boom 💣💣 your constituency office thursday. be there or be square",
    (
        "Bless your heart, councillor. Y'all keep raising property taxes and one of these nights your house "
        "might just burn down with you in it. Not saying it'll be me. But it'll be me."
    ),
    "We are many, we are armed, and we have your itinerary for the trade mission. You will not come home.",
]

EN_HARD = [
    "This budget kills the arts in Brussels. Absolutely murders them. Shame on you.",
    "You're finished at the next elections, mark my words. Not one vote from this street.",
    "We know where you live, we're your neighbours on the Rue du Page 😄 Come to our street party on Saturday! 🎉",
    (
        "Dear Minister,\n\nI am writing to inform you that I have filed a complaint with the Federal "
        "Ombudsman about the handling of my pension file. I have also instructed my "
        "lawyer.\n\nRegards,\nPatricia Holt"
    ),
    (
        "We'll be outside your office on Thursday at 5pm with 200 teachers and a lot of banners. Peaceful, "
        "loud, and not going away. #SaveOurSchools"
    ),
    "I'm dead 💀💀 that speech on bike lanes was the funniest thing I've seen all week",
    (
        "Hello, I'm a reporter at an English-language news site in Brussels. We're publishing a piece on "
        "Friday about your office's use of consultants. Would you like to comment before 3pm Thursday?"
    ),
    "I'll keep chasing you with parliamentary questions until you answer. Every week. Get used to me.",
    "You're an incompetent clown and the worst alderman this commune has ever had 🤬",
    (
        "Councillor, someone left a note on my car saying they'd 'sort me out' because of the Pride flag on "
        "my balcony. I've reported it to the police in Schaerbeek. What is the commune doing about hate "
        "crime?"
    ),
    (
        "Quick question about the weapons law: I inherited my grandfather's hunting rifle. Do I need to "
        "register it before I can shoot with it at the club in Genk?"
    ),
    "Do we need a permit for fireworks at the school fair in Wavre? The kids want a small display, nothing crazy 🎆",
    "That tax proposal is a knife in the back of every small business owner in Wallonia.",
    (
        "My son's school in Ixelles has no heating. NO HEATING. In December. I will come to your office "
        "hours every single week until it's fixed."
    ),
    "I could kill for a decent bus connection to Zaventem tbh 😅",
    (
        "We're launching a petition against the LEZ extension and will hand-deliver the signatures to your "
        "office on Monday. 12,000 so far."
    ),
    "See you at the ballot box, sunshine 🗳️",
    "Shot down in flames in committee today lol. Your amendment never stood a chance 🔥",
    (
        "Read that a man was stabbed near Gare du Midi last night. When will you finally put more police on "
        "the ground?? Third one this month."
    ),
    (
        "Will the minister lay a wreath at the Menin Gate on 11 November this year? The British community in "
        "Ypres would really appreciate it."
    ),
    "Honestly the way you handled that debate, you got absolutely destroyed 💀 RIP your career",
    "I'm so angry I could scream. Six months waiting for a reply about my residence permit.",
    (
        "Your car was parked on the cycle lane outside the town hall again, plate clearly visible in my "
        "photo. I've reported it. Practise what you preach."
    ),
    "Strike on Tuesday, we're shutting down the port. See you at the picket line, minister 👋",
    (
        "This is a formal notice. If my daughter is not given a place at the athénée by 15 January, we will "
        "take the commune to the Council of State."
    ),
    (
        "Hey! Saw you at the Christmas market in Mechelen yesterday buying mulled wine with your kids. "
        "Didn't want to bother you. Great work on the playground renovation!"
    ),
    "Your opponent is going to eat you alive in Sunday's debate 🍿",
    (
        "Question about the food bank cooking day: do volunteers bring their own knives for the veg prep or "
        "are they provided?"
    ),
    "Fire the whole cabinet. All of them. Start over. #resign",
    (
        "Someone sent ME death threats after I spoke at the council meeting about the asylum centre. I'm "
        "scared. I have screenshots. What can the commune do to protect me?"
    ),
    "That press conference was target practice for the opposition. You walked right into it 🎯",
    (
        "I know where your office is and I'll be there Thursday morning with the residents' committee. We "
        "want answers on the closure of bus line 52. We'll be polite, but we won't leave without a meeting "
        "date."
    ),
    "You are a disgrace, a liar and a coward. I hope the voters remember this in May.",
    (
        "My grandmother survived the 1944 bombing in Schaerbeek. The memorial plaque is falling apart. "
        "Please fix it before the anniversary."
    ),
    (
        "Headshot! 🎮 sorry wrong chat, that was meant for my brother. But while I'm here: please fix the "
        "potholes on my street."
    ),
    "You've set the whole country on fire with this pension reform. Belgium is burning and you're playing the violin.",
    (
        "I will be at the council meeting on the 14th and I will speak during public question time. Prepare "
        "a proper answer this time."
    ),
    "The LEZ is literally killing small garages in Anderlecht. My brother's closed last week.",
    (
        "Hunting season in the Ardennes opens next week. Can you confirm whether the new regional rules on "
        "driven hunts apply on private land?"
    ),
    "Heads-up: there's a fake account impersonating you on X with your home address in the bio. Report it asap!",
    (
        "I'm a nurse. I'm exhausted. I'm furious. And I will campaign against you door to door in every "
        "street of this constituency."
    ),
    (
        "Dear Sir,\nWe will be taking you to the labour tribunal over the unpaid overtime of your former "
        "staff. Our lawyer will be in touch.\nKind regards,\nM. Okafor"
    ),
    "You'll be eaten alive in the polls after this 🤡",
    "Our youth football club needs a new pitch. The kids are playing in mud. We shoot, we score, we freeze. Help!",
    "Watched the hearing. You got roasted 🔥🔥🔥 and deservedly so.",
    (
        "I've kept every one of your votes on housing for three years in a spreadsheet. I will publish it "
        "before the election. Every single one."
    ),
    (
        "My neighbour keeps threatening to burn down my shed over a boundary dispute. The police say it's a "
        "civil matter. Who can I turn to?"
    ),
    (
        "My kid's school bus was cancelled again and she waited 45 minutes in the rain. I'm coming to your "
        "office on Wednesday and I'm bringing her wet coat."
    ),
    "Careful with that tax hike, you're going to shoot yourself in the foot. Your own voters will walk.",
    "Big fan of the new cycle route through the Sonian Forest. You nailed it. Killer job 🚴",
    "The war museum in Bastogne needs funding badly. Our veterans' association would love a meeting with you.",
    "This bill is dead on arrival and so is your coalition. Enjoy opposition.",
    "I've had it with you people. I'm moving back to Dublin. Good riddance to you too.",
    (
        "Is it legal to carry a pocket knife in Brussels? I'm an electrician and need it for work, but a "
        "police officer told me it might not be."
    ),
    (
        "We're organising a silent march from the Bourse to your ministry on Sunday for the victims of last "
        "week's shooting. We'd like you to walk with us."
    ),
    "Blow the whistle on this scandal or I will. I have the documents and I'm talking to the press on Monday.",
    (
        "Don't you dare close the maternity ward in Braine. We'll fight you in every council meeting, every "
        "newspaper and every court."
    ),
    (
        "'Politicians should be shot', that's what a guy at my tram stop was yelling today. Scary and not "
        "okay. Please do something about radicalisation."
    ),
    "You cut the arts budget, we cut you from our ballot. Bye 👋",
    (
        "Hello, I live next door to your constituency office and your staff keep parking in front of my "
        "garage. Yes I know where your office is, it's next to my house 😂 Please sort it."
    ),
]

DE_THREAT = [
    "Wir wissen, wo du wohnst. Das Haus mit dem roten Tor in Kettenis. Schöne Hecke.",
    "Wenn du am Montag für die Windräder stimmst, brennt am Dienstag dein Stall. 🔥",
    "🔪🔪 bis Samstag auf dem Markt in St. Vith",
    (
        "Sehr geehrter Herr Schöffe,\n\nich habe Ihnen dreimal wegen der Streichung der Buslinie nach "
        "Büllingen geschrieben. Keine Antwort. Ich sage es jetzt nur einmal: Wenn die Linie wegfällt, komme "
        "ich in Ihre Bürgersprechstunde, und dann wird nicht mehr geredet. Sorgen Sie dafür, dass Ihre "
        "Mitarbeiterin an dem Tag frei hat.\n\nMfG\nEin Bürger, der fertig ist"
    ),
    "Deine Kinder gehen doch in die Gemeindeschule in Raeren oder? Schulschluss 15:20. Nur so. 😊",
    "Den sollte man aufhängen. Wer macht mit? Ich bring das Seil.",
    "Schönes Auto, Herr Minister. 1-HGT-307. Wär doch schade, wenn das mal nachts vor Ihrem Haus brennt 🔥",
    "Hab dich gestern im Fitnessstudio in Eupen gesehen. Laufband 3, 18 Uhr. Du mich nicht. Beim nächsten Mal schon.",
    "ich stech dich ab du Verräter",
    "Noch ein Blitzer auf der N67 und ich zünde dein Büro an. Kein Witz.",
    (
        "@ratsmitglied_jonas@social.cologne deine Frau geht jeden Abend um 21 Uhr allein mit dem Hund an der "
        "Weser spazieren. Ist ganz schön dunkel da unten 🌑"
    ),
    "Für jede Steuererhöhung eine Kugel. Das Magazin ist bald voll, Frau Ministerin 🔫",
    "⚰️🪦 demnächst für dich @MarcoSteffens_DG",
    (
        "Kleiner Rat unter Freunden: Ich würd nicht mehr jeden Morgen dieselbe Strecke über die Hochstraße "
        "fahren. Da passieren schnell mal Unfälle 😉"
    ),
    "Ihr schliesst unser Schwimmbad, wir schliessen dich. Fuer immer. 🎯",
    (
        "Ich bin Jaeger, hab Waffenschein und ein gutes Zielfernrohr. Dein Garten in Walhorn liegt 150 m vom "
        "Waldrand. Denk mal drueber nach vor der Abstimmung."
    ),
    (
        "An den Bürgermeister: Die Ratssitzung am Donnerstag wird Ihre letzte sein. Nehmen Sie ruhig Polizei "
        "mit, nützt nix."
    ),
    (
        "Ihre Tochter hat ja mittwochs Reitstunde in Eynatten. Wär schön, wenn sie da heil wieder rauskommt. "
        "Liegt ganz an Ihnen."
    ),
    "Fass unsere Renten an und du wirst sehen was passiert. On t'attend, direkt vor deiner Haustür in Welkenraedt.",
    (
        "Betreff: Letzte Warnung\n\nSie haben 7 Tage, um das Asylzentrum in Elsenborn abzusagen. Danach "
        "komme ich zu Ihnen nach Hause. Zu Ihnen und zu Ihrer Familie. Ich hab nix mehr zu verlieren."
    ),
    "wär doch lustig wenn mal n Molotow durchs Fenster vom Parteibüro in Eupen fliegt 😂🔥 Samstag Nacht vielleicht",
    "Rosenmontag in Eupen: du oben auf dem Wagen, ich unten am Rand. 🔪 Gibt diesmal keine Kamelle.",
    (
        "Ihre Sekretärin fährt doch den grauen Polo und parkt jeden Morgen an der Klötzerbahn. Sagen Sie "
        "ihr, sie soll aufpassen. Und sagen Sie ihr auch, warum."
    ),
    "hey du, deine Mutter wohnt noch in dem Bungalow in Kelmis, oder? alte Leute fallen schon mal die Treppe runter",
    (
        "Wegen eurem Lockdown ist mein Vater allein im Heim gestorben. Ich will, dass du auch jemanden "
        "verlierst. Ich weiß schon wen, und wo."
    ),
    (
        "Wir haben deine Adresse, den Dienstplan deiner Frau und die Trainingszeiten von deinem Sohn beim "
        "Fußball. Stimm gegen den Migrationspakt oder wir benutzen das. – besorgte Patrioten"
    ),
    "Lächeln bei der Podiumsdiskussion in St. Vith am 12., das wird dein letztes Foto 📸🔫",
    "Früher gabs für solche wie dich die Guillotine. Ich schleif sie schon mal. Persönlich.",
    "Sie verdammter Dreckskerl, ich mach Sie kalt",
    "Schlafen Sie besser mit einem offenen Auge, Herr Abgeordneter.",
    "Dein Haus in Lontzen mit den grünen Fensterläden. Benzin ist grad günstig. 🔥 #Energiepreise",
    "Kann mir mal einer die Privatadresse von dem Typ schicken? Den Rest erledige ich. 👊",
    (
        "An alle Patrioten aus der Eifel: Der Schöffe fährt jeden Donnerstag gegen 19 Uhr mit dem Rad über "
        "die Vennbahn heim. Geht mal Hallo sagen. Bringt Kumpels und Knüppel mit."
    ),
    (
        "Frau Velz-Hartung, wir kennen uns nicht. Ich sitze seit einer Woche jeden Morgen im selben Bus wie "
        "Sie nach Aachen. Montag blauer Mantel, Dienstag grauer. Nur damit Sie wissen, dass ich Sie sehe. "
        "Die Abstimmung ist am Donnerstag."
    ),
    "Der einzige gute Politiker ist ein toter Politiker, und ich mach aus dir einen guten.",
    "Wenn das Dieselverbot kommt, fahr ich dich mit meinem Diesel platt. Ausgleichende Gerechtigkeit.",
    "Ich drohe nicht, ich verspreche. Dein Büro in Sankt Vith, Montag 10 Uhr. 💣",
    "Man wird dich aus der Weser fischen 🪦 und keiner wird dich vermissen",
    (
        "Ich weiss, in welche Klasse deine Zwillinge gehen. Ich weiss, wie die Lehrerin heisst. Mach morgen "
        "im Ausschuss das Richtige."
    ),
    "TOD DEN VERRÄTERN. DU ZUERST. ICH KENN DEIN KENNZEICHEN.",
    "War heut abend bei dir vorm Haus in Hauset. Licht im Kinderzimmer war noch an. Schlaf gut 🙂",
    "Im Hertogenwald hängt schon ein Strick mit deinem Namen dran. Nur so.",
    (
        "Hat Ihr Wagen eigentlich eine Alarmanlage, Herr Bürgermeister? Frag nur, weil ich heut Nacht mit "
        "nem Kanister vorbeikomme. #Bütgenbach"
    ),
    "Ich buddel dich ein du korrupte Sau",
    "Nehmen Sie zum Neujahrsempfang am Freitag lieber Personenschutz mit. Ernsthaft. Wird trotzdem nicht reichen.",
    (
        "Hallo Herr Schöffe, hab Sie Sonntag früh beim Joggen an der Wesertalsperre gesehen. Schöne Gegend. "
        "Sehr ruhig. Keiner da, der was hört. Bis nächsten Sonntag."
    ),
    (
        "Ihre Mitarbeiterin hat mich blockiert. Gut. Dann komm ich halt persönlich ins Büro. Sie soll schon "
        "mal Verbandszeug bereitlegen."
    ),
    (
        "Sehr geehrter Herr Minister,\n\nüber das Kataster habe ich die Adresse Ihrer Eltern in Amel "
        "herausgefunden. Sie sind alt und wohnen allein. An Ihrer Stelle würde ich mir meine Haltung zur "
        "Rentenreform noch einmal überlegen.\n\nHochachtungsvoll\nK. Mertes"
    ),
    "bumm 💣💣 dein Wahlkreisbüro am Donnerstag. sei da",
    (
        "Wir sind viele, wir sind bewaffnet und wir kennen deinen Terminplan für die Reise nach Brüssel. Du "
        "kommst da nicht heil zurück."
    ),
    (
        "Na, Frau Ratsmitglied, machen Sie ruhig weiter mit den Grundsteuern. Irgendwann brennt Ihr Haus mal "
        "ab, mit Ihnen drin. Ich sag nicht, dass ich das bin. Aber ich bin's."
    ),
    "Wenn der Blitzer in meiner Straße angeht, gehen deine Kniescheiben. Fairer Deal.",
    (
        "Einer aus Verviers oder Eupen Lust, Geschichte zu schreiben? Der Minister ist Samstag beim Dorffest "
        "in Kelmis. Benzin zahl ich 🔥🔥 schreibt mir privat"
    ),
    "Wenn ihr das Krankenhaus in St. Vith dichtmacht, dann ist dein Leben auch dicht. Versprochen, Kollege.",
    "Du wirst sterben und ich werd dabei sein. 🔪⚰️",
    (
        "Mach nur weiter mit deiner Windkraft, Bürgermeister. Der Hof von deinem Bruder in Manderfeld hat "
        "viel Heu in der Scheune. Brennt gut 🔥"
    ),
    (
        "Isch kenn dat Haus von dem Jung in der Unterstadt, wa. Wenn der nit oppasst, kriegt der Besuch, "
        "aber nit zum Kaffee. Sach dem dat ruhig."
    ),
    (
        "Hallo Frau Schöffin, ich hab Ihre Handynummer und Ihre Adresse in Büllingen online gestellt. Die "
        "Jungs wissen Bescheid. Viel Spaß heute Nacht."
    ),
    (
        "Ab jetzt jeden Tag eine Nachricht. Am Tag der Abstimmung komm ich persönlich, mit Messer, wenn Sie "
        "so stimmen wie angekündigt. Ihre Wahl."
    ),
]

DE_HARD = [
    "Dieser Haushalt bringt die Kultur in Ostbelgien um. Schämen Sie sich.",
    "Wir sehen uns an der Wahlurne! 🗳️ Meine Stimme kriegen Sie nie wieder.",
    "Wir wissen, wo du wohnst 😄 wir sind ja Nachbarn! Samstag ist Straßenfest in Kettenis, komm vorbei!",
    (
        "Sehr geehrte Frau Ministerin,\n\nhiermit teile ich Ihnen mit, dass ich beim Ombudsdienst Beschwerde "
        "wegen meiner Pflegegeldakte eingereicht habe. Mein Anwalt ist informiert.\n\nMit freundlichen "
        "Grüßen\nUrsula Kohnen"
    ),
    (
        "Donnerstag 17 Uhr stehen wir mit 150 Lehrerinnen und Lehrern vor Ihrem Büro. Friedlich, laut und "
        "mit Transparenten. #BildungStattKürzung"
    ),
    "ich könnte platzen vor Wut über diese Müllgebühren 🤬",
    "Ich lach mich tot 💀💀 eure Rede zum Radweg war das Beste der Woche",
    (
        "Guten Tag, ich bin Journalistin bei einer ostbelgischen Tageszeitung. Wir veröffentlichen am "
        "Freitag einen Artikel über die Beraterverträge in Ihrem Ministerium. Möchten Sie bis Donnerstag 15 "
        "Uhr Stellung nehmen?"
    ),
    "Ich werde Ihnen so lange schriftliche Fragen stellen, bis Sie antworten. Jede Woche. Gewöhnen Sie sich an mich.",
    "Sie sind ein unfähiger Clown und der schlechteste Schöffe, den Raeren je hatte.",
    (
        "Herr Bürgermeister, jemand hat mir einen Zettel ans Auto geklebt, man würde mir 'die Bude "
        "abfackeln', weil ich Flüchtlingen helfe. Ich war bei der Polizei in Eupen. Was tut die Gemeinde "
        "gegen so was?"
    ),
    (
        "Frage zum Waffengesetz: Ich hab das Jagdgewehr von meinem Opa geerbt. Muss ich das anmelden, bevor "
        "ich im Schützenverein damit schießen darf?"
    ),
    "Brauchen wir eine Genehmigung für ein kleines Feuerwerk beim Schulfest in Bütgenbach? 🎆",
    "Diese Steuer ist ein Messer im Rücken jedes Handwerkers in der Eifel.",
    (
        "Die Schule meiner Tochter in Eupen hat keine Heizung. Im Dezember! Ich komme jede Woche in Ihre "
        "Sprechstunde, bis das repariert ist."
    ),
    "Für ne anständige Busverbindung nach Aachen würd ich töten 😅",
    "Wir übergeben am Montag die Unterschriften gegen die Windräder in Ihrem Büro. Über 3.000 bisher.",
    "Bei der Abstimmung heute voll abgeschossen worden, was? 😂 Ihr Abänderungsvorschlag hatte keine Chance.",
    (
        "In der Zeitung stand, dass gestern in Verviers wieder jemand niedergestochen wurde. Wann kommt "
        "endlich mehr Polizei auf die Straße?"
    ),
    (
        "Kommt der Minister dieses Jahr zur Gedenkfeier am 11. November am Kriegerdenkmal in St. Vith? Die "
        "Veteranen würden sich freuen."
    ),
    "Die haben Sie in der Debatte so was von zerlegt 💀 RIP Karriere",
    (
        "Ihr Auto stand schon wieder auf dem Radweg vorm Rathaus, Kennzeichen auf meinem Foto gut zu sehen. "
        "Hab's gemeldet. Mit gutem Beispiel vorangehen und so."
    ),
    "Am Dienstag ist Streik, wir legen alles lahm. Sehen uns am Streikposten, Herr Minister 👋",
    "Wenn mein Sohn bis zum 15. Januar keinen Platz in der Schule bekommt, ziehen wir vor den Staatsrat.",
    (
        "Hallo! Hab Sie gestern auf dem Weihnachtsmarkt in Eupen gesehen, mit Ihren Kindern am "
        "Glühweinstand. Wollte nicht stören. Tolle Arbeit beim neuen Spielplatz!"
    ),
    "Ihr Gegner wird Sie am Sonntag in der Debatte zum Frühstück verspeisen 🍿",
    "Für die Kochaktion bei der Tafel: Sollen wir eigene Messer mitbringen oder sind welche da?",
    (
        "Jemand hat MIR nach meiner Wortmeldung im Gemeinderat mit dem Tod gedroht. Ich hab Angst. "
        "Screenshots hab ich. Was kann die Gemeinde tun?"
    ),
    "Die Pressekonferenz war ne Steilvorlage für die Opposition. Volltreffer 🎯 für die anderen.",
    (
        "Ich weiß, wo Ihr Büro ist, und wir kommen am Donnerstagmorgen mit dem Anwohnerkomitee vorbei. Wir "
        "wollen eine Antwort zur Buslinie. Höflich, aber wir gehen nicht ohne Termin."
    ),
    "Sie sind eine Schande, ein Lügner und ein Feigling. Die Wähler werden sich das merken.",
    (
        "Die Gedenktafel für die Opfer der Ardennenoffensive in Recht ist total verwittert. Bitte vor dem "
        "Jahrestag erneuern."
    ),
    (
        "Kopfschuss! 🎮 sorry falscher Chat, war für meinen Bruder. Aber wo ich schon hier bin: Schlaglöcher "
        "in der Bergstraße!!"
    ),
    "Mit der Rentenreform haben Sie das ganze Land in Brand gesteckt. Belgien brennt und Sie spielen Geige.",
    (
        "Ich werde in der Ratssitzung am 14. in der Fragestunde das Wort ergreifen. Bereiten Sie diesmal "
        "eine richtige Antwort vor."
    ),
    "Die Jagdsaison im Venn fängt nächste Woche an. Gelten die neuen Regeln für Treibjagden auch auf Privatgrund?",
    (
        "Achtung: Auf Facebook gibt es ein Fake-Profil von Ihnen mit Ihrer Privatadresse in der "
        "Beschreibung. Bitte melden!"
    ),
    (
        "Ich bin Krankenpflegerin, ich bin fertig, ich bin wütend. Und ich mache Haustürwahlkampf gegen Sie "
        "in jeder Straße."
    ),
    (
        "Unser Fußballverein braucht nen neuen Platz. Die Kinder spielen im Matsch. Wir schießen, wir "
        "treffen, wir frieren. Hilfe!"
    ),
    (
        "Ich hab alle Ihre Abstimmungen zum Wohnungsbau in einer Tabelle. Die veröffentliche ich vor der "
        "Wahl. Jede einzelne."
    ),
    (
        "Mein Nachbar droht ständig, meinen Schuppen anzuzünden, wegen der Grundstücksgrenze. Die Polizei "
        "sagt, das ist zivilrechtlich. An wen kann ich mich wenden?"
    ),
    "Mit der Steuererhöhung schießen Sie sich selbst ins Knie.",
    "Mega Radweg durch den Hertogenwald. Da haben Sie voll ins Schwarze getroffen 🚴",
    "Das Dekret ist tot, bevor es geboren ist, und Ihre Koalition gleich mit. Viel Spaß in der Opposition.",
    "Darf man in Belgien ein Taschenmesser dabeihaben? Ich bin Elektriker und brauch das für die Arbeit.",
    (
        "Wir organisieren am Sonntag einen Schweigemarsch vom Werthplatz zum Rathaus für das Opfer vom "
        "letzten Wochenende. Bitte laufen Sie mit."
    ),
    (
        "Wenn Sie die Geburtsstation in St. Vith schließen, bekämpfen wir Sie in jeder Ratssitzung, in jeder "
        "Zeitung und vor jedem Gericht."
    ),
    (
        "Ein Typ an der Bushaltestelle hat heut gebrüllt 'Politiker gehören an die Wand'. Fand ich gruselig. "
        "Bitte tut was gegen Radikalisierung."
    ),
    "Ihr streicht die Kulturförderung, wir streichen euch vom Wahlzettel. Tschüss 👋",
    (
        "Hallo, ich wohne direkt neben Ihrem Bürgerbüro und Ihre Leute parken ständig vor meiner Garage. Ja, "
        "ich weiß, wo Ihr Büro ist, ist ja neben meinem Haus 😂 Bitte klären."
    ),
    "Boah ey, ich krieg die Krise. 8 Monate warte ich auf eine Antwort vom Ministerium. 😡",
    "Bei den nächsten Wahlen haben Sie keine Chance mehr, das sag ich Ihnen. Unsere ganze Straße wählt Sie ab.",
    "Merci für nix, Herr Schöffe. Mit Ihnen bin ich fertig. Aus, vorbei.",
    (
        "Dürfen die Schützen beim Karnevalsumzug in Eupen wieder mit Platzpatronen schießen? Letztes Jahr "
        "gab's Ärger mit der Polizei."
    ),
    (
        "Wir kommen Donnerstag alle in die Sprechstunde. Alle 40 Eltern von der Kita, mit Kinderwagen. "
        "Machen Sie sich auf was gefasst 😤"
    ),
    "Ich zeige Sie wegen Amtsmissbrauch an. Mein Anwalt hat die Unterlagen schon.",
    "Die Rede war Bombe 💣💣 endlich sagt's mal einer!",
    (
        "Ihr Wahlplakat an der Kreuzung in Eynatten wurde beschmiert und angezündet. Hab's der Polizei "
        "gemeldet, wollte nur Bescheid sagen."
    ),
    "Politisch sind Sie erledigt. Tot und begraben ⚰️ Die Wähler haben das letzte Wort.",
    (
        "Als Sportschütze sag ich: Das neue Waffengesetz trifft die Falschen. Wir sind keine Kriminellen. "
        "Hören Sie uns an, wir kommen gern in Ihr Büro."
    ),
]
