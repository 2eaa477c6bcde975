"""Bulk generation of synthetic data with PostgreSQL COPY (psycopg 3), for benchmarks.

Rows are written with explicit ids in dependency order, straight into the tables, because one
million cases through the ORM would take hours. Everything comes from one seeded random
generator, so the same seed gives the same data set. The grants written are exactly what
`partner_join_case` would write: a `view_case` group permission per participating partner.
"""

import datetime
import random
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.db import connection, transaction

from casework.volume.data import (
    BATCH,
    CLASSIFICATIONS,
    FIRST_NAMES,
    LAST_NAMES,
    MARKER_REGION,
    MUNICIPALITIES,
    ORGANISATIONS,
    REGIONS,
    ROLE_SHARE,
    STATUSES,
    TABLES,
    USERS,
)
from partners.domains import domains_ensure
from partners.models import Domain, Role
from partners.services import roles_ensure


def foreign_data_present() -> bool:
    """Whether the database holds cases or partners that this generator did not make."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM partners_organisation) "
            "AND NOT EXISTS (SELECT 1 FROM partners_region WHERE name = %s)",
            [MARKER_REGION],
        )
        row = cursor.fetchone()
    return bool(row and row[0])


class VolumeGenerator:
    def __init__(self, *, seed: int, cases: int, log: Callable[[str], Any]) -> None:
        self.random = random.Random(seed)  # noqa: S311 - synthetic data, not security
        self.cases = cases
        self.log = log
        self.counts: dict[str, int] = {}
        self.today = datetime.date(2026, 11, 1)
        self.now = datetime.datetime(2026, 11, 1, 12, tzinfo=datetime.UTC)

    def run(self) -> dict[str, int]:
        with transaction.atomic():
            self._empty()
            domains_ensure(Domain)
            roles_ensure()
            self.domains = list(Domain.objects.order_by("position").values_list("id", "code"))
            self.zorg = next(pk for pk, code in self.domains if code == "zorg")
            self.role_groups = {role: Group.objects.get(name=role.group_name).pk for role in Role}
            self.view_case = Permission.objects.get(
                codename="view_case", content_type__app_label="casework"
            ).pk
            self._regions_and_municipalities()
            self._organisations()
            self._users()
            self._cases()
            self._reset_sequences()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        return self.counts

    # --- helpers ------------------------------------------------------------------------

    def _empty(self) -> None:
        with connection.cursor() as cursor:
            # Django's foreign keys are checked at commit; checks still pending from rows
            # written earlier in this transaction would make TRUNCATE fail.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"TRUNCATE {', '.join(TABLES)} CASCADE")  # noqa: S608 - fixed names
            cursor.execute("DELETE FROM auth_group WHERE name LIKE 'Partner: %%'")

    def _copy(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        raw = connection.connection
        count = 0
        with raw.cursor() as cursor:
            statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"  # noqa: S608
            with cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        self.counts[table] = self.counts.get(table, 0) + count
        return count

    def _reset_sequences(self) -> None:
        with connection.cursor() as cursor:
            # The tables written by _copy: fixed names from this module, never from input.
            for table in self.counts:
                highest = f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1"  # noqa: S608
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence(%s, 'id'), {highest}, false)", [table]
                )

    # --- partners -----------------------------------------------------------------------

    def _regions_and_municipalities(self) -> None:
        regions = [(1, MARKER_REGION)] + [
            (i, f"Veiligheidsregio {i:02d}") for i in range(2, REGIONS + 1)
        ]
        self._copy("partners_region", ["id", "name"], regions)
        self.municipalities = list(range(1, MUNICIPALITIES + 1))
        # Larger municipalities get more cases: a skewed weight per municipality.
        self.municipality_weights = [1 / (rank + 3) for rank in range(MUNICIPALITIES)]
        self._copy(
            "partners_municipality",
            ["id", "name", "cbs_code", "region_id"],
            (
                (pk, f"Gemeente {pk:03d}", f"GM{pk:04d}", 1 + (pk - 1) % REGIONS)
                for pk in self.municipalities
            ),
        )

    def _organisations(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT COALESCE(MAX(id), 0) FROM auth_group")
            first_group = cursor.fetchone()[0] + 1
        self.org_domain: dict[int, int] = {}
        groups, organisations = [], []
        for pk in range(1, ORGANISATIONS + 1):
            domain_id, code = self.domains[(pk - 1) % len(self.domains)]
            self.org_domain[pk] = domain_id
            group_id = first_group + pk - 1
            groups.append((group_id, f"Partner: Organisatie {pk:04d}"))
            organisations.append(
                (pk, f"Organisatie {pk:04d} ({code})", f"Org{pk}", "lokaal", domain_id, group_id)
            )
        self.org_group = {org[0]: org[5] for org in organisations}
        self._copy("auth_group", ["id", "name"], groups)
        self._copy(
            "partners_organisation",
            [
                "id",
                "name",
                "short_name",
                "level",
                "domain_id",
                "group_id",
                "email",
                "phone",
                "website",
                "address",
                "description",
            ],
            (org + ("", "", "", "", "") for org in organisations),
        )
        # A few partners take part in many cases, most in few (as in real regions).
        self.org_ids = list(range(1, ORGANISATIONS + 1))
        self.org_weights = [1 / (rank + 5) for rank in range(ORGANISATIONS)]

    def _users(self) -> None:
        password = make_password("volume-benchmark")
        roles: list[Role] = []
        for role, share in ROLE_SHARE:
            roles += [role] * round(USERS * share)
        roles = (roles + [Role.PARTNER_PROFESSIONAL] * USERS)[:USERS]
        self.users_by_role: dict[Role, list[int]] = {role: [] for role in Role}
        self.user_org: dict[int, int] = {}
        users, memberships = [], []
        for pk, role in enumerate(roles, start=1):
            organisation = self.org_ids[(pk * 7) % ORGANISATIONS]
            self.user_org[pk] = organisation
            self.users_by_role[role].append(pk)
            users.append(
                (
                    pk,
                    password,
                    False,
                    f"gebruiker{pk:05d}",
                    "Gebruiker",
                    f"{pk:05d}",
                    f"gebruiker{pk:05d}@volume.example",
                    role == Role.FUNCTIONAL_MANAGER,
                    True,
                    self.now,
                    organisation,
                )
            )
            memberships.append((pk, pk, self.role_groups[role]))
        self._copy(
            "partners_user",
            [
                "id",
                "password",
                "is_superuser",
                "username",
                "first_name",
                "last_name",
                "email",
                "is_staff",
                "is_active",
                "date_joined",
                "organisation_id",
            ],
            users,
        )
        self._copy("partners_user_groups", ["id", "user_id", "group_id"], memberships)

    # --- cases --------------------------------------------------------------------------

    def _cases(self) -> None:
        creators = self.users_by_role[Role.AOV] + self.users_by_role[Role.PROCESS_DIRECTOR]
        rnd = self.random
        tables: dict[str, tuple[list[str], list[Sequence[Any]]]] = {
            "casework_case": (
                [
                    "id",
                    "number",
                    "title",
                    "municipality_id",
                    "status",
                    "advice",
                    "life_areas",
                    "priority",
                    "escalation_level",
                    "created_by_id",
                    "created_at",
                    "version",
                ],
                [],
            ),
            "casework_statuschange": (
                [
                    "id",
                    "case_id",
                    "from_status",
                    "to_status",
                    "changed_by_id",
                    "changed_at",
                    "reason",
                ],
                [],
            ),
            "casework_caseparticipation": (
                [
                    "id",
                    "case_id",
                    "organisation_id",
                    "domain_id",
                    "joined_on",
                    "joined_decided_by_id",
                    "join_reason",
                    "leave_reason",
                ],
                [],
            ),
            "casework_casegroupobjectpermission": (
                ["id", "content_object_id", "group_id", "permission_id"],
                [],
            ),
            "casework_person": (
                [
                    "id",
                    "case_id",
                    "first_name",
                    "last_name",
                    "alias",
                    "birth_date",
                    "bsn",
                    "address",
                    "roles",
                    "added_by_id",
                    "added_at",
                ],
                [],
            ),
            "casework_relation": (
                [
                    "id",
                    "case_id",
                    "from_person_id",
                    "kind",
                    "to_person_id",
                    "source_id",
                    "added_by_id",
                ],
                [],
            ),
            "casework_signal": (
                [
                    "id",
                    "case_id",
                    "kind",
                    "received_on",
                    "source_id",
                    "domain_id",
                    "classification",
                    "authority",
                    "description",
                    "added_by_id",
                    "added_at",
                ],
                [],
            ),
            "casework_casenote": (
                ["id", "case_id", "author_id", "author_organisation_id", "text", "created_at"],
                [],
            ),
            "casework_casenote_restricted_to": (["id", "casenote_id", "domain_id"], []),
        }
        ids = dict.fromkeys(tables, 0)
        sequence: dict[int, int] = {}

        def add(table: str, *row: Any) -> int:
            ids[table] += 1
            tables[table][1].append((ids[table], *row))
            return ids[table]

        for case_id in range(1, self.cases + 1):
            municipality = rnd.choices(self.municipalities, self.municipality_weights)[0]
            sequence[municipality] = sequence.get(municipality, 0) + 1
            creator = rnd.choice(creators)
            created = self.now - datetime.timedelta(days=rnd.randrange(1, 1500))
            family = rnd.choice(LAST_NAMES)
            add_row = tables["casework_case"][1]
            ids["casework_case"] = case_id
            add_row.append(
                (
                    case_id,
                    f"{created.year}-{sequence[municipality]:06d}",
                    f"Familie {family}",
                    municipality,
                    rnd.choice(STATUSES),
                    "",
                    ["veiligheid"],
                    "normaal",
                    1,
                    creator,
                    created,
                    1,
                )
            )
            add("casework_statuschange", case_id, "", "signaal", creator, created, "Aangemaakt")
            partners = {self.user_org[creator]}
            while len(partners) < 4:
                partners.add(rnd.choices(self.org_ids, self.org_weights)[0])
            for organisation in partners:
                add(
                    "casework_caseparticipation",
                    case_id,
                    organisation,
                    self.org_domain[organisation],
                    created.date(),
                    creator,
                    "",
                    "",
                )
                add(
                    "casework_casegroupobjectpermission",
                    case_id,
                    self.org_group[organisation],
                    self.view_case,
                )
            persons = []
            for index in range(rnd.randint(3, 7)):
                born = datetime.date(
                    1950 + 25 * min(index, 2) + rnd.randrange(0, 20),
                    1 + rnd.randrange(12),
                    1 + rnd.randrange(28),
                )
                persons.append(
                    add(
                        "casework_person",
                        case_id,
                        rnd.choice(FIRST_NAMES),
                        family,
                        "",
                        born,
                        "",
                        "",
                        ["familielid"],
                        creator,
                        created,
                    )
                )
            sources = list(partners)
            for parent, child in zip(persons, persons[1:], strict=False):
                add(
                    "casework_relation",
                    case_id,
                    parent,
                    "ouder",
                    child,
                    rnd.choice(sources),
                    creator,
                )
            for _ in range(3):
                source = rnd.choice(sources)
                add(
                    "casework_signal",
                    case_id,
                    "signaal",
                    created.date() + datetime.timedelta(days=rnd.randrange(30)),
                    source,
                    self.org_domain[source],
                    rnd.choice(CLASSIFICATIONS),
                    "",
                    "Synthetisch signaal",
                    creator,
                    created,
                )
            add(
                "casework_casenote",
                case_id,
                creator,
                self.user_org[creator],
                "Synthetische notitie",
                created,
            )
            restricted = add(
                "casework_casenote",
                case_id,
                creator,
                self.user_org[creator],
                "Synthetische zorgnotitie",
                created,
            )
            add("casework_casenote_restricted_to", restricted, self.zorg)
            if case_id % BATCH == 0 or case_id == self.cases:
                for table, (columns, rows) in tables.items():
                    self._copy(table, columns, rows)
                    rows.clear()
                self.log(f"{case_id:,} casussen geschreven")
