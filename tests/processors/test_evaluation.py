import datetime as dt

from newswatch.contracts import CountRange, Location, Strike
from processors.evaluation import facility_free, gold_count, match_events, normalise_name, score


def _strike(name: str, **fields: object) -> Strike:
    base = {
        "event_type": "missile",
        "location": Location(name=name, lat=0.0, lon=0.0),
        "date": dt.date(2024, 1, 1),
    }
    return Strike.model_validate({**base, **fields})


def _gold(name: str, **fields: object) -> dict:
    return {
        "event_type": "missile",
        "location": name,
        "date": "2024-01-01",
        "killed": None,
        "killed_min": None,
        "wounded": None,
        "wounded_min": None,
        "weapons": [],
        "perpetrator": None,
        "target": None,
        **fields,
    }


def test_gold_count_mapping() -> None:
    assert gold_count(11, 11) == CountRange(min=11, max=11)
    assert gold_count(None, 24) == CountRange(min=24, max=None)
    assert gold_count(300, None) == CountRange(min=300, max=300)
    assert gold_count(None, None) == CountRange()


def test_names_compare_without_case_accents_or_hyphens() -> None:
    assert normalise_name("Maarat al-Numan") == normalise_name("maarat al numan")
    assert normalise_name("Ózd") == "ozd"


def test_same_place_pairs_go_to_the_best_agreement() -> None:
    preds = [_strike("El Fasher", event_type="shelling"), _strike("El Fasher", event_type="drone")]
    gold = [_gold("El Fasher", event_type="drone"), _gold("El Fasher", event_type="shelling")]
    pairs, extra, missed = match_events(preds, gold)
    assert [(p.event_type, g["event_type"]) for p, g in pairs] == [
        ("drone", "drone"),
        ("shelling", "shelling"),
    ]
    assert extra == [] and missed == []


def test_a_place_matches_by_the_reports_spelling_or_a_geonames_name() -> None:
    # GeoNames' Darnah is the gold's Derna; the report's "Sabratha" is GeoNames' Sabratah
    darnah = Location(name="Darnah", geonameid=87205, lat=32.77, lon=22.64)
    sabratah = Location(name="Sabratah", mentioned_as="Sabratha", lat=32.79, lon=12.48)
    preds = [_strike("x", location=darnah), _strike("x", location=sabratah)]
    pairs, extra, missed = match_events(preds, [_gold("Derna"), _gold("Sabratha")])
    assert [(p.location.name, g["location"]) for p, g in pairs] == [  # type: ignore[union-attr]
        ("Darnah", "Derna"),
        ("Sabratah", "Sabratha"),
    ]
    assert extra == [] and missed == []
    # ... but not another place of another name
    assert match_events(preds, [_gold("Tobruk")])[2] == [_gold("Tobruk")]


def test_a_curated_place_with_no_geonames_id_matches_a_gold_name_it_is_known_by() -> None:
    # the gazetteer's Jurf al-Nasr (no GeoNames id) is known by its old name, Jurf al-Sakhar
    jurf = Location(name="Jurf al-Nasr", country_code="IQ", lat=32.87, lon=44.21)
    pairs, extra, missed = match_events([_strike("x", location=jurf)], [_gold("Jurf al-Sakhar")])
    assert len(pairs) == 1 and extra == [] and missed == []
    # ... and by no other place's name
    assert match_events([_strike("x", location=jurf)], [_gold("Fallujah")])[0] == []


def test_a_gold_name_qualified_by_its_region_is_matched_in_that_region() -> None:
    # Wikipedia's "Buenos Aires, Cauca" is the Buenos Aires in Cauca Department
    gold = [_gold("Buenos Aires, Cauca")]
    cauca = Location(
        name="Buenos Aires", admin1="Cauca Department", country="Colombia", lat=3.0, lon=-76.6
    )
    pairs, extra, missed = match_events([_strike("x", location=cauca)], gold)
    assert len(pairs) == 1 and extra == [] and missed == []
    # ... not in another region
    other = Location(
        name="Buenos Aires", admin1="Buenos Aires F.D.", country="Argentina", lat=-34.6, lon=-58.4
    )
    assert match_events([_strike("x", location=other)], gold)[0] == []


