"""Browser tests: Debian's Chromium driven by Playwright, every visited page checked by axe-core."""

import os
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, Page

# Playwright's synchronous API runs an event loop in the test thread; the ORM calls made by the
# test itself are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make system-test` installs Debian's chromium.")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


# Collects every Content-Security-Policy violation a page reports, from before its own scripts
# run (an init script is injected by the browser driver, not by the page, so the policy allows it).
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${where}`);
});
"""


# What makes the page wider than the window (not what scrolls inside its own box). A few
# pixels of a margin that no element's box shows are tolerated; a box that sticks out is not.
WIDER_THAN_THE_WINDOW = """() => {
  if (document.documentElement.scrollWidth <= window.innerWidth + 8) return [];
  const scrolls = (e) => {
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (["auto", "scroll", "hidden"].includes(getComputedStyle(a).overflowX)) return true;
    }
    return false;
  };
  const culprits = [...document.querySelectorAll("body *")]
    .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !scrolls(e))
    .slice(0, 3).map((e) => `${e.tagName}.${e.className}`);
  return culprits.length ? culprits : [`page ${document.documentElement.scrollWidth}px`];
}"""


def watched(page: Page) -> Page:
    """The page, reporting Content-Security-Policy violations to `assert_accessible`."""
    page.add_init_script(WATCH_CSP)
    return page


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return watched(context.new_page())


def assert_accessible(axe: Axe, page: Page, name: str) -> None:
    """Checks that the page broke no rule of the Content-Security-Policy, runs axe-core on it
    as it is now, keeps a screenshot, and fails on any violation."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
    # Layout that breaks passes axe-core: a page wider than the window fails here, at the
    # window the test uses and on a phone.
    size = page.viewport_size
    for phone in (False, True):
        if phone:
            page.set_viewport_size({"width": 390, "height": 844})
        wide = page.evaluate(WIDER_THAN_THE_WINDOW)
        assert wide == [], f"{page.url}: wider than the window ({page.viewport_size}): {wide}"
    if size is not None:
        page.set_viewport_size(size)
    violations = page.evaluate("window.__cspViolations")
    assert violations is not None, "open pages with watched(): CSP violations go unseen"
    assert violations == [], f"{page.url}: Content-Security-Policy violations {violations}"
    results = axe.run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
