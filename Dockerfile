# Tipline: the bot, as a non-root container. Configure with TIPLINE_* environment variables
# (see .env.example); production needs TIPLINE_DATABASE_URL (PostgreSQL) and TIPLINE_SECRET_KEY.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY flows ./flows
COPY locales ./locales
COPY migrations ./migrations
RUN pip install --no-cache-dir --prefix=/install .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 tipline
COPY --from=build /install /usr/local
USER tipline
WORKDIR /home/tipline
ENV TIPLINE_DATA_DIR=/home/tipline/data \
    PYTHONUNBUFFERED=1
# Brings the schema up to date, then serves (long polling, or a webhook when TIPLINE_WEBHOOK_URL is set).
CMD ["tipline", "run", "--migrate"]
