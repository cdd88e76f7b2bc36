"""Block evidence: cue files, cue matching, the core of plain text, and the block_evidence filter."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from cleantext import Block, Document, clean, default_pipeline
from cleantext.evidence import CueFileError, add_cue_file, model_for, using_models
from cleantext.evidence import cues as cue_module
from cleantext.evidence.cues import find_cues, parse_cue_file, tokens
from cleantext.evidence.features import block_features
from cleantext.evidence.analysis import block_table
from cleantext.evidence.layout import find_core
from cleantext.evidence.reader import is_call_to_action, reader_count, reader_features
from cleantext.filters.line_shapes import is_weather_line
from cleantext.patterns import language_data, stopwords

PROSE = (
    "The council met on Tuesday evening and voted to close the old swimming pool at the end of the summer, "
    "after a survey found that the roof could not be repaired for less than the cost of a new building."
)


def _phrases(text: str) -> list[str]:
    return [m.cue.phrase for m in find_cues(tokens(text))]


def test_cues_match_as_words_anywhere_with_wildcards() -> None:
    assert "you've read <n> of <n>" in _phrases("Hey — you’ve read 3 of 5 free articles this month")
    assert "<n> of this article" in _phrases("87% of this article remains. Subscribers can read the rest.")
    assert _phrases("Mehr zum Thema: Der Brückenbau") == ["mehr zum thema"]
    assert _phrases("subscriptions") == []  # a cue is whole words, not a prefix


def test_a_cue_opening_on_a_name_matches_only_at_the_blocks_start() -> None:
    text = "Tom Hadley covers business and the local economy for the Courier."
    assert "<name> covers" in [m.cue.phrase for m in find_cues(tokens(text), text)]
    text = "The report said Tom Hadley covers business."
    assert "<name> covers" not in [m.cue.phrase for m in find_cues(tokens(text), text)]


def test_one_unlisted_word_does_not_hide_a_banner() -> None:
    with_word = block_features("This feature is for members. Join now, dear friend, to keep reading.", None, 0.3)
    assert {m.cue.phrase for m in with_word.cues} >= {"this feature is for", "join now", "keep reading"}


def test_a_cue_is_cut_into_words_as_the_text_is() -> None:
    # "and/or" is two words in a block's text; written so in a cue file, it is two words there too
    (cue,) = parse_cue_file("[cookie_notice]\nstore and/or access = 4\n", "en", "x.txt")
    assert cue.phrase.split() == tokens("We store and/or access information")[1:5]
    (dated,) = parse_cue_file("[metadata_line]\n<n> godz. temu = 2\n", "pl", "x.txt")
    assert dated.phrase == "<n> godz temu"


def test_a_hyphenated_compound_is_read_as_its_head() -> None:
    phrases = lambda text: [m.cue.phrase for m in find_cues(tokens(text), text)]
    assert "download de app" in phrases("Download de Veenbode-app en mis geen nieuws meer.")
    assert "newsletter" in phrases("Der Rundschau-Newsletter bringt Ihnen jeden Morgen die Nachrichten.")
    assert "e-mail" in phrases("Stuur ons een e-mail")  # a compound that is a cue itself stays whole


def test_a_heavy_phrase_spread_by_two_words_counts_in_a_short_block_only() -> None:
    found = lambda text: [(m.cue.phrase, m.cue.weight) for m in find_cues(tokens(text), text)]
    prompt = "Lataa Kallioniemen Sanomien sovellus – saat tärkeimmät uutiset heti puhelimeesi."
    assert ("lataa … sovellus", 4.0) in found(prompt)
    assert ("lataa … sovellus", 4.0) not in found("Lataa kolme uutta ilmaista sovellus")  # three words between: no
    assert [p for p, _ in found("Subscribe to continue, or sign in.")] == ["subscribe to continue", "sign in"]  # unspread
    assert ("descarga … app", 4.0) in found("Descarga gratis la app del diario")  # "descarga la app", "la" between
    said = "The bridge was repaired for the second time this year. Several speakers asked for more time."
    assert [p for p, _ in found(said)] == []  # "this ... for" without "feature is" between is no "this feature is for"
    paragraph = " ".join(["The library bus will stop coming to the village in June, the council said on Tuesday."] * 2)
    assert "lataa … sovellus" not in [p for p, _ in found(paragraph + " " + prompt)]  # a long block is prose
    doc = clean("\n\n".join(["Parking goes app-only", PROSE, prompt, PROSE]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed] == [("app_prompt", prompt)]


def test_a_priced_offer_after_the_article_goes_but_the_articles_prices_stay() -> None:
    offer = "Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen. Jetzt testen – 4 Wochen für 0,99 €."
    german = [
        "Das Landgericht hat am Donnerstag entschieden, dass der Händler sein Banner ändern muss, weil die Ablehnung zu schwer war.",
        "Die Verbraucherzentrale hatte geklagt, nachdem sich mehr als zweihundert Kundinnen und Kunden beschwert hatten.",
        "Der Händler will das Urteil prüfen und hat angekündigt, möglicherweise in Berufung zu gehen, sagte ein Sprecher.",
        "Wer kostenlose Artikel liest, sieht künftig ein Angebot: vier Wochen für 0,99 €, danach 9,99 € im Monat.",
    ]
    doc = clean("\n\n".join(["Gericht kippt Cookie-Banner", *german, offer]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed] == [("paywall", offer)]
    assert german[-1] in doc.text  # the article's own sentence about the price stays


def test_a_paragraph_opening_in_the_app_about_subscribing_to_alerts_is_prose() -> None:
    """"I appen" (in the app) opens no request, and Swedish "prenumerera" after "kan man" is an
    infinitive, not an imperative addressing the reader."""
    swedish = [
        "Om knappt tre veckor är det slut på de blå reskassekorten som har funnits i länet sedan början av 2000-talet.",
        "För att kunna köpa periodbiljetter måste man skapa ett konto och logga in med Bank-id, vilket kritiseras av pensionärer.",
        "I appen kan man också prenumerera på trafikstörningar för sina vanliga linjer och få en notis om en buss är försenad.",
        "Trafikbolaget säger att det fortfarande kommer att finnas pappersbiljetter i kundtjänst vid resecentrum i Strömsvik.",
    ]
    doc = clean("\n\n".join(["Ny app ersätter busskorten", *swedish]), input_format="text")
    assert doc.text == "\n\n".join(swedish)


def test_a_consent_banners_paragraph_with_its_own_consent_phrase_goes_with_the_text_below() -> None:
    """Its words do not address the reader ("We and our partners ..."), but the paragraph under
    it, which asks for consent, goes, and its consent phrase says it is the same banner."""
    partners = ("We and our 143 partners store and/or access information on a device, such as cookies, and process personal "
                "data such as unique identifiers and standard information sent by a device for personalised advertising and "
                "content, ad and content measurement, and audience insights.")
    asks = ("You can accept or manage your choices by clicking below, including your right to object where legitimate "
            "interest is used, or at any time in the privacy policy page.")
    article = ("In April we asked subscribers what they valued most and what they would change. More than 2,300 of you "
               "replied. The clearest message was that you want more reporting from the villages, not less.")
    doc = clean("\n".join([partners, asks, article]), input_format="text")
    assert [b.label for b in doc.removed if b.text in (partners, asks)] == ["cookie_notice", "cookie_notice"]
    assert doc.text == article


def test_a_cookie_banner_over_its_buttons_goes_in_a_language_without_data_but_an_article_on_cookies_stays() -> None:
    banner = ("Webgune honek cookie propioak eta hirugarrenenak erabiltzen ditu nabigazio esperientzia hobetzeko eta bisiten "
              "estatistikak egiteko. Cookie ezarpenak edozein unetan alda ditzakezu.")
    buttons = ["Onartu guztiak", "Ukatu", "Konfiguratu"]
    basque = [
        "Azkarrateko Zirimola aldizkariak mikromezenasgo kanpaina abiatu du, ixtea saihesteko eta hurrengo urteetan argitaratzen jarraitzeko.",
        "Aldizkariak hogeita bost urte bete ditu aurten, eta herriko etxe gehienetara iristen da hilero doan, boluntarioen lanari esker.",
        "Kanpainak hogeita hamar mila euro bildu nahi ditu abendura arte, eta lehen astean bederatzi mila euro baino gehiago lortu ditu.",
    ]
    doc = clean("\n".join([banner, *buttons, "Larrain Albisteak", "Zirimola aldizkariak kanpaina abiatu du", *basque]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed if b.text in (banner, *buttons)] == [("cookie_notice", t) for t in (banner, *buttons)]
    assert doc.text == "\n\n".join(basque)
    about = "Webgune askok cookie bidez jarraitzen diete erabiltzaileei, eta datuen agentziak cookie horiek mugatu nahi ditu."
    doc = clean("\n".join(["Cookieen araudia gogortu dute", *basque[:2], about, basque[2]]), input_format="text")
    assert about in doc.text


def test_cue_file_errors_name_the_file_and_the_line(tmp_path: Path) -> None:
    with pytest.raises(CueFileError, match=r"x\.txt, line 2: a phrase before any \[category\] heading"):
        parse_cue_file("# comment\nsubscribe = 2\n", "en", "x.txt")
    with pytest.raises(CueFileError, match=r"line 3: weight 'heavy' is not a number"):
        parse_cue_file("[paywall]\nsubscribe\nsign in = heavy\n", "en", "x.txt")
    with pytest.raises(CueFileError, match=r"line 2: unknown wildcard <num>"):
        parse_cue_file("[paywall]\n<num> free articles\n", "en", "x.txt")
    with pytest.raises(CueFileError, match=r"x\.txt, line 3: a stem \(cookie\*\) belongs in mul\.txt"):
        parse_cue_file("[cookie_notice]\ncookies\ncookie* = 2\n", "nl", "x.txt")
    with pytest.raises(CueFileError, match=r"mul\.txt, line 2: a stem \(ad\*\) is one word of 4 letters or more"):
        parse_cue_file("[advertisement]\nad*\n", "mul", "mul.txt")
    (stem,) = parse_cue_file("[cookie_notice]\nCookie* = 1.5\n", "mul", "mul.txt")
    assert stem.phrase == "cookie*"
    bad = tmp_path / "en.txt"
    bad.write_text("[paywall]\n<n>\n", encoding="utf-8")
    with pytest.raises(CueFileError, match=r"en\.txt, line 2: a cue needs at least one word"):
        add_cue_file(bad)


def test_a_users_cue_file_extends_the_shipped_cues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cue_module, "_EXTRA_FILES", [])
    extra = tmp_path / "eu.txt"  # Basque: a language without shipped data
    extra.write_text("[paywall]\nharpidetu orain = 3\n", encoding="utf-8")
    try:
        add_cue_file(extra)
        (match,) = find_cues(tokens("Harpidetu orain eta jarraitu irakurtzen"))
        assert (match.cue.category, match.cue.weight, match.cue.language) == ("paywall", 3.0, "eu")
    finally:
        cue_module._EXTRA_FILES.clear()
        cue_module.cue_index.cache_clear()
    assert find_cues(tokens("Harpidetu orain eta jarraitu irakurtzen")) == []


def test_every_shipped_language_has_cue_data() -> None:
    languages = {cue.language for cue in cue_module.all_cues()}
    assert languages >= {"en", "de", "fr", "es", "it", "pt", "pl", "nl", "sv", "da", "ro", "cs", "nb", "fi", "hu", "sk", "ca", "hr", "sl", "lt", "gl", "lv", "et", "id"}


def test_hostile_text_stays_linear_in_the_trie_walk() -> None:
    words = tokens("page " * 20000)  # "page <n>" is a cue: every word starts a walk
    assert len(find_cues(words)) <= len(words)


def test_the_core_is_the_main_run_of_prose() -> None:
    texts = ["Home", "News", "Sport", PROSE, "Weather", PROSE, PROSE, "Contact", "Imprint"]
    core = find_core([block_features(t, frozenset({"the", "and", "of", "to", "at", "a", "for", "that"}), 0.3) for t in texts])
    assert core == (3, 6)


def _article(*head: str) -> Document:
    """Cleaned plain text: ``head``'s lines, then three paragraphs, blocks apart (a lenient extraction)."""
    return clean("\n\n".join([*head, PROSE, PROSE, PROSE]), input_format="text")


