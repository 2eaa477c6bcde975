"""The application connects as a database role that owns no table: it reads and writes the
case data, but cannot empty a table, and on the access log it can only read and add rows,
never change, delete or truncate them, nor switch off the trigger that guards them."""

import os
from collections.abc import Iterator

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from partners.models import AccessLog

pytestmark = pytest.mark.django_db

APP_PASSWORD = os.environ.get("DATABASE_APP_PASSWORD", "vierhoek_app")


@pytest.fixture
def as_app() -> Iterator[psycopg.Connection]:
    """A connection to this test database as the application's role."""
    database = connection.settings_dict
    with psycopg.connect(
        host=database["HOST"] or "127.0.0.1",
        port=database["PORT"] or 5432,
        dbname=database["NAME"],
        user=settings.DATABASE_APP_ROLE,
        password=APP_PASSWORD,
        autocommit=True,
        options="-c lock_timeout=2s -c statement_timeout=5s",
    ) as conn:
        yield conn


def refused(conn: psycopg.Connection, statement: str) -> str:
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as error:
        conn.execute(statement)
    return str(error.value)


def test_the_app_role_owns_nothing_and_reads_and_writes_case_data(
    as_app: psycopg.Connection,
) -> None:
    owners = as_app.execute(
        "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user"
    ).fetchone()
    assert owners == (0,)
    as_app.execute("select count(*) from casework_case").fetchone()
    as_app.execute("update casework_case set version = version where false")
    assert "casework_case" in refused(as_app, "truncate casework_case")


def test_the_access_log_only_grows(as_app: psycopg.Connection) -> None:
    table = AccessLog._meta.db_table
    assert table == "partners_accesslog"
    as_app.execute("select count(*) from partners_accesslog").fetchone()
    for statement in (
        "truncate partners_accesslog",
        "delete from partners_accesslog",
        "update partners_accesslog set path = ''",
        "alter table partners_accesslog disable trigger partners_accesslog_append_only",
        "drop trigger partners_accesslog_append_only on partners_accesslog",
    ):
        message = refused(as_app, statement)
        assert table in message or "owner" in message or "permission" in message, statement


def test_the_four_eyes_requests_are_never_deleted(as_app: psycopg.Connection) -> None:
    as_app.execute("select count(*) from partners_adminrequest").fetchone()
    refused(as_app, "delete from partners_adminrequest")
    refused(as_app, "truncate partners_adminrequest")
