"""Evaluation datasets: loaders for three formats, and gold formulations built from labels.

Formats (documented in docs/eval.md):

``jsonl``
    One problem per line: ``{"id", "text", "answer", "source"?, "gold"?, "meta"?}`` — the
    schema of ../shared/datasets (``answer`` is a number or null). ``gold`` may hold NL4Opt
    declarations (``obj_declaration``, ``const_declarations``, ``order_mapping``) and/or a
    hand-written optform model under ``gold.formulation``.
``nl4opt``
    The original NL4Opt generation-data format: each line is ``{"<key>": {"document": …,
    "vars": […], "obj_declaration": {…}, "const_declarations": […], "order_mapping": {…}, …}}``
    (a single JSON object mapping keys to records is accepted too). The format carries no
    answers; by default the answer is computed from the gold declarations with every
    variable integer (the convention of ../shared/datasets/nl4opt_competition).
``folder``
    A directory of ``<id>.txt`` problem texts plus ``answers.json`` (``{"<id>": number|null}``
    or a list of ``{"id", "answer"}``) or ``answers.csv`` (header ``id,answer``). An optional
    ``<id>.formulation.yaml`` / ``.json`` next to a text is taken as its gold Formulation.

Every loader returns :class:`Problem` objects; :func:`dataset_info` gives the data version
(path, sha256, count) that every report states.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import Finding, LoadError
from ..model import ConstraintClass, Formulation

__all__ = [
    "NL4OPT_CLASS",
    "DatasetFormat",
    "DatasetInfo",
    "Problem",
    "answer_from_nl4opt_gold",
    "dataset_info",
    "detect_format",
    "formulation_from_gold",
    "formulation_from_nl4opt_gold",
    "gold_classes",
    "load_dataset",
    "parse_nl4opt_number",
]

DatasetFormat = Literal["auto", "jsonl", "nl4opt", "folder"]

#: NL4Opt constraint ``type`` → optform constraint class.
NL4OPT_CLASS: dict[str, ConstraintClass] = {
    "sum": ConstraintClass.total,
    "upperbound": ConstraintClass.upper_bound,
    "lowerbound": ConstraintClass.lower_bound,
    "linear": ConstraintClass.linear,
    "ratio": ConstraintClass.ratio,
    "xy": ConstraintClass.xy,
    "xby": ConstraintClass.xby,
}


class Problem(BaseModel):
    """One evaluation problem."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Unique within the dataset.")
    text: str = Field(description="The natural-language problem given to the formulator.")
    answer: float | None = Field(
        default=None, description="Expected optimal objective; null = not scored."
    )
    source: str | None = Field(default=None, description="Where the problem comes from.")
    gold: dict[str, Any] | None = Field(
        default=None, description="Gold labels (declarations, formulation)."
    )
    meta: dict[str, Any] = Field(
        default_factory=dict, description="Free-form extras from the dataset."
    )
    dataset: str = Field(
        default="", description="Label of the dataset the problem was loaded from."
    )


class DatasetInfo(BaseModel):
    """The data version stated in every report."""

    model_config = ConfigDict(extra="forbid")

    path: str
    label: str
    format: str
    sha256: str
    count: int
    answered: int


# ----------------------------------------------------------------------------- loading


def detect_format(path: str | Path) -> Literal["jsonl", "nl4opt", "folder"]:
    """Guess the format of ``path`` (a directory is a folder dataset)."""
    p = Path(path)
    if p.is_dir():
        return "folder"
    if not p.exists():
        raise LoadError(f"no such dataset: {p}", code="dataset-not-found", hint="check the path")
    records = _read_json_records(p)
    if not records:
        raise LoadError(f"{p}: the dataset is empty", code="dataset-empty")
    _, first = records[0]
    if isinstance(first, dict) and "text" in first:
        return "jsonl"
    if isinstance(first, dict) and len(first) >= 1:
        inner = next(iter(first.values()))
        if isinstance(inner, dict) and "document" in inner:
            return "nl4opt"
    raise LoadError(
        f"{p}: cannot tell the dataset format from the first record",
        code="dataset-unknown-format",
        hint='expected JSONL with {"id", "text", "answer"} per line, NL4Opt generation data '
        '({"<key>": {"document": ...}}) or a folder of .txt files with answers.json/answers.csv',
    )


