// SPDX-License-Identifier: MIT
// contract.Validate: checks the contract log (NDJSON lines written by src/sandbox/http/ContractRecorder while
// the sandbox, client and conformance suites ran) against the official specification, and writes the coverage
// report (docs/contract-coverage.md is a committed copy).
//
// Usage: node validate.mjs --spec API_YAML --log LOG_DIR --report REPORT_MD [--allow ALLOW_LIST]
//        [--checkout CHECKOUT_YAML]  (routes api.yaml does not have are looked up there: the payment intents)
// Each line {source, method, route, path, status, request, response} is mapped to the specification's
// operation by method and route pattern (parameter names ignored). Then:
//  - every response body is validated against the operation's schema for its status; a status the operation
//    does not document is a failure too;
//  - every request body that the client library sent (source "client…"/"conformance…") is validated against
//    the operation's request schema; a body sent by a sandbox test and accepted (2xx) is validated as well
//    (the sandbox accepting what the specification rejects is a divergence); refused ones are test input.
// A failure that an entry of the allow list (allowed-divergences.txt) matches is reported as a known divergence; any other failure makes the exit status 1. The route table of the sandbox
// (routes.json in LOG_DIR, written by contract.ScopeTable) gives the routes no test exercised.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";
import { createRequire } from "node:module";
import { loadSpec, pathKey } from "./spec.mjs";
import { renderReport } from "./report.mjs";

const require = createRequire(import.meta.url);
const Ajv = require("ajv");
const addFormats = require("ajv-formats");

const SAMPLES_PER_KIND = 150; // distinct bodies validated per operation, status and kind (bounds CI time)

function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, "")] = argv[i + 1];
  for (const required of ["spec", "log", "report"]) {
    if (!out[required]) {
      console.error("usage: node validate.mjs --spec API_YAML --log LOG_DIR --report REPORT_MD [--allow FILE]");
      process.exit(2);
    }
  }
  return out;
}

function makeAjv(schemas) {
  const ajv = new Ajv.default({ strict: false, allErrors: true, verbose: true, validateSchema: false, logger: false });
  addFormats.default(ajv, ["date", "time", "date-time", "uri", "email"]);
  const date = /^\d{4}-\d{2}-\d{2}$/;
  const time = /^\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/;
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
  ajv.addFormat("datetime", dateTime);
  ajv.addFormat("date-only", date);
  ajv.addFormat("time-only", time);
  for (const f of ["int32", "int64", "double", "float", "decimal"]) ajv.addFormat(f, { type: "number", validate: () => true });
  ajv.addSchema({ $id: "spec", components: { schemas } });
  const cache = new Map();
  return (schema) => {
    const ref = schema.$ref ? `spec${schema.$ref}` : null;
    const key = ref ?? JSON.stringify(schema);
    if (!cache.has(key)) {
      cache.set(key, ref ? ajv.getSchema(ref) : ajv.compile({ $id: `inline${cache.size}`, ...rewriteRefs(schema) }));
    }
    return cache.get(key);
  };
}

function rewriteRefs(schema) {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"spec#/components/schemas/'));
}

// Streams every line of every log file (a paging test alone writes hundreds of megabytes).
async function* logLines(dir) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ndjson")).sort()) {
    const lines = createInterface({ input: createReadStream(path.join(dir, file)), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        yield JSON.parse(line);
      } catch {
        yield { broken: `${file}: ${line.slice(0, 80)}` };
      }
    }
  }
}

function readAllowList(file) {
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter((l) => l.length > 0);
}

// An allow-list entry: "<kind> <METHOD> <path> <status> <JSON path> <problem…>"; "_" stands for any value of a
// field, and the problem matches when the failure's problem starts with it.
function allows(entry, failure) {
  const tokens = entry.split(/\s+/);
  const fields = [failure.kind, failure.op.method, failure.op.path, String(failure.status), failure.where];
  for (let i = 0; i < fields.length; i += 1) {
    if (tokens[i] === undefined) return true;
    if (tokens[i] !== "_" && tokens[i] !== fields[i]) return false;
  }
  const problem = tokens.slice(fields.length).join(" ");
  return failure.message.startsWith(problem);
}

// "/lineItems/3/price" → "/lineItems/*/price" so one divergence is one entry, however many items.
function genericPath(instancePath) {
  return instancePath.replace(/\/\d+(?=\/|$)/g, "/*") || "/";
}

function describe(error) {
  const detail = error.keyword === "required" ? error.params.missingProperty
    : error.keyword === "enum" ? `${JSON.stringify(error.data)} is not a value the specification defines`
    : error.keyword === "type" ? `${error.params.type} expected, got ${JSON.stringify(error.data)?.slice(0, 40)}`
    : error.keyword === "format" ? error.params.format
    : error.message;
  return `${error.keyword} ${detail}`;
}

