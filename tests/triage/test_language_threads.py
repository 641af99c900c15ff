"""Language identification answers the same from many threads at once, with one model per process.

The ingest, triage and send workers identify languages from several threads; each used to
load its own pair of py3langid models (about 30 MB a thread, 150 MB for the first).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from inbox.triage.language import LanguageIdentifierService

TEXTS = {
    "Wanneer komt de nieuwe buslijn naar ons dorp? Niemand weet het.": "nl",
    "Bonjour, la crèche de notre commune ferme en août, que comptez-vous faire ?": "fr",
    "Why was the train to Arlon cancelled again this morning?": "en",
    "Wann wird die Schule in Eupen endlich renoviert? Die Eltern warten.": "de",
    "¿Cuándo abrirá de nuevo la piscina municipal del barrio?": "es",
}


def test_many_threads_get_the_languages_one_thread_gets_from_one_shared_model() -> None:
    service = LanguageIdentifierService()
    alone = {text: service.identify(text) for text in TEXTS}
    assert {text: guess.language for text, guess in alone.items()} == TEXTS
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(service.identify, [text for text in TEXTS for _ in range(40)]))
    assert together == [alone[text] for text in TEXTS for _ in range(40)]
    first_pair = service._identifiers()
    with ThreadPoolExecutor(max_workers=4) as pool:
        pairs = list(pool.map(lambda _: service._identifiers(), range(4)))
    assert all(pair is first_pair for pair in pairs)  # one model pair for the whole process
