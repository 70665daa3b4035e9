from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from processors.weapons import (
    LEXICON_PATH,
    SPECIAL_MUNITION_CATEGORIES,
    find_aircraft,
    find_weapons,
    fired_by,
    lexicon_size,
    load_lexicon,
    weapon_event_type,
)

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "kharkiv-2022-02-28.txt"
LEXICON = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
WEAPON_TYPES = {"shelling", "missile", "air_strike", "drone"}


def canonicals(text: str) -> list[str]:
    return [m.canonical for m in find_weapons(text)]


def test_the_lexicon_is_large_and_every_system_implies_a_strike_type() -> None:
    assert lexicon_size() >= 120
    assert lexicon_size() == len(LEXICON["weapons"])
    for entry in LEXICON["weapons"]:
        assert weapon_event_type(entry["canonical"]) == entry["event_type"] in WEAPON_TYPES


def test_canonical_names_follow_the_dev_gold() -> None:
    gold = {"BM-21 Grad", "Tochka-U", "cluster munitions", "Shahed (Geran-2)", "Kh-101", "Kh-555"}
    assert gold | {"Falaq-1"} <= {entry["canonical"] for entry in LEXICON["weapons"]}


def _alias_cases() -> list[tuple[str, str]]:
    """Every alias of every entry, in a sentence that gives it the context it asks for."""
    cases = []
    for entry in LEXICON["weapons"]:
        for alias in entry["aliases"]:
            spec = {"alias": alias} if isinstance(alias, str) else alias
            surface = spec["alias"].replace("*", "ими")
            needs = spec.get("requires_context")
            names = [needs] if isinstance(needs, str) else needs or []
            cue = f" {LEXICON['contexts'][names[0]][0]}" if names else ""
            cases.append((f"Officials said ({surface}{cue}) hit the area.", entry["canonical"]))
    return cases


@pytest.mark.parametrize(("text", "canonical"), _alias_cases())
def test_every_alias_is_found_as_its_own_system(text: str, canonical: str) -> None:
    assert canonicals(text) == [canonical]


