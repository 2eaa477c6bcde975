"""Pagination that does not count tens of thousands of rows to show one page."""

from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.formats import number_format


class CappedPaginator(Paginator):
    """Counts at most `cap` + 1 rows. Past the cap the list says "meer dan 10.000" instead of
    an exact number that nobody reads and that costs a scan of every visible row (an AOV'er of
    a large municipality sees tens of thousands of cases)."""

    cap = 10_000

    @cached_property
    def count(self) -> int:
        object_list = self.object_list
        if isinstance(object_list, QuerySet) and not object_list.query.is_sliced:
            # COUNT(*) over a subquery with LIMIT, without the list's order: PostgreSQL stops
            # after cap + 1 rows, taken in whatever order is cheapest.
            return object_list.order_by()[: self.cap + 1].count()
        if isinstance(object_list, QuerySet):
            return min(object_list.count(), self.cap + 1)
        return min(len(object_list), self.cap + 1)

    @property
    def is_capped(self) -> bool:
        return self.count > self.cap

    @property
    def cap_display(self) -> str:
        return number_format(self.cap, force_grouping=True)
