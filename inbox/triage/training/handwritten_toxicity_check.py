"""The SEPARATE hand-written toxicity check set (nl/fr/de/en): never used in training.

Written after, and independently of, the training examples, with other wording and other
situations, to measure whether abuse is caught across languages (``*_ABUSE``) without
flagging harsh but legitimate criticism or ordinary messages (``*_OK``).
"""

NL_ABUSE = [
    "Hou je smoel, vuile leugenaar, of ik kom het zelf dichtslaan.",
    "Jij bent gewoon een domme koe zonder hersenen.",
    "Tyfus op, jij en je hele partij.",
    "Ik weet welke school je kinderen gaan. Denk daar maar eens over na.",
    "Achterlijke idioot, wie heeft jou ooit verkozen?",
    "Zo'n gore slet hoort niet in het parlement.",
    "Iemand zou jou eens een kogel door je kop moeten jagen.",
    "Klootzakken zijn jullie, allemaal tegen de muur.",
    "Vetzak, ga eerst eens sporten voor je over gezondheid praat.",
    "Ongedierte, terug naar het riool.",
    "Lul, je bent een schande voor de mensheid.",
    "Ik ga je huis in brand steken.",
]

NL_OK = [
    "Dit begrotingsakkoord is een klucht en de burger betaalt de rekening.",
    "U zegt het ene en doet het andere. Geloofwaardigheid nul.",
    "Ik ben het grondig oneens met uw migratiebeleid.",
    "Waarom blijft de minister zwijgen over het rapport van het Rekenhof?",
    "Het is een schande dat de wachtlijsten in de gehandicaptenzorg nog langer worden.",
    "Jullie hebben de jongeren in de steek gelaten.",
    "Ik stem volgende keer op een andere partij, dit pik ik niet meer.",
    "Bedankt voor de snelle opvolging van mijn dossier.",
    "Wanneer opent het nieuwe zwembad in Aalst?",
    "Mijn vader is vorige week overleden aan kanker; de zorg in het ziekenhuis was uitstekend.",
    "De aanslag in Brussel heeft ons allemaal diep geraakt.",
    "Wat een waardeloze communicatie over de nieuwe belastingregels.",
]

FR_ABUSE = [
    "Ferme-la, sale menteuse, ou je viens te la fermer moi-même.",
    "T'es qu'une grosse conne sans cervelle.",
    "Je sais dans quelle école vont tes gosses. Réfléchis bien.",
    "Abruti, qui a bien pu voter pour toi ?",
    "Une salope comme toi n'a rien à faire au parlement.",
    "Quelqu'un devrait te mettre une balle dans la tête.",
    "Enfoirés, tous au mur.",
    "Gros lard, fais du sport avant de parler de santé.",
    "Nique ta mère, toi et ton parti de merde.",
    "Je vais foutre le feu à ta baraque.",
    "Vermine, retourne dans ton égout.",
    "Pauvre tache, tu es une honte pour l'humanité.",
]

FR_OK = [
    "Cet accord budgétaire est une farce et c'est le citoyen qui paie.",
    "Vous dites une chose et faites l'inverse. Crédibilité zéro.",
    "Je suis en profond désaccord avec votre politique migratoire.",
    "Pourquoi le ministre reste-t-il muet sur le rapport de la Cour des comptes ?",
    "C'est une honte que les listes d'attente pour les personnes handicapées s'allongent.",
    "Vous avez abandonné les jeunes.",
    "La prochaine fois je vote pour un autre parti, j'en ai assez.",
    "Merci pour le suivi rapide de mon dossier.",
    "Quand ouvrira la nouvelle piscine de Mons ?",
    "Mon père est mort d'un cancer la semaine passée ; les soins à l'hôpital ont été excellents.",
    "L'attentat de Bruxelles nous a tous profondément marqués.",
    "Communication lamentable sur les nouvelles règles fiscales.",
]

DE_ABUSE = [
    "Halt die Klappe, du verlogene Schlampe, sonst komme ich vorbei.",
    "Du bist eine dumme Kuh ohne Hirn.",
    "Ich weiß, auf welche Schule deine Kinder gehen. Denk mal drüber nach.",
    "Du Idiot, wer hat dich überhaupt gewählt?",
    "Jemand sollte dir eine Kugel in den Kopf jagen.",
    "Ihr Wichser gehört alle an die Wand gestellt.",
    "Fettsack, mach erst mal Sport, bevor du über Gesundheit redest.",
    "Ich zünde dein Haus an.",
    "Ungeziefer, zurück in die Kanalisation.",
    "Du Penner bist eine Schande für die Menschheit.",
    "Scheiß auf dich und deine Dreckspartei.",
    "Du elende Missgeburt, verschwinde aus der Politik.",
]

DE_OK = [
    "Dieser Haushalt ist eine Farce und der Bürger zahlt die Rechnung.",
    "Sie sagen das eine und tun das andere. Glaubwürdigkeit null.",
    "Ich bin mit Ihrer Migrationspolitik grundlegend nicht einverstanden.",
    "Warum schweigt der Minister zum Bericht des Rechnungshofs?",
    "Eine Schande, dass die Wartelisten für Menschen mit Behinderung länger werden.",
    "Sie haben die Jugend im Stich gelassen.",
    "Nächstes Mal wähle ich eine andere Partei, mir reicht's.",
    "Danke für die schnelle Bearbeitung meiner Akte.",
    "Wann öffnet das neue Schwimmbad in Eupen?",
    "Mein Vater ist letzte Woche an Krebs gestorben; die Pflege im Krankenhaus war hervorragend.",
    "Der Anschlag in Brüssel hat uns alle tief erschüttert.",
    "Miserable Kommunikation zu den neuen Steuerregeln.",
]

EN_ABUSE = [
    "Shut your lying mouth or I'll shut it for you.",
    "You're a brainless cow, honestly.",
    "I know which school your kids go to. Think about that.",
    "Moron, who on earth voted for you?",
    "Someone should put a bullet in your head.",
    "Bastards, the lot of you, line them up against the wall.",
    "Fat slob, hit the gym before you lecture us on health.",
    "I'm going to burn your house down.",
    "Filthy rat, crawl back into the sewer.",
    "You dickhead, you're a disgrace to humanity.",
    "Screw you and your shitty party.",
    "Dumb slut, get out of politics.",
]

EN_OK = [
    "This budget deal is a farce and ordinary people are paying for it.",
    "You say one thing and do another. Zero credibility.",
    "I fundamentally disagree with your migration policy.",
    "Why is the minister silent about the Court of Audit report?",
    "It's a disgrace that disability care waiting lists keep growing.",
    "You have abandoned young people.",
    "Next time I'm voting for another party, I've had enough.",
    "Thanks for the quick follow-up on my file.",
    "When does the new swimming pool in Leuven open?",
    "My father died of cancer last week; the hospital care was excellent.",
    "The Brussels attack shook all of us deeply.",
    "Terrible communication about the new tax rules.",
]
