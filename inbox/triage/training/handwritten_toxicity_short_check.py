"""A SEPARATE check set of SHORT messages (nl/fr/de/en) for the toxicity head: never used in training.

Written after the short training examples, with other words and situations: bare
insults and short threats (``*_ABUSE``) against short agreement, outrage and alarm
(``*_OK``), the kind of one-line reply that tripped the head before.
"""

NL_ABUSE = [
    "Sodemieter op, eikel.",
    "Hou je muil, zak.",
    "Smeerlap!",
    "Jij bent echt een oen.",
    "Achterlijke gladjakker.",
    "Ik sla je op je bek.",
    "Zielige loser.",
    "Kankerlijer.",
]

NL_OK = [
    "Volledig mee eens!",
    "Schandalig, die wachtlijsten.",
    "Gevaarlijke situatie aan het station!",
    "Dit kan echt niet meer.",
    "Ik ben woedend over die factuur.",
    "Wat een puinhoop in de Wetstraat.",
    "Hou vol, goed bezig!",
    "Dringend ingrijpen aub!",
]

FR_ABUSE = [
    "Va chier, pauvre type.",
    "Ordure !",
    "Ferme ta grande bouche, bouffon.",
    "Tu n'es qu'une merde.",
    "Je vais te casser la gueule.",
    "Pauvre abrutie.",
    "Tocard, va-t'en.",
    "Sale raclure.",
]

FR_OK = [
    "Entièrement d'accord !",
    "Scandaleuses, ces listes d'attente.",
    "Situation dangereuse à la gare !",
    "Ça ne peut plus durer.",
    "Je suis furieux de cette facture.",
    "Quel bazar au gouvernement.",
    "Courage, continuez !",
    "Il faut intervenir d'urgence svp !",
]

DE_ABUSE = [
    "Leck mich, du Trottel.",
    "Halt die Fresse, Clown.",
    "Du Stück Scheiße.",
    "Mistkerl!",
    "Ich hau dir eine rein.",
    "Armselige Witzfigur.",
    "Du Honk, verschwinde.",
    "Elender Schmarotzer.",
]

DE_OK = [
    "Völlig richtig!",
    "Skandalös, diese Wartelisten.",
    "Gefährliche Lage am Bahnhof!",
    "Das geht so nicht weiter.",
    "Ich bin wütend über diese Rechnung.",
    "Was für ein Chaos in der Regierung.",
    "Weiter so, gut gemacht!",
    "Bitte dringend eingreifen!",
]

EN_ABUSE = [
    "Sod off, you prat.",
    "Shut your trap, clown.",
    "You piece of garbage.",
    "Scumbag!",
    "I'll smash your face in.",
    "Pathetic loser.",
    "Clueless twit, go away.",
    "Vile parasite.",
]

EN_OK = [
    "Couldn't agree more!",
    "Scandalous, these waiting lists.",
    "Dangerous situation at the station!",
    "This cannot go on.",
    "I'm furious about this bill.",
    "What a mess in government.",
    "Keep going, great work!",
    "Please step in urgently!",
]
