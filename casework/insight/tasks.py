"""The beat keeps the figures current: every minute the cases changed since, every night all
of them (`summaries.py`); once a day it publishes what the pages show (`publication.py`)."""

from celery import shared_task

from casework.insight import publication, summaries
from casework.insight.pilots import pilots_compare


@shared_task
def refresh_figures() -> int | None:
    """The changed cases' figures, then the pilots' comparisons: all of them when cases
    changed, otherwise those whose cases were enrolled since."""
    done = summaries.refresh()
    if done is not None:
        pilots_compare(everything=done > 0)
    return done


@shared_task
def rebuild_figures() -> float | None:
    return summaries.rebuild()


@shared_task
def publish_figures() -> float:
    return publication.publish()
