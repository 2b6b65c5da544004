// SPDX-License-Identifier: MIT
// The coverage report of contract.Validate as Markdown (docs/contract-coverage.md is a committed copy).
import { pathKey } from "./spec.mjs";

const cell = (text) => String(text).replaceAll("|", "\\|");

export function renderReport({ spec, exercised, unmapped, failures, served, lines, validated, unusedAllow }) {
  const out = [];
  const open = failures.filter((f) => !f.allowed);
  out.push("# Contract coverage (generated)");
  out.push("");
  out.push("Written by `contract.Validate` (`tests/contract/validate.mjs`) from the requests the sandbox answered in the");
  out.push("`sandbox`, `client` and `conformance` suites, checked against the official specification");
  out.push("(`commercetools-openapi/api.yaml`). After a full `scripts/test`, copy `build/default/contract-coverage.md`");
  out.push("here; how it is made and read: `docs/fidelity.md`.");
  out.push("");
  out.push(`- recorded requests: ${lines}; bodies validated (distinct, sampled per operation and status): ${validated}`);
  out.push(`- operations exercised: ${exercised.size}`);
  out.push(`- validation failures: ${open.length}; known divergences (allow list): ${failures.length - open.length}`);
  out.push("");

  out.push("## Operations exercised");
  out.push("");
  out.push("| operation | method | path | statuses (count) | suites |");
  out.push("|---|---|---|---|---|");
  const rows = [...exercised.values()].sort((a, b) => a.op.path.localeCompare(b.op.path) || a.op.method.localeCompare(b.op.method));
  for (const use of rows) {
    const statuses = [...use.statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s} (${n})`).join(", ");
    out.push(`| ${use.op.operationId} | ${use.op.method} | \`${cell(use.op.path)}\` | ${statuses} | ${[...use.sources].sort().join(", ")} |`);
  }
  out.push("");

  out.push("## Routes the sandbox serves that no test calls");
  out.push("");
  const exercisedKeys = new Set([...exercised.values()].map((u) => `${u.op.method} ${pathKey(u.op.path)}`));
  const idle = served.filter((r) => {
    const key = `${r.method} ${pathKey(r.pattern)}`;
    return spec.byKey.has(key) && !exercisedKeys.has(key);
  });
  if (served.length === 0) out.push("(the route table was not recorded: run `contract.ScopeTable` with the log set)");
  else if (idle.length === 0) out.push("None.");
  for (const r of idle) out.push(`- ${r.method} \`${r.pattern}\` (${spec.byKey.get(`${r.method} ${pathKey(r.pattern)}`).operationId})`);
  out.push("");

  out.push("## Requests outside `api.yaml`");
  out.push("");
  out.push("OAuth (`oauth.raml`), product images and unknown paths; not validated here.");
  out.push("");
  for (const [key, count] of [...unmapped.entries()].sort()) out.push(`- ${cell(key)} (${count})`);
  out.push("");

  const section = (title, list) => {
    out.push(`## ${title}`);
    out.push("");
    if (list.length === 0) {
      out.push("None.");
      out.push("");
      return;
    }
    out.push("| kind | operation | status | JSON path | problem | count | example path |");
    out.push("|---|---|---|---|---|---|---|");
    for (const f of list) {
      out.push(`| ${f.kind} | ${f.op.method} \`${cell(f.op.path)}\` | ${f.status} | \`${cell(f.where)}\` | ${cell(f.message)} | ${f.count} | \`${cell(f.example)}\` |`);
    }
    out.push("");
  };
  section("Validation failures", open);
  section("Known divergences (tests/contract/allowed-divergences.txt)", failures.filter((f) => f.allowed));
  if (unusedAllow.length > 0) {
    out.push("Allow-list entries that matched nothing:");
    for (const a of unusedAllow) out.push(`- \`${cell(a)}\``);
    out.push("");
  }
  return out.join("\n");
}