def test_a_camp_or_base_is_matched_by_its_places_name() -> None:
    preds = [_strike("Maghazi"), _strike("Shayrat"), _strike("Camp Taji")]
    gold = [_gold("Maghazi Camp"), _gold("Shayrat Airbase"), _gold("Taji air base")]
    pairs, extra, missed = match_events(preds, gold)
    assert [(p.location.name, g["location"]) for p, g in pairs] == [  # type: ignore[union-attr]
        ("Maghazi", "Maghazi Camp"),
        ("Shayrat", "Shayrat Airbase"),
        ("Camp Taji", "Taji air base"),
    ]
    assert extra == [] and missed == []
    # ... but a word alone is no name: "Camp" is not any camp, "base" not any base
    assert match_events([_strike("Camp")], [_gold("Base")])[0] == []
    assert facility_free("nuseirat refugee camp") == "nuseirat"


def test_an_airport_or_air_station_is_matched_by_the_place_it_is_named_for() -> None:
    preds = [_strike("Aden"), _strike("Hama"), _strike("Jammu"), _strike("Domodedovo")]
    gold = [
        _gold("Aden International Airport"), _gold("Hama Military Airport"),
        _gold("Jammu Air Force Station"), _gold("Domodedovo Airport"),
    ]  # fmt: skip
    pairs, extra, missed = match_events(preds, gold)
    assert len(pairs) == 4 and extra == [] and missed == []
    # ... or told in brackets
    bracketed = match_events([_strike("Kushchyovskaya")], [_gold("Kushchyovskaya (air base)")])
    assert len(bracketed[0]) == 1
    # ... but not one named for someone else: "Ben Gurion Airport" is not Lod
    assert match_events([_strike("Lod")], [_gold("Ben Gurion Airport")])[0] == []


def test_score_counts_detection_places_and_fields() -> None:
    cases = [
        {
            "id": "a",
            "gold": {
                "is_strike": True,
                "events": [
                    _gold("Kyiv", killed=4, killed_min=4, weapons=["Kh-101"]),
                    _gold("Lviv"),
                ],
            },
        },
        {"id": "b", "gold": {"is_strike": False, "events": []}},
        {"id": "c", "gold": {"is_strike": True, "events": [_gold("Uman", background=True)]}},
    ]
    predictions = {
        "a": [
            _strike("Kyiv", killed={"min": 4, "max": 4}, weapons=["Kh-101", "Kinzhal"]),
            _strike("Odesa"),
        ],
        "b": [_strike("Paris")],
        "c": [],
    }
    report = score(cases, predictions)
    strike = report.metrics["strike"]
    assert (strike.precision, strike.recall) == (0.5, 0.5)
    place = report.metrics["place"]
    assert (place.precision, place.recall) == (1 / 3, 0.5)
    assert report.metrics["killed"].f1 == 1.0
    weapons = report.metrics["weapons"]
    assert (weapons.precision, weapons.recall) == (0.5, 1.0)
    assert report.metrics["event_type"].n == 1


def test_background_events_are_optional_but_count_when_found() -> None:
    cases = [
        {
            "id": "c",
            "gold": {"is_strike": True, "events": [_gold("Kyiv"), _gold("Uman", background=True)]},
        }
    ]
    without = score(cases, {"c": [_strike("Kyiv")]}).metrics["place"]
    with_bg = score(cases, {"c": [_strike("Kyiv"), _strike("Uman")]}).metrics["place"]
    assert (without.precision, without.recall) == (1.0, 1.0)
    assert (with_bg.precision, with_bg.recall) == (1.0, 1.0)


def test_perpetrator_labels_are_normalised() -> None:
    cases = [
        {
            "id": "a",
            "gold": {
                "is_strike": True,
                "events": [_gold("Kyiv", perpetrator="Russian forces (per officials)")],
            },
        }
    ]
    report = score(cases, {"a": [_strike("Kyiv", perpetrator="Russian forces")]})
    assert report.metrics["perpetrator"].f1 == 1.0
    assert report.mistakes == []
