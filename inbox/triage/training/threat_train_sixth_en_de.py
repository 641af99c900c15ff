"""Sixth batch of threat messages, English and German (hand-written for this project, 2026-12-08).

Written as :mod:`threat_train_sixth_nl_fr` says (one writer per language, who read no other threat batch and no
check set; not translations of each other; no text of an earlier batch). English: Belgians, Brussels expats, EU
staff and trolls writing to Belgian politicians; German: East-Belgian voices with French loanwords and Platt,
some German, Austrian and Luxembourgish ones.
"""

EN_THREAT = [
    (
        "@JanVdBroeck_MP we know where you live. Kerkstraat 14, blue door, hedge needs trimming. "
        "Vote yes on the asylum centre in Kapellen and see what happens to that door."
    ),
    "Nice house in Tervuren. Shame if something happened to those big front windows 🔥🔥",
    (
        "Subject: Nitrogen decree\n\n"
        "Mrs Peeters,\n\n"
        "I am a pig farmer from Diksmuide, third generation. If your nitrogen decree passes on Thursday, I will "
        "personally make sure you never sleep safe in that renovated farmhouse of yours again. We have tractors, "
        "we have diesel and we have nothing left to lose.\n\n"
        "Regards,\nG. Vandamme"
    ),
    "careful walking home alone after the council meeting on tuesday. its very dark on the canal path 🙂",
    "🔪🔪🔪 @SophieLaurentBXL see you at the Place Flagey market saturday",
    (
        "Your kids go to Sint-Jozef basisschool, right? Pick-up is at 15:30, little one has the green backpack. "
        "Just saying. Maybe reconsider the school closures."
    ),
    (
        "Friendly advice: don't come to the Christmas market in Leuven this year. People are very angry about "
        "the pension reform and accidents happen so easily in crowds 😉"
    ),
    (
        "Grey Audi A6, plate 1-KLM-482, parked every morning at Gent-Sint-Pieters from 7:50. Somebody should "
        "introduce those brake lines to a pair of pliers."
    ),
    "if the LEZ fine comes to my door one more time im coming to YOURS with a baseball bat. Not joking.",
    (
        "Anyone in Mechelen up for paying a visit to his office on the Grote Markt Friday? Bring eggs and "
        "something heavier for the windows. And for him. #StopTheWindmills"
    ),
    "⚰️⚰️ reserved for the minister who closed our maternity ward. He'll be needing it soon.",
    (
        "Tell your intern with the red hair that we saw her leaving the office at 7 pm yesterday. "
        "Next time she won't get to her bike so easily."
    ),
    (
        "Hope your surgery on wednesday goes well, councillor. Would be a pity if some of us turned up with "
        "more than questions 🪓"
    ),
    "You take the 7:42 to Brussels-Central every morning, second class, third carriage. Enjoy it while you can.",
    (
        "Your gym on Avenue Louise closes at 10pm. Lots of dark corners in that underground car park. "
        "Think about that before you vote on the fuel excise."
    ),
    (
        "Replying to @MarcDeWever_Ecolo: lovely family picture in the garden. Would be a real shame if that house "
        "burned down one night with everyone inside 🔥🏠"
    ),
    "Vote for the vaccine mandate and you're a dead man. Simple as that.",
    "The speed cameras you put on the N9 will burn. Next it'll be your car. After that, you.",
    (
        "You are a traitor to Flanders. For traitors there exists only one medicine and it is made from lead. "
        "We will give you the dose. 🎯"
    ),
    (
        "Me and the lads will be waiting at the stadium gate Sunday after the Anderlecht match. Come say hi, "
        "councillor. We'll give you a welcome you won't be walking away from."
    ),
    (
        "To whom it may concern,\n\n"
        "You have until Monday to withdraw the closure of bus line 58. After that we stop writing letters. "
        "Your office windows are not bulletproof and neither are the people behind them.\n\n"
        "Yours,\na very patient resident of Hasselt"
    ),
    "Someone should put a bullet in that EU puppet. I'd buy the first round for whoever does it.",
    "lol imagine if someone just molotov'd the Ixelles office during the budget vote 💣🔥 would be hilarious ngl",
    (
        "Your daughter's hockey training ends at 8 on Thursdays in Wilrijk and she walks to the tram alone. "
        "Think very carefully about your Gaza vote."
    ),
    (
        "You will regret this decision of the building permit. I know your wife works in the pharmacy on the "
        "Rue de Namur. I will go there and explain her personally what her husband did, and she will not like "
        "how I explain it."
    ),
    "Keep pushing the asylum centre in Lommel and we burn it down before the first bus arrives. Then we come for you",
    (
        "@schepen_gent@mastodon.social just a reminder that your parents still live in that little bungalow "
        "in Evergem. Old people fall down the stairs all the time, don't they."
    ),
    (
        "[Contact form] Subject: LAST WARNING\n"
        "Every councillor who voted for the parking tariff increase is getting a visit. We have the list "
        "with the addresses. You are number 1."
    ),
    "💣 federal parliament next week. you'd better not be in the building",
    "I hope someone stabs you at the next debate. And if nobody does I'll drive down from Liège and do it myself.",
    (
        "Funny how your Tesla is always outside number 27 on the Lindenlaan. Would be even funnier if it "
        "wasn't there tomorrow morning. Just a pile of ash 🔥"
    ),
    (
        "hey @elke_mp quick question: does your staff already know which one of them gets hurt first when we "
        "come to the office? asking for a friend 🙂"
    ),
    "Watch your back at the Sint-Niklaas market on Saturday. We'll be there. So will my knife.",
    (
        "I do hope your husband drives carefully on the E40 these days. Brakes are so unreliable on older cars. "
        "Vote no on the pension reform."
    ),
    "Healthcare cuts kill people. So maybe it's time somebody killed you. Fair is fair.",
    (
        "Going to the school gate tomorrow to show your son what his daddy did to our town. "
        "He can carry the message home. Or not make it home."
    ),
    (
        "RT if you think someone should drag this clown out of his house in Wezembeek and teach him a lesson "
        "he won't forget. Address in the replies 👇👇"
    ),
    (
        "Buddy, you ban hunting rifles and I swear you'll find out exactly what mine can do at 300 meters. "
        "Your balcony faces south, right? Great light in the evening."
    ),
    (
        "That office of yours in Aalst has a lot of paper inside. Paper burns really well. "
        "Just an observation from a taxpayer."
    ),
    (
        "Good afternoon Ms Claes,\n\n"
        "I came to your office hours last week and was not heard. Next time I will bring something that makes "
        "you listen, and it won't be a folder. You have been warned.\n\n"
        "Kind regards,\nR. Verhulst"
    ),
    (
        "Ye'd want to be careful now, minister, wandering round the Marolles on your own with all this wind "
        "turbine carry-on. Lads round here have long memories and short tempers, and they know your face."
    ),
    "🎯 @Lotte_Vlaams your head. that's all.",
    "Push through the diesel ban and we will hang the Eurocrats from the Berlaymont. Starting with @MEP_Vanneste",
    (
        "Kids look so happy on your Insta. The Sint-Lutgardis uniform suits them. Would be sad to see their "
        "faces on the evening news."
    ),
    (
        "ur intern posts way too much on strava, finding his home address was a 5 min job. tell him to change "
        "his running route or we'll change it for him"
    ),
    (
        "Thank you for the tax increase. In return we are sending a little present to your office. "
        "Please open it personally. Tick tock ⏰💣"
    ),
    (
        "You have made my business kaput with this parking plan. Now I have nothing to lose anymore. I know "
        "where is your house in Brugge and I come with gasoline. Believe me."
    ),
    "Burning your car was just the start. Ask your neighbour what we saw through your kitchen window last night.",
    "Enjoy your last council meeting, alderman. We'll be waiting in the car park after. All twelve of us.",
    "every single vaxx-pusher deserves a rope. this one first. he lives in Overijse, not hard to find",
    (
        "I'm not threatening you, I'm telling you what will happen: you vote for the windmills behind my farm, "
        "and one night your barn and your house go up in flames. That's not a threat, that's a forecast."
    ),
    "someone go to her surgery in Charleroi with a hammer please im begging 🔨🔨",
    "Zionist lackey. We've got your schedule for the Bozar debate. Say goodbye to your family before you go.",
    (
        "You're on the list. We have photos of your house, your wife's Volvo and your kids' bikes in the drive. "
        "Withdraw the bill or the next photos will be from inside."
    ),
    (
        "If anything happens to my pension I'll make sure something happens to you. I've got time and nothing "
        "to lose. Old man with a shotgun, remember that."
    ),
    "🪓🪓🪓 see u friday at the town hall sweetheart",
    (
        "hey so ur the one who voted to triple tuition for non-EU students? cool cool. we found your flat in "
        "Etterbeek. 3rd floor, no lift, pretty easy. sleep tight x"
    ),
    (
        "Tell the woman at your front desk to stay home next week. For her own good. Something is coming to "
        "your office that she doesn't need to see."
    ),
    (
        "Dear Minister,\n\n"
        "Regarding the closure of the emergency department in Ronse: people will die because of you. So it is "
        "only fair that you join them. We know you run in the Kluisbos every Sunday at 7, alone, with earphones "
        "in. Nobody will hear a thing.\n\n"
        "Sincerely,\nConcerned Citizens of the Flemish Ardennes"
    ),
    (
        "That gorgeous Bernese dog of yours is always alone in the garden on the Molenweg. Gates are easy to "
        "open. Reverse the permit, or the dog is only the beginning."
    ),
]

