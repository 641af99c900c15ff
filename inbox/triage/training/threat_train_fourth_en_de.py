"""Fourth batch of threat training messages, English and German (hand-written for this project, 2026-12-07).

Beside ``threat_train_en_de.py``, ``threat_train_more_en_de.py`` and ``threat_train_third_en_de.py``,
with situations the earlier batches had few of. ``*_THREAT``: short social-media replies with
handles and hashtags, threats against property (car, tyres, windows, house, barn, garden),
"friendly advice" and warnings, historical assassinations of politicians used as a warning,
threats phrased as innocent questions, countdowns and dates, oblique references to weapons
(hunting licence, grandfather's rifle, a bat in the boot, a crossbow), threats against pets
and elderly parents, organised and collective threats with lists, emoji-heavy threats,
threats disguised as jokes, and doxxing of the children or home and announced "visits" to
constituency hours. ``*_HARD``: hard negatives that share words with threats but threaten
nobody (benign "watch out" about ice, floods, scams and storms, punishment at the ballot
box, "we know where you live" used kindly, legitimate announced visits and marches, voters
reporting crimes against themselves, sport, gaming, cooking and business slang, respectful
history and commemorations of assassinated politicians, hunters, shooting clubs, knife
makers and fireworks sellers asking about permits, pets, vets and culling, unions and
journalists announcing strikes and publications, rude insults without a threat, and
persistence, courts and the ombudsman).

EN and DE are parallel by index: the German message at index i says roughly what the
English one does, adapted (East-Belgian German from Eupen and St. Vith, some Platt, German
from Germany; the English written by expats in Brussels, EU staff, British, Irish and
American residents, and in non-native English). Written from general knowledge without
looking at any check set (``inbox/triage/evaluation/*``).
"""

