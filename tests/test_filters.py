"""Each text filter on its own: what it must remove, and what it must leave alone.

Every case builds a small document of ordinary body paragraphs around the
block under test and runs one filter, so a failure names the filter and the
text at once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import Block, Document, clean, get_filter

BODY = [
    "The council met on Tuesday evening to discuss the budget for the coming year, which runs to 40 million.",
    "Several members asked for more money for road repairs and school buildings in the northern districts.",
    "The mayor said a final vote would take place next month after a public hearing at the town hall.",
]

# (filter, label, text): the filter must drop the text with that label.
REMOVED = [
    ("paywall", "paywall", "You've read 3 of 5 free articles. Subscribe to continue."),
    ("paywall", "paywall", "You’ve read  of  free articles. Subscribe to continue."),
    ("paywall", "paywall", "Already a subscriber? Log in"),
    ("paywall", "paywall", "Start your subscription today"),
    ("paywall", "paywall", "Sie haben 3 von 5 kostenlosen Artikeln gelesen."),
    ("paywall", "paywall", "Cet article est réservé aux abonnés."),
    ("qr_code", "qr_code", "QR Code to Threat of North Korea missiles strains US-China relations"),
    ("app_prompt", "app_prompt", "Read this article in"),
    ("app_prompt", "app_prompt", "Escuchar esta noticia 0:00 / 3:12 1x"),  # a player's controls, in any language
    ("app_prompt", "app_prompt", "▶ Lyssna på inslaget (2 min 48 s)"),  # a link to the audio version, its duration
    ("app_prompt", "app_prompt", "🎧 Escucha «La Prórroga», el pódcast de MarcadorNorte: cada lunes, todo el análisis"),
    ("qr_code", "qr_code", "Scan the QR code to download our app"),
    ("newsletter", "newsletter", "Sign up for our daily newsletter"),
    ("newsletter", "newsletter", "Get the latest news delivered to your inbox every morning."),
    ("newsletter", "newsletter", "Jetzt für den Newsletter anmelden"),
    ("share", "share", "Share this article"),
    ("share", "share", "Facebook | Twitter | Email"),
    ("share", "share", "Follow us on Instagram and TikTok"),
    ("related", "related", "Related: Budget talks stall as deadline nears"),
    ("related", "related", "Lesen Sie auch: Stadtrat beschließt neuen Radweg"),
    ("related", "related", "À lire aussi : la réforme des retraites"),
    ("advertisement", "advertisement", "Advertisement"),
    ("advertisement", "advertisement", "Story continues below advertisement"),
    ("advertisement", "advertisement", "Anzeige"),
    ("cookie_notice", "cookie_notice", "We use cookies to improve your experience. Accept all | Manage settings"),
    ("comments", "comments", "No comments yet"),
    ("comments", "comments", "Leave a comment"),
    ("photo_credit", "credit", "Mike Segar/Reuters"),
    ("photo_credit", "credit", "Photo: AP"),
    ("photo_credit", "credit", "(Getty Images)"),
    ("photo_credit", "credit", "AP Photo/Evan Vucci"),
    ("photo_credit", "copyright", "© 2026 Example Media. All rights reserved."),
    ("photo_credit", "caption", "FILE PHOTO: The central bank's headquarters in Frankfurt, March 3, 2026."),
    ("photo_credit", "caption", "Ein Streifenwagen vor dem Rathaus in Kaltenbach (Symbolbild)."),
    ("photo_credit", "credit", "Beeld: Toetsbord.nl"),
    ("byline", "byline", "(Reporting by Jonah Whitcombe in Port Talvera and Leila Haddad in Castellan; Editing by Martin Osei)"),
    ("byline", "byline", "By Ruth Calloway, Local Democracy Reporter"),
    ("byline", "byline", "Von Felix Brandner"),
    ("metadata_line", "date", "23.10.2018"),
    ("metadata_line", "date", "Updated: March 3, 2024"),
    ("metadata_line", "date", "3. marts 2025 kl. 14.30"),  # each language's word before the time is data
    ("metadata_line", "date", "12 maja 2024, godz. 10:30"),
    ("metadata_line", "date", "Mon 3 Mar 2025 07.12 GMT"),
    ("metadata_line", "tags", "Kategorie: News"),
    ("separator", "separator", "* * *"),
]

# (filter, text): the filter must keep the text in the body.
KEPT = [
    ("paywall", "Readers hate being told to subscribe to continue, the survey found."),
    ("paywall", 'The banner said "You\'ve read 3 of 5 free articles" and she closed the tab.'),
    ("app_prompt", "Restaurants replaced paper menus with QR codes during the pandemic."),
    ("app_prompt", "Ferries leave at 10:00 / 10:30 on weekdays"),  # times, but no player at zero
    ("app_prompt", "▶ The ferry leaves from pier 3 at ten. Buy tickets on board; the crossing takes forty minutes and the café stays open."),  # a long line opening on a sign is prose
    ("newsletter", "The newsletter reached two million subscribers last year."),
    ("share", "She shared the video on Facebook, where it was viewed a million times."),
    ("related", "Read more about the budget in the council's own report, published on Monday."),
    ("advertisement", "Advertisement revenue fell by 8 percent in the third quarter."),
    ("cookie_notice", "Accept"),
    ("cookie_notice", "The court ruled that cookie banners must offer a reject button."),
    ("comments", "The minister declined to comment on the report."),
    ("photo_credit", "Reuters reported on Tuesday that the talks had stalled."),
    ("photo_credit", "The photographer Mike Segar has covered the United Nations for years."),
    ("byline", "By the end of the year, prices had doubled."),
    ("byline", "By Tuesday, the council had voted."),
    ("metadata_line", "On 23.10.2018 the council voted to close the pool."),
    ("separator", "§ 3"),
    ("separator", "=)"),
    ("separator", ":-)"),
    ("donation", "Thank you!"),
]


def _document(text: str) -> tuple[Document, Block]:
    target = Block(text)
    blocks = [Block(BODY[0]), Block(BODY[1]), target, Block(BODY[2])]
    return Document(all_blocks=blocks), target


def _run(name: str, doc: Document) -> None:
    with doc.running(name):
        get_filter(name)(doc)


#: Subheadings of articles about the page's furniture: the phrase data of every language is merged,
#: so no language's phrase may catch another language's subheading that opens with a category word.
CATEGORY_SUBHEADINGS = [
    "Newsletter e prezzi bassi",
    "Newsletter und Preise",
    "Newsletters are the new front page",
    "Cookies and the law",
    "Abonnements en hausse",
    "Donaciones récord este año",
    "Share prices fell sharply",
    "App stores under pressure",
    "Abbonamenti digitali in crescita",
    "Publicidade digital cresce",
    "QR codes on parking meters",
]
PHRASE_FILTERS = ["paywall", "donation", "app_prompt", "qr_code", "newsletter", "share", "related", "advertisement", "cookie_notice", "comments"]


@pytest.mark.parametrize("text", CATEGORY_SUBHEADINGS)
def test_no_phrase_filter_takes_a_subheading_opening_with_a_category_word(text: str) -> None:
    for name in PHRASE_FILTERS:
        doc, target = _document(text)
        _run(name, doc)
        assert target.is_body, f"{name} removed {text!r} as {target.label}: {target.reason}"


@pytest.mark.parametrize(("name", "label", "text"), REMOVED, ids=[f"{n}:{t[:30]}" for n, _, t in REMOVED])
def test_filter_removes(name: str, label: str, text: str) -> None:
    doc, target = _document(text)
    _run(name, doc)
    assert target.label == label, f"{name} kept {text!r}"
    assert target.removed_by == name and target.reason
    assert [b.text for b in doc.blocks] == BODY, "a body paragraph was removed too"


@pytest.mark.parametrize(("name", "text"), KEPT, ids=[f"{n}:{t[:30]}" for n, t in KEPT])
def test_filter_keeps(name: str, text: str) -> None:
    doc, target = _document(text)
    _run(name, doc)
    assert target.is_body, f"{name} removed {text!r} as {target.label}: {target.reason}"


def test_donation_letter_goes_as_one_region_with_its_signoff() -> None:
    letter = ["Dear Reader,", "We rely on readers like you.", "Please donate today to support our journalism.",
              "Sincerely,", "Jane Doe", "Editor"]
    doc = Document(all_blocks=[Block(t) for t in BODY + letter])
    _run("donation", doc)
    assert [b.text for b in doc.blocks] == BODY
    assert {b.label for b in doc.removed} == {"donation"}


def test_an_appeal_letter_without_a_signoff_ends_at_its_last_request_not_at_the_end_of_the_page() -> None:
    appeal = "Dear Reader, local journalism needs your support. Please donate today to keep our reporting free."
    after = "Work on the bridge will start in May and should be finished before the winter, the engineers said."
    doc = Document(all_blocks=[Block(t) for t in [*BODY, appeal, after]])
    _run("donation", doc)
    assert [b.text for b in doc.removed] == [appeal]
    assert [b.text for b in doc.blocks] == [*BODY, after]


def test_a_polish_appeal_letter_goes_but_the_articles_quote_about_giving_stays() -> None:
    article = [
        "Hospicjum w Grabowcu zbiera pieniądze na nowy samochód dla zespołu, który odwiedza chorych w domach w całym powiecie.",
        "Do tej pory udało się zebrać 84 tysiące złotych, czyli ponad połowę potrzebnej kwoty, głównie dzięki mieszkańcom.",
        "– Każda złotówka się liczy. Naprawdę – dodaje Joanna Wiśniak, która koordynuje zbiórkę od jesieni.",
    ]
    letter = ["Drogi Czytelniku,", "Kurier od ponad 20 lat pisze o sprawach powiatu. Jeśli cenisz lokalne dziennikarstwo, wesprzyj nas dowolną kwotą."]
    doc = Document(all_blocks=[Block(t) for t in article + letter], language="pl")
    _run("donation", doc)
    assert [b.text for b in doc.blocks] == article
    assert [b.label for b in doc.removed] == ["donation", "donation"]


def test_a_row_of_footer_links_is_navigation_whatever_link_names_cookies() -> None:
    links = "Aviso legal | Política de privacidad | Política de cookies | Contacto | Publicidad"
    spanish = [
        "El puerto de la ciudad ampliará su terminal de cruceros a partir del próximo año, según anunció el consejo de administración.",
        "Las obras costarán doce millones de euros y permitirán atender a dos barcos a la vez durante la temporada alta de verano.",
        "Los comerciantes del centro esperan que la llegada de más visitantes compense la caída de las ventas de los últimos meses.",
    ]
    doc = clean("\n\n".join(["El puerto amplía su terminal de cruceros", *spanish, links]), input_format="text")
    assert [b.label for b in doc.removed if b.text == links] == ["navigation"]


def test_a_letter_that_is_the_article_stays() -> None:
    letter = ["Dear readers,", "Today we announce that the paper will move to a new building.",
              "Subscriptions will not change, and the newsroom stays in the city.", "Sincerely,", "The editors"]
    doc = Document(all_blocks=[Block(t) for t in letter])
    _run("donation", doc)
    assert doc.removed == []


def test_tail_after_a_paywall_that_ends_the_article() -> None:
    texts = BODY + ["Subscribe to continue.", "Real news can be honest, hopeful, credible.",
                    "Dear Reader,", "We need your support. Donate today to keep our journalism free for everyone."]
    doc = Document(all_blocks=[Block(t) for t in texts])
    for name in ("paywall", "donation", "tail"):
        _run(name, doc)
    assert [b.text for b in doc.blocks] == BODY


def test_tail_keeps_body_after_a_banner_inserted_mid_article() -> None:
    texts = [BODY[0], "Subscribe to continue.", *BODY[1:], "Advertisement"]
    doc = Document(all_blocks=[Block(t) for t in texts])
    for name in ("paywall", "advertisement", "tail"):
        _run(name, doc)
    assert [b.text for b in doc.blocks] == BODY


def test_a_page_of_known_language_is_read_with_its_own_and_englishs_phrases() -> None:
    from cleantext.patterns import category, page_languages

    assert page_languages("de") == ("de", "en") and page_languages("en") == ("en",) and page_languages(None) is None
    assert page_languages("eu") is None  # no phrase data (Basque): every language's phrases
    german = category("paywall", ("de", "en")).fields["sentences"]
    assert len(german.pattern) < len(category("paywall").fields["sentences"].pattern)
    doc = Document(all_blocks=[Block(BODY[0]), Block("Subscribe to continue."), Block("Jetzt abonnieren und weiterlesen")], language="de")
    _run("paywall", doc)
    assert [b.label for b in doc.all_blocks] == ["body", "paywall", "paywall"]


def test_related_heading_takes_its_headline_list_but_not_the_next_paragraph() -> None:
    texts = [*BODY, "Related articles", "Budget talks stall", "Pool to close in May", "The vote is next month."]
    doc = Document(all_blocks=[Block(t) for t in texts])
    _run("related", doc)
    assert [b.text for b in doc.blocks] == [*BODY, "The vote is next month."]


def test_a_numbered_most_read_list_goes_with_its_heading() -> None:
    items = ["1. Budget talks stall", "2. Pool to close in May", "3. New tennis hall opens in Vindby"]
    doc = Document(all_blocks=[Block(t) for t in [*BODY, "Most read", *items]])
    _run("related", doc)
    assert [b.text for b in doc.blocks] == BODY


def test_a_weather_widgets_line_is_outside_the_article_not_related() -> None:
    texts = [*BODY, "Most read", "Budget talks stall", "Wetter in Lindenfeld: 4 °C, bedeckt"]
    doc = Document(all_blocks=[Block(t) for t in texts])
    _run("related", doc)
    assert [b.label for b in doc.all_blocks[-2:]] == ["related", "outside_main_content"]


def test_a_related_list_ends_at_the_tags_line_and_the_comments_heading() -> None:
    texts = [*BODY, "Related articles", "Budget talks stall", "Tags: budget, council, pool", "3 comments"]
    doc = Document(all_blocks=[Block(t) for t in texts], language="en")
    _run("related", doc)
    assert [b.text for b in doc.blocks] == [*BODY, "Tags: budget, council, pool", "3 comments"]


def test_a_related_list_ends_at_a_counted_comments_heading_in_any_language() -> None:
    for language, heading in (("pt", "Comentários (2)"), ("ro", "Comentarii (3)"), ("en", "Comments (12)")):
        texts = [*BODY, "Most read", "Budget talks stall", "Pool to close in May", heading, "Helena M. · 3 hours ago"]
        doc = Document(all_blocks=[Block(t) for t in texts], language=language)
        _run("related", doc)
        assert [b.text for b in doc.blocks] == [*BODY, heading, "Helena M. · 3 hours ago"], language


def test_a_related_list_ends_at_a_subheading_over_a_long_paragraph() -> None:
    heading, headline, subheading = Block("Read also"), Block("Trains: the new timetable from December"), Block("Refunds and changes")
    paragraph = Block(" ".join(BODY))  # 54 words: the article goes on
    doc = Document(all_blocks=[Block(BODY[2]), heading, headline, Block("Advertisement", label="advertisement"), subheading, paragraph])
    _run("related", doc)
    assert headline.label == "related" and subheading.is_body and paragraph.is_body


def test_a_related_list_takes_the_teaser_under_each_headline_after_the_article() -> None:
    article = [" ".join(BODY)] * 3  # three long paragraphs: the list stands after the article
    items = ["Parents petition for crossing patrol outside Fernside Primary",
             "More than 600 people have signed a petition after two near-misses in a fortnight.",
             "Town centre market moves to Sundays from April",
             "Traders say the change will help them compete with the retail park."]
    doc = Document(all_blocks=[Block(t) for t in [*article, "More from Local News", *items, "Most read"]], language="en")
    _run("related", doc)
    assert [b.text for b in doc.blocks] == article
    teaser = next(b for b in doc.removed if b.text == items[1])
    assert teaser.label == "related" and "teaser" in teaser.reason
    # the article going on under a subheading: a short paragraph over another one is no teaser
    going_on = ["Refunds and changes", "Tickets bought before May stay valid.", "Season tickets are refunded in full."]
    doc = Document(all_blocks=[Block(t) for t in [*article, "Read also", *going_on]], language="en")
    _run("related", doc)
    assert [b.text for b in doc.blocks] == [*article, *going_on[1:]]
    # before the article (a "read more" button over the headline and its standfirst), no teaser is read
    # under a list's items (a related box set in the article), the article's last paragraph is no teaser
    boxed = [Block(t, kind="list_item") for t in items[0::2]]
    last = Block("The incident comes at a time when the county is short of crossing patrols.")
    doc = Document(all_blocks=[*map(Block, article), Block("Related stories"), *boxed, last, Block("Twitter")], language="en")
    _run("related", doc)
    assert last.is_body
    head = ["En savoir plus", "Le glacier de la Vaudière a perdu 38 mètres en vingt ans", "Une équipe a cartographié le glacier au drone."]
    doc = Document(all_blocks=[Block(t) for t in [*head, *article]], language="fr")
    _run("related", doc)
    assert head[2] in [b.text for b in doc.blocks]


def test_a_heading_made_of_related_cues_takes_its_headline_list() -> None:
    texts = [*BODY, "Mehr aus dem Oberland", "Feuerwehr rettet Kühe bei Polling", "Neue Radbrücke im Herbst fertig", "Die Sitzung ist öffentlich."]
    doc = Document(all_blocks=[Block(t) for t in texts])
    _run("related", doc)
    assert [b.text for b in doc.blocks] == [*BODY, "Die Sitzung ist öffentlich."]
    assert {b.label for b in doc.removed} == {"related"}


def test_a_label_of_the_cue_files_with_a_colon_heads_a_list_or_opens_a_link() -> None:
    texts = [*BODY, "Lue aiheesta lisää:", "Korkeasaaren karhut heräsivät jo", "Vuosi 2018 toi kylmää ja kuumaa", "Die Sitzung ist öffentlich."]
    doc = Document(all_blocks=[Block(t) for t in texts])
    _run("related", doc)
    assert [b.text for b in doc.blocks] == [*BODY, "Die Sitzung ist öffentlich."]
    link = "Lees ook: Steeds meer gemeenten schaffen de parkeerautomaat af – en dan?"  # no Dutch "related" phrase data
    prose = "Lees ook: de raad vergaderde maandag. Hij stemde voor sluiting van het zwembad."
    doc = Document(all_blocks=[Block(t) for t in [*BODY, link, prose]])
    _run("related", doc)
    assert [(b.label, b.text) for b in doc.removed] == [("related", link)]


def test_a_read_more_line_with_a_headline_does_not_open_a_list() -> None:
    texts = [*BODY, "Read more: Tunnel delayed again", "What happens next", "The vote is next month."]
    doc = Document(all_blocks=[Block(t) for t in texts])
    _run("related", doc)
    assert [b.text for b in doc.blocks] == [*BODY, "What happens next", "The vote is next month."]


@pytest.mark.parametrize("credit", ["Foto di Chiara Mantovani", "Bildrechte: Südwestwelle/Anna Reischl", "Photographs by Sunniva Hald"])
def test_credit_words_and_their_joining_words_are_per_language_data(credit: str) -> None:
    caption = Block("A digger clears rubble from the tracks near the station.", group=3)
    doc = Document(all_blocks=[Block(BODY[0]), caption, Block(credit, group=3), Block(BODY[1])])
    _run("photo_credit", doc)
    assert [b.label for b in doc.removed] == ["caption", "credit"]


def test_credit_takes_the_caption_sharing_its_chunk() -> None:
    credit = Block("Mike Segar/Reuters", group=7)
    caption = Block("US Ambassador Nikki Haley speaks at the UN Security Council.", group=7)
    doc = Document(all_blocks=[Block(BODY[0]), credit, caption, Block(BODY[1])])
    _run("photo_credit", doc)
    assert (credit.label, caption.label) == ("credit", "caption")
    assert [b.text for b in doc.captions] == [credit.text, caption.text]


def test_a_credit_between_its_caption_and_a_subheading_takes_the_caption() -> None:
    caption = Block("The report is presented at the foundation's offices.", group=4)
    credit = Block("Foto: Fundación Raíces Comunes / Álvaro Peinado", group=4)
    heading = Block("Why people give less", group=4)  # shorter, but it opens the next section
    doc = Document(all_blocks=[Block(BODY[0]), caption, credit, heading, Block(BODY[1])])
    _run("photo_credit", doc)
    assert (caption.label, credit.label) == ("caption", "credit") and heading.is_body


@pytest.mark.parametrize(
    "credit",
    [
        "Fotografia: Gabinete de Comunicação / CM Vilar do Rio",  # long
        "(Foto Davide Fumagalli)",  # parenthesised
        "MERIDIAN/Andrei Stoica",  # an agency in capitals over a photographer
        "© Jeanne Roucayrol",  # a photographer's name alone: only beside its caption
        "© Mathilde Quéré pour Scènes & Regards",
        "CLAIRE VASSEUR POUR « L'INFORMATEUR »",
    ],
)
def test_a_credit_of_any_shape_takes_the_caption_sharing_its_chunk(credit: str) -> None:
    caption = Block("The new cycle path beside the old railway station.", group=2)
    line = Block(credit, group=2)
    doc = Document(all_blocks=[Block(BODY[0]), caption, line, Block(BODY[1])])
    _run("photo_credit", doc)
    assert (caption.label, line.label) == ("caption", "credit")


@pytest.mark.parametrize("credit", ["© Jeanne Roucayrol", "CLAIRE VASSEUR POUR « L'INFORMATEUR »"])
def test_a_name_credit_in_a_longer_chunk_takes_no_caption(credit: str) -> None:
    # In a chunk of three lines (a paywall line between), the line is no credit and takes no caption.
    lead = Block("La firme a été condamnée lundi à payer la somme record de deux milliards.", group=6)
    doc = Document(all_blocks=[Block(BODY[0]), Block(credit, group=6), Block("S'abonner", group=6), lead, Block(BODY[1])])
    doc.all_blocks[2].label = "paywall"
    _run("photo_credit", doc)
    assert lead.is_body and doc.all_blocks[1].label != "credit"


def test_buttons_take_the_label_of_the_box_above_them() -> None:
    banner = Block("We use cookies to measure audiences. You can accept them, refuse them or choose.", label="cookie_notice")
    buttons = [Block(t, label="navigation") for t in ("Accetto", "Rifiuto", "Preferenze")]
    menu = Block("Home", label="navigation")  # a menu's own word: it stays navigation
    count = Block("Kommentare (17)", label="comments")  # a cue label of its own is kept
    doc = Document(all_blocks=[Block(BODY[0]), banner, *buttons, menu, Block(BODY[1]), Block(BODY[2], label="paywall"), count])
    _run("button_labels", doc)
    assert [b.label for b in buttons] == ["cookie_notice"] * 3
    assert all(b.reason and b.reason.startswith("a button under a cookie_notice box") for b in buttons)
    assert (menu.label, count.label) == ("navigation", "comments")
    assert [b.text for b in doc.blocks] == [BODY[0], BODY[1]]  # it removes nothing


def test_the_sites_name_under_the_consent_buttons_is_its_masthead_not_a_button() -> None:
    banner = Block("Este site utiliza cookies para lhe proporcionar uma melhor experiência.", label="cookie_notice")
    buttons = [Block(t, label="navigation") for t in ("Concordo", "AGREE MORE OPTIONS")]
    masthead, tagline = Block("Diário da Ria", label="navigation"), Block("Jornal regional do Sotavento", label="navigation")
    doc = Document(all_blocks=[banner, *buttons, masthead, tagline, Block(BODY[0])])
    _run("button_labels", doc)
    assert [b.label for b in buttons] == ["cookie_notice"] * 2
    assert masthead.label == "outside_main_content" and masthead.reason.startswith("the site's name under the consent banner")
    assert tagline.label == "navigation"  # the box ended at the masthead


def test_account_links_in_the_menu_before_the_article_are_navigation() -> None:
    menu = [Block("Home", label="navigation"), Block("Subscribe", label="paywall"), Block("Log in", label="paywall")]
    prompt = Block("Already a subscriber? Log in", label="paywall")  # a question: the paywall's prompt
    late = Block("Subscribe", label="paywall")  # after the article's first paragraph
    paragraph = Block(BODY[0] + " " + BODY[1])  # the article's first paragraph ends the head
    doc = Document(all_blocks=[*menu, Block("Navigation", label="navigation"), prompt, paragraph, Block("Weather", label="navigation"), late])
    _run("button_labels", doc)
    assert [b.label for b in menu] == ["navigation"] * 3 and menu[1].reason.startswith("a link of the menu")
    assert (prompt.label, late.label) == ("paywall", "paywall")


def test_a_subscription_offer_with_its_price_in_the_menu_stays_a_paywall_line() -> None:
    offer = Block("Subscribe for $1", label="paywall")
    doc = Document(all_blocks=[Block("Home", label="navigation"), offer, Block(BODY[0] + " " + BODY[1])])
    _run("button_labels", doc)
    assert offer.label == "paywall"


def test_a_short_body_line_under_a_box_is_not_a_button() -> None:
    box = Block("Get our newsletter in your inbox every Friday morning, free.", label="newsletter")
    line = Block("What happens next")
    doc = Document(all_blocks=[Block(BODY[0]), box, line, Block(BODY[1])])
    _run("button_labels", doc)
    assert line.is_body


def test_a_footer_line_after_a_related_list_keeps_its_own_label() -> None:
    texts = [*BODY, "More from the region", "Pool fees rise again", "Impressum Datenschutz Barrierefreiheit Kontakt"]
    doc = Document(all_blocks=[Block(t) for t in texts])
    _run("related", doc)
    assert [(b.label, b.text) for b in doc.removed] == [
        ("related", "More from the region"),
        ("related", "Pool fees rise again"),
        ("navigation", "Impressum Datenschutz Barrierefreiheit Kontakt"),
    ]


def _under_a_paragraph(*lines: Block) -> Document:
    """``lines`` between the article's first paragraph and a long one, with photo_credit run over them."""
    doc = Document(all_blocks=[Block(BODY[0]), *lines, Block(BODY[1] + " " + BODY[2])])
    _run("photo_credit", doc)
    return doc


