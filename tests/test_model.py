"""The Formulation file format: lossless JSON/YAML round trips, loader fuzzing, schema."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optform import Formulation, LoadError, OptformError
from optform.model import ConstraintClass

ROOT = Path(__file__).resolve().parent.parent
BAKERY = ROOT / "examples" / "bakery.yaml"

ident = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(
    lambda s: (
        s
        not in {
            "sum",
            "in",
            "and",
            "or",
            "not",
            "for",
            "if",
            "implies",
            "atleast",
            "atmost",
            "exactly",
        }
    )
)
text = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=30)
finite = st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False)


@st.composite
def formulations(draw: st.DrawFn) -> dict[str, Any]:
    set_names = draw(st.lists(ident.map(str.upper), min_size=0, max_size=2, unique=True))
    sets: list[dict[str, Any]] = []
    s: str | dict[str, Any]  # a set name here, a whole set in the parameter loop below
    for s in set_names:
        elems = draw(
            st.one_of(
                st.lists(ident, min_size=1, max_size=4, unique=True),
                st.lists(st.integers(0, 50), min_size=1, max_size=4, unique=True),
            )
        )
        sets.append(
            {
                "name": s,
                "elements": elems,
                **({"description": draw(text)} if draw(st.booleans()) else {}),
            }
        )
    used = set(set_names)
    params: list[dict[str, Any]] = []
    for name in draw(st.lists(ident, max_size=3, unique=True)):
        if name in used:
            continue
        used.add(name)
        if bool(sets) and draw(st.booleans()):
            s = sets[0]
            value = {str(e): draw(finite) for e in s["elements"]}
            params.append({"name": name, "index": [s["name"]], "value": value})
        else:
            params.append(
                {
                    "name": name,
                    "value": draw(st.one_of(finite, st.integers(-1000, 1000), st.none())),
                }
            )
    variables = []
    for name in draw(st.lists(ident, min_size=1, max_size=3, unique=True)):
        if name in used:
            continue
        used.add(name)
        variables.append(
            {
                "name": name,
                "type": draw(st.sampled_from(["continuous", "integer", "binary"])),
                "lb": draw(st.one_of(st.none(), finite)),
                "ub": draw(st.one_of(st.none(), finite)),
                "index": [sets[0]["name"]] if bool(sets) and draw(st.booleans()) else [],
            }
        )
    constraints = [
        {
            "name": f"c{i}",
            "expression": draw(st.sampled_from(["x <= 3", "a + b >= 2*c", "y == 1 -> z >= 4"])),
            "class": draw(st.sampled_from([c.value for c in ConstraintClass])),
            **(
                {"provenance": {"sentence": draw(text), "start": 0, "end": 5}}
                if draw(st.booleans())
                else {}
            ),
            **(
                {"template": {"name": "upper_bound", "args": {"var": "x", "limit": 3}}}
                if draw(st.booleans())
                else {}
            ),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    d: dict[str, Any] = {
        "name": draw(ident),
        "sets": sets,
        "parameters": params,
        "variables": variables,
        "constraints": constraints,
    }
    if draw(st.booleans()):
        d["objective"] = {
            "sense": draw(st.sampled_from(["minimize", "maximize"])),
            "expression": "x + 2*y",
            "name": draw(text),
        }
    if draw(st.booleans()):
        d["source_text"] = draw(text)
        d["unresolved"] = [{"text": draw(text), "reason": "not understood"}]
    return d


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(formulations())
def test_json_and_yaml_round_trips_are_lossless(data: dict[str, Any]) -> None:
    f = Formulation.from_dict(data)
    via_json = Formulation.loads(f.to_json(), format="json")
    via_yaml = Formulation.loads(f.to_yaml(), format="yaml")
    assert via_json == f
    assert via_yaml == f
    assert via_json.to_json() == f.to_json()
    assert via_yaml.to_yaml() == f.to_yaml()


def test_round_trip_through_files(tmp_path: Path) -> None:
    f = Formulation.load(BAKERY)
    for name in ("m.json", "m.yaml"):
        f.save(tmp_path / name)
        assert Formulation.load(tmp_path / name) == f


def _mutations(text: str, rng: random.Random) -> list[str]:
    out = []
    for _ in range(60):
        t = list(text)
        for _ in range(rng.randint(1, 4)):
            op = rng.random()
            pos = rng.randrange(len(t) + 1)
            if op < 0.4 and t:
                del t[min(pos, len(t) - 1)]
            elif op < 0.8:
                t.insert(
                    pos, rng.choice([*":-[]{}'\"\n #&*!%|>?0x", "NaN", "null", ".inf", "  ", "\t"])
                )
            else:
                j = rng.randrange(len(t) + 1)
                t[min(pos, j) : max(pos, j)] = []
        out.append("".join(t))
    return out


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_mutated_files_give_only_typed_errors(fmt: str) -> None:
    f = Formulation.load(BAKERY)
    base = f.to_yaml() if fmt == "yaml" else f.to_json()
    rng = random.Random(7)
    for text in _mutations(base, rng):
        try:
            g = Formulation.loads(text, format=fmt)  # type: ignore[arg-type]
            g.check()
        except OptformError as e:
            assert e.render()


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=200).map(lambda b: b.decode("latin-1")), st.text(max_size=200)))
def test_garbage_gives_only_typed_errors(text: str) -> None:
    for fmt in ("auto", "json", "yaml"):
        try:
            Formulation.loads(text, format=fmt)
        except OptformError as e:
            assert e.code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty-file"),
        ("{ not json", "malformed-json"),
        ("variables: [", "malformed-yaml"),
        ("- 1\n- 2\n", "not-a-mapping"),
        ('{"variables": [{"name": "x", "lb": NaN}]}', "non-finite-number"),
        ("variables:\n  - {name: x, lb: .nan}\n", "nan"),
        ("variables:\n  - {name: x, colour: red}\n", "schema-invalid"),
    ],
)
def test_load_errors_are_named(text: str, code: str) -> None:
    with pytest.raises(LoadError) as info:
        Formulation.loads(text, format="json" if text.startswith("{") else "auto")
    assert info.value.code == code
    assert info.value.render()


def test_schema_errors_carry_location_and_hint() -> None:
    with pytest.raises(LoadError) as info:
        Formulation.loads(
            "variables:\n  - {name: x, type: real}\nobjective: {sense: max, expression: x}\n"
        )
    findings = info.value.findings
    locs = {tuple(f.loc[:3]) for f in findings}
    assert ("variables", 0, "type") in locs
    assert ("objective", "sense") in locs
    assert all(f.hint for f in findings)


def test_missing_file() -> None:
    with pytest.raises(LoadError) as info:
        Formulation.load("/nonexistent/model.yaml")
    assert info.value.code == "file-not-found"


SCHEMA_SNAPSHOT = ROOT / "tests" / "snapshots" / "formulation.schema.json"


def test_json_schema_snapshot() -> None:
    """The file format is public: any change to it must be deliberate (update the snapshot)."""
    schema = json.dumps(Formulation.json_schema(), indent=2, sort_keys=True)
    if not SCHEMA_SNAPSHOT.exists():  # first run writes it; commit it
        SCHEMA_SNAPSHOT.parent.mkdir(exist_ok=True)
        SCHEMA_SNAPSHOT.write_text(schema + "\n")
    assert schema + "\n" == SCHEMA_SNAPSHOT.read_text()


def test_schema_descriptions_are_written_for_an_llm() -> None:
    schema = Formulation.json_schema()
    defs = schema["$defs"]
    for name in ("Variable", "Constraint", "Parameter", "Objective", "SetDef"):
        for field, spec in defs[name]["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"
