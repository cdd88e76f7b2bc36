"""A whole page's text opening with the page's title: the headline is the line it repeats."""

from __future__ import annotations

from cleantext import clean
from cleantext.filters.page_title import page_title_line
from cleantext.document import Block

PARAGRAPHS = [
    "The council voted on Tuesday to close the harbour bridge for six months while engineers replace its corroded steel deck.",
    "Buses will take a detour through the old town, adding about ten minutes to each journey, the transport office said.",
    "Work is due to start in May and the bridge should reopen before the Christmas market in December, if the weather allows.",
]


def test_the_pages_title_goes_and_the_headline_it_repeats_is_the_title() -> None:
    lines = [
        "Harbour bridge to close for six months, buses to take detour | Millbrook Gazette",
        "Home", "News", "Sport", "Subscribe",
        "Harbour bridge to close for six months. Buses to take a detour",
        *PARAGRAPHS,
    ]
    doc = clean("\n".join(lines), input_format="text")
    assert doc.title == lines[5]
    assert [b.label for b in doc.removed if b.text == lines[0]] == ["outside_main_content"]


def test_a_headline_with_a_subtitle_is_no_pages_title_for_an_alt_text_on_its_subject() -> None:
    blocks = [Block("Dinkel-Sauerteigbrot mit Walnüssen – mein Rezept für Einsteiger"),
              Block("Angeschnittenes Dinkel-Sauerteigbrot mit Walnüssen auf einem Holzbrett")]
    assert page_title_line(blocks) is None


def test_a_title_worded_apart_from_the_headline_goes_when_the_sites_name_comes_back_as_a_line() -> None:
    lines = [
        "Bridge closure: what drivers need to know – Millbrook Gazette",
        "Millbrook Gazette",
        "Home News Sport Weather Contact",
        "Harbour bridge to close for six months while engineers replace its deck",
        *PARAGRAPHS,
    ]
    doc = clean("\n".join(lines), input_format="text")
    assert [b.label for b in doc.removed if b.text == lines[0]] == ["outside_main_content"]
    assert doc.title == lines[3]
    # Without the masthead line, the first line is no page's title: nothing says a site's name ends it.
    assert page_title_line([Block(line) for line in lines[:1] + lines[2:]]) is None


def test_the_sites_name_and_motto_right_over_the_headline_go_and_the_headline_is_the_title() -> None:
    masthead = "Harbour Weekly · The trade paper for ports and ferries"
    headline = "Harbour bridge to close for six months while engineers replace its deck"
    standfirst = "Buses will take a detour through the old town, adding ten minutes to each journey"
    footer = "Get the Harbour Weekly newsletter every Tuesday."
    doc = clean("\n\n".join([masthead, headline, standfirst, *PARAGRAPHS, footer]), input_format="text")
    assert doc.title == headline
    assert [(b.label, b.text) for b in doc.removed if b.text == masthead] == [("outside_main_content", masthead)]
    path = "News · Transport"  # the page's path there is no site's name
    doc = clean("\n\n".join([path, headline, standfirst, *PARAGRAPHS]), input_format="text")
    assert doc.title == headline and masthead not in doc.text


def test_the_first_line_over_its_date_and_byline_is_the_headline_not_the_photos_alt_text_under_them() -> None:
    post = [
        "Így építettem magaságyást bontott raklapból – lépésről lépésre, tízezer forint alatt",
        "2025. április 6.",
        "Szerző: Bence",
        "12 hozzászólás",
        "A kész magaságyás a kert déli sarkában, az első palántákkal",
        "Tavaly ősszel eldöntöttem, hogy idén nem hajolgatok többet a földön: a hátam nem bírja, és a csigák is mindent megettek a salátából.",
        "Szerencsére a szomszéd építkezéséről maradt néhány raklap, így az ágyás váza szinte semmibe sem került, csak a csavarokat vettem meg.",
    ]
    doc = clean("\n\n".join(post), input_format="text")
    assert doc.title == post[0]
    french = [
        "Le clafoutis aux cerises de ma grand-mère (avec les noyaux, et je vous explique pourquoi)",
        "Publié le 18 juin 2024",
        "par Margaux",
        "32 commentaires",
        "Un clafoutis aux cerises tout juste sorti du four, dans un plat en terre cuite",
        "Chaque année, c'est le même rituel : dès que le cerisier du fond du jardin commence à ployer sous les fruits, ma grand-mère sort son vieux plat.",
        "Sa seule vraie particularité, c'est qu'elle ne dénoyaute jamais les cerises, et elle a raison : les noyaux donnent au dessert son goût d'amande.",
    ]
    assert clean("\n\n".join(french), input_format="text").title == french[0]


