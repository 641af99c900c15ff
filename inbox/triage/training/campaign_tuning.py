"""Campaign tuning messages: one-line supports, generic reactions, short same-topic comments.

Written for issue 16 after, and apart from, the frozen voter check set (other campaigns,
other wording, other voters). Together with the form-letter campaigns and hard negatives
of ``tests/triage/campaign_cases.py`` these are the data the campaign rules are tuned on
(``bench/campaign_tuning.py``); the voter check set is only measured on.

* ``SUPPORTS``: one-line "I support / I join / signed" messages naming one of the test
  campaigns (keys as in ``campaign_cases``): they should join that campaign.
* ``REACTIONS``: short generic reactions, each sent by several different voters (so exact
  copies occur): they must never form or join a campaign.
* ``SHORT_NEGATIVES``: short individual messages on a campaign's topic, and support
  messages for causes that have no campaign here: no campaign.
"""

from __future__ import annotations

from dataclasses import dataclass

SUPPORTS: list[tuple[str, str, str]] = [
    ("rail-57", "nl", "Ik steun de actie tegen de sluiting van spoorlijn 57! 🚆"),
    ("rail-57", "nl", "Ook ik teken: houd lijn 57 Aalst-Lokeren open"),
    ("rail-57", "fr", "Je soutiens l'action pour garder la ligne 57 Alost-Lokeren ouverte"),
    ("rail-57", "en", "I support keeping rail line 57 between Aalst and Lokeren open!"),
    ("rail-57", "de", "Ich unterstütze die Aktion für den Erhalt der Bahnlinie 57 zwischen Aalst und Lokeren"),
    (
        "lez-exemption",
        "fr",
        "Je soutiens la demande de dérogation à la zone de basses émissions pour les petits revenus",
    ),
    ("lez-exemption", "fr", "Signé ! Une LEZ sociale ou rien"),
    ("lez-exemption", "nl", "Ik steun de oproep voor een uitzondering op de lage-emissiezone voor lage inkomens"),
    ("lez-exemption", "en", "I support the call for a low-emission zone exemption for low-income households"),
    ("wind-amel", "de", "Ich unterstütze die Bürger gegen den Windpark Amel-Heppenbach!"),
    ("wind-amel", "de", "Unterschrieben: 1000 Meter Abstand für den Windpark in Amel"),
    ("wind-amel", "fr", "Je soutiens les riverains contre le parc éolien d'Amel"),
    ("wind-amel", "en", "I back the residents' campaign against the Amel wind farm"),
    ("childcare-places", "nl", "Ik sluit me aan bij de oproep voor meer kinderopvangplaatsen! 👶"),
    ("childcare-places", "nl", "Getekend! Kinderopvang is een basisvoorziening, geen luxe"),
    ("childcare-places", "fr", "Je soutiens l'appel pour plus de places en crèche"),
    ("childcare-places", "en", "I support the call for more childcare places in Flanders"),
    ("childcare-places", "de", "Ich unterstütze den Aufruf für mehr Kita-Plätze"),
    ("ticket-offices", "fr", "Je soutiens l'action contre la fermeture des guichets SNCB 🎫"),
    ("ticket-offices", "fr", "Signé et partagé : gardez les guichets de Ciney et Libramont ouverts"),
    ("ticket-offices", "nl", "Ik steun de actie tegen de sluiting van de loketten in de stations"),
    ("ticket-offices", "en", "I support the campaign to keep the station ticket offices open"),
    ("fireworks-ban", "nl", "Ik steun #vuurwerkvrij 🐶"),
    ("fireworks-ban", "nl", "Ook ik teken voor een vuurwerkverbod!"),
    ("fireworks-ban", "fr", "Je soutiens l'interdiction des feux d'artifice #sansfeuxdartifice"),
    ("fireworks-ban", "en", "Signed for the fireworks ban #fireworkfree"),
    ("fireworks-ban", "de", "Ich unterstütze das Feuerwerksverbot! 🐴"),
]