EN_THREAT = [
    # short social-media replies with handles and hashtags
    "@Lukas_Vandermeiren_MP enjoy your last quiet weekend in Tervuren. we're coming round to yours #traitor #yourturn",
    "@SaraMoerkerke you and your #migrationpact. someone's going to sort you out in person soon 🎯",
    "@p_vanhoorickx the people's court is coming for you personally #Nuremberg2 #noescape",
    "@Anja_Kreutzmann_MEP your office on Rue Belliard gets a visit on Friday. Not the polite kind. #enough",
    "@wimvandersmissen blocked me? fine. i'll tell you to your face in Leuven, with my fists #coward",
    # property: car, tyres, windows, house, garden
    "Nice new Tesla outside your place in Waterloo. Four tyres, four knife holes, that's how I count it.",
    "Your office windows on the market square are big and cheap. A few cobblestones and it's open-plan. Tonight maybe.",
    "That wooden barn next to your house in Burg-Reuland would go up in minutes. One match is enough, and I've "
    "got a whole box.",
    "Gonna spray TRAITOR in red across your house front, the car and the garage door. Let the neighbours see "
    "what you are.",
    "Your vegetable patch and the roses your wife is so proud of: a litre of weedkiller and diesel works "
    "wonders. Next weekend. Then the house.",
    # "friendly advice" and warnings
    "Mr Leclercq, I'd be very careful if I were you. Not everyone who reads your posts about the wolf is as calm "
    "as I am, and to be honest I'm not calm any more. Some of us have lost sheep, some of us have lost patience. "
    "Think about that the next time you walk from your car to your front door in the dark.",
    "Consider this your one and only warning. Withdraw the permit for the mosque or you'll find out what comes next.",
    "Word of advice from someone who means it: start looking behind you when you walk to Schuman metro. Every day.",
    "I give you a good advice: stop this law or be ready. Many people are very angry and I am one of those who "
    "will act, not talk.",
    "A little tip, Madam Alderwoman: get a better lock and a big dog. After Thursday's vote you'll need both.",
    # historical assassinations as a warning
    "Remember what happened to Pim Fortuyn. He also thought he could say whatever he liked. It only took one man.",
    "Jo Cox was only doing her constituency surgery too. Think about that before your surgery in Uccle on Saturday.",
    "André Cools was shot outside a flat in Liège in '91. Some of us in this town still remember how it's done.",
    "Walter Lübcke was shot on his own terrace in Germany. The border is closer to your house than you think, "
    "Mr Kessler.",
    "History knows how to deal with traitors. Ask Palme. Ask Lindh. Your name would fit nicely at the end of "
    "that list.",
    # threats phrased as innocent questions
    "Do you know how easy it is to find your house on Street View? Took me two minutes. Blue door, right?",
    "Does your wife still park the Volvo in the same spot behind the Delhaize every Thursday evening? Dark "
    "there, isn't it.",
    "Quick question: is your daughter still at the riding school in Raeren on Wednesday afternoons? Asking for "
    "a friend. He has a van.",
    "How long do you reckon the police take to reach your street in Ixelles at 3 in the morning? I timed it once.",
    "Ever wondered what your constituency office looks like at night with nobody inside? I have. Several times. "
    "The back window doesn't even shut properly.",
    # countdowns and dates
    "Saturday 14:00, market square in Verviers. You'll see. Everyone will see.",
    "After the vote on Thursday you're a target. And I don't mean a political one.",
    "tick tock tick tock @MiekeVDB ⏰ 3 days left",
    "Circle 21 March in your diary. It's the last day you'll feel safe in your own street.",
    "You have until the end of the month to withdraw the decree. After that, no more letters. We come in "
    "person and we won't be asking.",
    # oblique weapons
    "My grandfather's rifle from the war still works. Oiled it last week. Just thought you'd like to know, "
    "seeing as you're coming to St. Vith.",
    "Had my hunting licence for thirty years and never missed a boar. You're a lot slower than a boar.",
    "There's been a baseball bat in my boot since your party's last budget. Come to the café in Malmedy and say hello.",
    "I sharpen knives for a living. Your throat is the next thing I test one on.",
    "Bought a crossbow, all legal, no permit needed. Your garden fence is only forty metres from the edge of "
    "the woods.",
    # pets and elderly parents
    "That old spaniel you keep posting pictures of. Dogs eat all sorts off the pavement. Poisoned bait too.",
    "Your mother is in the care home in Namur, ground floor room by the garden. Visiting hours are very "
    "relaxed there. I checked.",
    "Your dad still walks to the bakery in Kelmis alone with his cane every morning. Old men fall so easily.",
    "ur cat on insta is cute. would fit nicely in a bin bag. keep voting like that and see",
    "We'll start with your horses in the meadow in Amel. Then we'll see about you.",
    # organised and collective
    "We are many, we have lists, and we know exactly who voted for it. Your name is underlined twice.",
    "Our group has 400 members across Wallonia and we've split up the MPs' home addresses between us. Yours "
    "was assigned to me.",
    "Every councillor who voted yes has been photographed, plate numbers included. When the day comes nobody "
    "will have to search.",
    "We are organised now, not just angry people on Facebook. Since Monday there are shifts outside your house "
    "in Jette, around the clock, and everybody has your wife's plate number. It stays like that until you "
    "resign. And if you don't, the people on the night shift will decide what happens next, not me.",
    "The list is ready: 23 names, home addresses, the kids' schools. You're number 4. We start at the top.",
    # emoji-heavy
    "🏠🔥⛽ tonight 😈",
    "@NadiaDelvoye 🔪🔪🔪⚰️",
    "you 👉 🪦 soon ⏳⏳",
    "🔫💥🧠 traitor 🇧🇪",
    "your kids 👧👦 + school 🏫 + me 🚗 = ⚰️",
    # threats disguised as jokes
    "Haha would be a shame if a brick went through your lovely office window tonight 😂 just kidding... or am I 😉",
    "lol someone should just run you over with a tractor at the next farmers' demo. joke. mostly. I'll be driving 🚜😂",
    "No offence but I hope you choke. Actually I'd happily help 😂 kidding (not kidding)",
    "Funny how I keep ending up in your street at night. Coincidence 😜 next time I'll ring the bell. Or kick "
    "the door in.",
    "Here's a joke: what's the difference between a minister and a piñata? None, you hit both with a stick "
    "until they burst. See you at the reception on Friday, I'm bringing my stick 🪅😉",
    # doxxing of children and home, "visits" to surgeries and the office
    "I have photos of your kids leaving the house in Woluwe every morning. Drop the bill or they go online, "
    "with the address and the time they leave.",
    "Your daughter's Instagram is public, sweetheart. I've saved every photo and her football club jersey "
    "tells me the rest. By Sunday thousands of my followers will know where to find her.",
    "I'll be paying a visit to your constituency hours on Monday. Not to talk. Tell your secretary to stay home.",
    "Your office in Arlon, Thursday surgery. Me and the lads are dropping by to settle this ourselves. Keep the "
    "ambulance number handy.",
    "I'm printing your home address and your kids' photos on flyers and handing them out at the demo on "
    "Sunday. People can decide for themselves what to do with them.",
]