def load_dataset(
    path: str | Path,
    *,
    format: DatasetFormat = "auto",
    label: str | None = None,
    nl4opt_answers: Literal["integer", "lp", "none"] = "integer",
) -> list[Problem]:
    """Load a dataset in any of the three formats. Bad input raises :class:`LoadError`."""
    p = Path(path)
    fmt = detect_format(p) if format == "auto" else format
    lab = label if label is not None else _default_label(p)
    if fmt == "jsonl":
        problems = _load_jsonl(p)
    elif fmt == "nl4opt":
        problems = _load_nl4opt(p, nl4opt_answers)
    elif fmt == "folder":
        problems = _load_folder(p)
    else:  # pragma: no cover - Literal guards this
        raise LoadError(
            f"unknown dataset format {fmt!r}",
            code="dataset-unknown-format",
            hint="use one of: auto, jsonl, nl4opt, folder",
        )
    seen: dict[str, int] = {}
    dups: list[Finding] = []
    for i, pr in enumerate(problems):
        if pr.id in seen:
            dups.append(
                Finding(
                    code="dataset-duplicate-id",
                    message=f"id {pr.id!r} appears twice",
                    loc=[i],
                    hint="ids must be unique within a dataset",
                )
            )
        seen[pr.id] = i
        pr.dataset = lab
    if dups:
        raise LoadError(
            f"{p}: {len(dups)} duplicate id(s)", code="dataset-duplicate-id", findings=dups
        )
    if not problems:
        raise LoadError(f"{p}: the dataset is empty", code="dataset-empty")
    return problems


def dataset_info(
    path: str | Path,
    problems: list[Problem] | None = None,
    *,
    format: DatasetFormat = "auto",
    label: str | None = None,
) -> DatasetInfo:
    """Path, sha256 of the bytes (all files of a folder), problem count and answered count."""
    p = Path(path)
    probs = problems if problems is not None else load_dataset(p, format=format, label=label)
    fmt = detect_format(p) if format == "auto" else format
    return DatasetInfo(
        path=str(p),
        label=label if label is not None else _default_label(p),
        format=fmt,
        sha256=_sha256(p),
        count=len(probs),
        answered=sum(1 for x in probs if x.answer is not None),
    )


def _default_label(p: Path) -> str:
    if p.is_dir():
        return p.name
    stem = p.stem
    # ../shared/datasets/<name>/test.jsonl → "<name>/test"; datasets/sample.jsonl → "sample"
    if stem in ("test", "dev", "train", "data", "dataset") and p.parent.name:
        return f"{p.parent.name}/{stem}"
    return stem


def _sha256(p: Path) -> str:
    h = hashlib.sha256()
    if p.is_dir():
        for f in sorted(x for x in p.rglob("*") if x.is_file()):
            h.update(str(f.relative_to(p)).encode())
            h.update(b"\0")
            h.update(f.read_bytes())
            h.update(b"\0")
    else:
        h.update(p.read_bytes())
    return h.hexdigest()


