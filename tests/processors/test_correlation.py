from __future__ import annotations

import itertools
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from newswatch.contracts import CountRange, Event, Evidence, Incident, Location
from newswatch.settings import ProcessorSettings
from processors.correlation import (
    IncidentState,
    combine_counts,
    dump_state,
    incident_key,
    load_state,
    merge,
    summarise,
)

KHARKIV = Location(
    name="Kharkiv", geonameid=706483, country="Ukraine", country_code="UA", lat=49.98, lon=36.25
)
T0 = datetime(2022, 2, 28, 12, 0, tzinfo=UTC)


def event(id: str, article_id: str | None = None, hours: float = 0, **changes: object) -> Event:
    fields: dict[str, object] = {
        "id": id,
        "article_id": article_id or f"article-{id}",
        "event_type": "shelling",
        "location": KHARKIV,
        "date": date(2022, 2, 28),
        "date_precision": "day",
        "published": T0 + timedelta(hours=hours),
        "extracted_at": T0 + timedelta(hours=hours, minutes=1),
    }
    fields.update(changes)
    return Event.model_validate(fields)


LIMIT = ProcessorSettings().incident_max_reports


def state_of(*events: Event, limit: int = LIMIT) -> IncidentState:
    state = None
    for e in events:
        state = merge(state, e, limit)
    return state or IncidentState()


def incident_of(*events: Event, limit: int = LIMIT) -> Incident:
    key = incident_key(events[0])
    assert key is not None
    return summarise(key, state_of(*events, limit=limit))


# --- the key -------------------------------------------------------------------------------


def test_same_place_and_day_share_a_key_whatever_the_kind_of_attack() -> None:
    assert incident_key(event("e1")) == incident_key(event("e2", event_type="missile"))


def test_another_day_or_place_is_another_incident() -> None:
    keys = {
        incident_key(event("e1")),
        incident_key(event("e2", date=date(2022, 3, 1))),
        incident_key(event("e3", location=KHARKIV.model_copy(update={"geonameid": 710791}))),
    }
    assert len(keys) == 3


def test_places_without_geonames_id_match_by_name_and_country() -> None:
    plain = KHARKIV.model_copy(update={"geonameid": None})
    key = incident_key(event("e1", location=plain))
    assert key == incident_key(event("e2", location=plain.model_copy(update={"name": " kharkiv"})))
    elsewhere = plain.model_copy(update={"country_code": "RU"})
    assert key != incident_key(event("e3", location=elsewhere))
    assert key != incident_key(event("e4"))  # an id and a bare name are not assumed equal


@pytest.mark.parametrize(
    "changes",
    [
        {"location": None},
        {"location": KHARKIV.model_copy(update={"precision": "region"})},
        {"location": KHARKIV.model_copy(update={"precision": "country"})},
        {"date": None},
        {"date_precision": "unknown"},
    ],
)
def test_events_without_a_place_or_a_known_day_are_not_correlated(changes: dict) -> None:
    assert incident_key(event("e1", **changes)) is None


# --- merging -------------------------------------------------------------------------------


def test_two_articles_on_one_strike_make_one_incident() -> None:
    a = event(
        "e1",
        "art-1",
        weapons=["BM-21 Grad"],
        killed=CountRange(min=24),
        wounded=CountRange(min=200),
        perpetrator="Russia",
        target="residential",
    )
    b = event(
        "e2",
        "art-2",
        hours=3,
        weapons=["BM-27 Uragan", "BM-21 Grad"],
        killed=CountRange(min=11, max=11),
    )
    incident = incident_of(a, b)
    assert incident.event_ids == ["e1", "e2"]
    assert incident.article_ids == ["art-1", "art-2"]
    assert incident.report_count == 2
    assert incident.weapons == ["BM-21 Grad", "BM-27 Uragan"]
    assert incident.killed == CountRange(min=24)
    assert incident.wounded == CountRange(min=200)
    assert incident.perpetrator == "Russia"
    assert incident.target == "residential"
    assert incident.location == KHARKIV
    assert incident.date == date(2022, 2, 28)
    assert (incident.first_seen, incident.last_seen) == (T0, T0 + timedelta(hours=3))


def test_two_events_of_one_article_count_as_one_report() -> None:
    incident = incident_of(event("e1", "art-1"), event("e2", "art-1", event_type="air_strike"))
    assert incident.event_ids == ["e1", "e2"]
    assert incident.article_ids == ["art-1"]
    assert incident.report_count == 1


def test_replaying_an_event_changes_nothing() -> None:
    a, b = event("e1"), event("e2", hours=1, killed=CountRange(min=5, max=5))
    once = incident_of(a, b)
    assert incident_of(a, b, a, b, b) == once


def test_an_updated_event_replaces_its_earlier_report() -> None:
    first = event("e1", killed=CountRange(min=40, max=40), weapons=["BM-21 Grad"])
    corrected = event("e1", hours=2, killed=CountRange(min=10, max=10), weapons=["Tornado-S"])
    incident = incident_of(first, event("e2", hours=1), corrected)
    assert incident.killed == CountRange(min=10, max=10)  # the 40 is gone with its report
    assert incident.weapons == ["Tornado-S"]
    assert incident.event_ids == ["e2", "e1"]  # ordered by publication
    assert incident.report_count == 2


def test_the_incident_does_not_depend_on_arrival_order() -> None:
    events = [
        event("e1", event_type="missile", killed=CountRange(min=3)),
        event("e2", hours=1, killed=CountRange(min=8, max=8), perpetrator="Russia"),
        event("e3", hours=2, weapons=["Kh-101"], wounded=CountRange(min=12, max=12)),
    ]
    results = {incident_of(*order).model_dump_json() for order in itertools.permutations(events)}
    assert len(results) == 1


