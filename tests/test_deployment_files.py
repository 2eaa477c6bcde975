"""docker-compose.yml runs the same processes as `make run` (no Docker engine runs here)."""

import json
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def procfile() -> dict[str, str]:
    entries = {}
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.strip():
            name, command = line.split(":", 1)
            entries[name.strip()] = command.strip()
    return entries


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_file_parses_with_every_service() -> None:
    services = compose()["services"]
    assert {"postgres", "redis", "web", "worker", "beat"} <= set(services)


def test_compose_services_run_the_procfile_commands() -> None:
    services = compose()["services"]
    for name, command in procfile().items():
        assert services[name]["command"] == command, name


def test_make_run_serves_the_procfile() -> None:
    makefile = (ROOT / "Makefile").read_text()
    run_recipe = re.search(r"^run:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert run_recipe is not None
    assert "honcho start --procfile Procfile" in run_recipe.group(1)
    assert set(procfile()) == {"web", "worker", "beat"}


def test_compose_web_uses_production_settings_and_the_database_service() -> None:
    web = compose()["services"]["web"]
    assert web["environment"]["DJANGO_SETTINGS_MODULE"] == "config.settings.production"
    assert "@postgres:5432/" in web["environment"]["DATABASE_URL"]
    assert web["environment"]["REDIS_URL"].startswith("redis://redis:")


def test_dockerfile_installs_from_the_lock_file() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "uv sync --frozen" in dockerfile
    assert "npm ci" in dockerfile
    assert "libharfbuzz-subset0" in dockerfile


def test_compose_migrates_as_the_owner_and_runs_the_app_as_a_role_that_owns_nothing() -> None:
    services = compose()["services"]
    migrate = services["migrate"]
    assert migrate["environment"]["DATABASE_URL"].startswith("postgres://vierhoek:")
    assert "grant_app_role" in migrate["command"]
    for name in ("web", "worker", "beat"):
        assert services[name]["environment"]["DATABASE_URL"].startswith("postgres://vierhoek_app:")
    init = services["postgres"]["volumes"]
    assert any("postgres-app-role.sh:/docker-entrypoint-initdb.d/" in volume for volume in init)
    assert "create role vierhoek_app" in (ROOT / "docker" / "postgres-app-role.sh").read_text()


def test_the_image_build_steps_run_here(tmp_path: Path) -> None:
    """The Dockerfile's build step (collectstatic with the production storage, then
    compilemessages), run as written, with this machine's Python (no Docker engine here)."""
    import os
    import shutil
    import subprocess
    import sys

    dockerfile = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    step = next(
        line
        for line in dockerfile.splitlines()
        if line.startswith("RUN") and "collectstatic" in line
    )
    command = step.removeprefix("RUN ").split("&& useradd")[0].strip()
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    shell = shutil.which("sh")
    assert shell is not None
    # The command is the Dockerfile's own, from this repository.
    done = subprocess.run(  # noqa: S603
        [shell, "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]
    # Every file a page asks for is collected, and nothing of the packages it does not ask for.
    asked = set()
    for template in (ROOT / "templates").rglob("*.html"):
        asked |= set(re.findall(r"\{% static '([^']+)' %\}", template.read_text()))
    for template in ROOT.glob("*/**/templates/**/*.html"):
        asked |= set(re.findall(r"\{% static '([^']+)' %\}", template.read_text()))
    assert {"vendor/chartjs/chart.umd.min.js", "css/vierhoek.css"} <= asked
    assert asked <= set(manifest), asked - set(manifest)
    # The storage is strict for our own files: it knows every folder of static/.
    from config.storage import OWN

    assert set(OWN) == {f"{folder.name}/" for folder in (ROOT / "static").iterdir()}
    vendor = {path for path in manifest if path.startswith("vendor/")}
    assert vendor == {path for path in asked if path.startswith("vendor/")}
