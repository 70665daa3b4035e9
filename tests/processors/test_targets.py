import datetime as dt
import json
from pathlib import Path

import pytest

from processors import targets
from processors.casefold import fold
from processors.extraction import extract_strikes
from processors.sentences import split_sentences
from processors.targets import combatants_hit, find_targets, pick_target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("a missile hit a nine-storey apartment block", "residential"),
        # a Ukrainian official's word for streets of houses; holiday chalets
        ("the enemy shelled the residential sector of the Korabelnyi district", "residential"),
        ("drones struck the private sector of the town overnight", "residential"),
        ("the strike hit chalets where journalists were staying", "residential"),
        ("a drone hit the Khor Mor gas field", "energy"),
        ("the councillor reported a strike on the Dobrotvir TPP", "energy"),
        ("missiles hit Kyiv's CHPP-6 overnight", "energy"),
        # a grid's parts and a plant's kind
        ("a downed drone exploded, damaging an auxiliary transformer", "energy"),
        ("drones attacked the Salavat petrochemical complex", "energy"),
        ("one drone came down on the oil loading point", "energy"),
        ("fires broke out at two Aramco facilities after the drone attack", "energy"),
        ("a ballistic missile struck the Weizmann Institute of Science", "education"),
        ("aircraft fired on a convoy of minibuses", "transport"),
        ("a man drove a pickup truck down a busy bike path", "transport"),
        ("gunmen set the casino ablaze", "commercial"),
        ("jets struck a safe house used by the militia", "military"),
        ("a gunman opened fire inside a crowded nightclub", "commercial"),
        ("an explosion wrecked a rock pub in the city centre", "commercial"),
        ("the bomb went off in a crowded beer hall", "commercial"),
        ("jets dropped bombs on a mobile artillery piece", "military"),
        # an outpost, an arsenal, a range where soldiers train
        ("a drone hit Tower 22, a small US outpost in Jordan", "military"),
        ("the drones set off blasts at a large arsenal near the town", "military"),
        ("missiles struck the training range where recruits were lined up", "military"),
        ("two drones exploded over a military parade", "military"),
        ("explosive-laden vehicles rammed the wall of the Bannu cantonment", "military"),
        ("gunmen attacked a patrol near the village", "military"),
        ("warplanes destroyed tanks and armoured vehicles outside the city", "military"),
        ("a jet hit a column of Gaddafi's armour advancing on the city", "military"),
        # an election body or a court is the state's; an armed group's sites are military
        ("suicide attackers stormed the headquarters of the electoral commission", "government"),
        ("a truck bomb exploded outside a courthouse", "government"),
        ("a bomber blew himself up among recruits at a police compound", "government"),
        ("a car bomb hit a police academy in the capital", "government"),
        ("aircraft carried out air strikes against Islamic State targets", "military"),
        # a tank farm stores oil
        ("a drone hit a tank farm at the export terminal", "energy"),
        ("a drone struck one of the petroleum tank yards at the port", "energy"),
        ("air strikes hit air defence units and missile depots", "military"),
        ("a strike hit a detention centre holding migrants", "government"),
        ("they were killed when their residence in Tehran was hit", "residential"),
        ("a coalition strike on a prison in the city", "government"),
        ("a gunman attacked the Shah Cheragh shrine", "religious"),
        ("gunmen stormed the Blessed Anuarite parish during a night vigil", "religious"),
        ("the second attack targeted the army's position at Bamba", "military"),
        # the displaced's tents are humanitarian; a wedding's or a rally's are not
        ("a strike hit tents sheltering displaced families", "humanitarian"),
        ("witnesses described tents and makeshift shelters flattened", "humanitarian"),
        ("missiles ripped through tents put up for the wedding", "other"),
        ("the bomber blew himself up under a large tent", None),
        ("missiles hit the headquarters of the state broadcaster", "other"),
        ("a strike hit a telecommunications building in the port city of Hodeidah", "other"),
        ("missile boats struck the Syrian navy in the port of Latakia", "military"),
        ("a car bomb rammed a convoy of paramilitary police", "military"),
        ("an air strike against ISIS-Somalia positions in the mountains", "military"),
        ("drones attacked a defence ministry workshop", "military"),
        ("strikes hit three sites of the Iran-backed Kataib Hezbollah militia", "military"),
        ("drones struck an oilfield", "energy"),
        # oil and gas processing; a US gas station is a shop, not energy
        ("a drone hit the gas processing plant", "energy"),
        ("drones struck an oil plant in Bryansk", "energy"),
        ("a shell hit an oil pumping station", "energy"),
        ("a gunman opened fire at a gas station", "commercial"),
        # an army's convoy and an arms factory are military
        ("militants ambushed an army convoy near the border", "military"),
        ("aircraft bombed the Yarmouk arms factory in the south of the capital", "military"),
        ("a fire swept a munitions plant", "military"),
        ("a truck bomb hit the headquarters of Italy's Carabinieri military police", "military"),
        # an apposition tells what a bare "plant" is
        ("drones hit the Abqaiq plant, the world's largest oil processing facility", "energy"),
        ("a missile hit the plant, and a hospital nearby", "other"),
        ("shelling set a wheat field ablaze", "agricultural"),
        ("warplanes struck two facilities used by Iran-backed militias", "military"),
        ("the strikes hit weapons storage sites near the border", "military"),
        ("an Israeli strike on a civil defence centre killed 12", "humanitarian"),
        ("rockets fell on residential districts", "residential"),
        ("a drone hit a private home", "residential"),
        ("a strike on a busy market", "commercial"),
        ("the shopping mall was destroyed", "commercial"),
        ("a strike on a maternity and children's hospital", "medical"),
        ("the clinic was hit", "medical"),
        ("a school sheltering families", "education"),
        ("the kindergarten was damaged", "education"),
        ("the bomber blew himself up in a packed classroom", "education"),
        ("a suicide bomber attacked a tutoring centre", "education"),
        ("an explosion at the Kaaj education centre", "education"),
        ("strikes on energy facilities", "energy"),
        ("the oil refinery caught fire", "energy"),
        ("the railway station was hit", "transport"),
        ("the regional administration building was hit", "government"),
        ("the city hall burned", "government"),
        ("drones hit the air base", "military"),
        ("a military training centre", "military"),
        ("warplanes struck military sites near Kisweh", "military"),
        ("a drone hit a minibus stop", "transport"),
        ("shells fell near a tram stop", "transport"),
        ("missiles hit a line of civilian cars", "transport"),
        ("HIMARS rockets struck a temporary deployment point", "military"),
        ("a rocket struck a group of army reservists near the kibbutz", "military"),
        ("a rocket attack on a Ukrainian army camp near the village", "military"),
        ("Russian shelling killed three people at a public transport stop", "transport"),
        ("a Houthi missile hit the Norwegian-flagged tanker Strinda", "transport"),
        ("a drone exploded in the courtyard of the Black Sea Fleet's headquarters", "military"),
        ("the Greek-owned bulk carrier was struck by a drone boat", "transport"),
        ("jets struck a Hamas command and control centre", "military"),
        ("missiles destroyed the Russian landing ship Novocherkassk", "military"),
        ("a missile hit the Rostov-on-Don submarine in dry dock", "military"),
        ("the cathedral was damaged", "religious"),
        ("a mosque was struck", "religious"),
        ("an aid convoy was hit", "humanitarian"),
        ("the displacement camp was shelled", "humanitarian"),
        ("a grain silo burned", "agricultural"),
        ("a football pitch in the town", "other"),
        ("an industrial enterprise", "other"),
        ("the Drama Theatre", "other"),
        ("the second attack targeted the army's camp at Bamba", "military"),
        ("the missiles hit training camps near Khost", "military"),
        ("jets bombed ammunition bunkers near the town", "military"),
        ("aircraft struck pro-government forces advancing on the town", "military"),
        ("a suicide bomber blew himself up outside the district courts complex", "government"),
        ("a boat laden with explosives blew up alongside the destroyer USS Cole", "military"),
        ("two explosions hit the Indian Air Force station at Jammu airport", "military"),
    ],
)
def test_target_category(text: str, target: str | None) -> None:
    mention = pick_target(text)
    assert (mention.target if mention is not None else None) == target


