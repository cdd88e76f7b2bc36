"""KeepLabels (the CLI's --keep): blocks of chosen labels go back into the body."""

from __future__ import annotations

import jsonschema

from cleantext import clean, default_pipeline
from cleantext.keep import KeepLabels
from cleantext.schema import load_schema

PAGE = (
    "<html><head><title>Rates rise</title></head><body><article><h1>Rates rise</h1>"
    "<p>The central bank raised its main rate on Tuesday, the third rise this year, citing inflation.</p>"
    "<figure><img src='a.jpg'><figcaption>The bank's headquarters in the city centre.</figcaption></figure>"
    "<p>Economists expect one more rise before the end of the year, though opinions differ.</p>"
    "</article></body></html>"
)
TEXT = "Headline here\n\nThe body of the story.\n\nAdvertisement\n\nMore of the story follows here.\n\nSubscribe to continue."


def test_blocks_in_the_text_are_relabelled_in_place() -> None:
    plain = clean(TEXT)
    doc = clean(TEXT, pipeline=default_pipeline().add(KeepLabels(["advertisement"]), "keep"))
    assert [b.text for b in doc.blocks] == [b.text for b in plain.all_blocks if b.label in ("body", "advertisement")]
    assert [b.label for b in doc.removed] == [b.label for b in plain.removed if b.label != "advertisement"]
    assert all(b.removed_by is None and b.reason is None for b in doc.blocks)
    assert doc.warnings == plain.warnings


def test_markup_removed_blocks_follow_the_body_with_a_warning() -> None:
    plain = clean(PAGE)
    caption = next(b.text for b in plain.markup_removed if b.label == "caption")
    doc = clean(PAGE, pipeline=default_pipeline().add(KeepLabels({"caption", "credit"}), "keep"))
    assert doc.blocks[-1].text == caption and caption not in [b.text for b in doc.markup_removed]
    assert [b.text for b in doc.blocks[:-1]] == [b.text for b in plain.blocks]
    assert any("position is unknown" in w for w in doc.warnings)
    assert doc.captions == []
    jsonschema.validate(doc.to_dict(), load_schema())
