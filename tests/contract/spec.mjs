// SPDX-License-Identifier: MIT
// Loads the official specification (commercetools-openapi/api.yaml, OpenAPI 3.0) for the contract tests:
// its operations (method, path, operationId, scopes, request and response schemas) and its component schemas
// turned into JSON Schema that ajv validates. How the export's oddities are read is stated here once, and
// in docs/fidelity.md ("How the validator reads the specification"):
//  1. `x-annotation-enumDescriptions` blocks are dropped before parsing: a few of them are not valid YAML
//     (a continuation line less indented than its quoted scalar) and they carry prose only.
//  2. A `required` entry written as a regular expression ("/^[a-z]{2}(-[A-Z]{2})?$/", "//") is the export's
//     rendering of a RAML pattern property: the schema is a map whose keys match the expression. The entry is
//     dropped from `required`. Its value type: the export writes `additionalProperties: {type: string}` for
//     every such map and for every error object (RAML `//: any`); only LocalizedString and
//     CategoryOrderHints really hold strings (their RAML types), so everywhere else the value is any JSON.
//  3. `discriminator` + `mapping` on a parent whose subtypes are `allOf: [parent, own part]`: validating the
//     parent dispatches on the discriminator value to the mapped subtype; a value not in the mapping fails
//     ("not a value the specification defines"). Subtypes refer to the parent without dispatch (no cycle).
//  4. Several scopes in one security requirement are alternatives (any one suffices), as the commercetools
//     documentation states for each endpoint; `manage_X` includes `view_X`; `manage_project` includes all.
//  5. RAML formats: `datetime`, `date-only`, `time-only` are checked; numeric formats are not.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

export const HTTP_METHODS = ["get", "head", "post", "put", "delete", "patch"];
const STRING_MAPS = new Set(["LocalizedString", "CategoryOrderHints"]);

// api.yaml parsed once per validator install: the parsed document is kept as JSON beside the scripts, keyed by
// the file's size and modification time (JSON loads in a fraction of the YAML parse).
function readSpecDocument(file) {
  const stat = statSync(file);
  const key = `${file} ${stat.size} ${stat.mtimeMs}`;
  // One cache per specification file (api.yaml, checkout.yaml), so loading both does not evict either.
  const name = file.split(/[\\/]/).pop().replace(/\.[^.]*$/, "");
  const cache = fileURLToPath(new URL(`./spec-cache-${name}.json`, import.meta.url));
  if (existsSync(cache)) {
    try {
      const cached = JSON.parse(readFileSync(cache, "utf8"));
      if (cached.key === key) return cached.doc;
    } catch {
      // unreadable cache: parse again
    }
  }
  const doc = readYaml(file);
  try {
    writeFileSync(cache, JSON.stringify({ key, doc }));
  } catch {
    // a read-only install still works, only slower
  }
  return doc;
}

function readYaml(file) {
  const out = [];
  let skipDeeperThan = -1;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const indent = line.search(/\S/);
    if (skipDeeperThan >= 0) {
      if (indent < 0 || indent > skipDeeperThan) continue;
      skipDeeperThan = -1;
    }
    const m = /^(\s*)x-annotation-enumDescriptions:/.exec(line);
    if (m) {
      skipDeeperThan = m[1].length;
      continue;
    }
    out.push(line);
  }
  return YAML.parse(out.join("\n"), { maxAliasCount: -1 });
}

// "/{projectKey}/carts/key={key}" and "/{projectKey}/carts/key={k}" → "/{}/carts/key={}".
export function pathKey(template) {
  return template.replace(/\{[^}]*\}/g, "{}").replace(/\/+$/, "");
}

function isPatternName(name) {
  return typeof name === "string" && name.length >= 2 && name.startsWith("/") && name.endsWith("/");
}

