// Queries a mirror's Pagefind index the way the mirror's search page does, in Node (no
// browser): fetch() reads the index files from disk. Used by tests/mirror/test_search.py and
// bench/mirror.py. Usage: node pagefind_query.mjs PAGEFIND_DIR LANGUAGE SEARCH_JS QUERY...
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const [bundle, language, searchJs, ...queries] = process.argv.slice(2);
globalThis.fetch = async (url) => {
  try {
    return new Response(await readFile(fileURLToPath(String(url).split("?")[0])));
  } catch {
    return new Response(null, { status: 404 });
  }
};
const { find, wordKeys, queryKeys } = await import(pathToFileURL(searchJs).href);
// Pagefind picks the index of the page's <html lang>, as on the mirror's search page.
globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
const pagefind = await import(pathToFileURL(`${bundle}/pagefind.js`).href);
await pagefind.options({ baseUrl: "/" });
const out = {};
for (const query of queries) {
  if (query.startsWith("keys:")) {
    const word = query.slice(5);
    out[query] = { word: wordKeys(word), query: queryKeys(word) };
    continue;
  }
  const urls = [];
  for (const result of await find(pagefind, query)) urls.push((await result.data()).url);
  out[query] = urls;
}
console.log(JSON.stringify(out));