def test_the_seed_article_names_only_grad() -> None:
    text = SEED.read_text(encoding="utf-8")
    mentions = find_weapons(text)
    assert {m.canonical for m in mentions} == {"BM-21 Grad"}
    assert [m.surface for m in mentions] == ["grads", "BM-21 Grad"]
    assert all(text[m.start : m.end] == m.surface for m in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # multiple rocket launchers, artillery, named mortars -> shelling
        ("Russian troops unleashed a barrage of Grad multiple-launch rockets.", ["BM-21 Grad"]),
        ("Uragan and Smerch rockets with cluster warheads hit Kharkiv.",
         ["BM-27 Uragan", "BM-30 Smerch", "cluster munitions"]),
        ("Russian forces fired Tornado-S rockets at Nikopol.", ["Tornado-S"]),
        ("The Tornado multiple rocket launcher pounded the town.", ["Tornado-S"]),
        ("A TOS-1A Solntsepyok fired thermobaric rockets; a TOS-1 too.",
         ["TOS-1A", "thermobaric munitions", "TOS-1A"]),
        ("Ukrainian HIMARS launched GMLRS rockets; an M270 also fired.",
         ["HIMARS", "GMLRS", "M270"]),
        ("A 2S19 Msta-S and a 2S7 Pion shelled the village, with D-30 howitzers.",
         ["2S19 Msta-S", "2S7 Pion", "D-30"]),
        ("Gvozdika and Akatsiya guns, a 2S4 Tyulpan mortar and a 2B11.",
         ["2S1 Gvozdika", "2S3 Akatsiya", "2S4 Tyulpan", "2B11 Sani"]),
        ("Hezbollah fired an Iranian-made Falaq-1 rocket with a 53-kilogram warhead.", ["Falaq-1"]),
        ("Hamas launched Qassam rockets, M-75 rockets and an R-160 at Tel Aviv.",
         ["Qassam rocket", "M-75", "R-160"]),
        ("Militants in Gaza fired Grad rockets at Beersheba.", ["BM-21 Grad"]),
        ("Ukraine used Vilkha rockets and Czech-made Vampire multiple rocket launchers.",
         ["Vilkha", "RM-70 Vampire"]),
        ("North Korean Koksan guns fired artillery shells at Kursk.", ["Koksan"]),
        # ballistic, cruise, air-defence missiles -> missile
        ("Tu-95 bombers fired 23 Kh-101 and Kh-555 cruise missiles.", ["Kh-101", "Kh-555"]),
        ("MiG-31K jets carrying Kinzhal missiles; a Kh-47M2 Kinzhal was shot down.",
         ["Kinzhal", "Kinzhal"]),
        ("Russia struck with Iskander-M, Iskander-K and Kalibr missiles.",
         ["Iskander-M", "Iskander-K", "Kalibr"]),
        ("Kh-22, Kh-32, Kh-31P, Kh-59MK2, Kh-69 and Kh-35 missiles were launched.",
         ["Kh-22", "Kh-32", "Kh-31", "Kh-59", "Kh-69", "Kh-35"]),
        ("A 3M22 Zircon and P-800 Oniks missiles hit Kyiv.", ["Zircon", "P-800 Oniks"]),
        ("The Tochka-U missile carried a cluster warhead.", ["Tochka-U", "cluster munitions"]),
        ("S-300 and S-400 missiles hit Kharkiv at night.", ["S-300", "S-400"]),
        ("A KN-23 ballistic missile struck Kyiv; Russia also used the Oreshnik.",
         ["KN-23", "Oreshnik"]),
        ("Iran fired Fattah-1, Kheibar Shekan and Sejjil missiles.",
         ["Fattah", "Kheibar Shekan", "Sejjil"]),
        ("Iran launched Emad missiles, Fateh-110 and Zolfaghar ballistic missiles.",
         ["Emad", "Fateh-110", "Zolfaghar"]),
        ("The Houthis launched a Burkan-2H ballistic missile and Quds-4 cruise missiles.",
         ["Burkan-2H", "Quds cruise missile"]),
        ("Russia received Fath-360 missiles from Iran.", ["Fath-360"]),
        ("Ukraine fired ATACMS, Storm Shadow and SCALP-EG missiles.",
         ["ATACMS", "Storm Shadow", "Storm Shadow"]),
        ("Germany will not send Taurus cruise missiles.", ["Taurus"]),
        ("A Neptune missile hit the cruiser; the Long Neptune hit a refinery.",
         ["Neptune", "Long Neptune"]),
        ("Ukraine's Flamingo cruise missile (FP-5) hit a plant.", ["Flamingo", "Flamingo"]),
        ("US Tomahawk missiles struck Houthi sites.", ["Tomahawk"]),
        ("Hezbollah fired Kornet and Almas anti-tank missiles at Metula.", ["Kornet", "Almas"]),
        ("A Spike missile hit a car.", ["Spike"]),
        # bombs and kits -> air_strike
        ("Russia dropped a FAB-500 with a UMPK glide kit and two KAB-500 bombs.",
         ["FAB-500", "UMPK", "KAB-500"]),
        ("FAB-250, FAB-1500 and FAB-3000 bombs; a UPAB-1500B and a KAB-1500.",
         ["FAB-250", "FAB-1500", "FAB-3000", "UPAB-1500B", "KAB-1500"]),
        ("Russian jets launched 40 KABs at Kharkiv region.", ["KAB"]),
        ("A UMPB D-30SN hit Kharkiv.", ["UMPB D-30SN"]),
        ("Israeli jets used a GBU-39 SDB, a GBU-31 JDAM and Mk-84 bombs.",
         ["GBU-39", "GBU-31", "JDAM", "Mk-84"]),
        ("Ukraine's jets dropped JDAM-ER and AASM Hammer bombs.", ["JDAM-ER", "AASM Hammer"]),
        ("Helicopters dropped barrel bombs on Aleppo.", ["barrel bombs"]),
        ("A Hellfire missile fired from a drone killed him.", ["Hellfire"]),
        # drones -> drone
        ("Russia launched 40 Shahed drones and Geran-2s overnight.",
         ["Shahed (Geran-2)", "Shahed (Geran-2)"]),
        ("Shahed-131, Shahed-238 and Shahed-136 drones.",
         ["Shahed-131 (Geran-1)", "Shahed-238 (Geran-3)", "Shahed (Geran-2)"]),
        ("A Lancet loitering munition hit a howitzer.", ["Lancet"]),
        ("Switchblade drones, a Harop and a Harpy drone.", ["Switchblade", "Harop", "Harpy"]),
        ("A Bayraktar TB2, an Akinci and MQ-9 Reaper drones.",
         ["Bayraktar TB2", "Bayraktar Akinci", "MQ-9 Reaper"]),
        ("The army's Mohajer-6 and a Wing Loong II struck RSF positions.",
         ["Mohajer-6", "Wing Loong II"]),
        ("Liutyi drones and Bober drones hit Moscow; Palianytsia too.",
         ["Liutyi", "Bober", "Palianytsia"]),
        ("Houthi Samad-3 drones and a Yafa drone hit Tel Aviv.", ["Samad-3", "Yafa"]),
        ("Hermes 450 and Hermes 900 drones fired missiles.", ["Hermes 450", "Hermes 900"]),
        # special munitions
        ("White phosphorus shells fell on the village.", ["white phosphorus"]),
        ("Chlorine gas attack in Douma; sarin in Khan Shaykhun.", ["chlorine", "sarin"]),
        ("Russian troops used chloropicrin and incendiary munitions.",
         ["chloropicrin", "incendiary munitions"]),
        ("The RBK-500 cluster bomb and an ODAB-500 vacuum bomb.",
         ["RBK-500", "cluster munitions", "ODAB-500", "thermobaric munitions"]),
    ],
)  # fmt: skip
def test_named_systems_in_reports(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Обстріл з РСЗО «Град»: Градами накрили район.", ["BM-21 Grad", "BM-21 Grad"]),
        ("Росія вдарила Іскандерами та Калібрами, ракети Х-101 і Х-555.",
         ["Iskander-M", "Kalibr", "Kh-101", "Kh-555"]),
        ("Ночью россияне запустили 50 Шахедов и ракету «Кинжал».",
         ["Shahed (Geran-2)", "Kinzhal"]),
        ("Росіяни атакували Одесу шахедами та дронами «Герань-2».",
         ["Shahed (Geran-2)", "Shahed (Geran-2)"]),
        ("Окупанти скинули КАБи та ФАБ-500 з УМПК.", ["KAB", "FAB-500", "UMPK"]),
        ("Удар ракетою «Точка-У» з касетними боєприпасами.", ["Tochka-U", "cluster munitions"]),
        ("Ударний дрон «Ланцет» уразив гармату; РСЗО «Торнадо-С» та «Смерч» вели вогонь.",
         ["Lancet", "Tornado-S", "BM-30 Smerch"]),
        ("Ракета «Циркон» і ракети С-300 та С-400.", ["Zircon", "S-300", "S-400"]),
        # Belgorod, December 2023; Riyadh, 2018
        ("Город обстреляли из чешских РСЗО «Вампир».", ["RM-70 Vampire"]),
        ("По аэропорту была выпущена ракета «Буркан-2H».", ["Burkan-2H"]),
        ("ППО збила 30 Шахедів і дві Герані; дрон уразив ціль Ланцетом.",
         ["Shahed (Geran-2)", "Shahed (Geran-2)", "Lancet"]),
    ],
)  # fmt: skip
def test_cyrillic_names_and_their_case_endings(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kh-101 hit", "Kh101 hit", "Kh 101 hit", "X-101 hit", "Х-101 hit", "Kh–101 hit",
        "KH-101 hit", "Two Kh-101s hit", "Kh-101’s warhead",
    ],
)  # fmt: skip
def test_separator_and_plural_variants_of_a_designation(text: str) -> None:
    assert canonicals(text) == ["Kh-101"]


