"""Third batch of threat training messages, English and German (hand-written for this project, 2026-12-07).

Beside ``threat_train_en_de.py`` and ``threat_train_more_en_de.py``, parallel by index to
:mod:`inbox.triage.training.threat_train_third_nl_fr` (the same situations, adapted: expats
in Brussels writing English, East-Belgian German and Platt, slang, typos). ``*_THREAT``:
threats inside long e-mails and political complaints, conditional threats, threats against
staff, volunteers, event venues, the children's school and the partner's work, predictions,
"accidents", stalking-style observations, comments with a few emoji, threats of sexual
violence, dialect and typos. ``*_HARD``: hard negatives that come close (metaphors, sport,
quoted and reported threats, protection requests, legal action, strikes, "we will keep
coming back", history, titles, "your career is over", long angry e-mails, friendly
observations, conditional announcements). Written from general knowledge without looking at
any check set (``inbox/triage/evaluation/*``).
"""

EN_THREAT = [
    # long e-mails with greeting and signature
    "Dear Mr Peeters,\n\nI am writing as a resident of Overijse and a father of three. For two years I have asked "
    "for a zebra crossing at the school gate and for two years I have had form letters. I have also noticed "
    "that on Fridays, after the council meeting, you walk to your car alone. Perhaps you should find out what "
    "it feels like not to be safe in the street.\n\nKind regards,\nKevin",
    "Dear Madam,\n\nThank you for your reply about the wind turbines, but it convinces nobody here. The day the "
    "first mast goes up, we will make it our personal business that you never sleep peacefully in your villa "
    "again. We have nothing left to lose. You do.\n\nYours,\nA local resident",
    "Hello Councillor,\n\nin short: my planning application has been stuck in your department for eleven "
    "months. I have been patient and now I'm done. Next time I see you at the market I'll teach you what "
    "waiting feels like myself, no lawyers involved.\n\nRegards,\nM. Wilde\nTervuren",
    "Dear Minister,\n\nFirst, thank you for your visit in October. But some of our members are so furious about "
    "the funding freeze that I can no longer guarantee anything. One of them has already shared your home "
    "address in our group chat. If I were you I would not be home alone over the next few weeks.\n\nBest,\nP.",
    # inside an otherwise political complaint
    "Your party voted for the index freeze and now I can't pay my rent. You live off our money and laugh at us. "
    "One day there'll be twenty of us at your door, and there won't be any more talking.",
    "The road charge is daylight theft, I drive 80 km a day to work. Remember this: if I lose my job because of "
    "your policy, you'll lose something too. Something you care about more than your seat.",
    "Since your traffic plan my shop is in the red and I've had to let three people go. You're safe in your "
    "office for now, but that won't last. I'm not afraid of going to prison for what I've got planned for you.",
    "You won't listen to the neighbourhood about the reception centre. Fine, we'll sort it ourselves. And if the "
    "centre burns down, you'll know whose fault it is. Your own house isn't that far away either.",
    # conditional
    "If that law passes next week, you'll be the first to feel it. Personally.",
    "Vote to close our hospital and you needn't bother coming back to Aalst. Not alive anyway.",
    "If they raise the pension age, my hunting rifle comes out of the cupboard. Guess who it's for.",
    "One signature on that decree and your kids won't see you again.",
    # staff, volunteers
    "Those volunteers handing out your leaflets at the Saturday market: tell them to stay home next week. We've "
    "photographed their faces.",
    "Your spokeswoman in the red coat, I know where she leaves her car. She won't be strutting around much longer.",
    "To the intern who answered the phone this morning: take that tone with me once more and I'll be waiting "
    "for her after work.",
    "Anyone still putting up your party's posters on our estate will get the paste brush in the face, and "
    "worse. Pass that on to your poster team.",
    # event venues
    "If I were you I'd cancel your debate night at the parish hall on Thursday. So much can go wrong in a "
    "packed hall with only one exit.",
    "To the manager of the Crown function room: if that party conference goes ahead at your place, there won't "
    "be much left of your business.",
    "Your party's New Year reception on 12 January, I've seen the invitation. We're coming too, with a surprise "
    "everyone will remember for a long time 💥",
    "That information evening about the reception centre isn't happening. Anyone who turns up anyway won't "
    "leave in one piece.",
    # children's school, partner's work
    "St Joseph's primary, Miss Ellie's class, pick-up at half three. That's right, isn't it? Tell your wife "
    "she'd better be on time.",
    "Your husband works at the university hospital, night shift on Tuesdays. Long corridors there, and so few "
    "people around at night.",
    "We've told all the parents in your little boy's class who his daddy is. He'll feel it in the playground.",
    "Your girlfriend works at that bank on Avenue Louise, doesn't she. I popped in yesterday. Nice lady. For now.",
    # predictions
    "People like you usually end up in a ditch. That's not a threat, it's statistics.",
    "Politicians who betray the people sooner or later meet someone who's had enough. Your turn will come.",
    "I predict a short future for you. Very short.",
    "Your sort get fished out of the canal one day. Just saying.",
    # "accidents"
    "Brake lines wear out faster than people think, especially on cars parked in the street overnight.",
    "It would be an unfortunate coincidence if you fell down the stairs at the town hall. Stairs are dangerous.",
    "So many cyclists get knocked down on that main road. Do you still ride along it every morning?",
    "Gas pipes in old houses, you really have to be careful with those. One spark and there's nothing left of "
    "your terrace.",
    # stalking-style observations
    "That blue coat suited you this morning on platform 3 at Mechelen. The 7.42, fourth carriage. See you tomorrow.",
    "Last night around ten you drew your curtains. I saw it from across the street.",
    "Saturday at the supermarket: bananas, a bottle of red and that green scarf. You didn't look round. I did.",
    "I know what coffee you drink in that little place by the station and which table you sit at. Always with "
    "your back to the door. Bad idea.",
    "I followed you from parliament to your front door. Twenty-five minutes. You didn't notice a thing.",
    "I've got lovely photos of your garden. And of your bedroom window.",
    "You walk your dog in the park every night at ten. You're always alone then, aren't you.",
    "Last week in Knokke, that terrace on the promenade. I was two tables away. Next time I'll come closer.",
    # comments with a few emoji
    "nice speech today 👏👏 enjoy it while it lasts 🪦🔪",
    "that minister needs a 🔫 to the head, who's volunteering",
    "See you Saturday at the street fair 😊 I'm bringing something 🔪😉",
    "your little house 🏡 looks so dry this summer 🔥🔥 would be a shame",
    # sexual violence
    "Someone should rape you, then you'd learn to keep quiet in parliament.",
    "I know when your daughter cycles home alone. She's old enough now for what I've got in mind.",
    "Women like you need putting in their place and I'm volunteering. Watch out when you walk home alone at night.",
    "I'm going to rape you and put the video online, you feminist slag.",
    # dialect, slang
    "yer gonna get a proper kicking one of these days ya wee rat, ye'll no see it coming",
    "right pal, say that on telly one more time and I'm coming down to Brussels, then you'll see",
    "just wait till I catch ye in the pub, ye'll no be standing after",
    "ye'll no be walkin round this village much longer, I swear it",
    # typos, spoken
    "ill find u and then ur bs is over, swear on my mums life",
    "u dont know who i am but i know who u are and where ur kids do sport, see u soon",
    "ur gonna regret that vote, wait n see what happens to ur office",
    "already bought a knife just for u, consider urself warned",
    # other: pets, vigilantes, last warning
    "Your cat's out a lot, isn't she. Shame if she didn't come home one day. Same goes for you.",
    "If the judges won't do anything, we'll deliver justice ourselves. Your name is top of the list.",
    "One day the people will be at your door with torches, and I'll be the one bringing the petrol.",
    "This is your final warning. The next letter won't come by post.",
]

