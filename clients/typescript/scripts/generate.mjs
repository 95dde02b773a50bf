// Writes src/generated/<service>.ts from each docs/openapi/<service>.json (openapi-typescript).
//   node scripts/generate.mjs <documents dir> <output dir>
// One process for every document (fast); the same documents give the same bytes.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";

const [documents, output] = process.argv.slice(2);
if (!documents || !output) {
  console.error("usage: node scripts/generate.mjs <documents dir> <output dir>");
  process.exit(2);
}
const names = (await readdir(documents)).filter((n) => n.endsWith(".json")).sort();
await rm(output, { recursive: true, force: true });
await mkdir(output, { recursive: true });
for (const name of names) {
  const document = JSON.parse(await readFile(join(documents, name), "utf8"));
  const ast = await openapiTS(document, { silent: true });
  await writeFile(join(output, name.replace(/\.json$/, ".ts")), COMMENT_HEADER + astToString(ast));
}
console.log(`generated ${names.length} TypeScript modules in ${output}`);
