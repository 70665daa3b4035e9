"""`newswatch process`: run the Faust processor until SIGINT or SIGTERM."""

from __future__ import annotations

import gc

from newswatch.settings import get_settings


def process() -> None:
    """Dedupe articles, extract strike events and correlate them into incidents (Ctrl-C stops)."""
    import faust

    from newswatch.topics import apply_topic_specs, ensure_topics
    from processors.app import changelog_specs, create_app
    from processors.gazetteer import load_gazetteer

    settings = get_settings()
    # Create the topics as `newswatch setup` does, before anyone can publish to them: a topic
    # the broker auto-creates has its default partition count, and Faust refuses to update
    # a table whose source topic and changelog differ in partitions.
    ensure_topics(settings.kafka_bootstrap, settings.topics)
    # ... and the tables' changelogs, which Faust would create as it starts, racing its own
    # first read of the cluster's metadata (see ``changelog_specs``).
    apply_topic_specs(settings.kafka_bootstrap, changelog_specs(settings))
    # Load the gazetteer before consuming (the first article should not wait for it), then
    # take it and the other start-up objects out of the garbage collector's scans: they
    # live as long as the process, and a full collection would rescan them every time.
    load_gazetteer()
    gc.freeze()
    worker = faust.Worker(
        create_app(settings),
        loglevel=settings.log_level,
        quiet=True,  # no banner: the log lines say what happens
        override_logging=False,  # keep newswatch's structlog set-up
        redirect_stdouts=False,
    )
    worker.spinner = None  # it writes terminal escapes even when stdout is a file
    # Faust's worker handles SIGINT/SIGTERM itself, stops the app cleanly and exits 0.
    worker.execute_from_commandline()
