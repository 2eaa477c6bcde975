"""Bulk generation of synthetic data with PostgreSQL COPY (psycopg 3), for benchmarks.

Rows are written with explicit ids in dependency order, straight into the tables, because one
million cases through the ORM would take hours. Everything comes from one seeded random
generator, so the same seed gives the same data set. The grants written are exactly what
`partner_join_case` would write: a `view_case` group permission per participating partner.
"""

import contextlib
import datetime
import itertools
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.db import connection, transaction

from casework.volume.data import (
    BATCH,
    CASE_TABLES,
    CLASSIFICATIONS,
    FIRST_NAMES,
    LAST_NAMES,
    MARKER_REGION,
    MUNICIPAL_ROLES,
    MUNICIPALITIES,
    ORGANISATIONS,
    PARTNER_SKEW,
    REGIONS,
    ROLE_SHARE,
    STATUSES,
    SURNAME_PREFIXES,
    SURNAME_STEMS,
    SURNAME_SUFFIXES,
    TABLES,
    USERS,
)
from interventions.models import Intervention
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


def cumulative(weights: Sequence[float]) -> list[float]:
    """Cumulative weights, so that each draw costs a binary search instead of a sum."""
    return list(itertools.accumulate(weights))


def surnames() -> list[str]:
    """The common Dutch surnames first, then thousands made from parts, each once."""
    made = (
        f"{prefix}{stem}{suffix}"
        for prefix, stem, suffix in itertools.product(
            SURNAME_PREFIXES, SURNAME_STEMS, SURNAME_SUFFIXES
        )
    )
    return list(dict.fromkeys([*LAST_NAMES, *made]))