@pytest.mark.parametrize(
    "text",
    [
        "A study in The Lancet found civilian deaths were under-reported.",
        "The Lancet published a paper on drone injuries among children.",
        "A tornado warning was issued for three counties.",
        "The Tornado fighter jets were retired by the RAF.",
        "He went to grad school in Boston; Grad school fees rose.",
        "Recent grads struggle to find jobs.",
        "Neptune is the eighth planet from the Sun.",
        "Spike Lee premiered his new film.",
        "Officials reported a spike in attacks.",
        "She bought a Hermes handbag in Paris.",
        "Taurus horoscope: a good week for love.",
        "The strike price of the option was $55.",
        "Hail (град) fell in Kyiv: выпал град размером с яйцо.",
        "A hurricane (ураган) hit the coast; a geranium (герань) flowers in spring.",
        "The pool was treated with chlorine.",
        "Abdel Fattah al-Burhan spoke after the missile attack.",
        "Iskander Mirza was Pakistan's first president; Mustafa Akinci met him.",
        "Samad said the drone attack killed five.",
        "The Grim Reaper came for the drones.",
        "He threw the javelin 90 metres at the Olympic final.",
        "A Sapsan train left Moscow for St Petersburg.",
        "Hellfire and brimstone, the preacher warned.",
        "A cluster of buildings; the white paper; a small team; a long journey.",
        "Russia's 300 drones and a 2 S 19 error code.",
        "The Gradient, Kh-1010, BM-210 and S-3000 are not weapons; nor is Graduate.",
        "Flamingos gathered at the lake; Caesar crossed the Rubicon.",
        "Operation Al-Aqsa Flood (Toufan al-Aqsa) began with rocket fire.",
        "Tu-95 and Su-34 aircraft took off; MiG-31K jets flew.",
        "Russia fired missiles, rockets, mortars and drones; tank fire hit the town.",
    ],
)
def test_ordinary_words_and_generic_weapons_are_not_named_systems(text: str) -> None:
    assert find_weapons(text) == []