def _page_text(*head: str) -> Document:
    """The same as one chunk of lines (a whole page's text)."""
    return clean("\n".join([*head, PROSE, PROSE, PROSE]), input_format="text")


def _page(*middle: str) -> str:
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Culture", "Contact"])
    return "\n\n".join([menu, "Pool to close at the end of the summer", PROSE, *middle, PROSE, "Privacy policy | Terms of use | Cookie settings"])


def test_menus_of_a_whole_page_go_with_their_evidence() -> None:
    doc = clean(_page(PROSE), input_format="text")
    assert doc.title == "Pool to close at the end of the summer"
    assert doc.text == "\n\n".join([PROSE] * 3)
    menu = [b for b in doc.removed if b.text == "Home"]
    assert menu and menu[0].removed_by == "block_evidence" and menu[0].label == "navigation"
    reason = menu[0].reason  # its place is said, in one of the two ways the layout features have
    assert ("before the body" in reason or "before most of the prose" in reason) and "boilerplate score" in reason


def test_a_removal_names_its_cues() -> None:
    doc = clean(_page("This feature is for members. Join now to keep reading — or sign in if you have an account."), input_format="text")
    (banner,) = [b for b in doc.removed if b.text.startswith("This feature")]
    assert banner.label == "paywall"
    assert '"this feature is for" (opening call to action)' in banner.reason and '"sign in"' in banner.reason


def test_one_cue_word_in_a_real_paragraph_does_not_cost_it() -> None:
    about = (
        "Subscribers to the council's newsletter were told on Monday that the pool would close, and several of them "
        "said they would sign a petition to keep it open for another year."
    )
    doc = clean(_page(about), input_format="text")
    assert about in doc.text


def test_a_call_to_action_goes_even_when_it_reads_like_prose() -> None:
    prompt = "Enjoying this? Our Sunday letter sends one long story like this to your inbox every weekend, free."
    text = "\n\n".join(["Pool to close at the end of the summer", PROSE, PROSE, prompt, "Privacy policy | Terms of use"])
    doc = clean(text, input_format="text")
    (removed,) = [b for b in doc.removed if b.text == prompt]
    assert removed.label == "newsletter" and removed.reason.startswith("a call to action, addressing the reader; ")
    assert doc.text == "\n\n".join([PROSE] * 2)


def test_an_editor_speaking_to_subscribers_in_plain_words_is_weighed_as_prose() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.block_evidence import _goes

    def evidence(text: str) -> BlockEvidence:
        features = block_features(text, stopwords()["en"], 0.3)
        features.values.update(reader_features(text, features.words, features.cues, "en"))
        return BlockEvidence(features, score=0.35, in_core=True, prose=True)

    letter = (
        "If you already subscribe: thank you. You will receive an email with the details of your new rate at least "
        "30 days before it takes effect, and you can still cancel at any time from your account page."
    )
    assert is_call_to_action(evidence(letter).features.values)
    assert not _goes(evidence(letter), 0.74)  # "subscribe" and "email": words prose uses too
    # The same request with a phrase prose rarely uses ("your inbox") goes on that low score.
    assert _goes(evidence(letter.replace("an email with", "in your inbox")), 0.74)


def test_a_long_paragraph_of_the_core_addressing_readers_is_weighed_as_prose_not_as_a_prompt() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.block_evidence import REQUEST_MAX_WORDS, _goes

    def evidence(text: str, in_core: bool = True) -> BlockEvidence:
        features = block_features(text, stopwords()["en"], 0.3)
        features.values.update(reader_features(text, features.words, features.cues, "en"))
        return BlockEvidence(features, first=0.34, score=0.58, in_core=in_core, prose=True)

    prompt = "Some of you already donate to our newsroom drive. Get the day's stories in your inbox: sign up to our free newsletter."
    letter = prompt + (
        " If you gave $75 or more in the past twelve months, you will receive a complimentary year of digital access: "
        "you do not need to do anything, and we will email you a sign-in link before the end of the month."
    )
    assert evidence(prompt).features.words < REQUEST_MAX_WORDS <= evidence(letter).features.words
    assert is_call_to_action(evidence(letter).features.values)
    assert _goes(evidence(prompt), 0.74)  # a prompt set into the article goes on a low score
    assert not _goes(evidence(letter), 0.74)  # an editor's paragraph that long needs a paragraph's evidence
    assert _goes(evidence(letter, in_core=False), 0.74)  # outside the article it is still a call to action


def test_a_paragraph_of_the_core_is_not_taken_by_its_neighbours_scores_alone() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.block_evidence import _goes

    paragraph = (
        "The paper has also relaunched its free morning newsletter, which now has 18,500 subscribers, "
        "and plans to ask readers to register for an account before they can read a fourth article."
    )
    features = block_features(paragraph, stopwords()["en"], 0.3)
    features.values.update(reader_features(paragraph, features.words, features.cues, "en"))
    assert features.total_cue_weight >= 3  # enough cue weight for a prose block in the core to go
    # between a credit and a "Read also" line, its second-pass score is high, its own is not
    between_junk = BlockEvidence(features, first=0.42, score=0.95, in_core=True, prose=True)
    assert not _goes(between_junk, 0.74)
    assert _goes(dataclasses.replace(between_junk, first=0.8), 0.74)


def test_another_languages_short_cue_word_is_not_read_in_a_page_of_known_language() -> None:
    advice = "Denk je slachtoffer te zijn? Bel dan direct je bank en doe aangifte bij de politie."
    phrases = lambda language: [m.cue.phrase for m in block_features(advice, stopwords()["nl"], 0.3, True, language).cues]
    assert "doe" in phrases(None)  # Portuguese "doe" (donate), when the language is unknown
    assert "doe" not in phrases("nl")  # Dutch "do"
    # English cues and longer words and phrases of other languages are still read
    assert [m.cue.phrase for m in block_features("Newsletter abonnieren", None, 0.3, True, "nl").cues]
    # a short word listed in the page's language too is read: "foto" (German, Swedish, ...)
    assert [m.cue.category for m in block_features("Foto", None, 0.3, True, "sv").cues] == ["credit"]
    assert not block_features("dona", None, 0.3, True, "pt").cues  # Spanish and Italian "donate" is no Portuguese word


def test_a_banner_over_its_consent_buttons_goes_with_them_inside_the_core_too() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.block_evidence import _banners_go_with_their_buttons

    def evidence(text: str, score: float) -> BlockEvidence:
        features = block_features(text, stopwords()["pl"], 0.3, True, "pl")
        features.values.update(reader_features(text, features.words, features.cues, "pl"))
        return BlockEvidence(features, score=score, in_core=True, prose=score < 0.6)

    banner = (
        "Szanujemy Twoją prywatność. Używamy plików cookies, aby zapewnić prawidłowe działanie serwisu. "
        "Możesz zmienić ustawienia w przeglądarce lub w panelu preferencji."
    )
    found = [evidence(banner, 0.51), evidence("Akceptuję wszystkie | Ustawienia", 1.0)]
    assert found[0].features.values["reader"] > 0  # "Twoją", "Możesz": Polish words addressing the reader
    buttons = "Akceptuję wszystkie | Ustawienia"
    going = [False, True]
    _banners_go_with_their_buttons([Block(banner), Block(buttons)], found, going)
    assert going == [True, True]
    # a paragraph about cookies that does not address the reader stays over the same buttons
    about = "Serwisy używają plików cookies, a urząd sprawdza, czy odrzucenie jest tak proste jak zgoda."
    going = [False, True]
    _banners_go_with_their_buttons([Block(about), Block(buttons)], [evidence(about, 0.3), found[1]], going)
    assert going == [False, True]


def test_advice_on_the_articles_own_topic_stays_over_a_cookie_cued_line() -> None:
    """An article on cookies closing on advice to the reader ("delete your cookies") over its topics'
    line ("Cookies RGPD CNIL"): the advice is the article's, not a banner over its buttons."""
    paragraphs = [
        "Regulators in France have fined several of the largest sites because their cookie banners made it much harder to refuse than to accept.",
        "The watchdog now checks that both buttons have the same size and colour, and that no cookie is stored before the visitor has chosen.",
        "Publishers say the rules have cost them revenue, since far fewer visitors agree to cookies when refusing them is just as simple.",
        "Finally, remember to delete your cookies regularly from your browser's settings, since most browsers already block many trackers by default.",
    ]
    text = "\n\n".join(["How cookie banners really work", *paragraphs, "Cookies Privacy Browsers"])
    doc = clean(text, input_format="text")
    assert [b.text for b in doc.blocks] == paragraphs


