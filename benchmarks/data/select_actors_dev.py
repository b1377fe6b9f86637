"""Candidate order and tune/held-out split for the actor development gold (issue 17).

    python benchmarks/data/select_actors_dev.py candidates   # the order in which articles were read
    python benchmarks/data/select_actors_dev.py split        # tune / held-out split of the annotated ids
    python benchmarks/data/select_actors_dev.py split --write  # (once) staging file -> actors-dev / actors-heldout

Reads ``../shared/eval`` (evaluation-only texts, never copied here). The keep/skip
decisions are human judgements, recorded in ``README.md`` next to this file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
HERE = Path(__file__).resolve().parent
SEED = 17  # issue 17
TOPICS = ("politics", "business", "tech", "entertainment", "sport")
#: Articles annotated after the split was fixed (third and fourth rounds of issue 17: each time
#: the next 2 kept per BBC topic and the next 10 kept CNN/DM articles of the same reading order;
#: fifth round: html-dev web pages; sixth round: the next 3 kept per BBC topic and the next 15 kept
#: CNN/DM articles; seventh round: the same again, and the rest of the html-dev reading order; eighth round: the next
#: 15 kept CNN/DM articles; ninth round: the next 5 kept BBC articles of every topic; tenth round: the next 6 kept
#: BBC entertainment and sport articles and the next 5 kept BBC politics, business and tech articles; eleventh round:
#: the next 5 kept BBC politics, business and tech articles and the next 7 kept BBC entertainment and sport
#: articles; twelfth round: the next 5 kept BBC politics, business and tech articles and the next 7 kept BBC
#: entertainment and sport articles; thirteenth round: the next 5 kept BBC politics, business and tech articles
#: and the next 7 kept BBC entertainment and sport articles, see README.md).
#: They were added to the tune part by decision, so ``split`` leaves them out of the shuffle and
#: always counts them as tune.
ADDED_TO_TUNE = frozenset({
    "bbc-politics-103",
    "bbc-politics-314",
    "bbc-business-135",
    "bbc-business-114",
    "bbc-tech-099",
    "bbc-tech-151",
    "bbc-entertainment-206",
    "bbc-entertainment-221",
    "bbc-sport-102",
    "bbc-sport-493",
    "dm-test-9f2dbe8953dd5b1d2b0f2f748c51bfccbe72906e",
    "dm-test-e6317700bf0035f4703ad53ccf36d8881c40829f",
    "dm-test-123763e669329212e85239a588e980691e3c5449",
    "cnn-test-e82fd60b8e06755184e0bd8add6967600b6788f1",
    "dm-test-e3e179218a3d9dbfbcd86a0f1d751b8070fd1443",
    "dm-test-3ba3bde4a1440134bb38ec22ba50db59986b544c",
    "dm-test-4227fe4ff70687412a6dcd830fb037114e8d5d99",
    "cnn-test-947b339a524aac1f43384a8c68e5a3a624ed309f",
    "dm-test-60e99bf7b0f7dd755ae4aab0094f2add2d4f36fd",
    "dm-test-6721edf88c95f480a4db2c63649dbb03736aeadf",
    # fourth round: the next 2 kept per BBC topic and the next 10 kept CNN/DM articles
    "bbc-politics-258",
    "bbc-politics-127",
    "bbc-business-190",
    "bbc-business-504",
    "bbc-tech-037",
    "bbc-tech-080",
    "bbc-entertainment-282",
    "bbc-entertainment-208",
    "bbc-sport-415",
    "bbc-sport-201",
    "dm-test-113e651a0a484955a0596662185587e648e5ee55",
    "dm-test-7c9201a07ffd4647e3c37af77b69571e0fad1c45",
    "cnn-test-abd69dcc1c91c304762d59d93b87bdd6af794b6c",
    "dm-test-e5e86a98dc14976da5c6d367ec41f56117a56ee8",
    "dm-test-30fe317731be70bc2e1bac6ce4ed9bec162dbc98",
    "dm-test-ac21c26ebbe99747ed51f317904f4ca75873e574",
    "dm-test-88b93edead8102472d922c0410269267b7673c95",
    "dm-test-22e16fad8cfe6ec16e33eec847aaf92935271b41",
    "dm-test-2cbe1cf51723fd689e29b3a7e4f1e51d30fef1cd",
    "dm-test-bf7b70182529799f547cf260dde1a65acdecb60b",
    # fifth round: html-dev pages of other newsrooms, the held-out-2 reading order continued
    # (``random.Random("17-heldout2")`` over the sorted ``news`` ids) past the last page it took or skipped
    "quanta-1",
    "nytimes-4",
    "ars-1",
    "guardian-1",
    "wikia",
    "breitbart",
    "telegraph",
    "schema-org-context-object",
    "citylab-1",
    # sixth round (BBC; the fifth BBC batch): the next 3 kept per BBC topic, same reading order
    "bbc-politics-202",
    "bbc-politics-130",
    "bbc-politics-331",
    "bbc-business-267",
    "bbc-business-344",
    "bbc-business-254",
    "bbc-tech-187",
    "bbc-tech-049",
    "bbc-tech-105",
    "bbc-entertainment-333",
    "bbc-entertainment-111",
    "bbc-entertainment-061",
    "bbc-sport-081",
    "bbc-sport-260",
    "bbc-sport-158",
    # sixth round (CNN/DM): the next 15 kept CNN/DM articles of the same reading order
    "dm-test-20b231e56a0a2104a96e167659222986fbcaeddd",
    "dm-test-8a065645e5745a8842f62c9c6d718e8624ad7825",
    "cnn-test-5588d9eecfe630bbe8ac41600cd377c0bc810670",
    "dm-test-7bd0f51cb4745f01c3c69c0eead3ec9c5cdebc51",
    "dm-test-068f529825cc39af930a462c5e9685cbd7961fa5",
    "dm-test-7447c4b76699b362889acda7ca184f1099401fc9",
    "dm-test-1d965b7ef3e3aa66f4b55ca424496c3ff7307dcf",
    "dm-test-1ce80a53eb6aa6bebd05399899d19e79bfd48f90",
    "dm-test-cc4729e54f5f080dddbeccfb9399c94db4462a95",
    "dm-test-7036146e3e87aed36a8b704b73770d3f803d2b5b",
    "dm-test-2c5c7981506ca3d0b86baa2f339ac7aa121fbec1",
    "dm-test-9dbeef62a3e0fbfaf73a647dc5ec41e55c787c2c",
    "dm-test-45a9f7a9c4cffb0a068b65b08ad091ba69c53d5c",
    "dm-test-6842432c58ad5ed8f2310a0f1931fece52a96fab",
    "dm-test-eb78a53cb8d33151880618d65cfebcefd103da34",
    # seventh round (web pages): the fifth round's html-dev reading order continued from lazy-image-2
    # to its end (every page the rule kept; videos-1 skipped as a review list, lemonde-1 and qq not English)
    "lazy-image-2",
    "salon-1",
    "medicalnewstoday",
    # seventh round (CNN/DM): the next 15 kept CNN/DM articles of the same reading order
    "dm-test-7c56bf8b00e4be69033cdc6a8f3e2c8e825d81f2",
    "dm-test-3bc86ab4ce451b700d60660b1f35da8c0b61ba1e",
    "dm-test-8451dc5b5c84ba7314d424135bdce1543d0cbccd",
    "dm-test-1d448f2090c737fbe32242eb26b57acf3ba8c08b",
    "dm-test-95c8ae4fb51cc266ac604e0f40a4ebf284ebfe93",
    "dm-test-373f32bd4d4f536e54f29b2a35bc2035df40b310",
    "cnn-test-89daa80db49b6e36c1cd0bde9b253ca7fa143811",
    "dm-test-1d63a36398eb7b212c830f453470570597903774",
    "dm-test-59808218684d137e372eb2f2f7489ea7c16b21ad",
    "dm-test-d630035ba94ce748c4870e420ea807bf3701414e",
    "cnn-test-23a0f5d45517620ea12e8af780b2fa1cd9a2373a",
    "dm-test-c053b3ec1ecee6e3d282936ba388753fc44aef99",
    "dm-test-71cfa34d7c8d2acd4244817fe963343b12e51928",
    "dm-test-38052e2a4541d00f6d16945bce46ddb21284943b",
    "cnn-test-43b82870a85c31a9dccd43574fb6276516c82325",
    # seventh round (BBC; the sixth BBC batch): the next 3 kept per BBC topic, same reading order
    "bbc-politics-233",
    "bbc-politics-083",
    "bbc-politics-405",
    "bbc-business-195",
    "bbc-business-414",
    "bbc-business-378",
    "bbc-tech-183",
    "bbc-tech-110",
    "bbc-tech-219",
    "bbc-entertainment-247",
    "bbc-entertainment-193",
    "bbc-entertainment-300",
    "bbc-sport-438",
    "bbc-sport-072",
    "bbc-sport-030",
    # eighth round (BBC; the seventh BBC batch): the next 3 kept per BBC topic, same reading order
    "bbc-politics-145",
    "bbc-politics-404",
    "bbc-politics-165",
    "bbc-business-097",
    "bbc-business-279",
    "bbc-business-290",
    "bbc-tech-242",
    "bbc-tech-069",
    "bbc-tech-018",
    "bbc-entertainment-006",
    "bbc-entertainment-214",
    "bbc-entertainment-131",
    "bbc-sport-050",
    "bbc-sport-404",
    "bbc-sport-461",
    # eighth round (CNN/DM): the next 15 kept CNN/DM articles of the same reading order
    "dm-test-e3e7212ffe9806f6e6d5ba4587c8e7613aaa4ba3",
    "dm-test-6555c15003defec00c965b3851e4da818264afe7",
    "dm-test-50f3f06b88fef68e3219e358c254e2e6860f9196",
    "dm-test-bc721db319cbdd6924537aeba7efd61619422d49",
    "dm-test-1d7372a702e28387412146f1822625a36c8f828f",
    "dm-test-775fe1080dc864c0dc4201a27522499dc015d968",
    "cnn-test-2f6106809de41d59f422d527900a6b344174c5b2",
    "dm-test-c7ed46b2ff217b502514ba71d63ddcbb652e44a9",
    "dm-test-599041852b35a3ec1b3a9423b319045655ca2bc9",
    "dm-test-ec374b769e8112884310bb3b4a7d261ab4625490",
    "dm-test-578933f933255e7e22695c68f7e544dbc749dae3",
    "dm-test-a7c6adc05c834d6ffcf02fddfa42d0c9eb6de602",
    "dm-test-67527b729a0ef3052c64f68a7abfe4761c20171c",
    "dm-test-2d4ca8fe13f3481241a85bd750cdb7159edd097a",
    "dm-test-822f4d3e5389cc01c392d0a2e4bbffd013fb2cf0",
    # ninth round (BBC entertainment, sport): the next 5 kept per topic, same reading order
    "bbc-entertainment-156",
    "bbc-entertainment-259",
    "bbc-entertainment-124",
    "bbc-entertainment-306",
    "bbc-entertainment-070",
    "bbc-sport-196",
    "bbc-sport-303",
    "bbc-sport-467",
    "bbc-sport-013",
    "bbc-sport-165",
    # ninth round (BBC politics, business, tech): the next 5 kept per topic, same reading order
    "bbc-politics-086",
    "bbc-politics-193",
    "bbc-politics-050",
    "bbc-politics-206",
    "bbc-politics-313",
    "bbc-business-091",
    "bbc-business-030",
    "bbc-business-330",
    "bbc-business-081",
    "bbc-business-149",
    "bbc-tech-116",
    "bbc-tech-329",
    "bbc-tech-028",
    "bbc-tech-280",
    "bbc-tech-062",
    # tenth round (BBC entertainment, sport): the next 6 kept per topic, same reading order
    "bbc-entertainment-016",
    "bbc-entertainment-129",
    "bbc-entertainment-048",
    "bbc-entertainment-114",
    "bbc-entertainment-182",
    "bbc-entertainment-117",
    "bbc-sport-462",
    "bbc-sport-197",
    "bbc-sport-175",
    "bbc-sport-419",
    "bbc-sport-041",
    "bbc-sport-317",
    # tenth round (BBC politics, business, tech): the next 5 kept per topic, same reading order
    "bbc-politics-306",
    "bbc-politics-022",
    "bbc-politics-044",
    "bbc-politics-344",
    "bbc-politics-213",
    "bbc-business-062",
    "bbc-business-249",
    "bbc-business-265",
    "bbc-business-468",
    "bbc-business-276",
    "bbc-tech-075",
    "bbc-tech-142",
    "bbc-tech-368",
    "bbc-tech-274",
    "bbc-tech-064",
    # eleventh round (BBC politics, business, tech): the next 5 kept per topic, same reading order
    "bbc-politics-007",
    "bbc-politics-375",
    "bbc-politics-009",
    "bbc-politics-069",
    "bbc-politics-303",
    "bbc-business-503",
    "bbc-business-375",
    "bbc-business-467",
    "bbc-business-323",
    "bbc-business-198",
    "bbc-tech-273",
    "bbc-tech-255",
    "bbc-tech-351",
    "bbc-tech-073",
    "bbc-tech-212",
    # eleventh round (BBC entertainment, sport): the next 7 kept per topic, same reading order
    "bbc-entertainment-252",
    "bbc-entertainment-003",
    "bbc-entertainment-004",
    "bbc-entertainment-120",
    "bbc-entertainment-005",
    "bbc-entertainment-174",
    "bbc-entertainment-296",
    "bbc-sport-484",
    "bbc-sport-354",
    "bbc-sport-100",
    "bbc-sport-337",
    "bbc-sport-015",
    "bbc-sport-374",
    "bbc-sport-487",
    # twelfth round (BBC politics, business, tech): the next 5 kept per topic, same reading order
    # (``candidates`` prints 60 ids per topic from this round on)
    "bbc-politics-304",
    "bbc-politics-385",
    "bbc-politics-241",
    "bbc-politics-014",
    "bbc-politics-114",
    "bbc-business-306",
    "bbc-business-326",
    "bbc-business-495",
    "bbc-business-046",
    "bbc-business-017",
    "bbc-tech-070",
    "bbc-tech-355",
    "bbc-tech-144",
    "bbc-tech-335",
    "bbc-tech-112",
    # twelfth round (BBC entertainment, sport): the next 7 kept per topic, same reading order
    "bbc-entertainment-253",
    "bbc-entertainment-339",
    "bbc-entertainment-165",
    "bbc-entertainment-194",
    "bbc-entertainment-108",
    "bbc-entertainment-218",
    "bbc-entertainment-318",
    "bbc-sport-091",
    "bbc-sport-503",
    "bbc-sport-276",
    "bbc-sport-265",
    "bbc-sport-496",
    "bbc-sport-261",
    "bbc-sport-016",
    # thirteenth round (BBC entertainment, sport): the next 7 kept per topic, same reading order
    # (``candidates`` prints 80 ids per topic from this round on)
    "bbc-entertainment-177",
    "bbc-entertainment-377",
    "bbc-entertainment-286",
    "bbc-entertainment-042",
    "bbc-entertainment-068",
    "bbc-entertainment-183",
    "bbc-entertainment-295",
    "bbc-sport-342",
    "bbc-sport-014",
    "bbc-sport-349",
    "bbc-sport-216",
    "bbc-sport-127",
    "bbc-sport-300",
    "bbc-sport-007",
    # thirteenth round (BBC politics, business, tech): the next 5 kept per topic, same reading order
    "bbc-politics-234",
    "bbc-politics-124",
    "bbc-politics-052",
    "bbc-politics-227",
    "bbc-politics-403",
    "bbc-business-506",
    "bbc-business-082",
    "bbc-business-305",
    "bbc-business-415",
    "bbc-business-178",
    "bbc-tech-383",
    "bbc-tech-262",
    "bbc-tech-035",
    "bbc-tech-152",
    "bbc-tech-082",
})


def held_out_3() -> set[str]:
    """Return the ids of the third held-out part (``actors-heldout3.jsonl``; empty when the file is absent)."""
    path = HERE / "actors-heldout3.jsonl"
    if not path.exists():
        return set()
    return {json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip()}


def candidates() -> None:
    """Print, per source, all article ids in a seeded random order (the reading order).

    Ids of the third held-out part (``held_out_3``) are dropped after the shuffle, so the order of the
    other ids is the one every earlier round read; they are never candidates for the tune part.
    """
    gold = {json.loads(line)["id"] for line in (EVAL / "actors-gold.jsonl").open(encoding="utf-8")}
    blind = held_out_3()
    bbc: dict[str, list[str]] = {t: [] for t in TOPICS}
    seen_text: dict[str, str] = {}
    dup_of: dict[str, str] = {}
    with (EVAL / "news-summaries.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["text"] in seen_text:
                dup_of[rec["id"]] = seen_text[rec["text"]]
            else:
                seen_text[rec["text"]] = rec["id"]
            bbc[rec["id"].split("-")[1]].append(rec["id"])
    for topic in TOPICS:
        ids = sorted(i for i in bbc[topic] if i not in gold and i not in dup_of)
        random.Random(f"{SEED}-{topic}").shuffle(ids)
        ids = [i for i in ids if i not in blind]
        print(topic, " ".join(ids[:80]))  # 40 per topic before, then 60 (eleventh and twelfth rounds); sport read past 60 in the thirteenth
    cnn = [json.loads(line)["id"] for line in (EVAL / "cnndm-dev.jsonl").open(encoding="utf-8")]
    order = list(range(len(cnn)))
    random.Random(f"{SEED}-cnndm").shuffle(order)
    order = [i for i in order if cnn[i] not in blind]
    print("cnndm", " ".join(f"{i + 1}:{cnn[i]}" for i in order[:100]))


def split(write: bool = False) -> None:
    """Per source, shuffle the sorted annotated ids with the seed; the first half (rounded down) is held out.

    With ``write``, move the records of ``actors-new.jsonl`` (the staging file used while
    annotating) into ``actors-dev.jsonl`` and ``actors-heldout.jsonl``, in annotation order.
    Ids in ``ADDED_TO_TUNE`` are not shuffled: they stay in the tune part.
    """
    records = []
    for name in ("actors-new.jsonl", "actors-dev.jsonl", "actors-heldout.jsonl"):
        path = HERE / name
        if path.exists():
            records += [json.loads(line) for line in path.open(encoding="utf-8")]
    heldout = set()
    for source in ("bbc", "cnndm"):
        part = sorted(r["id"] for r in records
                      if r["id"].startswith("bbc-") == (source == "bbc") and r["id"] not in ADDED_TO_TUNE)
        random.Random(f"{SEED}-split-{source}").shuffle(part)
        half = len(part) // 2
        heldout.update(part[:half])
        print(source, "heldout", " ".join(sorted(part[:half])))
        print(source, "tune   ", " ".join(sorted(part[half:])))
        added = sorted(r["id"] for r in records
                       if r["id"].startswith("bbc-") == (source == "bbc") and r["id"] in ADDED_TO_TUNE)
        print(source, "added to tune", " ".join(added))
    if write:
        for name, keep in (("actors-dev.jsonl", False), ("actors-heldout.jsonl", True)):
            with (HERE / name).open("w", encoding="utf-8") as fh:
                for r in records:
                    if (r["id"] in heldout) == keep:
                        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        (HERE / "actors-new.jsonl").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("command", nargs="?", choices=("candidates", "split"), default="candidates",
                        help="candidates: the order in which articles were read (default); split: the tune / "
                             "held-out split of the annotated ids")
    parser.add_argument("--write", action="store_true",
                        help="with split: (once) move the staging file's records to actors-dev / actors-heldout")
    options = parser.parse_args()
    if options.command == "candidates":
        if not EVAL.is_dir():
            print(f"select_actors_dev: skipped: {EVAL} not found (the candidates are read from the eval data)")
            return
        candidates()
    else:
        split(write=options.write)


if __name__ == "__main__":
    main()
