"""Throughput benchmark: a generated corpus, timed stage by stage, against plain NLTK VADER on the same sentences.

Usage: python benchmarks/bench_pipeline.py [-n 10000] [--format txt|jsonl] [--workdir DIR] [--seed 0] [--profile 25] [--repeat 1]

Prints, for each stage (ingest, sentences, then every per-article analysis in pipeline order) and
for the whole pipeline (`analyze_corpus` on the local engine, one core, no cache, tables written):
seconds, articles/s, sentences/s, CPU seconds (user + sys) and the process's peak RSS so far; then plain NLTK VADER on every
sentence of the corpus, and the ratio of its time to the whole pipeline's (>= 1.0: the pipeline is
faster than VADER alone). The stages share one `ArticleContext` per article, as in the pipeline: the
sentences stage splits every article once, and a view of the text (actor mentions, time expressions) counts
in the first analysis that asks for it (quotes, temporal). A stage that is not a registered analysis
(presslens.analyses.registry) is reported as not available. With --profile N, the whole-pipeline run is made under cProfile and the N functions
with the most own time are printed after the figures (the profiler slows that run down). With --repeat K (K > 1), the
whole pipeline and plain VADER then run K more times, one after the other, and the medians and their ratio are printed:
on a shared machine single runs of the same code vary by 15 %, so the ratio of one pair says little.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from presslens.analyses.vader_data import nltk_vader
from presslens.context import ArticleContext
from presslens.ingestion.corpus import iter_corpus
from presslens.ingestion.files import Skipped
from presslens.pipeline import analysis_steps, analyze_corpus, base_tables
from presslens.synthetic import generate_corpus

STAGES = ("sentiment", "framing", "quotes", "events")


def peak_rss_mib() -> float:
    """The peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def line(stage: str, seconds: float, cpu: float, n_articles: int, n_sentences: int) -> str:
    """One row of the report: wall-clock time, the rates it gives, CPU time (user + sys of this process) and peak RSS."""
    return (f"{stage:<22} {seconds:9.2f} s {n_articles / seconds:10.1f} articles/s "
            f"{n_sentences / seconds:11.1f} sentences/s   CPU {cpu:8.2f} s   peak RSS {peak_rss_mib():7.0f} MiB")


def clock() -> tuple[float, float]:
    """Wall-clock and CPU time (user + sys of this process) now."""
    return time.perf_counter(), time.process_time()


def since(started: tuple[float, float]) -> tuple[float, float]:
    """Wall-clock and CPU seconds since `started` (a `clock()` reading)."""
    wall, cpu = clock()
    return wall - started[0], cpu - started[1]


def machine() -> str:
    """A one-line description of the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for text in Path("/proc/cpuinfo").read_text().splitlines():
            if text.startswith("model name"):
                cpu = text.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB RAM; Python {platform.python_version()}; "
            f"{platform.system()} {platform.release()}")


def repeated(times: int, corpus: Path, work: Path, sentences: list[str]) -> str:
    """Run the whole pipeline and plain NLTK VADER `times` times, one after the other (so both see the same load), and
    describe the medians of their CPU times and the ratio of the medians."""
    analyzer = nltk_vader()
    pipeline_cpu: list[float] = []
    vader_cpu: list[float] = []
    for run in range(times):
        started = clock()
        analyze_corpus(corpus, work / f"tables-{run}", engine="local", cache=False)
        pipeline_cpu.append(since(started)[1])
        started = clock()
        for sentence in sentences:
            analyzer.polarity_scores(sentence)
        vader_cpu.append(since(started)[1])
    pipeline, vader = statistics.median(pipeline_cpu), statistics.median(vader_cpu)
    return (f"{times} interleaved runs, CPU seconds: pipeline {' '.join(f'{t:.2f}' for t in pipeline_cpu)}; "
            f"nltk vader {' '.join(f'{t:.2f}' for t in vader_cpu)}\n"
            f"medians: pipeline {pipeline:.2f} s, nltk vader {vader:.2f} s; ratio of the medians (CPU) {vader / pipeline:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Generate the corpus, time every stage, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="articles to generate (default 10,000)")
    parser.add_argument("--format", dest="fmt", choices=("txt", "jsonl"), default="txt", help="corpus format (default txt)")
    parser.add_argument("--workdir", type=Path, default=None, help="where the corpus and tables go (default: a temp folder)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the generated corpus")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile the whole-pipeline run and print its N most expensive functions")
    parser.add_argument("--repeat", type=int, default=1, metavar="K",
                        help="then run the pipeline and VADER K more times, interleaved, and print the medians (default 1: no repeats)")
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="presslens-bench-"))
    corpus = generate_corpus(work / "corpus", args.n, fmt=args.fmt, seed=args.seed)
    print(f"machine: {machine()}")
    print(f"corpus: {args.n} generated articles ({args.fmt}) in {corpus}; analyses: {', '.join(a.name for a in analysis_steps())}")

    started = clock()
    articles = [item for item in iter_corpus(corpus) if not isinstance(item, Skipped)]
    ingest = since(started)

    contexts = [ArticleContext(article) for article in articles]
    started = clock()
    sentences = [context.text[a:b] for context in contexts for a, b in context.sentences]
    splitting = since(started)
    n_articles, n_sentences = len(articles), len(sentences)
    print(line("ingest", *ingest, n_articles, n_sentences))
    print(line("sentences", *splitting, n_articles, n_sentences))

    done = [base_tables(article) for article in articles]
    timings: dict[str, tuple[float, float]] = {}
    for analysis in analysis_steps():
        started = clock()
        for context, tables in zip(contexts, done):
            tables.update(analysis.article_tables(context, tables))
        timings[analysis.name] = since(started)
    for name in STAGES:
        if name in timings:
            print(line(name, *timings[name], n_articles, n_sentences))
        else:
            print(f"{name:<22} not available (not a registered analysis)")
    for name in timings.keys() - set(STAGES):
        print(line(name, *timings[name], n_articles, n_sentences))
    del done, contexts

    profiler = cProfile.Profile() if args.profile else None
    started = clock()
    if profiler is not None:
        profiler.enable()
    summary = analyze_corpus(corpus, work / "tables", engine="local", cache=False)
    if profiler is not None:
        profiler.disable()
    pipeline = since(started)
    print(line("pipeline (1 core)", *pipeline, summary.n_articles, n_sentences))

    analyzer = nltk_vader()
    started = clock()
    for sentence in sentences:
        analyzer.polarity_scores(sentence)
    vader = since(started)
    print(line("nltk vader (baseline)", *vader, n_articles, n_sentences))
    print(f"ratio (NLTK VADER time / whole pipeline time, >= 1.0 is faster than VADER alone): "
          f"{vader[0] / pipeline[0]:.3f} wall-clock, {vader[1] / pipeline[1]:.3f} CPU")
    if args.repeat > 1:
        print(repeated(args.repeat, corpus, work, sentences))
    if profiler is not None:
        print("\nprofile of the whole-pipeline run (own time):")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