def test_target_after_the_attack_word_wins() -> None:
    text = "according to Wolfson Medical Center, a direct hit on a residential building"
    mention = pick_target(text, text.index("hit"))
    assert mention is not None and mention.target == "residential"


def test_taken_to_hospital_is_not_a_target() -> None:
    assert find_targets("31 people were taken to hospital") == []
    assert find_targets("She was flown to a hospital in San Antonio") == []
    assert find_targets("The wounded were taken to nearby hospitals") == []
    assert [t.target for t in find_targets("A missile hit a hospital in Kharkiv")] == ["medical"]
    # ... nor one named where the wounded were treated
    assert find_targets("Three firefighters were treated at Baalbek government hospital") == []
    assert find_targets("they were taken by ambulance to Ziv hospital") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("the suicide truck bombing that gutted the Central Bank", "government"),
        ("a truck bomb outside the Marco Fidel Suarez military aviation school", "military"),
        ("a car bomb crashed through the gates of the United Nations headquarters", "humanitarian"),
        # a UN agency's school is a school, though it shelters the displaced
        ("Israeli strike on UN school in central Gaza kills at least 33", "education"),
        ("shells hit an UNRWA school in Beit Hanoun", "education"),
        ("a strike on the UNRWA warehouse in Rafah", "humanitarian"),
        ("a suicide bombing outside the district headquarters in Marka", "government"),
        ("gunmen stormed the provincial offices in Jalalabad", "government"),
    ],
)
def test_what_an_institution_is_decides_its_category(text: str, target: str) -> None:
    assert [t.target for t in find_targets(text)] == [target]


