"""Property tests driven by the OpenAPI document: every documented operation, fuzzed by schemathesis.

Each operation gets a few generated requests (valid and edge-case parameters and bodies); checks:
no 5xx, status codes and content types documented, bodies matching their documented schemas.
"""
from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings
from web_fixtures import build_store

from rasid.web.app import create_app

# Deterministic and quick by default (CI); RASID_FUZZ=200 explores 200 random cases per operation.
MAX_EXAMPLES = int(os.environ.get("RASID_FUZZ", "6"))
DERANDOMIZE = "RASID_FUZZ" not in os.environ

# Operation labels come from the app itself (no store needed to build the spec).
LABELS = [f"{m.upper()} {p}" for p, item in create_app(None).openapi()["paths"].items() for m in item]


@pytest.fixture(scope="module")
def operations(tmp_path_factory) -> dict:
    app = create_app(build_store(tmp_path_factory.mktemp("schema") / "store.db"), token="t")
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return {op.label: op for op in (r.ok() for r in schema.get_all_operations())}


def test_every_api_operation_is_fuzzed():
    assert len(LABELS) >= 10 and "POST /api/analyze" in LABELS


@pytest.mark.parametrize("label", LABELS)
def test_operation_conforms_to_its_openapi(operations, label):
    op = operations[label]

    @given(case=op.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=DERANDOMIZE,
              suppress_health_check=list(HealthCheck))
    def run(case):
        # positive_data_acceptance is left out: a schema-valid text can still be refused with 422
        # for not being an article (not Arabic, empty), which JSON Schema cannot express.
        case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])

    run()