EN_HARD = [
    # strong metaphors
    "We will bury this proposal in committee, you can count on that.",
    "The opposition is going to strangle this bill at birth, and rightly so.",
    "This report will blow your whole argument out of the water.",
    "That reform is dead on arrival, we're pulling the plug.",
    # sport and games
    "On Sunday we're going to annihilate Genk, 3-0 at least! ⚽ Will you come and watch our youth team?",
    "At the chess tournament in the town hall your son slaughtered me without mercy, congratulations!",
    "Our darts club is asking for a small grant. We hit the target every week, now for the council 🎯",
    "Your group got properly shot to pieces at paintball last week, rematch next month?",
    # quotes of threats received, condemned
    "Someone commented under your Facebook post that you 'need a bullet in the head'. Disgraceful. I reported "
    "it and I hope you go to the police.",
    "At the demo someone shouted 'hang the lot of them'. I was there and I'm ashamed. That's not how we campaign.",
    "My 16-year-old daughter got Instagram messages from a man claiming he had her address. How can the police "
    "follow something like that up?",
    "I'm a councillor in a small municipality myself and got a letter saying 'your days are numbered'. Is "
    "better protection for local councillors on the way?",
    # reports of threats against others
    "My neighbour has been threatened for weeks by a man who says he'll burn his house down. The police say "
    "they can't do anything. Can you help?",
    "A group of teenagers hangs around the playground threatening children with a knife. Parents don't dare go "
    "any more. When will there be patrols?",
    "Our GP was threatened in his waiting room by a patient. Health workers deserve better protection.",
    "I'm a bus driver and I get threatened nearly every week. What is the government doing for staff?",
    # protection and safety requests
    "I have a restraining order against my ex but he's still outside my door every night. Can you help me get "
    "police protection?",
    "As a woman councillor I wonder: is there a procedure to get a panic button at home after threats?",
    "How do I get my address shielded in the national register? I'm being stalked.",
    "Will there be more funding for the sexual violence care centres? In our province the wait is far too long.",
    # legal action
    "See you in court. Our lawyer has the summons ready.",
    "If the council doesn't take that tree down and it falls on my house, I'll hold you liable. That's not a "
    "threat, that's the Civil Code.",
    "I'm filing complaints with the ombudsman and the ethics committee. You'll be hearing from me, through the "
    "proper channels.",
    "We're launching a class action against the authorities over the PFAS pollution and we'll see it through to "
    "the end.",
    # strikes and blockades
    "On Monday we shut the port down. No ship goes in or out until there's a deal.",
    "Tomorrow 500 tractors drive to Brussels and we block every road in. Peacefully, but we're not leaving.",
    "Teachers are on strike all week. Schools shut, parents stuck, and that's on you.",
    "On Saturday we'll occupy your party office with a sit-in until you meet us. We'll bring our own coffee.",
    # we keep coming back
    "Every Tuesday we'll be back outside the town hall, for as long as it takes. You'll be seeing a lot of us.",
    "We'll keep turning up at every one of your surgeries until the playground reopens.",
    "You won't get rid of us: a new petition every month, a letter every week.",
    "Today there were 200 of us outside the provincial building. Next time we'll be back with 2,000, I promise you.",
    # history
    "My grandfather was in the resistance and was executed by firing squad in 1944. He fought for the democracy "
    "you are hollowing out.",
    "In 1914 Leuven was burned to the ground, don't forget that at the commemoration. Is there a budget for the "
    "memorial?",
    "The Battle of the Bulge shows what war does. So please support peace education in our schools.",
    "Like the farmers' revolt of 1798, the countryside will rise up if you carry on like this. At the ballot "
    "box, that is.",
    # films, books, games
    "Have you seen 'Man Bites Dog', the Belgian film about a serial killer? The arts centre should screen it again.",
    "Our book club is reading 'The Sorrow of Belgium' this month. Would you come and talk to us?",
    "My son plays Call of Duty and says he shoots everyone. Shouldn't there be a stricter age limit on those games?",
    "The drama group is doing 'Murder on the Orient Express' at the arts centre, may I send you a free ticket?",
    # career over
    "With this vote you've dug your own political grave. Your career is over.",
    "You're a political corpse, even your own party will drop you.",
    "After this scandal you're finished. I won't shed a tear.",
    "At the next election we'll wipe you off the list, you and your whole gang.",
    # long angry but legitimate e-mails
    "Dear Ms Janssens,\n\nYesterday there was another accident at the crossroads by my children's school. A "
    "ten-year-old girl was hit. I am furious. How many more children have to be hurt before there is a traffic "
    "light? I expect an answer by Friday, otherwise I am going to the press.\n\nKind regards,\nSophie Clarke",
    "Dear Sir,\n\nI'm your neighbour and I notice your wife is often home alone in the evening when you're at "
    "parliament. She can always knock on our door if anything's wrong, the street is badly lit. Could you ask "
    "the council about better lighting?\n\nBest wishes,\nGuy",
    "Dear Mayor,\n\nYour office hasn't answered my complaint about the noise from the party venue for three "
    "months. I can't sleep and my work is suffering. I'll ring every week until someone comes to measure it. I "
    "won't put up with it any longer.\n\nYours faithfully,\nD. Fox",
    "Dear Alderwoman,\n\nAt parents' evening I heard your daughter is also in Miss Ann's Year 3 class. What a "
    "coincidence! Would you, as a parent and as alderwoman, take a look at the traffic at the school gate? "
    "You're very welcome at the parents' committee.\n\nBest,\nLynn",
    # friendly observations
    "I saw you on the 7.42 to Brussels this morning but didn't dare say hello. May I e-mail you about the "
    "delays on that line?",
    "Lovely red coat at the New Year reception! My wife wants to know where you bought it 😄",
    "I live right across from your office and see the lights on late every night. Do take a break!",
    "I see you walking the dog in the park every Saturday. Could you get someone to look at the broken benches there?",
    # dialect, typos, emoji, angry but no threat
    "seriously wtf are u lot doing with this traffic plan?? drives me round the bend 🤬🤬",
    "im fuming with u lot!!! the bus is never on time and nobody does anything 😡",
    "shame on you, never voting for your lot again 👎👎",
    "that minister deserves a good kick up the backside from the voters 😂",
    # conditional announcements that threaten nobody
    "If that law goes through, we're moving to the Netherlands. You'll lose a taxpayer.",
    "If you vote for the wind farm, I'll campaign against you in every street of the village.",
    "If the pension age goes up, I'm handing back my party membership card.",
    "Should the school close, we'll take it to the Council of State with all the parents.",
]