def test_where_someone_spoke_is_not_a_target() -> None:
    text = "Speaking at a church in South Carolina, President Joe Biden said the attack was wrong"
    assert find_targets(text) == []
    assert [t.target for t in find_targets("A missile hit a church in Odesa")] == ["religious"]


def test_a_source_told_after_according_to_is_not_a_target() -> None:
    text = "Over 100 were killed in Djibo, according to residents, an aid worker and an analyst"
    assert find_targets(text) == []
    text = "According to officials, strikes hit an aid convoy near Rafah"
    assert [t.target for t in find_targets(text)] == ["humanitarian"]


def test_no_target() -> None:
    assert pick_target("missiles hit the city") is None
    # the armed men who fired, not what was hit
    assert pick_target("the town was struck by Russian forces") is None
    assert pick_target("Russian forces shelled the town") is None


def test_a_building_beats_an_area() -> None:
    text = "Seven missiles hit the centre of the city, destroying several apartment buildings"
    mention = pick_target(text, text.index("hit"))
    assert mention is not None and mention.target == "residential"
    assert pick_target("missiles hit the centre of the city", weak=False) is None
    area = pick_target("missiles hit the centre of the city")
    assert area is not None and area.weak


def test_a_counted_building_is_a_home_a_named_one_is_not() -> None:
    text = "In Nabatieh, a strike flattened a building and killed seven members of one family"
    mention = pick_target(text, text.index("strike"))
    assert mention is not None and mention.target == "residential" and mention.weak
    assert [t.target for t in find_targets("air strikes brought down three buildings")] == [
        "residential"
    ]
    # one named before, or a building of a kind the text does not say
    assert find_targets("part of the building caved in") == []
    # (the UN's is humanitarian, not a home)
    text = "a bomber drove into the United Nations building"
    assert [t.target for t in find_targets(text)] == ["humanitarian"]
    assert find_targets("he attacked children at a community building on Hart Street") == []
    # what the building is, named anywhere, wins
    text = "A missile hit a building and the hospital next to it was damaged"
    mention = pick_target(text, text.index("hit"))
    assert mention is not None and mention.target == "medical"


def test_a_car_hit_is_transport_a_car_that_carried_the_attack_is_not() -> None:
    text = "an Israeli drone strike on a car in Sidon killed a Fatah commander"
    mention = pick_target(text, text.index("strike"))
    assert mention is not None and (mention.target, mention.text) == ("transport", "car")
    assert find_targets("two car bombs exploded at a junction") == []
    assert find_targets("a car packed with explosives blew up") == []
    assert find_targets("a man drove his car into people exercising") == []
    assert "transport" not in {t.target for t in find_targets("people walked to the car park")}
    # a car is the last of the weak targets: the building was what was hit
    text = "Falling debris set cars and a building on fire"
    mention = pick_target(text)
    assert mention is not None and mention.target == "residential"
    text = "shelling killed ten people, leaving burning cars near the Freedom Square market"
    mention = pick_target(text, text.index("shelling"))
    assert mention is not None and mention.target == "commercial"


def test_non_residential_buildings_are_not_homes() -> None:
    found = find_targets("Two drones struck non-residential buildings in Moscow")
    assert [t.target for t in found] == ["other"]


