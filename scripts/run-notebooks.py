"""Execute the project's notebooks on the project-local tslab kernel.

Run through scripts/run-notebooks.sh, which confines Jupyter to the repo (JUPYTER_PATH etc.)
and regenerates the kernelspec. Modes:

  update  execute every notebooks/*.ipynb (sorted) and write it back in place
  check   execute each notebook in memory and compare with the committed file byte for byte
  export  execute each notebook and write reports/<name>.html (self-contained, charts as SVG)
  export-committed
          write reports/<name>.html from the committed outputs, without executing (after a
          passing `check` the two are the same; the browser tests read these)

Every mode fails when a cell errors or writes to stderr: tslab reports a failing cell
only through stderr plus an error status (no `error` output), and library warnings on
stderr are bugs we want to see. Outputs are never normalised after execution: the
notebook must be deterministic by itself (record_timing is off, so no timestamps).
"""

from __future__ import annotations

import difflib
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

REPO_ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
REPORTS_DIR = REPO_ROOT / "reports"
KERNEL_NAME = "tslab"
# Generous: the first cell compiles the library with tslab's TypeScript (a few seconds).
CELL_TIMEOUT_SECONDS = int(os.environ.get("NOTEBOOK_CELL_TIMEOUT", "300"))
# Our own template (jupyter/nbconvert/templates/framing-kit): JupyterLab look, no CDN scripts.
HTML_TEMPLATE = "framing-kit"
MAX_DIFF_LINES = 60
CHECK_OUTPUT_DIR = REPO_ROOT / ".tmp" / "notebooks-check"


class NotebookFailure(Exception):
    """A notebook failed to execute cleanly; the message says where and why."""


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] not in MODES:
        print(f"usage: run-notebooks.sh {{{'|'.join(MODES)}}} [notebook.ipynb ...]", file=sys.stderr)
        return 2
    if os.environ.get("JUPYTER_PATH") != str(REPO_ROOT / "jupyter"):
        print("run-notebooks: run me through scripts/run-notebooks.sh (it sets up the project-local Jupyter)", file=sys.stderr)
        return 2
    mode, paths = argv[1], notebook_paths(argv[2:])
    if not paths:
        print(f"run-notebooks: no notebooks in {relative(NOTEBOOKS_DIR)}", file=sys.stderr)
        return 1
    # Each notebook runs in its own kernel process, so they can run side by side; results are
    # reported in notebook order whatever order they finish in.
    jobs = max(1, min(len(paths), int(os.environ.get("NOTEBOOK_JOBS", os.cpu_count() or 1))))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        outcomes = list(pool.map(lambda path: run_mode(mode, path), paths))
    failures = [(path, failure) for path, failure in zip(paths, outcomes) if failure is not None]
    for path, failure in failures:
        print(f"FAIL {relative(path)}\n{failure}", file=sys.stderr)
    return 1 if failures else 0


def run_mode(mode: str, path: Path) -> "NotebookFailure | None":
    try:
        MODES[mode](path)
        return None
    except NotebookFailure as failure:
        return failure


def notebook_paths(args: list[str]) -> list[Path]:
    if args:
        return [Path(a).resolve() for a in args]
    return sorted(NOTEBOOKS_DIR.glob("*.ipynb"))


# ---------------------------------------------------------------- modes


def update(path: Path) -> None:
    missing = missing_requirements(nbformat.read(path, as_version=4))
    if missing:
        raise NotebookFailure(f"  not updated: it needs {', '.join(missing)} (metadata.framing_kit.requires), which is absent here")
    executed = execute(path)
    write_atomically(path, serialize(executed))
    print(f"updated {relative(path)}", file=sys.stderr)


def check(path: Path) -> None:
    committed_text = path.read_text(encoding="utf-8")
    executed = execute(path)
    missing = missing_requirements(executed)
    if missing:
        # Committed with the data present; without it the notebook says so instead of failing,
        # and only that (clean execution) can be checked here.
        print(f"ok {relative(path)} (executed cleanly; not compared: {', '.join(missing)} absent)", file=sys.stderr)
        return
    executed_text = serialize(executed)
    if executed_text != committed_text:
        # Keep the fresh result for inspection (and as a CI artifact); never touch the committed file.
        CHECK_OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
        write_atomically(CHECK_OUTPUT_DIR / path.name, executed_text)
        raise NotebookFailure(
            "outputs differ from the committed notebook (run `npm run notebooks:update` if intended;"
            f" executed copy: {relative(CHECK_OUTPUT_DIR / path.name)}):\n"
            + describe_differences(nbformat.reads(committed_text, as_version=4), executed, committed_text, executed_text)
        )
    print(f"ok {relative(path)}", file=sys.stderr)


def export(path: Path) -> None:
    write_html(path, execute(path))


