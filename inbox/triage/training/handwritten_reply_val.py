"""Held-out needs-reply examples (nl/fr/en/de), written separately from the training lists.

Other situations and wording than ``handwritten_reply_*``, and no translations of training
messages, so the validation F1 is not inflated by near-duplicates across languages. The
last three of each list are harder: requests without a question mark, rhetorical questions.
"""

NL_REPLY = [
    "Mijn dochter is 17 en wil vrijwilliger worden bij uw partij. Kan dat?",
    "Weet u of de brandweerpost in Lier echt gaat sluiten?",
    "Wat is het juiste adres om een klacht over de politie in te dienen?",
    "Wij hebben een voetbalveld nodig voor 200 jeugdspelers. Kan de schepen eens komen kijken?",
    "Ik woon in Sint-Niklaas en mijn kelder loopt elke winter onder. Wie is hiervoor bevoegd?",
    "Hoe zit het met de beloofde extra agenten in het station van Mechelen?",
    "Kan u mij zeggen of ik als grensarbeider in Nederland belastingen betaal in België?",
    "Ik nodig u uit op de opening van ons buurthuis op 3 mei, laat u weten of u komt?",
    "Waarom betaal ik meer voor mijn water dan mijn zus in Wallonië?",
    "Is er een oplossing voor de zwerfkatten in onze wijk? Het asiel zit vol.",
    "Wilt u ons dossier over de geluidsmuur langs de E17 meenemen naar de minister?",
    "Mag een werkgever mijn ziektebriefje weigeren? Ik weet niet wat te doen.",
    "Graag wat meer uitleg over de nieuwe regels voor de zonnepanelen, want ik begrijp het niet.",
    "Laat me aub weten wanneer ik langs mag komen op uw spreekuur.",
    "Ik zou graag samenzitten met iemand van uw team over de sluiting van onze crèche.",
]

NL_NO_REPLY = [
    "Wat een mooi moment op de herdenking in Ieper.",
    "Eindelijk staat er een bankje aan de bushalte. Merci!",
    "@Bart_VK haha ja, die vraag was raak.",
    "Niemand luistert ooit naar de gewone mens.",
    "Onze brouwerij bestaat 100 jaar, santé! 🍺",
    "Zo gaat het altijd met die hervormingen.",
    "Top dat u de boerenbetoging kwam steunen.",
    "Ik heb vandaag voor het eerst gestemd, raar gevoel.",
    "Nee tegen de nieuwe belasting op tweede verblijven!",
    "Mijn complimenten aan de gemeentediensten voor het snelle opruimen na de storm.",
    "@LiesbethM dat zei ik toch al maanden.",
    "Slaapwel allemaal.",
    "Wie gelooft die beloftes nog?",
    "Waar zijn we in godsnaam mee bezig in dit land?",
    "Wanneer leren ze het nu eens? Nooit dus.",
]

FR_REPLY = [
    "Ma fille de 17 ans voudrait faire du bénévolat pour votre parti. Est-ce possible ?",
    "Savez-vous si la caserne des pompiers de Wavre va vraiment fermer ?",
    "À quelle adresse puis-je porter plainte contre un policier ?",
    "Notre club de basket n'a plus de salle. L'échevin pourrait-il passer nous voir ?",
    "Ma cave est inondée chaque hiver à Verviers. Qui est compétent ?",
    "Où en sont les agents supplémentaires promis pour la gare du Nord ?",
    "Je travaille au Luxembourg : où dois-je payer mes impôts ?",
    "Je vous invite à l'inauguration de notre maison de quartier le 3 mai, viendrez-vous ?",
    "Pourquoi l'eau coûte-t-elle plus cher chez moi qu'en Flandre ?",
    "Existe-t-il une solution pour les chats errants dans notre quartier ?",
    "Pourriez-vous transmettre notre dossier sur le mur antibruit de l'E411 au ministre ?",
    "Mon employeur peut-il refuser mon certificat médical ? Je suis perdu.",
    "Merci de m'expliquer les nouvelles règles pour les panneaux solaires, je n'y comprends rien.",
    "Faites-moi savoir quand je peux passer à votre permanence.",
    "Je souhaiterais rencontrer quelqu'un de votre équipe au sujet de la fermeture de notre crèche.",
]

