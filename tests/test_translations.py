"""Every Dutch text of the interface has its English translation."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = Path("locale/en/LC_MESSAGES/django.po")
SOURCES = [
    "manage.py",
    "config",
    "partners",
    "workflow",
    "documents",
    "interventions",
    "casework",
    "templates",
    "locale",
]


def untranslated(catalogue: Path) -> list[str]:
    blocks = [b for b in catalogue.read_text().split("\n\n") if "\nmsgid " in f"\n{b}"]
    missing = []
    for block in blocks[1:]:  # the first block is the header
        msgstr = re.search(r'^msgstr(?:\[\d+\])? (".*"(?:\n".*")*)', block, re.MULTILINE)
        text = "".join(re.findall(r'"(.*)"', msgstr.group(1))) if msgstr else ""
        if not text or "#, fuzzy" in block:
            missing.append(block)
    return missing


def test_catalogue_has_no_untranslated_or_fuzzy_entries() -> None:
    assert untranslated(ROOT / CATALOGUE) == []


def test_catalogue_covers_every_text_in_the_source(tmp_path: Path) -> None:
    # makemessages on a copy: the texts it finds that the catalogue lacks come out untranslated.
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.development"}
    subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-location"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    missing = [
        block.split("msgid ")[1].split("\n")[0] for block in untranslated(tmp_path / CATALOGUE)
    ]
    assert missing == [], "run makemessages -l en and translate these"


def test_system_texts_are_translated_in_a_process_that_never_wrote_one() -> None:
    """A worker or web process shows "Casus aangemaakt" in English although it created no case
    itself: the system's texts are known once the models are loaded."""
    import subprocess
    import sys

    script = (
        "import django; django.setup();"
        "from django.utils import translation; from config.texts import shown;"
        "translation.activate('en'); print(shown('Casus aangemaakt'), '|', shown('Voorgesteld'))"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "Case created | Proposed"
