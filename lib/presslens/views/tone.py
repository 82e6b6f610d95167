"""Aggregates of the sentence, voice, frame and label tables by outlet, actor and frame (tables behind the notebook's charts)."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from presslens.analyses.framing import FRAMES, PEACE_SUMMARY, WAR_SUMMARY
from presslens.analyses.sentiment import vader
from presslens.settings import DEFAULT_SETTINGS, Settings
from presslens.views.figures import outlet_names, plain_label

NEGATIVE_BELOW = -0.05
POSITIVE_ABOVE = 0.05
GAP_WORDS_FILE = "tone_gap_words.txt"


def with_outlet(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """`table` with the outlet of each row's article ('(outlet unknown)' when it has none)."""
    outlets = articles[["article_id", "outlet"]].assign(outlet=lambda d: outlet_names(d["outlet"]))
    return table.merge(outlets, on="article_id", how="inner")


def tone_by_outlet(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: articles, sentences, mean/median/quartiles of sentence compound, shares negative and positive."""
    rows = with_outlet(sentences, articles).astype({"compound": float})
    grouped = rows.groupby("outlet")["compound"]
    table = pd.DataFrame({
        "n_articles": rows.groupby("outlet")["article_id"].nunique(),
        "n_sentences": grouped.size(),
        "mean": grouped.mean(),
        "median": grouped.median(),
        "q25": grouped.quantile(0.25),
        "q75": grouped.quantile(0.75),
        "share_negative": grouped.apply(lambda s: (s < NEGATIVE_BELOW).mean()),
        "share_positive": grouped.apply(lambda s: (s > POSITIVE_ABOVE).mean()),
    })
    return table.round(4)


def tone_by_article(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: outlet, title, sentences and mean sentence compound."""
    rows = with_outlet(sentences, articles)
    table = rows.groupby(["article_id", "outlet"]).agg(n_sentences=("compound", "size"), mean_compound=("compound", "mean"))
    table = table.reset_index().merge(articles[["article_id", "title"]], on="article_id")
    return table.round(4)


def voice_by_outlet(voice_tone: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and voice (narration | quoted): segments, words and segment-weighted mean compound."""
    rows = with_outlet(voice_tone, articles)
    rows = rows[rows["n_segments"] > 0].assign(weighted=lambda d: d["compound"] * d["n_segments"])
    table = rows.groupby(["outlet", "voice"]).agg(n_segments=("n_segments", "sum"), n_words=("n_words", "sum"), weighted=("weighted", "sum"))
    table["mean_compound"] = (table.pop("weighted") / table["n_segments"]).round(4)
    return table.reset_index()


def actor_mentions(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per (sentence, actor mentioned): article_id, outlet, actor, compound, text."""
    rows = with_outlet(sentences, articles)
    rows = rows[rows["actors"].fillna("") != ""].assign(actor=lambda d: d["actors"].str.split("|")).explode("actor")
    return rows[["article_id", "outlet", "actor", "sent_index", "compound", "text"]].reset_index(drop=True)


def actor_tone(sentences: pd.DataFrame, articles: pd.DataFrame, top: int = 12) -> pd.DataFrame:
    """Per outlet x actor (the `top` most mentioned actors): sentences mentioning the actor and their mean compound."""
    mentions = actor_mentions(sentences, articles)
    keep = mentions["actor"].value_counts().head(top).index
    mentions = mentions[mentions["actor"].isin(keep)]
    table = mentions.groupby(["outlet", "actor"]).agg(n_sentences=("compound", "size"), mean_compound=("compound", "mean"))
    return table.round(4).reset_index()


def frame_matrix(frames: pd.DataFrame, articles: pd.DataFrame, names: Iterable[str] = FRAMES) -> pd.DataFrame:
    """Outlet x frame (or indicator): mean score over the outlet's articles (for indicators: share of articles)."""
    wanted = list(names)
    rows = with_outlet(frames[frames["frame"].isin(wanted)], articles)
    table = rows.pivot_table(index="outlet", columns="frame", values="score", aggfunc="mean")
    return table.reindex(columns=[n for n in wanted if n in table.columns]).round(4)


def indicator_names(frames: pd.DataFrame) -> list[str]:
    """War indicators then peace indicators, in table order."""
    names = list(dict.fromkeys(frames["frame"]))
    return [n for n in names if n.startswith("war:")] + [n for n in names if n.startswith("peace:")]


def war_peace_balance(frames: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: outlet, share of war indicators, share of peace indicators, and which side dominates."""
    rows = with_outlet(frames[frames["frame"].isin([WAR_SUMMARY, PEACE_SUMMARY])], articles)
    table = rows.pivot_table(index=["article_id", "outlet"], columns="frame", values="score").reset_index()
    table = table.reindex(columns=["article_id", "outlet", WAR_SUMMARY, PEACE_SUMMARY])
    table["leaning"] = ["war" if w > p else "peace" if p > w else "balanced" for w, p in zip(table[WAR_SUMMARY], table[PEACE_SUMMARY])]
    return table


def label_table(labels: pd.DataFrame) -> pd.DataFrame:
    """(concept, term) x outlet: total uses of each term by each outlet (0 where unused)."""
    if labels.empty:
        return pd.DataFrame()
    table = labels.pivot_table(index=["concept", "term"], columns="outlet", values="count", aggfunc="sum", fill_value=0)
    return table.astype(int)


def strongest_sentences(sentences: pd.DataFrame, articles: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The `n` most negative and `n` most positive sentences, with outlet and actors, so a reader can check the scores."""
    rows = with_outlet(sentences, articles).astype({"compound": float})
    columns = ["outlet", "article_id", "sent_index", "compound", "actors", "text"]
    low = rows.nsmallest(n, "compound").assign(side="most negative")
    high = rows.nlargest(n, "compound").assign(side="most positive")
    return pd.concat([low, high])[["side", *columns]].reset_index(drop=True)


def strongest_frame_evidence(frames: pd.DataFrame, articles: pd.DataFrame, names: Iterable[str] = FRAMES) -> pd.DataFrame:
    """For each frame (in words), the highest-scoring story, named by outlet and headline, with its score and matched cues."""
    rows = with_outlet(frames[frames["frame"].isin(list(names))], articles).merge(articles[["article_id", "title"]], on="article_id")
    best = rows.sort_values("score", ascending=False).groupby("frame", sort=False).head(1)
    best = best.assign(frame=best["frame"].map(plain_label), title=best["title"].replace("", "(untitled)"))
    return best[["frame", "outlet", "title", "score", "evidence"]].reset_index(drop=True)


def gap_words(settings: Settings = DEFAULT_SETTINGS) -> tuple[str, ...]:
    """The words whose VADER valence the framing notebook shows (`tone_gap_words.txt`, one a line, `#` comments)."""
    lines = settings.read_text(GAP_WORDS_FILE).splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def lexicon_values(words: Iterable[str] | None = None) -> pd.DataFrame:
    """VADER lexicon valence of each word (default: `gap_words()`; 0 when the word is not in the lexicon)."""
    words = gap_words() if words is None else words
    lexicon = vader().lexicon
    return pd.DataFrame({"word": list(words)}).assign(valence=lambda d: [lexicon.get(w.lower(), 0.0) for w in d["word"]])
