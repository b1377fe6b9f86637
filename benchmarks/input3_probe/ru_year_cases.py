"""input3 probe: a year ("2021 г.", "2021–2023 гг.", "2019 р.") before a capitalised word in Russian and
Ukrainian: one sentence or two. Written before the change; every third case (index % 3 == 2) set aside.
Each case: (language, paragraph, expected number of sentences).
Run: /work/main/.venv/bin/python benchmarks/input3_probe/ru_year_cases.py [dev|aside]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

CASES = [
    ("ru", "По данным ведомства, в 2021–2023 гг. Лаптев руководил отделом.", 1),
    ("ru", "Завод был построен в 2019 г. Москва выделила на него деньги.", 2),
    ("ru", "Как сообщает агентство, с 2015 по 2019 гг. Иванов возглавлял комиссию.", 1),
    ("ru", "Он родился в Москве, в 1960 г. Окончил МГУ с отличием.", 2),
    ("ru", "Согласно отчёту министерства, в 2022 г. Петрова получила премию.", 1),
    ("ru", "Компания уже несколько лет работает на рынке с 2018 г. Директор Сидоров доволен.", 2),
    ("ru", "Предприятие закрыли в 2020 г. Рабочие остались без зарплаты.", 2),
    ("ru", "По словам главы региона Сергея Иванова, в 2023 г. Минфин выделил деньги.", 1),
    ("uk", "За даними відомства, у 2021–2023 рр. Лаптєв очолював відділ.", 1),
    ("uk", "Міст збудували у 2019 р. Київ виділив на нього кошти.", 2),
    ("ru", "Об этом стало известно в декабре 2021 г. Следствие продолжается.", 2),
    ("ru", "В ходе визита в Китай в 2019 г. Путин подписал соглашение.", 1),
    ("uk", "Згідно з рішенням уряду, у 2024 р. Коваленко очолить комісію.", 1),
    ("ru", "Мост через реку открыли в ноябре 2018 г. Путин лично приехал на церемонию.", 2),
    ("uk", "Підприємство працювало до 2020 р. Власник продав його.", 2),
]


def run(which: str = "dev") -> None:
    from briefing.core.language.tokenizer import get_tokenizer
    chosen = [c for i, c in enumerate(CASES) if (i % 3 == 2) == (which == "aside")]
    ok = 0
    for lang, text, n in chosen:
        got = get_tokenizer({"ru": "russian", "uk": "ukrainian"}[lang]).to_sentences(text)
        good = len(got) == n
        ok += good
        print(("ok  " if good else "BAD ") + " | ".join(got))
    print(f"{which}: {ok}/{len(chosen)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\nRun:")[0])
    parser.add_argument("part", nargs="?", choices=("dev", "aside"), default="dev",
                        help="the development cases or the set-aside ones (every third; default: dev)")
    run(parser.parse_args().part)
