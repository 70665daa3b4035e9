"""Score extracted strikes against labelled cases (the dev-set format of ``shared/data``).

Matching rules:

- **Strike detection** is per text: a text is predicted a strike when at least one event
  is extracted; compared with ``gold.is_strike`` (precision, recall, F1).
- **Events** are matched within one text, one-to-one: a predicted event matches a gold
  event when they name one place: the names are equal after normalisation (case, accents,
  hyphens and apostrophes ignored), the text's own spelling (``mentioned_as``) is the gold
  name, or the gold name is one of the predicted GeoNames place's names (the gold's "Derna"
  is GeoNames' Darnah). A camp, base or airport named for its place is that place's (events
  are placed at settlements): "Maghazi Camp", "Shayrat Airbase" and "Aden International
  Airport" are matched by "Maghazi", "Shayrat" and "Aden" (``facility_free``). A gold name
  qualified by its region after a comma (Wikipedia's "Buenos Aires, Cauca") is matched by the
  place of that name in that region. When several gold events share a place (two attacks on
  one city), each goes to the unmatched prediction that agrees with it on most of event type,
  date and killed figure. **Place** P/R/F1 counts
  matched pairs as true positives, unmatched predictions as false positives and unmatched
  gold events as false negatives.
- **Background** gold events (``"background": true``, a past strike mentioned as context)
  are optional: unmatched, they are not misses; matched, they count as correct.
- Over matched pairs: **event type**, **date**, **killed**, **wounded**, **perpetrator** and
  **target** accuracy (exact equality; a null gold value is matched only by null), and
  **weapon** P/R/F1 over the pooled set overlaps (names compared case-insensitively after
  mapping the gold names through the weapon lexicon).
- Gold counts map onto the project's ``{min, max}`` as the README says: ``killed`` N and
  ``killed_min`` N -> {N, N}; ``killed`` null and ``killed_min`` N -> {N, None}; ``killed``
  N and ``killed_min`` null (an approximate figure) -> {N, N}; both null -> {None, None}.
- **Confidence** is scored by how well it ranks: the share of (matched, unmatched)
  prediction pairs where the matched one has the higher confidence, ties counting half (the
  ROC AUC; 0.5 is no better than chance, none when either kind is missing).
- Perpetrators are compared after ``actors.normalise_actor`` on both sides, so the gold
  label "Russian forces (per White Helmets; Russia denied)" equals "Russian forces".
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from newswatch.contracts import CountRange, Location, Strike
from processors.actors import normalise_actor


@dataclass(frozen=True, slots=True)
class Metric:
    """One row of the report: a rate (P/R/F1 or accuracy) and the number it rests on."""

    name: str
    precision: float | None
    recall: float | None
    f1: float | None
    n: int

    @property
    def score(self) -> float | None:
        """The figure a target is set on: F1 for detection rows, accuracy otherwise."""
        return self.f1


@dataclass
class Report:
    """All metrics plus the per-case mistakes, for a reader who wants to see why."""

    metrics: dict[str, Metric] = field(default_factory=dict)
    mistakes: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "metrics": {
                k: {"precision": m.precision, "recall": m.recall, "f1": m.f1, "n": m.n}
                for k, m in self.metrics.items()
            },
            "mistakes": self.mistakes,
        }


def gold_count(exact: int | None, minimum: int | None) -> CountRange:
    """A gold figure as the project's ``{min, max}`` (README mapping)."""
    if exact is not None:
        return CountRange(min=exact, max=exact)
    if minimum is not None:
        return CountRange(min=minimum, max=None)
    return CountRange()


def normalise_name(name: str | None) -> str:
    """A place name reduced for comparison: no case, accents, hyphens, apostrophes or
    brackets."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    for ch in "-'’`‘()":  # (a label's qualifier in brackets: "Kushchyovskaya (air base)")
        plain = plain.replace(ch, " ")
    return " ".join(plain.split())


# The words that name a camp, base or airport after (or "Camp" before) the name of the place
# it is at (longer first: the first that ends the name is taken off).
_FACILITY_SUFFIXES = (
    " refugee camp", " camp", " military airbase", " airbase", " air base", " airfield",
    " air field", " military base", " base", " air force station", " international airport",
    " military airport", " airport",
)  # fmt: skip


def facility_free(name: str) -> str:
    """A normalised name (``normalise_name``) less the words that make it a camp's, a base's or
    an airport's ("maghazi camp" -> "maghazi", "camp taji" -> "taji", "aden international
    airport" -> "aden")."""
    for suffix in _FACILITY_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name[5:] if name.startswith("camp ") else name


