"""The processor app's declarations, read without a broker."""

from __future__ import annotations

from newswatch.settings import get_settings
from processors.app import changelog_specs, create_app


def test_the_changelogs_created_up_front_are_the_ones_faust_uses() -> None:
    # (the worker creates them before Faust starts; a name or a partition count that differs
    # from Faust's would leave Faust to create its own, and the start-up race with it)
    settings = get_settings()
    app = create_app(settings)
    faust_changelogs = {
        table.changelog_topic.get_topic_name(): table.changelog_topic.partitions
        for table in app.tables.values()
    }
    specs = changelog_specs(settings)
    assert {spec.name: spec.partitions for spec in specs} == faust_changelogs
    assert all(spec.configs == {"cleanup.policy": "compact"} for spec in specs)
