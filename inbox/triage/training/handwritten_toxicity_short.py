"""More hand-written toxicity TRAINING examples: SHORT messages in nl/fr/de/en.

The first hand-written set has mostly full sentences. Real replies are often a few
words: a bare insult ("Pauvre con !") or a short, heated but legitimate exclamation
("Levensgevaarlijk, dat kruispunt!"). Without short examples, the head flagged short
non-English exclamations with alarming words and missed short French insults.

``*_ABUSE``: short insults, threats and slurs aimed at a person. ``*_HARSH_OK``: short
agreement, outrage at a policy or a situation, alarm about danger; no one is abused.
The separate check set for short messages is ``handwritten_toxicity_short_check.py``.
"""

NL_ABUSE = [
    "Rot op, klootzak.",
    "Hou je kop, sukkel!",
    "Lul!",
    "Vuile smeerlap.",
    "Wat een debiel.",
    "Ga toch weg, idioot.",
    "Flikker op met je praatjes.",
    "Kutwijf.",
    "Oprotten, zakkenwasser.",
    "Jij bent een nul, verdwijn.",
    "Vuile rat.",
    "Stomme idioot!",
    "Klootzak!",
    "Hou je bakkes, mongool.",
    "Wat een lul ben jij.",
    "Ga toch dood.",
    "Hufter.",
]

NL_HARSH_OK = [
    "Levensgevaarlijk, dat kruispunt!",
    "Dit is echt schandalig!",
    "Eens, dit moet stoppen.",
    "Helemaal akkoord met u!",
    "Belachelijk, die energieprijzen.",
    "Wat een ramp!",
    "Dit is diefstal!",
    "Onaanvaardbaar!",
    "Stop met liegen over de cijfers.",
    "Te gek voor woorden!",
    "De oversteek aan de school is gevaarlijk voor de kinderen.",
    "Bravo, goed gezegd!",
    "Wat een vuil weer vandaag.",
    "Eens, stop ermee!",
    "Ongelofelijk, weer vertraging.",
    "Dit is een schande!",
    "Zet door!",
]

FR_ABUSE = [
    "Pauvre con !",
    "Casse-toi, connard.",
    "Ta gueule, abruti.",
    "Ferme-la, imbécile !",
    "Crétin, va.",
    "Espèce de nul, dégage.",
    "Va te faire voir, enfoiré.",
    "Grosse merde.",
    "T'es un déchet.",
    "Sale menteur de merde.",
    "Gros con.",
    "Quel connard.",
    "Bande de cons !",
    "Sale type.",
    "Espèce de conne.",
    "Tête de nœud.",
    "Gros naze.",
    "Trou du cul !",
    "Minable !",
    "Fils de pute.",
    "Va crever.",
    "Clown pathétique.",
]

FR_HARSH_OK = [
    "C'est vraiment dangereux pour les enfants !",
    "Tout à fait d'accord, il faut agir !",
    "Scandaleux !",
    "Quelle honte, ces prix.",
    "Inadmissible !",
    "C'est du vol !",
    "Arrêtez de mentir sur les chiffres.",
    "Il faut dégager les trottoirs enneigés.",
    "Bravo, bien dit !",
    "Catastrophe, encore une grève.",
    "Ras-le-bol des bouchons !",
    "Ce carrefour est un danger public.",
    "Sale journée pour les usagers du rail.",
    "Ça suffit, maintenant !",
    "Quelle blague, ce budget.",
    "Honteux !",
    "Allez, du courage !",
]

DE_ABUSE = [
    "Halt's Maul, du Idiot.",
    "Verpiss dich, Arschloch.",
    "Du Vollpfosten!",
    "Dreckskerl.",
    "Du Witzfigur, verschwinde.",
    "Scheißkerl!",
    "Dumme Kuh.",
    "Du Spinner, hau ab.",
    "Du Arsch!",
    "Blödmann.",
    "Verpiss dich!",
    "Du Versager.",
    "Dummkopf, hau ab.",
    "Drecksau.",
]

DE_HARSH_OK = [
    "Das ist wirklich gefährlich für Kinder!",
    "Völlig einverstanden, das muss aufhören!",
    "Skandalös!",
    "Was für eine Schande, diese Preise.",
    "Unzumutbar!",
    "Das ist Diebstahl!",
    "Hören Sie auf, bei den Zahlen zu lügen.",
    "Bravo, gut gesagt!",
    "Katastrophe, schon wieder Stau.",
    "Diese Kreuzung ist lebensgefährlich.",
    "So ein Mist, schon wieder Stau.",
    "Genug jetzt!",
    "Schande!",
    "Weiter so!",
]

EN_ABUSE = [
    "Shut up, you idiot.",
    "Piss off, scumbag.",
    "You absolute moron.",
    "Get lost, loser.",
    "Pathetic little weasel.",
    "Drop dead.",
    "Dirtbag!",
    "Go to hell, liar.",
]

EN_HARSH_OK = [
    "That junction is really dangerous!",
    "Totally agree, this has to stop!",
    "Outrageous!",
    "What a disgrace, these prices.",
    "Unacceptable!",
    "This is theft!",
    "Stop lying about the numbers.",
    "Well said, bravo!",
    "Disaster, another strike.",
    "Get rid of the potholes on our street, please.",
]
