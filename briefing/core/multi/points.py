"""The machine's points of a brief drawn from several articles, as saved in the briefing file (light: no NumPy)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import KeyPoint, SummaryOptions


@dataclass
class MultiSummary:
    """The points chosen from several sources, best first (the first is the bottom line).

    ``total_sentences`` counts the sentences of every source; ``sources`` how many there are.
    ``copies`` (a copy's letter -> the letter it repeats) and ``isolated`` (letters sharing no sentence with
    another source) come from :func:`~.relations.source_overlap`.
    """

    algorithm: str
    points: list[KeyPoint]
    total_sentences: int
    sources: int
    options: SummaryOptions = field(default_factory=SummaryOptions)
    copies: dict[str, str] = field(default_factory=dict)
    isolated: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Return a JSON-ready dict."""
        return {"algorithm": self.algorithm, "total_sentences": self.total_sentences, "sources": self.sources,
                "options": self.options.to_dict(), "points": [p.to_dict() for p in self.points],
                "copies": dict(self.copies), "isolated": list(self.isolated)}

    @classmethod
    def from_dict(cls, data: dict) -> MultiSummary:
        """Rebuild from :meth:`to_dict` output."""
        return cls(algorithm=data["algorithm"], points=[KeyPoint.from_dict(p) for p in data.get("points", [])],
                   total_sentences=int(data.get("total_sentences", 0)), sources=int(data.get("sources", 0)),
                   options=SummaryOptions.from_dict(data.get("options") or {}),
                   copies=dict(data.get("copies") or {}), isolated=list(data.get("isolated") or []))

    @property
    def method(self) -> dict:
        """Return the briefing's method record: algorithm, sentences chosen and rated, sources."""
        return {"algorithm": self.algorithm, "chosen": len(self.points), "total": self.total_sentences,
                "sources": self.sources}