def _prf(tp: int, fp: int, fn: int, name: str, n: int | None = None) -> Metric:
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None or recall is None:
        f1 = None if precision is None and recall is None else 0.0
        if tp + fp + fn == 0:
            f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Metric(name, precision, recall, f1, tp + fp + fn if n is None else n)


def _accuracy(hits: list[bool], name: str) -> Metric:
    value = sum(hits) / len(hits) if hits else None
    return Metric(name, None, None, value, len(hits))


def _agreement(pred: Strike, gold: dict[str, Any]) -> int:
    score = int(pred.event_type == gold.get("event_type"))
    score += int(str(pred.date) == str(gold.get("date")))
    score += int(pred.killed == gold_count(gold.get("killed"), gold.get("killed_min")))
    return score


def match_events(
    predicted: list[Strike], gold: list[dict[str, Any]]
) -> tuple[list[tuple[Strike, dict[str, Any]]], list[Strike], list[dict[str, Any]]]:
    """Pair predictions with gold events of one text: (pairs, unmatched preds, unmatched gold)."""
    free = list(predicted)
    pairs: list[tuple[Strike, dict[str, Any]]] = []
    missed: list[dict[str, Any]] = []
    for event in gold:
        same = [p for p in free if _names_place(p, event.get("location"))]
        if not same:
            missed.append(event)
            continue
        best = max(same, key=lambda p: _agreement(p, event))
        free.remove(best)
        pairs.append((best, event))
    return pairs, free, missed


def _names_place(pred: Strike, gold_name: str | None) -> bool:
    """Whether the prediction's place is the one the gold names (see the module doc)."""
    location = pred.location
    if location is None or not gold_name:
        return False
    base, comma, qualifier = gold_name.partition(",")
    if comma and _qualifies(location, qualifier):
        gold_name = base  # "Buenos Aires, Cauca": Wikipedia's title for the Buenos Aires in Cauca
    name = facility_free(normalise_name(gold_name))
    if name in (
        facility_free(normalise_name(location.name)),
        facility_free(normalise_name(location.mentioned_as)),
    ):
        return True
    if location.geonameid is None:  # a curated place, with no GeoNames id: by its name
        return normalise_name(location.name) in _place_names(gold_name)
    return location.geonameid in _geonameids(gold_name)


def _qualifies(location: Location, qualifier: str) -> bool:
    """Whether a gold name's qualifier after a comma is the predicted place's region or country
    ("Cauca" for Cauca Department)."""
    told = normalise_name(qualifier)
    return bool(told) and any(
        normalise_name(whole).startswith(told)
        for whole in (location.admin1, location.country)
        if whole
    )


@cache
def _place_names(name: str) -> frozenset[str]:
    """The names of the places a name may mean ("Jurf al-Sakhar" is Jurf al-Nasr, renamed)."""
    from processors.gazetteer import load_gazetteer

    return frozenset(normalise_name(p.name) for p in load_gazetteer().lookup(name))


@cache
def _geonameids(name: str) -> frozenset[int]:
    """The GeoNames ids of the places a name may mean (the gazetteer's names, Latin and
    Cyrillic, with their alternates)."""
    from processors.gazetteer import load_gazetteer  # (the scorer alone needs no gazetteer)

    return frozenset(p.geonameid for p in load_gazetteer().lookup(name) if p.geonameid)