def test_a_headline_whose_subject_the_article_names_again_is_no_masthead() -> None:
    from cleantext.filters.page_title import masthead_line

    lines = [
        "Barcamp Graz – Politcamp Call for Action",
        "Posted on 2015-04-05 by Anna",
        "Menu",
        "In less than two weeks the Barcamp Graz opens its doors again, and this year it brings a political camp with it.",
        *PARAGRAPHS,
    ]
    blocks = [Block(line) for line in lines]
    prose = [False, False, False, True, True, True, True]
    assert masthead_line(blocks, 3, set()) == 0  # without the evidence, any later line names the site
    assert masthead_line(blocks, 3, set(), prose) is None  # named again only in the article's paragraphs
    blocks.append(Block("© 2025 Barcamp Graz. All rights reserved."))
    assert masthead_line(blocks, 3, set(), [*prose, False]) == 0  # and in the footer: the site's name


def title_of(lines: list[str], separator: str = "\n\n") -> str | None:
    """The title cleantext finds in ``lines`` joined as plain text."""
    return clean(separator.join(lines), input_format="text").title


GERMAN = [
    "Ich benutze seit längerem Plex, um Filme und Musik zu verwalten und im ganzen Haus zu streamen.",
    "Podcasts lassen sich damit aber nicht abonnieren, deshalb habe ich mir einen kleinen Umweg gebaut.",
    "Zunächst habe ich die Adressen der Podcasts aus meinem alten Programm exportiert und gesammelt.",
]


def test_the_posts_date_and_author_over_its_headline_are_no_title() -> None:
    for head in ("Erstellt von Fabian am Dienstag 6. Mai 2014", "| Klaus Quibeldey-Cirkel"):
        assert title_of(["Podcasts in Plex einbinden", head, *GERMAN]) == "Podcasts in Plex einbinden", head
    assert title_of(["Veröffentlicht am von Heiko", *GERMAN]) != "Veröffentlicht am von Heiko"


def test_the_authors_name_with_a_comment_count_or_a_date_under_the_headline_is_no_title() -> None:
    headline = "Plex bekommt endlich eine Podcast-Funktion"
    for head in ("Christoph Becker 71 Kommentare", "Fabian Müller Fabian Müller", "Fabian Müller 6. Mai 2014"):
        assert title_of([headline, head, *GERMAN]) == headline, head
    for headline in ("Fünf Plex-Tricks 2023", "Plex Und Die Podcasts"):  # a year alone is no date; title case is no name
        assert title_of(["Menü", headline, *GERMAN]) == headline, headline


def test_a_line_signed_with_the_authors_name_or_a_comment_count_is_no_title() -> None:
    headline = "Plex bekommt endlich eine Podcast-Funktion"
    for head in ("Blog Beitrag von Margarita Koreneva", "Fabian Müller Technik , 0 Kommentare"):
        assert title_of([headline, head, *GERMAN]) == headline, head
    assert title_of(["Menü", "Heizjacken von Bosch", *GERMAN]) == "Heizjacken von Bosch"  # a product and its maker: one name, no author


def test_a_menu_in_one_line_over_a_dateline_is_no_headline_over_the_article() -> None:
    lines = [
        "Nieuws Zwolle Kampen Dalfsen Sport 112 Uitgaan Contact",
        "Zwolle · 3 mrt. 2025, 08:14",
        "Sassenpoort negen maanden dicht voor grote restauratie",
        "Voegwerk en houten kap van de stadspoort zijn in slechte staat",
        "door Sanne de Vries",
        "De Sassenpoort, de laatst overgebleven stadspoort van Zwolle, gaat in april voor negen maanden dicht voor een grote restauratie.",
        "Bij een inspectie vorig jaar bleek dat het voegwerk op de westgevel op veel plaatsen loszit en dat de houten kap is aangetast.",
        "Het werk wordt uitgevoerd door een restauratiebedrijf uit Deventer, dat eerder ook de Peperbus in Zwolle heeft hersteld.",
    ]
    assert title_of(lines, "\n") == lines[2]


def test_a_skip_link_opening_the_text_is_no_headline() -> None:
    assert title_of(["Skip to main content", *PARAGRAPHS], "\n") != "Skip to main content"
