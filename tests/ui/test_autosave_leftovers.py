"""Leftovers of an autosave cut short (gui64): the next start removes the autosave's own temporary files and
locks whose window is gone and that are older than the process start; nothing else in the folder."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from briefing.core.brief.document import open_file, save_document
from briefing.ui.recovery import Recovery

#: A window killed in the middle of an autosave (after its lock, before the rename): what it leaves, exactly
#: as Recovery names it, the process then killed with SIGKILL.
_KILLED_WRITER = """
import os, signal, sys, tempfile
from pathlib import Path
from briefing.ui.recovery import Recovery
r = Recovery(data_dir=Path(sys.argv[1]))
assert r._ready()
with tempfile.NamedTemporaryFile(dir=r.folder, prefix=f".{r.path.name}.", suffix=".tmp", delete=False) as tmp:
    tmp.write(b'{"half": ')
print(r.path.name, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_window(data_dir) -> str:
    """Run a window's autosave in a child process killed mid-write; return its recovery file's name."""
    run = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(data_dir)], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == -9, run.stderr
    return run.stdout.strip()


def _age(folder, seconds=3600.0) -> None:
    """Make every file in ``folder`` look written ``seconds`` ago (left by an earlier session)."""
    old = time.time() - seconds
    for path in folder.iterdir():
        os.utime(path, (old, old))


def _names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_killed_autosave_leaves_nothing_after_the_next_start(data_dir):
    """The temporary file and the lock of a window killed mid-write are gone after the next start's offer."""
    name = _killed_window(data_dir)
    folder = data_dir / "recovery"
    assert _names(folder) == sorted([f"{name}.lock", next(p.name for p in folder.iterdir() if p.suffix == ".tmp")])
    _age(folder)
    window = Recovery(data_dir=data_dir)
    assert window.offer(None) is None  # nothing to offer: a half-written temporary file is no recovery file
    assert _names(folder) == []


def test_only_the_autosaves_own_leftovers_of_gone_windows_are_removed(data_dir, seed_path):
    """A live window's temporary file, a file newer than the process start, the user's own files and a crashed
    window's recovery file (still offered) stay."""
    folder = data_dir / "recovery"
    live = Recovery(data_dir=data_dir)
    assert live._ready()  # holds its lock, as a running window does
    live_tmp = folder / f".{live.path.name}.k2j4h5d1.tmp"
    live_tmp.write_bytes(b"{")
    crashed = _killed_window(data_dir)
    save_document(open_file(seed_path).document, folder / crashed)  # its autosave had landed before the crash
    users = ["notes.tmp", "report.briefing.tmp", ".notes.briefing.x1.tmp", "123-1-0badc0de.briefing.damaged",
             ".123-1-0badc0de.briefing.a.b.tmp"]
    for user in users:
        (folder / user).write_bytes(b"mine")
    gone = folder / ".99999999-1-0123abcd.briefing.q8w7e6r5.tmp"
    gone.write_bytes(b"{")
    _age(folder)
    fresh = folder / ".99999999-2-0123abcd.briefing.z9y8x7w6.tmp"  # written now, by an instance started after us
    fresh.write_bytes(b"{")
    crashed_tmp = next(p for p in folder.iterdir() if p.name.startswith(f".{crashed}."))

    class Answers:
        offered: list[str] = []

        def choose(self, title, text, choices, default, escape="cancel"):
            self.offered.append(text)
            return "later"

    window = Recovery(data_dir=data_dir)
    assert window.offer(Answers()) is None
    assert len(Answers.offered) == 1 and window.kept_for_later == [folder / crashed]
    left = set(_names(folder))
    assert not gone.exists() and not crashed_tmp.exists()
    assert {live_tmp.name, f"{live.path.name}.lock", fresh.name, crashed, *users} <= left
    live.close()
