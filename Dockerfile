# One image for the producer, processor, indexer and setup services (see docker-compose.yml).

# The wheel, with the extraction core compiled to C by mypyc (setup.py): the full image has
# the C compiler that the slim one lacks.
FROM python:3.11 AS build
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY newswatch ./newswatch
COPY producers ./producers
COPY processors ./processors
COPY indexer ./indexer
RUN NEWSWATCH_COMPILE=1 pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    XDG_DATA_HOME=/var/lib \
    XDG_CACHE_HOME=/var/cache

WORKDIR /app
COPY --from=build /wheels /wheels
COPY feeds.yaml ./feeds.yaml
# The extraction below builds the gazetteer's index once, at image build time, so the
# processor does not spend its first start on it.
RUN pip install /wheels/*.whl \
    && rm -rf /wheels \
    && echo '{"id": "warm-up", "text": "Shelling hit Kharkiv.", "published": "2024-01-01"}' | newswatch extract \
    && useradd --system --create-home --home-dir /home/newswatch newswatch \
    && mkdir -p /var/lib/newswatch /var/cache/newswatch \
    && chown -R newswatch /var/lib/newswatch /var/cache/newswatch

USER newswatch
ENTRYPOINT ["newswatch"]
CMD ["--help"]