EN_HARD = [
    # benign "watch out" and "be careful"
    "Be careful on the N68 between Eupen and Malmedy tonight, black ice everywhere. Maybe postpone your visit "
    "to our club?",
    "Watch out, there's a fake e-mail going round in your name asking for donations. Someone is using your photo.",
    "Heads up: the Vesdre is rising again and your office in Eupen is right by the river. Move the files upstairs!",
    "Mind the storm on Friday, Councillor. Those big trees along your street look shaky, please don't park under them.",
    "Careful, your tyres looked very flat when I walked past your car outside the town hall this morning. "
    "Better check before you drive to Brussels.",
    # electoral and political punishment
    "You'll pay for this at the ballot box in May. Every farmer in the Ardennes will remember this vote.",
    "Your party is finished in Limburg after this. Political suicide, live on television.",
    "@JanRenard_MP enjoy your last term. The voters will show you the door in 2029 #neveragain",
    "I was a member for 22 years. Today I cancelled my membership and I'll campaign for the other side. Good "
    "luck with the polls.",
    "Your list will be dead on arrival at the polls. I'll be handing out the other party's leaflets in every "
    "street in Arlon.",
    # "we know where you live" used kindly
    "We know where you live, so don't be alarmed: the whole Rue des Écoles is bringing cake to your door on "
    "Sunday to say thank you for the new playground 🎂",
    "Found your wallet in the Delhaize car park in Etterbeek. Your ID has the address on it so I'll pop it in "
    "your letterbox tonight, no bother at all.",
    "Hi, we're your neighbours at number 18! Street party on 21 July, we know you're at 22 so consider "
    "yourself invited, bring the kids 🇧🇪",
    "We know your home address is private, so we'll hand in the petition (1,200 signatures) at your office in "
    "Eupen instead. Tuesday 10:00, ok?",
    "The postman keeps putting your letters in our box by mistake. We know the house, we'll bring them over "
    "tonight, no worries.",
    # legitimate announced visits
    "Booked for your constituency hours on Monday at 15:30, I'm bringing my father's pension file. Thank you "
    "for seeing us.",
    "A delegation of 12 parents from the athénée in Waterloo will come to your office on Wednesday at 9:00 "
    "about the school bus. Your assistant has confirmed it.",
    "The march from the station to your party office on Saturday at 14:00 has a permit from the city. "
    "Peaceful, families, drums. We'll hand you our demands at the door.",
    "Our residents' committee will come and see you at the town hall after the council meeting on 3 April. "
    "About 30 of us, we'll be quiet and we're bringing the file.",
    "See you at your office on Friday! My whole class (Year 6, Sint-Jozef in Leuven) is coming on the school "
    "visit and the kids have prepared questions.",
    # voters reporting a crime or threat against themselves
    "Someone slashed all four tyres on my car in Schaerbeek last night and left a note saying 'next time it's "
    "you'. The police took a statement and that's it. What can I do?",
    "My ex keeps sending me photos of my own front door. I'm scared. Is there a faster procedure for a "
    "restraining order in Belgium?",
    "A man in my building threatened to set fire to my flat because I complained about the noise. I have the "
    "messages. Who do I turn to?",
    "I run a small shop in Verviers and a gang told me they will smash my windows unless I pay them every "
    "month. Please help me, the police just say wait.",
    "Since I posted about the refugees someone has put my address and photos of my kids online. I'm an "
    "ordinary mum in Kelmis. How do I get this taken down?",
    # sport, gaming, cooking and business slang
    "Our U15s absolutely destroyed Raeren 6-0 on Sunday 🔥⚽ y'all should come to the next match and watch "
    "them kill it again!",
    "Your bill is dead on arrival in the Senate, sorry. But your speech today? Killing it 👏",
    "Our bakery is going to crush the competition at the Eupen Christmas market with the new Printen recipe. "
    "Can the council give us a better stand?",
    "gg last night @MarcoHenrard, the youth council absolutely wrecked you at FIFA 😂 rematch on Friday, bring "
    "your A game",
    "Thanks for coming to our cooking class! As our chef says: chop the onions without mercy, smash the garlic "
    "and let the stew die slowly on the fire for four hours 😄",
    # history, commemorations, books, podcasts
    "Thank you for laying a wreath at the memorial to André Cools in Flémalle. Political violence has no place "
    "in Belgium, then or now.",
    "Just listened to a true-crime podcast about the Brabant killers. Will parliament ever reopen the inquiry "
    "for the victims' families?",
    "Our library in St. Vith is holding a reading of texts from the Jo Cox Foundation, 'More in common'. "
    "Would you say a few words?",
    "The documentary about the murder of Pim Fortuyn was chilling. We have to protect democratic debate, "
    "including for the people we disagree with.",
    "On 17 December we remember the Malmedy massacre of 1944. Will the Region fund the restoration of the "
    "memorial at Baugnez?",
    # hunters, shooting clubs, knife makers, fireworks
    "I'm a hunter in Büllingen with a valid licence. Under the new rules, do I need a separate permit to take "
    "my rifle to the shooting range in Germany?",
    "Our shooting club in Lontzen has 140 members and the range needs new bullet traps. Is there a sports "
    "subsidy for that?",
    "I make hand-forged kitchen knives in my workshop in Waimes. Does the new law on carrying blades apply when "
    "I take them to the Sunday craft fair?",
    "We are selling fireworks for new year in Mons. Can you explain me which category of rockets will be "
    "forbidden for private buyers from 2027?",
    "My grandad left me his old shotgun. I want to hand it in legally, not keep it. Which police station deals "
    "with that?",
    # pets, animal welfare, vets, culling
    "Our vet says the bird flu cull on the farm next to ours starts on Thursday. 40,000 hens. Is there "
    "compensation for the farmer?",
    "Someone is putting out poisoned bait in the park in Uccle, two dogs died this month. Please push for "
    "cameras and checks.",
    "My old cat had to be put down yesterday and the vet was wonderful. Will you support lowering VAT on vet care?",
    "After the swine fever in the Gaume every wild boar in the zone was shot. Is there a plan if it reaches the "
    "Eifel side?",
    "Please ban tail docking and ear cropping for dogs completely. I'll send you photos from the shelter in "
    "Liège, it's heartbreaking.",
    # unions and journalists announcing strikes and publications
    "Message from the union: Monday 6:00 the TEC bus depot in Eupen is closed by pickets. No bus leaves. Your "
    "constituents should plan ahead.",
    "We publish the documents on Monday at 7:00. You have until Friday noon to answer our questions about the "
    "tender. - Investigations desk",
    "Teachers' union, East Belgium: from 10 March we boycott every staff meeting until the decree is "
    "withdrawn. Consider this our formal notice.",
    "We're a collective of freelance journalists. We know about the second address your party rents in Uccle "
    "and the article goes online on Thursday. Any comment?",
    "Rail strike from Tuesday 22:00 to Thursday 22:00. Sorry to all commuters, but the government left us no choice.",
    # insults without a threat
    "You are the most useless, spineless, lying coward who ever sat in that parliament. Disgusting.",
    "what a clown 🤡🤡 honestly how do u even sleep at night, pathetic excuse for a politician",
    "Traitor. Parasite. Hypocrite. I hope your conscience keeps you awake.",
    "You're a disgrace to East Belgium and to your own family name. Shame on you, forever.",
    "Honestly you're as thick as two short planks. Even my dog understands the budget better than you 🐶",
    # persistence, courts, ombudsman
    "Dear Mr Dubois,\n\nthis is my fourteenth letter about the flooding in our basement in Pepinster. Three "
    "winters now, and every time the same form reply. I will keep writing every Monday until you answer "
    "properly. You won't get rid of me.\n\nRegards,\nH. Moreau",
    "Our neighbourhood association has voted to sue the municipality. See you in court in Liège, Madam Mayor, "
    "the summons about the expropriation goes out on Friday.",
    "I've filed a complaint with the federal ombudsman about your office ignoring me. I'll be following every "
    "step of it.",
    "I'm coming to every council meeting with my sign until the crossing is fixed. Front row. Every time. Get "
    "used to my face 😊",
    "You blocked me on X, so I'll use e-mail. Block that and I'll use the post, then the phone, then your "
    "surgery. I'm not going anywhere.",
]

