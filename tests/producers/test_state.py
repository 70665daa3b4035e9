from pathlib import Path

from producers.state import FeedState, State


def test_acknowledged_versions_survive_restart(tmp_path: Path) -> None:
    state = State(tmp_path)
    state.mark_published([("a1", "h1", "feed", 1.0), ("a2", "h2", "feed", 2.0)])
    state.mark_published([("a1", "h1b", "other", 3.0)])
    state.close()
    reopened = State(tmp_path)
    assert reopened.known_hashes(["a1", "a2", "a3"]) == {"a1": "h1b", "a2": "h2"}
    reopened.close()


def test_known_hashes_handles_many_ids(tmp_path: Path) -> None:
    state = State(tmp_path)
    state.mark_published((f"id{i}", f"h{i}", "f", float(i)) for i in range(1200))
    found = state.known_hashes(f"id{i}" for i in range(0, 2400, 2))
    assert len(found) == 600 and found["id1198"] == "h1198"


def test_feed_state_round_trip_and_reset_on_url_edit(tmp_path: Path) -> None:
    state = State(tmp_path)
    fresh = state.feed("bbc", "https://a.example/rss")
    assert fresh == FeedState(
        name="bbc", config_url="https://a.example/rss", url="https://a.example/rss"
    )
    fresh.url = "https://moved.example/rss"
    fresh.etag = '"v1"'
    fresh.failures = 2
    fresh.items_seen = 10
    state.save_feed(fresh)
    state.close()
    state = State(tmp_path)
    assert state.feed("bbc", "https://a.example/rss") == fresh
    assert [f.name for f in state.feeds()] == ["bbc"]
    # the user edited the URL in the feed list: start over for that feed
    edited = state.feed("bbc", "https://b.example/rss")
    assert edited.url == "https://b.example/rss" and edited.etag is None
    state.forget_feed("bbc")
    assert state.feeds() == []
