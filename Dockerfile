# Tipline: the bot, as a non-root container, production by default. Configure it with TIPLINE_*
# environment variables (see .env.example and docs/operators.md); it needs TIPLINE_BOT_TOKEN,
# TIPLINE_DATABASE_URL (PostgreSQL) and the key (TIPLINE_SECRET_KEY_FILE or TIPLINE_SECRET_KEY).
# docker-compose.yml runs it with PostgreSQL.

# ---- build: the locked dependencies (hash-checked), then Tipline's own wheel ----------------------
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY requirements/bootstrap.txt requirements/build.txt requirements/runtime.txt ./requirements/
COPY docker/install-locked.sh ./docker/
RUN ./docker/install-locked.sh deps /opt/tipline
COPY pyproject.toml README.md LICENSE alembic.ini ./
COPY bot ./bot
COPY flows ./flows
COPY locales ./locales
COPY migrations ./migrations
RUN ./docker/install-locked.sh app /opt/tipline /src

# ---- final: only the virtualenv, run as an unprivileged user ---------------------------------------
FROM python:3.11-slim
RUN groupadd --gid 10001 tipline \
    && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /data --shell /usr/sbin/nologin tipline \
    && mkdir /data \
    && chown 10001:10001 /data
COPY --from=build /opt/tipline/venv /opt/tipline/venv
COPY docker/healthcheck.py /opt/tipline/healthcheck.py
ENV PATH=/opt/tipline/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    TIPLINE_ENV=production \
    TIPLINE_DATA_DIR=/data \
    TIPLINE_HEALTH_LISTEN=127.0.0.1:8081
# The data folder outlives the container (a volume); with PostgreSQL nothing else is kept in it.
VOLUME ["/data"]
WORKDIR /data
USER 10001:10001
# /healthz on TIPLINE_HEALTH_LISTEN: the database answers, updates do not wait, the outbox drains,
# Telegram answers. A standard-library script, -I (isolated): milliseconds, every 30 seconds.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["python3", "-I", "/opt/tipline/healthcheck.py"]
# Brings the schema up to date (replicas take turns: an advisory lock), then serves: long polling,
# or a webhook when TIPLINE_WEBHOOK_URL is set.
CMD ["tipline", "run", "--migrate"]