@pytest.mark.parametrize("credit", ["Tiago Mesquita", "RAMÓN IBARRA", "Llun: Dylan Rowlands"])
def test_a_bare_name_closing_a_captions_chunk_is_its_credit_but_not_under_the_standfirst(credit: str) -> None:
    caption = "Each goat wears a GPS collar so that the herd can be followed on a phone."
    paragraph = "The herd climbs the slope every morning at seven, long before the fog lifts from the valley floor below."
    doc = clean("\n\n".join(["Goats against wildfires", paragraph, f"{caption}\n{credit}", paragraph]), input_format="text")
    assert [b.text for b in doc.captions] == [caption, credit]
    assert [b.label for b in doc.captions] == ["caption", "credit"]
    dek = "The council pays a herd of 400 goats to clear the slopes above the village before summer comes."
    doc = clean("\n\n".join(["Goats against wildfires", f"{dek}\n{credit}", paragraph, paragraph]), input_format="text")
    assert dek in doc.text and not doc.captions  # the standfirst over its author's name is no caption


def test_a_credit_standing_alone_takes_the_caption_standing_alone_above_it() -> None:
    caption = Block("Idle gantry cranes at the Talvera container terminal on Wednesday.")
    credit = Block("Ilse Varga/MPS")
    _under_a_paragraph(caption, credit)
    assert (caption.label, credit.label) == ("caption", "credit")
    paragraph = Block(BODY[1])  # under no caption, a credit between paragraphs of the article's length
    doc = Document(all_blocks=[Block(BODY[0]), paragraph, Block("Ilse Varga/MPS"), Block(BODY[2])])
    _run("photo_credit", doc)
    assert paragraph.is_body


