"""Generated news articles: realistic body paragraphs mixed with boilerplate of every label.

Shared by ``tests/test_properties.py`` (bounded hypothesis runs) and
``benchmarks/fuzz.py`` (long runs). Body sentences are built from word lists
that avoid every boilerplate phrase; boilerplate comes from the phrases each
filter documents as removable.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from hypothesis import strategies as st

SUBJECTS = [
    "The mayor", "Local officials", "The county council", "Residents of the valley", "The health minister",
    "Two engineers", "A spokeswoman for the port authority", "Farmers in the region", "The school board",
    "Researchers at the university", "The fire brigade", "Several shop owners", "The regional court",
    "A group of nurses", "The transport agency", "Fishermen on the coast",
]
VERBS = [
    "approved", "rejected", "discussed", "announced", "reviewed", "criticised", "welcomed", "postponed",
    "questioned", "defended", "presented", "examined",
]
OBJECTS = [
    "a plan to repair the old stone bridge", "the budget for the coming year", "new rules for parking near the station",
    "the closure of the northern clinic", "a proposal to widen the river path", "the results of the water survey",
    "a scheme to plant trees along the main road", "the cost of heating the town hall", "changes to the bus timetable",
    "the report on flooding in the lower town", "a study of traffic near the primary school",
    "the sale of the former brewery site",
]
TAILS = [
    "on Tuesday", "after a long debate", "despite protests from neighbours", "at a crowded meeting",
    "for the second time this year", "late on Thursday evening", "without a formal vote", "after months of delays",
    "in a short statement", "following complaints from parents",
]
FOLLOW_UPS = [
    "Critics said the decision came too late.", "Supporters argued that the town had waited long enough.",
    "The final cost is expected to rise.", "A further hearing is planned for the spring.",
    "Several speakers asked for more time to study the figures.", "Officials promised to publish the full details.",
    "Opponents said they would appeal.", "Work could begin before the end of the summer.",
]
HEADLINES = [
    "Council backs bridge repairs after long debate", "Clinic closure divides valley towns",
    "Flood report warns of rising river levels", "Bus timetable changes anger commuters",
    "Brewery site sale approved despite objections",
]

# Boilerplate: label -> lines (each line one block). Only lines the filters
# document as removable; an article gets a random selection of them.
BOILERPLATE: dict[str, list[str]] = {
    "paywall": ["Subscribe to continue reading.", "You've read 3 of 5 free articles this month.", "Already a subscriber? Log in"],
    "newsletter": ["Sign up for our daily newsletter", "Get the latest news delivered to your inbox"],
    "share": ["Share this article", "Facebook | Twitter | Email"],
    "related": ["Related: Council backs bridge repairs after long debate", "Read more: Flood report warns of rising river levels"],
    "advertisement": ["Advertisement", "Story continues below advertisement"],
    "app_prompt": ["QR Code to Council backs bridge repairs after long debate", "Scan the QR code"],
    "cookie_notice": ["We use cookies to improve your experience on our site.", "This website uses cookies."],
}
CREDITS = ["Mike Segar/Reuters", "Photo: AP", "(Getty Images)", "AFP via Getty Images"]
CAPTIONS = [
    "Workers inspect the damaged bridge on Monday morning.",
    "Residents gather outside the town hall before the vote.",
]
DONATION_LETTER = [
    "Dear reader,",
    (
        "Independent journalism takes time and money. If you value our reporting, please make a donation today "
        "to support independent journalism in the valley."
    ),
    "Sincerely,",
    "Jane Doe",
]


@dataclass
class Article:
    """A generated article: what must stay, what must go, in page order."""

    headline: str
    body: list[str]
    #: (label, text) of every boilerplate block, in page order.
    boilerplate: list[tuple[str, str]] = field(default_factory=list)
    #: Blocks in page order: ("body", text) or (label, text); a credit and its caption are one "figure" entry.
    layout: list[tuple[str, str]] = field(default_factory=list)

    def tail_ambiguous(self) -> bool:
        """True when a paywall prompt could be read as where the article ends.

        The ``tail`` step takes the body after a paywall or appeal as a teaser
        when boilerplate outweighs it there (body at most half of it), or when
        at most 2 short blocks stand between such a marker and another at the
        end. Articles near either rule are ambiguous even to a reader, so the
        properties skip them: a paywall prompt must be followed by at least 3
        body paragraphs, and by at least as much body as boilerplate.
        """
        for i, (label, text) in enumerate(self.layout):
            if label != "paywall":
                continue
            after = self.layout[i + 1 :]
            body = [t for lab, t in after if lab == "body"]
            junk = len(text) + sum(len(t) for lab, t in after if lab not in ("body", "figure"))
            if body and (len(body) < 3 or sum(map(len, body)) <= junk):
                return True
        return False

    def to_text(self) -> str:
        """The article as scraped plain text (blank lines between blocks)."""
        chunks = [self.headline]
        for label, text in self.layout:
            chunks.append(text)  # a figure is "credit\ncaption": one chunk of two lines
        return "\n\n".join(chunks) + "\n"

    def to_html(self) -> str:
        """The article as a page with no helpful classes: text alone must tell body from boilerplate."""
        parts = []
        for label, text in self.layout:
            if label == "figure":
                credit, caption = text.split("\n")
                parts.append(f"<figure><img src='x.jpg'><figcaption>{html.escape(caption)} {html.escape(credit)}</figcaption></figure>")
            else:
                parts.append(f"<p>{html.escape(text)}</p>")
        return (
            f"<!DOCTYPE html><html><head><title>{html.escape(self.headline)}</title></head><body>"
            f"<article><h1>{html.escape(self.headline)}</h1>{''.join(parts)}</article></body></html>"
        )


@st.composite
def sentences(draw: st.DrawFn) -> str:
    first = f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} {draw(st.sampled_from(OBJECTS))} {draw(st.sampled_from(TAILS))}."
    return first


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    lead = draw(sentences())
    more = draw(st.lists(st.one_of(sentences(), st.sampled_from(FOLLOW_UPS)), min_size=1, max_size=4))
    return " ".join([lead, *more])


@st.composite
def articles(draw: st.DrawFn, letter: bool | None = None) -> Article:
    """An article of 3-8 unique body paragraphs with boilerplate blocks between and after them."""
    body = draw(st.lists(paragraphs(), min_size=3, max_size=8, unique=True))
    layout: list[tuple[str, str]] = [("body", p) for p in body]
    inserts = draw(
        st.lists(
            st.one_of(
                st.sampled_from([(label, line) for label, lines in BOILERPLATE.items() for line in lines]),
                st.tuples(st.just("figure"), st.tuples(st.sampled_from(CREDITS), st.sampled_from(CAPTIONS)).map("\n".join)),
            ),
            min_size=1,
            max_size=6,
        )
    )
    for item in inserts:
        # never before the first paragraph: a page opens with its article
        layout.insert(draw(st.integers(1, len(layout))), item)
    if letter if letter is not None else draw(st.booleans()):
        layout.extend(("donation", line) for line in DONATION_LETTER)
    boilerplate = [(label, text) for label, text in layout if label != "body"]
    return Article(draw(st.sampled_from(HEADLINES)), body, boilerplate, layout)
