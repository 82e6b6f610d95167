"""A realistic synthetic corpus built from the seed paragraphs, for scale tests and benchmarks.

Each generated article is raw pasted text like the seeds: a headline, site furniture (update
stamp, share prompts), paragraphs drawn from the seed stories in a new order, and a closing
newsletter prompt, under a varied outlet and publication date. Deterministic for a given seed.
"""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from presslens.ingestion.corpus import load_corpus
from presslens.paths import SEEDS_DIR

OUTLETS = ("Arab News", "Dawn", "Tehran Times", "Geo News", "Al Jazeera", "Press TV", "The Express Tribune",
           "Iran International", "Reuters", "Anadolu Agency", "Global Times", "The Hindu")
FORMATS = ("txt", "jsonl")


def seed_material() -> tuple[list[str], list[str]]:
    """The headlines and body paragraphs of the relevant seed stories."""
    articles = [a for a in load_corpus(SEEDS_DIR).articles if a.is_relevant]
    return [a.title for a in articles], [p for a in articles for p in a.text.split("\n\n") if len(p.split()) >= 8]


def generate_corpus(out_dir: str | Path, n_articles: int, *, fmt: str = "txt", seed: int = 0) -> Path:
    """Write `n_articles` synthetic articles into `out_dir` (.txt files in sub-folders, or one .jsonl)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}' (choose one of: {', '.join(FORMATS)})")
    rng = random.Random(seed)
    titles, paragraphs = seed_material()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    jsonl = (out / "corpus.jsonl").open("w", encoding="utf-8") if fmt == "jsonl" else None
    try:
        for index in range(n_articles):
            outlet = rng.choice(OUTLETS)
            published = date(2024, 1, 16) + timedelta(days=rng.randint(0, 40))
            title = f"{rng.choice(titles)} ({index})"
            body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(6, 14)))
            if jsonl is not None:
                record = {"text": "\n\n".join(body), "title": title, "outlet": outlet, "published": published.isoformat()}
                jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
                continue
            text = "\n".join([title, "", "Short Url", f"Updated {published:%d %B %Y}", "Follow", "", *body, "",
                              f"Discover more from {outlet}", "Subscribe to get the latest posts sent to your email."])
            folder = out / f"{index // 1000:04d}"
            folder.mkdir(exist_ok=True)
            (folder / f"article_{index:06d}.txt").write_text(text + "\n", encoding="utf-8")
    finally:
        if jsonl is not None:
            jsonl.close()
    return out
