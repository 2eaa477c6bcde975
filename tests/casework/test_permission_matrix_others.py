"""The permission matrix (tests/casework/test_permission_matrix.py) for the users who are no
case workers: the vierhoek members, the functional manager and the privacy officer. A file of
its own so that the two test processes share the work."""

import pytest

from tests.casework.test_permission_matrix import OTHER_USERS, check_matrix
from tests.world import World


@pytest.mark.parametrize("username", OTHER_USERS)
def test_permission_matrix(world: World, username: str) -> None:
    check_matrix(world, username)