DE_THREAT = [
    # short social-media replies with handles and hashtags
    "@Lukas_Vandermeiren_MdP genieß dein letztes ruhiges Wochenende in Kelmis, wir kommen bei dir vorbei "
    "#Verraeter #duBistDran",
    "@SaraMoerkerke du und dein #Migrationspakt. bald regelt das mal jemand persönlich mit dir 🎯",
    "@p_vanhoorickx das Volksgericht kommt für dich ganz persönlich #Nuernberg2 #keinEntkommen",
    "@Anja_Kreutzmann_MEP dein Büro in der Rue Belliard kriegt Freitag Besuch. Nicht den höflichen. #esreicht",
    "@wimvandersmissen blockiert? egal. sag ich dir in Eupen ins Gesicht, mit der Faust #Feigling",
    # property: car, tyres, windows, house, garden
    "Schöner neuer Tesla vor Ihrem Haus in Raeren. Vier Reifen, vier Messerlöcher, so rechne ich.",
    "Die Fenster von Ihrem Büro am Marktplatz sind groß und billig. Ein paar Pflastersteine und es ist ein "
    "Großraumbüro. Vielleicht heute Nacht.",
    "Die Holzscheune neben Ihrem Haus in Burg-Reuland wäre in Minuten weg. Ein Streichholz reicht, und ich hab "
    "ne ganze Schachtel.",
    "Ich spruehe VERRAETER in rot ueber deine Hausfassade, das Auto und das Garagentor. Sollen die Nachbarn "
    "ruhig sehen, was du bist.",
    "Ihr Gemüsebeet und die Rosen, auf die Ihre Frau so stolz ist: ein Liter Unkrautvernichter mit Diesel wirkt "
    "Wunder. Nächstes Wochenende. Dann das Haus.",
    # "friendly advice" and warnings
    "Herr Mertes, an Ihrer Stelle wäre ich sehr vorsichtig. Nicht jeder, der Ihre Beiträge zum Wolf liest, ist "
    "so ruhig wie ich, und ehrlich gesagt bin ich es auch nicht mehr. Manche von uns haben Schafe verloren, "
    "manche die Geduld. Denken Sie daran, wenn Sie das nächste Mal im Dunkeln vom Auto zur Haustür gehen.",
    "Betrachten Sie das als Ihre einzige Warnung. Ziehen Sie die Genehmigung für die Moschee zurück, oder Sie "
    "erfahren, was danach kommt.",
    "Ein Rat von jemandem, der es ernst meint: Schauen Sie sich ab jetzt um, wenn Sie zum Bahnhof in Eupen "
    "gehen. Jeden Tag.",
    "Ich geb dir einen guten Rat: Stopp das Gesetz oder mach dich bereit. Viele sind sehr wuetend und ich bin "
    "einer von denen, die handeln, nicht reden.",
    "Kleiner Tipp, Frau Schöffin: Besorgen Sie sich ein besseres Schloss und einen großen Hund. Nach der "
    "Abstimmung am Donnerstag brauchen Sie beides.",
    # historical assassinations as a warning
    "Denken Sie daran, was mit Pim Fortuyn passiert ist. Der dachte auch, er kann sagen, was er will. Es "
    "brauchte nur einen Mann.",
    "Jo Cox hat auch nur ihre Bürgersprechstunde gemacht. Denken Sie mal darüber nach vor Ihrer Sprechstunde "
    "am Samstag in St. Vith.",
    "André Cools wurde 91 vor einer Wohnung in Lüttich erschossen. Ein paar von uns hier wissen noch, wie so was geht.",
    "Walter Lübcke wurde auf seiner eigenen Terrasse erschossen. Die Grenze ist näher an Ihrem Haus, als Sie "
    "denken, Herr Kessler.",
    "Die Geschichte weiß, wie man mit Verrätern umgeht. Fragen Sie Palme. Fragen Sie Lindh. Ihr Name würde "
    "gut ans Ende dieser Liste passen.",
    # threats phrased as innocent questions
    "Wissen Sie eigentlich, wie leicht man Ihr Haus auf Street View findet? Hat zwei Minuten gedauert. Blaue "
    "Tür, oder?",
    "Parkt Ihre Frau den Volvo donnerstags abends immer noch an derselben Stelle hinter dem Delhaize? Ziemlich "
    "dunkel da, oder.",
    "Kurze Frage: Ist Ihre Tochter mittwochnachmittags noch in der Reitschule in Raeren? Frage für einen "
    "Freund. Der hat einen Lieferwagen.",
    "Was meinen Sie, wie lange braucht die Polizei um 3 Uhr nachts bis in Ihre Straße in Bütgenbach? Ich hab's "
    "mal gestoppt.",
    "Schon mal überlegt, wie Ihr Bürgerbüro nachts aussieht, wenn keiner drin ist? Ich schon. Mehrmals. Das "
    "hintere Fenster schließt nicht mal richtig.",
    # countdowns and dates
    "Samstag 14 Uhr, Marktplatz in Eupen. Sie werden sehen. Alle werden sehen.",
    "Nach der Abstimmung am Donnerstag bist du eine Zielscheibe. Und ich mein nicht politisch.",
    "tick tack tick tack @MiekeVDB ⏰ noch 3 tage",
    "Kreisen Sie sich den 21. März im Kalender ein. Das ist der letzte Tag, an dem Sie sich in Ihrer eigenen "
    "Straße sicher fühlen.",
    "Sie haben bis Monatsende, um das Dekret zurückzuziehen. Danach keine Briefe mehr. Dann kommen wir "
    "persönlich, und wir fragen nicht.",
    # oblique weapons
    "Däm Opa sing Jewehr usem Kreech jeht noch. Han et letzte Woch jeölt. Wollt isch üch nur sage, weil Ihr jo "
    "noh Sankt Vith kommt.",
    "Ich hab seit dreißig Jahren den Jagdschein und noch nie ein Wildschwein verfehlt. Sie sind viel langsamer "
    "als ein Wildschwein.",
    "Seit dem letzten Haushalt Ihrer Partei liegt ein Baseballschläger in meinem Kofferraum. Kommen Sie doch "
    "mal ins Café in Malmedy und sagen Hallo.",
    "Ich schleife Messer beruflich. Ihr Hals ist das Nächste, an dem ich eins teste.",
    "Hab mir ne Armbrust gekauft, ganz legal, ohne Genehmigung. Ihr Gartenzaun ist nur vierzig Meter vom Waldrand weg.",
    # pets and elderly parents
    "Der alte Spaniel, von dem Sie dauernd Fotos posten. Hunde fressen ja alles, was auf dem Bürgersteig "
    "liegt. Auch Giftköder.",
    "Ihre Mutter wohnt im Seniorenheim in Eupen, Zimmer im Erdgeschoss am Garten. Die Besuchszeiten sind da "
    "sehr locker. Hab nachgeschaut.",
    "Üre Vatter jeht noch jede Morje allein mem Stock noh de Bäcker en Kelmis. Ahl Männ falle esu leich.",
    "deine katze auf insta is süß. würd gut in nen müllsack passen. stimm ruhig weiter so ab, dann siehste",
    "Wir fangen mit Ihren Pferden auf der Weide in Amel an. Dann sehen wir weiter mit Ihnen.",
    # organised and collective
    "Wir sind viele, wir haben Listen, und wir wissen genau, wer dafür gestimmt hat. Ihr Name ist doppelt "
    "unterstrichen.",
    "Unsere Gruppe hat 400 Mitglieder in Ostbelgien und der Wallonie, und wir haben die Privatadressen der "
    "Abgeordneten unter uns aufgeteilt. Ihre wurde mir zugeteilt.",
    "Jeder Gemeinderat, der mit Ja gestimmt hat, ist fotografiert, Kennzeichen inklusive. Wenn der Tag kommt, "
    "muss keiner mehr suchen.",
    "Wir sind jetzt organisiert, nicht bloß ein paar Wütende auf Facebook. Seit Montag gibt es Schichten vor "
    "Ihrem Haus in Kettenis, rund um die Uhr, und alle haben das Kennzeichen Ihrer Frau. Das bleibt so, bis Sie "
    "zurücktreten. Und wenn nicht, entscheiden die Leute von der Nachtschicht, was als Nächstes passiert, nicht "
    "ich.",
    "Die Liste steht: 23 Namen, Privatadressen, die Schulen der Kinder. Sie sind Nummer 4. Wir fangen oben an.",
    # emoji-heavy
    "🏠🔥⛽ heute nacht 😈",
    "@NadiaDelvoye 🔪🔪🔪⚰️ bald",
    "du 👉 🪦 bald ⏳⏳",
    "🔫💥🧠 verraeter 🇧🇪",
    "deine kinder 👧👦 + schule 🏫 + ich 🚗 = ⚰️",
    # threats disguised as jokes
    "Haha wär doch schade, wenn heute Nacht ein Ziegelstein durch Ihr schönes Bürofenster fliegt 😂 Spaß... oder? 😉",
    "lol einer sollte dich bei der nächsten Bauerndemo einfach mitm Traktor überfahren. war n witz. "
    "größtenteils. ich fahr 🚜😂",
    "Nix für ungut, aber ich hoff, du erstickst. Würd sogar gern nachhelfen 😂 Spaß (kein Spaß)",
    "Komisch, wie ich nachts immer wieder in deiner Straße lande. Zufall 😜 nächstes Mal klingel ich. Oder tret "
    "die Tür ein.",
    "Witz des Tages: Was ist der Unterschied zwischen einem Minister und einer Piñata? Keiner, auf beide haut "
    "man mit dem Stock, bis sie platzen. Bis Freitag beim Empfang, ich bring meinen Stock mit 🪅😉",
    # doxxing of children and home, "visits" to surgeries and the office
    "Ich hab Fotos von Ihren Kindern, wie sie jeden Morgen aus dem Haus in Walhorn kommen. Ziehen Sie den "
    "Entwurf zurück, oder die gehen online, mit Adresse und Uhrzeit.",
    "Das Insta von Ihrer Tochter ist öffentlich, Schätzchen. Ich hab jedes Foto gespeichert, das Vereinstrikot "
    "verrät den Rest. Bis Sonntag wissen Tausende meiner Follower, wo sie sie finden.",
    "Ich statte Ihrer Bürgersprechstunde am Montag einen Besuch ab. Nicht zum Reden. Sagen Sie Ihrer "
    "Sekretärin, sie soll zu Hause bleiben.",
    "Ihr Büro in St. Vith, Sprechstunde am Donnerstag. Ich und die Jungs kommen vorbei und regeln das selbst. "
    "Halten Sie die Nummer vom Krankenwagen bereit.",
    "Ich druck Ihre Privatadresse und Fotos Ihrer Kinder auf Flyer und verteil sie am Sonntag auf der Demo. "
    "Sollen die Leute selbst entscheiden, was sie damit machen.",
]