def _read_text(p: Path) -> str:
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LoadError(
            f"no such file: {p}", code="dataset-not-found", hint="check the path"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError(f"cannot read {p}: {exc}", code="dataset-unreadable") from None


def _read_json_records(p: Path) -> list[tuple[int, Any]]:
    """(line number, parsed value) per non-blank line; or one whole-file JSON document."""
    text = _read_text(p)
    out: list[tuple[int, Any]] = []
    bad: list[Finding] = []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append((no, json.loads(line)))
        except json.JSONDecodeError as exc:
            bad.append(
                Finding(
                    code="dataset-bad-json",
                    message=f"line {no}: {exc.msg} (column {exc.colno})",
                    loc=[no],
                    hint="each line must be one complete JSON object",
                )
            )
    if bad:
        # maybe the file is a single (pretty-printed) JSON document
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            raise LoadError(
                f"{p}: {len(bad)} line(s) are not valid JSON", code="dataset-bad-json", findings=bad
            ) from None
        if isinstance(whole, list):
            return [(i + 1, r) for i, r in enumerate(whole)]
        if isinstance(whole, dict):
            if "text" in whole:
                return [(1, whole)]
            return [(i + 1, {k: v}) for i, (k, v) in enumerate(whole.items())]
        raise LoadError(
            f"{p}: expected JSON objects, got {type(whole).__name__}", code="dataset-bad-json"
        )
    return out


def _answer(v: Any, where: str) -> float | None:
    if v is None:
        return None
    if isinstance(v, bool):
        raise LoadError(
            f"{where}: answer must be a number or null, not {v!r}", code="dataset-bad-answer"
        )
    if isinstance(v, (int, float)):
        f = float(v)
    elif isinstance(v, str):
        s = v.strip().replace(",", "")
        if s == "" or s.lower() in ("null", "none", "nan"):
            return None
        try:
            f = float(s)
        except ValueError:
            raise LoadError(
                f"{where}: answer {v!r} is not a number",
                code="dataset-bad-answer",
                hint="write a plain number, or null for no answer",
            ) from None
    else:
        raise LoadError(
            f"{where}: answer must be a number or null, not {type(v).__name__}",
            code="dataset-bad-answer",
        )
    if not math.isfinite(f):
        raise LoadError(f"{where}: answer {v!r} is not finite", code="dataset-bad-answer")
    return f


def _load_jsonl(p: Path) -> list[Problem]:
    out: list[Problem] = []
    bad: list[Finding] = []
    for no, rec in _read_json_records(p):
        if not isinstance(rec, dict):
            bad.append(
                Finding(
                    code="dataset-bad-record", message=f"line {no}: not a JSON object", loc=[no]
                )
            )
            continue
        missing = [k for k in ("id", "text") if k not in rec]
        if missing:
            bad.append(
                Finding(
                    code="dataset-missing-field",
                    message=f"line {no}: missing {', '.join(missing)}",
                    loc=[no],
                    hint='each record needs at least "id", "text" and "answer"',
                )
            )
            continue
        if not isinstance(rec["text"], str) or not rec["text"].strip():
            bad.append(
                Finding(
                    code="dataset-bad-record",
                    message=f"line {no}: 'text' must be a non-empty string",
                    loc=[no],
                )
            )
            continue
        gold = rec.get("gold")
        meta = rec.get("meta") or {}
        if gold is not None and not isinstance(gold, dict):
            bad.append(
                Finding(
                    code="dataset-bad-record",
                    message=f"line {no}: 'gold' must be an object",
                    loc=[no],
                )
            )
            continue
        if not isinstance(meta, dict):
            bad.append(
                Finding(
                    code="dataset-bad-record",
                    message=f"line {no}: 'meta' must be an object",
                    loc=[no],
                )
            )
            continue
        try:
            ans = _answer(rec.get("answer"), f"{p}:{no}")
        except LoadError as e:
            bad.append(Finding(code=e.code, message=e.message, loc=[no], hint=e.hint))
            continue
        src = rec.get("source")
        out.append(
            Problem(
                id=str(rec["id"]),
                text=rec["text"],
                answer=ans,
                source=str(src) if src is not None else str(p),
                gold=gold,
                meta=dict(meta),
            )
        )
    if bad:
        raise LoadError(f"{p}: {len(bad)} bad record(s)", code="dataset-bad-record", findings=bad)
    return out


def _load_nl4opt(p: Path, answers: Literal["integer", "lp", "none"]) -> list[Problem]:
    out: list[Problem] = []
    bad: list[Finding] = []
    for no, rec in _read_json_records(p):
        if not isinstance(rec, dict) or not rec:
            bad.append(
                Finding(
                    code="dataset-bad-record", message=f"record {no}: not a JSON object", loc=[no]
                )
            )
            continue
        for key, body in rec.items():
            if not isinstance(body, dict) or not isinstance(body.get("document"), str):
                bad.append(
                    Finding(
                        code="dataset-bad-record",
                        message=f"record {no}: {key!r} has no 'document' text",
                        loc=[no],
                        hint='NL4Opt records look like {"<key>": {"document": "...", ...}}',
                    )
                )
                continue
            gold = {k: v for k, v in body.items() if k != "document"}
            meta: dict[str, Any] = {"nl4opt_key": str(key)}
            ans: float | None = None
            if answers != "none" and "obj_declaration" in gold:
                try:
                    ans, status = answer_from_nl4opt_gold(gold, integer=answers == "integer")
                except LoadError as e:
                    bad.append(
                        Finding(
                            code=e.code,
                            message=f"record {no} ({key}): {e.message}",
                            loc=[no],
                            hint=e.hint,
                        )
                    )
                    continue
                meta["answer_status"] = (
                    f"computed:{'all_integer' if answers == 'integer' else 'lp_relaxation'}_optimum_of_gold_declarations"
                    if ans is not None
                    else f"computed:{status}"
                )
            else:
                meta["answer_status"] = "not_provided"
            out.append(
                Problem(
                    id=str(key),
                    text=body["document"],
                    answer=ans,
                    source=str(p),
                    gold=gold,
                    meta=meta,
                )
            )
    if bad:
        raise LoadError(f"{p}: {len(bad)} bad record(s)", code="dataset-bad-record", findings=bad)
    return out


def _load_folder(p: Path) -> list[Problem]:
    texts = sorted(f for f in p.glob("*.txt") if f.is_file())
    if not texts:
        raise LoadError(
            f"{p}: no .txt problem files in the folder",
            code="dataset-empty",
            hint="a folder dataset holds <id>.txt files and answers.json or answers.csv",
        )
    answers: dict[str, float | None] = {}
    aj, ac = p / "answers.json", p / "answers.csv"
    if aj.exists():
        try:
            data = json.loads(_read_text(aj))
        except json.JSONDecodeError as exc:
            raise LoadError(
                f"{aj}: not valid JSON ({exc.msg}, line {exc.lineno})", code="dataset-bad-json"
            ) from None
        if isinstance(data, dict):
            items = list(data.items())
        elif isinstance(data, list) and all(isinstance(r, dict) and "id" in r for r in data):
            items = [(r["id"], r.get("answer")) for r in data]
        else:
            raise LoadError(
                f"{aj}: expected {{id: answer}} or a list of {{id, answer}}",
                code="dataset-bad-answers",
            )
        for k, v in items:
            answers[str(k)] = _answer(v, f"{aj}:{k}")
    elif ac.exists():
        reader = csv.DictReader(io.StringIO(_read_text(ac)))
        if reader.fieldnames is None or not {"id", "answer"} <= set(reader.fieldnames):
            raise LoadError(
                f"{ac}: the header must name the columns 'id' and 'answer'",
                code="dataset-bad-answers",
            )
        for row in reader:
            answers[str(row["id"]).strip()] = _answer(row["answer"], f"{ac}:{row['id']}")
    else:
        raise LoadError(
            f"{p}: no answers.json or answers.csv",
            code="dataset-no-answers",
            hint='add answers.json ({"<id>": number}) or answers.csv (id,answer)',
        )
    ids = {f.stem for f in texts}
    orphans = sorted(set(answers) - ids)
    if orphans:
        raise LoadError(
            f"{p}: answers given for missing problems: {', '.join(orphans[:10])}",
            code="dataset-orphan-answer",
            hint="every answer id needs a <id>.txt file",
        )
    out: list[Problem] = []
    for f in texts:
        gold: dict[str, Any] | None = None
        for ext in (".formulation.yaml", ".formulation.yml", ".formulation.json"):
            g = p / (f.stem + ext)
            if g.exists():
                gold = {"formulation": Formulation.load(g).to_dict()}
                break
        text = _read_text(f).strip()
        if not text:
            raise LoadError(f"{f}: empty problem text", code="dataset-bad-record")
        status = "ok" if answers.get(f.stem) is not None else "missing"
        out.append(
            Problem(
                id=f.stem,
                text=text,
                answer=answers.get(f.stem),
                source=str(f),
                gold=gold,
                meta={"answer_status": status},
            )
        )
    return out


# ----------------------------------------------------------------------------- NL4Opt numbers

_FRACTIONS = {
    "half": 0.5,
    "third": 1 / 3,
    "quarter": 0.25,
    "fourth": 0.25,
    "fifth": 0.2,
    "sixth": 1 / 6,
    "seventh": 1 / 7,
    "eighth": 0.125,
    "ninth": 1 / 9,
    "tenth": 0.1,
}
_MULTIPLES = {"twice": 2.0, "double": 2.0, "thrice": 3.0, "triple": 3.0, "quadruple": 4.0}
_SENSE_WORDS = {
    "highest": "maximize",
    "most": "maximize",
    "increase": "maximize",
    "largest": "maximize",
    "lowest": "minimize",
    "least": "minimize",
    "decrease": "minimize",
    "reduce": "minimize",
    "smallest": "minimize",
    "fewest": "minimize",
}
_NUM_RE = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


def _words_to_number(words: list[str]) -> float | None:
    # one reader of English number words for all of optform: the offline formulator's
    from ..offline.numbers import parse_number_words

    return parse_number_words(" ".join(words)) if words else None


def parse_nl4opt_number(raw: str) -> float:
    """Normalise an NL4Opt parameter: ``"20%"``→0.2, ``"twice"``→2, ``"third"``→1/3,
    ``"three times"``→3, ``"one hundred thousand"``→100000, ``"$1,500"``→1500, ``"8000 minutes"``→8000.

    Raises :class:`LoadError` (code ``nl4opt-number``) when the text is not a number.
    """
    s = str(raw).strip().lower().replace("$", "").replace(",", "").strip()
    percent = False
    for suffix in ("%", " percent", "percent", " per cent"):
        if s.endswith(suffix):
            s, percent = s[: -len(suffix)].strip(), True
            break
    if s.endswith(" times"):
        s = s[: -len(" times")].strip()
    value: float | None = None
    m = _NUM_RE.match(s)
    if m:
        value = float(m.group(0))
    elif s in _MULTIPLES:
        value = _MULTIPLES[s]
    else:
        words = [w for w in re.split(r"[\s-]+", s) if w]
        if words and words[-1].rstrip("s") in _FRACTIONS:
            frac = _FRACTIONS[words[-1].rstrip("s")]
            k = _words_to_number(words[:-1]) if len(words) > 1 else 1.0
            value = None if k is None else k * frac
        elif words:
            value = _words_to_number(words)
    if value is None:
        raise LoadError(
            f"cannot read {raw!r} as a number",
            code="nl4opt-number",
            hint="NL4Opt values must be numbers, percentages, multiples or number words",
        )
    return value / 100.0 if percent else value


# ----------------------------------------------------------------------------- gold → Formulation


def _ident(name: str, i: int) -> str:
    slug = re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()[:40]
    return f"x{i}_{slug}" if slug else f"x{i}"


def _fmt(v: float) -> str:
    return repr(float(v))


def _nl4opt_body(record: Any) -> dict[str, Any]:
    """Accept a Problem, a shared-schema record, an original NL4Opt record or a bare gold dict."""
    if isinstance(record, Problem):
        body: Any = record.gold or {}
    elif isinstance(record, dict) and "obj_declaration" in record:
        body = record
    elif isinstance(record, dict) and isinstance(record.get("gold"), dict):
        body = record["gold"]
    elif (
        isinstance(record, dict)
        and len(record) == 1
        and isinstance(next(iter(record.values())), dict)
    ):
        body = next(iter(record.values()))
    else:
        body = {}
    if (
        not isinstance(body, dict)
        or "obj_declaration" not in body
        or "const_declarations" not in body
    ):
        raise LoadError(
            "the record has no NL4Opt gold declarations",
            code="no-gold-declarations",
            hint="expected obj_declaration, const_declarations and order_mapping",
        )
    return body


def formulation_from_nl4opt_gold(record: Any, *, integer: bool = True) -> Formulation:
    """Build the Formulation an NL4Opt annotation describes (see the datasets README).

    Variables come from ``order_mapping`` (every variable >= 0; integer when ``integer``,
    since the declarations do not encode integrality); the objective from
    ``obj_declaration`` (``terms``, or coefficient 1 per listed variable for ``objvar``);
    one constraint per declaration, its class taken from the declaration ``type``:
    ``sum`` Σx (op) limit, ``upperbound``/``lowerbound`` x (op) limit, ``linear``
    Σ a·x (op) limit, ``ratio`` x (op) limit·Σx, ``xby`` x (op) param·y, ``xy`` x (op) y.
    """
    body = _nl4opt_body(record)
    order = body.get("order_mapping") or {}
    if not isinstance(order, dict) or not order:
        names = body.get("vars") or []
        order = {n: i for i, n in enumerate(names)}
    if not order:
        raise LoadError(
            "NL4Opt record has no variables (order_mapping / vars)", code="nl4opt-no-variables"
        )
    mention = body.get("var_mention_to_first_var") or {}
    by_index: dict[int, str] = {}
    for name, idx in order.items():
        if isinstance(idx, int) and idx >= 0 and idx not in by_index:
            by_index[idx] = str(name)
    ident: dict[str, str] = {name: _ident(name, i) for i, name in by_index.items()}

    def var(name: Any) -> str:
        n = str(name)
        if n in ident:
            return ident[n]
        first = mention.get(n)
        if first is not None and str(first) in ident:
            return ident[str(first)]
        if n in order and isinstance(order[n], int) and order[n] in by_index:
            return ident[by_index[order[n]]]
        raise LoadError(
            f"NL4Opt declaration names an unknown variable {n!r}",
            code="nl4opt-unknown-variable",
            hint=f"known variables: {', '.join(ident)}",
        )

    def lin(terms: Any) -> str:
        if not isinstance(terms, dict):
            raise LoadError("NL4Opt declaration terms must be an object", code="nl4opt-no-terms")
        if not terms:  # an (annotation-error) empty left-hand side: 0 (op) limit
            return "0*" + ident[by_index[min(by_index)]]
        return " + ".join(f"{_fmt(parse_nl4opt_number(c))}*{var(v)}" for v, c in terms.items())

    def op(decl: dict[str, Any]) -> str:
        o = str(decl.get("operator", ""))
        if o == "LESS_OR_EQUAL":
            return "<="
        if o == "GREATER_OR_EQUAL":
            return ">="
        if o in ("EQUAL", "EQUALS"):
            return "=="
        raise LoadError(
            f"unknown NL4Opt operator {o!r}",
            code="nl4opt-operator",
            hint="expected LESS_OR_EQUAL or GREATER_OR_EQUAL",
        )

    all_vars = " + ".join(ident[by_index[i]] for i in sorted(by_index))
    obj = body["obj_declaration"]
    if not isinstance(obj, dict):
        raise LoadError("NL4Opt obj_declaration must be an object", code="nl4opt-objective")
    direction = str(obj.get("direction", "")).lower()
    sense = _SENSE_WORDS.get(direction) or (
        "maximize"
        if direction.startswith("max")
        else "minimize"
        if direction.startswith("min")
        else None
    )
    if sense is None:
        raise LoadError(
            f"NL4Opt objective direction {direction!r} is neither maximize nor minimize",
            code="nl4opt-objective",
        )
    if obj.get("type") == "objvar" or not obj.get("terms"):
        listed = obj.get("vars") or list(by_index.values())
        obj_expr = " + ".join(var(v) for v in listed)
    else:
        obj_expr = lin(obj["terms"])

    constraints: list[dict[str, Any]] = []
    for k, d in enumerate(body["const_declarations"]):
        if not isinstance(d, dict):
            raise LoadError(f"NL4Opt constraint {k} must be an object", code="nl4opt-constraint")
        t = str(d.get("type"))
        o = op(d)
        if t == "sum":
            expr = f"{all_vars} {o} {_fmt(parse_nl4opt_number(d['limit']))}"
        elif t in ("upperbound", "lowerbound"):
            expr = f"{var(d['var'])} {o} {_fmt(parse_nl4opt_number(d['limit']))}"
        elif t == "linear":
            expr = f"{lin(d['terms'])} {o} {_fmt(parse_nl4opt_number(d['limit']))}"
        elif t == "ratio":
            expr = f"{var(d['var'])} {o} {_fmt(parse_nl4opt_number(d['limit']))}*({all_vars})"
        elif t == "xby":
            expr = (
                f"{var(d['x_var'])} {o} {_fmt(parse_nl4opt_number(d['param']))}*{var(d['y_var'])}"
            )
        elif t == "xy":
            expr = f"{var(d['x_var'])} {o} {var(d['y_var'])}"
        else:
            raise LoadError(
                f"unknown NL4Opt constraint type {t!r}",
                code="nl4opt-constraint",
                hint=f"known types: {', '.join(NL4OPT_CLASS)}",
            )
        constraints.append(
            {
                "name": f"c{k}_{t}",
                "expression": expr,
                "class": NL4OPT_CLASS[t].value,
                "description": str(d.get("direction", "")) or None,
            }
        )
    data = {
        "name": "nl4opt_gold",
        "description": "built from NL4Opt gold declarations",
        "variables": [
            {
                "name": ident[by_index[i]],
                "type": "integer" if integer else "continuous",
                "description": by_index[i],
            }
            for i in sorted(by_index)
        ],
        "objective": {"sense": sense, "expression": obj_expr, "name": obj.get("name")},
        "constraints": constraints,
        "meta": {"formulator": "nl4opt-gold", "integer": integer},
    }
    return Formulation.from_dict(data, source="NL4Opt gold declarations")


def answer_from_nl4opt_gold(
    record: Any, *, integer: bool = True, time_limit: float = 30.0
) -> tuple[float | None, str]:
    """Solve the gold declarations with HiGHS: (objective or None, status name)."""
    from ..solving import solve_formulation

    res = solve_formulation(
        formulation_from_nl4opt_gold(record, integer=integer), "highs", time_limit=time_limit
    )
    if res.status.value == "optimal" and res.objective is not None:
        return res.objective, "optimal"
    return None, res.status.value


def formulation_from_gold(problem: Problem, *, integer: bool = True) -> Formulation:
    """The gold model of a problem: ``gold.formulation`` if present, else NL4Opt declarations."""
    gold = problem.gold or {}
    if isinstance(gold.get("formulation"), dict):
        f = Formulation.from_dict(gold["formulation"], source=f"{problem.id}: gold.formulation")
        return f.model_copy(update={"source_text": problem.text})
    if "obj_declaration" in gold:
        f = formulation_from_nl4opt_gold(gold, integer=integer)
        return f.model_copy(update={"source_text": problem.text})
    raise LoadError(
        f"{problem.id}: no gold formulation or NL4Opt declarations",
        code="no-gold",
        hint="the 'gold' formulator needs gold.formulation or NL4Opt declarations",
    )


def gold_classes(problem: Problem) -> list[str]:
    """Constraint classes present in the gold labels (sorted, unique); [] when there are none."""
    gold = problem.gold or {}
    out: set[str] = set()
    decls = gold.get("const_declarations")
    if isinstance(decls, list):
        for d in decls:
            if isinstance(d, dict) and str(d.get("type")) in NL4OPT_CLASS:
                out.add(NL4OPT_CLASS[str(d["type"])].value)
    form = gold.get("formulation")
    if not out and isinstance(form, dict):
        for c in form.get("constraints") or []:
            if isinstance(c, dict):
                cls = c.get("class", c.get("class_"))
                if isinstance(cls, str) and cls in ConstraintClass.__members__:
                    out.add(cls)
    return sorted(out)