def _labelled_sentences() -> list[str]:
    path = Path(__file__).parent / "cases" / "strikes-own.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    return [fold(s.text) for text in texts for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "a nine-storey building and a multi-storey car park",
        "the children'shelter and the children's hospital",
        "AID CONVOY hit near the UN school, said the city council",
    ],
)
def test_phrases_are_looked_for_where_a_category_can_open(text: str) -> None:
    low = fold(text)
    scanned = [(t, m.span()) for t, p in targets._PATTERNS for m in p.finditer(low)]
    assert scanned  # each text names a target
    assert [(t, m.span()) for t, m in targets._matches(low)] == scanned


def test_the_openings_find_every_match_on_the_labelled_cases() -> None:
    """``_matches`` tries each category only at words opening with one of its literals: it
    must find exactly what a scan of the whole text per category finds."""
    for low in _labelled_sentences():
        scanned = [(t, m.span()) for t, p in targets._PATTERNS for m in p.finditer(low)]
        assert [(t, m.span()) for t, m in targets._matches(low)] == scanned, low


def test_the_platform_a_weapon_was_fired_from_is_no_target() -> None:
    text = "Kalibr missiles fired from a submarine in the Black Sea hit an office building"
    assert [t.target for t in find_targets(text)] == ["commercial"]


def test_a_village_hit_is_homes_unless_the_text_names_what_in_it() -> None:
    village = pick_target("Air strikes on a village in the Kushar district killed 22 people")
    assert village is not None and (village.target, village.weak) == ("residential", True)
    text = "A missile hit a school in the village of Hroza"
    school = pick_target(text, text.index("hit"))
    assert school is not None and school.target == "education"
    # a village named as a landmark is no target
    found = find_targets("A drone fired on a car near the village of Jalameh")
    assert [t.text for t in found] == ["car"]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Israeli strikes hit near Baalbek, killing two Hezbollah members.", "Hezbollah members"),
        ("Four Armenian soldiers were killed and one wounded.", "soldiers were killed"),
        ("A U.S. strike killed four members of the Kataib Hezbollah armed group.", "group"),
        ("Maoist rebels killed 76 policemen in an ambush.", "policemen"),
        ("Three American service members were killed in the drone attack.", "service members"),
        # civilians among the victims: the armed men are not all that was hit
        ("The shell killed two soldiers and a civilian.", None),
        ("Three people, among them two soldiers, were killed.", None),
        # the attackers killed in the exchange of fire
        ("Five militants were killed in the exchange of fire.", None),
        ("Soldiers fired at the crowd.", None),
    ],
)
def test_combatants_hit_as_the_only_victims(text: str, hit: str | None) -> None:
    mention = combatants_hit(text)
    if hit is None:
        assert mention is None
    else:
        assert mention is not None and mention.target == "military" and mention.weak
        assert hit in mention.text


def test_an_event_with_armed_victims_and_no_site_hit_a_military_target() -> None:
    text = (
        "Israeli air strikes hit near the eastern Lebanese city of Baalbek on Monday, killing "
        "two Hezbollah members, security sources said."
    )
    (event,) = extract_strikes(text, dt.date(2024, 2, 26))
    assert (event.location.name, event.target) == ("Baalbek", "military")  # type: ignore[union-attr]
    school = text.replace("near the eastern Lebanese city of", "a school in")
    assert extract_strikes(school, dt.date(2024, 2, 26))[0].target == "education"


def test_an_office_in_an_officials_title_is_no_target_in_ukrainian() -> None:
    text = "за словами голови обласної військової адміністрації Олександра Прокудіна"
    assert find_targets(text) == []
    text = "Ракета влучила в будівлю обласної адміністрації."
    assert [t.target for t in find_targets(text)] == ["government"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit's or a post's name is no field
        ("Militants attacked the camp of an army field regiment in Nagrota.", []),
        ("The strike hit a field hospital.", [("hospital", "medical")]),
        # ... but a field is one
        ("A shell hit a field near the village.", [("field", "agricultural")]),
    ],
)
def test_a_field_unit_or_post_is_no_farmland(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.target) for m in find_targets(text)] == expected


def test_a_city_named_port_is_no_port() -> None:
    # "Port Sudan", "Port Said": a city, where a lower-case port is a site.
    assert [m.target for m in find_targets("Drones struck Port Sudan on Sunday.")] == []
    assert [m.text for m in find_targets("Drones struck the port in Sudan.")] == ["port"]