async function main() {
  const opt = args();
  if (!existsSync(opt.spec)) {
    console.error(`contract: the specification is missing: ${opt.spec}\n` +
      "Set the CMake variable COMMERCEDESK_REFERENCE_DIR to the folder holding commercetools-openapi/api.yaml.");
    process.exit(2);
  }
  const started = Date.now();
  const spec = loadSpec(opt.spec);
  const apiValidatorFor = makeAjv(spec.schemas);
  // The Checkout API's operations (checkout.yaml, --checkout) for the routes api.yaml does not have, each
  // validated against its own specification's schemas.
  const checkout = opt.checkout && existsSync(opt.checkout) ? loadSpec(opt.checkout) : null;
  const checkoutValidatorFor = checkout ? makeAjv(checkout.schemas) : null;
  let validatorFor = apiValidatorFor;
  const entries = readAllowList(opt.allow);
  // "source <name>": a test that serves routes of its own (not the sandbox's) through the sandbox's HttpServer.
  const ignoredSources = new Set(entries.filter((e) => e.startsWith("source ")).map((e) => e.slice(7).trim()));
  const allow = entries.filter((e) => !e.startsWith("source "));
  const exercised = new Map(); // operationId → {op, statuses: Map, sources: Set, count}
  const unmapped = new Map(); // "METHOD route" → count
  const failures = new Map(); // signature → {kind, op, status, where, count, example, source}
  const seen = new Map(); // sampling: "opId status kind" → Set(hash)
  let lines = 0;
  let validated = 0;

  const fail = (kind, op, status, where, message, line) => {
    const signature = `${kind} ${op.method} ${op.path} ${status} ${where} ${message}`;
    const entry = failures.get(signature) ?? { signature, kind, op, status, where, message, count: 0, source: line.source, example: line.path };
    entry.count += 1;
    failures.set(signature, entry);
  };
  const check = (kind, op, status, schema, body, line) => {
    const bucket = `${op.operationId} ${status} ${kind}`;
    const hash = createHash("sha1").update(JSON.stringify(body)).digest("hex");
    const set = seen.get(bucket) ?? new Set();
    seen.set(bucket, set);
    if (set.has(hash) || set.size >= SAMPLES_PER_KIND) return;
    set.add(hash);
    const validate = validatorFor(schema);
    validated += 1;
    if (!validate(body)) {
      for (const error of validate.errors ?? []) {
        if (error.keyword === "if") continue; // the failing `then` branch is reported by its own errors
        fail(kind, op, status, genericPath(error.instancePath), describe(error), line);
      }
    }
  };

  for await (const line of logLines(opt.log)) {
    lines += 1;
    if (ignoredSources.has(String(line.source))) continue;
    if (line.broken) {
      console.error(`contract: unreadable log line ${line.broken}`);
      continue;
    }
    const key = line.route ? `${line.method} ${pathKey(line.route)}` : null;
    const fromCheckout = key && checkout && !spec.byKey.has(key) && checkout.byKey.has(key);
    const op = key ? (fromCheckout ? checkout : spec).byKey.get(key) : null;
    validatorFor = fromCheckout ? checkoutValidatorFor : apiValidatorFor;
    if (!op) {
      const unmappedKey = `${line.method} ${line.route || "(no route) " + line.path}`;
      unmapped.set(unmappedKey, (unmapped.get(unmappedKey) ?? 0) + 1);
      continue;
    }
    const use = exercised.get(op.operationId) ?? { op, statuses: new Map(), sources: new Set(), count: 0 };
    use.count += 1;
    use.statuses.set(line.status, (use.statuses.get(line.status) ?? 0) + 1);
    use.sources.add(String(line.source ?? "sandbox").split(".")[0]);
    exercised.set(op.operationId, use);

    const status = String(line.status);
    if (!(status in op.statuses)) {
      fail("status", op, status, "/", "status not documented for the operation", line);
    }
    if (line.bodiesOmitted) continue; // the recorder's sampling bound (src/sandbox/http/ContractRecorder.h)
    if (op.statuses[status] && line.method !== "HEAD") {
      check("response", op, status, op.statuses[status], line.response, line);
    }
    const fromClient = /^(client|conformance)/.test(String(line.source ?? ""));
    const accepted = line.status >= 200 && line.status < 300;
    if (op.request && line.request !== null && line.request !== undefined && (fromClient || accepted)) {
      check(fromClient ? "request" : "accepted-request", op, status, op.request, line.request, line);
    }
  }

  const served = existsSync(path.join(opt.log, "routes.json"))
    ? JSON.parse(readFileSync(path.join(opt.log, "routes.json"), "utf8")) : [];
  const list = [...failures.values()].sort((a, b) => a.signature.localeCompare(b.signature));
  for (const f of list) f.allowed = allow.find((a) => allows(a, f)) ?? null;
  const unused = allow.filter((a) => !list.some((f) => f.allowed === a));
  const report = renderReport({ spec, exercised, unmapped, failures: list, served, lines, validated, unusedAllow: unused });
  writeFileSync(opt.report, report);

  const open = list.filter((f) => !f.allowed);
  console.log(`contract: ${lines} recorded requests, ${exercised.size} operations exercised, ` +
    `${validated} bodies validated in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
    `${open.length} failures, ${list.length - open.length} allowed divergences; report: ${opt.report}`);
  for (const f of open) {
    console.log(`FAIL ${f.signature}  (×${f.count}, e.g. ${f.example}, from ${f.source})`);
  }
  for (const a of unused) console.log(`note: allow-list entry matched nothing (remove it?): ${a}`);
  if (lines === 0) {
    console.error("contract: the log is empty; did the suites run with COMMERCEDESK_CONTRACT_LOG set?");
    process.exit(1);
  }
  process.exit(open.length > 0 ? 1 : 0);
}

await main();
