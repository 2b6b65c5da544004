// SPDX-License-Identifier: MIT
// Starts the pinned @labdigital/commercetools-mock as a real HTTP server on loopback for the conformance
// tests (see tests/conformance/CMakeLists.txt and docs/fidelity.md). Copied next to its node_modules by
// install-peer.sh. Env: CT_MOCK_PORT (0 = any free port), CT_MOCK_PROJECT, CT_MOCK_AUTH ("true" = bearer
// tokens required and checked). Prints one line "listening <port>" on stdout once it accepts connections.
import { CommercetoolsMock } from "@labdigital/commercetools-mock";

const port = Number.parseInt(process.env.CT_MOCK_PORT ?? "0", 10);
const auth = process.env.CT_MOCK_AUTH === "true";
const ctMock = new CommercetoolsMock({
  enableAuthentication: auth,
  validateCredentials: auth,
  defaultProjectKey: process.env.CT_MOCK_PROJECT ?? "demo",
  strict: false,
  silent: true,
});
// ctMock.runServer() would bind 0.0.0.0: listen on 127.0.0.1 only.
await ctMock.app.listen({ port, host: "127.0.0.1" });
console.log(`listening ${ctMock.app.server.address().port}`);
const stop = async () => {
  await ctMock.app.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