class VolumeGenerator:
    def __init__(self, *, seed: int, cases: int, log: Callable[[str], Any]) -> None:
        self.random = random.Random(seed)  # noqa: S311 - synthetic data, not security
        # The course of each case (escalation, steps, interventions, meetings) from a stream of
        # its own, so that the cases, persons and grants stay what they were for a seed.
        self.course = random.Random(seed + 1)  # noqa: S311 - synthetic data, not security
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
            self.catalogue = {
                kind: [
                    (pk, version)
                    for pk, version in Intervention.objects.filter(kind=kind).values_list(
                        "pk", "version"
                    )
                ]
                for kind in ("formeel", "informeel", "zorg")
            }
            self.view_case = Permission.objects.get(
                codename="view_case", content_type__app_label="casework"
            ).pk
            self._regions_and_municipalities()
            self._organisations()
            self._users()
            with self._indexes_and_foreign_keys_afterwards(CASE_TABLES):
                self._cases()
            self._name_vocabulary()
            self._reset_sequences()
        with connection.cursor() as cursor:
            if connection.in_atomic_block:
                # Inside a caller's transaction (as in tests) VACUUM is not allowed.
                cursor.execute(f"ANALYZE {', '.join(self.counts)}")
            else:
                # VACUUM sets the visibility map, so the planner can answer from indexes alone
                # ("index-only scans") instead of visiting millions of freshly written rows.
                tables = ", ".join(self.counts)  # fixed names from this module
                cursor.execute(f"VACUUM (ANALYZE) {tables}")
        return self.counts

    def _name_vocabulary(self) -> None:
        """The distinct names of all persons, as `person_add` keeps them for name search."""
        with connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO casework_namevocabulary (name)
                SELECT name FROM (
                    SELECT first_name AS name FROM casework_person
                    UNION SELECT last_name FROM casework_person
                    UNION SELECT alias FROM casework_person WHERE alias <> ''
                ) names
                ON CONFLICT (name) DO NOTHING
                """
            )
            self.counts["casework_namevocabulary"] = cursor.rowcount

    # --- helpers ------------------------------------------------------------------------

    def _empty(self) -> None:
        with connection.cursor() as cursor:
            # Django's foreign keys are checked at commit; checks still pending from rows
            # written earlier in this transaction would make TRUNCATE fail.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"TRUNCATE {', '.join(TABLES)} CASCADE")  # noqa: S608 - fixed names
            cursor.execute("DELETE FROM auth_group WHERE name LIKE 'Partner: %%'")

    @contextlib.contextmanager
    def _indexes_and_foreign_keys_afterwards(self, tables: Sequence[str]) -> Iterator[None]:
        """Drops the secondary indexes and foreign keys of `tables`, and builds them again
        after the block, as pg_restore does: one index build and one join per constraint are
        far cheaper than maintaining them for millions of single rows. Unique constraints
        stay, so the data is checked as it arrives. Definitions come from the catalogue."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT format('%%s', conrelid::regclass), quote_ident(conname), "
                "pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE contype = 'f' AND conrelid = ANY(%s::regclass[])",
                [list(tables)],
            )
            foreign_keys = cursor.fetchall()
            cursor.execute(
                "SELECT format('%%s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid) "
                "FROM pg_index i WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisprimary "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
                [list(tables)],
            )
            indexes = cursor.fetchall()
            # Names and definitions below come from PostgreSQL's catalogue, never from input.
            for table, name, _definition in foreign_keys:
                cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
            for name, _definition in indexes:
                cursor.execute(f"DROP INDEX {name}")
        yield
        self.log("Indexen en verwijzingen opnieuw opbouwen")
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            for _name, definition in indexes:
                cursor.execute(definition)
            for table, name, definition in foreign_keys:
                cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")

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
        self.municipality_weights = cumulative([1 / (rank + 3) for rank in range(MUNICIPALITIES)])
        self.surnames = surnames()
        # A few surnames are very common (about one person in a hundred), most are rare.
        self.surname_weights = cumulative([1 / (rank + 20) for rank in range(len(self.surnames))])
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
        safety = next(pk for pk, code in self.domains if code == "veiligheid")
        groups, organisations = [], []
        # Each municipality is an organisation of its own (Veiligheid, OOV); then the partners.
        for pk in range(1, ORGANISATIONS + 1):
            if pk <= MUNICIPALITIES:
                domain_id, name = safety, f"Gemeente {pk:03d}"
            else:
                domain_id, code = self.domains[(pk - 1) % len(self.domains)]
                name = f"Organisatie {pk:04d} ({code})"
            self.org_domain[pk] = domain_id
            group_id = first_group + pk - 1
            groups.append((group_id, f"Partner: {name}"))
            organisations.append((pk, name, f"Org{pk}", "lokaal", domain_id, group_id))
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
        self._copy(
            "partners_organisation_municipalities",
            ["id", "organisation_id", "municipality_id"],
            ((pk, pk, pk) for pk in self.municipalities),
        )
        # A few partners take part in many cases, most in few (as in real regions).
        self.partner_ids = list(range(MUNICIPALITIES + 1, ORGANISATIONS + 1))
        self.partner_weights = cumulative(
            [(rank + 5) ** -PARTNER_SKEW for rank in range(len(self.partner_ids))]
        )

    def _users(self) -> None:
        password = make_password("volume-benchmark")
        roles: list[Role] = []
        for role, share in ROLE_SHARE:
            roles += [role] * round(USERS * share)
        roles = (roles + [Role.PARTNER_PROFESSIONAL] * USERS)[:USERS]
        self.user_org: dict[int, int] = {}
        # Who registers a municipality's cases: its AOV'ers and procesregisseurs.
        self.creators: dict[int, list[int]] = {pk: [] for pk in self.municipalities}
        municipal_staff = 0
        users: list[tuple[Any, ...]] = []
        memberships: list[tuple[int, int, int]] = []
        for pk, role in enumerate(roles, start=1):
            if role in MUNICIPAL_ROLES:
                # Every municipality gets staff first; then larger ones get more.
                municipal_staff += 1
                if municipal_staff <= MUNICIPALITIES:
                    organisation = municipal_staff
                else:
                    organisation = self._municipality()
                if role in (Role.AOV, Role.PROCESS_DIRECTOR):
                    self.creators[organisation].append(pk)
            else:
                organisation = self.partner_ids[(pk * 7) % len(self.partner_ids)]
            self.user_org[pk] = organisation
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
                    "persoon",
                    [],
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
                "kind",
                "scopes",
            ],
            users,
        )
        self._copy("partners_user_groups", ["id", "user_id", "group_id"], memberships)

    # --- cases --------------------------------------------------------------------------

    def _municipality(self) -> int:
        return self.random.choices(self.municipalities, cum_weights=self.municipality_weights)[0]

    def _course(
        self,
        add: Callable[..., int],
        meetings: dict[tuple[int, int, int], int],
        case_id: int,
        municipality: int,
        creator: int,
        created: datetime.datetime,
        partners: list[int],
        level: int,
    ) -> None:
        """What happened on the case after it came in: a few steps of the process, a
        casusoverleg, interventions proposed and carried out, some evaluated, the escalation
        level raised to where it is now (what the insight figures count)."""
        rnd = self.course
        if level > 1 and rnd.random() < 0.4:
            raised = min(created + datetime.timedelta(days=rnd.randrange(1, 120)), self.now)
            add("casework_escalationchange", case_id, level - 1, level, raised)
        moment = created
        previous = "signaal"
        for status in ("aanmelding", "screening", "casusoverleg")[: rnd.randrange(4)]:
            moment = min(moment + datetime.timedelta(days=rnd.randrange(3, 40)), self.now)
            add("casework_statuschange", case_id, previous, status, creator, moment, "Stap")
            previous = status
        if previous == "casusoverleg":
            key = (municipality, moment.year, moment.month)
            if key not in meetings:
                starts = moment.replace(day=15, hour=10, minute=0, second=0)
                meetings[key] = add(
                    "meetings_meeting",
                    "casusoverleg",
                    "Casusoverleg",
                    municipality,
                    starts,
                    starts + datetime.timedelta(hours=2),
                    "",
                    "",
                    creator,
                    creator,
                    starts,
                    1,
                )
            add("meetings_agendaitem", meetings[key], case_id, 1, "", "", "", "", 0, 1)
        for _ in range(rnd.choices((0, 1, 2, 3), weights=(30, 35, 25, 10))[0]):
            kind = rnd.choices(("formeel", "informeel", "zorg"), weights=(30, 30, 40))[0]
            if not self.catalogue[kind]:
                continue
            intervention, version = rnd.choice(self.catalogue[kind])
            proposed = min(created + datetime.timedelta(days=rnd.randrange(5, 120)), self.now)
            steps = rnd.choices(
                (["besluit_genomen", "uitgevoerd"], ["uitgevoerd"], ["ingetrokken"], []),
                weights=(35, 30, 10, 25),
            )[0]
            evaluated = bool(steps) and rnd.random() < 0.4
            status = "geevalueerd" if evaluated else (steps[-1] if steps else "voornemen")
            use = add(
                "casework_caseintervention",
                case_id,
                intervention,
                version,
                rnd.choice(partners),
                "Synthetisch doel",
                status,
                creator,
                proposed,
                1,
            )
            before, when = "voornemen", proposed
            for step in steps:
                when = min(when + datetime.timedelta(days=rnd.randrange(5, 60)), self.now)
                add("casework_interventionstatuschange", use, before, step, creator, when, "Stap")
                before = step
            if evaluated:
                when = min(when + datetime.timedelta(days=rnd.randrange(10, 90)), self.now)
                outcome = rnd.choice(("bereikt", "deels", "niet_bereikt", "onbekend"))
                add(
                    "casework_interventionstatuschange",
                    use,
                    before,
                    "geevalueerd",
                    creator,
                    when,
                    "Stap",
                )
                add("casework_evaluation", use, rnd.randint(1, 5), outcome, "", "", creator, when)

    def _cases(self) -> None:
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
                    "changed_at",
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
            "casework_escalationchange": (
                ["id", "case_id", "from_level", "to_level", "changed_at"],
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
                    "version",
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
                    "version",
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
            "meetings_meeting": (
                [
                    "id",
                    "kind",
                    "title",
                    "organiser_id",
                    "starts_at",
                    "ends_at",
                    "place",
                    "online_link",
                    "chair_id",
                    "created_by_id",
                    "created_at",
                    "version",
                ],
                [],
            ),
            "meetings_agendaitem": (
                [
                    "id",
                    "meeting_id",
                    "case_id",
                    "position",
                    "picture",
                    "judgement",
                    "decision_making",
                    "screening_outcome",
                    "seconds_spent",
                    "version",
                ],
                [],
            ),
            "casework_caseintervention": (
                [
                    "id",
                    "case_id",
                    "intervention_id",
                    "catalogue_version",
                    "responsible_id",
                    "purpose",
                    "status",
                    "proposed_by_id",
                    "proposed_at",
                    "version",
                ],
                [],
            ),
            "casework_interventionstatuschange": (
                [
                    "id",
                    "case_intervention_id",
                    "from_status",
                    "to_status",
                    "changed_by_id",
                    "changed_at",
                    "reason",
                ],
                [],
            ),
            "casework_evaluation": (
                [
                    "id",
                    "case_intervention_id",
                    "rating",
                    "outcome",
                    "what_worked",
                    "what_did_not",
                    "evaluated_by_id",
                    "evaluated_at",
                ],
                [],
            ),
        }
        ids = dict.fromkeys(tables, 0)
        sequence: dict[int, int] = {}
        # One casusoverleg per municipality and month, made when a case first needs it.
        meetings: dict[tuple[int, int, int], int] = {}

        def add(table: str, *row: Any) -> int:
            ids[table] += 1
            tables[table][1].append((ids[table], *row))
            return ids[table]

        for case_id in range(1, self.cases + 1):
            municipality = self._municipality()
            sequence[municipality] = sequence.get(municipality, 0) + 1
            creator = rnd.choice(self.creators[municipality] or self.creators[1])
            created = self.now - datetime.timedelta(
                days=rnd.randrange(1, 1500), seconds=rnd.randrange(86400)
            )
            family = rnd.choices(self.surnames, cum_weights=self.surname_weights)[0]
            add_row = tables["casework_case"][1]
            ids["casework_case"] = case_id
            level = self.course.choices((1, 2, 3, 4), weights=(55, 25, 15, 5))[0]
            add_row.append(
                (
                    case_id,
                    f"GM{municipality:04d}-{created.year}-{sequence[municipality]:06d}",
                    f"Familie {family}",
                    municipality,
                    rnd.choice(STATUSES),
                    "",
                    ["veiligheid"],
                    "normaal",
                    level,
                    creator,
                    created,
                    created,
                    1,
                )
            )
            add("casework_statuschange", case_id, "", "signaal", creator, created, "Aangemaakt")
            partners = {self.user_org[creator]}
            while len(partners) < 4:
                partners.add(rnd.choices(self.partner_ids, cum_weights=self.partner_weights)[0])
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
                        1,
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
                    1,
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
            self._course(add, meetings, case_id, municipality, creator, created, sources, level)
            if case_id % BATCH == 0 or case_id == self.cases:
                for table, (columns, rows) in tables.items():
                    self._copy(table, columns, rows)
                    rows.clear()
                self.log(f"{case_id:,} casussen geschreven")