def test_an_imperative_opening_is_a_call_to_action_without_you() -> None:
    prompt = "Get our Morning Briefing: the day's five stories, before breakfast."
    cues = find_cues(tokens(prompt))
    assert reader_count(prompt) == 0 and reader_features(prompt, 10, cues)["call_to_action"] > 0
    doc = clean("\n\n".join(["Pool to close at the end of the summer", PROSE, prompt, PROSE]), input_format="text")
    assert [b.label for b in doc.removed if b.text == prompt] == ["newsletter"]
    about = "Facebook said on Monday that it would appeal against the ruling, which its lawyers called a threat to the way it shows news to readers."
    assert reader_features(about, 25, find_cues(tokens(about)))["call_to_action"] == 0  # a noun opening a news sentence
    item = "Cookies erst nach der Einwilligung setzen"  # an item of a list in an article about consent
    assert reader_features(item, 6, find_cues(tokens(item)), "de")["call_to_action"] == 0


def test_a_list_in_the_article_stays_whole_when_one_item_has_cue_words() -> None:
    items = ["- Cookies only after consent is given", "- A reject button as large as the accept button", "- No pre-ticked boxes", "- A record of every choice"]
    text = "\n\n".join(["Court sets out what a consent banner must do", PROSE, "The ruling lists four duties:\n" + "\n".join(items), PROSE])
    doc = clean(text, input_format="text")
    assert [b.text for b in doc.blocks if b.kind == "list_item"] == [item[2:] for item in items]


def test_a_consent_banner_before_the_article_goes_but_an_article_about_cookies_stays() -> None:
    banner = (
        "We use some essential cookies to make this website work. We would also like to set analytics cookies "
        "that help us improve the service by measuring how you use the site, and cookies set by other sites."
    )
    assert reader_count(banner) == 1  # under 4% of its words: not a call to action on its own
    about = (
        "The regulator said on Tuesday that banners which hide the reject button break the law, and that sites "
        "setting analytics cookies before consent could be fined up to four per cent of turnover."
    )
    doc = clean("\n\n".join([banner, "Regulator targets cookie banners", about, PROSE, PROSE]), input_format="text")
    (removed,) = [b for b in doc.removed if b.text == banner]
    assert removed.label == "cookie_notice" and removed.reason.startswith("a consent banner outside the article")
    assert about in doc.text


def test_the_head_is_counted_in_body_lines_so_a_byline_above_a_caption_and_a_share_bar_is_found() -> None:
    """Seven lines before the article, three of them gone already (caption, credit, share bar):
    the author's name over the date line is still within the head's six body lines."""
    head = [
        "Maria Lopez",
        "Harbourtown | 27 January 2025 - 13:15",
        "Police warn of fake QR stickers on the town's parking meters",
        "Fraudsters cover the official code with one that leads to a fake payment site",
        "A sticker with a fake QR code on a parking meter in Canal Street.",
        "Photo: Harbourtown Police",
        "Share on Facebook Share on X Send on WhatsApp Copy link",
    ]
    doc = _article(*head)
    assert [(b.label, b.text) for b in doc.removed if b.text == head[0]] == [("byline", "Maria Lopez")]
    assert doc.title == head[2] and head[3] in doc.text