def test_a_lone_credit_finds_its_caption_past_a_date_line_and_a_signed_one_is_no_copyright() -> None:
    caption = Block("Ingrid Sandelin at her kitchen table in Alvhamra, where every issue is written.")
    credit = Block("Photo: Maja Lindquist")
    _under_a_paragraph(caption, credit, Block("Published 2 May 2025"))
    assert (caption.label, credit.label) == ("caption", "credit")
    alt = Block("Romain Astruc raises his arms on the finish line at Montberac")
    signed = Block("© Léa Fournel / Échappée Sport")  # a photographer's name, no year: not the page's copyright
    _under_a_paragraph(alt, signed)
    assert (alt.label, signed.label) == ("caption", "credit")


def test_in_a_language_without_data_a_labelled_name_alone_under_its_caption_is_its_credit() -> None:
    # Basque: no phrase data says "Argazkia" credits a photo; the shape does, under a lone caption.
    caption = "Itxaspeko arraunlariak, bandera eskuetan, garaipena ospatzen Zumaiako kaian."
    paragraphs = [
        "Itxaspek irabazi du gaur arratsaldean Zumaiako bandera, denboraldiko estropadarik estuenetako batean. Urola Arraun "
        "buruan joan da lehen luzean, baina azken ziabogan hartu du aurrea Itxaspek eta ez du gehiago askatu.",
        "Urola Arraun bigarren sailkatu da, bost segundora, eta Getxoko Arrantzaleak hirugarren. Itsasoa lasai egon da lehen "
        "txandan, baina haizea sartu da bigarrenean eta denborak igo egin dira.",
    ]
    text = "\n\n".join(["Itxaspek irabazi du Zumaiako bandera", caption, "ARGAZKIA: JON URKIOLA", *paragraphs])
    doc = clean(text, input_format="text")
    assert doc.language is None
    assert [b.text for b in doc.captions] == [caption, "ARGAZKIA: JON URKIOLA"] and [b.text for b in doc.blocks] == paragraphs
    # Where the language is known, its data says which labels credit a photo: "Moderator:" is none.
    panel = "The panel on the harbour's future met in the old fish market on Tuesday."
    english = [
        "The mayor said that the harbour would stay open to the public, and that the fishing fleet would keep its "
        "berths at the quay for as long as the boats are still there to use them.",
        "The plan will be put to the council in the spring, after a second round of talks with the owners of the "
        "boats and with the people who live in the streets around the harbour.",
    ]
    doc = clean("\n\n".join(["Harbour plan goes to council", panel, "Moderator: Jon Urkiola", *english]), input_format="text")
    assert doc.language == "en" and not doc.captions and "Moderator: Jon Urkiola" in doc.text


def test_a_quote_over_a_lone_credit_is_speech_not_its_caption() -> None:
    quote = Block('"What makes more sense than winning a second title in the same hall?" he asked.')
    credit = Block("© Matthias Hangst/Getty Images")
    _under_a_paragraph(quote, credit)
    assert quote.is_body and not credit.is_body


def test_in_a_chunk_an_alt_text_over_the_credit_is_its_caption_not_the_paragraph_under_it() -> None:
    alt = Block("Hala produkcyjna w Zdrojewicach. W zakładzie pracuje obecnie około 1450 osób", group=1)
    credit = Block("Fot. Paweł Nowicki / Agencja Kadr", group=1)
    paragraph = Block("Fenstal rozpoczął konsultacje ze związkami zawodowymi w sprawie zwolnień grupowych.", group=1)
    doc = Document(all_blocks=[Block(BODY[0], group=1), alt, credit, paragraph, Block(BODY[1], group=1)])
    _run("photo_credit", doc)
    assert (alt.label, credit.label) == ("caption", "credit") and paragraph.is_body