DE_THREAT = [
    # long e-mails with greeting and signature
    "Sehr geehrter Herr Peters,\n\nich schreibe Ihnen als Einwohner von Kelmis und Vater von drei Kindern. Seit "
    "zwei Jahren bitte ich um einen Zebrastreifen vor der Schule, seit zwei Jahren bekomme ich Standardantworten. "
    "Mir ist auch aufgefallen, dass Sie freitags nach der Ratssitzung allein zu Ihrem Auto gehen. Vielleicht "
    "sollten Sie mal spüren, wie es ist, auf der Straße nicht sicher zu sein.\n\nMit freundlichen Grüßen\nKarl",
    "Sehr geehrte Frau Ministerin,\n\ndanke für Ihre Antwort zu den Windrädern, aber hier überzeugt sie keinen. "
    "Sobald der erste Mast steht, sorgen wir persönlich dafür, dass Sie in Ihrer Villa nie wieder ruhig "
    "schlafen. Wir haben nichts mehr zu verlieren, Sie schon.\n\nHochachtungsvoll\nEin Anwohner",
    "Guten Tag Herr Schöffe,\n\nkurz und knapp: Mein Bauantrag liegt seit elf Monaten bei Ihrer Verwaltung. Ich "
    "war geduldig, jetzt ist Schluss. Wenn ich Sie das nächste Mal auf dem Markt sehe, bringe ich Ihnen selbst "
    "bei, was Warten heißt, und zwar ohne Anwalt.\n\nGruß\nM. Wildt\nBütgenbach",
    "Sehr geehrte Frau Ministerin,\n\nzunächst danke für Ihren Besuch im Oktober. Aber einige Mitglieder sind so "
    "wütend über den Förderstopp, dass ich für nichts mehr garantieren kann. Einer hat Ihre Privatadresse schon "
    "in unserer Gruppe verteilt. An Ihrer Stelle wäre ich die nächsten Wochen nicht allein zu Hause.\n\nMit "
    "freundlichem Gruß\nP.",
    # inside an otherwise political complaint
    "Ihre Partei hat den Indexsprung beschlossen und jetzt kann ich meine Miete nicht mehr zahlen. Ihr lebt von "
    "unserem Geld und lacht uns aus. Eines Tages stehen wir zu zwanzigst vor Ihrer Tür, und dann wird nicht mehr "
    "geredet.",
    "Die Kilometerabgabe ist Diebstahl, ich fahre jeden Tag 80 km zur Arbeit. Merken Sie sich: Wenn ich wegen "
    "Ihrer Politik meinen Job verliere, verlieren Sie auch etwas. Etwas, das Ihnen mehr bedeutet als Ihr Sitz.",
    "Seit Ihrem Verkehrsplan schreibt mein Geschäft rote Zahlen, drei Leute musste ich entlassen. Sie sitzen "
    "sicher in Ihrem Kabinett, aber nicht mehr lange. Ich habe keine Angst vor dem Gefängnis für das, was ich "
    "mit Ihnen vorhabe.",
    "Beim Aufnahmezentrum hören Sie nicht auf das Viertel. Gut, dann regeln wir das selbst. Und wenn das Zentrum "
    "abbrennt, wissen Sie, wer schuld ist. Ihr eigenes Haus ist übrigens auch nicht weit.",
    # conditional
    "Wenn das Gesetz nächste Woche durchgeht, bist du der Erste, der es zu spüren bekommt. Persönlich.",
    "Stimmen Sie für die Schließung unseres Krankenhauses, dann brauchen Sie nicht mehr nach St. Vith zu kommen. "
    "Jedenfalls nicht lebend.",
    "Wenn das Rentenalter steigt, hole ich mein Jagdgewehr aus dem Schrank. Raten Sie mal, für wen.",
    "Eine Unterschrift unter dieses Dekret und Ihre Kinder sehen Sie nicht wieder.",
    # staff, volunteers
    "Die Ehrenamtlichen, die auf dem Markt in Eupen Ihre Flyer verteilen: Sagen Sie ihnen, sie bleiben nächste "
    "Woche besser zu Hause. Wir haben ihre Gesichter fotografiert.",
    "Ihre Sprecherin mit dem roten Mantel, ich weiß, wo sie ihr Auto abstellt. Lange läuft die nicht mehr so "
    "stolz herum.",
    "An die Praktikantin, die heute Morgen am Telefon war: Noch einmal dieser Ton und ich warte nach Feierabend "
    "auf sie.",
    "Wer bei uns im Viertel noch Plakate Ihrer Partei klebt, kriegt den Kleisterpinsel ins Gesicht, und "
    "Schlimmeres. Richten Sie das Ihrem Plakatteam aus.",
    # event venues
    "Ihren Diskussionsabend im Pfarrsaal am Donnerstag würde ich an Ihrer Stelle absagen. In einem vollen Saal "
    "mit nur einem Ausgang kann so viel schiefgehen.",
    "An den Wirt vom Saal Krone: Wenn dieser Parteitag bei Ihnen stattfindet, bleibt von Ihrem Laden nicht viel übrig.",
    "Neujahrsempfang Ihrer Partei am 12. Januar, ich habe die Einladung gesehen. Wir kommen auch, mit einer "
    "Überraschung, an die sich alle lange erinnern werden 💥",
    "Der Infoabend zum Aufnahmezentrum findet nicht statt. Wer trotzdem hingeht, kommt nicht heil wieder raus.",
    # children's school, partner's work
    "Gemeindeschule am Lindenweg, Klasse von Frau Elke, Abholung um halb vier. Stimmt doch? Sagen Sie Ihrer "
    "Frau, sie sollte pünktlich sein.",
    "Ihr Mann arbeitet im Krankenhaus, dienstags Nachtschicht. Lange Flure da, und nachts so wenig Leute.",
    "Wir haben allen Eltern in der Klasse Ihres Kleinen erzählt, wer sein Papa ist. Auf dem Schulhof wird er es "
    "zu spüren bekommen.",
    "Ihre Freundin arbeitet doch in der Bank in der Klosterstraße. Ich war gestern drin. Nette Frau. Noch.",
    # predictions
    "Leute wie du enden meistens im Graben. Das ist keine Drohung, das ist Statistik.",
    "Politiker, die das Volk verraten, treffen früher oder später jemanden, der genug hat. Sie sind auch noch dran.",
    "Ich sage Ihnen eine kurze Zukunft voraus. Sehr kurz.",
    "Typen wie Sie fischt man irgendwann aus dem Kanal. Ich sag ja nur.",
    # "accidents"
    "Bremsleitungen verschleißen manchmal schneller, als man denkt, vor allem bei Autos, die nachts auf der "
    "Straße stehen.",
    "Es wäre ein unglücklicher Zufall, wenn Sie im Rathaus die Treppe hinunterfielen. Treppen sind gefährlich.",
    "Auf der Landstraße werden so oft Radfahrer angefahren. Fahren Sie da immer noch jeden Morgen lang?",
    "Gasleitungen in alten Häusern, da muss man wirklich aufpassen. Ein Funke, und von Ihrem Reihenhaus bleibt "
    "nichts übrig.",
    # stalking-style observations
    "Der blaue Mantel stand Ihnen heute Morgen gut, Gleis 3 in Welkenraedt. Der Zug um 7.42 Uhr, vierter Wagen. "
    "Bis morgen.",
    "Gestern gegen zehn haben Sie Ihre Vorhänge zugezogen. Ich habe es von gegenüber gesehen.",
    "Samstag im Supermarkt: Bananen, eine Flasche Rotwein und der grüne Schal. Sie haben sich nicht umgedreht. "
    "Ich schon.",
    "Ich weiß, welchen Kaffee Sie in dem kleinen Café am Bahnhof trinken und an welchem Tisch Sie sitzen. Immer "
    "mit dem Rücken zur Tür. Schlechte Idee.",
    "Ich bin Ihnen vom Parlament bis zu Ihrer Haustür gefolgt. Fünfundzwanzig Minuten. Sie haben nichts gemerkt.",
    "Ich habe schöne Fotos von Ihrem Garten. Auch vom Schlafzimmerfenster.",
    "Ihren Hund führen Sie jeden Abend um zehn im Park aus. Da sind Sie immer allein, nicht wahr.",
    "Letzte Woche in Knokke, die Terrasse an der Promenade. Ich saß zwei Tische weiter. Nächstes Mal komme ich näher.",
    # comments with a few emoji
    "schöne rede heute 👏👏 genieß es solange es geht 🪦🔪",
    "der minister braucht ne 🔫 an die schläfe, wer macht's",
    "Wir sehen uns Samstag auf dem Straßenfest 😊 ich bring was mit 🔪😉",
    "dein häuschen 🏡 sieht diesen sommer so trocken aus 🔥🔥 wär doch schade",
    # sexual violence
    "Dich sollte mal einer vergewaltigen, dann lernst du, im Parlament den Mund zu halten.",
    "Ich weiß, wann deine Tochter allein mit dem Rad heimfährt. Sie ist alt genug für das, was ich vorhabe.",
    "Frauen wie du müssen mal richtig rangenommen werden, und ich melde mich freiwillig. Pass auf, wenn du "
    "abends allein heimgehst.",
    "Ich werde dich vergewaltigen und das Video ins Netz stellen, du Feministenschlampe.",
    # East-Belgian, Platt
    "Jong, du krisch irjendwann eene op de Kopp, dat de nit mehr wees, wie de heeßt.",
    "Hür ens, sach dat noch ens em Fernsehen, dann komm isch noh Brüssel, un dann küsste wat erläve.",
    "Waat nur, bes isch disch em Café treff, dann kanns de nit mieh jrad stonn.",
    "Du löpps hee em Dörp nit mieh lang eröm, dat verspresch isch dir.",
    # typos, spoken
    "ich find dich und dann is schluss mit deim gelaber, ich schwör auf meine mutter",
    "du weist nich wer ich bin aber ich weis wer du bist und wo deine kinder sport machn, bis bald",
    "das wirst du bereun mit der abstimmung, wart mal ab was mit deim büro passiert",
    "hab schon n messer gekauft nur für dich, bist gewarnt",
    # other: pets, vigilantes, last warning
    "Ihre Katze ist ja oft draußen. Wäre schade, wenn sie eines Tages nicht heimkommt. Genau wie Sie.",
    "Wenn die Richter nichts tun, sorgen wir selbst für Gerechtigkeit. Ihr Name steht ganz oben auf der Liste.",
    "Eines Tages steht das Volk mit Fackeln vor deiner Tür, und ich bringe das Benzin mit.",
    "Das ist Ihre letzte Warnung. Der nächste Brief kommt nicht mit der Post.",
]

