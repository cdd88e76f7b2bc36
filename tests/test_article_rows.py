"""Rows of figures between the article's paragraphs stay: a results table, price rows, a schedule."""

from __future__ import annotations

from cleantext import clean
from cleantext.filters.article_rows import is_row

# Estonian: the rows hold no cue words, so shape, place and neighbours decide.
PROSE = [
    "Pühapäeval peetud 42 kilomeetri pikkusel klassikasõidul selgus meeste võitja alles viimasel sajal meetril, kui Kask spurtis.",
    "Martin Kask ja Lauri Saar sõitsid viimastel kilomeetritel koos ning kumbki ei suutnud teisest eemale pääseda enne finišit.",
    "Korraldajate sõnul oli rajal üle 2300 suusataja, mis on viimase viie aasta suurim osalejate arv ja hea märk korraldajatele.",
]
TABLE = [
    "Meeste paremusjärjestus:",
    "1. Martin Kask 2:04.17",
    "2. Lauri Saar +0,8",
    "3. Andres Mägi +41,3",
    "Naiste paremusjärjestus:",
    "1. Kadri Lepik 2:21.50",
    "2. Triin Ots +1.12,6",
    "3. Liis Vahter +2.05,0",
]
MENU = ["Uudised", "Sport", "Kultuur", "Arvamus", "Ilm", "Kontakt"]


def test_a_results_table_between_the_articles_paragraphs_stays() -> None:
    doc = clean("\n".join([*MENU, *PROSE[:2], *TABLE, PROSE[2], "Jaga", "Saada e-postiga"]), input_format="text")
    assert all(row in [b.text for b in doc.blocks] for row in TABLE), doc.explain()


def test_numbered_lines_after_the_article_with_no_paragraph_after_them_keep_their_own_decision() -> None:
    most_read = ["1. Pärnu korvpallurid kindlustasid koha", "2. Jalgpallikoondis kohtub märtsis Soomega", "3. Tartu linn avab uue ujula 2026"]
    doc = clean("\n".join([*MENU, *PROSE, "Populaarsed", *most_read, "© Rahvaraadio 2025"]), input_format="text")
    kept = [b.text for b in doc.blocks]
    assert PROSE[2] in kept and not any(line in kept for line in most_read), doc.explain()


def test_a_row_holds_a_figure() -> None:
    assert is_row("Roxo – 41%") and is_row("Weizen 214 zł/t") and not is_row("Naiste paremusjärjestus:")


def test_two_rows_under_a_lead_in_with_the_article_going_on_under_them_stay() -> None:
    # Danish: a sentence whose common words are too few to call it prose still says the article goes on.
    rows = ["Ryslev HK: Anders Kjærgaard 8, Mads Lindholm 6, Oliver Dahl 5", "Aaby Vest: Kasper Brandt 9, Emil Juhl 5"]
    after = "I semifinalen venter enten Holmsted GIF eller Fjordby Håndbold, der mødes til en afgørende tredje kamp onsdag. Den første semifinale spilles 5. april."
    prose = [
        "Ryslev HK vandt søndag aften den anden semifinalekamp mod Aaby Vest med 27-25 og er dermed videre til finalen i Nordligaen.",
        "Aaby Vest førte med 16-13 ved pausen og så længe ud til at kunne tvinge serien ud i en tredje kamp, men det lykkedes ikke.",
    ]
    doc = clean("\n".join([*MENU, *prose, "Topscorere", *rows, after, "Del artiklen", "Mest læste", "1. Landsholdsspiller skifter til Tyskland"]), input_format="text")
    kept = [b.text for b in doc.blocks]
    assert all(row in kept for row in rows) and after in kept, doc.explain()


def test_a_list_of_dated_rows_under_a_lead_in_closing_the_article_stays() -> None:
    schedule = ["Termíny uzávery:", "14. apríla – 26. mája: úplná uzávera tunela", "27. mája – 6. júna: nočné obmedzenia"]
    doc = clean("\n".join([*MENU, *PROSE, *schedule, "Jaga", "Saada e-postiga"]), input_format="text")
    assert all(line in [b.text for b in doc.blocks] for line in schedule), doc.explain()


def test_a_tables_heading_and_a_row_with_cue_words_stay() -> None:
    prose = [
        "J'ai testé les cartes de douze restaurants lyonnais pendant un mois, en scannant chaque fois le code posé sur la table.",
        "Dans la plupart des cas, la carte s'affiche vite, mais il faut parfois fermer plusieurs fenêtres avant de pouvoir lire les plats.",
        "Ma conclusion : le code n'est pas le problème, c'est ce qu'on met derrière qui compte pour les clients et pour les serveurs.",
    ]
    table = ["Mon bilan", "Carte affichée directement : 5 restaurants sur 12", "Cookies ou publicité à fermer avant la carte : 4 sur 12",
             "Carte papier disponible sur demande : 9 sur 12"]
    doc = clean("\n\n".join([*prose[:2], "Publicité", *table, prose[2]]), input_format="text")
    assert all(line in [b.text for b in doc.blocks] for line in table), doc.explain()


def test_a_reviews_pros_and_cons_between_its_paragraphs_stay() -> None:
    assert is_row("+ Bra räckvidd för priset") and is_row("– Korta stänkskärmar") and not is_row("Plus och minus")
    prose = [
        "Vi har cyklat Pendla 2 till jobbet i tre veckor, i regn och motvind, och motorn räckte hela vägen varje dag utan problem.",
        "Efter en veckas regn började displayen flimra, men tillverkaren säger att felet bara gäller de tidiga exemplaren av cykeln.",
        "Slutsats: Pendla 2 är ett prisvärt alternativ för den som pendlar kortare sträckor, men vänta tills displayen är åtgärdad.",
    ]
    pros_and_cons = ["Plus och minus", "+ Lätt att styra, mjuk motor", "+ Bra räckvidd för priset", "– Korta stänkskärmar"]
    doc = clean("\n\n".join([*prose[:2], *pros_and_cons, prose[2], "Läs också: Elcykelstölderna ökar"]), input_format="text")
    assert all(line in [b.text for b in doc.blocks] for line in pros_and_cons), doc.explain()
