# Vierhoek: one image for the web application, the Celery worker and beat.
FROM node:20-bookworm-slim AS static
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    PATH=/opt/venv/bin:$PATH
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core gettext \
        graphviz fonts-liberation2 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN pip install --no-cache-dir uv==0.13.9 \
    && uv sync --frozen --no-dev --no-install-project
COPY --from=static /app/node_modules ./node_modules
COPY . .
# Build-time values only: collectstatic and compilemessages need settings, not secrets.
# Left out: source maps, the ReDoc bundle (the API documentation uses Swagger UI) and the copies
# of htmx that django-htmx ships (the pages load the one from the lock file).
RUN DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=build ALLOWED_HOSTS=build \
        DATABASE_URL=postgres://build@localhost/build \
        sh -c "python manage.py collectstatic --no-input -v 0 -i '*.map' -i redoc -i django_htmx && python manage.py compilemessages -v 0 --ignore=node_modules --ignore=.venv" \
    && useradd --system --home /app vierhoek && chown -R vierhoek /app/var
USER vierhoek
ENV DJANGO_SETTINGS_MODULE=config.settings.production \
    GUNICORN_BIND=0.0.0.0:8000
EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "--config", "config/gunicorn.conf.py"]
