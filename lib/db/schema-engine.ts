// Loads Prisma's WebAssembly schema engine. Its package entry imports the
// .wasm file as an ES module, which Node does not support without a flag, so
// we instantiate the module ourselves and hand it to the generated bindings.
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

let loaded: Promise<typeof bindings> | undefined;

export function loadSchemaEngine(): Promise<typeof bindings> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports only its JavaScript; the .wasm file sits beside it.
    // Resolved at run time, not by the bundler (which would put a module id here): the server loads the package
    // from node_modules (next.config.ts).
    const bindingsPath = require.resolve(/*turbopackIgnore: true*/ "@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = bindingsPath.replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(await fs.readFile(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return loaded;
}