DE_HARD = [
    # benign "watch out" and "be careful"
    "Vorsicht auf der N68 zwischen Eupen und Malmedy heute Abend, überall Glatteis. Vielleicht verschieben Sie "
    "Ihren Besuch in unserem Verein?",
    "Achtung, in Ihrem Namen geht eine gefälschte Mail rum, die um Spenden bittet. Jemand benutzt Ihr Foto.",
    "Vorsicht: Die Weser steigt wieder und Ihr Büro in Eupen liegt direkt am Fluss. Bringen Sie die Akten nach oben!",
    "Passen Sie beim Sturm am Freitag auf, Herr Ratsmitglied. Die großen Bäume in Ihrer Straße sehen wackelig "
    "aus, parken Sie bitte nicht drunter.",
    "Vorsicht, Ihre Reifen sahen heute Morgen ziemlich platt aus, als ich an Ihrem Auto vor dem Rathaus "
    "vorbeigelaufen bin. Lieber prüfen, bevor Sie nach Brüssel fahren.",
    # electoral and political punishment
    "Das zahlen Sie im Mai an der Wahlurne. Jeder Bauer in der Eifel wird sich an diese Abstimmung erinnern.",
    "Ihre Partei ist nach dieser Sache in Ostbelgien erledigt. Politischer Selbstmord, live im Fernsehen.",
    "@JanRenard_MdP genieß deine letzte Legislatur. Die Wähler zeigen dir 2029 die Tür #nieWieder",
    "22 Jahre war ich Mitglied. Heute hab ich gekuendigt und mache Wahlkampf für die andere Seite. Viel Glück "
    "bei den Umfragen.",
    "Ihre Liste ist an der Urne tot, bevor sie ankommt. Ich verteile in jeder Straße in Bütgenbach die Flyer "
    "der Konkurrenz.",
    # "we know where you live" used kindly
    "Wir wissen, wo Sie wohnen, also nicht erschrecken: Die ganze Schulstraße bringt Ihnen am Sonntag Kuchen "
    "vorbei, als Dank für den neuen Spielplatz 🎂",
    "Hab Ihre Brieftasche auf dem Parkplatz vom Delhaize in Eupen gefunden. Auf dem Ausweis steht die Adresse, "
    "ich werf sie Ihnen heute Abend in den Briefkasten, kein Problem.",
    "Hallo, wir sind Ihre Nachbarn von Nummer 18! Strassenfest am 21. Juli, wir wissen ja, dass Sie in der 22 "
    "wohnen, also sind Sie eingeladen, bringen Sie die Kinder mit 🇧🇪",
    "Wir wissen, dass Ihre Privatadresse privat ist, deshalb geben wir die Petition (1200 Unterschriften) in "
    "Ihrem Büro in Eupen ab. Dienstag 10 Uhr, passt das?",
    "Dä Breefdräjer schmiet Ür Poß immer bei ons en de Kaste. Mer wesse jo, wo et Huus es, mer brenge se hück "
    "Ovend röver, kee Problem.",
    # legitimate announced visits
    "Für Ihre Bürgersprechstunde am Montag um 15.30 Uhr angemeldet, ich bringe die Rentenakte meines Vaters "
    "mit. Danke, dass Sie uns empfangen.",
    "Eine Abordnung von 12 Eltern der Gemeindeschule Hergenrath kommt am Mittwoch um 9 Uhr wegen des "
    "Schulbusses in Ihr Büro. Ihre Assistentin hat es bestätigt.",
    "Der Marsch vom Bahnhof zu Ihrem Parteibüro am Samstag um 14 Uhr ist von der Stadt genehmigt. Friedlich, "
    "Familien, Trommeln. Wir übergeben Ihnen unsere Forderungen an der Tür.",
    "Unser Anwohnerkomitee besucht Sie am 3. April nach der Ratssitzung im Rathaus. Wir sind etwa 30, wir sind "
    "leise und bringen die Akte mit.",
    "Bis Freitag in Ihrem Büro! Meine ganze Klasse (6. Schuljahr, Gemeindeschule Kettenis) kommt zum "
    "Schulbesuch und die Kinder haben Fragen vorbereitet.",
    # voters reporting a crime or threat against themselves
    "Gestern Nacht hat jemand in Eupen alle vier Reifen meines Autos zerstochen und einen Zettel hinterlassen: "
    "'Nächstes Mal bist du dran'. Die Polizei hat die Anzeige aufgenommen, das war's. Was kann ich tun?",
    "Mein Ex schickt mir ständig Fotos von meiner eigenen Haustür. Ich habe Angst. Gibt es in Belgien ein "
    "schnelleres Verfahren für ein Kontaktverbot?",
    "Ein Mann in meinem Haus hat gedroht, meine Wohnung anzuzünden, weil ich mich über den Lärm beschwert habe. "
    "Ich habe die Nachrichten. An wen wende ich mich?",
    "Ich habe einen kleinen Laden in Verviers, und eine Bande sagt, sie schlagen mir die Scheiben ein, wenn ich "
    "nicht jeden Monat zahle. Bitte helfen Sie mir, die Polizei sagt nur abwarten.",
    "Seit ich über die Flüchtlinge gepostet habe, hat jemand meine Adresse und Fotos meiner Kinder ins Netz "
    "gestellt. Ich bin eine ganz normale Mutter aus Kelmis. Wie kriege ich das gelöscht?",
    # sport, gaming, cooking and business slang
    "Unsere U15 hat Raeren am Sonntag 6:0 zerlegt 🔥⚽ Kommen Sie zum nächsten Spiel und schauen Sie zu, wie "
    "sie wieder alles abräumen!",
    "Ihr Gesetzentwurf ist im Senat tot, bevor er ankommt, sorry. Aber Ihre Rede heute? Der Hammer 👏",
    "Unsere Bäckerei wird die Konkurrenz auf dem Eupener Weihnachtsmarkt mit dem neuen Printen-Rezept "
    "plattmachen. Kann die Gemeinde uns einen besseren Stand geben?",
    "gg gestern @MarcoHenrard, der Jugendrat hat dich in FIFA komplett zerstört 😂 Revanche am Freitag, zieh "
    "dich warm an",
    "Danke für den Besuch im Kochkurs! Wie unser Koch sagt: Zwiebeln gnadenlos hacken, Knoblauch zerquetschen "
    "und das Gulasch vier Stunden lang langsam auf dem Feuer sterben lassen 😄",
    # history, commemorations, books, podcasts
    "Danke, dass Sie am Denkmal für André Cools in Flémalle einen Kranz niedergelegt haben. Politische Gewalt "
    "hat in Belgien keinen Platz, damals wie heute.",
    "Hab gerade einen True-Crime-Podcast über die Killer von Brabant gehört. Wird das Parlament die "
    "Untersuchung für die Familien der Opfer je wieder aufnehmen?",
    "Unsere Bibliothek in St. Vith veranstaltet eine Lesung mit Texten der Jo Cox Foundation, 'More in "
    "common'. Würden Sie ein paar Worte sagen?",
    "Die Doku über den Mord an Pim Fortuyn war erschütternd. Wir müssen die demokratische Debatte schützen, "
    "auch für die, mit denen wir nicht einverstanden sind.",
    "Am 17. Dezember gedenken wir des Massakers von Malmedy 1944. Fördert die Region die Restaurierung der "
    "Gedenkstätte in Baugnez?",
    # hunters, shooting clubs, knife makers, fireworks
    "Ich bin Jäger in Büllingen mit gültigem Jagdschein. Brauche ich nach den neuen Regeln eine eigene "
    "Genehmigung, um mein Gewehr zum Schießstand nach Deutschland mitzunehmen?",
    "Unser Schützenverein in Lontzen hat 140 Mitglieder und der Stand braucht neue Kugelfänge. Gibt es dafür "
    "einen Sportzuschuss?",
    "Ich schmiede Küchenmesser in meiner Werkstatt in Weismes. Gilt das neue Gesetz über das Tragen von "
    "Klingen auch, wenn ich sie zum Kunsthandwerkermarkt am Sonntag bringe?",
    "Wir verkaufen Silvesterfeuerwerk in Eupen. Koennen Sie erklaeren, welche Raketenkategorie ab 2027 fuer "
    "Privatkunden verboten wird?",
    "Mein Opa hat mir seine alte Schrotflinte vererbt. Ich will sie legal abgeben, nicht behalten. Welche "
    "Polizeidienststelle ist dafür zuständig?",
    # pets, animal welfare, vets, culling
    "Unser Tierarzt sagt, die Keulung wegen Vogelgrippe auf dem Hof neben uns beginnt am Donnerstag. 40.000 "
    "Hennen. Gibt es eine Entschädigung für den Bauern?",
    "Im Park in Eupen legt jemand Giftköder aus, diesen Monat sind zwei Hunde gestorben. Bitte setzen Sie sich "
    "für Kameras und Kontrollen ein.",
    "Meine alte Katze musste gestern eingeschläfert werden, der Tierarzt war wunderbar. Unterstützen Sie eine "
    "niedrigere Mehrwertsteuer auf Tierarztkosten?",
    "Nach der Schweinepest in der Gaume wurden alle Wildschweine in der Zone geschossen. Gibt es einen Plan, "
    "falls sie auf die Eifelseite kommt?",
    "Bitte verbieten Sie das Kupieren von Schwänzen und Ohren bei Hunden komplett. Ich schicke Ihnen Fotos aus "
    "dem Tierheim in Lüttich, es bricht einem das Herz.",
    # unions and journalists announcing strikes and publications
    "Von der Gewerkschaft: Montag 6 Uhr ist das TEC-Busdepot in Eupen durch Streikposten dicht. Kein Bus fährt "
    "raus. Ihre Bürger sollten vorplanen.",
    "Wir veröffentlichen die Dokumente am Montag um 7 Uhr. Sie haben bis Freitagmittag Zeit, unsere Fragen zur "
    "Ausschreibung zu beantworten. - Investigativressort",
    "Lehrergewerkschaft Ostbelgien: Ab dem 10. März boykottieren wir jede Lehrerkonferenz, bis das Dekret "
    "zurückgezogen ist. Betrachten Sie das als unsere offizielle Ankündigung.",
    "Wir sind ein Kollektiv freier Journalisten. Wir wissen von der zweiten Adresse, die Ihre Partei in Uccle "
    "mietet, und der Artikel geht am Donnerstag online. Stellungnahme?",
    "Bahnstreik von Dienstag 22 Uhr bis Donnerstag 22 Uhr. Sorry an alle Pendler, aber die Regierung lässt uns "
    "keine Wahl.",
    # insults without a threat
    "Sie sind der nutzloseste, rückgratloseste, verlogenste Feigling, der je in diesem Parlament saß. Widerlich.",
    "was fürn clown 🤡🤡 ehrlich wie kannst du nachts schlafen, erbaermliche ausrede von politiker",
    "Verräter. Schmarotzer. Heuchler. Ich hoffe, Ihr Gewissen lässt Sie nicht schlafen.",
    "Sie sind eine Schande für Ostbelgien und für Ihren eigenen Familiennamen. Schämen Sie sich, für immer.",
    "Ehrlich, Sie sind dumm wie Brot. Sogar mein Hund versteht den Haushalt besser als Sie 🐶",
    # persistence, courts, ombudsman
    "Sehr geehrter Herr Dubois,\n\ndies ist mein vierzehnter Brief wegen der Überschwemmung in unserem Keller "
    "in Pepinster. Drei Winter jetzt, und jedes Mal dieselbe Standardantwort. Ich schreibe Ihnen weiter jeden "
    "Montag, bis Sie richtig antworten. Mich werden Sie nicht los.\n\nMit freundlichen Grüßen\nH. Moreau",
    "Unsere Nachbarschaftsvereinigung hat beschlossen, die Gemeinde zu verklagen. Wir sehen uns vor Gericht in "
    "Eupen, Frau Bürgermeisterin, die Ladung wegen der Enteignung geht am Freitag raus.",
    "Ich habe beim föderalen Ombudsmann Beschwerde eingereicht, weil Ihr Büro mich ignoriert. Ich werde jeden "
    "Schritt verfolgen.",
    "Ich komme mit meinem Schild zu jeder Ratssitzung, bis der Zebrastreifen da ist. Erste Reihe. Jedes Mal. "
    "Gewöhnen Sie sich an mein Gesicht 😊",
    "Sie haben mich auf X blockiert, also schreibe ich per Mail. Blockieren Sie das, nehme ich die Post, dann "
    "das Telefon, dann Ihre Sprechstunde. Ich gehe nirgendwo hin.",
]
