"""Answers we wrote for NL4Opt training texts, and the formulator measured on them.

    python bench/nl4opt_labels.py show I [J ...]            # print training texts by line number
    python bench/nl4opt_labels.py verify FILE.jsonl          # hand models solve to their answers
    python bench/nl4opt_labels.py measure FILE.jsonl [...] [--show N]

The NL4Opt competition published 713 training problems only in their NER form
(../shared/datasets/nl4opt_ner/train.jsonl: tokens and tags, no answers). NL4Opt-style text is
what the offline formulator is mainly for, and its test split is measured without us, so we
label training texts ourselves: each line of a labels file holds the training id, a compact
hand model written from the text (same format as datasets/*.jsonl: variables, objective,
constraints, integer) and its optimum, checked on HiGHS and CBC by ``verify``. Labels files
hold no problem text: the text is read from ../shared at run time (never copied here).
``integer`` follows the natural reading (counted things integer, amounts continuous); when the
other reading has a different optimum it is recorded as ``answer_other_reading``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "datasets" / "nl4opt_ner" / "train.jsonl"


def _detokenize(text: str) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    from ner_check import detokenize

    return str(detokenize(text))


def train_texts() -> dict[str, str]:
    """Training id -> detokenized text (empty when the shared file is missing)."""
    if not TRAIN.exists():
        return {}
    out = {}
    for line in TRAIN.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[str(r["id"])] = _detokenize(str(r["text"]))
    return out


def load_labels(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def rows(path: Path) -> list[dict[str, Any]]:
    """Benchmark rows (id, text, answer) for a labels file, texts joined from ../shared."""
    texts = train_texts()
    return [
        {"id": lab["id"], "text": texts[lab["id"]], "answer": lab["answer"]}
        for lab in load_labels(path)
        if lab["id"] in texts and lab.get("answer") is not None
    ]


def _verify(path: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from optform.offline.measure import hand_model_formulation, matches

    bad = 0
    labels = load_labels(path)
    for lab in labels:
        f = hand_model_formulation(lab["hand_model"])
        got = []
        for backend in ("highs", "cbc"):
            res = f.solve(backend)
            got.append(res.objective)
        if not all(matches(g, float(lab["answer"])) for g in got):
            bad += 1
            print(f"  {lab['id']}: answer {lab['answer']} but highs/cbc give {got}")
    print(f"{path}: {len(labels) - bad}/{len(labels)} hand models solve to their answer")
    return 1 if bad else 0


def _measure(paths: list[Path], show: int) -> int:
    sys.path.insert(0, str(ROOT))
    from optform.offline.measure import evaluate, matches

    total = [0, 0, 0]
    for p in paths:
        other = {
            lab["id"]: float(lab["answer_other_reading"])
            for lab in load_labels(p)
            if lab.get("answer_other_reading") is not None
        }
        outs = evaluate(rows(p))
        ok = sum(o.ok for o in outs)
        either = sum(o.ok or (o.id in other and matches(o.objective, other[o.id])) for o in outs)
        total[0] += ok
        total[1] += len(outs)
        total[2] += either
        print(
            f"{p}: {ok}/{len(outs)} = {100 * ok / max(1, len(outs)):.1f}%"
            f"  (either integrality reading: {either})"
        )
        for o in [o for o in outs if not o.ok][:show]:
            print(f"  FAIL {o.id}: {o.kind} got {o.objective} want {o.answer}")
    if len(paths) > 1:
        print(
            f"total: {total[0]}/{total[1]} = {100 * total[0] / max(1, total[1]):.1f}%"
            f"  (either integrality reading: {total[2]})"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show")
    s.add_argument("lines", type=int, nargs="+")
    v = sub.add_parser("verify")
    v.add_argument("path", type=Path)
    m = sub.add_parser("measure")
    m.add_argument("paths", type=Path, nargs="+")
    m.add_argument("--show", type=int, default=0)
    a = ap.parse_args(argv)
    if a.cmd == "show":
        texts = list(train_texts().items())
        for i in a.lines:
            rid, text = texts[i]
            print(f"[{i}] {rid}\n{text}\n")
        return 0
    if a.cmd == "verify":
        return _verify(a.path)
    return _measure(a.paths, a.show)


if __name__ == "__main__":
    raise SystemExit(main())
