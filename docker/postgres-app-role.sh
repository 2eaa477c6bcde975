#!/bin/sh
# Run once by the postgres image when it creates its database: the application's role, which
# logs in and owns nothing (the migrate service grants it its rights after every migrate).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$APP_DB_PASSWORD" <<'SQL'
create role vierhoek_app login nocreatedb nocreaterole password :'app_password';
SQL