def test_in_a_whole_pages_text_a_credit_takes_the_caption_above_not_the_subheading_below() -> None:
    caption = Block("Théo Lacombe franchit la ligne en solitaire à Conques, dimanche.", group=0)
    credit = Block("© Nicolas Fabre / Midi Sport Hebdo", group=0)
    subheading = Block("Une attaque dans la côte", group=0)
    menu = [Block(word, group=0) for word in ("Accueil", "Cyclisme", "Football", "Rugby", "Tennis", "Basket", "Handball")]
    lines = [*menu, Block(BODY[0], group=0), caption, credit, subheading, Block(BODY[1] + " " + BODY[2], group=0), Block(BODY[2], group=0)]
    doc = Document(all_blocks=lines, language="fr")
    _run("photo_credit", doc)
    assert (caption.label, credit.label) == ("caption", "credit") and subheading.is_body


def test_an_alt_text_without_a_full_stop_over_a_lone_credit_is_its_caption() -> None:
    alt = Block("Sonira Aero 3 earbuds in their white charging case on a wooden desk")
    credit = Block("Image: Marcus Feld / Gadget Pulse")
    _under_a_paragraph(alt, credit)
    assert (alt.label, credit.label) == ("caption", "credit")
    heading = Block("The cranes stand idle")  # a short heading-shaped line is no alt text
    opening = Block("Sonira Aero 3 review: the budget earbuds that embarrass pricier rivals")  # the text's first line
    for line, blocks in ((heading, [Block(BODY[0]), heading]), (opening, [opening])):
        doc = Document(all_blocks=[*blocks, Block("Image: Marcus Feld / Gadget Pulse"), Block(BODY[1] + " " + BODY[2])])
        _run("photo_credit", doc)
        assert line.is_body


@pytest.mark.parametrize(
    "above, below",
    [
        (BODY[0], BODY[1] + " " + BODY[2]),  # the paragraph under the credit is not twice as long: the one above may be the article's
        ("Further reading from the archive:", BODY[0] + " " + BODY[1]),  # opens a list
        ("If your mind is blown, just wait for the next part.", BODY[0] + " " + BODY[1]),  # speaks to the reader
    ],
)
def test_a_paragraph_above_a_lone_credit_stays(above: str, below: str) -> None:
    paragraph = Block(above)
    doc = Document(all_blocks=[Block(BODY[2]), paragraph, Block("Photo: Ilse Varga"), Block(below)])
    _run("photo_credit", doc)
    assert paragraph.is_body and doc.all_blocks[2].label == "credit"


def test_a_byline_beside_a_credit_is_not_its_caption() -> None:
    byline = Block("By Eleanor Vasquez", group=5)
    credit = Block("Photographs by Sunniva Hald for the Review", group=5)
    doc = Document(all_blocks=[Block(BODY[0]), byline, credit, Block(BODY[1])])
    _run("photo_credit", doc)
    assert credit.label == "credit" and byline.is_body


def test_an_author_bio_after_the_article_goes_unless_the_article_names_the_author() -> None:
    bio = Block("Clemens Ortheil ist Redakteur im Ressort Digitales und schreibt über Datenschutz und Netzpolitik.")
    doc = Document(all_blocks=[Block("Von Clemens Ortheil", label="byline"), *map(Block, BODY), bio])
    _run("author_bio", doc)
    assert bio.label == "outside_main_content" and "Clemens Ortheil" in (bio.reason or "")
    # A bare name over the date gives the name too; a paragraph of the article naming it keeps the last one.
    named = Block("Clemens Ortheil said the council had not answered his questions about the budget for weeks.")
    last = Block("Clemens Ortheil ist Redakteur im Ressort Digitales und schreibt über Datenschutz und Netzpolitik.")
    doc = Document(all_blocks=[Block("Clemens Ortheil"), Block("12 May 2025"), *map(Block, BODY), named, last])
    _run("author_bio", doc)
    assert named.is_body and last.is_body
    stranger = Block("Maria Lindqvist ist Redakteurin im Ressort Politik und schreibt über Verkehr.")
    doc = Document(all_blocks=[Block("Von Clemens Ortheil", label="byline"), *map(Block, BODY), stranger])
    _run("author_bio", doc)
    assert stranger.is_body


def test_an_authors_word_about_themselves_under_a_label_goes_after_the_article_only() -> None:
    bio = Block("Over mij: Ik ben Sanne, 34, communicatieadviseur en sinds 2021 fanatiek hardloper.")
    doc = Document(all_blocks=[*map(Block, BODY), Block(BODY[0] + " Verder."), bio], language="nl")
    _run("author_bio", doc)
    assert bio.label == "outside_main_content" and "over mij" in (bio.reason or "")
    early = Block("Über den Autor: Jonas Weber schreibt seit 2019 über Verkehr und Stadtplanung.")
    doc = Document(all_blocks=[early, *map(Block, BODY), Block(BODY[1] + " Danach.")], language="de")
    _run("author_bio", doc)
    assert early.is_body  # before the article's second half: not a bio after it


def test_an_author_box_goes_without_a_byline_but_a_list_of_profiles_stays() -> None:
    name = Block("Jake Goulding")
    bio = Block("Jake is the co-founder of a small consultancy and has written about programming languages for years.")
    doc = Document(all_blocks=[*map(Block, BODY), name, bio])
    _run("author_bio", doc)
    assert bio.label == "outside_main_content" and name.label == "byline" and "Jake Goulding" in (bio.reason or "")
    # Three name-and-paragraph pairs are the article's profiles.
    people = ["Ana Ruiz", "Tom Berg", "Lia Moss"]
    pairs = [Block(t) for p in people for t in (p, f"{p} is a teacher who wants the council to reopen the library on weekdays.")]
    doc = Document(all_blocks=[*map(Block, BODY), *pairs])
    _run("author_bio", doc)
    assert all(b.is_body for b in pairs)
    # A person the article speaks of is its subject.
    subject = Block("Jake Goulding told the committee that the consultancy would hire twelve more developers next year.")
    name, bio = Block("Jake Goulding"), Block("Jake Goulding is the co-founder of the consultancy.")
    doc = Document(all_blocks=[*map(Block, BODY), subject, name, bio])
    _run("author_bio", doc)
    assert name.is_body and bio.is_body


def test_a_lone_caption_is_read_for_reader_words_in_the_texts_own_language() -> None:
    from cleantext.filters.photo_credit import credited_caption

    paragraph = " ".join(["Kordon boyunca bisiklet yolu sabahları kalabalık oluyor ve rota her gün değişiyor."] * 3)
    caption = Block("Sabah yedide sahildeki bisiklet yolu, arka planda körfez.")  # "körfez": a French "-ez" verb's ending
    body = [Block(paragraph), caption, Block("Fotoğraf: Selin Aydemir"), Block(paragraph)]
    assert credited_caption(body, 2, lone=True, language="tr") is caption
    assert credited_caption(body, 2, lone=True, language="fr") is None


def test_a_closing_bio_naming_a_writers_role_goes_but_not_a_person_the_article_speaks_of() -> None:
    bio = Block("Perry Bacon Jr. is a senior writer for the site.")
    doc = Document(all_blocks=[*map(Block, BODY), Block("The party has not chosen anyone yet."), bio])
    _run("author_bio", doc)
    assert bio.label == "outside_main_content" and "Perry Bacon Jr" in (bio.reason or "")
    named = Block("Bacon said the party had not chosen anyone yet, and the race was open.")
    last = Block("Perry Bacon Jr. is a senior writer for the site.")
    doc = Document(all_blocks=[*map(Block, BODY), named, last])
    _run("author_bio", doc)
    assert last.is_body
    plain = Block("Maria Lindqvist is a nurse who has worked at the clinic for ten years.")  # no writer's role
    doc = Document(all_blocks=[*map(Block, BODY), Block("The clinic will stay open."), plain])
    _run("author_bio", doc)
    assert plain.is_body


def test_link_list_needs_two_links_in_a_row() -> None:
    single = Block("Budget talks stall", hints=frozenset({"link"}))
    doc = Document(all_blocks=[Block(BODY[0]), single, Block(BODY[1])])
    _run("link_list", doc)
    assert single.is_body
    pair = [Block("Budget talks stall", hints=frozenset({"link"})), Block("Pool to close", hints=frozenset({"link"}))]
    doc = Document(all_blocks=[Block(BODY[0]), *pair, Block(BODY[1])])
    _run("link_list", doc)
    assert [b.label for b in pair] == ["link_list", "link_list"]


def test_a_pitch_between_a_paywall_line_and_a_different_marker_is_not_a_sandwich() -> None:
    # Only the sandwich rule is exercised here: the markers on both sides must share a label.
    from cleantext.filters.tail import _drop_sandwiched_end

    closing = "He said the bridge would reopen in spring."
    blocks = [Block(t) for t in [*BODY, "Subscribe to continue.", closing, "Please donate today."]]
    blocks[3].label, blocks[5].label = "paywall", "donation"
    doc = Document(all_blocks=blocks)
    _drop_sandwiched_end(doc)
    assert closing in [b.text for b in doc.blocks]


def test_sales_pitch_between_two_paywall_lines_at_the_end_goes() -> None:
    pitch = "Get the full story and support local reporting for less than a coffee a week."
    texts = [*BODY, "Subscribe to continue.", pitch, "Start your subscription today"]
    doc = Document(all_blocks=[Block(t) for t in texts])
    for name in ("paywall", "tail"):
        _run(name, doc)
    assert [b.text for b in doc.blocks] == BODY


def test_a_letter_longer_than_the_article_before_it_stays() -> None:
    letter = ["Dear readers,", *(f"{sentence} Please subscribe to support this work." for sentence in BODY), *BODY]
    doc = Document(all_blocks=[Block(t) for t in [*BODY, *letter]])
    _run("donation", doc)
    assert doc.removed == []


def test_body_after_a_mid_article_banner_is_not_weighed_against_a_related_list() -> None:
    headlines = [f"Budget story number {n} of the week" for n in range(10)]
    texts = [BODY[0], "Subscribe to continue.", BODY[1], BODY[2], "Related articles", *headlines]
    doc = Document(all_blocks=[Block(t) for t in texts])
    for name in ("paywall", "related", "tail"):
        _run(name, doc)
    assert [b.text for b in doc.blocks] == BODY


def test_an_added_language_file_reaches_every_filter(tmp_path: object) -> None:
    from pathlib import Path

    from cleantext.filters.byline import is_byline
    from cleantext.patterns import _EXTRA_FILES, _clear_caches, add_language_file

    extra = Path(str(tmp_path)) / "eu.json"  # Basque: a language without shipped data
    extra.write_text('{"language": "eu", "categories": {"byline": {"prefixes": ["egilea"]}}}', encoding="utf-8")
    assert not is_byline("Egilea Ane Etxeberria")
    add_language_file(extra)
    try:
        assert is_byline("Egilea Ane Etxeberria")
    finally:
        _EXTRA_FILES.remove(extra)
        _clear_caches()
    assert not is_byline("Egilea Ane Etxeberria")