def test_mentions_are_sorted_non_overlapping_and_the_longest_name_wins() -> None:
    text = (
        "Spent BM-21 Grad rockets, a Kh-47M2 Kinzhal, the Long Neptune, a UMPB D-30SN, "
        "MQ-9 Reaper drones and 2S7 Pion guns. " * 3
    )
    mentions = find_weapons(text)
    assert [m.surface for m in mentions[:6]] == [
        "BM-21 Grad", "Kh-47M2 Kinzhal", "Long Neptune", "UMPB D-30SN", "MQ-9 Reaper", "2S7 Pion",
    ]  # fmt: skip
    assert len(mentions) == 18
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    assert all(text[m.start : m.end] == m.surface for m in mentions)


def test_mentions_carry_the_type_and_category_of_their_system() -> None:
    (grad, iskander, fab, shahed) = find_weapons("Grad, Iskander-M, FAB-500, Shahed-136")
    assert (grad.event_type, grad.category) == ("shelling", "mlrs")
    assert (iskander.event_type, iskander.category) == ("missile", "ballistic_missile")
    assert (fab.event_type, fab.category) == ("air_strike", "unguided_bomb")
    assert (shahed.event_type, shahed.category) == ("drone", "attack_drone")


def test_weapon_event_type_knows_lexicon_names_only() -> None:
    assert weapon_event_type("BM-21 Grad") == "shelling"
    assert weapon_event_type("Kinzhal") == "missile"
    assert weapon_event_type("UMPK") == "air_strike"
    assert weapon_event_type("Shahed (Geran-2)") == "drone"
    with pytest.raises(KeyError):
        weapon_event_type("Su-34")


