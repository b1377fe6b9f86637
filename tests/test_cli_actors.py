"""The command line prints the key actors after the summary and includes them in --json."""

import json

from briefing.cli import main


def test_summarize_prints_actors_after_summary(seed_path, capsys):
    """`summarize` lists actors with type, role and mentions after the summary lines."""
    assert main(["summarize", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert out.index("Summary (") < out.index("Actors (")
    assert "Sergei Naryshkin (person, SVR chief): 3 mentions" in out


def test_summarize_json_includes_actors(seed_path, capsys):
    """`summarize --json` has an "actors" list of Actor dicts, most salient first."""
    assert main(["summarize", str(seed_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    actors = data["actors"]
    assert {"name", "type", "aliases", "role", "mentions", "sentences", "salience"} <= set(actors[0])
    assert [a["salience"] for a in actors] == sorted((a["salience"] for a in actors), reverse=True)
    assert any(a["name"] == "Ivan Tertel" for a in actors)