def score(
    cases: Iterable[dict[str, Any]],
    predictions: dict[str, list[Strike]],
    weapon_name: Callable[[str], str] = str,
) -> Report:
    """Score ``predictions`` (case id -> strikes) against ``cases`` (see the module doc)."""
    report = Report()
    det = {"tp": 0, "fp": 0, "fn": 0}
    place = {"tp": 0, "fp": 0, "fn": 0}
    weapon = {"tp": 0, "fp": 0, "fn": 0}
    checks: dict[str, list[bool]] = {
        k: [] for k in ("type", "date", "killed", "wounded", "perp", "target")
    }
    right: list[float] = []  # confidences of matched predictions, and of the others
    wrong: list[float] = []
    texts = 0
    for case in cases:
        texts += 1
        gold = case.get("gold", {})
        predicted = predictions.get(case["id"], [])
        is_strike = bool(gold.get("is_strike"))
        said = bool(predicted)
        det["tp"] += is_strike and said
        det["fp"] += said and not is_strike
        det["fn"] += is_strike and not said
        pairs, extra, missed = match_events(predicted, gold.get("events", []))
        missed = [g for g in missed if not g.get("background")]
        place["tp"] += len(pairs)
        place["fp"] += len(extra)
        place["fn"] += len(missed)
        for p in extra:
            report.mistakes.append(
                {
                    "id": case["id"],
                    "field": "place",
                    "predicted": p.location.name if p.location else None,
                    "gold": None,
                }
            )
        for g in missed:
            report.mistakes.append(
                {"id": case["id"], "field": "place", "predicted": None, "gold": g.get("location")}
            )
        right += [pred.confidence for pred, _ in pairs]
        wrong += [p.confidence for p in extra]
        for pred, event in pairs:
            _compare_pair(case["id"], pred, event, checks, weapon, weapon_name, report)
    report.metrics["strike"] = _prf(det["tp"], det["fp"], det["fn"], "strike detection", texts)
    report.metrics["place"] = _prf(place["tp"], place["fp"], place["fn"], "place")
    report.metrics["event_type"] = _accuracy(checks["type"], "event type")
    report.metrics["weapons"] = _prf(weapon["tp"], weapon["fp"], weapon["fn"], "weapons")
    report.metrics["date"] = _accuracy(checks["date"], "date")
    report.metrics["killed"] = _accuracy(checks["killed"], "killed exact")
    report.metrics["wounded"] = _accuracy(checks["wounded"], "wounded exact")
    report.metrics["perpetrator"] = _accuracy(checks["perp"], "perpetrator")
    report.metrics["target"] = _accuracy(checks["target"], "target")
    report.metrics["confidence"] = Metric(
        "confidence AUC", None, None, ranking_auc(right, wrong), len(right) + len(wrong)
    )
    return report


def ranking_auc(right: list[float], wrong: list[float]) -> float | None:
    """The chance that a right event's score beats a wrong one's, ties counting half."""
    if not right or not wrong:
        return None
    ordered = sorted(wrong)
    wins = sum(bisect_left(ordered, r) + (bisect_right(ordered, r) - bisect_left(ordered, r)) / 2
               for r in right)  # fmt: skip
    return wins / (len(right) * len(wrong))


def _compare_pair(
    case_id: str,
    pred: Strike,
    event: dict[str, Any],
    checks: dict[str, list[bool]],
    weapon: dict[str, int],
    weapon_name: Callable[[str], str],
    report: Report,
) -> None:
    gold_weapons = {weapon_name(w).casefold() for w in event.get("weapons") or []}
    pred_weapons = {w.casefold() for w in pred.weapons}
    weapon["tp"] += len(gold_weapons & pred_weapons)
    weapon["fp"] += len(pred_weapons - gold_weapons)
    weapon["fn"] += len(gold_weapons - pred_weapons)
    gold_date = event.get("date")
    values = {
        "type": (pred.event_type, event.get("event_type")),
        "date": (pred.date.isoformat() if isinstance(pred.date, dt.date) else None, gold_date),
        "killed": (pred.killed, gold_count(event.get("killed"), event.get("killed_min"))),
        "wounded": (pred.wounded, gold_count(event.get("wounded"), event.get("wounded_min"))),
        "perp": (normalise_actor(pred.perpetrator), normalise_actor(event.get("perpetrator"))),
        "target": (pred.target, event.get("target")),
    }
    if pred_weapons != gold_weapons:
        values["weapons"] = (sorted(pred_weapons), sorted(gold_weapons))
    for key, (got, want) in values.items():
        ok = got == want
        if key in checks:
            checks[key].append(ok)
        if not ok:
            report.mistakes.append(
                {"id": case_id, "place": event.get("location"), "field": key,
                 "predicted": _plain(got), "gold": _plain(want)}
            )  # fmt: skip


def _plain(value: object) -> object:
    if isinstance(value, CountRange):
        return value.model_dump()
    return value
