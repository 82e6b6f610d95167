"""Warm kernels for the report suite: one per core, reused notebook after notebook.

Each kernel starts in a thread of its own as soon as a report begins and, as part of its start, imports
what every notebook imports first (`WARM_UP`, run as the kernel's `exec_lines`), while the report checks
its parameters and its analysis; a report that refuses its parameters stops them at once. It then runs the
notebooks handed to it one after another, its namespace emptied (`%reset -f`) after each, so that a
notebook sees only its own variables; only the imported modules stay loaded. After the warm-up and after each
reset, what is left (modules, their caches) is moved out of the garbage collector's reach (`gc.freeze`): the
full collections that the reset and the charts trigger then walk only the objects of the notebook running,
not the hundreds of thousands that pandas, matplotlib and the library leave loaded. The start is lighter
than papermill's default: no command-history database, no inline-backend set-up (charts are shown by
`figures.publish` as HTML, not by the inline backend), and only errors in the kernel log.
"""
from __future__ import annotations

import queue
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import Generic, TypeVar

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync

KERNEL = "python3"
WARM_UP = "import presslens.views.figures, presslens.pipeline; __import__('gc').freeze()"  # what every notebook imports first
KERNEL_ARGUMENTS = ["--HistoryManager.enabled=False", "--InteractiveShellApp.matplotlib=None", "--IPKernelApp.log_level=ERROR",
                    f"--InteractiveShellApp.exec_lines={WARM_UP}"]
RESET = 'get_ipython().run_line_magic("reset", "-f"); __import__("gc").freeze()'
TIMEOUT = 120  # seconds for a kernel to answer the reset

Result = TypeVar("Result")


async def _execute(kernel: AsyncKernelManager, code: str) -> str:
    """Run `code` silently on a kernel; the error it raised ('' when none)."""
    client = kernel.client()
    client.start_channels()
    try:
        await client.wait_for_ready(timeout=TIMEOUT)
        reply = await client.execute_interactive(code, silent=True, store_history=False, timeout=TIMEOUT)
        content = reply["content"]
        return "" if content["status"] == "ok" else f"{content.get('ename', '')}: {content.get('evalue', '')}"
    finally:
        client.stop_channels()


class WarmKernels(Generic[Result]):
    """`n` kernels started (and warmed up) at once; `run` hands them jobs, each job taking the kernel it runs on."""

    def __init__(self, n: int) -> None:
        self._n = n
        self._jobs: queue.SimpleQueue[tuple[int, Callable[[AsyncKernelManager], Result]] | None] = queue.SimpleQueue()
        self._results: dict[int, Result] = {}
        self._closed = False
        self._pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="presslens-kernel")
        self._workers = [self._pool.submit(self._work) for _ in range(n)]

    def _work(self) -> None:
        """One kernel's life: start (and warm up), run jobs until told to stop, shut down."""
        kernel = AsyncKernelManager(kernel_name=KERNEL)
        run_sync(kernel.start_kernel)(extra_arguments=KERNEL_ARGUMENTS)  # returns at once; the kernel imports meanwhile
        try:
            while (job := self._jobs.get()) is not None:
                if not run_sync(kernel.is_alive)():
                    run_sync(kernel.restart_kernel)(now=True)
                index, run = job
                self._results[index] = run(kernel)
                error = run_sync(_execute)(kernel, RESET)
                if error:
                    raise RuntimeError(f"could not empty the kernel's namespace: {error}")
        finally:
            run_sync(kernel.shutdown_kernel)(now=True)

    def run(self, jobs: Sequence[Callable[[AsyncKernelManager], Result]]) -> list[Result]:
        """Run every job on the next free kernel; their results in the order of `jobs`. Stops the kernels."""
        for item in enumerate(jobs):
            self._jobs.put(item)
        self.close()
        for worker in self._workers:
            worker.result()  # a kernel that failed to start or died raises here
        return [self._results[i] for i in range(len(jobs))]

    def close(self) -> None:
        """Tell each kernel to stop once the jobs already handed out are done."""
        if not self._closed:
            self._closed = True
            for _ in range(self._n):
                self._jobs.put(None)

    def __enter__(self) -> WarmKernels[Result]:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        """Stop the kernels (those that were handed no job stop at once)."""
        self.close()
        self._pool.shutdown()