def test_inbox_and_stay_informed_sentences_need_a_real_prompt_beside_them() -> None:
    for text in ("Die Betrüger schicken ihre Mails direkt in Ihr Postfach.", "Want to hear more from the candidates?"):
        doc, target = _document(text)
        _run("newsletter", doc)
        assert target.is_body, text
    doc, target = _document("Do you want to stay informed? Sign up here")
    _run("newsletter", doc)
    assert target.label == "newsletter"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("By Tomas Reyes · Nov. 12, 2026", "byline"),
        ("Laia Ferrer · 19 oct 2026", "byline"),
        ("Features · September 28, 2026", "date"),
        ("Von Markus Seidl · 19.06.2026, 21:14 Uhr", "byline"),
    ],
)
def test_a_date_line_with_a_name_or_section_at_the_top_of_a_page_goes(line: str, label: str) -> None:
    dek = Block("Cargo ships queued off the coast on Thursday after the union called the strike overnight.")
    head = Block(line)
    doc = Document(all_blocks=[dek, head, *map(Block, BODY)], source_format="html")
    _run("metadata_line", doc)
    assert head.label == label and dek.is_body
    if label == "byline":
        assert doc.byline and line.startswith(doc.byline)


def test_a_date_line_with_words_stays_further_down_or_as_a_sentence() -> None:
    late = Block("Features · September 28, 2026")
    sentence = Block("Budget vote · 28 September 2026.")
    doc = Document(all_blocks=[*map(Block, BODY), sentence, late], source_format="html")
    _run("metadata_line", doc)
    assert late.is_body and sentence.is_body
    # Plain text's head is article_head's (weighed with the lines' evidence), not this rule's.
    top = Block("Features · September 28, 2026")
    doc = Document(all_blocks=[top, *map(Block, BODY)], source_format="text")
    _run("metadata_line", doc)
    assert top.is_body


_ARTICLE = [
    "The council approved the new bridge on Tuesday after a debate that lasted most of the evening and ended in a narrow vote of nine to seven.",
    "Supporters said the crossing would cut the drive to the hospital by twenty minutes for the villages on the east bank of the river, and bring the ferry's last users back.",
    "Opponents warned that the cost had doubled since the first plan and that the money would have to come from the road maintenance budget for the next decade.",
]


def _run_after(name: str, lines: list[str], removed: dict[int, str]) -> Document:
    doc = Document(all_blocks=[Block(line) for line in lines], source_format="text", language="nl")
    for index, label in removed.items():
        doc.drop(doc.all_blocks[index], label, "test")
    get_filter(name)(doc)
    return doc


def test_comment_lines_under_the_comments_heading_go() -> None:
    lines = _ARTICLE + [
        "Reacties (14)",
        "Gerrit_D: Mijn schoonmoeder is er ook ingetrapt, die automaten zijn al onduidelijk genoeg.",
        "Jirka_Brno – 24. 5. 2024 14:12: Jeli jsme minulý týden, na hrázi opravdu fouká.",
        "Jim_B · 2 hours ago: Same old story, they never find money for the ferry.",
        "Meest gelezen",
        "Anna: a line after the thread ended stays with what follows it.",
    ]
    doc = _run_after("comment_thread", lines, {3: "comments", 6: "date", 7: "related"})
    assert [b.label for b in doc.all_blocks[4:7]] == ["comments", "comments", "comments"]  # the date's relabelled
    assert doc.all_blocks[8].is_body


def test_a_commenters_name_of_four_words_opens_a_comment() -> None:
    lines = _ARTICLE + [
        "Comentários (2)",
        "António Guerreiro · há 1 hora: Há anos que se avisa que não há água para tanto olival.",
        "Maria do Carmo S. · há 40 minutos: E as piscinas dos montes turísticos, também vão ficar sem água?",
    ]
    doc = _run_after("comment_thread", lines, {3: "comments"})
    assert [b.label for b in doc.all_blocks[4:6]] == ["comments", "comments"]


def test_a_comment_under_its_commenters_name_and_time_goes_with_its_buttons() -> None:
    lines = _ARTICLE + [
        "12 Comments",
        "jkress_44 · 2 hours ago",
        "About time. My son's grades dropped the year they started the QR code thing.",
        "Reply · 8 likes",
        "Mireille D. — 5 novembre 2024 à 18 h 42",
        "Testée hier avec des coings du jardin, un délice.",
        "More from the Valley",
        "Harmon County fair board picks new site for demolition derby",
    ]
    doc = _run_after("comment_thread", lines, {3: "comments", 4: "date", 6: "navigation", 9: "related"})
    assert [b.label for b in doc.all_blocks[4:9]] == ["comments"] * 5
    assert doc.all_blocks[10].is_body  # the thread ended at the related heading


def test_a_commenter_and_when_then_a_dash_and_the_comment_is_a_comment() -> None:
    lines = _ARTICLE + [
        "14 kommenttia",
        "Pirjo K. 12.10.2024 klo 19.22 – Kiitos vinkeistä! Itse olen säilyttänyt turpeessa ja hyvin on mennyt.",
        "Matti 13.10.2024 klo 8.05 – Toimiiko tämä myös kellarissa, jossa on lämmintä?",
    ]
    doc = _run_after("comment_thread", lines, {3: "comments"})
    assert [b.label for b in doc.all_blocks[4:]] == ["comments", "comments"]


def test_a_name_and_role_signing_the_article_off_is_its_byline_but_not_a_place() -> None:
    furniture = ["Hear more on the breakfast show.", "Download our app.", "Share: Facebook · X", "Topics: ferries", "More news"]
    doc = Document(all_blocks=[Block(t) for t in [*BODY, *BODY, "Jonas Åkerlund, reporter", *furniture]])
    _run("byline", doc)
    assert [(b.label, b.text) for b in doc.removed] == [("byline", "Jonas Åkerlund, reporter")]
    doc = Document(all_blocks=[Block(t) for t in [*BODY, "Oslo, Norway", *BODY]])
    _run("byline", doc)
    assert doc.removed == []


def test_a_commenters_name_and_colon_over_their_time_opens_a_comment_under_it() -> None:
    lines = _ARTICLE + [
        "38 Comments",
        "Jenny R. says: April 16, 2024 at 8:12 pm",
        "Made this for Sunday lunch and there were no leftovers.",
        "Hannah says: April 17, 2024 at 9:03 am",
        "So glad it worked with frozen, Jenny!",
        "Privacy Policy",
        "The library opens on Sundays from next month, the council said in a statement on Friday evening.",
    ]
    doc = _run_after("comment_thread", lines, {3: "comments", 8: "navigation"})
    assert [b.label for b in doc.all_blocks[4:8]] == ["comments"] * 4
    assert doc.all_blocks[9].is_body


def test_a_commenters_name_over_their_time_opens_a_comment_and_a_counted_heading_under_another_label_is_the_threads() -> None:
    comments = [  # each: the commenter, when, what they wrote
        ("Petr Malý", "18. 6. 2025 11:42", "Škoda. Peníze na nový chodník k úřadu se ale našly."),
        ("evaK", "18. 6. 2025 12:17", "Biotop by byl super, v sousedním kraji jeden mají a lidi jsou spokojení."),
    ]
    thread = [line for comment in comments for line in comment]
    lines = [*_ARTICLE, "Diskuse (23 příspěvků)", *thread, "Nejčtenější", "Bouřka poničila střechu školy v Radkově"]
    doc = _run_after("comment_thread", lines, {3: "navigation", 4: "navigation", 10: "related", 11: "related"})
    assert [b.label for b in doc.all_blocks[3:10]] == ["comments"] * 7
    assert doc.all_blocks[11].label == "related"
    # a name over a date line before any comments heading stays
    doc = _run_after("comment_thread", ["Petr Malý", "18. 6. 2025 11:42", "Škoda, řekl.", *_ARTICLE], {})
    assert all(b.is_body for b in doc.all_blocks)


def test_under_an_uncounted_heading_a_name_over_how_long_ago_opens_a_comment() -> None:
    lines = _ARTICLE + [
        "Comentarios",
        "DaleFromCarnby",
        "2 hours ago",
        "Fair enough if it means more on the villages. We've had nothing on the bypass for months.",
        "Reply",
        "Lo más leído",
    ]
    doc = _run_after("comment_thread", lines, {3: "related", 4: "navigation", 5: "date", 7: "navigation", 8: "related"})
    assert [b.label for b in doc.all_blocks[3:8]] == ["comments"] * 5
    assert doc.all_blocks[8].label == "related"


def test_a_related_list_takes_headlines_in_two_parts_but_not_quoted_dialogue() -> None:
    items = ["Ulica Poznańska zamknięta w weekend. Wymiana torowiska", "Parking przy dworcu PKP będzie płatny. Ile zapłacimy?"]
    doc = Document(all_blocks=[Block(t) for t in [*BODY, "Zobacz również", *items]], language="pl")
    _run("related", doc)
    assert [b.label for b in doc.all_blocks[len(BODY):]] == ["related"] * 3
    dialogue = ["«Du, Oliver! Weisst du, wo man in Zürich Peychaud's Bitters bekommt?»", "Öh, glaub ja. Weshalb?"]
    doc = Document(all_blocks=[Block(t) for t in [*BODY, "Mehr zum Thema", *dialogue]], language="de")
    _run("related", doc)
    assert [b.is_body for b in doc.all_blocks[len(BODY) + 1 :]] == [True, True]


def test_a_related_list_ends_at_a_bare_comments_heading_and_the_thread_under_it_is_comments() -> None:
    spanish = [
        "Los regantes del Campo de Valdemora tendrán este verano un tercio menos de agua que el año pasado, según anunció ayer la "
        "confederación hidrográfica tras la reunión de su junta de explotación.",
        "La comunidad de regantes aprobó el lunes una derrama extraordinaria para pagar los pozos de emergencia que se abrirán en junio, "
        "con un coste medio de ochenta euros por hectárea para cada socio.",
        "Los agricultores más pequeños aseguran que no podrán asumir el coste si la sequía se prolonga un año más en la comarca, y "
        "piden ayudas a la Junta para no abandonar sus parcelas.",
    ]
    related = ["Te puede interesar", "El granizo arrasa 300 hectáreas de almendro en La Tejera", "Así funcionará el nuevo mercado de abastos"]
    thread = ["Comentarios", "Pepe_Tejera", "18/04/2024 15:02", "Llevamos tres años así y nadie en Madrid mueve un dedo."]
    doc = clean("\n".join(["La sequía obliga a los regantes a pagar una derrama", *spanish, *related, *thread]), input_format="text")
    assert [b.label for b in doc.removed if b.text in related] == ["related"] * 3
    assert [b.label for b in doc.removed if b.text in thread] == ["comments"] * 4
    assert doc.text == "\n\n".join(spanish)