def export_committed(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    problems = stderr_and_error_outputs(nb)
    if problems:
        raise NotebookFailure("\n".join(problems))
    write_html(path, nb)


def write_html(path: Path, nb: nbformat.NotebookNode) -> None:
    from nbconvert import HTMLExporter  # only the export modes need nbconvert

    exporter = HTMLExporter(template_name=HTML_TEMPLATE)
    html, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    target = REPORTS_DIR / f"{path.stem}.html"
    REPORTS_DIR.mkdir(exist_ok=True)
    write_atomically(target, html)
    print(f"exported {relative(target)}", file=sys.stderr)


MODES = {"update": update, "check": check, "export": export, "export-committed": export_committed}


# ---------------------------------------------------------------- execution


def execute(path: Path) -> nbformat.NotebookNode:
    """Runs all cells on the tslab kernel; raises NotebookFailure naming the failing cell."""
    nb = nbformat.read(path, as_version=4)
    require_tslab_kernelspec(nb, path)
    current = {"index": -1}

    def remember_cell(cell, cell_index, **_):
        current["index"] = cell_index

    client = NotebookClient(
        nb,
        kernel_name=KERNEL_NAME,
        timeout=CELL_TIMEOUT_SECONDS,
        startup_timeout=120,
        record_timing=False,  # no metadata.execution timestamps
        allow_errors=False,
        resources={"metadata": {"path": str(path.parent)}},
        on_cell_start=remember_cell,
    )
    started = time.monotonic()
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
        index = current["index"]
        cell = nb.cells[index] if 0 <= index < len(nb.cells) else None
        raise NotebookFailure(describe_failed_cell(index, cell, error)) from None
    print(f"executed {relative(path)} in {time.monotonic() - started:.1f}s", file=sys.stderr)
    problems = stderr_and_error_outputs(nb)
    if problems:
        raise NotebookFailure("\n".join(problems))
    return nb


def missing_requirements(nb: nbformat.NotebookNode) -> list[str]:
    """Paths (relative to the repo root) listed in metadata.framing_kit.requires that do not exist."""
    required = nb.metadata.get("framing_kit", {}).get("requires", [])
    return [p for p in required if not (REPO_ROOT / p).exists()]


def require_tslab_kernelspec(nb: nbformat.NotebookNode, path: Path) -> None:
    name = nb.metadata.get("kernelspec", {}).get("name")
    if name != KERNEL_NAME:
        raise NotebookFailure(f"metadata.kernelspec.name is {name!r}, expected {KERNEL_NAME!r} ({relative(path)})")


def describe_failed_cell(index: int, cell, error: Exception) -> str:
    lines = [f"  cell {index} failed: {type(error).__name__}"]
    if cell is not None:
        lines.append("  source: " + first_line(cell.source))
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                lines.append(indent(output.get("text", ""), "  stderr| "))
            elif output.get("output_type") == "error":
                lines.append(indent("\n".join(output.get("traceback", [])), "  error| "))
    # nbclient's message repeats the source; its last line is the reason, except for tslab,
    # which reports a bare "<Error>:" (the reason is on stderr, shown above).
    last_line = (str(error).strip().splitlines() or [""])[-1].strip()
    if last_line and last_line != "<Error>:":
        lines.append("  " + last_line)
    return "\n".join(lines)


def stderr_and_error_outputs(nb: nbformat.NotebookNode) -> list[str]:
    problems = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "error":
                problems.append(f"  cell {index}: error output {output.get('ename')}: {output.get('evalue')}")
            elif kind == "stream" and output.get("name") == "stderr":
                problems.append(f"  cell {index}: wrote to stderr:\n" + indent(output.get("text", ""), "  stderr| "))
    return problems


# ---------------------------------------------------------------- output


def serialize(nb: nbformat.NotebookNode) -> str:
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"  # as nbformat.write does


def write_atomically(target: Path, text: str) -> None:
    """Readers never see a half-written file: write a sibling temp file, then rename."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def describe_differences(committed, executed, committed_text: str, executed_text: str) -> str:
    """Cell-by-cell, output-by-output diff; falls back to a text diff for metadata changes."""
    report: list[str] = []
    if len(committed.cells) != len(executed.cells):
        report.append(f"  cell count: committed {len(committed.cells)}, executed {len(executed.cells)}")
    for index, (old, new) in enumerate(zip(committed.cells, executed.cells)):
        if old == new:
            continue
        label = f"  cell {index} ({first_line(new.source)})"
        if old.get("execution_count") != new.get("execution_count"):
            report.append(f"{label}: execution_count {old.get('execution_count')} -> {new.get('execution_count')}")
        old_outputs, new_outputs = old.get("outputs", []), new.get("outputs", [])
        if len(old_outputs) != len(new_outputs):
            report.append(f"{label}: {len(old_outputs)} output(s) committed, {len(new_outputs)} now")
        for out_index, (old_out, new_out) in enumerate(zip(old_outputs, new_outputs)):
            if old_out != new_out:
                report.append(f"{label}, output {out_index} ({output_kind(new_out)}):")
                report.append(unified(pretty(old_out), pretty(new_out)))
        if old_outputs == new_outputs and old.get("execution_count") == new.get("execution_count"):
            report.append(f"{label}: source or metadata differ:")
            report.append(unified(pretty(old), pretty(new)))
    if not report:
        report.append("  notebook metadata or formatting differ:")
        report.append(unified(committed_text, executed_text))
    return "\n".join(report)


def output_kind(output) -> str:
    if output.get("output_type") == "stream":
        return f"stream {output.get('name')}"
    return f"{output.get('output_type')} {', '.join(sorted(output.get('data', {})))}".strip()


def pretty(node) -> str:
    return json.dumps(node, indent=1, sort_keys=True, ensure_ascii=False)


def unified(old: str, new: str) -> str:
    # Long single-line payloads (SVG) diff better split at tags.
    split = lambda s: s.replace("><", ">\n<").splitlines()
    lines = list(difflib.unified_diff(split(old), split(new), "committed", "executed", lineterm="", n=2))
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + [f"... ({len(lines) - MAX_DIFF_LINES} more diff lines)"]
    return indent("\n".join(lines), "    ")


def first_line(source: str) -> str:
    line = source.strip().splitlines()[0] if source.strip() else ""
    return line if len(line) <= 60 else line[:57] + "..."


def indent(text, prefix: str) -> str:
    if isinstance(text, list):
        text = "".join(text)
    return "\n".join(prefix + line for line in str(text).rstrip("\n").splitlines())


def relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
