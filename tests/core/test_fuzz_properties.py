"""Property-based robustness (issue 18): random and mutated files give only documented errors, every
PDF is one page, and nothing runs past its time budget. Sized for CI (about a minute in all);
``benchmarks/fuzz.py`` runs the same cases for as long as asked.

Each example runs in a child process (:func:`briefing.core.isolate.run_isolated`), so a hang is a
failing example after ``BUDGET_S`` instead of a stuck test run; examples are derandomized so CI is
reproducible, and shrinking is off (a shrink step could cost a whole time budget).
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from briefing.core.errors import BriefingError
from briefing.core.isolate import IsolatedFailure, run_isolated

from .hostile import EXTENSIONS, check_document, check_load, check_render, hostile_briefing, hostile_docx, \
    mutate_bytes, mutate_json, sample

#: Seconds one example may take before it counts as a hang.
BUDGET_S = 30

def fuzz(max_examples: int) -> settings:
    """Settings of every test here: derandomized, no example database, no deadline, no shrinking."""
    return settings(max_examples=max_examples, derandomize=True, database=None, deadline=None, phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


class Hang(BriefingError):
    """An example ran out of time or memory, or its process died."""


def _run(check, *args) -> str:
    try:
        return run_isolated(check, *args, timeout=BUDGET_S, memory_mb=2048, label="example", error_type=Hang)
    except Hang as exc:
        pytest.fail(f"hang or crash: {exc}")
    except IsolatedFailure as exc:
        pytest.fail(f"undocumented exception {exc}\n{exc.__traceback_text__}")


@pytest.mark.parametrize("ext", EXTENSIONS)
@fuzz(10)
@given(rng=st.randoms(use_true_random=False), raw=st.booleans(), random_bytes=st.binary(max_size=3000))
def test_load_article_on_random_and_mutated_bytes(ext, rng: random.Random, raw: bool, random_bytes: bytes):
    """load_article on random bytes or a mutated valid file of each kind: an article or a LoadError, in time."""
    if raw:
        data = random_bytes
    elif ext == ".docx" and rng.random() < 0.5:
        data = hostile_docx(rng)
    else:
        data = mutate_bytes(sample(ext), rng)
    outcome = _run(check_load, data, ext)
    assert outcome in ("ok", "documented: LoadError")


@fuzz(25)
@given(rng=st.randoms(use_true_random=False))
def test_load_document_then_render_summarize_save(rng: random.Random):
    """A mutated briefing file (of one or of two articles) is refused with a LoadError or loads into data
    that renders (one page), re-summarizes and saves with only documented errors."""
    outcome = _run(check_document, mutate_json(sample(rng.choice((".briefing", ".multi.briefing"))), rng))
    assert outcome == "ok" or outcome.startswith("documented: ")


@fuzz(15)
@given(rng=st.randoms(use_true_random=False))
def test_render_pdf_with_hostile_fields(rng: random.Random):
    """A briefing of hostile text (surrogates, controls, markup, long runs) exports (PDF mostly, every format
    sometimes) as one page or an ExportError."""
    outcome = _run(check_render, hostile_briefing(rng), "pdf" if rng.random() < 0.6 else rng.choice(("docx", "html", "md", "txt")))
    assert outcome in ("ok", "documented: ExportError")