EN_HARD = [
    "This budget kills the arts in Flanders. You should be ashamed. #SaveCulture",
    "You're politically dead after this, @Pieter_Goossens_MP. See you at the ballot box in 2029.",
    "We will finish you at the ballot box. Every single farmer in West Flanders will remember this nitrogen vote.",
    (
        "Peaceful sit-in at your office in Mechelen this Friday from 10 to 12. We'll bring banners, coffee and "
        "200 signatures against the bus line closure. Please come out and talk to us."
    ),
    (
        "Dear Mr Dumont,\n\n"
        "I am a reporter with Het Oosterblad. Your office has not replied to my four requests about the "
        "subsidy contracts awarded in 2025. I want to be transparent: I will keep digging into this until I "
        "get answers, and the story will run with or without your comment.\n\n"
        "Best,\nNora Hendrickx"
    ),
    "I'll keep hounding you with questions until you answer. Question 4 of week 3: why was the Lier pool closed?",
    "You absolute muppet. Worst alderman Ghent has ever had.",
    (
        "Someone left a note on my car saying they'd 'get' me because of my council vote. Has your office had "
        "anything similar? Should I report it to the police? - a fellow councillor in Ninove"
    ),
    (
        "Hi! Neighbour from the Kerkstraat here, your kids left their scooters in front of our garage again 😄 "
        "no problem, I put them by your door. See you at the street BBQ!"
    ),
    (
        "Went clay pigeon shooting in Zwartberg this weekend, absolutely killed it. Would love it if the club "
        "got some of the sports subsidy you promised 🙏"
    ),
    "your speech at the debate last night?? 🔥🔥🔥 this is fire. murdered that opposition guy",
    "💀💀💀 I'm dead. Did the minister really call the LEZ 'a hug for the lungs'??",
    (
        "For your information: I have filed a complaint with the Federal Ombudsman about the handling of my "
        "residence file. Reference number OMB-2026-11873."
    ),
    (
        "Our legal team will take the municipality to the Council of State over the wind turbine permit. "
        "Consider this formal notice."
    ),
    (
        "Question about firearms law: I inherited my grandfather's hunting rifle in Namur. Do I need to "
        "register it with the provincial governor? How long does that take?"
    ),
    (
        "Is it legal to set off fireworks on New Year's Eve in Antwerp this year or is there a ban again? "
        "Asking for my kids who want to blow everything up 😂"
    ),
    (
        "Quoting the news: 'Man arrested in Charleroi after threatening to burn down a town hall.' This is "
        "where divisive rhetoric leads. Tone it down, all of you."
    ),
    "Tomorrow we commemorate the victims of the 22 March attacks. Will the councillor lay a wreath at Maalbeek?",
    "GENERAL STRIKE on the 14th. Your pension reform is dead on arrival. We'll shut down every station in Wallonia.",
    (
        "A petition with 12,400 signatures against the closure of the Sint-Anna school will be delivered to "
        "your office Monday at 9. We expect you to be there to receive it."
    ),
    (
        "Hunting season opens next week in the Ardennes and the new wild boar quota is a joke. We need to "
        "shoot at least twice as many to protect the crops."
    ),
    "Cooking class at the community centre was amazing, the chef destroyed that waterzooi. Thanks for funding it!",
    "Your tax plan is a bomb waiting to go off under the middle class. Economists are going to tear it apart.",
    (
        "I'll be at your office hours on Wednesday and I'm not leaving until you explain the parking permit "
        "fiasco. Fair warning: I bring documentation. Lots of it."
    ),
    "Honestly you deserve to lose your seat. Nothing more, nothing less.",
    (
        "the Call of Duty tournament at the youth centre in Genk got cancelled because of your budget cuts. "
        "we were gonna slay 😤 bring it back pls"
    ),
    (
        "I received a death threat on Facebook after defending your asylum policy. Screenshot attached. What do "
        "I do? Does your office pass these on to the police?"
    ),
    "Your career is over after the Gaza vote. Done. Toast. Buried.",
    "We're going to bombard your inbox until you reconsider the healthcare cuts. #FloodTheInbox",
    "Saw you jogging in the Ter Kamerenbos this morning, great to see politicians keeping fit! Keep it up 🏃‍♀️",
    (
        "Hello, I am visiting Brussels from Canada and my rental car got a LEZ fine. I think this is unfair "
        "for tourists, the signs were only in French and Dutch. Can you help? Thanks, Karen"
    ),
    "The nitrogen rules are killing family farms. Slowly, quietly, but they are killing them.",
    "Burn the speed camera plan, not the farmers' future. Metaphorically, before anyone at your office panics lol",
    (
        "We're targeting your constituency in the next campaign. Door to door, every street. You won't know "
        "what hit you. - Young Liberals Leuven"
    ),
    "Eurocrats are parasites and you're the biggest one. Hope the voters send you packing.",
    (
        "Dear Councillor Wouters,\n\n"
        "As chair of the parents' association of De Regenboog primary school, I must tell you that the closure "
        "will destroy the heart of our village. We will attend the council meeting on 12 December in large "
        "numbers, peacefully, and we will ask to speak during the public question time.\n\n"
        "Respectfully,\nAn Goossens"
    ),
    "the way u shot down that journalist's question was savage lmao",
    "Footie match Sunday: our under-12s are going to crush Zulte. Come watch, councillor, you promised!",
    (
        "@mep_devos@eupolicy.social your amendment on vaccine liability is a dumpster fire. I will be writing "
        "about it on my blog every single day until the plenary."
    ),
    (
        "Stop the war in Gaza. There is blood on the hands of every MP who voted against the ceasefire motion. "
        "We will remember in the elections."
    ),
    "This pension reform is daylight robbery. I'm 63 and I've worked since I was 16. Shame on you.",
    "Can the council explain why the fireworks show at the Christmas market was cancelled? My kids are devastated 😭",
    (
        "We're marching from Brussels-North to the Berlaymont on Saturday. Permit approved, route published. "
        "Come and explain the Mercosur deal to the farmers' faces if you dare."
    ),
    "Coward and liar. Answer the question about the wind turbine subsidy.",
    "Your office is dead quiet on the asylum centre issue. Knock knock, anyone home?",
    "RIP Lokeren bus line 🪦 killed by the provincial council, 1974-2026",
    (
        "My neighbour keeps saying he'll 'kill' me if I park in front of his drive again 😅 is there anything "
        "the commune can do about parking on the Rue des Tanneurs?"
    ),
    "I'm going to sue you personally for defamation. My lawyer will be in touch.",
    "That chilli recipe you shared on insta is lethal 🌶️🔥 my husband nearly died haha",
    (
        "With respect, your position on the wolf is dangerous. The wolf kills our sheep here in the East "
        "Cantons and you do nothing. We demand a shooting permit for problem wolves."
    ),
    "Every time you open your mouth on the radio a kitten dies. Please stop talking about the economy.",
    (
        "Just read 'Car of Antwerp alderman set on fire in Deurne'. Awful. Solidarity from a political "
        "opponent, this is not how we do things here."
    ),
    "Watching every vote you cast from now on. Every. Single. One. And I'll post them all with receipts.",
    "headline writers today: 'Minister under fire over hospital cuts'. deserved, honestly",
    (
        "Respected Madam,\n\n"
        "I am a master's student from India at KU Leuven. The new housing rules will kill the chances of "
        "international students to find a room before the semester. Please reconsider them.\n\n"
        "Regards,\nArjun Mehta"
    ),
    "We know where you stand on nuclear, and we'll make sure every voter in Doel knows it too.",
    "Strike notice: staff of the Jette municipal crèches will stop work on Thursday. Blame the college.",
    "Hope you get what's coming to you: a massive loss in October 🗳️",
    "Your daughter was brilliant in the school play at Sint-Victor yesterday! Tell her grandma in row 3 cried 😊",
    "Axe the tax. Axe the LEZ. Axe the cameras. Axe your pension perks while you're at it 🪓",
]

