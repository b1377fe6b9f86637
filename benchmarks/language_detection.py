"""Compare two offline language detectors on the XL-Sum articles and short texts.

Run from the repository root with an environment that has both candidates
(``pip install py3langid lingua-language-detector``)::

    python benchmarks/language_detection.py

Prints, per detector: size on disk, import time and first-call time (fresh
interpreter each), mean time per article, and accuracy on the first 200
characters and on the whole text of the 135 XL-Sum articles (nine languages)
plus the short texts below. The figures are in docs/language-detection.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "multilingual"

# Short texts written for this benchmark: headlines and one-line datelines, the
# hard case for character n-gram models (ru/uk share most letters, es/fr/en
# share names).
SHORT = [
    ("en", "Spy chiefs meet in Minsk"),
    ("en", "The minister said talks would resume on Monday."),
    ("ru", "Глава СВР встретился с коллегой в Минске"),
    ("ru", "Президент подписал указ в среду."),
    ("ru", "МОСКВА, 3 июня — Переговоры продолжатся."),
    ("uk", "Голова СЗР зустрівся з колегою у Мінську"),
    ("uk", "Президент підписав указ у середу."),
    ("uk", "КИЇВ, 3 червня — Переговори тривають."),
    ("de", "Geheimdienstchefs treffen sich in Minsk"),
    ("de", "Der Minister sagte, die Gespräche würden am Montag fortgesetzt."),
    ("fr", "Les chefs du renseignement se réunissent à Minsk"),
    ("fr", "Le ministre a déclaré que les pourparlers reprendraient lundi."),
    ("es", "Los jefes de inteligencia se reúnen en Minsk"),
    ("es", "El ministro dijo que las conversaciones se reanudarán el lunes."),
]

SIZE_PATHS = {
    "py3langid": ["py3langid"],
    "lingua": ["lingua"],
    "briefing": ["py3langid"],
}

SETUP = {
    "py3langid": (
        "from py3langid.langid import LanguageIdentifier, MODEL_FILE\n"
        "det = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)\n"
        "def detect(text):\n"
        "    return det.classify(text)[0]\n"
    ),
    "lingua": (
        "from lingua import LanguageDetectorBuilder\n"
        "det = LanguageDetectorBuilder.from_all_languages().build()\n"
        "def detect(text):\n"
        "    lang = det.detect_language_of(text)\n"
        "    return lang.iso_code_639_1.name.lower() if lang else 'und'\n"
    ),
    "lingua-low": (
        "from lingua import LanguageDetectorBuilder\n"
        "det = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()\n"
        "def detect(text):\n"
        "    lang = det.detect_language_of(text)\n"
        "    return lang.iso_code_639_1.name.lower() if lang else 'und'\n"
    ),
    # The app's detect_language: py3langid plus the non-Latin script rule.
    "briefing": (
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from briefing.core.language.detect import detect_language\n"
        "def detect(text):\n"
        "    return detect_language(text)[0]\n"
    ),
}


def articles() -> list[tuple[str, str]]:
    """(language, text) for every XL-Sum article."""
    rows = []
    for path in sorted(EVAL.glob("xlsum-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            rows.append((item["language"], item["text"]))
    return rows


def disk_size(names: list[str]) -> float:
    """Installed size in MB of the given top-level packages."""
    total = 0
    for name in names:
        spec = importlib.util.find_spec(name)
        folder = Path(spec.origin).parent
        total += sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return total / 1e6


def fresh_timing(name: str) -> tuple[float, float]:
    """Import+build time and first detection time, in a fresh interpreter."""
    code = (
        "import time\nt0 = time.perf_counter()\n" + SETUP[name]
        + "t1 = time.perf_counter()\ndetect('Глава СВР встретился с коллегой')\n"
        "t2 = time.perf_counter()\nprint(t1 - t0, t2 - t1)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = out.stdout.split()
    return float(first), float(second)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--detectors", default=",".join(SETUP),
                    help=f"comma list of detectors to compare (default: {','.join(SETUP)}); one whose package "
                         "is not installed is skipped with a note")
    args = ap.parse_args(argv)
    names = [n for n in args.detectors.split(",") if n]
    unknown = set(names) - set(SETUP)
    if unknown:
        ap.error(f"unknown detector(s) {', '.join(sorted(unknown))}; choose from {', '.join(SETUP)}")
    if not EVAL.is_dir():
        print(f"language_detection: {EVAL} not found; skipping.")
        return
    data = articles()
    print(f"{len(data)} articles; {len(SHORT)} short texts")
    for name in names:
        missing = [m for m in SIZE_PATHS[name.split("-")[0]] if importlib.util.find_spec(m) is None]
        if missing:
            print(f"\n## {name}: not installed ({', '.join(missing)}); skipping")
            continue
        namespace: dict = {}
        exec(SETUP[name], namespace)
        detect = namespace["detect"]
        build, first = fresh_timing(name)
        size = disk_size(SIZE_PATHS[name.split("-")[0]])
        detect("warm up: load the model before timing")
        results = {}
        for label, cut in (("200 chars", 200), ("whole", None)):
            times, wrong = [], []
            for lang, text in data:
                sample = text[:cut] if cut else text
                t0 = time.perf_counter()
                got = detect(sample)
                times.append(time.perf_counter() - t0)
                if got != lang:
                    wrong.append((lang, got, sample[:40]))
            results[label] = (len(data) - len(wrong), statistics.mean(times) * 1000, wrong)
        short_wrong = [(lang, detect(text), text) for lang, text in SHORT if detect(text) != lang]
        print(f"\n## {name}: {size:.1f} MB on disk, import+build {build:.2f} s, first call {first:.3f} s")
        for label, (right, ms, wrong) in results.items():
            print(f"  {label}: {right}/{len(data)} right, {ms:.2f} ms per article; wrong: {wrong}")
        print(f"  short: {len(SHORT) - len(short_wrong)}/{len(SHORT)} right; wrong: {short_wrong}")


if __name__ == "__main__":
    main()
