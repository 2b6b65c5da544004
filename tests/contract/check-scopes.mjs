// SPDX-License-Identifier: MIT
// contract.ScopeTable's check: the scopes each sandbox route accepts (src/sandbox/auth/ScopeRules, dumped by
// the test as JSON [{method, pattern, requiresToken, anyScope}]) against the `security:` of the same
// operation in api.yaml, read as spec.mjs rule 4 says (alternatives; manage_X includes view_X; manage_project
// includes all). A route must accept every scope the specification accepts and no other; a route the
// specification protects must require a token; a project route must be an operation of api.yaml. Routes
// outside the project API (OAuth, images) are listed only.
// A route listed in the exceptions file (scope-exceptions.txt: "METHOD PATTERN" a line, each with a comment
// giving the specification reference and why) is reported but does not fail.
// Routes of the Checkout API (checkout.yaml, --checkout) are checked against that specification the same way.
// Usage: node check-scopes.mjs --spec API_YAML --routes ROUTES_JSON [--checkout CHECKOUT_YAML] [--exceptions FILE]
import { existsSync, readFileSync } from "node:fs";
import { acceptedBy, loadSpec, pathKey } from "./spec.mjs";

const argv = process.argv.slice(2);
const opt = {};
for (let i = 0; i < argv.length; i += 2) opt[argv[i].replace(/^--/, "")] = argv[i + 1];
if (!opt.spec || !existsSync(opt.spec)) {
  console.error(`scopes: the specification is missing: ${opt.spec}\n` +
    "Set the CMake variable COMMERCEDESK_REFERENCE_DIR to the folder holding commercetools-openapi/api.yaml.");
  process.exit(2);
}
const spec = loadSpec(opt.spec);
// The Checkout API (checkout.yaml; the sandbox serves its payment intents on the same base URL): its operations
// are looked up when api.yaml has none for a route.
const checkout = opt.checkout && existsSync(opt.checkout) ? loadSpec(opt.checkout) : null;
const routes = JSON.parse(readFileSync(opt.routes, "utf8"));
const exceptions = new Set(
  opt.exceptions && existsSync(opt.exceptions)
    ? readFileSync(opt.exceptions, "utf8").split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean)
    : []);
const used = new Set();
const excused = [];
const problems = [];
let checked = 0;
for (const route of routes) {
  const routeKey = `${route.method} ${pathKey(route.pattern)}`;
  const source = spec.byKey.has(routeKey) || !checkout?.byKey.has(routeKey) ? spec : checkout;
  const op = source.byKey.get(routeKey);
  if (!op) {
    // OAuth (oauth.raml) and the product images are not project API paths; any other route the
    // specification does not have answers 404 on a real project, so code relying on it breaks there.
    if (!route.pattern.startsWith("/{projectKey}")) {
      console.log(`outside api.yaml: ${route.method} ${route.pattern}`);
      continue;
    }
    const key = `${route.method} ${route.pattern}`;
    (exceptions.has(key) ? excused : problems).push(`${key}: not an operation of api.yaml (a real project answers 404)`);
    if (exceptions.has(key)) used.add(key);
    continue;
  }
  checked += 1;
  const excusedRoute = exceptions.has(`${route.method} ${route.pattern}`);
  const report = excusedRoute ? excused : problems;
  if (excusedRoute) used.add(`${route.method} ${route.pattern}`);
  const specName = source === spec ? "api.yaml" : "checkout.yaml";
  const where = `${route.method} ${route.pattern} (${op.operationId}; ${specName} security: ${op.scopes.join(" | ")})`;
  if (op.scopes.length > 0 && !route.requiresToken) {
    report.push(`${where}: the sandbox answers without a token`);
    continue;
  }
  const expected = new Set();
  for (const s of op.scopes) for (const a of acceptedBy(s, source.definedScopes)) expected.add(a);
  const accepted = new Set([...route.anyScope, "manage_project"]);
  const extra = [...accepted].filter((s) => !expected.has(s));
  const missing = [...expected].filter((s) => !accepted.has(s));
  if (extra.length > 0) report.push(`${where}: accepts ${extra.join(", ")} too`);
  if (missing.length > 0) report.push(`${where}: refuses ${missing.join(", ")}`);
}
console.log(`scopes: ${checked} routes checked against api.yaml${checkout ? " and checkout.yaml" : ""}, ${problems.length} disagree, ` +
  `${excused.length} known differences (scope-exceptions.txt)`);
for (const p of problems) console.log(`MISMATCH ${p}`);
for (const p of excused) console.log(`known difference: ${p}`);
for (const e of exceptions) if (!used.has(e)) console.log(`note: exception matched no route (remove it?): ${e}`);
process.exit(problems.length > 0 ? 1 : 0);
