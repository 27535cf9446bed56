"""Run a formulator over a dataset: concurrent, time-limited, durable and resumable.

Each problem runs in its own child process (forked, so any callable works as formulator),
at most ``jobs`` at a time. A child that passes the per-problem ``timeout`` is killed with
SIGKILL and recorded as ``timeout``: a hung formulator or solver cannot hang the run.

The run directory holds::

    run.json        configuration and data version (path, sha256, count) of every dataset
    results.jsonl   one ProblemResult per finished problem, appended with write+flush+fsync
    report.md, summary.json, chart.png     written at the end (see report.py)

On restart the runner reads ``results.jsonl``, skips finished ids, and drops (truncates) a
torn last line so that problem is redone. A lock file stops two runs sharing a directory.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import importlib
import json
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from ..errors import BackendError, FormulatorError, LoadError, OptformError
from ..model import Formulation
from .datasets import (
    DatasetFormat,
    DatasetInfo,
    Problem,
    dataset_info,
    formulation_from_gold,
    gold_classes,
    load_dataset,
)
from .metrics import ProblemResult, TraceStats, is_correct

__all__ = [
    "RESULTS_FILE",
    "RUN_FILE",
    "FormulatorLike",
    "ResolvedFormulator",
    "ResultsLog",
    "RunConfig",
    "read_results",
    "resolve_formulator",
    "run_problems",
    "trace_stats",
]

RESULTS_FILE = "results.jsonl"
RUN_FILE = "run.json"
LOCK_FILE = ".lock"

FormulatorLike = Callable[[str], Any] | str


# ----------------------------------------------------------------------------- formulators


@dataclass
class ResolvedFormulator:
    """A formulator ready to run: a stable name (stored in run.json) and a call on a Problem."""

    name: str
    call: Callable[[Problem], Any]


def resolve_formulator(
    spec: FormulatorLike, *, mode: str | None = None, rounds: int | None = None
) -> ResolvedFormulator:
    """Resolve ``"offline"``, ``"gold"``, ``"llm:MODEL"``, ``"package.module:function"`` or a callable.

    ``gold`` builds the model from the problem's gold labels (``gold.formulation`` or NL4Opt
    declarations) — an oracle that checks labels and the pipeline. Callables and
    ``module:function`` formulators take the problem text and return a Formulation (or an
    object with ``.formulation`` and an optional ``.trace``).
    """
    if callable(spec):
        fn = spec
        name = f"{getattr(fn, '__module__', '?')}:{getattr(fn, '__qualname__', repr(fn))}"
        return ResolvedFormulator(name, lambda p: fn(p.text))
    if not isinstance(spec, str) or not spec.strip():
        raise FormulatorError(
            f"not a formulator: {spec!r}",
            code="formulator-unknown",
            hint="use offline, gold, llm:MODEL, package.module:function or a callable",
        )
    s = spec.strip()
    if s == "gold":
        return ResolvedFormulator("gold", lambda p: formulation_from_gold(p))
    if s == "offline":
        off = _import_attr("optform.offline", "formulate_offline", s)
        return ResolvedFormulator("offline", lambda p: off(p.text))
    if s.startswith("llm:"):
        model = s[4:].strip()
        if not model:
            raise FormulatorError(
                "llm: needs a model name, e.g. llm:gpt-4o-mini", code="formulator-unknown"
            )
        fwl = _import_attr("optform.llm", "formulate_with_llm", s)
        llm_cls = _import_attr("optform.llm", "LLM", s)
        llm = llm_cls(model=model)
        with contextlib.suppress(ImportError):  # import the client once here, not in every worker
            importlib.import_module("openai")
        kw: dict[str, Any] = {}
        if mode is not None:
            kw["mode"] = mode
        if rounds is not None:
            kw["rounds"] = rounds
        name = (
            s
            + (f"?mode={mode}" if mode else "")
            + (f"&rounds={rounds}" if rounds is not None else "")
        )
        return ResolvedFormulator(name, lambda p: fwl(p.text, llm, **kw))
    if ":" in s:
        mod, _, attr = s.partition(":")
        fn2 = _import_attr(mod, attr, s)
        if not callable(fn2):
            raise FormulatorError(f"{s} is not callable", code="formulator-unknown")
        return ResolvedFormulator(s, lambda p: fn2(p.text))
    raise FormulatorError(
        f"unknown formulator {s!r}",
        code="formulator-unknown",
        hint="use offline, gold, llm:MODEL or package.module:function",
    )


def _import_attr(module: str, attr: str, spec: str) -> Any:
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        raise FormulatorError(
            f"formulator {spec!r} is unavailable: cannot import {module} ({exc})",
            code="formulator-unavailable",
            hint="check the name, or install the part of optform that provides it",
        ) from None
    try:
        return getattr(mod, attr)
    except AttributeError:
        raise FormulatorError(
            f"formulator {spec!r} is unavailable: {module} has no {attr}",
            code="formulator-unavailable",
        ) from None


def trace_stats(trace: Any) -> TraceStats | None:
    """LLM calls, tokens and cost from a trace, if it has any.

    Accepted shapes (dicts or pydantic models): ``{"calls": [{"usage": {"prompt_tokens",
    "completion_tokens"}, "cost_usd"?}, ...]}``; or totals ``{"calls": int, "prompt_tokens",
    "completion_tokens", "cost_usd"?}``; either possibly nested under ``usage``/``totals``.
    """
    if trace is None:
        return None
    if hasattr(trace, "model_dump"):
        trace = trace.model_dump(mode="json")
    if not isinstance(trace, dict):
        return None
    for key in ("totals", "usage"):
        sub = trace.get(key)
        if isinstance(sub, dict) and any(
            k in sub for k in ("prompt_tokens", "input_tokens", "calls")
        ):
            got = trace_stats(sub)
            if got is not None:
                return got

    def num(d: dict[str, Any], *keys: str) -> float | None:
        for k in keys:
            v = d.get(k)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                return float(v)
        return None

    calls = trace.get("calls")
    if isinstance(calls, list):
        st = TraceStats(calls=len(calls))
        costs: list[float] = []
        for c in calls:
            if hasattr(c, "model_dump"):
                c = c.model_dump(mode="json")
            if not isinstance(c, dict):
                continue
            usage = c.get("usage")
            u: dict[str, Any] = usage if isinstance(usage, dict) else c
            st.prompt_tokens += int(num(u, "prompt_tokens", "input_tokens") or 0)
            st.completion_tokens += int(num(u, "completion_tokens", "output_tokens") or 0)
            cost = num(c, "cost_usd", "estimated_cost_usd", "cost")
            if cost is None:
                cost = num(u, "cost_usd", "estimated_cost_usd", "cost")
            if cost is not None:
                costs.append(cost)
        st.cost_usd = sum(costs) if costs else None
        return st
    pt = num(trace, "prompt_tokens", "input_tokens")
    ct = num(trace, "completion_tokens", "output_tokens")
    nc = num(trace, "calls", "n_calls")
    if pt is None and ct is None and nc is None:
        return None
    return TraceStats(
        calls=int(nc or 0),
        prompt_tokens=int(pt or 0),
        completion_tokens=int(ct or 0),
        cost_usd=num(trace, "cost_usd", "estimated_cost_usd", "cost"),
    )


def _unpack(out: Any) -> tuple[Formulation, TraceStats | None]:
    if isinstance(out, Formulation):
        meta = out.meta or {}
        return out, trace_stats(meta.get("trace") or meta.get("usage") or meta.get("llm_usage"))
    f = getattr(out, "formulation", None)
    if isinstance(f, Formulation):
        return f, trace_stats(getattr(out, "trace", None)) or trace_stats(
            (f.meta or {}).get("trace")
        )
    raise FormulatorError(
        f"the formulator returned {type(out).__name__}, not a Formulation",
        code="formulator-bad-output",
    )


# ----------------------------------------------------------------------------- one problem (child side)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _base(problem: Problem) -> dict[str, Any]:
    return {
        "id": problem.id,
        "dataset": problem.dataset,
        "text": problem.text,
        "answer": problem.answer,
        "classes": gold_classes(problem),
    }


def solve_one(
    fn: Callable[[Problem], Any], problem: Problem, *, backend: str = "highs", timeout: float = 60.0
) -> ProblemResult:
    """Formulate and solve one problem in this process; every failure becomes a record."""
    from ..solving import solve_formulation

    t0 = time.perf_counter()
    base = _base(problem)

    def done(**kw: Any) -> ProblemResult:
        return ProblemResult(**base, seconds=time.perf_counter() - t0, finished_at=_now(), **kw)

    try:
        f, trace = _unpack(fn(problem))
    except OptformError as e:
        return done(outcome="error", error_code=e.code, error_message=e.message)
    except Exception as e:  # a formulator under evaluation may fail in any way: record it as data
        return done(
            outcome="error", error_code="formulator-crash", error_message=f"{type(e).__name__}: {e}"
        )
    t1 = time.perf_counter()
    fdict = f.to_dict()
    common: dict[str, Any] = {"formulation": fdict, "trace": trace, "formulate_seconds": t1 - t0}
    remaining = max(0.5, timeout - (t1 - t0))
    try:
        res = solve_formulation(f, backend, time_limit=remaining)
    except OptformError as e:
        return done(outcome="error", error_code=e.code, error_message=e.message, **common)
    except Exception as e:  # solver/lowering bug: keep the run going, record it
        return done(
            outcome="error",
            error_code="solver-crash",
            error_message=f"{type(e).__name__}: {e}",
            **common,
        )
    st = res.status.value
    common["solve_seconds"] = time.perf_counter() - t1
    if res.status.has_solution:
        if res.objective is None:
            return done(outcome="no_objective", status=st, **common)
        return done(outcome="solved", status=st, objective=res.objective, **common)
    if st in ("infeasible", "unbounded", "infeasible_or_unbounded"):
        return done(outcome=st, status=st, **common)
    if st == "time_limit":
        return done(outcome="solver_time_limit", status=st, **common)
    return done(
        outcome="error", status=st, error_code="solver-error", error_message=res.message, **common
    )


def _reset_inherited_thread_pools() -> None:
    """fork() copies a thread pool's bookkeeping but not its threads. If the parent ever ran a
    HiGHS MIP, a forked child's HiGHS would wait forever for workers that do not exist; give it
    a fresh scheduler (a no-op when HiGHS was never used)."""
    hs = sys.modules.get("highspy")
    reset = getattr(getattr(hs, "Highs", None), "resetGlobalScheduler", None)
    if reset is not None:
        reset(True)


def _worker(
    fn: Callable[[Problem], Any],
    backend: str,
    timeout: float,
    conn: Connection,
    close_fds: list[int],
) -> None:
    """A worker process: solve the problems the parent sends, one at a time, until None."""
    for fd in close_fds:  # don't keep the run's lock/results open if the parent dies
        with contextlib.suppress(OSError):
            os.close(fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _reset_inherited_thread_pools()
    parent = os.getppid()

    def watchdog() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(3)

    threading.Thread(target=watchdog, daemon=True).start()
    while True:
        try:
            problem = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        if problem is None:
            break
        rec = solve_one(fn, problem, backend=backend, timeout=timeout)
        try:
            conn.send(rec.model_dump(mode="json"))
        except (BrokenPipeError, OSError):
            os._exit(4)
    conn.close()


# ----------------------------------------------------------------------------- the results file


@dataclass
class _ReadResult:
    records: list[ProblemResult]
    good_bytes: int
    dropped_torn: bool
    duplicates: int


def read_results(path: str | Path) -> list[ProblemResult]:
    """The finished records of a run (a torn last line is ignored; repeated ids count once)."""
    return _read(Path(path)).records


def _read(path: Path) -> _ReadResult:
    if not path.exists():
        return _ReadResult([], 0, False, 0)
    data = path.read_bytes()
    records: list[ProblemResult] = []
    seen: set[str] = set()
    dups = 0
    pos = 0
    torn = False
    lines = data.split(b"\n")
    # the piece after the last newline is torn unless empty
    complete, tail = lines[:-1], lines[-1]
    for i, raw in enumerate(complete):
        end = pos + len(raw) + 1
        if raw.strip():
            try:
                rec = ProblemResult.model_validate_json(raw)
            except ValueError:
                if i == len(complete) - 1 and not tail.strip():
                    torn = True  # the last complete-looking line is garbage: treat as torn
                    break
                raise LoadError(
                    f"{path}: line {i + 1} is not a valid result record",
                    code="results-corrupt",
                    hint="only the last line can be torn by a crash; inspect or move the file",
                ) from None
            if rec.id in seen:
                dups += 1
            else:
                seen.add(rec.id)
                records.append(rec)
        pos = end
    if tail.strip():
        torn = True
    return _ReadResult(records, pos, torn, dups)


class ResultsLog:
    """Append-only, fsync'd results file; reopening truncates a torn last line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        r = _read(path)
        if path.exists() and path.stat().st_size != r.good_bytes:
            with path.open("r+b") as fh:
                fh.truncate(r.good_bytes)
                fh.flush()
                os.fsync(fh.fileno())
        self.dropped_torn = r.dropped_torn
        self.duplicates = r.duplicates
        self.records: dict[str, ProblemResult] = {x.id: x for x in r.records}
        new = not path.exists()
        self._fh = path.open("ab")
        if new:
            _fsync_dir(path.parent)

    def fileno(self) -> int:
        return self._fh.fileno()

    def append(self, rec: ProblemResult) -> bool:
        """Write one record durably; a second record for the same id is refused (returns False)."""
        if rec.id in self.records:
            return False
        line = rec.model_dump_json() + "\n"
        self._fh.write(line.encode("utf-8"))
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self.records[rec.id] = rec
        return True

    def close(self) -> None:
        self._fh.close()