def test_a_tags_heading_after_the_article_names_the_short_lines_under_it_tags() -> None:
    lines = ["Topics", "Audience", *_ARTICLE, "Etiquetas", "Sequía", "Valdemora del Campo", "Te puede interesar", "Regantes"]
    removed = {0: "navigation", 1: "navigation", 5: "navigation", 6: "navigation", 7: "related", 8: "related", 9: "related"}
    doc = _run_after("tag_list", lines, removed)
    assert [b.label for b in doc.all_blocks] == ["navigation", "navigation", "body", "body", "body", "tags", "tags", "tags", "related", "related"]
    # it names lines already removed, and removes nothing
    doc = _run_after("tag_list", lines, {5: "navigation"})
    assert [b.is_body for b in doc.all_blocks] == [True] * 5 + [False] + [True] * 4


def test_a_short_line_under_a_name_and_time_before_any_comments_heading_stays() -> None:
    lines = ["Mayor Ruiz · 12 May 2025", "We will build it.", *_ARTICLE]
    doc = _run_after("comment_thread", lines, {})
    assert all(b.is_body for b in doc.all_blocks)


def test_name_colon_lines_of_the_article_stay() -> None:
    interview = ["Mayor: We will build it within three years, whatever it costs us in the end."]
    # before any comments heading: an interview's answer
    doc = _run_after("comment_thread", interview + _ARTICLE + ["Reacties (14)"], {4: "comments"})
    assert doc.all_blocks[0].is_body
    # a heading before the article is no thread's heading
    doc = _run_after("comment_thread", ["Comments (3)"] + interview + _ARTICLE, {0: "comments"})
    assert all(b.is_body for b in doc.all_blocks[1:])
    # prose right under the heading that is no comment: not the thread's heading
    doc = _run_after("comment_thread", _ARTICLE + ["Comments (3)", _ARTICLE[0], interview[0]], {3: "comments"})
    assert all(b.is_body for b in doc.all_blocks[4:])


def test_names_opening_on_a_central_european_capital_are_names() -> None:
    from cleantext.filters.byline import is_byline
    from cleantext.filters.photo_credit import is_credit

    assert is_byline("Piše Željko Perić") and is_byline("By Łukasz Nowak") and is_credit("Šárka Dvořáková/ČTK")


def test_a_related_list_names_the_menu_under_it_navigation_and_removes_as_before() -> None:
    headlines = ["Sperrung der B37 bei Neckarstein dauert bis Ostern", "Bäckerei Rieger schließt nach 93 Jahren"]
    footer = ["Mediadaten", "Leserservice", "Jobs"]
    doc = Document(all_blocks=[Block(t) for t in [*BODY, "Meistgelesen", *headlines, *footer]], language="de")
    _run("related", doc)
    assert [b.label for b in doc.all_blocks[len(BODY) :]] == ["related"] * 3 + ["navigation"] * 3
    # a ticker's label over the site's menu: the menu is the menu's, not a list of headlines
    menu = ["Anasayfa", "Gündem", "Ekonomi", "Spor"]
    doc = Document(all_blocks=[Block(t) for t in [*BODY, "Son Dakika", *menu]], language="tr")
    _run("related", doc)
    assert {b.label for b in doc.all_blocks[len(BODY) + 1 :]} == {"navigation"}


def test_a_tag_naming_a_furniture_topic_is_still_a_tag_but_a_share_button_ends_the_list() -> None:
    lines = [*_ARTICLE, "Etiketler:", "QR menü", "Ticaret Bakanlığı", "Teilen", "Datenschutz"]
    doc = _run_after("tag_list", lines, {i: "navigation" for i in range(3, 8)})
    assert [b.label for b in doc.all_blocks[3:]] == ["tags", "tags", "tags", "navigation", "navigation"]


def test_a_commenters_handle_alone_opens_the_comment_under_it() -> None:
    lines = [*_ARTICLE, "Kommentare (12)", "Hubert_S.", "Schön, dass mal jemand durchgreift. Die Bäder-Seite ist genauso schlimm.", "Meistgelesen"]
    doc = _run_after("comment_thread", lines, {3: "comments", 6: "related"})
    assert [b.label for b in doc.all_blocks[4:6]] == ["comments", "comments"]
    # a plain name alone is no handle: the line under it stays
    lines[4] = "Hubert"
    doc = _run_after("comment_thread", lines, {3: "comments", 6: "related"})
    assert doc.all_blocks[4].is_body and doc.all_blocks[5].is_body


def test_headlines_removed_as_a_menu_after_the_recipe_are_named_related() -> None:
    steps = [
        "Toss the lamb in the flour with a good pinch of salt and pepper, then brown it in batches in a hot pan with a little oil.",
        "Put the onions, carrots and celery in the bottom of the slow cooker, scatter over the barley and pour in the hot stock.",
        "Cover and cook on low for eight hours, until the lamb is falling apart and the barley has soaked up most of the liquid.",
    ]
    more = ["More Soups & Stews", "Creamy Leek and Potato Soup", "Smoky Black Bean Chilli", "Chicken and Chorizo Traybake Stew"]
    menu = ["Privacy Policy", "Terms of Use", "Work With Me"]
    doc = clean("\n".join(["Slow-Cooker Lamb and Barley Stew", *steps, *more, *menu]), input_format="text")
    assert doc.text == "\n\n".join(steps)
    labels = {b.text: b.label for b in doc.removed}
    assert [labels[t] for t in more] == ["related"] * 4
    assert {labels[t] for t in menu} == {"navigation"}


def test_a_label_of_two_words_over_lines_of_text_ends_a_related_list_and_stays() -> None:
    report = [
        "El Atlético Ribereño remontó un 2-0 en el campo del Castuera y sigue en la pelea por los puestos de promoción, con un doblete de Cordero en el último cuarto de hora.",
        "Los locales se adelantaron con un gol de Sergio Pozo y ampliaron la ventaja antes del descanso, pero el equipo de la Ribera reaccionó tras los cambios.",
        "El técnico visitante, Luis Calvo, destacó la fe de sus jugadores y el apoyo de la grada desplazada hasta el estadio Manuel Ruiz.",
    ]
    related = ["Te puede interesar", "El Mérida B cae en casa y se complica la permanencia", "El Ribereño abre el plazo para el viaje a Jerez"]
    sheet = [
        "Ficha técnica",
        "Castuera: Nacho; Mario Pozo, Lucas, Toni, Benavides; Rubio, Carrasco, Fran Ávila, Sergio Pozo, Morcillo; Joselu.",
        "Goles: 1-0, min. 12: Sergio Pozo. 2-0, min. 41: Fran Ávila. 2-1, min. 58: Mera. 2-2, min. 76: Cordero. 2-3, min. 87: Cordero.",
        "Árbitro: Moreno Cabanillas (comité extremeño). Amonestó a Carrasco y Benavides, y a Chiqui y Gonzalo.",
    ]
    doc = clean("\n".join(["Cordero firma la remontada del Ribereño en Castuera", *report, *related, *sheet]), input_format="text")
    assert [b.label for b in doc.removed if b.text in related] == ["related"] * 3
    assert doc.text == "\n\n".join(report + sheet)


def test_a_policy_link_among_a_menus_links_is_named_navigation_but_a_banners_button_stays_cookie_notice() -> None:
    banner = [
        "We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choices at any time.",
        "Accept all",
        "Cookie settings",
    ]
    footer = ["Contact us", "About us", "Privacy Policy", "Cookie Policy", "Terms of Use"]
    doc = clean("\n".join(["Ferry timetable cut again", *banner, *_ARTICLE, *footer]), input_format="text")
    labels = {b.text: b.label for b in doc.removed}
    assert [labels[t] for t in banner] == ["cookie_notice"] * 3
    assert [labels[t] for t in footer] == ["navigation"] * 5
    assert doc.text == "\n\n".join(_ARTICLE)


def test_a_name_over_the_date_at_the_head_of_a_whole_page_is_the_byline() -> None:
    menu = ["Diario de la Ribera", "Portada", "Local", "Deportes", "Cultura", "Opinión", "Hemeroteca"]
    head = ["Cordero firma la remontada del Ribereño en Castuera", "Javier Montero", "Domingo, 16 de marzo de 2025, 20:47"]
    report = [
        "El Atlético Ribereño remontó un 2-0 en el campo del Castuera y sigue en la pelea por los puestos de promoción, con un doblete de Cordero en el último cuarto de hora.",
        "Los locales se adelantaron con un gol de Sergio Pozo y ampliaron la ventaja antes del descanso, pero el equipo de la Ribera reaccionó tras los cambios del entrenador.",
        "El técnico visitante, Luis Calvo, destacó la fe de sus jugadores y el apoyo de la grada desplazada hasta el estadio Manuel Ruiz, donde se vivió un final de infarto.",
    ]
    doc = clean("\n".join([*menu, *head, *report]), input_format="text")
    labels = {b.text: b.label for b in doc.removed}
    assert labels["Javier Montero"] == "byline" and labels[head[2]] == "date"
    assert doc.title == head[0] and doc.text == "\n\n".join(report)


def test_a_reviews_score_under_its_last_paragraph_stays_over_the_tags_under_it() -> None:
    review = [
        "Anna Wereszczak pisze o rodzinie, która przez trzy pokolenia prowadzi warzelnię soli nad Wisłą, i robi to z czułością, ale bez sentymentalizmu.",
        "Najmocniejsze są rozdziały o dzieciństwie narratorki, kiedy cała wieś żyła rytmem warzelni, a każdy wiedział, kto ile zarabia i komu się wiedzie.",
        "Czy warto? Tak, choć z zastrzeżeniami. Środkowa część powieści się dłuży, a zakończenie domyka wątki zbyt pospiesznie, jakby autorce zabrakło miejsca.",
    ]
    tags = ["Tagi:", "recenzja", "literatura polska", "proza obyczajowa", "nowości wydawnicze", "Anna Wereszczak"]
    doc = clean("\n".join(["Sól w oczach. Recenzja", *review, "Ocena: 7/10", *tags]), input_format="text")
    assert doc.text == "\n\n".join([*review, "Ocena: 7/10"])


def test_the_footers_links_after_the_last_comment_are_no_buttons_of_the_thread() -> None:
    footer = ["Impressum", "Datenschutz", "Cookie-Einstellungen", "AGB", "Kontakt"]
    lines = [*_ARTICLE, "Kommentare (2)", "Rheinländer_62 · vor 2 Stunden", "Endlich ist das Fenster weg.", "Antworten", *footer]
    doc = _run_after("comment_thread", lines, {3: "comments", 6: "navigation", **{i: "navigation" for i in range(7, 12)}})
    assert [b.label for b in doc.all_blocks[3:7]] == ["comments"] * 4  # the thread's "Antworten" is its button
    assert [b.label for b in doc.all_blocks[7:]] == ["navigation"] * 5


