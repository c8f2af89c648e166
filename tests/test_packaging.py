"""A non-editable install (wheel into a fresh environment) finds its migrations and resources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_install_runs_demo_and_lists(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w",
                    str(wheels), str(ROOT)], check=True, timeout=600)
    [wheel] = wheels.glob("delegate_app-*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True,
                   timeout=900)
    work = tmp_path / "elsewhere"  # far from the source tree, so nothing leaks in from it
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["DELEGATE_APP_DATA_DIR"] = str(tmp_path / "data")
    cli = env_dir / "bin" / "delegate-app"

    def run(*args: str) -> str:
        result = subprocess.run([str(cli), "--db", str(work / "x.sqlite"), *args], cwd=work,
                                env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return result.stdout

    where = subprocess.run([str(python), "-c", "import delegate_app; print(delegate_app.__file__)"],
                           cwd=work, env=env, capture_output=True, text=True, check=True)
    assert str(env_dir) in where.stdout
    run("demo")
    delegations = json.loads(run("list", "delegations", "--json"))
    assert any("Tokyo" in d["title"] for d in delegations)
    assert "at head" in run("db", "check")
