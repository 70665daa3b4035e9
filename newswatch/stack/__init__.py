"""Local Kafka and Elasticsearch without Docker, fetched from Maven Central by artifact name.

`up(settings)` starts (and health-waits) whatever is not running, `down(settings)` stops
both, `status(settings)` reports them. `newswatch run` calls `up` when
`settings.uses_local_stack`; the test suite's session fixtures use the same functions.
"""

from newswatch.stack.lifecycle import down, status, up
from newswatch.stack.model import EngineState, EngineStatus, StackError, StackStatus

__all__ = ["EngineState", "EngineStatus", "StackError", "StackStatus", "down", "status", "up"]