def test_a_bare_name_beside_a_share_bar_at_the_head_is_the_byline_but_a_bare_subheading_stays() -> None:
    headline = "Fundraiser reaches its goal as hospice building can start"
    dek = "In less than a year, families, firms and clubs gave 12.4 million to the hospice. \"We did not think it would go this fast.\""
    share = "Share Facebook Email Copy link"
    doc = clean("\n\n".join([headline, dek, "Erik Lindqvist", share, PROSE, PROSE, PROSE]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed if b.text == "Erik Lindqvist"] == [("byline", "Erik Lindqvist")]
    doc = clean("\n\n".join([headline, dek, PROSE, "Die Ergebnisse", PROSE, PROSE]), input_format="text")
    assert "Die Ergebnisse" in doc.text  # two capitalised words, but no date, byline or share bar beside them


def test_a_run_of_headlines_after_the_article_goes_but_not_before_more_prose() -> None:
    headlines = ["New playground on Dyke Road vandalised after one week", "Youth team wins the title after a tense final round"]
    doc = clean("\n\n".join(["Library to close for a year", PROSE, PROSE, *headlines]), input_format="text")
    assert [b.label for b in doc.removed if b.text in headlines] == ["related", "related"]
    assert doc.text == "\n\n".join([PROSE] * 2)
    doc = clean("\n\n".join(["Library to close for a year", PROSE, *headlines, PROSE]), input_format="text")
    assert all(h in doc.text for h in headlines)  # subheadings: prose follows them
    tips = "\n".join(f"- {h}" for h in headlines)  # an article's closing list
    doc = clean("\n\n".join(["Library to close for a year", PROSE, PROSE, tips]), input_format="text")
    assert all(h in doc.text for h in headlines)


def test_the_last_of_a_list_of_headlines_is_not_the_headline_over_the_articles() -> None:
    menu = ["New playground on Dyke Road vandalised after one week", "Youth team wins the title after a tense final round",
            "Harbour ferry timetable changes from Monday morning"]
    headline = "Library to close for a year while the roof is rebuilt"
    prose = [PROSE, PROSE.replace("council", "board"), PROSE.replace("Tuesday", "Monday")]
    doc = clean("\n".join([*menu, headline, "By Anna Berg", "12 March 2025", *prose]), input_format="text")
    assert doc.title == headline
    doc = clean("\n".join([menu[0], headline, "By Anna Berg", "12 March 2025", *prose]), input_format="text")
    assert doc.title == menu[0]  # a headline over its headline-shaped standfirst


def test_a_line_of_hashtags_after_the_article_is_its_tags() -> None:
    tags = "#escursioni #valcerana #mulini"
    doc = clean("\n\n".join(["Library to close for a year", PROSE, PROSE.replace("council", "board"), tags]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed] == [("tags", tags)]


def test_a_bloggers_self_introduction_after_the_post_goes_but_not_a_quoted_one_inside_it() -> None:
    intro = "Hi, I'm Hannah! I bake in a tiny kitchen in a very old house and write about seasonal, no-fuss cakes."
    posts = [PROSE, PROSE.replace("council", "board"), PROSE.replace("Tuesday", "Monday")]
    doc = clean("\n\n".join(["Library to close for a year", *posts, intro]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed] == [("outside_main_content", intro)]
    quoted = '"Hi, I\'m Anna," the librarian said as she opened the doors on Monday morning, and the queue of forty readers cheered.'
    doc = clean("\n\n".join(["Library to close for a year", posts[0], quoted, *posts[1:]]), input_format="text")
    assert quoted in doc.text


def test_an_advice_paragraph_naming_a_banners_buttons_in_quotes_is_no_call_to_action() -> None:
    advice = ('Öffnen Sie die Einstellungen: Dort sind die Schieberegler meist schon aus. Klicken Sie dann auf „Auswahl speichern" '
              'oder „Auswahl bestätigen" und nicht auf den grünen Knopf.')
    banner = "Öffnen Sie die Einstellungen und klicken Sie auf Auswahl speichern."
    quoted, asked = (reader_features(t, len(t.split()), find_cues(tokens(t)), "de") for t in (advice, banner))
    assert not is_call_to_action(quoted) and is_call_to_action(asked)


def test_a_pages_text_size_buttons_go_and_are_never_the_headline() -> None:
    headline = "Sardines spawn a month earlier and further north, a twenty-year study finds"
    standfirst = "Researchers analysed more than nine thousand plankton samples collected between 2003 and 2023 along the coast."
    doc = clean("\n\n".join(["Text size: A− A A+", headline, standfirst, PROSE, PROSE.replace("council", "board")]), input_format="text")
    assert doc.title == headline
    assert [(b.label, b.text) for b in doc.removed] == [("outside_main_content", "Text size: A− A A+")]


def test_nested_list_bullets_of_a_whole_page_are_marks_but_a_reviews_plus_stays() -> None:
    page = ["* Telewizja", "o Polsat", "o TVN", "+ Nowy program w TVN", "* Radio", "Library to close for a year", PROSE, PROSE]
    blocks = clean("\n".join(page), input_format="text").all_blocks
    assert [(b.text, b.kind) for b in blocks[:4]] == [
        ("Telewizja", "list_item"), ("Polsat", "list_item"), ("TVN", "list_item"), ("Nowy program w TVN", "list_item")
    ]
    pros = ["Pros", "+ Light to steer", "+ Cheap to run"]
    doc = clean("\n\n".join(["Library to close for a year", PROSE, "\n".join(pros), PROSE]), input_format="text")
    assert "+ Light to steer" in doc.text.split("\n\n")
    doc = clean("\n\n".join(["Ele disse que", "o Brasil venceu.", PROSE]), input_format="text")
    assert "o Brasil venceu." in [b.text for b in doc.all_blocks]  # "o" is a word, with no list beside it


def test_a_run_of_headlines_goes_when_only_readers_comments_follow_it() -> None:
    headlines = ["New playground on Dyke Road vandalised after one week", "Youth team wins the title after a tense final round"]
    comments = ["Comments (2)", "Jeroen K.", "17 Sep 2025 15:02", "They knew for years that the bridge was failing. Why act only now?"]
    doc = clean("\n".join(["Library to close for a year", PROSE, PROSE, *headlines, *comments]), input_format="text")
    assert [b.label for b in doc.removed if b.text in headlines] == ["related", "related"]
    doc = clean("\n".join(["Library to close for a year", PROSE, *headlines, PROSE]), input_format="text")
    assert all(h in doc.text for h in headlines)  # the article goes on under them: subheadings


@pytest.mark.parametrize(
    "head",
    [
        ["Rui Teixeira Calado", "15 Jul 2025, 08:30", "Partilhar   Twitter   Facebook   E-mail"],  # name over date; share bar
        ["Par Céline Marchetti", "Publié le 3 avril 2025 à 07h00, modifié le 3 avril 2025 à 09h12"],  # a long date line
    ],
)
def test_the_headline_is_not_a_share_bar_a_name_or_a_date_line(head: list[str]) -> None:
    title = "Pescadores de Almarez pedem aumento da quota de sardinha depois de ano de boas capturas"
    doc = clean("\n\n".join([title, *head, PROSE, PROSE]), input_format="text")
    assert doc.title == title


def test_a_long_date_line_with_date_cues_goes_at_the_head_of_the_article() -> None:
    dateline = "Published Oct. 9, 2024 at 6:42 p.m. | Updated Oct. 10, 2024 at 8:15 a.m."
    doc = clean("\n\n".join(["Council backs harbour dredging plan", "By Marisol Okafor", dateline, PROSE, PROSE]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed if b.text == dateline] == [("date", dateline)]
    sentence = "The report was published on 9 October 2024 and updated a day later."  # prose not opening on a cue
    doc = clean("\n\n".join(["Council backs harbour dredging plan", sentence, PROSE, PROSE]), input_format="text")
    assert sentence in doc.text


def test_a_menu_outside_the_core_goes_as_a_whole_when_most_of_it_goes() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.line_runs import menus_go_together

    texts = ["Home", "Politik", "Sport", "Kultur", "Hundeschulen", "Ich hoffe euch gefällt der Relaunch."]
    blocks = [Block(t) for t in texts]

    def line(text: str, score: float, in_core: bool = False) -> BlockEvidence:
        return BlockEvidence(block_features(text, None, 0.3), score=score, in_core=in_core, short_run=6)

    evidence = [line(t, s) for t, s in zip(texts, [0.9, 0.9, 0.8, 0.8, 0.55, 0.6])]
    going = [True, True, True, True, False, False]
    menus_go_together(blocks, evidence, going)
    assert going == [True] * 5 + [False]  # the menu item goes with its menu; the sentence keeps its own decision
    low = [line(t, 0.4) for t in texts]  # a run whose lines score low stays
    going = [True, True, True, True, False, False]
    menus_go_together(blocks, low, going)
    assert going == [True] * 4 + [False, False]
    inside = [line(t, s, in_core=True) for t, s in zip(texts, [0.9, 0.9, 0.8, 0.8, 0.55, 0.6])]
    going = [True, True, True, True, False, False]
    menus_go_together(blocks, inside, going)  # inside the core, short lines are lists and subheadings
    assert going == [True] * 4 + [False, False]


def test_a_menu_whose_lines_lean_to_boilerplate_goes_though_few_go_on_their_own() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.line_runs import menus_go_together

    texts = ["Leichte Sprache", "Gebärdensprache", "Kontrast", "Stadt Lindenau", "Wirtschaft", "Suche"]
    blocks = [Block(t) for t in texts]

    def line(text: str, score: float) -> BlockEvidence:
        return BlockEvidence(block_features(text, None, 0.3), score=score, in_core=False, short_run=6)

    going = [False, False, False, False, True, True]  # a third goes on its own
    menus_go_together(blocks, [line(t, s) for t, s in zip(texts, [0.63, 0.61, 0.68, 0.72, 0.99, 1.0])], going)
    assert going == [True] * 6
    going = [False, False, False, False, True, True]
    menus_go_together(blocks, [line(t, s) for t, s in zip(texts, [0.3, 0.35, 0.4, 0.45, 0.99, 1.0])], going)
    assert going == [False] * 4 + [True] * 2  # lines scoring low are no menu's


def test_repetition_and_furniture_between_a_block_and_the_core_are_features() -> None:
    lines = ["Kontakt", PROSE, PROSE.replace("council", "board"), "Tags: harbour, budget", "Share on Facebook", "More from the town", "Kontakt"]
    removed = [False, False, False, True, True, False, False]
    table = block_table(lines, [None] * len(lines), "en", 0.3, removed=removed)
    assert [f.values["repeated"] for f in table] == [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]
    between = [f.values["furniture_between"] for f in table]
    assert between[1] == between[2] == 0.0  # inside the core
    assert between[5] > 0 and between[6] == between[5]  # past the tags and the share bar, after the article
    assert between[0] == 0.0  # nothing removed between the first line and the core


def _in_core(text: str, language: str, prose: bool = False) -> "BlockEvidence":
    """A block's evidence inside the core, scored to go (for the stay rules of `article_lines`)."""
    from cleantext.evidence import BlockEvidence

    return BlockEvidence(block_features(text, stopwords()[language], 0.3), score=0.9, in_core=True, prose=prose)


def test_a_short_line_whose_words_the_next_paragraph_takes_up_is_its_subheading() -> None:
    from cleantext import Block
    from cleantext.filters.article_lines import subheadings_stay

    paragraph = (
        "« Le principe est clair depuis nos lignes directrices : refuser les cookies doit être aussi simple que de "
        "les accepter », rappelle la présidente de la formation restreinte."
    )
    for line, stays in (
        ("Refuser doit être aussi simple qu'accepter", True),  # its words are the paragraph's
        ("Partager sur Facebook et LinkedIn", False),  # no word of the paragraph
        ("Lire aussi : refuser les cookies, simple ?", False),  # a cue of weight 3 names it
        ("Accueil » Actualité » Refuser doit être aussi simple qu'accepter", False),  # the page's path to it
    ):
        blocks = [Block(line), Block(paragraph)]
        going = [True, False]
        subheadings_stay(blocks, [_in_core(line, "fr"), _in_core(paragraph, "fr", prose=True)], going)
        assert going[0] is not stays, line


def test_a_subheading_whose_cue_word_the_paragraph_goes_on_with_stays_but_a_label_over_it_goes() -> None:
    from cleantext import Block
    from cleantext.filters.article_lines import subheadings_stay

    paragraph = (
        "Los que no quieren cobrar a sus lectores recurren a la publicidad. Un boletín con 20.000 "
        "suscriptores puede cobrar entre 400 y 900 euros por un anuncio en cada envío."
    )
    for line, stays in (
        ("Publicidad y patrocinios", True),  # "publicidad", a cue word, is what the paragraph is about
        ("Publicidad", False),  # the label alone: no content word of its own beside the cue
        ("Lee también: publicidad en boletines", False),  # a phrase naming the line's kind
    ):
        going = [True, False]
        subheadings_stay([Block(line), Block(paragraph)], [_in_core(line, "es"), _in_core(paragraph, "es", prose=True)], going)
        assert going[0] is not stays, line


def test_a_short_sentence_between_lines_of_the_article_that_stay_takes_their_class() -> None:
    from cleantext import Block
    from cleantext.filters.article_lines import listed_sentences_stay

    cons = ["Lo peor", "Fotografía nocturna por debajo de la competencia.", "Solo tres años de actualizaciones del sistema."]
    for middle, under, stays in (
        (cons[1], cons[2], True),  # a review's cons: the heading over it and a sentence under it stay
        (cons[1], "Conclusión", False),  # no sentence under it: no list to take the class of
        ("Suscríbete para seguir leyendo este análisis.", cons[2], False),  # a call to action keeps its own evidence
    ):
        lines = [cons[0], middle, under]
        going = [False, True, False]
        listed_sentences_stay([Block(t) for t in lines], [_in_core(t, "es") for t in lines], going)
        assert going[1] is not stays, middle


def test_a_plain_phrase_sharing_one_of_its_two_words_with_the_paragraph_is_its_subheading() -> None:
    from cleantext import Block
    from cleantext.filters.article_lines import subheadings_stay

    paragraph = "The paper has also relaunched its free morning newsletter, which now has 18,500 subscribers on its list."
    for line, stays in (
        ("Newsletters as a funnel", True),
        ("Join the debate: 187 newsletters", False),  # a figure and a colon: no plain phrase
        ("Weather and traffic", False),  # no word of the paragraph
    ):
        going = [True, False]
        subheadings_stay([Block(line), Block(paragraph)], [_in_core(line, "en"), _in_core(paragraph, "en", prose=True)], going)
        assert going[0] is not stays, line


def test_a_consent_banner_naming_advertising_is_labelled_a_cookie_notice() -> None:
    from cleantext.evidence import BlockEvidence, label_for

    banner = "Las cookies propias y de terceros nos sirven para analizar las visitas y para mostrarte publicidad personalizada."
    features = block_features(banner, None, 0.3)
    assert features.cue_weights["advertisement"] > features.cue_weights["cookie_notice"] >= 1.5
    assert label_for(BlockEvidence(features)) == "cookie_notice"


def test_a_quoted_you_in_an_article_about_newsletters_is_not_a_call_to_action() -> None:
    about = (
        "Subscribers to the council's newsletter were told in January that the monthly email would be "
        '"your one-stop guide to what is happening in town". Internal figures suggest most never opened it.'
    )
    assert reader_count(about) == 0
    assert not is_call_to_action(block_features(about, None, 0.3).values | reader_features(about, 30, []))
    doc = clean(_page(about), input_format="text")
    assert about in doc.text


def test_reader_words_are_data_and_not_cues() -> None:
    lower, cased = cue_module.reader_words()
    assert {"you", "vous", "je"} <= lower and {"Sie", "Ihre"} <= cased
    assert _phrases("you your vous") == []  # never matched as cues of a category
    assert reader_count("Sie sagte, sie habe Ihre Nachricht gelesen.") == 1  # "sie" is she; the capital "Ihre" is you


def test_french_verbs_said_to_vous_address_the_reader() -> None:
    """``*ez`` in the French ``[reader]`` data: "Recevez", "Flashez", "inscrivez-vous" speak to the
    reader without the word "vous"; "rendez-vous", "assez", "chez" and a name ("Martinez") do not."""
    assert reader_count("Recevez chaque matin notre lettre : inscrivez-vous gratuitement.", "fr") == 2
    assert reader_count("Flashez ce code avec votre téléphone.", "fr") == 2
    assert reader_count("Le maire a pris rendez-vous chez Martinez, assez tôt, avant la séance.", "fr") == 0
    assert reader_count("Recevez chaque matin notre lettre.", "en") == 0  # English data has no such ending
    prompt = "Recevez chaque matin notre sélection d'articles : inscrivez-vous gratuitement à la lettre « Le Réveil »."
    features = block_features(prompt, None, 0.3)
    assert is_call_to_action(reader_features(prompt, features.words, features.cues, "fr"))


def test_a_turkish_blog_speaking_to_its_reader_informally_addresses_them() -> None:
    """The informal "you" of a Turkish blog is in its verbs ("okuyabilirsin", "ister misin?")."""
    assert reader_count("Bu yazıyı beğendiysen bana bir çay ısmarlayabilirsin.", "tr") == 1
    assert reader_count("Her hafta yeni yazılardan haberdar olmak ister misin?", "tr") == 1
    assert reader_count("Bakan yarın Ankara'da konuşacak ve bütçeyi açıklayacak.", "tr") == 0


def test_a_polish_paywall_line_is_a_call_to_action() -> None:
    line = "Zostały Ci 2 bezpłatne artykuły w tym miesiącu. Zostań prenumeratorem i czytaj bez ograniczeń."
    features = block_features(line, None, 0.3)
    assert features.cue_weights["paywall"] >= 3 and reader_count("Zostały Ci 2 bezpłatne artykuły.", "pl") == 1  # the capital "Ci" is you
    assert is_call_to_action(reader_features(line, features.words, features.cues, "pl"))
    assert reader_count("Ci ludzie przyszli wcześnie, a ci drudzy później.", "pl") == 0  # "those", opening or lower case


@pytest.mark.parametrize(
    "prompt, language",
    [
        ("Llévate todas nuestras recetas en el bolsillo: descarga la app para iOS y Android.", "es"),
        ("Sempre in giro? Scopri l'app e ricevi le notizie locali ogni mattina.", "it"),
        ("Siga-nos no Instagram e partilhe as nossas reportagens.", "pt"),
    ],
)
def test_imperatives_said_to_the_reader_count_as_addressing_them(prompt: str, language: str) -> None:
    """Second-person imperatives are ``[reader]`` words: a prompt needs no "you" to speak to the reader."""
    assert reader_count(prompt, language) >= 1


def test_quoted_button_labels_are_mentions_not_buttons() -> None:
    about = 'The regulator wants sites to offer "Reject all" beside "Accept all" on the first screen of every banner;'
    features = block_features(about, None, 0.3)
    assert not any(m.cue.category == "cookie_notice" for m in features.cues)


def test_a_language_without_data_is_judged_on_shape_and_place() -> None:
    sentence = "Քաղաքային խորհուրդը որոշեց փակել հին լողավազանը ամռան վերջում, երկար հետազոտությունից հետո։"  # Armenian
    text = "\n\n".join(" ".join([sentence] * n) for n in (2, 3, 2))
    doc = clean(text, input_format="text")
    assert doc.language is None and [b.text for b in doc.blocks] == [" ".join([sentence] * n) for n in (2, 3, 2)]


def test_the_step_can_be_left_out_and_has_a_model() -> None:
    assert model_for("text") is not None
    text = _page(PROSE)
    assert "Home" in clean(text, input_format="text", pipeline=default_pipeline().without("block_evidence")).text


def test_qr_code_captions_have_their_own_label() -> None:
    doc = clean("Library reopens after a year of repairs\n\n" + PROSE + "\n\nQR Code to Subscription page", input_format="text")
    assert [(b.label, b.removed_by) for b in doc.removed] == [("qr_code", "qr_code")]


def test_written_weights_load_back_after_the_model_has_scored() -> None:
    import json

    from benchmarks.train_evidence import _dict
    from cleantext.evidence import Model

    model = model_for("text")
    assert model is not None
    model.first.logit({"short": 1.0})  # fills the pass's cached lookup table
    again = Model.from_dict(json.loads(json.dumps(_dict(model))))
    assert again == model


def test_a_dateline_before_the_article_goes_but_a_headline_with_a_year_stays() -> None:
    text = "\n\n".join(["Home\nNews\nSport", "Budget 2025 approved after long night", "12/08/2025 - 21:40", PROSE, PROSE])
    doc = clean(text, input_format="text")
    assert doc.title == "Budget 2025 approved after long night"
    (date,) = [b for b in doc.removed if b.text == "12/08/2025 - 21:40"]
    assert date.label == "date" and date.removed_by in ("block_evidence", "metadata_line")
    assert doc.text == "\n\n".join([PROSE] * 2)


def test_a_date_with_an_unlisted_month_name_and_the_name_over_it_go_at_the_head() -> None:
    """A day's number, a word and a year is a date in any language: "Mawrth" is in no phrase file.
    The name over it is the author's, after a short lower-case "by" ("di") too."""
    title = "Villagers raise £380,000 to buy the last pub in Llanfair Eithin"
    for name in ("Gan Elin Pritchard", "di Serena Bortolotti"):
        doc = clean("\n\n".join([title, name, "Dydd Iau, 6 Mawrth 2025", PROSE, PROSE]), input_format="text")
        assert [(b.label, b.text) for b in doc.removed] == [("byline", name), ("date", "Dydd Iau, 6 Mawrth 2025")]
        assert doc.title == title and doc.text == "\n\n".join([PROSE] * 2)
    said = "On 6 March 2025 the committee signed the papers and the keys were handed over."
    doc = clean("\n\n".join([title, said, PROSE, PROSE]), input_format="text")
    assert said in doc.text  # a sentence holding a date stays


@pytest.mark.parametrize(
    "head",
    [
        ["Mette Kjærsgaard", "Journalist", "11. jun. 2024 kl. 14.22"],  # a one-word role
        ["Jonas Åkerlund", "jonas.akerlund@stromsvikstidning.se", "Publicerad 14 augusti 2024 kl. 05.30"],  # an e-mail address
    ],
)
def test_a_name_over_a_one_word_role_or_an_email_address_over_the_date_is_the_byline(head: list[str]) -> None:
    doc = clean("\n\n".join(["Havnebadet åbner alligevel ikke i juni", PROSE, *head, PROSE, PROSE]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed] == [("byline", head[0]), ("byline", head[1]), ("date", head[2])]


def test_when_the_core_opens_on_the_headline_the_byline_under_the_standfirst_is_still_at_the_head() -> None:
    headline = "Most Kolejarzy zamknięty na 14 miesięcy. Jak dojechać na drugi brzeg?"
    dek = "Od poniedziałku kierowcy nie przejadą przez Most Kolejarzy. Rusza generalny remont przeprawy, pierwszy od ponad pół wieku."
    caption = "Most Kolejarzy łączy Śródmieście z osiedlem Zawarcie. Dziennie przejeżdża przez niego ok. 19 tys. pojazdów."
    article = [
        "Most Kolejarzy to jedna z dwóch przepraw przez Wartę w Ostrzeszynie i jedyna, która prowadzi prosto do centrum miasta.",
        "Obiekt oddano do użytku w 1968 roku. Od tego czasu przeszedł tylko drobne naprawy, a jego stan od lat budził zastrzeżenia.",
        "– Stan mostu nie zagraża bezpieczeństwu, ale dalsze odkładanie prac oznaczałoby znacznie wyższe koszty – mówi inżynier.",
    ]
    page = [f"{headline} - Kurier Ostrzeszyński", "Kurier Ostrzeszyński", "Zaloguj się", "Strona główna » Wiadomości » Ostrzeszyn", headline, dek, "Tomasz Grabarczyk", "29 maja 2024, 06:15",
            "Aktualizacja: 29 maja 2024, 11:02", caption, "Fot. Magdalena Żurek", *article]
    doc = clean("\n".join(page), input_format="text")
    assert [(b.label, b.text) for b in doc.removed if b.text == "Tomasz Grabarczyk"] == [("byline", "Tomasz Grabarczyk")]


def test_a_read_also_line_between_the_standfirst_and_the_byline_is_not_the_headline() -> None:
    headline = "Lierdonkse fietsenwebwinkel krijgt boete van 180.000 euro om cookiebanner"
    dek = "Autoriteit Persoonsgegevens: bezoekers van Fietsplein werden gevolgd nog vóór ze ergens mee hadden ingestemd"
    also = "Lees ook: Hoe weiger je cookies in één klik? Dit zijn je rechten"
    doc = clean("\n\n".join([headline, dek, also, "Door Sanne Verhoeven", "27 februari 2024, 16:48", PROSE, PROSE]), input_format="text")
    assert doc.title == headline
    assert [(b.label, b.text) for b in doc.removed if b.text == also] == [("related", also)]


def test_a_name_and_a_long_role_after_a_comma_over_the_date_is_the_byline() -> None:
    byline = "Fiona Garvie, Highlands and Islands correspondent"
    doc = clean("\n\n".join(["Winter ferry cuts leave islanders facing long waits", byline, "Tue 14 Oct 2025 18.02 BST", PROSE, PROSE]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed if b.text == byline] == [("byline", byline)]


def test_the_articles_last_sentence_stays_over_the_menus_after_it() -> None:
    """A short closing sentence right after the core, in a language whose common words are few
    or none, is not an item of the run of short lines (share buttons, tags, related) under it."""
    last = "Termín zatím není známý."
    after = ["Sdílet na Facebooku", "Sdílet na X", "Kopírovat odkaz", "Související články", "Plavecký bazén zdraží vstupné",
             "Kde se letos dá bezpečně koupat?", "Rybník projde odbahněním"]
    doc = clean("\n".join(["Koupaliště v Kamenné Lhotě letos zůstane zavřené", *[PROSE] * 4, last, *after]), input_format="text")
    assert last in doc.text


def test_no_headline_below_prose_that_stays() -> None:
    """A recipe's list between its intro and its method: the list's last item is not the headline."""
    intro = "I have baked this bread almost every week for three years, and it never fails."
    items = ["150 g sourdough starter", "400 g spelt flour", "100 g wholemeal flour", "320 ml warm water", "11 g salt", "80 g walnuts, roughly chopped"]
    title = "Spelt sourdough with walnuts for beginners"
    doc = clean("\n\n".join([title, intro, "Ingredients for one loaf", *items, PROSE, PROSE, PROSE]), input_format="text")
    assert doc.title == title
    assert all(item in doc.text for item in items) and not doc.removed


def test_a_headline_over_its_headline_shaped_standfirst_is_the_title() -> None:
    headline = "Ring road: city builds protected cycle lanes"
    dek = "Work starts on 23 September and traffic will run in one lane along parts of the road"
    doc = clean("\n".join(["Home", "News", "Sport", headline, dek, PROSE, PROSE, PROSE]), input_format="text")
    assert doc.title == headline and dek in doc.text
    label = "Article reserved for our subscribers"  # cue words: a label over the headline, not the headline
    doc = clean("\n".join(["Home", "News", "Sport", label, headline, PROSE, PROSE, PROSE]), input_format="text")
    assert doc.title == headline


def test_the_headline_is_found_over_a_long_run_of_bylines_dates_and_share_buttons() -> None:
    headline = "Ring road: city builds protected cycle lanes"
    dek = "Work starts on 23 September and traffic will run in one lane along parts of the road"
    head = ["By Jane Porter", "Published 3 March 2025", "Updated 4 March 2025", "Share on Facebook", "Share on X",
            "Share on WhatsApp", "Copy link", "Email this article"]
    doc = clean("\n".join(["Home", "News", "Sport", headline, dek, *head, PROSE, PROSE, PROSE]), input_format="text")
    assert doc.title == headline and dek in doc.text


def test_a_long_standfirst_without_a_full_stop_leads_to_the_headline_not_above_it() -> None:
    ticker = "Live: Alcazaba 2-3 Sierra Norte (Final)"
    headline = "Sierra Norte come back at Alcazaba with two late goals from their substitute striker"
    dek = (
        "The visitors were 2-0 down at the break but turned the game around with three goals in the second half "
        "and now sit one point off the play-off places"
    )
    head = ["Football Basketball Tennis Cycling More sports", ticker, headline, dek, "Ruben Ocana", "23 February 2025 - 21:58"]
    doc = _page_text(*head)
    assert doc.title == headline and dek in doc.text


def test_a_one_line_menu_before_the_article_goes_on_a_middling_score() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.block_evidence import _goes

    def before_core(text: str, score: float) -> BlockEvidence:
        features = block_features(text, stopwords()["pl"], 0.3)
        features.values["before_core"] = 1.0
        return BlockEvidence(features, score=score)

    menu = "Wiadomości Sport Kultura Biznes Motoryzacja Ogłoszenia Nekrologi Pogoda"
    assert _goes(before_core(menu, 0.6), 0.74)
    assert not _goes(before_core(menu, 0.4), 0.74)  # a low score stays
    assert not _goes(before_core("Most na Warcie zamknięty do końca marca", 0.6), 0.74)  # a headline has small words
    assert not _goes(before_core("Wiadomości Sport Kultura", 0.6), 0.74)  # too short to tell from a name


def test_a_share_bar_goes_in_a_language_without_data_by_the_networks_names() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.evidence.layout import is_prose
    from cleantext.filters.block_evidence import _goes

    def inside(text: str, score: float) -> BlockEvidence:
        features = block_features(text, None, 0.3)  # no language data: only the networks' names are cues
        return BlockEvidence(features, score=score, in_core=True, prose=is_prose(features))

    assert _goes(inside("Jaa artikkeli Facebook X WhatsApp Kopioi linkki", 0.4), 0.77)
    assert not _goes(inside("Jaa artikkeli Facebook X WhatsApp Kopioi linkki", 0.1), 0.77)  # a low score stays
    assert not _goes(inside("Facebookin ja WhatsAppin käyttäjät eivät päässeet palveluun maanantaina.", 0.4), 0.77)


def test_the_authors_name_and_role_over_the_date_is_the_byline() -> None:
    headline = "Ferry timetable cut by a third as operator blames crew shortages"
    head = [headline, "Moira Lennox Highlands correspondent", "Mon 13 Jan 2025 08.15 GMT"]
    doc = _page_text(*head)
    assert doc.title == headline and "Moira Lennox" not in doc.text
    assert [b.label for b in doc.removed if b.text == head[1]] == ["byline"]
    # A name and words without a role's cue are no byline.
    head[1] = "Moira Lennox Highlands Trust"
    doc = _page_text(*head)
    assert not [b for b in doc.removed if b.text == head[1] and b.label == "byline"]


def test_a_run_of_headline_shaped_lines_without_an_article_stays() -> None:
    text = "- The mayor said the bridge will reopen.a\nWe use cookies.Photo: AP"  # found by hypothesis
    doc = clean(text, input_format="text")
    assert clean(doc.text, input_format="text").text == doc.text
    lines = "New playground on Dyke Road vandalised after one week\n\nYouth team wins the title after a tense final round"
    assert clean(lines, input_format="text").text == lines


def test_the_opening_headline_is_the_title_whatever_its_cue_words() -> None:
    """The core starts after a "Read more" line, with the article's first paragraphs above it:
    no headline before the core, so the text's first line, over a longer standfirst, is it."""
    headline = "Northmoor Media cuts free articles to two a month as digital subscriptions stall"
    dek = "Publisher of 14 regional titles bets a tighter meter will push readers to pay, after a year of flat growth"
    opening = "Northmoor Media, which publishes 14 daily and weekly newspapers, will cut the number of free articles from five to two."
    more = "Read more: Why local news sites are quietly switching off their comment sections"
    head = [headline, dek, "By Priya Castellano", "3 March 2025", "A laptop showing a prompt", "Photo by Ellis Mora on Unsplash"]
    doc = clean("\n\n".join([*head, opening, opening, more, PROSE, PROSE]), input_format="text")
    assert doc.title == headline and dek in doc.text
    assert not any(b.text == headline for b in doc.removed)


def test_an_image_caption_over_its_credit_is_not_the_headline() -> None:
    headline = "Spelt sourdough review: the loaf that beats the bakery"
    dek = "Great crust and an open crumb, but the starter needs a week of care"
    caption = "A cut spelt loaf with walnuts on a wooden board"
    head = [headline, dek, "Tested by Marcus Feld", "Last updated: 22 January 2025", caption, "Image: Marcus Feld / Crumb Club"]
    doc = _article(*head)
    assert doc.title == headline
    assert caption not in doc.text


def test_a_caption_sentence_without_credit_between_the_head_and_the_article_is_passed_by() -> None:
    headline = "By bike around the hills: cellars, vineyards and a view of the lakes"
    dek = "The 52-kilometre loop from the old town is mostly flat and suits families with older children"
    caption = "Evening light over Pavlov, Děvín castle ruin, Nové Mlýny reservoirs."
    head = ["Home Trips Mountains Water Cycling Towns Shop", headline, dek, "By Petra Horak | 22. 5. 2024", "Share on Facebook | Send by email | Print", caption]
    doc = _page_text(*head)
    assert doc.title == headline
    # without the furniture above it, such a line may be the article's own: no headline past it
    doc = clean("\n".join(["For a 26 cm springform tin.", "Bake the base for twenty minutes.", PROSE, PROSE]), input_format="text")
    assert doc.title is None


def test_a_tag_line_after_the_article_goes_in_a_language_without_data_but_a_list_inside_stays() -> None:
    paragraphs = [
        "Ehun euro baino gutxiagoko entzungailu isilgarriek ez dute normalean miraririk egiten, baina eredu honek harritu egiten du "
        "bateriaren iraupenagatik eta erosotasunagatik.",
        "Alde onak: bateria luzea, prezio ona, botoi fisikoak",
        "Soinuak baxu handiak ditu, prezio-maila honetako entzungailuetan ohikoa den bezala, baina erdiko tonuak argi bereizten dira "
        "eta ahotsa ondo entzuten dugu.",
        "Zarata-isiltzeak hegazkin edo autobus baten motorraren burrunba isiltzen du, baina ahotsak eta tonu altuak pasatzen uzten ditu.",
    ]
    tags = "Gaiak: entzungailuak, probak, soinu-kalitatea"  # Basque: a language without phrase data
    doc = clean("\n\n".join([*paragraphs, tags]), input_format="text")
    assert doc.language not in language_data()
    assert [r.label for r in doc.removed if r.text == tags] == ["tags"]
    assert paragraphs[1] in doc.text  # the same shape inside the article is its own list


def test_under_an_audio_link_the_headline_and_a_standfirst_with_paywall_words_stay() -> None:
    headline = "The Valley Courier bets on a metered paywall after ten years of free news"
    dek = "The old daily will let readers see five free articles a month before asking them to subscribe. Its editor says the move is overdue."
    wall = "You've read 2 of 3 free articles this month. Subscribe to the Ledger for unlimited access."
    head = ["Audio: Listen to this article (6:48)", headline, dek, "By Daniel Okafor", "March 11, 2024", wall]
    doc = _article(*head)
    assert doc.title == headline
    assert dek in doc.text and wall not in doc.text
    assert [r.label for r in doc.removed if r.text == head[0]] == ["app_prompt"]


def test_the_sentence_under_the_headline_is_its_standfirst_unless_it_asks_the_reader() -> None:
    from cleantext import Block
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.block_evidence import _standfirst_stays

    def found(text: str) -> BlockEvidence:
        features = block_features(text, stopwords()["en"], 0.3)
        features.values.update(reader_features(text, features.words, features.cues, "en"))
        return BlockEvidence(features, score=0.8, in_core=False, prose=False)

    headline = "The Valley Courier bets on a metered paywall after ten years of free news"
    dek = "The old daily will let readers see five free articles a month before asking them to subscribe."
    ask = "Subscribe now for unlimited access to all our articles and get your first month free."
    for below, stays in ((dek, True), (ask, False)):
        going = [False, True]
        _standfirst_stays([Block(headline), Block(below)], [found(headline), found(below)], going, 0)
        assert going[1] is not stays


def test_the_line_under_a_byline_is_not_the_headline() -> None:
    headline = "Ravensey ferry to lose winter evening sailings under new timetable"
    dek = "Islanders warn the cuts will leave commuters and pupils stranded on the mainland after 5.10pm from November"
    head = [headline, dek, "By Harriet Doyle", "Local Democracy Reporting Service", "Published 14th Oct 2024, 06:00 BST"]
    caption = ["The ferry leaving the harbour on Sunday afternoon.", "Picture: Tom Aldred / Kellsworth Courier"]
    doc = clean("\n".join(["News", "Transport", *head, *caption, PROSE, PROSE, PROSE]), input_format="text")
    assert doc.title == headline


def test_an_article_about_cookies_keeps_its_cue_heavy_opening_and_loses_the_banner() -> None:
    banner = "We and our partners use cookies to run this site, measure its use and tailor ads to your interests."
    paragraphs = [
        "Anyone who wanted a parking permit from the council website this year had to accept all cookies first. "
        "Clicking 'Reject all' left the cookie banner on screen and the online desk out of reach, the regulator found.",
        "The council ran an analytics package that tracked visitors, including their clicks on forms. Consent to such "
        "cookies must be freely given, the regulator wrote, and refusing cookies cannot block a public service.",
        "The case began with a complaint from a retired systems administrator who always rejects all cookies. He could "
        "not accept the tracking cookies and get his permit, and he tried three computers before he wrote in.",
        "The councillor in charge of digital services admitted the mistake and said the package had been switched off. "
        "A new banner, with a button to refuse as clear as the one to accept, is due within six weeks.",
    ]
    lines = [
        "Skip to content", banner, "Accept all | Reject all | Manage settings", "News  Local  Sport  Opinion",
        "Council must fix its cookie banner, regulator rules",
        "Residents could not apply for permits without accepting tracking, the privacy regulator says.",
        "By Jo Marsh", paragraphs[0], paragraphs[1], "The banner as it looked until last week. Photo: screenshot",
        "A complaint from Riverside", paragraphs[2],
        "You are reading this article for free. Unlimited access? Three months for $1 a week.", paragraphs[3],
    ]
    table = block_table(lines, [None] * len(lines), "en", 0.3)
    place = {text: (f.values["before_core"], f.values["after_core"]) for text, f in zip(lines, table)}
    assert place[banner] == (1.0, 0.0)  # a consent banner's prose does not open the core ...
    assert all(place[p] == (0.0, 0.0) for p in paragraphs)  # ... the article's opening does, cues and all
    doc = clean("\n".join(lines), input_format="text")
    kept = [b.text for b in doc.blocks]
    assert all(p in kept for p in paragraphs)
    assert banner not in kept and doc.title == "Council must fix its cookie banner, regulator rules"


def test_a_short_block_closing_on_a_request_addresses_the_reader() -> None:
    from cleantext.evidence.reader import is_call_to_action, reader_features

    def values(text: str) -> dict[str, float]:
        return reader_features(text, len(text.split()), find_cues(tokens(text)), "en")

    box = values("Newsletter “Law & Digital”: every Thursday the key rulings for IT managers. Subscribe now.")
    assert box["reader"] > 0 and is_call_to_action(box)
    assert values("The paper raised its prices in March. Subscribers were furious.")["reader"] == 0
    assert values("A poster with the QR code for donations")["reader"] == 0  # a subheading: one sentence


def test_a_headline_naming_someone_after_by_is_still_the_headline_over_its_standfirst() -> None:
    headline = "Harbour plan blocked by Green Party councillors after a late vote"
    standfirst = "The tunnel's backers lost by two votes after a six-hour debate and will now take the scheme to the regional assembly in spring"
    lines = ["Home", "News", "Politics", headline, standfirst, "By Jo Marsh", "12 May 2025", PROSE, PROSE, PROSE]
    doc = clean("\n".join(lines), input_format="text")
    assert doc.title == headline
    assert doc.blocks[0].text == standfirst


@pytest.mark.parametrize("role", [None, "Lecturer in maritime law"])
def test_a_bare_name_over_the_date_at_the_head_is_the_byline(role: str | None) -> None:
    """With a role line between the name and the date, the role goes with the byline."""
    head = ["Harbour tunnel opens two years late",
            "The city's new crossing cost twice what was planned, and the council wants to know why it took so long"]
    lines = [*head, "Kamil Nowak", *([role] if role else []), "16.03.2025, 20:14", PROSE, PROSE, PROSE]
    doc = clean("\n\n".join(lines), input_format="text")
    assert doc.byline == "Kamil Nowak"
    assert [b.label for b in doc.removed if b.text in ("Kamil Nowak", role)] == ["byline"] * (2 if role else 1)
    assert "Kamil Nowak" not in doc.text


def test_a_letters_salutation_stays_with_the_letter_and_a_list_item_mentioning_a_donation_with_its_list() -> None:
    letter = ["Dear readers,", PROSE, PROSE, PROSE]
    doc = clean("\n\n".join(["Why we are closing the comments", *letter]), input_format="text")
    assert "Dear readers," in doc.text
    checks = [
        "1. Type the charity's web address yourself rather than clicking a link in a message.",
        "2. Look up the charity's name and registration number on the official register.",
        "3. Never give your online banking password or a one-time passcode to donate.",
    ]
    doc = clean("\n".join([PROSE, PROSE, *checks, PROSE]), input_format="text")
    assert all(item in doc.text for item in checks), doc.explain()


def test_a_lead_in_ending_on_a_colon_inside_the_article_follows_the_line_under_it() -> None:
    from cleantext import Block
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.article_lines import openers_follow

    lead_in = "Si ya aceptaste y te has arrepentido, puedes retirar el consentimiento así:"
    blocks = [Block(lead_in), Block("1. Abre el menú del navegador y busca «Privacidad».")]

    def going_after(in_core: bool, step_goes: bool) -> list[bool]:
        evidence = [BlockEvidence(block_features(b.text, stopwords()["es"], 0.3), in_core=in_core) for b in blocks]
        going = [True, step_goes]
        openers_follow(blocks, evidence, going)
        return going

    assert going_after(in_core=True, step_goes=False) == [False, False]  # the how-to's lead-in stays with its step
    assert going_after(in_core=True, step_goes=True) == [True, True]  # over a line that goes, its own decision
    assert going_after(in_core=False, step_goes=False) == [True, False]  # after the article: "Sharen mit:" over a kept line


def test_a_consent_banner_goes_with_the_buttons_under_it_and_leaves_the_headline_to_the_title() -> None:
    """A Dutch page (samples/nl-page-cookiemelding-gemeente): its banner scores low on its own."""
    case = Path(__file__).resolve().parent.parent / "samples" / "nl-page-cookiemelding-gemeente"
    doc = clean((case / "input.txt").read_text(encoding="utf-8"), input_format="text")
    banner = next(line for line in (case / "input.txt").read_text(encoding="utf-8").splitlines() if "partners gebruiken cookies" in line)
    assert [b.label for b in doc.removed if b.text == banner] == ["cookie_notice"]
    assert doc.title == json.loads((case / "expected.json").read_text(encoding="utf-8"))["title"]


def test_a_text_without_language_data_is_weighed_by_the_model_learned_without_it() -> None:
    from cleantext.evidence.analysis import as_if_without_language_data, has_language_data
    from cleantext.evidence.model import WITHOUT_LANGUAGE_DATA

    blind = model_for("text", language_data=False)
    assert blind is not None and blind is not model_for("text")
    learned = set(blind.first.weights) | set(blind.second.weights)
    # It weighs the international cues (mul.txt), never the words addressing the reader.
    assert learned and not {n for n in learned if n in ("reader", "call_to_action")}
    assert {"cue_share", "cue_cookie_notice"} <= learned
    assert has_language_data("en") and not has_language_data(None)
    with as_if_without_language_data():
        assert not has_language_data("en")
    (features,) = block_table(["Subscribe to our newsletter now, you will love it."], [None], "en", 0.3, language_data=False)
    assert [m.cue.phrase for m in features.cues] == ["newsletter*"] and features.values["reader"] == 0.0
    # A Basque page (no phrase data) goes through that model: its menus go, its paragraphs stay.
    paragraphs = [
        "Udalbatzak asteartean erabaki zuen igerileku zaharra udaren amaieran ixtea, teilatua konpontzeak eraikin berri batek baino "
        "gehiago kostatuko lukeelako.",
        "Igeriketa klubak kezkatuta daude entrenamendu orduengatik, ordezko igerilekurik hurbilena auzoko herrian baitago, hogei "
        "kilometro baino gehiagora.",
        "Udalak udazkenetik ikasleentzako garraioa antolatuko duela agindu du, baina ordutegia eta kostuak oraindik ez daude argi.",
    ]
    page = ["Hasiera Albisteak Kirolak Kultura Eguraldia Harremanetarako", "Igerilekua udaren ondoren itxiko dute", *paragraphs,
            "Erredakzioa Pribatutasuna Cookieak Harremanetarako"]
    doc = clean("\n".join(page), input_format="text")
    assert doc.language is None and [b.text for b in doc.blocks] == paragraphs
    assert [b.label for b in doc.removed if b.text in (page[0], page[-1])] == ["navigation", "navigation"]
    # Made strict, that model takes a short line after the article too, made lax it keeps it; a text with
    # language data never asks it.
    strict, lax = dataclasses.replace(blind, threshold=0.0), dataclasses.replace(blind, threshold=1.01)
    tail = "\n".join([*page[1:-1], "Igerilekuaren ordutegia"])
    with using_models({"text" + WITHOUT_LANGUAGE_DATA: lax}):
        assert "Igerilekuaren ordutegia" in clean(tail, input_format="text").text
    with using_models({"text" + WITHOUT_LANGUAGE_DATA: strict}):
        assert "Igerilekuaren ordutegia" not in clean(tail, input_format="text").text
        english = clean(_page(PROSE), input_format="text")
    assert english.text == clean(_page(PROSE), input_format="text").text


@pytest.mark.parametrize("path", ["Culture › Expositions", "Startseite / Recht / Datenschutz", "Home > News > Local"])
def test_the_pages_path_over_the_headline_is_not_the_headline(path: str) -> None:
    headline = "Town museum opens a retrospective of the mill years, sixty years on"
    standfirst = "A retrospective at the town museum credits every print to the woman who took it, sixty years late."
    doc = clean("\n\n".join([path, headline, standfirst, "By Clémence Vautrin", PROSE, PROSE]), input_format="text")
    assert doc.title == headline


@pytest.mark.parametrize("role", ["Community Reporter", "Senior Correspondent", "Staff Writer"])
def test_the_authors_role_under_the_byline_goes_with_it_but_not_a_subheading_with_figures(role: str) -> None:
    head = ["Library amnesty brings back 900 books", "Borrowers returned books up to forty years overdue after the fines were dropped for a month."]
    doc = clean("\n\n".join([*head, "By Hannah Okafor", role, PROSE, PROSE]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed] == [("byline", "By Hannah Okafor"), ("byline", role)]
    doc = clean("\n\n".join([*head, "By Hannah Okafor", "The 2024 Figures", PROSE, PROSE]), input_format="text")
    assert "The 2024 Figures" in doc.text


def test_an_article_opening_on_prose_heavy_with_its_own_topics_cues_starts_the_core() -> None:
    """The first paragraphs of an article about comment rules are heavy with comment cues: with
    the core's paragraphs talking about comments too, they are its opening, not a thread before it."""
    common = frozenset({"the", "and", "of", "to", "on", "a", "for", "will", "be", "in", "our", "have", "that", "with", "their", "under", "from", "all"})
    opening = "From February the comments under our articles will be moderated, and all comments will be checked before they appear."
    core = [
        "The editors said that comments on the site had become harsher over the past year and that moderation took too long.",
        "Comments with insults will be deleted and readers who post them again will lose their accounts for a month.",
        PROSE,
    ]
    texts = ["Home", "News", opening, *core]
    assert find_core([block_features(t, common, 0.3) for t in texts]) == (2, 5)
    assert find_core([block_features(t, common, 0.3) for t in ["Home", "News", opening, PROSE, PROSE]])[0] == 3  # not the core's topic
    appeal = "Comment on this article and tell us what you think: join the discussion below with your account."
    texts = ["Home", "News", appeal, *core]  # a call to action bounds the core still
    assert find_core(block_table(texts, [None] * len(texts), "en", 0.3))[0] == 3


def test_a_byline_under_a_caption_in_the_core_still_belongs_to_the_head() -> None:
    """The core opens on the standfirst; a photo's caption under it is not the article's second
    paragraph, so the byline and the date under the caption are still at the head."""
    dek = "The 142-year-old paper says reader subscriptions, not advertising, must now pay for the newsroom it keeps in town."
    caption = "Reporters at work in the Gazette's newsroom in Ashcombe, where nineteen journalists are employed today."
    head = ["Gazette to put most local stories behind a paywall", dek, f"{caption}\nPhotograph: Dan Whitlow for the Gazette",
            "Harriet Penrose, media correspondent\nWed 12 Feb 2025 06.00 GMT"]  # lines of a chunk, as scraped
    doc = _article(*head)
    assert [(b.label, b.text) for b in doc.removed if b.label in ("byline", "date")] == [
        ("byline", "Harriet Penrose, media correspondent"), ("date", "Wed 12 Feb 2025 06.00 GMT")]
    assert dek in doc.text


def test_a_name_a_comma_and_a_role_without_a_cue_over_the_date_is_the_byline() -> None:
    byline = "Ingrid Solheim Vatne, journalist"
    doc = _page_text("Fylket kutter kveldsferjene mellom Kvalvik og Steinsund", byline, "Publisert: 02.05.2025 14:21")
    assert [(b.label, b.text) for b in doc.removed if b.text == byline] == [("byline", byline)]


def test_a_short_line_naming_its_kind_outright_goes_after_the_article() -> None:
    """A phrase of weight 4 in a short line outside the core says what it is in any outlet's words."""
    app = "Die Rundschau-App: Nachrichten aus der Region immer dabei – jetzt kostenlos im App Store und bei Google Play"
    doc = _page_text("Stadtrat beschließt neue Parkgebühren", app)
    assert [(b.label, b.text) for b in doc.removed if b.text == app] == []  # before the core it is weighed as ever
    doc = clean("\n".join(["Stadtrat beschließt neue Parkgebühren", PROSE, PROSE, PROSE, app]), input_format="text")
    assert [b.label for b in doc.removed if b.text == app] == ["app_prompt"]


@pytest.mark.parametrize("path", ["Lokalt | Skole og uddannelse", "Magazyn Szlak › Góry › Beskidy"])
def test_the_pages_path_right_over_the_headline_goes_as_navigation(path: str) -> None:
    headline = "Byrådet lukker Ulvkjær Skole efter 112 år"
    doc = _article(f"{path}\n{headline}")
    assert doc.title == headline
    assert [(b.label, b.text) for b in doc.removed] == [("navigation", path)]
    said = "Derek Jarman · The Garden"  # a line saying the headline's own words again is no path
    doc = _article(f"{said}\nThe Garden · Derek Jarman (1990) on a new print")
    assert said not in [b.text for b in doc.removed]


def test_a_weather_line_in_a_menu_before_the_article_goes_with_it() -> None:
    weather = "Beja 34º · Aldeia Nova da Charneca 35º · Ourique 33º"
    menu = ["Início", "Região", "Sociedade", "Economia", "Agricultura", "Desporto", "Cultura", "Opinião", "Entrar", weather,
            "Região > Aldeia Nova da Charneca"]
    doc = _page_text(*menu, "Barragem da Charneca Alta abaixo dos 20% obriga a cortar a rega")
    assert weather in [b.text for b in doc.removed]
    # the ordinal sign written for the degree, a minus sign, and a word budget per temperature shown
    assert is_weather_line(weather) and is_weather_line("Kőrösvár −2 °C, ködös")
    assert not is_weather_line("Bake at 180 °C for 40 minutes until golden and set in the middle")


def test_a_photos_caption_and_credit_are_no_lines_of_a_menu() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.filters.line_runs import runs_without_photos

    texts = ["Visualisation of the new dairy", "Photo: press office", "More milk from the farms"]
    blocks = [Block(texts[0], label="caption"), Block(texts[1], label="credit"), Block(texts[2])]
    evidence = [BlockEvidence(block_features(t, None, 0.3), short_run=3) for t in texts]
    assert runs_without_photos(blocks, evidence) == [1, 1, 1]
    menu = [Block("Home"), Block("News", label="navigation"), Block("Sport")]
    assert runs_without_photos(menu, evidence) == [3, 3, 3]  # lines other steps took still count


def test_the_sites_name_and_motto_at_the_top_of_a_page_go_when_the_page_names_the_site_again() -> None:
    masthead = "Kőrösvidéki Hírlap – a Kőrös-vidék hírportálja"
    menu = ["Hírek", "Megye", "Gazdaság", "Sport", "Kultúra"]
    footer = "© 2025 Kőrösvidéki Hírlap. Minden jog fenntartva."
    page = [masthead, *menu, "Február 1-jétől csak regisztrált olvasók szólhatnak hozzá", PROSE, PROSE, PROSE, footer]
    doc = clean("\n".join(page), input_format="text")
    assert [(b.label, b.text) for b in doc.removed if b.text == masthead] == [("outside_main_content", masthead)]
    section = "Nyheter · Strömsvik"  # a section's name over the menu: its first part is a cue word
    doc = clean("\n".join([section, *menu, "Bussappen får ny biljettfunktion", PROSE, PROSE, PROSE, "Nyheter"]), input_format="text")
    assert all(b.label != "outside_main_content" for b in doc.removed if b.text == section)


def test_share_buttons_saying_the_same_but_the_network_go_together_in_any_language() -> None:
    buttons = ["Deila á Facebook", "Deila á X", "Deila á Messenger"]
    doc = clean("\n".join(["Ný sundlaug opnuð í Melavík", PROSE, PROSE, *buttons, PROSE, PROSE]), input_format="text")
    assert [(b.label, b.text) for b in doc.removed if b.text in buttons] == [("share", t) for t in buttons]
    steps = ["Mix the flour", "Mix the butter"]  # lines alike without a network's name are the article's
    doc = clean("\n".join(["Shortbread for beginners", PROSE, PROSE, *steps, PROSE, PROSE]), input_format="text")
    assert all(step in doc.text for step in steps)


def test_a_caption_closing_on_an_abbreviated_credit_is_a_caption() -> None:
    from cleantext.filters.photo_credit import _ends_on_named_credit, _patterns

    credit_word = _patterns()["credit_word"]
    assert _ends_on_named_credit("Nowe elektryczne autobusy na zajezdni przy ul. Kolejowej Fot. Tomasz Wrzos", credit_word)
    assert not _ends_on_named_credit("He met the mayor. Photo of the day", credit_word)


def test_prose_over_the_pages_menu_is_no_part_of_the_articles_head() -> None:
    # Irish (no phrase data): a consent banner's text and buttons, the menu, then the article.
    # The banner is prose that stays on its own evidence; the menu under it says where the head starts.
    paragraphs = [
        "Tá níos mó ná €85,000 bailithe cheana féin ag an stáisiún pobail, a chaithfidh crann craolta nua a cheannach roimh an bhfómhar.",
        "Tá feachtas bailithe airgid seolta ag Raidió na Cille, an stáisiún raidió pobail atá ag craoladh as Gaeilge i gConamara le beagnach tríocha bliain.",
        "Dúirt bainisteoir an stáisiúin, Pádraig Mac Donncha, go bhfuil an crann craolta reatha ag titim as a chéile agus nach féidir é a dheisiú a thuilleadh.",
        "Cosnóidh an trealamh nua timpeall €120,000. Tá deontas €30,000 geallta ag an gComhairle Contae, ach caithfear an chuid eile a bhailiú ón bpobal.",
        "Tá súil ag an stáisiún go mbeidh an crann craolta nua i bhfeidhm faoi mhí Mheán Fómhair, agus go mbeidh na héisteoirí in ann é a chloisteáil.",
    ]
    banner = "Úsáidimid fianáin chun an suíomh a fheabhsú agus chun anailís a dhéanamh ar an trácht. An bhfuil tú sásta glacadh leo?"
    headline = "Pobal Chonamara ag bailiú €120,000 chun Raidió na Cille a choinneáil ar an aer"
    page = ["Téigh go dtí an príomhábhar", banner, "Glac le gach fianán", "Diúltaigh", "Socruithe fianán",
            "Baile", "Nuacht", "Spórt", "Cultúr", "Tuairimí", headline, *paragraphs, "© 2024 Scéala Chonamara"]
    doc = clean("\n".join(page), input_format="text")
    assert doc.language is None and doc.title == headline
    assert [b.text for b in doc.blocks] == paragraphs
    (gone,) = [b for b in doc.removed if b.text == banner]
    assert gone.label == "outside_main_content" and "over the page's menu" in gone.reason


def test_the_whole_cue_index_is_built_once() -> None:
    # find_cues and the filters that read the index's first words share one trie (a second
    # copy cost 6 MiB of peak memory on the dev set's largest pages).
    from cleantext.evidence.cues import cue_index, international_cue_index

    cue_index.cache_clear()
    find_cues(tokens("Subscribe now to keep reading"))
    first = cue_index()
    find_cues(tokens("Cookieak onartu"), international=True)
    find_cues(tokens("Subscribe now"))
    assert cue_index() is first and cue_index.cache_info().misses == 1
    assert international_cue_index() is not first and "cookie*" in international_cue_index()[0]
    assert "cookie*" not in first[0]  # a stem is read only where the language has no data


def test_a_request_quoted_at_a_blocks_opening_is_someones_words_not_a_call_to_action() -> None:
    quoted = (
        "“You've read 3 free articles this month. Subscribe for £1.50 a week to keep reading,” the banner said, "
        "above a single orange button marked “Subscribe now” and a smaller link inviting existing subscribers to log in."
    )
    shown = "You've read 3 free articles this month. Subscribe for £1.50 a week to keep reading."
    for text, asks in ((quoted, False), (shown, True)):
        words = len(text.split())
        values = reader_features(text, words, find_cues(tokens(text), text), "en")
        assert is_call_to_action(values) is asks, text
