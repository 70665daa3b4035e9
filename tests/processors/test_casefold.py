from processors.casefold import compile_folded, fold


def test_fold_keeps_length_and_offsets() -> None:
    text = "KYIV — Straße İstanbul Shahed UAVs"  # "İ".lower() is two characters
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("kyiv — straße")
    assert folded[text.index("UAVs") :].startswith("uavs")


def test_compiled_patterns_match_folded_text_and_keep_named_groups() -> None:
    pattern = compile_folded(r"\b(?P<weapon>UAVs?|Shaheds?)\b")
    match = pattern.search(fold("Two Shahed drones and UAVs"))
    assert match is not None and match["weapon"] == "shahed"
    assert pattern.search("Two Shahed drones") is None  # unfolded text does not match