// Rewrites one (sub)schema in place per rules 2 and 3 above. `name` is the component name at top level.
function convert(schema, parents, name) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return;
  for (const key of Object.keys(schema)) {
    if (key.startsWith("x-") || key === "example" || key === "examples") delete schema[key];
  }
  if (Array.isArray(schema.required)) {
    const patterns = schema.required.filter(isPatternName);
    if (patterns.length > 0) {
      schema.required = schema.required.filter((r) => !isPatternName(r));
      if (schema.required.length === 0) delete schema.required;
      const valueSchema = STRING_MAPS.has(name) ? schema.additionalProperties : {};
      delete schema.additionalProperties;
      const regex = patterns[0].slice(1, -1);
      if (regex.length > 0 && STRING_MAPS.has(name)) schema.patternProperties = { [regex]: valueSchema };
    }
  }
  if (schema.additionalProperties && schema.additionalProperties.type === "string" && !STRING_MAPS.has(name)) {
    delete schema.additionalProperties; // rule 2: an error object's extra fields are any JSON
  }
  if (typeof schema.$ref === "string") {
    const target = schema.$ref.replace("#/components/schemas/", "");
    if (parents.has(target) && schema.__inAllOf) schema.$ref = `#/components/schemas/${target}__base`;
    delete schema.__inAllOf;
  }
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    if (Array.isArray(schema[key])) {
      for (const sub of schema[key]) {
        if (key === "allOf" && sub && typeof sub.$ref === "string") sub.__inAllOf = true;
        convert(sub, parents, null);
      }
    }
  }
  if (schema.properties) for (const sub of Object.values(schema.properties)) convert(sub, parents, null);
  if (schema.items) convert(schema.items, parents, null);
  if (schema.additionalProperties && typeof schema.additionalProperties === "object")
    convert(schema.additionalProperties, parents, null);
}

function buildSchemas(components) {
  const schemas = structuredClone(components);
  const parents = new Set(Object.keys(schemas).filter((n) => schemas[n].discriminator?.mapping));
  for (const [name, schema] of Object.entries(schemas)) convert(schema, parents, name);
  for (const name of parents) {
    const parent = schemas[name];
    const { propertyName, mapping } = parent.discriminator;
    delete parent.discriminator;
    schemas[`${name}__base`] = parent;
    const values = Object.keys(mapping);
    schemas[name] = {
      allOf: [
        { $ref: `#/components/schemas/${name}__base` },
        { properties: { [propertyName]: { enum: values } } },
        ...values.map((value) => ({
          if: { properties: { [propertyName]: { const: value } }, required: [propertyName] },
          then: { $ref: mapping[value] },
        })),
      ],
    };
  }
  return schemas;
}

function schemaRefOf(content) {
  const schema = content?.["application/json"]?.schema;
  return schema ? schema : null;
}

// { operations: [...], byKey: Map("GET /{}/carts" → op), schemas } for api.yaml (or checkout.yaml) at `file`.
export function loadSpec(file) {
  const doc = readSpecDocument(file);
  const responses = doc.components.responses ?? {};
  const operations = [];
  const byKey = new Map();
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const scopes = [];
      for (const requirement of op.security ?? [])
        for (const list of Object.values(requirement))
          for (const s of list) {
            const name = s.replace(/:\{projectKey\}$/, "");
            // customer_id:{id} / anonymous_id:{id}: the identity a token carries, not a grantable scope.
            if (!name.includes(":")) scopes.push(name);
          }
      const statuses = {};
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const resolved = response.$ref ? responses[response.$ref.split("/").pop()] : response;
        statuses[status] = schemaRefOf(resolved?.content);
      }
      const entry = {
        method: method.toUpperCase(),
        path: template,
        operationId: op.operationId ?? `${method.toUpperCase()} ${template}`,
        scopes,
        statuses,
        request: schemaRefOf(op.requestBody?.content),
      };
      operations.push(entry);
      byKey.set(`${entry.method} ${pathKey(template)}`, entry);
    }
  }
  const flows = doc.components.securitySchemes?.oauth_2_0?.flows ?? {};
  const defined = new Set();
  for (const flow of Object.values(flows))
    for (const scope of Object.keys(flow.scopes ?? {})) defined.add(scope.replace(/:\{projectKey\}.*$/, ""));
  return { operations, byKey, definedScopes: defined, schemas: buildSchemas(doc.components.schemas) };
}

// The scopes that satisfy a requirement for `scope` (rule 4); `defined` = the scopes api.yaml defines.
export function acceptedBy(scope, defined) {
  const result = new Set([scope, "manage_project"]);
  const manage = `manage_${scope.slice(5)}`;
  if (scope.startsWith("view_") && defined.has(manage)) result.add(manage);
  return result;
}