DE_HARD = [
    # strong metaphors
    "Wir werden diesen Vorschlag im Ausschuss beerdigen, darauf können Sie sich verlassen.",
    "Die Opposition wird diesem Gesetzentwurf den Hals umdrehen, und das zu Recht.",
    "Mit diesem Bericht schießen wir Ihre ganze Argumentation in Stücke.",
    "Diese Reform ist tot, bevor sie geboren ist, wir ziehen den Stecker.",
    # sport and games
    "Am Sonntag machen wir Genk fertig, mindestens 3:0! ⚽ Kommen Sie unsere Jugend anschauen?",
    "Beim Schachturnier im Rathaus hat Ihr Sohn mich gnadenlos abgeschlachtet, Glückwunsch!",
    "Unser Dartverein bittet um einen kleinen Zuschuss. Wir treffen jede Woche ins Schwarze, jetzt fehlt nur "
    "noch die Gemeinde 🎯",
    "Ihre Fraktion wurde beim Paintball letzte Woche ordentlich zerlegt, Revanche nächsten Monat?",
    # quotes of threats received, condemned
    "Jemand hat unter Ihren Facebook-Beitrag geschrieben, Sie 'bräuchten eine Kugel im Kopf'. Widerlich. Ich "
    "habe es gemeldet und hoffe, Sie erstatten Anzeige.",
    "Auf der Demo hat einer 'hängt sie alle auf' gerufen. Ich stand daneben und schäme mich. So machen wir keine "
    "Politik.",
    "Meine 16-jährige Tochter bekam auf Instagram Nachrichten von einem Mann, der behauptete, ihre Adresse zu "
    "haben. Wie kann die Polizei so etwas verfolgen?",
    "Ich bin selbst Gemeinderat in einer kleinen Gemeinde und bekam einen Brief mit 'Ihre Tage sind gezählt'. "
    "Kommt ein besserer Schutz für Lokalpolitiker?",
    # reports of threats against others
    "Mein Nachbar wird seit Wochen von einem Mann bedroht, der sagt, er werde sein Haus abfackeln. Die Polizei "
    "sagt, sie könne nichts tun. Können Sie helfen?",
    "Am Spielplatz hängt eine Gruppe Jugendlicher herum, die Kinder mit einem Messer bedroht. Die Eltern trauen "
    "sich nicht mehr hin. Wann gibt es Kontrollen?",
    "Unser Hausarzt wurde im Wartezimmer von einem Patienten bedroht. Pflegekräfte und Ärzte verdienen besseren "
    "Schutz.",
    "Ich bin Busfahrer und werde fast jede Woche bedroht. Was tut die Regierung für das Personal?",
    # protection and safety requests
    "Ich habe ein Kontaktverbot gegen meinen Ex, aber er steht trotzdem jeden Abend vor meiner Tür. Können Sie "
    "mir zu Polizeischutz verhelfen?",
    "Als Gemeinderätin frage ich mich: Gibt es ein Verfahren für einen Alarmknopf zu Hause nach Drohungen?",
    "Wie beantrage ich eine Auskunftssperre für meine Adresse im Nationalregister? Ich werde gestalkt.",
    "Gibt es mehr Mittel für die Zentren für Opfer sexueller Gewalt? Bei uns ist die Wartezeit zu lang.",
    # legal action
    "Wir sehen uns vor Gericht. Unser Anwalt hat die Klage fertig.",
    "Wenn die Gemeinde den Baum nicht fällt und er auf mein Haus stürzt, mache ich Sie haftbar. Das ist keine "
    "Drohung, das ist das Zivilgesetzbuch.",
    "Ich reiche Beschwerde beim Ombudsmann und bei der Ethikkommission ein. Sie hören noch von mir, auf dem Dienstweg.",
    "Wir starten eine Sammelklage gegen die Behörden wegen der PFAS-Verschmutzung und ziehen das bis zum Ende durch.",
    # strikes and blockades
    "Am Montag legen wir den Hafen lahm. Kein Schiff kommt rein oder raus, bis es eine Einigung gibt.",
    "Morgen fahren 500 Traktoren nach Brüssel und wir blockieren alle Zufahrten. Friedlich, aber wir gehen nicht weg.",
    "Die Lehrer streiken die ganze Woche. Schulen zu, Eltern in der Klemme, und das geht auf Ihre Kappe.",
    "Am Samstag besetzen wir Ihr Parteibüro mit einem Sitzstreik, bis Sie uns empfangen. Den Kaffee bringen "
    "wir selbst mit.",
    # we keep coming back
    "Jeden Dienstag stehen wir wieder vor dem Rathaus, so lange wie nötig. Sie werden uns noch oft sehen.",
    "Wir kommen weiter zu jeder Ihrer Sprechstunden, bis der Spielplatz wieder offen ist.",
    "Sie werden uns nicht los: jeden Monat eine neue Petition, jede Woche ein Brief.",
    "Heute waren wir 200 vor dem Provinzgebäude. Nächstes Mal kommen wir mit 2000 wieder, das verspreche ich Ihnen.",
    # history
    "Mein Großvater war im Widerstand und wurde 1944 erschossen. Er hat für die Demokratie gekämpft, die Sie "
    "heute aushöhlen.",
    "1914 wurde Löwen niedergebrannt, vergessen Sie das bei der Gedenkfeier nicht. Gibt es ein Budget für das Denkmal?",
    "Die Ardennenoffensive zeigt, was Krieg anrichtet. Bitte unterstützen Sie deshalb die Friedenserziehung an "
    "unseren Schulen.",
    "Wie beim Bauernkrieg von 1798 wird sich das Land erheben, wenn Sie so weitermachen. An der Wahlurne, "
    "versteht sich.",
    # films, books, games
    "Kennen Sie 'Mann beißt Hund', den belgischen Film über einen Serienmörder? Das Kulturzentrum sollte ihn "
    "wieder zeigen.",
    "Unser Lesekreis bespricht diesen Monat 'Der Kummer von Flandern'. Würden Sie zum Gespräch kommen?",
    "Mein Sohn spielt Call of Duty und sagt, er knallt alle ab. Braucht es nicht eine strengere Altersgrenze "
    "für solche Spiele?",
    "Die Theatergruppe spielt 'Mord im Orient-Express' im Kulturzentrum, darf ich Ihnen eine Freikarte schicken?",
    # career over
    "Mit dieser Abstimmung haben Sie sich Ihr eigenes politisches Grab geschaufelt. Ihre Karriere ist vorbei.",
    "Sie sind eine politische Leiche, selbst Ihre eigene Partei lässt Sie fallen.",
    "Nach diesem Skandal sind Sie erledigt. Ich werde keine Träne vergießen.",
    "Bei der nächsten Wahl fegen wir Sie von der Liste, Sie und Ihre ganze Truppe.",
    # long angry but legitimate e-mails
    "Sehr geehrte Frau Jansen,\n\ngestern gab es schon wieder einen Unfall an der Kreuzung vor der Schule meiner "
    "Kinder. Ein zehnjähriges Mädchen wurde angefahren. Ich bin wütend. Wie viele Kinder müssen noch verletzt "
    "werden, bevor eine Ampel kommt? Ich erwarte bis Freitag eine Antwort, sonst gehe ich zur Presse.\n\nMit "
    "freundlichen Grüßen\nSofie Kohnen",
    "Sehr geehrter Herr,\n\nich bin Ihr Nachbar und sehe, dass Ihre Frau abends oft allein ist, wenn Sie im "
    "Parlament sind. Sie kann jederzeit bei uns klingeln, wenn etwas ist, die Straße ist schlecht beleuchtet. "
    "Könnten Sie bei der Gemeinde nach besserer Beleuchtung fragen?\n\nFreundliche Grüße\nGuido",
    "Guten Tag Herr Bürgermeister,\n\nIhr Kabinett antwortet seit drei Monaten nicht auf meine Beschwerde über "
    "den Lärm aus dem Festsaal. Ich schlafe nicht mehr und meine Arbeit leidet. Ich rufe jede Woche an, bis "
    "jemand zum Messen kommt. Ich lasse mir das nicht länger gefallen.\n\nHochachtungsvoll\nD. Fuchs",
    "Sehr geehrte Frau Schöffin,\n\nbeim Elternabend habe ich gehört, dass Ihre Tochter auch in der dritten "
    "Klasse bei Frau Anne ist. Was für ein Zufall! Würden Sie sich als Mutter und als Schöffin die "
    "Verkehrslage am Schultor ansehen? Sie sind im Elternrat herzlich willkommen.\n\nLiebe Grüße\nLena",
    # friendly observations
    "Ich habe Sie heute Morgen im Zug um 7.42 Uhr nach Brüssel gesehen, mich aber nicht getraut, Sie "
    "anzusprechen. Darf ich Ihnen wegen der Verspätungen auf der Strecke schreiben?",
    "Schöner roter Mantel beim Neujahrsempfang! Meine Frau möchte wissen, wo Sie den gekauft haben 😄",
    "Ich wohne direkt gegenüber Ihrem Büro und sehe jeden Abend bis spät Licht. Gönnen Sie sich auch mal Ruhe!",
    "Ich sehe Sie jeden Samstag mit dem Hund im Park. Könnten Sie sich um die kaputten Bänke dort kümmern?",
    # dialect, typos, emoji, angry but no threat
    "sach ens, wat maat ihr do met dem verkehrsplan?? dat is zum verröckt werde 🤬🤬",
    "ich bin stinksauer auf euch!!! der bus kommt nie pünktlich und keiner macht was 😡",
    "schämen sie sich, ich wähl euch nie wieder 👎👎",
    "der minister verdient nen ordentlichen tritt in den hintern von den wählern 😂",
    # conditional announcements that threaten nobody
    "Wenn das Gesetz durchkommt, ziehen wir nach Deutschland. Dann haben Sie einen Steuerzahler weniger.",
    "Wenn Sie für den Windpark stimmen, mache ich im ganzen Dorf Wahlkampf gegen Sie.",
    "Wenn das Rentenalter steigt, gebe ich mein Parteibuch zurück.",
    "Sollte die Schule schließen, ziehen wir mit allen Eltern vor den Staatsrat.",
]