DE_THREAT = [
    (
        "@MarcHeinenPDG wir wissen, wo du wohnst. Haasstraße, das weiße Haus mit dem Carport. "
        "Stimm nochmal für das Asylheim und du kriegst Besuch."
    ),
    (
        "Werter Herr Schöffe,\n\nich schreibe Ihnen in aller Ruhe, damit Sie es auch verstehen. "
        "Sie haben eine hübsche Frau und zwei nette Kinder. Es wäre doch wirklich schade, wenn Ihrer Familie "
        "etwas passieren würde, nur wegen ein paar Windrädern im Venn. Denken Sie gut darüber nach, bevor "
        "Sie am Dienstag abstimmen.\n\nMit freundlichen Grüßen\nein besorgter Bürger aus Bütgenbach"
    ),
    "🔪🔪🔪 bis Donnerstag im Stadtrat",
    (
        "Pass gut auf, wenn du abends allein von Eupen nach Kettenis heimfährst. Die Straße durch den Wald "
        "ist dunkel, da sieht keiner was."
    ),
    "Ihr Kennzeichen ist 1-KXR-482, oder? Schöner grauer Skoda. Wäre blöd, wenn der mal brennt. 🔥",
    (
        "Deine Kinder gehen doch in die Gemeindeschule am Kirchweg. Um halb vier ist Schulschluss. "
        "Ich steh manchmal am Tor. Nur so zur Info."
    ),
    (
        "Falls die Buslinie nach Sankt Vith wirklich gestrichen wird, fahren wir halt zu IHM nach Hause. "
        "Mit Fackeln. Wer ist dabei? 🔥🔥"
    ),
    (
        "Nur ein gut gemeinter Rat, Frau Ministerin: gehen Sie am Samstag lieber nicht auf den Wochenmarkt "
        "in Eupen. Da sind einige Leute, die noch eine Rechnung mit Ihnen offen haben. Und die wollen nicht reden."
    ),
    "⚰️ @SchroederDG ⚰️ #Impfverbrecher",
    "Hab mein Jagdgewehr gestern gereinigt. Kein besonderer Grund. Bis zur Sprechstunde am Dienstag 🎯",
    (
        "Bester Witz der Woche: Der Herr Bürgermeister will Blitzer an jeder Ecke. Witziger wär's, wenn mal einer "
        "seine Bremsleitung prüft 😂😂 Nur Spaß natürlich... oder?"
    ),
    (
        "An das Sekretariat: sagt eurer Chefin, dass die Praktikantin mit dem roten Fiat morgen lieber "
        "den Bus nimmt. Wir wissen, wo sie parkt."
    ),
    (
        "Betreff: Letzte Warnung\n\nHerr Abgeordneter,\nich habe Ihnen fünf Mails wegen der Baugenehmigung "
        "für meine Scheune in Amel geschrieben. Keine Antwort. Jetzt schreibe ich nicht mehr. Ich weiß, dass "
        "Sie jeden Mittwoch um 18 Uhr im Fitnessstudio in der Aachener Straße trainieren. Ich werde dort sein. "
        "Und diesmal werden Sie mir zuhören, ob Sie wollen oder nicht. Sie werden sich wünschen, geantwortet "
        "zu haben.\n\nR. Theissen"
    ),
    "Gaza-Verräter. Dein Büro in der Klötzerbahn geht als nächstes in Flammen auf. 🔥🔥🔥",
    ("Jong, wenn dä dat Schwemmbad zoumäkt, dann kritt hä et met ons ze donn. Mir wesse wo hä wunnt, on mir komme."),
    (
        "Liebe Leute aus Raeren, der Herr wohnt übrigens in der Hauptstraße Nr. 41, falls jemand mal "
        "vorbeischauen will, um ihm zu erklären, was wir von der Schulschließung halten. Fenster sind aus Glas 😉"
    ),
    (
        "Sie fahren doch jeden Morgen mit dem 7:12er von Welkenraedt nach Brüssel, letzter Wagen. "
        "Wär schade, wenn Sie mal auf dem Bahnsteig ausrutschen. Ist ja oft glatt da."
    ),
    (
        "Du stimmst im PDG für die Stickstoffregeln und wir Bauern sorgen dafür dass du nie wieder ruhig "
        "schläfst. 🪓 Das ist ein Versprechen."
    ),
    (
        "Servus aus Salzburg. Hab g'lesen, was Sie über die Impfpflicht g'sagt haben. Leut wie Sie "
        "g'hören aufg'hängt, und i kenn gnua, die des gern erledigen tät'n."
    ),
    (
        "Moien. Ech sinn aus Ulflingen, fahr jeden Tag über die Grenze. Wenn die Grenzgänger-Steuer kommt, "
        "komm ich zu Ihnen nach Sankt Vith und Sie werden es bereuen. Dat ass kee Witz."
    ),
    "Rosenmontag in Eupen. Du stehst auf dem Wagen. Ich steh in der Menge. Rate mal was ich mitbringe 💣",
    (
        "Kirmes in Kelmis am Sonntag, hab gehört der Bourgmestre eröffnet. Schön. Wir haben da noch was "
        "für ihn vorbereitet, das vergisst er nicht so schnell. Kommt alle hin 👊"
    ),
    (
        "Mal ehrlich, jemand sollte dem Typen einfach eine reinhauen, dann hört das Gelaber über die "
        "Rentenreform vielleicht auf. Freiwillige? Er sitzt Freitag bei der Podiumsdiskussion im Triangel."
    ),
    (
        "Schöne Tochter haben Sie. Blaue Jacke heute, oder? Reitstall in Walhorn, dienstags und donnerstags. "
        "Ich sag ja nur."
    ),
    "Kürzt ihr die Pflege, kürzen wir dich. Einen Kopf kürzer. 🪓",
    (
        "@gemeinde_buetgenbach richtet eurem Schöffen aus: wenn die Windräder kommen, brennt seine Garage. "
        "Erst die Garage."
    ),
    (
        "Ihre Frau arbeitet doch im Krankenhaus, Station 3, Spätschicht. Der Parkplatz dort ist nachts "
        "ziemlich leer. Nur so."
    ),
    (
        "@b.hilgers@social.ostbelgien.be wer Asylheime in unsere Dörfer stellt, darf sich nicht wundern, "
        "wenn sein eigenes Haus mal Besuch mit Benzinkanistern bekommt 😇"
    ),
    "Du Hurensohn, ich schlag dir die Zähne ein wenn ich dich erwische. Egal wo.",
    (
        "Die neue Sprachenregelung ist ein Angriff auf uns Deutschsprachige. Wer so etwas unterschreibt, "
        "soll sich nicht mehr auf die Straße trauen. Wir erkennen dich. Überall."
    ),
    (
        "[Kontaktformular] Name: Wahrheit | E-Mail: keine@deingrab.be | Nachricht: Die Tage sind gezählt. "
        "Ihre und die Ihrer Mitarbeiter. ⚰️⚰️⚰️"
    ),
    (
        "Gemeinderat Montag 20 Uhr. Ich bin da. Und wenn der Punkt mit der Parkgebühr durchgeht, dann "
        "gehst du nicht mehr heim. Jedenfalls nicht auf deinen eigenen Beinen."
    ),
    (
        "Kleiner Witz: Was ist der Unterschied zwischen dem Schöffen und einem Reh im Venn? Das Reh hat "
        "Schonzeit. 🎯🎯 Jagdsaison ist eröffnet, Jungs."
    ),
    (
        "@Tom Kessel genau, reden bringt bei dem nix mehr. Der versteht nur noch eine Sprache. "
        "Ich bring die Baseballschläger mit, du die Adresse."
    ),
    (
        "Ich kenne Ihren Mitarbeiter Jonas, der immer die Posts macht. Sag ihm er soll aufpassen, wenn er nachts "
        "vom Bahnhof heimläuft. Die Stadt ist nicht mehr sicher, hat euer Chef ja selbst gesagt 😏"
    ),
    "WENN DIE SCHULE IN MANDERFELD ZUMACHT DANN MACH ICH DICH ZU!!! VERSPROCHEN!!!",
    (
        "Unsere Eltern kriegen kaum noch Rente, aber Ihre Mutter wohnt schön im Seniorenheim in Lontzen, "
        "Zimmer 12. Wir haben sie schon besucht. Sie sieht so zerbrechlich aus."
    ),
    (
        "Moin, bin aus Aachen und lese von Ihrer Blitzer-Politik an der Grenze. Ich komme öfter rüber, als "
        "Sie denken. Und ich weiß inzwischen, wo Ihr Audi nachts steht. Schönes Wochenende noch."
    ),
    (
        "Erinnerung an alle in Kelmis: Die Sprechstunde vom Abgeordneten ist jeden ersten Samstag im Rathaus, "
        "keine Kontrolle am Eingang, nur eine Sekretärin. Macht was draus. 💣"
    ),
    "Sie haben für die neue Steuer gestimmt. Jetzt zahlen Sie. Nicht mit Geld.",
    (
        "Bitte grüß deinen Sohn von mir. Er spielt doch samstags in der U13 beim SV Hergenrath? "
        "Ich schau immer zu. Ganz nah am Spielfeldrand."
    ),
    "🔥🏠🔥 Rotenbergplatz 🔥🏠🔥 bald",
    "So ein mutiger Politiker. Mal sehen, wie mutig du bist, wenn wir zu fünft vor deiner Tür stehen.",
    (
        "Gut gemeinter Ratschlag von einem Bürger, der Ihnen wohlgesonnen ist: Lassen Sie die Fenster Ihres "
        "Büros in der Neustraße nachts lieber beleuchtet. Ein Ziegelstein findet im Dunkeln so leicht seinen Weg."
    ),
    (
        "Noch eine Stimme für die Windräder und die platten Reifen sind das Kleinste, was dir passiert. "
        "Nächstes Mal ist es nicht nur die Luft, die rausgeht."
    ),
    (
        "schönes Familienfoto an der Wesertalsperre 🥰 jetzt weiß ich wenigstens, wie die Kleinen aussehen. "
        "Man sieht sich 👋🔪"
    ),
    (
        "Sie verraten Palästina. Merken Sie sich: Wir sind viele, wir sind überall, und wir kennen Ihren Weg "
        "von der Garage zum Parlament. #FreeGaza"
    ),
    (
        "Wer auf Pro-Palästina-Demos mitläuft wie Sie, braucht sich nicht zu wundern, wenn ihm mal einer "
        "auflauert. Ich wäre gern dieser eine."
    ),
    (
        "An die Mitarbeiter vom Büro Mertes: Ihr seid mitschuldig. Jeder einzelne. Wir haben eure Namen von "
        "der Webseite und eure Gesichter von LinkedIn. Viel Spaß auf dem Heimweg."
    ),
    (
        "Die Bushaltestelle vor Ihrem Haus in Recht, wo Ihre Frau jeden Morgen wartet... ein Unfall passiert "
        "so schnell. Ich fahr da täglich vorbei. Mit 80."
    ),
    "Hey Herr Minister, Impfmafia! Nürnberg 2.0 kommt und ich steh in der ersten Reihe beim Strick. ⚰️",
    (
        "Ironie an: Ach wie schade wäre es, wenn beim nächsten Heimspiel am Kehrweg plötzlich ein Bengalo in "
        "der Ehrenloge landet, genau da wo Sie immer sitzen. Ironie aus. Oder auch nicht."
    ),
    (
        "Ich habe nichts mehr zu verlieren. Meine Mutter ist im Heim verwahrlost wegen eurer Kürzungen in der "
        "Pflege. Ich komme am Montag in Ihr Büro und Sie kommen da nicht mehr lebend raus. Dann ist mir auch "
        "alles egal."
    ),
    (
        "Die Praktikantin am Empfang war heute sehr freundlich. Sie hat mir sogar verraten, wann Sie allein im "
        "Büro sind. Bis Donnerstag, 19 Uhr. 🎯"
    ),
    (
        "Kennzeichen 2-GHT-117, schwarzer Volvo, steht jeden Abend in der Bergkapellstraße. Wer Bock hat, "
        "Schlüssel mitbringen 🔑 Kratzer sind erst der Anfang. #Blitzerabzocke"
    ),
    (
        "Als Jäger rate ich Ihnen dringend, im Herbst nicht mehr im Hertogenwald joggen zu gehen. Es passieren "
        "so viele Jagdunfälle. Tragisch, wenn es den Falschen trifft. Oder den Richtigen."
    ),
    (
        "Grüezi. Ich bin Schweizer und verstehe nicht, wie Ihr Volk so einen wie Sie erträgt. Bei uns würde man "
        "Sie aus dem Dorf jagen, und wenn ich im Sommer an den See nach Bütgenbach komme, helf ich gern nach. "
        "Mit den Fäusten."
    ),
    (
        "Stimm am Donnerstag gegen das Budget für das Asylzentrum in Elsenborn. Sonst wird dein Haus das "
        "nächste Zentrum – für Asche. 🔥"
    ),
    (
        "Bin gestern hinter Ihnen hergefahren, von Sankt Vith bis vor Ihre Haustür in Crombach. "
        "Sie haben nichts gemerkt. Nächstes Mal steige ich aus."
    ),
    (
        "Bürgersprechstunde Samstag. Ich komme. Diesmal nicht mit Fragen, sondern mit dem Messer. "
        "Schreiben Sie das ruhig in Ihr Protokoll."
    ),
]

