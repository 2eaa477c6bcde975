"""The API keeps its contract under generated input (schemathesis): for a case worker and for an
outsider, every operation of the schema answers without a server error, with a status code,
content type and body the schema documents."""

import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from knox.models import AuthToken
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.world import World

pytestmark = pytest.mark.django_db

# The schema as the API serves it, generated without a request (no database at import time).
RAW = json.loads(json.dumps(SchemaGenerator().get_schema(request=None, public=True), default=str))
schema = schemathesis.openapi.from_dict(RAW)
schema.app = get_wsgi_application()

# A case worker here; an outsider in tests/test_api_contract_outsider.py (two files, so that the
# two test processes share the work).
USER = "aov"
# No server error, and every answer as the schema documents it: its status code, content type,
# headers and body. (Lenient reading of a bad filter, such as an ignored `page_size=abc`, is a
# choice of the API, not a violation.)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@contextmanager
def token_of(world: World, username: str) -> Iterator[str]:
    """A token of the user. As Django's test client does, the requests run inside the test's
    transaction, so the handler must not close the database connection after each one."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield AuthToken.objects.create(user=world.users[username])[1]
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


# A parametrised fixture, even of one user: the generated tests then have ids of their own.
@pytest.fixture(params=[USER])
def token(request: pytest.FixtureRequest, world: World) -> Iterator[str]:
    with token_of(world, request.param) as found:
        yield found


# Few examples per operation, the same every run.
EXAMPLES = settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


@schema.parametrize()
@EXAMPLES
def test_the_api_keeps_its_contract(case: schemathesis.Case, token: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=CHECKS)
