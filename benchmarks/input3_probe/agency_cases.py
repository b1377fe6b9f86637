"""input3 probe: a publisher's or agency's name alone between blank lines under a text article's title.

Written before the change. Each case: (name, file name, text, expected source, expected first body words).
Every third case (index % 3 == 2) is set aside: its output is looked at only at the end.
Run: /work/main/.venv/bin/python benchmarks/input3_probe/agency_cases.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

EN = "President Volodymyr Zelensky opened a new grain corridor from Odesa on Monday, officials said.\n\n" \
     "The first convoy of 40 ships left the port at dawn, the port authority said.\n"
DE = "Der Stadtrat hat am Montag nach langer Debatte den Haushalt für die neue Brücke beschlossen.\n\n" \
     "Die Opposition stimmte gegen den Plan und nannte die Kosten zu hoch für die Stadt.\n"
FR = "Le conseil municipal a approuvé le budget lundi après un long débat sur le nouveau pont.\n\n" \
     "L'opposition a voté contre le projet et a jugé les coûts trop élevés pour la ville.\n"
ES = "El ayuntamiento aprobó el presupuesto el lunes tras un largo debate sobre el nuevo puente.\n\n" \
     "La oposición votó en contra del plan y dijo que los costes eran demasiado altos para la ciudad.\n"
RU = "Городской совет в понедельник после долгих споров утвердил бюджет на строительство нового моста.\n\n" \
     "Оппозиция проголосовала против плана и назвала расходы слишком высокими для города.\n"
UK = "Міська рада в понеділок після тривалої дискусії затвердила бюджет на будівництво нового мосту.\n\n" \
     "Опозиція проголосувала проти плану і назвала витрати занадто високими для міста.\n"

T = "Ukraine opens new grain corridor from Odesa"
CASES = [
    ("en agency", "a.txt", f"{T}\n\nAnglia Press Agency\n\n{EN}", "Anglia Press Agency", "President"),
    ("en known agency", "a.txt", f"{T}\n\nReuters\n\n{EN}", "Reuters", "President"),
    ("en standfirst org word mid", "a.txt", f"{T}\n\nCoastal Herald Closes\n\n{EN}", "", "Coastal Herald Closes"),
    ("de agency", "a.txt", f"Stadtrat beschließt Haushalt\n\nDeutsche Presse-Agentur\n\n{DE}", "Deutsche Presse-Agentur", "Der Stadtrat"),
    ("fr agency", "a.txt", f"Le conseil vote le budget\n\nAgence France-Presse\n\n{FR}", "Agence France-Presse", "Le conseil"),
    ("es agency", "a.txt", f"El ayuntamiento aprueba el presupuesto\n\nAgencia EFE\n\n{ES}", "Agencia EFE", "El ayuntamiento"),
    ("ru agency", "a.txt", f"Горсовет утвердил бюджет\n\nАгентство «Северные новости»\n\n{RU}", "Агентство «Северные новости»", "Городской совет"),
    ("uk agency", "a.txt", f"Міськрада затвердила бюджет\n\nАгенція «Південні новини»\n\n{UK}", "Агенція «Південні новини»", "Міська рада"),
    ("md bold agency", "a.md", f"# {T}\n\n**Anglia Press Agency**\n\n{EN}", "Anglia Press Agency", "President"),
    ("en title-case standfirst", "a.txt", f"{T}\n\nFarmers Protest Outside Parliament\n\n{EN}", "", "Farmers Protest"),
    ("en newspaper", "a.txt", f"{T}\n\nThe Valmora Times\n\n{EN}", "The Valmora Times", "President"),
    ("fr newspaper", "a.txt", f"Le conseil vote le budget\n\nLe Courrier du Littoral\n\n{FR}", "Le Courrier du Littoral", "Le conseil"),
    ("en short first paragraph", "a.txt", f"{T}\n\nPress freedom matters\n\n{EN}", "", "Press freedom"),
    ("es newspaper", "a.txt", f"El ayuntamiento aprueba el presupuesto\n\nEl Heraldo de Valmora\n\n{ES}", "El Heraldo de Valmora", "El ayuntamiento"),
    ("en radio", "a.txt", f"{T}\n\nRadio Nord\n\n{EN}", "Radio Nord", "President"),
    ("de standfirst", "a.txt", f"Stadtrat beschließt Haushalt\n\nPresse Kritisiert Den Beschluss Scharf\n\n{DE}", "", "Presse Kritisiert"),
    ("en dpa known lower", "a.txt", f"{T}\n\ndpa\n\n{EN}", "dpa", "President"),
    ("ru standfirst", "a.txt", f"Горсовет утвердил бюджет\n\nАгентство сообщило о споре\n\n{RU}", "", "Агентство сообщило"),
]


def run(which: str = "dev") -> None:
    from briefing.core.ingest.load import load_article
    ok = 0
    chosen = [c for i, c in enumerate(CASES) if (i % 3 == 2) == (which == "aside")]
    with tempfile.TemporaryDirectory() as tmp:
        for name, fname, text, source, first in chosen:
            path = Path(tmp) / fname
            path.write_text(text, encoding="utf-8")
            a = load_article(path)
            got_first = " ".join(a.paragraphs[0]) if a.paragraphs else ""
            good = (a.source or "") == source and got_first.startswith(first)
            ok += good
            print(("ok  " if good else "BAD ") + f"{name}: source={a.source!r} first={got_first[:40]!r}")
    print(f"{which}: {ok}/{len(chosen)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\nRun:")[0])
    parser.add_argument("part", nargs="?", choices=("dev", "aside"), default="dev",
                        help="the development cases or the set-aside ones (every third; default: dev)")
    run(parser.parse_args().part)
