"""dist/sizes.json: what the build made, how big it is against a bare PySide6 window bundled the same way, the
versions that went in, and the checks that ran. The README's size table is generated from it
(packaging/readme_tables.py)."""

from __future__ import annotations

import json
import platform
import time
from pathlib import Path
from typing import Any

from buildlib.common import Build, run, sha256, tree_bytes, tree_files

SIZE_BUDGET = 1.20  # the app may add at most 20 % to a bare PySide6 window bundled the same way
# The distributions whose versions the README names (the rest are in LICENCES.txt).
NAMED_VERSIONS = ("PySide6_Essentials", "shiboken6", "SQLAlchemy", "alembic", "keyring", "cryptography", "phonenumbers")


def versions(build: Build, components: list[dict[str, Any]]) -> dict[str, str]:
    found = {c["name"]: c["version"] for c in components}
    named = {"Python": found.get("Python", platform.python_version())}
    named.update({name: found[name] for name in NAMED_VERSIONS if name in found})
    pyinstaller = run([build.python, "-c", "import PyInstaller; print(PyInstaller.__version__)"], capture=True)
    named["PyInstaller"] = pyinstaller.strip()
    return named


def measure(
    build: Build,
    app: Path,
    bare: Path | None,
    results: dict[str, Path],
    started: float,
    components: list[dict[str, Any]],
) -> dict[str, Any]:
    sizes: dict[str, Any] = {
        "version": build.version,
        "target": build.target,
        "machine": platform.machine(),
        "profile": build.profile["key"] if build.profile else None,
        "source_date_epoch": build.epoch,
        "versions": versions(build, components),
        "app": {"bundle_bytes": tree_bytes(app), "bundle_files": sum(1 for _ in tree_files(app))},
    }
    for name, path in sorted(results.items()):
        if not name.startswith("bare_") and path.is_file():
            sizes["app"][f"{name}_bytes"] = path.stat().st_size
            sizes["app"][f"{name}_file"] = path.name
            sizes["app"][f"{name}_sha256"] = sha256(path)
    if bare is not None:
        sizes["bare"] = {
            "what": "packaging/bare/hello.py: a QLabel window, bundled with the same spec options",
            "bundle_bytes": tree_bytes(bare),
            "bundle_files": sum(1 for _ in tree_files(bare)),
            "tar_xz_bytes": results["bare_tar_xz"].stat().st_size,  # compressed like the .deb's data (xz -6)
            "tar_gz_bytes": results["bare_tar_gz"].stat().st_size,  # compressed like the portable archive (gzip -9)
        }
        ratios = {"bundle": sizes["app"]["bundle_bytes"] / sizes["bare"]["bundle_bytes"]}
        compared = {"deb": "tar_xz", "tar_gz": "tar_gz", "installer": "tar_xz", "dmg": "tar_xz", "zip": "tar_gz"}
        for kind, baseline in compared.items():
            if f"{kind}_bytes" in sizes["app"]:
                ratios[f"{kind}_vs_bare_{baseline}"] = (
                    sizes["app"][f"{kind}_bytes"] / sizes["bare"][f"{baseline}_bytes"]
                )
        sizes["ratios"] = {key: round(value, 3) for key, value in ratios.items()}
        sizes["budget"] = {"max_ratio": SIZE_BUDGET, "within": all(r <= SIZE_BUDGET for r in ratios.values())}
        # The flat keys benchmarks/run.py reads.
        sizes["deb_bytes"] = sizes["app"].get("deb_bytes")
        sizes["bare_deb_bytes"] = sizes["bare"]["tar_xz_bytes"]
    sizes["build"] = {
        "seconds": round(time.monotonic() - started, 1),
        "steps_seconds": build.timings,
        "checks": build.checks,
    }
    return sizes


def write(build: Build, sizes: dict[str, Any]) -> Path:
    target = build.out / "sizes.json"
    target.write_text(json.dumps(sizes, indent=2) + "\n", encoding="utf-8")
    return target
