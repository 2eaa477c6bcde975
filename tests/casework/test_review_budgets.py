"""Query budgets of the review's pages and endpoints: the same number of queries whether a
plan has one decision or four, and under a fixed ceiling."""

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casework.review.services import DecisionInput, decision_record
from tests.casework.review_world import ReviewWorld, agreed
from tests.conftest import api_client, verified_client

pytestmark = pytest.mark.django_db

BUDGET = 40


def count(call: Callable[[], Any]) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = call()
    assert response.status_code == 200, response.status_code
    return len(queries)


def remark(r: ReviewWorld, key: str) -> None:
    decision_record(
        submission=r.submission,
        user=r.user(key),
        sha256=r.version.sha256,
        given=DecisionInput(verdict="opmerking", text=f"Opmerking van {key}"),
    )


@pytest.mark.parametrize(
    ("who", "address", "api"),
    [
        ("wethouder", "/beoordelen/", False),
        ("wethouder", "/beoordelen/{pk}/", False),
        ("procesregisseur", "/casussen/{case}/plan/beoordeling/", False),
        ("wethouder", "/api/review-queue/", True),
        ("wethouder", "/api/submissions/", True),
        ("wethouder", "/api/submissions/{pk}/", True),
        ("wethouder", "/api/submissions/{pk}/decisions/", True),
        ("wethouder", "/api/commitments/", True),
        ("wethouder", "/api/vierhoeken/", True),
    ],
)
def test_review_reads_within_budget(
    review_world: ReviewWorld,
    django_assert_max_num_queries: Any,
    who: str,
    address: str,
    api: bool,
) -> None:
    r = review_world
    user = r.user(who)
    client = api_client(user) if api else verified_client(user)
    url = address.format(pk=r.submission.pk, case=r.world.case.pk)
    decision_record(
        submission=r.submission, user=r.user("officier"), sha256=r.version.sha256, given=agreed()
    )
    client.get(url)  # warms the caches every request shares (content types, the session)
    few = count(lambda: client.get(url))
    for key in ("burgemeester", "politiechef", "wethouder_loco"):
        remark(r, key)
    with django_assert_max_num_queries(BUDGET):
        many = count(lambda: client.get(url))
    assert many == few, (url, few, many)