def test_special_munitions_are_marked_as_delivery_agnostic() -> None:
    special = {m.category for m in find_weapons("cluster munitions, white phosphorus, sarin")}
    assert special <= SPECIAL_MUNITION_CATEGORIES
    assert find_weapons("a Kalibr")[0].category not in SPECIAL_MUNITION_CATEGORIES


def test_aircraft_are_hints_not_weapons() -> None:
    text = "Tu-95MS bombers fired Kh-101s; Su-34 jets dropped KAB-500 bombs; a Ka-52 fired."
    assert [(m.canonical, m.event_type) for m in find_aircraft(text)] == [
        ("Tu-95", "missile"), ("Su-34", "air_strike"), ("Ka-52", "air_strike"),
    ]  # fmt: skip
    assert canonicals(text) == ["Kh-101", "KAB-500"]


def _write_lexicon(tmp_path: Path, weapons: list[dict[str, object]]) -> Path:
    path = tmp_path / "lexicon.yaml"
    document = {"contexts": {"drone": ["drone", "UAV"]}, "weapons": weapons}
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


def test_a_custom_lexicon_applies_its_context_rules(tmp_path: Path) -> None:
    entry = {
        "canonical": "Lancet",
        "event_type": "drone",
        "category": "loitering_munition",
        "aliases": [{"alias": "Lancet", "case_sensitive": True, "requires_context": "drone"}],
    }
    matcher = load_lexicon(_write_lexicon(tmp_path, [entry])).weapons
    assert [m.surface for m in matcher.find("Two Lancets and a Lancet drone")] == [
        "Lancets",
        "Lancet",
    ]
    assert matcher.find("The Lancet journal; a lancet; a LANCET") == []


@pytest.mark.parametrize(
    ("weapons", "error"),
    [
        ([{"canonical": "A", "event_type": "missile", "category": "x", "aliases": ["Foo"]},
          {"canonical": "B", "event_type": "missile", "category": "x", "aliases": ["foo"]}],
         "names both"),
        ([{"canonical": "A", "event_type": "missile", "category": "x", "aliases": ["Foo", "FOO"]}],
         "repeated alias"),
        ([{"canonical": "A", "event_type": "rocket", "category": "x", "aliases": ["Foo"]}],
         "event_type"),
        ([{"canonical": "A", "event_type": "drone", "category": "x",
           "aliases": [{"alias": "Foo", "requires_context": "weather"}]}],
         "unknown context"),
        ([{"canonical": "A", "event_type": "drone", "category": "x", "aliases": []}],
         "no aliases"),
    ],
)  # fmt: skip
def test_a_faulty_lexicon_is_refused_with_a_clear_error(
    tmp_path: Path, weapons: list[dict[str, object]], error: str
) -> None:
    with pytest.raises(ValueError, match=error):
        load_lexicon(_write_lexicon(tmp_path, weapons))


def test_offsets_hold_when_lower_casing_changes_the_text_length() -> None:
    text = "İzmir İİ: Bayraktar TB2 drones, grads (rockets) and Kh-101s hit"
    assert len(text.lower()) != len(text)
    mentions = find_weapons(text)
    assert [m.canonical for m in mentions] == ["Bayraktar TB2", "BM-21 Grad", "Kh-101"]
    assert [text[m.start : m.end] for m in mentions] == ["Bayraktar TB2", "grads", "Kh-101s"]