FR_NO_REPLY = [
    "Très beau moment lors de la commémoration à Bastogne.",
    "Enfin un banc à l'arrêt de bus. Merci !",
    "@Kevin_LG mdr, question bien posée.",
    "Personne n'écoute jamais les gens ordinaires.",
    "Notre brasserie fête ses 100 ans, santé ! 🍺",
    "C'est toujours la même chose avec ces réformes.",
    "Super que vous soyez venu soutenir la manif des agriculteurs.",
    "J'ai voté pour la première fois aujourd'hui, drôle de sensation.",
    "Non à la nouvelle taxe sur les secondes résidences !",
    "Bravo aux services communaux pour le nettoyage rapide après la tempête.",
    "@Chloe_M je le dis depuis des mois.",
    "Bonne nuit à tous.",
    "Qui croit encore à ces promesses ?",
    "Mais où va ce pays, franchement ?",
    "Quand vont-ils enfin comprendre ? Jamais.",
]

EN_REPLY = [
    "My 17-year-old wants to volunteer for your party. Is that allowed?",
    "Do you know if the fire station in Evere is really closing?",
    "Where do I file a complaint about a police officer?",
    "Our youth rugby club has lost its pitch. Could the alderman come and see?",
    "My basement floods every winter in Anderlecht. Who is responsible?",
    "What happened to the extra officers promised for Brussels-North station?",
    "I work in Luxembourg but live in Arlon: where do I pay income tax?",
    "You're invited to the opening of our community centre on 3 May. Will you come?",
    "Why is my water bill higher than my sister's in Flanders?",
    "Is anything being done about the stray cats in our area?",
    "Would you take our noise barrier file to the minister?",
    "Can my employer reject my doctor's note? I'm not sure what to do.",
    "Please explain the new solar panel rules to me, I really don't get them.",
    "Let me know when I can drop by your surgery.",
    "I would like to sit down with someone from your team about our nursery closing.",
]

EN_NO_REPLY = [
    "Beautiful ceremony at the Menin Gate tonight.",
    "Finally a bench at the bus stop. Thanks!",
    "@dan_bxl lol, good question to ask.",
    "Nobody ever listens to ordinary people.",
    "Our brewery turns 100 today, cheers! 🍺",
    "Same old story with these reforms.",
    "Great that you came to support the farmers' protest.",
    "Voted for the first time today, strange feeling.",
    "No to the new tax on second homes!",
    "Kudos to the council workers for cleaning up so fast after the storm.",
    "@emma_r I've been saying that for months.",
    "Good night everyone.",
    "Who still believes these promises?",
    "What on earth is going on in this country?",
    "When will they ever learn? Never.",
]

DE_REPLY = [
    "Meine 17-jährige Tochter möchte sich in Ihrer Partei engagieren. Geht das?",
    "Wissen Sie, ob die Feuerwehrkaserne in Kelmis wirklich schließt?",
    "Wo kann ich mich über einen Polizisten beschweren?",
    "Unser Handballverein hat keine Halle mehr. Könnte der Schöffe vorbeikommen?",
    "Mein Keller läuft jeden Winter voll. Wer ist dafür zuständig?",
    "Was ist aus den versprochenen zusätzlichen Polizisten am Bahnhof geworden?",
    "Ich arbeite in Luxemburg und wohne in Burg-Reuland: Wo zahle ich Steuern?",
    "Wir laden Sie zur Eröffnung unseres Dorfhauses am 3. Mai ein. Kommen Sie?",
    "Warum ist mein Wasser teurer als in Flandern?",
    "Gibt es eine Lösung für die streunenden Katzen in unserem Viertel?",
    "Würden Sie unsere Akte zur Lärmschutzwand an den Minister weitergeben?",
    "Darf mein Arbeitgeber mein Attest ablehnen? Ich weiß nicht weiter.",
    "Bitte erklären Sie mir die neuen Regeln für Solaranlagen, ich verstehe sie nicht.",
    "Geben Sie mir Bescheid, wann ich in Ihre Sprechstunde kommen kann.",
    "Ich würde mich gern mit jemandem aus Ihrem Team über die Schließung unserer Kita austauschen.",
]

DE_NO_REPLY = [
    "Sehr bewegende Gedenkfeier heute in Eupen.",
    "Endlich eine Bank an der Bushaltestelle. Danke!",
    "@Jonas_K haha, gute Frage.",
    "Auf die einfachen Leute hört sowieso keiner.",
    "Unsere Brauerei wird 100, Prost! 🍺",
    "Immer das gleiche mit diesen Reformen.",
    "Toll, dass Sie beim Bauernprotest dabei waren.",
    "Heute zum ersten Mal gewählt, komisches Gefühl.",
    "Nein zur neuen Steuer auf Zweitwohnungen!",
    "Lob an den Bauhof für das schnelle Aufräumen nach dem Sturm.",
    "@Petra_W sag ich doch seit Monaten.",
    "Gute Nacht zusammen.",
    "Wer glaubt diesen Versprechen noch?",
    "Wohin steuert dieses Land eigentlich?",
    "Wann lernen die es endlich? Nie.",
]
