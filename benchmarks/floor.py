"""The floor: the first page of a user's case list from one hand-written SQL query and a minimal
template, served through the same middleware (session, authentication, two-factor). The case list
can never be faster than this; the benchmark reports how far above it we are."""

from typing import cast

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.template import Context, Template

from partners.models import Role, User

PAGE_SIZE = 25

# Cases on which the user's organisation holds `view_case`, for a user with a role that may view
# cases (the rule `casework.permissions.view_case`), newest first.
FLOOR_SQL = """
SELECT c.id, c.number, c.title, c.status, c.created_at, m.name
FROM casework_case c
JOIN partners_municipality m ON m.id = c.municipality_id
WHERE EXISTS (
    SELECT 1 FROM casework_casegroupobjectpermission g
    WHERE g.content_object_id = c.id
      AND g.group_id = %(group)s
      AND g.permission_id = (
          SELECT p.id FROM auth_permission p JOIN django_content_type t ON t.id = p.content_type_id
          WHERE p.codename = 'view_case' AND t.app_label = 'casework' AND t.model = 'case')
) AND EXISTS (
    SELECT 1 FROM partners_user_groups ug
    JOIN auth_group r ON r.id = ug.group_id
    WHERE ug.user_id = %(user)s AND r.name = ANY(%(roles)s)
)
ORDER BY c.created_at DESC, c.id DESC
LIMIT %(limit)s
"""

VIEWING_ROLES = [
    Role.AOV,
    Role.PROCESS_DIRECTOR,
    Role.CHAIR,
    Role.PARTNER_PROFESSIONAL,
    Role.MAYOR,
    Role.ALDERMAN,
    Role.PUBLIC_PROSECUTOR,
    Role.POLICE_CHIEF,
]

TEMPLATE = Template(
    "<!doctype html><html lang='nl'><title>Casussen</title><table>"
    "{% for id, number, title, status, created, municipality in rows %}"
    "<tr><td>{{ number }}</td><td>{{ title }}</td><td>{{ municipality }}</td>"
    "<td>{{ status }}</td><td>{{ created|date:'j-n-Y' }}</td></tr>{% endfor %}</table>"
)


def floor_rows(*, user_id: int, group_id: int | None) -> list[tuple[object, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(
            FLOOR_SQL,
            {
                "group": group_id,
                "user": user_id,
                "roles": [role.group_name for role in VIEWING_ROLES],
                "limit": PAGE_SIZE,
            },
        )
        return cursor.fetchall()


@login_required
def floor(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    organisation = user.organisation
    rows = floor_rows(user_id=user.pk, group_id=organisation.group_id if organisation else None)
    return HttpResponse(TEMPLATE.render(Context({"rows": rows})))


# The floor of a name search: the same two steps as the real search (casework.selectors.network
# person_search), hand-written: names near the typed word in the vocabulary, then the cases that
# hold a person with such a name, newest first, through the same grant, with a minimal template.
# (The real page also searches titles and numbers and lists the persons found; the floor does
# not, so it stays a lower bound.)
SEARCH_VOCABULARY_SQL = """
SELECT name FROM casework_namevocabulary
WHERE %(word)s <%% name
ORDER BY word_similarity(%(word)s, name) DESC, name
LIMIT 20
"""
SEARCH_FLOOR_SQL = """
SELECT c.id, c.number, c.title, c.status, c.created_at, m.name
FROM casework_case c
JOIN partners_municipality m ON m.id = c.municipality_id
WHERE c.id IN (
    SELECT p.case_id FROM casework_person p
    WHERE p.last_name = ANY(%(names)s) OR p.first_name = ANY(%(names)s) OR p.alias = ANY(%(names)s)
) AND EXISTS (
    SELECT 1 FROM casework_casegroupobjectpermission g
    WHERE g.content_object_id = c.id
      AND g.group_id = %(group)s
      AND g.permission_id = (
          SELECT p.id FROM auth_permission p JOIN django_content_type t ON t.id = p.content_type_id
          WHERE p.codename = 'view_case' AND t.app_label = 'casework' AND t.model = 'case')
)
ORDER BY c.created_at DESC, c.id DESC
LIMIT %(limit)s
"""


def search_floor_rows(*, group_id: int | None, query: str) -> list[tuple[object, ...]]:
    from casework.selectors.network import name_words

    words = name_words(query)
    if not words:
        return []
    with connection.cursor() as cursor:
        # The connection's word similarity threshold is the application's (0.5).
        cursor.execute(SEARCH_VOCABULARY_SQL, {"word": words[0]})
        names = [row[0] for row in cursor.fetchall()]
        cursor.execute(SEARCH_FLOOR_SQL, {"names": names, "group": group_id, "limit": PAGE_SIZE})
        return cursor.fetchall()


@login_required
def search_floor(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    organisation = user.organisation
    rows = search_floor_rows(
        group_id=organisation.group_id if organisation else None,
        query=request.GET.get("q", "")[:100],
    )
    return HttpResponse(TEMPLATE.render(Context({"rows": rows})))
