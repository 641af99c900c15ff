"""Hand-written toxicity TRAINING examples in nl/fr/de/en (written for this project).

``*_ABUSE``: insults, threats, dehumanising or degrading language aimed at a person.
``*_HARSH_OK``: harsh but legitimate political criticism, anger at policies, sarcasm,
and everyday messages that mention sensitive words without abusing anyone. The check
set in ``handwritten_toxicity_check.py`` is separate and never used in training.
"""

NL_ABUSE = [
    "Vuile idioot, ga terug naar je kot en hou je bek.",
    "Jij bent een walgelijke klootzak, echt waar.",
    "We weten waar je woont. Pas maar op.",
    "Stomme trut, niemand wil jouw gezeik horen.",
    "Ik hoop dat je een ongeluk krijgt, smerige landverrader.",
    "Debiel wijf, ga koken in plaats van politiek te spelen.",
    "Wat een achterlijke mongool ben jij zeg.",
    "Zakkenvuller, op een dag hangen we jullie allemaal op.",
    "Kanker op met je kutpartij.",
    "Jij vieze rat, je verdient een pak slaag.",
    "Parasiet. Mensen zoals jij moeten uitgeroeid worden.",
    "Hoer van de multinationals, schaam je.",
    "Ik kom je na de vergadering wel eens opwachten, lafaard.",
    "Wat een lelijke dikke zeug ben jij.",
    "Sukkel, je bent te dom om te leven.",
    "Verrek toch, waardeloze eikel.",
    "Smerige zwijnen, allemaal, jullie horen in de gevangenis of onder de grond.",
    "Ga dood, serieus.",
]

NL_HARSH_OK = [
    "Uw beleid is een ramp voor de gepensioneerden in dit land.",
    "Schandalig dat u de besparingen op de zorg goedkeurt.",
    "De regering liegt over de begrotingscijfers, dat is nu wel duidelijk.",
    "Ik schaam me voor wat deze meerderheid met het onderwijs doet.",
    "Minister, neem uw verantwoordelijkheid en treed af.",
    "Dit voorstel is belachelijk en onbetaalbaar.",
    "U hebt uw kiezers verraden met dit akkoord.",
    "Wat een amateurisme bij de uitrol van de nieuwe premie.",
    "Ik ben woedend: drie keer gebeld en nooit een antwoord gekregen.",
    "Uw partij heeft er een zootje van gemaakt in Brussel.",
    "De NMBS is een schande, elke dag vertraging.",
    "Hypocriet om over klimaat te praten en dan met het vliegtuig naar Straatsburg te gaan.",
    "Kunt u helpen met mijn kinderbijslag?",
    "Dank voor uw steun aan het woonzorgcentrum.",
    "De film over de moord in Luik was aangrijpend.",
    "Mijn buurman is verslaafd en ik weet niet hoe ik hem kan helpen.",
    "Ik ben kwaad en teleurgesteld. Dit had nooit mogen gebeuren.",
    "Dit is politieke diefstal van de spaarders.",
]

FR_ABUSE = [
    "Espèce de connard, ferme ta gueule.",
    "Sale pute, retourne à ta cuisine.",
    "On sait où tu habites. Fais gaffe à toi.",
    "Crève, sale traître.",
    "Bande d'enculés, vous allez le payer.",
    "T'es qu'un gros porc dégueulasse.",
    "Abruti fini, va te faire foutre.",
    "Un jour on va te pendre sur la Grand-Place, ordure.",
    "Ta gueule, pauvre conne.",
    "Vermine, des gens comme toi devraient disparaître.",
    "Je vais t'attendre à la sortie, tu vas comprendre ta douleur.",
    "Quelle grosse vache, tu fais pitié.",
    "Pauvre débile mental, retourne à l'asile.",
    "Salope de gauchiste, on aura ta peau.",
    "Vous êtes des rats, il faudrait vous exterminer.",
    "Imbécile heureux, tu pues la merde.",
]