DE_HARD = [
    "Dieser Haushalt killt die Kultur in Ostbelgien. Punkt.",
    "@RenateKrings Sie sind politisch erledigt. Die Quittung gibt's an der Wahlurne. #Pflegenotstand",
    (
        "Sehr geehrte Frau Abgeordnete,\n\nhiermit kündigen wir an, dass am Freitag, den 12. Dezember, ab "
        "17 Uhr eine friedliche Mahnwache vor Ihrem Bürgerbüro in der Gospertstraße stattfindet. Anlass sind "
        "die geplanten Kürzungen in der häuslichen Pflege. Die Versammlung ist bei der Polizeizone angemeldet. "
        "Wir laden Sie herzlich ein, mit uns ins Gespräch zu kommen.\n\nMit freundlichen Grüßen\n"
        "Initiative Pflege am Limit\ni.A. Miriam Offermann"
    ),
    (
        "Ich werde Sie mit Fragen verfolgen, bis Sie antworten. Jede Woche, jede Sitzung. "
        "Wo ist das Gutachten zur Buslinie nach Burg-Reuland?"
    ),
    (
        "Guten Tag, hier Lukas Brandt vom Venn-Boten. Sie haben unsere Fragen zur Vergabe des Schwimmbad-"
        "Auftrags zweimal abgeblockt. Wir bleiben an der Sache dran, ob Ihnen das passt oder nicht. "
        "Der Artikel erscheint so oder so am Samstag."
    ),
    "Sie sind der unfähigste Schöffe, den Raeren je hatte. Eine Schande. Treten Sie endlich zurück.",
    (
        "Hallo, ich wollte Sie warnen: In der Facebook-Gruppe „Eupen sagt nein“ hat jemand Ihre Adresse "
        "gepostet und geschrieben, man solle „mal vorbeischauen“. Ich habe einen Screenshot gemacht und ihn "
        "der Polizei geschickt. Passen Sie auf sich auf. Gruß, Petra"
    ),
    (
        "Hallo Nachbar! Ihr Jüngster hat seinen Fußball wieder über unseren Zaun im Ginsterweg geschossen 😄 "
        "liegt vor der Garage, kann er sich holen. LG Familie Jost"
    ),
    (
        "Gestern beim Hallenturnier hat unser Team die Mannschaft vom Parlament komplett zerlegt 😂 "
        "Revanche nächstes Jahr?"
    ),
    "haha der Abgeordnete hat beim Gaming-Abend im Jugendtreff alle abgeschossen, respekt 🎮🔥",
    (
        "Geehrter Herr Minister, als Jagdpächter im Raum Büllingen frage ich: Wann kommt endlich Klarheit "
        "zur Schwarzwildbejagung? Wir dürfen kaum noch abschießen, und die Schäden auf den Wiesen sind enorm."
    ),
    (
        "Ihr Rezept für Eifeler Kartoffelkuchen beim Kochabend war der Hammer! Ich hab mir vor lauter Eifer "
        "beim Zwiebelschneiden fast den Finger abgeschnitten 😅"
    ),
    "Bombenstimmung gestern beim Prinzenempfang in Kelmis! Danke, dass Sie mitgeschunkelt haben. Alaaf! 🎉💥",
    (
        "Frage zum Waffenrecht: Ich bin Sportschütze in Bütgenbach und möchte wissen, ob die Regierung zu den "
        "neuen EU-Vorgaben für halbautomatische Gewehre Stellung nimmt. Unser Verein ist verunsichert."
    ),
    (
        "Darf man in Sankt Vith eigentlich noch Silvesterfeuerwerk zünden oder kommt da ein Verbot? "
        "Meine Kinder lieben die Raketen, unser Hund weniger."
    ),
    (
        "Haben Sie das gelesen? „Mann in Verviers mit Messer festgenommen, nachdem er einen Stadtrat bedroht "
        "hatte“ – so weit ist es schon gekommen. Was tut die Politik gegen diese Verrohung?"
    ),
    "💀💀💀 ich bin tot vor Lachen, Ihre Rede über das Platt-Wörterbuch 🔥🔥",
    (
        "Danke für Ihre Worte bei der Gedenkfeier in Baugnez. Die Erinnerung an die Ermordeten darf nicht "
        "sterben, gerade heute nicht."
    ),
    (
        "Wir, das Personal der Kinderkrippe, legen am Montag die Arbeit nieder. Streik, bis die Kürzungen vom "
        "Tisch sind. Kommen Sie vorbei und erklären Sie es den Eltern selbst."
    ),
    (
        "Unsere Petition gegen die Schließung der Grundschule Elsenborn hat 2.340 Unterschriften. Wir "
        "übergeben sie am 15. Januar im Parlament. Ignorieren können Sie uns dann nicht mehr."
    ),
    (
        "Gegen die Genehmigung für die Windräder im Venn reichen wir beim Staatsrat Klage ein. "
        "Unser Anwalt ist informiert. Wir sehen uns vor Gericht."
    ),
    (
        "Heute habe ich Beschwerde beim Ombudsmann eingereicht, weil die Gemeinde meine Anfrage seit acht "
        "Monaten ignoriert. Das lasse ich mir nicht länger gefallen."
    ),
    "Mit diesem Rentenplan schießen Sie sich selbst ins Knie. Und uns gleich mit.",
    "Die Opposition wird Sie morgen im Ausschuss in der Luft zerreißen, und zwar zu Recht.",
    (
        "Die Stickstoffregelung ist ein Todesurteil für die Milchbauern in der Eifel. Sie begraben eine "
        "ganze Generation Landwirte. Und das wissen Sie genau."
    ),
    (
        "Guten Abend Frau Schöffin, ich habe Ihre Tochter heute an der Bushaltestelle vor der Schule gesehen, "
        "sie hatte ihre Sporttasche liegen lassen. Ich hab sie im Sekretariat abgegeben. Schönen Abend noch!"
    ),
    (
        "Bei der nächsten Wahl fliegen Sie raus. Hochkant. Dafür sorgen wir mit Flyern in jedem Briefkasten "
        "von Amel bis Burg-Reuland."
    ),
    "Ich mach Sie fertig – beim Schachturnier am Samstag im Jugendheim! 😉♟️ Freu mich drauf.",
    (
        "Lieber Herr Bürgermeister,\n\nleider muss ich Ihnen mitteilen, dass ich selbst Drohbriefe "
        "erhalten habe, nachdem ich mich im Gemeinderat gegen den neuen Parkplatz ausgesprochen habe. Ich habe "
        "Anzeige erstattet. Ich bitte Sie, das Thema Sicherheit von Ehrenamtlichen auf die Tagesordnung zu "
        "setzen.\n\nHochachtungsvoll\nGerda Mreyen"
    ),
    (
        "Starker Brandbrief! 🔥 Endlich sagt mal jemand laut, dass die Sprachenregelung in den "
        "Fazilitätengemeinden ein Witz ist."
    ),
    "Die Blitzer auf der N62 sind reine Abzocke. Ich bin stinksauer und werde das bei jeder Gelegenheit laut sagen!!",
    "Tötet die Bürokratie, nicht die Kleinbetriebe! #Ostbelgien #Mittelstand",
    (
        "Das Asylheim in Manderfeld ist eine Zumutung für das Dorf. Ich bin maßlos enttäuscht und werde Sie "
        "nicht mehr wählen. Nie wieder."
    ),
    (
        "Frau Ministerin,\nSie haben meine drei Anfragen zur Vergabe der Pflegeheim-Aufträge nicht "
        "beantwortet. Ich werde den Artikel trotzdem veröffentlichen, und ich werde weiter graben, bis alle "
        "Verträge auf dem Tisch liegen.\nMit freundlichen Grüßen\nKatrin Vliegen, freie Journalistin"
    ),
    "Nach Ihrer Aussage zu Gaza sind Sie für mich gestorben. Politisch, meine ich. Ich trete aus der Partei aus.",
    (
        "Wir kommen am Samstag zu Hunderten vor Ihr Büro in Sankt Vith – mit Trillerpfeifen, Plakaten und "
        "Thermoskannen. Friedlich, aber laut. Demo gegen die Streichung der Buslinie!"
    ),
    "Wat ene Quatsch hässte do wier verzällt im Parlament. Schamm dich, Jong!",
    "Hab heute den neuen Blitzer an der Herbesthaler Straße abgeschossen... mit der Kamera 📸 für meinen Abzocke-Blog.",
    (
        "Moien Här Deputéierten, als Grenzgänger frage ich mich, warum der Zug Gouvy–Lüttich schon wieder "
        "ausfällt. Dat ass eng Schan! Bitte kümmern Sie sich endlich drum."
    ),
    (
        "Grüß Gott, bin Tirolerin und mach grad Urlaub in Robertville. Eure Straßen sind a Katastroph, "
        "mei Auto hätt's in den Schlaglöchern fast zerlegt. Bitte reparieren!"
    ),
    (
        "Hallo aus Monschau, die Windräder, die Sie direkt an der Grenze planen, sehen wir von unserem Balkon. "
        "Wir werden alle rechtlichen Mittel ausschöpfen, auch auf deutscher Seite."
    ),
    "Ihre Politik ist pures Gift für die Landwirtschaft. Sie ruinieren uns. Schämen Sie sich.",
    "Die Debatte heute im PDG war ein Massaker. Die Regierung wurde von der Opposition regelrecht hingerichtet 😬 #PDG",
    "Hahaha der Post ist eine Bombe 💣😂 bester Tweet des Jahres",
    "DU BIST EIN CLOWN. EIN CLOWN!!! 🤡🤡🤡 #Rücktritt",
    (
        "Ab jetzt besuche ich jede Sitzung des Stadtrats und stelle jedes Mal dieselbe Frage, bis ich eine "
        "Antwort zum Parkplatz am Werthplatz bekomme. Sie werden mich nicht los."
    ),
    (
        "Herr Kohnen, Sie wohnen doch auch im Ginsterweg? Wissen Sie, wann die Baustelle vor Nr. 18 endlich "
        "fertig ist? Wir kommen mit dem Kinderwagen kaum noch durch."
    ),
    (
        "@MdP_Havenith Unter Ihrem Post hab ich einen Kommentar gesehen, der mit 🔪 und Ihrer Adresse droht. "
        "Habe ihn gemeldet. Solche Leute sind widerlich, egal wie man politisch steht."
    ),
    "Wer das Budget der Musikakademie so zusammenstreicht, hat die Axt an die Kultur gelegt. 🪓 Traurig.",
    (
        "Sie heute früh im Fitnessstudio zu sehen, hat mich echt motiviert 💪 Wenn ein Minister um 6 Uhr auf "
        "dem Laufband steht, schaff ich das auch!"
    ),
    "Hab Sie heute im Zug nach Brüssel gesehen, wollte nicht stören. Finde gut, dass Sie Öffis nutzen! 🚆",
    "Wir sind wütend, wir sind viele, und wir werden Sie abwählen. Das ist keine Drohung, das ist Demokratie.",
    (
        "Werte Damen und Herren der Regierung,\nich lehne die Impfpflicht für Pflegepersonal entschieden ab und werde "
        "vor dem Verfassungsgerichtshof klagen, sobald das Dekret verabschiedet ist. Eine Kopie dieses Schreibens "
        "geht an alle Fraktionen.\nMfG\nDr. Bernd Schmitz, Raeren"
    ),
    "Die Regierung hat die Pflege auf dem Gewissen. Jeder gestrichene Posten ist ein Sargnagel ⚰️ #Pflegenotstand",
    (
        "Als Funkenmariechen vom KV Unterstadt lade ich Sie zum Rathaussturm am Fettdonnerstag ein! Wir nehmen "
        "Sie gefangen 😄 Bitte Krawatte mitbringen, die wird abgeschnitten ✂️"
    ),
    (
        "Mein Sohn (8) fragt, ob er Ihnen einen Brief schreiben darf, weil Sie bei ihm in der Schule in "
        "Eynatten waren. Er fand Sie „voll cool“. Wohin darf er ihn schicken?"
    ),
    (
        "Was Sie da über Stickstoff erzählen, ist so falsch, dass es weh tut. Ich zerpflücke Ihre Zahlen gern "
        "öffentlich, im Livestream, jederzeit."
    ),
    (
        "Auf der Kirmes in Bütgenbach hab ich am Schießstand eine Rose für meine Frau geschossen, und Sie "
        "standen daneben und haben applaudiert 😂 danke fürs Glückbringen!"
    ),
    (
        "Stimmt es, dass das Rathaus in Kelmis gestern wegen einer Bombendrohung geräumt wurde? Warum erfahren "
        "wir Bürger davon nur über WhatsApp? Bitte informieren Sie transparent."
    ),
    "Rücktritt. Sofort.",
]
