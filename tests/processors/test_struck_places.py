import pytest

from processors.places import find_places
from processors.struck_places import struck_places


def _struck(text: str) -> list[str]:
    return [sp.mention.place.name for sp in struck_places(text, 0, find_places(text))]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Russian artillery opened fire on Kharkiv on Monday", ["Kharkiv"]),
        (
            "a missile hit a block in the Ukrainian city of Chernihiv near the Belarusian border",
            ["Chernihiv"],
        ),
        ("In Uman, in Cherkasy region, two missiles hit a block", ["Uman"]),
        ("rockets fired from Belgorod hit Kharkiv", ["Kharkiv"]),
        ("In Holon, south of Tel Aviv, a missile hit a building", ["Holon"]),
        ("a missile hit Serhiivka near Odesa", ["Serhiivka"]),
        ("The city, some 40 kilometres from Kharkiv, was shelled", []),
        ("shelling hit Kharkiv while talks went on in Belarus", ["Kharkiv"]),
        (
            "In Kryvyi Rih ten people died, while in Dnipro one person was killed",
            ["Kryvyi Rih", "Dnipro"],
        ),
        ("The attack came hours before Moscow was due to proclaim the annexation", []),
        ("missiles struck the Shevchenkivskyi district of Kyiv", ["Kyiv"]),
    ],
)
def test_struck_places(text: str, places: list[str]) -> None:
    assert _struck(text) == places


def test_each_place_gets_its_own_stretch() -> None:
    text = "In Kryvyi Rih ten people died, while in Dnipro one person was killed"
    first, second = struck_places(text, 0, find_places(text))
    assert "ten" in text[first.seg_start : first.seg_end]
    assert "one person" in text[second.seg_start : second.seg_end]
    assert "ten" not in text[second.seg_start : second.seg_end]


def test_offsets_are_article_offsets() -> None:
    article = "Intro sentence. Shelling hit Kharkiv."
    sentence_start = article.index("Shelling")
    (sp,) = struck_places(article[sentence_start:], sentence_start, find_places(article))
    assert article[sp.mention.start : sp.mention.end] == "Kharkiv"
