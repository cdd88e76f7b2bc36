"""The page's language is guessed from its common words, and left unknown when the evidence is thin."""

from __future__ import annotations

from cleantext.ingest.language import guess_language

SLOVAK = "Na zlepšenie dopravy sa mesto rozhodlo opraviť most, ktorý je podľa statikov v zlom stave a bude uzavretý aj počas leta."
CATALAN = "Els veïns del barri han demanat a l'ajuntament que arregli el carrer, perquè amb la pluja hi ha molts forats i és perillós."
CROATIAN = (
    "Na otoku je ljeto bilo toplo, a za turiste su od lipnja do rujna vozili trajekti. Po danu je na plaži bilo puno ljudi, "
    "a navečer su se svi okupljali na rivi. Za obitelji je to bio odmor kakav se pamti, od jutra do mraka na moru, a po noći "
    "je na trgu svirala glazba."
)
#: Only words several Slavic languages share ("na", "je", "za", "od", "do", "po", "se"), around invented ones.
SHARED_ONLY = " ".join(["Kadu na moru je za kovu od tera do meru po selu se lumar."] * 3)


def test_languages_with_data_are_told_from_their_neighbours() -> None:
    assert (guess_language(SLOVAK), guess_language(CATALAN), guess_language(CROATIAN)) == ("sk", "ca", "hr")


def test_a_text_of_words_every_neighbour_shares_is_left_unknown() -> None:
    # Czech lists all of these words, but none of its own: a neighbour without data, not Czech.
    assert guess_language(SHARED_ONLY) is None