def test_a_long_menu_of_section_names_over_the_page_goes_but_a_list_right_over_the_prose_stays() -> None:
    sections = ["Przejdź do treści", "Piłka nożna", "Ekstraklasa", "I liga", "II liga", "III liga", "IV liga", "Klasa okręgowa", "Siatkówka",
                "Koszykówka", "Piłka ręczna", "Żużel", "Lekkoatletyka", "Sporty walki", "Tabele", "Terminarz", "Wideo", "Galerie"]  # fmt: skip
    head = [
        "Używamy plików cookies oraz podobnych technologii w celach statystycznych i reklamowych. Klikając „Akceptuję”, wyrażasz zgodę.",
        "Akceptuję",
        "Sokół Brzeziny – Orzeł Stryków 2:1. Zwycięski gol w doliczonym czasie",
    ]
    report = [
        "Piłkarze Sokoła przegrywali do przerwy, ale po zmianie stron odwrócili losy meczu i zwycięskiego gola strzelili w doliczonym czasie gry.",
        "Do sobotniego meczu obie drużyny przystępowały z tym samym dorobkiem punktowym, a stawką było miejsce w czołówce tabeli IV ligi łódzkiej.",
        "Lepiej rozpoczęli goście, którzy od pierwszych minut wysoko pressowali i już w dwunastej minucie objęli prowadzenie po strzale głową.",
    ]
    doc = clean("\n".join(["Sokół Brzeziny – Orzeł Stryków 2:1 | SportRegion.pl", *sections, *head, *report]), input_format="text")
    assert doc.text == "\n\n".join(report)
    assert {b.label for b in doc.removed if b.text in sections} == {"navigation"}
    # the same short lines right over the prose, with no menu's word among them, are the article's
    ingredients = ["Składniki:", "mąka", "500 gramów", "woda", "1 szklanka", "jajko", "1 sztuka", "sól", "szczypta", "dynia", "pół kilograma", "cebula"]
    doc = clean("\n".join(["Pierogi z dynią", *ingredients, *report]), input_format="text")
    assert all(t in doc.text.split("\n\n") for t in ingredients[1:])


def test_fact_lines_under_the_articles_last_line_stay_but_not_the_pages_date_nor_a_cued_line() -> None:
    from cleantext.evidence import BlockEvidence
    from cleantext.evidence.features import block_features
    from cleantext.filters.article_lines import facts_stay

    lines = [
        "Das Urteil ist nicht rechtskräftig. Der Händler kündigte an, in Berufung zu gehen, und will das Banner bis dahin unverändert lassen.",
        "Aktenzeichen: 12 O 214/24",
        "Verhandlungstage: 3. und 4. März 2025",
        "Veröffentlicht am: 04.03.2025",
        "Lesen Sie auch: 5 Tipps gegen Cookie-Banner",
    ]
    evidence = [BlockEvidence(block_features(t, None, 0.3, True, "de"), score=0.8, in_core=i == 0) for i, t in enumerate(lines)]
    going = [False, True, True, True, True]
    facts_stay([Block(t) for t in lines], evidence, going)
    assert going == [False, False, False, True, True]
    # a pager under the last line is the page's, not a fact of the article
    pager = [lines[0], "Seite 3/10"]
    evidence = [BlockEvidence(block_features(t, None, 0.3, True, "de"), score=0.8, in_core=i == 0) for i, t in enumerate(pager)]
    going = [False, True]
    facts_stay([Block(t) for t in pager], evidence, going)
    assert going == [False, True]


_HARBOUR_ARTICLE = [
    "The county council voted on Tuesday to close the harbour car park for six months while engineers replace the sea wall that was damaged in last winter's storms.",
    "Councillors heard that the wall had moved by almost ten centimetres since January and that the contractor could not start until the car park was empty of vehicles.",
    "Traders on the quay said they feared losing the summer visitors who park there, and asked the council to open the school field as an overflow site at weekends.",
    "The council's engineer said the work would start in the first week of March and that the footpath along the harbour would stay open for most of that time.",
    "A public meeting about the plans will be held in the town hall next Thursday evening, and residents can send their questions to the council in advance.",
    "The last time the wall was rebuilt, in 1987, the work took nine months and the harbour was closed to boats for three of them, the harbour master recalled.",
]


def test_prose_after_the_articles_tag_line_goes_but_its_last_paragraph_under_a_share_bar_stays() -> None:
    appeal = "Local journalism costs money to produce. The Gazette has covered this town for ninety years with four reporters and one photographer."
    tagged = clean("\n\n".join([*_HARBOUR_ARTICLE, "Tags: harbour, council, parking", appeal, "0 Comments"]), input_format="text")
    assert appeal not in tagged.text and _HARBOUR_ARTICLE[-1] in tagged.text
    gone = next(b for b in tagged.removed if b.text == appeal)
    assert gone.removed_by == "article_end" and "after its tags" in gone.reason
    # A share bar may stand between the article's paragraphs: a last paragraph under it stays.
    shared = clean("\n\n".join([*_HARBOUR_ARTICLE[:-1], "Share this article", _HARBOUR_ARTICLE[-1]]), input_format="text")
    assert _HARBOUR_ARTICLE[-1] in shared.text


def _head_over_a_photo(*head: str, alt: str = "The harbour car park seen from the sea wall at high tide on a winter morning") -> str:
    """A text's head lines, a photo's alt text in a chunk of its own under them, then the article."""
    return "\n".join([*head, "", alt, "", *_HARBOUR_ARTICLE])


def test_the_headline_under_a_breadcrumb_over_its_byline_date_and_share_bar_beats_a_photos_alt_text() -> None:
    text = _head_over_a_photo(
        "Home › News › Harbour",
        "Why the harbour car park will close for six months this spring",
        "By Ann Lee, Local Democracy Reporter",
        "Published 14 March 2026 · Updated 15 March 2026, 09:12",
        "Share this article: Facebook | X | WhatsApp | Email",
    )
    doc = clean(text, input_format="text")
    assert doc.title == "Why the harbour car park will close for six months this spring"
    # the line under the head lines, below the headline, no sentence: the photo's alt text
    assert [b.text for b in doc.captions] == ["The harbour car park seen from the sea wall at high tide on a winter morning"]
    # under a date line alone, the line is a press release's standfirst, and stays
    release = clean(text.replace("By Ann Lee, Local Democracy Reporter\n", ""), input_format="text")
    assert "The harbour car park seen from the sea wall" in release.text and not release.captions


def test_an_affiliate_disclosure_under_the_byline_is_passed_on_the_way_up_to_the_headline() -> None:
    text = _head_over_a_photo(
        "Home » Travel » Portugal",
        "Three days on the island of Flores: trails, waterfalls and where to eat",
        "By Ines Carvalho",
        "Updated 9 March 2026",
        "This article contains affiliate links. If you book through them, I earn a small commission at no extra cost to you.",
        alt="The viewpoint over the Rocha dos Bordões on the island of Flores in the Azores",
    )
    doc = clean(text, input_format="text")
    assert doc.title == "Three days on the island of Flores: trails, waterfalls and where to eat"
    assert "affiliate links" not in doc.text


def test_short_lines_over_the_headline_of_a_whole_page_go() -> None:
    menu = ["Harbour Dairy Cooperative", "Our cooperative", "Products", "Recipes", "Sustainability", "Press room", "Work with us", "Online shop", "EN | FR | DE"]
    banner = ["We use our own and third-party cookies for analytics and to show you personalised content.", "Accept all", "Reject", "Settings"]
    head = ["Home / Press room / Releases", "Press release", "Harbour Dairy opens a new cheese plant with forty jobs in the town", "Harbourtown, 9 October 2025"]
    doc = clean("\n".join([*menu, *banner, *head, *_HARBOUR_ARTICLE]), input_format="text")
    assert doc.title == head[2]
    assert not {line for line in menu if line in doc.text}
    assert "over the article's headline" in next(b.reason for b in doc.removed if b.text == "Press room")


def test_tips_on_the_articles_own_topic_stay_though_they_speak_to_the_reader() -> None:
    article = [
        "Every time we open a website, a window asks us to accept cookies, and most of us click the biggest button without reading a word of it.",
        "Cookies are small text files that the browser keeps on the computer; some are needed for a site to work at all, such as the basket of a shop.",
        "Others, the so-called third-party cookies, belong to advertising firms that follow readers from one site to the next and build a profile of them.",
        "The regulator says that refusing cookies must be as easy as accepting them, yet many banners still hide the refuse button behind a second menu.",
        "Three steps to protect yourself",
        "Look for the button that refuses all cookies before you press anything else on the banner.",
        "Set your browser to block third-party cookies.",
        "Delete stored cookies regularly from the privacy settings.",
        "There is no need to panic, the lawyer says; it is enough to remember that a click is a choice, and that the choice can be taken back later.",
    ]
    doc = clean("\n".join(["Cookies: what you really accept when you press Accept all", *article]), input_format="text")
    assert [b.text for b in doc.blocks] == article, doc.explain()



def test_the_headline_under_a_sites_name_and_kicker_over_an_authors_name_and_role_beats_the_alt_text() -> None:
    text = _head_over_a_photo(
        "Harbour Gazette",
        "From the Editor",
        "Why the harbour car park will close for six months this spring",
        "Ann Lee, harbour correspondent",
        "14 March 2026",
    )
    assert clean(text, input_format="text").title == "Why the harbour car park will close for six months this spring"


def test_a_reviews_pros_and_cons_under_its_last_paragraph_are_no_list_of_other_headlines() -> None:
    pros = "What we liked: sharp text, physical buttons, waterproof body"
    cons = "What we did not like: pale colours, slow browser, no charger"
    tail = ["Share this article", "Read more", "Why the ferry timetable changes in May", "Five walks along the harbour wall this spring", "Comments (2)"]
    doc = clean("\n".join(["Harbour car park will close for six months this spring", *_HARBOUR_ARTICLE, pros, cons, *tail]), input_format="text")
    assert [b.text for b in doc.blocks][-2:] == [pros, cons]
    assert {b.text for b in doc.removed} >= {"Why the ferry timetable changes in May", "Five walks along the harbour wall this spring"}