def test_the_chunk_by_chunk_scan_finds_what_the_candidate_scan_finds() -> None:
    matcher = load_lexicon().weapons
    names = ["Kh-101", "Kh 101", "Kh\u00a0101", "S-300", "s 300", "Storm Shadow", "Iskander-M",
             "BM-21 Grad", "An-26", "A-50", "Shahed-136s,", "(Kh-101)", "Russia's", "Градами"]
    seps = [" ", "  ", "\u00a0", "\n", " - ", ", ", " \u00a0"]
    texts = [
        sep.join(combo)
        for sep in seps
        for combo in itertools.permutations(["an", "storm", "kh", "s", *names[:6]], 3)
    ] + [" ".join(names), " ".join(names) + " ", " " + " ".join(names), "kh", "kh "]
    texts.append("\n".join(name.replace(" ", "\u00a0") for name in names))  # (one long chunk)
    for text in texts * 2:  # (again, from what the matcher remembers)
        low = text.lower()
        expected = [(m.start(1) - 1, m.group(1)) for m in matcher._candidates.finditer(" " + low)]
        assert matcher._starts(low) == expected, text


def test_the_tos_1as_name_alone_needs_a_weapons_context() -> None:
    # "Solntsepek" is also a hacker group's name
    text = "A group called Solntsepek, linked to the GRU, claimed responsibility."
    assert find_weapons(text) == []
    text = "Russian forces fired a Solntsepek rocket launcher at the village."
    assert [w.canonical for w in find_weapons(text)] == ["TOS-1A"]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sent Shahed-131/136 attack drones", ["Shahed-131 (Geran-1)", "Shahed (Geran-2)"]),
        ("S-300/400 air-defence missiles fired at the city", ["S-300", "S-400"]),
        # a slash that names no sibling
        ("a 24/7 watch on the Kh-101 launches", ["Kh-101"]),
    ],
)
def test_each_system_of_a_slashed_pair_is_named(text: str, expected: list[str]) -> None:
    assert [w.canonical for w in find_weapons(text)] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The group fired a 'Palestine-2' hypersonic ballistic missile at the airport.",
            ["Palestine-2"],
        ),
        ("Molniya-2 kamikaze drones hit the Khimik microdistrict.", ["Molniya"]),
        # (the words in their other senses)
        ("The Molniya satellite was launched from Plesetsk.", []),
        ("Palestine 2, Israel 1: a late goal settled the match.", []),
    ],
)
def test_the_houthis_palestine_2_and_russias_molniya_drone(text: str, names: list[str]) -> None:
    assert [w.canonical for w in find_weapons(text)] == names


def test_a_named_system_whose_name_is_a_common_word_needs_its_context() -> None:
    assert canonicals("The army fired Czech-made Vampire rockets at the city.") == [
        "RM-70 Vampire"
    ]
    assert canonicals("The Vampire Diaries cast visited Kyiv.") == []
    # Khurais, 2019: the coalition named the cruise missiles
    assert canonicals("He identified the cruise missiles as the 'Ya Ali' type.") == ["Ya Ali"]
    assert canonicals("Ya Ali Hassan said the talks failed.") == []


@pytest.mark.parametrize(
    ("systems", "country", "side"),
    [
        (["Kh-22"], "UA", "Russian forces"),
        (["Shahed (Geran-2)", "Kh-101"], "UA", "Russian forces"),
        (["ATACMS"], "RU", "Ukrainian forces"),
        (["Storm Shadow"], "UA", "Ukrainian forces"),  # (on Russian-held land)
        # elsewhere another's, or either side's
        (["Shahed (Geran-2)"], "IL", None),
        (["BM-21 Grad"], "UA", None),
        (["Iskander-M", "ATACMS"], "UA", None),
        ([], "UA", None),
    ],
)
def test_a_system_only_one_side_fires_there_names_its_side(
    systems: list[str], country: str, side: str | None
) -> None:
    assert fired_by(systems, country) == side


def test_a_side_listed_with_a_system_the_lexicon_lacks_is_refused(tmp_path: Path) -> None:
    path = _write_lexicon(
        tmp_path,
        [{"canonical": "A", "event_type": "missile", "category": "x", "aliases": ["Foo"]}],
    )
    text = path.read_text(encoding="utf-8") + "fired_by: {X: {in: [UA], systems: [B]}}\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="no weapon of the lexicon"):
        load_lexicon(path)