def _fsync_dir(d: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(d, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ----------------------------------------------------------------------------- run config


class RunConfig(dict[str, Any]):
    """The content of run.json (plain JSON)."""


def _write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


@contextlib.contextmanager
def _locked(run_dir: Path) -> Iterator[int]:
    fd = os.open(run_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - no flock on this platform: no lock
            pass
        except BlockingIOError:
            raise LoadError(
                f"another evaluation is running in {run_dir}",
                code="run-locked",
                hint="wait for it to finish, or use a different --out",
            ) from None
        yield fd
    finally:
        os.close(fd)


def load_problems(
    paths: Sequence[str | Path], *, format: DatasetFormat = "auto", limit: int | None = None
) -> tuple[list[Problem], list[DatasetInfo]]:
    """Load one or more datasets (ids must be unique across them), then apply ``limit``."""
    problems: list[Problem] = []
    infos: list[DatasetInfo] = []
    seen: dict[str, str] = {}
    for p in paths:
        probs = load_dataset(p, format=format)
        info = dataset_info(p, probs, format=format)
        for x in probs:
            if x.id in seen:
                raise LoadError(
                    f"id {x.id!r} is in both {seen[x.id]} and {p}",
                    code="dataset-duplicate-id",
                    hint="evaluate the datasets in separate runs",
                )
            seen[x.id] = str(p)
        problems.extend(probs)
        infos.append(info)
    if limit is not None:
        if limit < 1:
            raise LoadError("--limit must be at least 1", code="bad-limit")
        problems = problems[:limit]
    return problems, infos


# ----------------------------------------------------------------------------- the loop


ProgressHook = Callable[[int, int, int, int], None]  # done, total, correct, scored


def run_problems(
    problems: list[Problem],
    run_dir: str | Path,
    formulator: ResolvedFormulator,
    *,
    infos: list[DatasetInfo],
    jobs: int = 1,
    timeout: float = 60.0,
    tol: float = 1e-4,
    backend: str = "highs",
    restart: bool = False,
    progress: bool = False,
    on_progress: ProgressHook | None = None,
) -> list[ProblemResult]:
    """Run (or resume) the evaluation in ``run_dir``; returns the records of ``problems``."""
    if jobs < 1:
        raise LoadError("-j/--jobs must be at least 1", code="bad-jobs")
    if not timeout > 0:
        raise LoadError("--timeout must be positive", code="bad-timeout")
    rd = Path(run_dir)
    rd.mkdir(parents=True, exist_ok=True)
    with _locked(rd) as lock_fd:
        cfg_path = rd / RUN_FILE
        results_path = rd / RESULTS_FILE
        if restart and results_path.exists():
            stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            os.replace(results_path, rd / f"results.{stamp}.jsonl.bak")
        if cfg_path.exists() and results_path.exists():
            _check_same_run(cfg_path, formulator.name, infos, backend)
        log = ResultsLog(results_path)
        try:
            _write_json_atomic(
                cfg_path,
                _run_config(
                    formulator,
                    backend,
                    tol,
                    timeout,
                    jobs,
                    infos,
                    total=len({p.id for p in problems} | set(log.records)),
                ),
            )
            _loop(
                problems,
                log,
                formulator,
                jobs=jobs,
                timeout=timeout,
                tol=tol,
                backend=backend,
                close_fds=[lock_fd, log.fileno()],
                progress=progress,
                on_progress=on_progress,
            )
        finally:
            log.close()
        return [log.records[p.id] for p in problems if p.id in log.records]


def _run_config(
    formulator: ResolvedFormulator,
    backend: str,
    tol: float,
    timeout: float,
    jobs: int,
    infos: list[DatasetInfo],
    *,
    total: int,
) -> dict[str, Any]:
    return {
        "version": 1,
        "formulator": formulator.name,
        "backend": backend,
        "tol": tol,
        "timeout": timeout,
        "jobs": jobs,
        "total": total,  # a resumed run with a smaller --limit keeps what was finished before
        "datasets": [i.model_dump() for i in infos],
        "updated": _now(),
    }


def _check_same_run(cfg_path: Path, name: str, infos: list[DatasetInfo], backend: str) -> None:
    try:
        old = json.loads(cfg_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return
    hint = "continue with the same dataset and formulator, use a different --out, or pass --restart"
    if old.get("formulator") != name:
        raise LoadError(
            f"{cfg_path.parent} holds a run of formulator {old.get('formulator')!r}, not {name!r}",
            code="run-mismatch",
            hint=hint,
        )
    if old.get("backend", backend) != backend:
        raise LoadError(
            f"{cfg_path.parent} holds a run on backend {old.get('backend')!r}, not {backend!r}",
            code="run-mismatch",
            hint=hint,
        )
    old_sha = sorted(d.get("sha256", "") for d in old.get("datasets", []))
    if old_sha != sorted(i.sha256 for i in infos):
        raise LoadError(
            f"{cfg_path.parent} holds a run on different data (sha256 differs)",
            code="run-mismatch",
            hint=hint,
        )


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    problem: Problem | None = None
    start: float = 0.0


def _loop(
    problems: list[Problem],
    log: ResultsLog,
    formulator: ResolvedFormulator,
    *,
    jobs: int,
    timeout: float,
    tol: float,
    backend: str,
    close_fds: list[int],
    progress: bool,
    on_progress: ProgressHook | None,
) -> None:
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    _preload(backend)
    todo: deque[Problem] = deque(p for p in problems if p.id not in log.records)
    total = len(problems)
    ids = {p.id for p in problems}
    state = {"done": 0, "correct": 0, "scored": 0}
    for rec in log.records.values():
        if rec.id in ids:
            _tally(state, rec, tol)

    bar = _Bar(total, state["done"], enabled=progress, label=formulator.name)
    workers: list[_Worker] = []

    def spawn() -> _Worker:
        mine, theirs = ctx.Pipe(duplex=True)
        proc = ctx.Process(
            target=_worker,
            args=(formulator.call, backend, timeout, theirs, list(close_fds)),
            daemon=True,
        )
        proc.start()
        theirs.close()
        w = _Worker(proc, mine)
        workers.append(w)
        return w

    def retire(w: _Worker, *, kill: bool) -> None:
        if kill:
            w.proc.kill()
        w.proc.join(timeout=None if kill else 5)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join()
        with contextlib.suppress(OSError):
            w.conn.close()
        workers.remove(w)

    def finish(rec: ProblemResult) -> None:
        if log.append(rec):
            _tally(state, rec, tol)
        bar.update(state)
        if on_progress is not None:
            on_progress(state["done"], total, state["correct"], state["scored"])

    lost = 0
    try:
        bar.update(state)
        while True:
            busy = [w for w in workers if w.problem is not None]
            while todo and len(busy) < jobs:
                w = next((x for x in workers if x.problem is None), None) or spawn()
                w.problem, w.start = todo.popleft(), time.monotonic()
                try:
                    w.conn.send(w.problem)
                except (BrokenPipeError, OSError):  # the worker died while idle: replace it
                    todo.appendleft(w.problem)
                    retire(w, kill=True)
                    lost += 1
                    if lost > 3 * jobs + 3:
                        raise BackendError(
                            "evaluation workers keep dying before they take a problem",
                            code="eval-workers-dying",
                        ) from None
                    continue
                busy.append(w)
            if not busy:
                break
            now = time.monotonic()
            nearest = min(w.start + timeout for w in busy)
            ready = wait([w.conn for w in busy], timeout=max(0.0, min(nearest - now, 0.5)))
            for w in busy:
                prob = w.problem
                if prob is None:
                    continue
                if w.conn in ready:
                    try:
                        rec = ProblemResult.model_validate(w.conn.recv())
                    except (EOFError, OSError, ValueError):
                        w.proc.join(timeout=5)
                        rec = ProblemResult(
                            **_base(prob),
                            outcome="error",
                            error_code="worker-died",
                            error_message=f"the worker process died (exit code {w.proc.exitcode})",
                            seconds=time.monotonic() - w.start,
                            finished_at=_now(),
                        )
                        retire(w, kill=True)
                    w.problem = None
                    finish(rec)
                elif time.monotonic() - w.start >= timeout and not w.conn.poll():
                    elapsed = time.monotonic() - w.start
                    retire(
                        w, kill=True
                    )  # a hung formulator or solver: kill it, a new worker takes over
                    w.problem = None
                    finish(
                        ProblemResult(
                            **_base(prob),
                            outcome="timeout",
                            error_code="timeout",
                            error_message=f"killed after the per-problem limit of {timeout:g} s",
                            seconds=elapsed,
                            finished_at=_now(),
                        )
                    )
    finally:
        for w in list(
            workers
        ):  # normal end: idle workers get None; interrupted: busy ones are killed
            if w.problem is None:
                with contextlib.suppress(BrokenPipeError, OSError):
                    w.conn.send(None)
                retire(w, kill=False)
            else:
                retire(w, kill=True)  # its problem is redone next time
        bar.close()


_SOLVER_MODULES = {
    "highs": "highspy",
    "cbc": "pulp",
    "cpsat": "ortools.sat.python.cp_model",
    "z3": "z3",
}


def _preload(backend: str) -> None:
    """Import the solving path once in the parent so forked workers don't each import it."""
    from .. import solve as _solve  # noqa: F401
    from ..backends import get_backend

    be = get_backend(backend)  # also rejects an unknown backend before anything runs
    mod = _SOLVER_MODULES.get(be.name)
    if mod is not None:
        with contextlib.suppress(ImportError):
            importlib.import_module(mod)


def _tally(state: dict[str, int], rec: ProblemResult, tol: float) -> None:
    state["done"] += 1
    if rec.answer is not None:
        state["scored"] += 1
        if is_correct(rec.objective if rec.executed else None, rec.answer, tol):
            state["correct"] += 1


class _Bar:
    """A rich progress bar refreshed from the loop (no refresh thread: children are forked)."""

    def __init__(self, total: int, done: int, *, enabled: bool, label: str) -> None:
        self.enabled = enabled
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("acc {task.fields[acc]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            auto_refresh=False,
            transient=False,
        )
        self.progress.start()
        self.task = self.progress.add_task(f"eval {label}", total=total, completed=done, acc="-")

    def update(self, state: dict[str, int]) -> None:
        if not self.enabled:
            return
        acc = f"{state['correct'] / state['scored']:.1%}" if state["scored"] else "-"
        self.progress.update(
            self.task, completed=state["done"], acc=f"{acc} ({state['correct']}/{state['scored']})"
        )
        self.progress.refresh()

    def close(self) -> None:
        if self.enabled:
            self.progress.stop()
