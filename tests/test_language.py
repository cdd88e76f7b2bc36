"""The page's language: guessed from its common words (left unknown when the evidence is thin), and what
the evidence reads in it: its quotation marks, its cue words, its prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleantext.evidence.features import block_features
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


def test_cue_words_inside_danish_and_swedish_quotation_marks_are_mentions() -> None:
    for quoted in ("Knappen hedder »Accepter alle« og er stor.", "Knappen heter ”Acceptera alla” och är stor."):
        assert not any(m.cue.category == "cookie_notice" for m in block_features(quoted, None, 0.3).cues), quoted


def test_prose_in_a_language_whose_common_words_cover_it_poorly_still_reads_as_prose() -> None:
    from cleantext.evidence.analysis import block_table
    from cleantext.evidence.layout import is_prose

    finnish = [  # Finnish joins most function words to the word: its list of common words finds few
        "Kaupunginvaltuusto päätti maanantaina sulkea vanhan uimahallin kesän lopussa, koska korjaukset maksaisivat liikaa.",
        "Asukkaat keräsivät kevään aikana yli kolmetuhatta nimeä adressiin, jossa vaadittiin hallin pitämistä auki.",
        "Uuden hallin rakentaminen alkaa aikaisintaan ensi vuonna, ja rakennustyöt arvioidaan valmiiksi kahden vuoden kuluttua.",
    ]
    blocks = block_table(finnish, [None] * 3, "fi", 0.3)
    assert all(is_prose(f) for f in blocks), [f.values["stopwords"] for f in blocks]


def test_sentences_of_a_language_whose_common_words_cover_it_a_little_read_as_prose_and_its_menu_does_not() -> None:
    from cleantext.evidence.analysis import LOW_COVERAGE, SENTENCE_COVERAGE, _coverage, block_table
    from cleantext.evidence.layout import is_prose
    from cleantext.patterns import stopwords

    hungarian = [  # a Hungarian page: its list finds more of its words than a Finnish one, still few
        "Címlap Hírek Sport Kultúra Gazdaság Időjárás",
        "A városi közgyűlés csütörtökön elfogadta a jövő évi költségvetést, amelyben több pénz jut utakra és iskolákra.",
        "Jövő tavasszal kezdődik a főtér felújítása, a munkálatok várhatóan két évig tartanak majd a belvárosban.",
        "Az ellenzéki képviselők szerint a tervezett fejlesztések túl drágák, és nem javítanak a lakók életén.",
    ]
    blocks = block_table(hungarian, [None] * 4, "hu", 0.3)
    assert [is_prose(f) for f in blocks] == [False, True, True, True], [f.values["stopwords"] for f in blocks]
    assert blocks[0].values["stopwords"] < 0.1  # the menu is not raised: it is not a sentence
    own = [block_features(text, stopwords()["hu"], 0.3) for text in hungarian]
    assert LOW_COVERAGE <= _coverage(own) < SENTENCE_COVERAGE  # not the Finnish case, where every block is raised


def test_another_languages_short_word_beside_a_wildcard_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cleantext.evidence import add_cue_file
    from cleantext.evidence import cues as cue_module
    from cleantext.evidence.features import block_features
    from cleantext.patterns import stopwords

    monkeypatch.setattr(cue_module, "_EXTRA_FILES", [])
    extra = tmp_path / "ca.txt"
    extra.write_text("[byline]\nper <name> = 1\n", encoding="utf-8")
    line = "Die wichtigsten Nachrichten jeden Morgen kostenlos per Mail"
    try:
        add_cue_file(extra)
        german = [m.cue.phrase for m in block_features(line, stopwords()["de"], 0.3, True, "de").cues]
        catalan = [m.cue.phrase for m in block_features("Per Marta Puig", None, 0.3, True, "ca").cues]
    finally:
        cue_module._EXTRA_FILES.clear()
        cue_module.cue_index.cache_clear()
        cue_module.phrase_languages.cache_clear()
    assert "per <name>" not in german and "per <name>" in catalan


#: Irish prose: its commonest words "an", "nach" and "den" are German common words too, each
#: many times, and no other German word.
IRISH = (
    "Tá feachtas bailithe airgid seolta ag an stáisiún raidió pobail, atá ag craoladh as Gaeilge le fada. "
    "Dúirt an bainisteoir nach bhfuil an crann craolta slán agus nach féidir é a dheisiú a thuilleadh. "
    "Tá súil ag an bpobal go mbeidh an crann nua ann roimh an bhfómhar, agus nach gcaillfear an tseirbhís. "
    "Tháinig tabhartais ó imircigh ar fud an domhain, agus tá an t-airgead ag fás ó lá go lá den fheachtas."
)


def test_a_long_text_with_only_a_few_of_a_languages_common_words_is_not_that_language() -> None:
    assert guess_language(" ".join([IRISH] * 3)) is None  # a page's worth: 225 words, three German ones
    # ... while a German text as long uses many of them, and a short German line a few.
    german = (
        "Die Gemeinde hat am Montag beschlossen, dass die Brücke über den Fluss im Sommer saniert wird. "
        "Nach Angaben der Verwaltung ist sie seit Jahren in einem schlechten Zustand, und die Kosten "
        "sollen zum größten Teil vom Land getragen werden. Für Fußgänger wird eine Umleitung eingerichtet."
    )
    assert guess_language(german) == "de"
    assert guess_language("Auf den Spuren von Rafael Nadal") == "de"


def test_a_page_in_a_language_without_data_reads_the_international_cues() -> None:
    # Basque: no cue file, so only mul.txt's cues, and its stem reads the inflected loanword.
    banner = "Gure webguneak cookieak erabiltzen ditu. Onartu cookie-ak nabigatzen jarraitzeko."
    assert guess_language(banner) is None
    cues = block_features(banner, None, 0.3, with_cues=False).cues
    assert [m.cue.phrase for m in cues] == ["cookie*", "cookie*"]
    # A language with data names its own forms: a stem does not read a Dutch compound there.
    dutch = block_features("De cookiemelding van de gemeente", None, 0.3).cues
    assert not any(m.cue.phrase.endswith("*") for m in dutch)
