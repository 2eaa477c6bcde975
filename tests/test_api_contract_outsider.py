"""The API's contract (tests/test_api_contract.py) for an outsider: a partner professional whose
organisation takes part in no case. Every operation answers without a server error, as the schema
documents it."""

from collections.abc import Iterator

import pytest
import schemathesis

from tests.test_api_contract import CHECKS, EXAMPLES, schema, token_of
from tests.world import World

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["ketenpartner_buiten"])
def outsider_token(request: pytest.FixtureRequest, world: World) -> Iterator[str]:
    with token_of(world, request.param) as found:
        yield found


@schema.parametrize()
@EXAMPLES
def test_the_api_keeps_its_contract_for_an_outsider(
    case: schemathesis.Case, outsider_token: str
) -> None:
    case.call_and_validate(headers={"Authorization": f"Token {outsider_token}"}, checks=CHECKS)