def test_a_photographers_name_for_the_outlet_under_a_caption_is_its_credit() -> None:
    caption, credit = "Traders on the quay outside the fish market on a winter morning", "Priya Raman for the Harbour Gazette"
    text = "\n\n".join(["Harbour car park will close for six months this spring", _HARBOUR_ARTICLE[0], f"{caption}\n{credit}", *_HARBOUR_ARTICLE[1:]])
    doc = clean(text, input_format="text")
    assert [b.text for b in doc.captions] == [caption, credit]
    assert [b.text for b in doc.blocks] == _HARBOUR_ARTICLE


def test_an_article_on_consent_banners_keeps_its_headline_under_the_path_and_its_opening_to_the_reader() -> None:
    headline = "Bandeaux cookies : que se passe-t-il vraiment quand vous cliquez sur « Tout accepter » ?"
    article = [
        "Impossible d'y échapper : sur la plupart des sites, une fenêtre s'affiche dès la première visite pour demander votre consentement avant de déposer des traceurs.",
        "Un cookie est un petit fichier texte que le site dépose dans le navigateur. Il permet de retenir une langue, un panier ou une session, mais aussi de suivre les visites.",
        "Depuis avril 2021, la CNIL exige que le refus soit aussi simple que l'acceptation, et plusieurs grands éditeurs ont déjà été sanctionnés pour des bandeaux trompeurs.",
        "Les éditeurs répondent que la publicité ciblée finance une grande partie de l'information gratuite, et que les refus massifs des cookies font baisser leurs recettes.",
        "Les associations de consommateurs estiment au contraire que le suivi des internautes par les cookies tiers reste bien trop opaque pour la plupart des lecteurs.",
        "La Commission européenne prépare de son côté une réforme qui pourrait confier ce choix au navigateur lui-même, une fois pour toutes et pour tous les sites.",
    ]
    head = ["Aller au contenu principal", "Accueil › Guides › Vie privée", headline, "Par Élodie Marchand", "Publié le 12 mars 2024 à 09h15"]
    doc = clean("\n".join([*head, *article]), input_format="text")
    assert doc.title == headline  # the page's path over it is no headline over a standfirst
    assert [b.text for b in doc.blocks] == article  # the opening asks consent, of the article's own topic


_NEWSLETTER_PAGE_HEAD = [
    "Mediakring",
    "Nieuws | Achtergrond | Interviews | Vacatures | Agenda | Over ons",
    "Inloggen",
    "Mediakring gebruikt cookies om de site goed te laten werken, het gebruik te analyseren en je relevante advertenties "
    "te tonen. Met 'Alles toestaan' ga je daarmee akkoord. Je kunt je keuze altijd wijzigen via 'Instellingen'.",
    "Alles toestaan",
    "Alleen noodzakelijke",
    "Instellingen",
    "Home » Achtergrond » Uitgeven",
    "De nieuwsbrief als verdienmodel: 'Ik heb meer betalende lezers dan mijn oude krant in deze wijk'",
    "Door Maarten de Vries",
    "9 april 2024",
]


def test_a_headline_the_core_opens_on_over_its_byline_and_a_banners_buttons_named_by_one() -> None:
    article = [
        "Steeds meer journalisten in Nederland en Vlaanderen beginnen voor zichzelf met een betaalde nieuwsbrief. "
        "Waar platforms als Substack en Ghost jarenlang vooral Amerikaans waren, groeit nu ook hier een markt.",
        "Een van hen is Eva Brouwer (41), die tot 2022 verslaggever was bij een regionaal dagblad in Zwolle. "
        "Toen haar redactie werd samengevoegd, begon ze een nieuwsbrief over haar eigen wijk.",
        "Na een half jaar had Brouwer 3.500 inschrijvingen. Ze voerde een abonnement in van 6 euro per maand; "
        "inmiddels betalen ruim 1.100 lezers voor de vrijdagse editie.",
    ]
    doc = clean("\n".join([*_NEWSLETTER_PAGE_HEAD, *article]), input_format="text")
    assert doc.title == _NEWSLETTER_PAGE_HEAD[8]  # a quotation in it makes it read as prose, opening the core
    assert [b.text for b in doc.blocks] == article
    buttons = {b.text: b.label for b in doc.removed if b.text in _NEWSLETTER_PAGE_HEAD[4:7]}
    assert buttons == dict.fromkeys(_NEWSLETTER_PAGE_HEAD[4:7], "cookie_notice")


def test_a_subheading_on_the_articles_own_topic_stays_over_its_paragraph() -> None:
    article = [
        "The Courier will start charging readers for most stories on its website from March, ending twenty years of free access beside its print edition.",
        "Under the new model, visitors will be able to read five articles a month for free before being asked to subscribe for £6.99 a month.",
        "Editor Ruth Okafor said the decision had not been taken lightly, since digital advertising has fallen by almost a third in two years.",
        "What changes for print subscribers",
        "Readers who already have the paper delivered will get full digital access at no extra cost, once they register an account with the paper.",
        "Councillor Peter Dyson said he feared the paywall would cut readers who never bought the print edition off from the notices of the council.",
        "The Courier said it would review the number of free articles after six months, and that the price of its print edition would not change.",
    ]
    photo = "Copies of the Saturday Courier on the counter of a newsagent in Station Road\n(Image courtesy of the Courier archive)"
    text = "\n\n".join(["Valley Courier to put most online stories behind a paywall", *article[:3], photo, *article[3:]])
    doc = clean(text, input_format="text")
    assert [b.text for b in doc.blocks] == article, doc.explain()  # (the photo's lines before it weigh for its going)


def test_a_credit_in_brackets_under_its_caption_is_the_credit_of_that_caption() -> None:
    caption, credit = "Copies of the Saturday Gazette on the counter of a newsagent in Station Road", "(Image courtesy of the Harbour Gazette archive)"
    text = "\n\n".join(["Harbour car park will close for six months this spring", _HARBOUR_ARTICLE[0], f"{caption}\n{credit}", *_HARBOUR_ARTICLE[1:]])
    doc = clean(text, input_format="text")
    assert [(b.label, b.text) for b in doc.captions] == [("caption", caption), ("credit", credit)]
    assert [b.text for b in doc.blocks] == _HARBOUR_ARTICLE


def test_a_photos_alt_text_right_under_the_byline_is_a_caption_but_a_long_date_line_is_none() -> None:
    alt = "The harbour car park seen from the sea wall at high tide on a winter morning"
    head = ["Why the harbour car park will close for six months this spring", "Written by Ann Lee"]
    doc = clean("\n\n".join([*head, alt, *_HARBOUR_ARTICLE]), input_format="text")
    assert [b.text for b in doc.captions] == [alt] and [b.text for b in doc.blocks] == _HARBOUR_ARTICLE
    dated = clean("\n\n".join([*head, "March 14, 2026 11:47 AM GMT · Updated 2 hours ago", *_HARBOUR_ARTICLE]), input_format="text")
    assert not dated.captions


def test_a_long_line_of_who_wrote_it_and_when_is_passed_by_on_the_way_to_the_headline() -> None:
    headline = "Lentejas con chorizo de mi abuela, la receta de toda la vida"
    article = [
        "Las lentejas de mi abuela eran el plato de los lunes de invierno, y todavía hoy las hago igual: a fuego lento, con su chorizo y su morcilla.",
        "El secreto está en no tener prisa. Las lentejas pardinas no necesitan remojo, pero sí un sofrito bien hecho y una hora larga de cocción.",
        "Cuando el caldo espesa, se apaga el fuego y se dejan reposar diez minutos, que es cuando el chorizo suelta todo su sabor en el guiso.",
    ]
    dated = "Publicado por Maripaz el 12 de noviembre de 2023 · 47 comentarios"
    doc = clean("\n\n".join([headline, dated, *article]), input_format="text")
    assert doc.title == headline and [b.text for b in doc.blocks] == article


def test_an_interviewers_bio_after_the_interview_goes_though_her_name_labels_the_questions() -> None:
    qa = [
        "Ann Lee: Do you remember the first photograph of yours that a newspaper printed, and what it showed?",
        "Tom Wilk: I do, because it was dreadful. A barn on fire outside the village, shot from far too far away.",
        "Ann Lee: What has changed most in the thirty years since you first picked up a camera for a paper?",
        "Tom Wilk: Everything and nothing. The gear is lighter and the picture reaches the desk in seconds, but the job is the same.",
    ]
    bio = "Ann Lee – culture reporter, the author of interviews with artists and reporters."
    headline = "Thirty years behind the lens: a press photographer looks back"
    text = "\n\n".join([headline, "Interview by Ann Lee", *qa, bio])
    doc = clean(text, input_format="text")
    assert doc.title == headline and [b.text for b in doc.blocks] == qa
    assert next(b for b in doc.removed if b.text == bio).removed_by == "author_bio"


def test_a_menus_item_over_a_core_that_opens_on_its_headline_is_no_headline_and_goes() -> None:
    menu = ["Home", "Pregnancy", "Baby", "Toddler", "School", "Recipes for kids"]
    headline = "The first day at nursery: how to get your little one ready for it (and yourself)"
    head = [*menu, "Home » Toddler » Nursery", headline, "Author: Ann Lee", "28 August 2024"]
    doc = clean("\n".join([*head, *_HARBOUR_ARTICLE]), input_format="text")
    assert doc.title == headline and [b.text for b in doc.blocks] == _HARBOUR_ARTICLE


def test_an_alt_text_alone_right_over_a_photos_caption_and_credit_is_a_caption_too() -> None:
    alt = "The harbour wall at low tide with the damaged section fenced off by the council"
    photo = "Engineers inspect the sea wall on Tuesday morning.\nPhoto: Ann Lee / Harbour Gazette"
    text = "\n\n".join(["Harbour car park will close for six months this spring", *_HARBOUR_ARTICLE[:2], alt, photo, *_HARBOUR_ARTICLE[2:]])
    doc = clean(text, input_format="text")
    assert [b.text for b in doc.captions][0] == alt and [b.text for b in doc.blocks] == _HARBOUR_ARTICLE
    # over the article's first paragraph it may be the headline or the dek: it stays
    early = clean("\n\n".join(["Harbour car park will close for six months this spring", alt, photo, *_HARBOUR_ARTICLE]), input_format="text")
    assert alt not in [b.text for b in early.captions]


def test_a_photos_caption_over_a_copyright_credit_is_no_standfirst_on_the_way_to_the_headline() -> None:
    """Round 29's French page: "Au Relais de la Place, ... Le QR code reste collé ..." over "© L'Écho du
    Bocage – C. G." between the share buttons and the article was taken for the standfirst, so the
    real standfirst under the headline ended the walk with no headline."""
    sample = Path(__file__).resolve().parent.parent / "samples" / "fr-page-bressuire-menus-qr-code"
    doc = clean((sample / "input.txt").read_text(encoding="utf-8"), input_format="text")
    assert doc.title == json.loads((sample / "expected.json").read_text(encoding="utf-8"))["title"]