def test_the_kind_of_attack_is_what_most_reports_say_and_the_latest_on_a_tie() -> None:
    majority = incident_of(
        event("e1", event_type="missile"), event("e2", hours=1), event("e3", hours=2)
    )
    assert majority.event_type == "shelling"
    tie = incident_of(event("e1", hours=5, event_type="missile"), event("e2"))
    assert tie.event_type == "missile"


def test_a_report_keeps_what_the_incident_reads_and_not_the_evidence() -> None:
    with_evidence = event("e1", evidence=[Evidence(text="Rockets hit Kharkiv.", start=0, end=20)])
    state = merge(None, with_evidence, LIMIT)
    assert "evidence" not in state.reports["e1"].model_dump()
    assert with_evidence.evidence  # the caller's event is untouched


def test_state_survives_serialisation() -> None:
    state = state_of(event("e1"), event("e2", killed=CountRange(min=2)))
    assert load_state(dump_state(state), LIMIT) == state
    assert load_state(None, LIMIT) == IncidentState()


def test_a_state_written_as_whole_events_is_still_read() -> None:
    # (the state before reports were made compact: event ids to events, as JSON)
    a, b = event("e1", killed=CountRange(min=3, max=3)), event("e2", hours=1)
    older = json.dumps({e.id: e.model_dump(mode="json") for e in (a, b)}).encode()
    assert load_state(older, LIMIT) == state_of(a, b)


def test_an_incident_needs_reports() -> None:
    with pytest.raises(ValueError, match="no reports"):
        summarise("geo:706483|2022-02-28", IncidentState())


# --- a much-reported strike ----------------------------------------------------------------


def wordy(i: int) -> Event:
    """A report as long as real ones get: a long title and address, several weapons."""
    return event(
        f"{i:020d}",
        f"article-{i:012d}",
        hours=i / 60,
        article_title="Russian forces shelled the centre of Kharkiv with Grad rockets " * 3,
        article_url="https://www.example-news-outlet.com/world/europe/2022/02/28/" + "x" * 80,
        feed="Example News — Europe (all stories)",
        weapons=["BM-21 Grad", "BM-27 Uragan", "cluster munitions"],
        killed=CountRange(min=24),
        wounded=CountRange(min=200, max=250),
        perpetrator="Russian forces",
        target="residential",
        target_text="a residential block of flats",
    )


def test_the_state_of_a_full_incident_fits_in_a_kafka_message() -> None:
    # (Kafka's default limit is 1 MB; the state is written whole on every report)
    state = state_of(*(wordy(i) for i in range(LIMIT + 50)))
    assert len(state.reports) == LIMIT
    assert len(dump_state(state)) < 1_000_000


def test_past_the_limit_the_earliest_reports_are_retired_but_still_counted() -> None:
    early = event("e1", "art-1", killed=CountRange(min=50, max=50), weapons=["Kh-101"])
    later = [event(f"e{i}", f"art-{i}", hours=i, killed=CountRange(min=7, max=7)) for i in (2, 3)]
    incident = incident_of(early, *later, limit=2)
    assert incident.event_ids == ["e2", "e3"]
    assert incident.report_count == 3
    assert incident.killed == CountRange(min=7, max=7)  # the retired 50 no longer votes
    assert incident.weapons == []
    assert incident.first_seen == T0  # the retired report's time


def test_a_retired_report_replayed_changes_nothing() -> None:
    events = [event(f"e{i}", f"art-{i}", hours=i) for i in range(4)]
    full = state_of(*events, limit=2)
    assert merge(full, events[0], 2) == full
    assert merge(full, events[3], 2) == full


def test_the_kept_reports_are_the_latest_whatever_the_arrival_order() -> None:
    events = [event(f"e{i}", f"art-{i}", hours=i, perpetrator=f"p{i}") for i in range(4)]
    kept = {tuple(state_of(*order, limit=2).reports) for order in itertools.permutations(events)}
    assert {tuple(sorted(k)) for k in kept} == {("e2", "e3")}


def test_the_incident_id_is_stable_per_key() -> None:
    assert incident_of(event("e1")).id == incident_of(event("e9", hours=4)).id
    assert incident_of(event("e1")).id != incident_of(event("e1", date=date(2022, 3, 1))).id


# --- casualty figures ----------------------------------------------------------------------


def exact(n: int) -> CountRange:
    return CountRange(min=n, max=n)


def at_least(n: int) -> CountRange:
    return CountRange(min=n)


@pytest.mark.parametrize(
    ("figures", "combined"),
    [
        ([], CountRange()),
        ([CountRange(), CountRange()], CountRange()),
        ([exact(5)], exact(5)),
        ([at_least(10), exact(12)], exact(12)),  # an exact figure above a lower bound
        ([exact(12), at_least(20)], at_least(20)),  # a later, larger bound beats it
        ([exact(10), exact(12)], exact(12)),  # the toll rose
        ([exact(15), exact(12)], exact(15)),  # a smaller figure does not lower the toll
        ([at_least(24), CountRange()], at_least(24)),  # silence is not zero
        ([exact(0), exact(3)], exact(3)),
        ([exact(0)], exact(0)),  # "no casualties"
        ([at_least(12), exact(12)], exact(12)),
    ],
)
def test_combined_casualty_figures(figures: list[CountRange], combined: CountRange) -> None:
    assert combine_counts(figures) == combined
    assert combine_counts(reversed(figures)) == combined
