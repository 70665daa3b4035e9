import pytest

from processors.targets import find_targets, pick_target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("a missile hit a nine-storey apartment block", "residential"),
        ("rockets fell on residential districts", "residential"),
        ("a drone hit a private home", "residential"),
        ("a strike on a busy market", "commercial"),
        ("the shopping mall was destroyed", "commercial"),
        ("a strike on a maternity and children's hospital", "medical"),
        ("the clinic was hit", "medical"),
        ("a school sheltering families", "education"),
        ("the kindergarten was damaged", "education"),
        ("strikes on energy facilities", "energy"),
        ("the oil refinery caught fire", "energy"),
        ("the railway station was hit", "transport"),
        ("the regional administration building was hit", "government"),
        ("the city hall burned", "government"),
        ("drones hit the air base", "military"),
        ("a military training centre", "military"),
        ("the cathedral was damaged", "religious"),
        ("a mosque was struck", "religious"),
        ("an aid convoy was hit", "humanitarian"),
        ("the displacement camp was shelled", "humanitarian"),
        ("a grain silo burned", "agricultural"),
        ("a football pitch in the town", "other"),
        ("an industrial enterprise", "other"),
        ("the Drama Theatre", "other"),
    ],
)
def test_target_category(text: str, target: str) -> None:
    mention = pick_target(text)
    assert mention is not None and mention.target == target


def test_target_after_the_attack_word_wins() -> None:
    text = "according to Wolfson Medical Center, a direct hit on a residential building"
    mention = pick_target(text, text.index("hit"))
    assert mention is not None and mention.target == "residential"


def test_taken_to_hospital_is_not_a_target() -> None:
    assert find_targets("31 people were taken to hospital") == []


def test_no_target() -> None:
    assert pick_target("missiles hit the city") is None


def test_a_building_beats_an_area() -> None:
    text = "Seven missiles hit the centre of the city, destroying several apartment buildings"
    mention = pick_target(text, text.index("hit"))
    assert mention is not None and mention.target == "residential"
    assert pick_target("missiles hit the centre of the city", weak=False) is None
    area = pick_target("missiles hit the centre of the city")
    assert area is not None and area.weak