# Each reaction is sent by several voters: the same words, maybe another emoji or mention.
REACTIONS: list[tuple[str, str]] = [
    ("nl", "Volledig akkoord, bij ons in de straat is het precies hetzelfde."),
    ("nl", "Sorry maar daar ben ik het echt niet mee eens, het is de laatste jaren beter geworden."),
    ("nl", "Eindelijk iemand die het durft te zeggen, hoog tijd dat er iets verandert!"),
    ("nl", "Bedankt voor uw reactie, maar wanneer gaat dat dan concreet gebeuren?"),
    ("nl", "Mooi gezegd, ik deel deze post met al mijn vrienden en familie."),
    ("fr", "Entièrement d'accord avec vous, chez nous c'est exactement la même chose."),
    ("fr", "Désolé mais je ne partage pas du tout cet avis, les choses se sont améliorées."),
    ("fr", "Merci pour votre réponse, mais ça va se faire quand exactement ?"),
    ("fr", "Enfin quelqu'un qui ose le dire, il est grand temps que ça change !"),
    ("en", "Couldn't agree more, it's exactly the same in our neighbourhood."),
    ("en", "Sorry but I really don't agree with this, things have got better in recent years."),
    ("en", "Thanks for the reply, but when exactly is this actually going to happen?"),
    ("en", "Finally someone says it out loud, it's high time something changed!"),
    ("de", "Da haben Sie völlig recht, bei uns im Viertel ist es genau dasselbe."),
    ("de", "Tut mir leid, aber das sehe ich ganz anders, es ist besser geworden."),
    ("de", "Danke für die Antwort, aber wann genau soll das denn passieren?"),
    ("de", "Endlich sagt es mal jemand, es wird höchste Zeit, dass sich was ändert!"),
]
REACTION_SENDERS = 4  # voters sending each reaction
_DECORATIONS = ("", " 👍", " @{h}", "@{h} ")

SHORT_NEGATIVES: list[tuple[str, str]] = [
    ("nl", "De trein in Lede had vanmorgen weer 20 minuten vertraging, elke dag hetzelfde"),
    ("nl", "Waarom is het loket in het station van Zele op zaterdag dicht?"),
    ("nl", "Nog altijd geen plaats in de crèche voor onze zoon, wat moeten we doen?"),
    ("nl", "Ik steun de boeren in hun strijd, zonder boer geen eten!"),
    ("nl", "Ik steun het personeel van het ziekenhuis, jullie zijn toppers"),
    ("fr", "Ma vieille voiture ne pourra plus entrer dans Bruxelles, c'est injuste"),
    ("fr", "Les feux d'artifice du Nouvel An ont terrorisé mon chien toute la nuit"),
    ("fr", "Je soutiens les enseignants en grève, ils ont raison"),
    ("fr", "Je signe des deux mains pour plus de pistes cyclables à Namur"),
    ("en", "The wind turbines near Amel are too close to the houses in my opinion"),
    ("en", "I support our farmers, they deserve better prices"),
    ("en", "Signed the petition for more GPs in rural areas, please act on it"),
    ("de", "Der Zug nach Welkenraedt ist heute schon wieder ausgefallen"),
    ("de", "Ich unterstütze die Lehrer, die für kleinere Klassen kämpfen"),
    ("de", "Wann bekommen wir endlich einen Kita-Platz in Eupen?"),
]


@dataclass(frozen=True)
class TuningMessage:
    """One tuning message: the campaign key it belongs to (None: none) and its language."""

    text: str
    language: str
    campaign: str | None
    kind: str  # "support" | "reaction" | "short_negative"


def tuning_messages() -> list[TuningMessage]:
    """Every message of this module (reactions repeated by ``REACTION_SENDERS`` voters)."""
    messages = [TuningMessage(text, language, key, "support") for key, language, text in SUPPORTS]
    for language, text in REACTIONS:
        for sender in range(REACTION_SENDERS):
            decoration = _DECORATIONS[sender % len(_DECORATIONS)].replace("{h}", f"voter{sender}")
            decorated = decoration + text if decoration.startswith("@") else text + decoration
            messages.append(TuningMessage(decorated, language, None, "reaction"))
    messages += [TuningMessage(text, language, None, "short_negative") for language, text in SHORT_NEGATIVES]
    return messages