FR_HARSH_OK = [
    "Votre politique est une catastrophe pour les pensionnés.",
    "Scandaleux de voter ces économies dans les soins de santé.",
    "Le gouvernement ment sur les chiffres du budget.",
    "J'ai honte de ce que cette majorité fait à l'enseignement.",
    "Monsieur le ministre, démissionnez.",
    "Cette proposition est ridicule et impayable.",
    "Vous avez trahi vos électeurs avec cet accord.",
    "Quel amateurisme dans la gestion des primes.",
    "Je suis furieux : trois appels et jamais de réponse.",
    "La SNCB est une honte, des retards tous les jours.",
    "Hypocrite de parler du climat et de prendre l'avion pour Strasbourg.",
    "Pouvez-vous m'aider avec mon dossier au CPAS ?",
    "Merci pour votre soutien à la maison de repos.",
    "Le documentaire sur le meurtre à Charleroi était bouleversant.",
    "Je suis en colère et déçu. Cela n'aurait jamais dû arriver.",
    "C'est du vol organisé contre les épargnants.",
]

DE_ABUSE = [
    "Du dummes Arschloch, halt endlich die Fresse.",
    "Wir wissen, wo du wohnst. Pass bloß auf.",
    "Verrecke doch, du Volksverräter.",
    "Blöde Schlampe, zurück an den Herd.",
    "Ihr Pack gehört alle aufgehängt.",
    "Du bist ein widerlicher Drecksack.",
    "Fick dich, du Vollidiot.",
    "Ich warte nach der Sitzung auf dich, dann gibt es was aufs Maul.",
    "Was für eine fette hässliche Kuh.",
    "Ungeziefer wie dich sollte man ausrotten.",
    "Hirnloser Spast, geh sterben.",
    "Halt's Maul, du Missgeburt.",
    "Dreckige Ratte, du wirst schon sehen.",
    "Du verlogene Hure der Konzerne.",
]

DE_HARSH_OK = [
    "Ihre Politik ist eine Katastrophe für die Rentner.",
    "Skandalös, dass Sie den Kürzungen im Gesundheitswesen zustimmen.",
    "Die Regierung lügt bei den Haushaltszahlen.",
    "Ich schäme mich für das, was diese Mehrheit mit den Schulen macht.",
    "Herr Minister, treten Sie zurück.",
    "Dieser Vorschlag ist lächerlich und unbezahlbar.",
    "Sie haben Ihre Wähler mit diesem Abkommen verraten.",
    "Ich bin wütend: dreimal angerufen, nie eine Antwort.",
    "Die SNCB ist eine Schande, jeden Tag Verspätung.",
    "Heuchlerisch, über Klima zu reden und nach Straßburg zu fliegen.",
    "Können Sie mir mit meinem Kindergeld helfen?",
    "Danke für Ihre Unterstützung des Altenheims.",
    "Der Krimi über den Mord in Eupen war spannend.",
    "Das ist Diebstahl an den Sparern, nichts anderes.",
]

EN_ABUSE = [
    "You stupid bitch, shut your mouth.",
    "We know where you live. Watch your back.",
    "Die, you traitorous scum.",
    "Hang them all, every last one of these parasites.",
    "You're a disgusting pig and everyone knows it.",
    "Go kill yourself, nobody would miss you.",
    "Fat ugly cow, get off the telly.",
    "I'll be waiting outside your office, you coward. You'll regret it.",
    "Vermin like you should be wiped out.",
    "Retarded clown, go back to the circus.",
    "F*** off, you worthless piece of s***.",
    "Whore for the banks, that's all you are.",
]

EN_HARSH_OK = [
    "Your policy is a disaster for pensioners.",
    "Shameful that you voted for the health care cuts.",
    "The government is lying about the budget figures.",
    "Minister, take responsibility and resign.",
    "This proposal is ridiculous and unaffordable.",
    "You betrayed your voters with this deal.",
    "I'm furious: called three times and never got an answer.",
    "Hypocritical to talk about climate and then fly to Strasbourg.",
    "Can you help me with my child benefit claim?",
    "The documentary about the murder in Antwerp was shocking.",
    "This is daylight robbery of savers, plain and simple.",
    "I'm angry and disappointed. This should never have happened.",
]
