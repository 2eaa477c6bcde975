import os
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from psycopg import sql

from partners.models import AccessLog, AdminRequest


class Command(BaseCommand):
    help = (
        "Gives the application's database role what it may do, and nothing more: read and "
        "write the tables of the schema, but on the access log only read and add rows. Run by "
        "the owner of the tables after every migrate (make and docker-compose do); the "
        "application connects as the other role, which owns nothing, so it can neither "
        "TRUNCATE a table nor switch off the access log's trigger."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--role",
            default=settings.DATABASE_APP_ROLE,
            help="The application's role (default: DATABASE_APP_ROLE).",
        )

    def handle(self, *args: Any, role: str, **options: Any) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "select current_user, exists(select 1 from pg_roles where rolname = %s)", [role]
            )
            owner, exists = cursor.fetchone()
            if role == owner:
                raise CommandError(
                    f"Connected as {role} itself: run this as the owner of the tables."
                )
            app = sql.Identifier(role)
            password = os.environ.get("DATABASE_APP_PASSWORD", "")
            if not exists and password:
                # An installation made before the application had its own role (docker-compose
                # creates it only for a new database): the owner, who may, creates it now.
                cursor.execute(
                    sql.SQL("create role {} login nocreatedb nocreaterole password {}").format(
                        app, sql.Literal(password)
                    )
                )
            elif not exists:
                raise CommandError(
                    f"The role {role} does not exist; create it (login, no other rights) "
                    "as bin/ensure-system does, or set DATABASE_APP_PASSWORD, and run this again."
                )
            statements = [
                sql.SQL("grant usage on schema public to {}").format(app),
                sql.SQL(
                    "grant select, insert, update, delete on all tables in schema public to {}"
                ).format(app),
                sql.SQL("grant usage, select on all sequences in schema public to {}").format(app),
                sql.SQL(
                    "revoke update, delete, truncate, references, trigger on {} from {}"
                ).format(sql.Identifier(AccessLog._meta.db_table), app),
                # The four-eyes requests are the record of who asked and who decided.
                sql.SQL("revoke delete, truncate, references, trigger on {} from {}").format(
                    sql.Identifier(AdminRequest._meta.db_table), app
                ),
                # The nightly rebuild of the insight figures empties what the cases contribute.
                sql.SQL("grant truncate on insight_contribution to {}").format(app),
                # Tables a later migration creates: the same rights, before this runs again.
                sql.SQL(
                    "alter default privileges in schema public "
                    "grant select, insert, update, delete on tables to {}"
                ).format(app),
                sql.SQL(
                    "alter default privileges in schema public "
                    "grant usage, select on sequences to {}"
                ).format(app),
            ]
            for statement in statements:
                cursor.execute(statement)
        self.stdout.write(
            f"Database role {role}: may read and write; the access log only grows, the "
            "four-eyes requests are never deleted."
        )
