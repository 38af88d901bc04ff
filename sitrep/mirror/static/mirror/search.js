// The static mirror's search page (docs/mirror.md): queries the Pagefind index in the browser.
// A port of sitrep/search/transliterate.py turns each word into its spelling keys, which the
// exporter stored beside each article's words, so Лукашэнка, Lukashenko and Lukashenka find the
// same articles as on the live site. No third-party code: pagefind.js is generated into the
// mirror itself. tests/mirror/test_search.py checks the port against the Python keys.

const CYRILLIC = {
  "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "h", "д": "d", "е": "e", "ё": "e", "ж": "j",
  "з": "z", "и": "i", "і": "i", "ї": "i", "й": "J", "к": "k", "л": "l", "м": "m", "н": "n",
  "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "v", "ф": "f", "х": "h",
  "ц": "t", "ч": "q", "ш": "x", "щ": "xq", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "u",
  "я": "a", "є": "e",
};
const CYRILLIC_DIGRAPHS = [["дз", "d"], ["дж", "dj"], ["шч", "xq"]];
const LATIN_DIGRAPHS = [
  ["shch", "xq"], ["szcz", "xq"], ["tsch", "q"], ["sch", "x"], ["tch", "q"], ["dzh", "dj"],
  ["zh", "j"], ["kh", "h"], ["gh", "h"], ["sh", "x"], ["sz", "x"], ["cz", "q"], ["ts", "t"],
  ["tz", "t"], ["dz", "d"], ["dź", "d"], ["ks", "ks"],
];
const LATIN = {
  "a": "a", "b": "b", "c": "t", "d": "d", "e": "e", "f": "f", "g": "h", "h": "h", "i": "i",
  "j": "J", "k": "k", "l": "l", "m": "m", "n": "n", "o": "o", "p": "p", "q": "k", "r": "r",
  "s": "s", "t": "t", "u": "u", "v": "v", "w": "v", "x": "ks", "y": "y", "z": "z",
  "š": "x", "č": "q", "ž": "j", "ŭ": "v", "ł": "l", "ĺ": "l", "ś": "s", "ź": "z", "ń": "n",
  "ć": "t", "ë": "e",
};
const SLAVIC_LATIN = new Set("łŭčšžćśźńĺáéíýůěř");
const LOOKALIKE_FROM = "aceiopxykmtb";
const LOOKALIKE_TO = "асеіорхукмтв";
const VOWELS = new Set("aeiouyJ");
const ENDING_SYMBOLS = new Set("mhv");
const MIN_KEY = 2;
// Shorter keys are too common to match as a prefix, as on the live site (sitrep/search/query.py).
const PREFIX_FROM = 4;

export function normalise(text) {
  let out = text.normalize("NFC").toLowerCase();
  out = out.normalize("NFD").replace(/[\u0301\u0300]/g, "").normalize("NFC");
  out = out.replace(/(?<=[a-z])['’]s\b/g, "");
  return out.replace(/[’'ʼʹʺ`´‘]/g, "").replaceAll("ё", "е");
}

export function words(text) {
  return normalise(text).match(/[\p{L}\p{N}_]+/gu) || [];
}

function marked(word, digraphs) {
  // Digraphs become "<symbol>" markers, as in the Python module.
  for (const [spelling, symbol] of digraphs) word = word.replaceAll(spelling, `<${symbol}>`);
  return word.split(/(<[^>]*>)/);
}

function cyrillicSymbols(word) {
  let out = "";
  for (const part of marked(word, CYRILLIC_DIGRAPHS)) {
    if (part.startsWith("<")) out += part.slice(1, -1);
    else for (const char of part) out += CYRILLIC[char] ?? "";
  }
  return out;
}

function stripAccents(char) {
  const base = char.normalize("NFD")[0];
  return base.charCodeAt(0) < 128 ? base : char;
}

function hasSlavic(word) {
  for (const char of word) if (SLAVIC_LATIN.has(char)) return true;
  return false;
}

function latinSymbols(word, ch) {
  const slavic = hasSlavic(word);
  let out = "";
  for (const part of marked(word.replaceAll("ch", "\0"), LATIN_DIGRAPHS)) {
    if (part.startsWith("<")) {
      out += part.slice(1, -1);
      continue;
    }
    const chars = [...part];
    chars.forEach((char, index) => {
      if (char === "\0") out += ch;
      else if (char === "c" && !slavic) {
        const following = chars[index + 1] ?? "";
        out += ["e", "i", "y"].includes(following) ? "t" : "k";
      } else if (char in LATIN) out += LATIN[char];
      else out += LATIN[stripAccents(char)] ?? "";
    });
  }
  return out;
}

function latinUAsV(symbols) {
  const chars = [...symbols];
  chars.forEach((char, index) => {
    if (char === "u" && index && "aeo".includes(chars[index - 1])) {
      const following = chars[index + 1] ?? "";
      if (!following || !VOWELS.has(following)) chars[index] = "v";
    }
  });
  return chars.join("");
}

function skeleton(symbols) {
  const collapsed = [];
  for (const char of symbols) if (collapsed[collapsed.length - 1] !== char) collapsed.push(char);
  let key = "";
  let leading = true;
  for (const char of collapsed) {
    if (VOWELS.has(char)) {
      if (leading) {
        key += "w";
        leading = false;
      }
      continue;
    }
    leading = false;
    key += char;
  }
  return key;
}

function latinKey(word, ch) {
  return skeleton(latinUAsV(latinSymbols(word, ch)));
}

export function wordKeys(word) {
  word = normalise(word);
  if (!word || /^\d+$/.test(word)) return [];
  let keys;
  if (/[а-яёіўґєї]/.test(word)) {
    let swapped = "";
    for (const char of word) {
      const at = LOOKALIKE_FROM.indexOf(char);
      swapped += at >= 0 ? LOOKALIKE_TO[at] : char;
    }
    keys = [skeleton(cyrillicSymbols(swapped))];
  } else if (word.includes("ch") && !hasSlavic(word)) {
    keys = [latinKey(word, "q"), latinKey(word, "h")];
  } else {
    keys = [latinKey(word, hasSlavic(word) ? "h" : "q")];
  }
  return [...new Set(keys.filter((key) => key.length >= MIN_KEY))].sort();
}

export function coarse(key) {
  const swapped = key.replaceAll("x", "s").replaceAll("j", "z").replaceAll("q", "t");
  return swapped.replace(/(.)\1+/g, "$1");
}

export function queryKeys(word) {
  const keys = new Set(wordKeys(word));
  for (const key of [...keys]) {
    if (key.length >= 5 && ENDING_SYMBOLS.has(key[key.length - 1])) keys.add(key.slice(0, -1));
  }
  return [...keys].sort();
}

/** What to look up for each word of a query: the word itself and its keys, fine and coarse,
 * each with whether it may match as a prefix (the longer keys) or only exactly. */
export function queryTerms(text) {
  return words(text.slice(0, 200)).slice(0, 12).map((word) => {
    const keys = queryKeys(word);
    const terms = new Map([[word, false]]);
    for (const key of [...keys, ...keys.map(coarse)]) {
      terms.set(key, terms.get(key) || key.length >= PREFIX_FROM);
    }
    return terms;
  });
}

// Pagefind extends an unquoted term to every indexed word that starts with it, and when there
// is none, falls back to the longest indexed word that the term starts with ("smalensk" finds
// "sm", the key of Sam). A quoted term matches its (stemmed) word only, but gives every page the
// same score. So the unquoted search ranks and the quoted one decides which pages count, except
// for a term that may match as a prefix and was extended: certain when the term itself is
// indexed, otherwise told by the word marked in any one page's excerpt (a fallback matched the
// same shorter word on every page).
async function lookUp(pagefind, term, prefix) {
  const loose = (await pagefind.search(term))?.results ?? [];
  if (!loose.length) return loose;
  const exact = (await pagefind.search(`"${term}"`))?.results ?? [];
  if (prefix && (exact.length || (await markedWord(loose[0])).startsWith(term))) return loose;
  const ids = new Set(exact.map((result) => result.id));
  return loose.filter((result) => ids.has(result.id));
}

async function markedWord(result) {
  const mark = (await result.data()).excerpt.match(/<mark>(.*?)<\/mark>/s);
  return mark ? normalise(mark[1]).replace(/^[^\p{L}\p{N}]+/u, "") : "";
}

/** Articles that match every word by one of its terms, best first (summed Pagefind scores). */
export async function find(pagefind, text) {
  let matched = null;
  const results = new Map();
  for (const terms of queryTerms(text)) {
    const found = new Map();
    for (const [term, prefix] of terms) {
      for (const result of await lookUp(pagefind, term, prefix)) {
        found.set(result.id, Math.max(found.get(result.id) ?? 0, result.score));
        results.set(result.id, result);
      }
    }
    matched = matched === null
      ? found
      : new Map([...matched].filter(([id]) => found.has(id)).map(([id, s]) => [id, s + found.get(id)]));
  }
  return [...(matched ?? new Map())].sort((a, b) => b[1] - a[1]).map(([id]) => results.get(id));
}

const PAGE_SIZE = 30;

async function run() {
  const script = document.getElementById("mirror-search-script");
  const status = document.getElementById("mirror-search-status");
  const list = document.getElementById("mirror-search-results");
  const input = document.getElementById("search-q");
  const root = new URL(script.dataset.root || "./", document.baseURI);
  const text = new URLSearchParams(location.search).get("q") || "";
  input.value = text;
  status.dataset.offline = status.textContent;
  status.hidden = true;
  if (!text.trim()) return;
  status.hidden = false;
  status.textContent = status.dataset.searching;
  const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
  await pagefind.options({ baseUrl: "/" });
  const found = await find(pagefind, text);
  status.textContent = found.length
    ? status.dataset.count.replace("{count}", String(found.length))
    : status.dataset.none;
  for (const result of found.slice(0, PAGE_SIZE)) {
    const data = await result.data();
    const item = document.createElement("li");
    item.className = "search-result";
    const heading = document.createElement("h2");
    heading.className = "teaser__title";
    const link = document.createElement("a");
    link.href = new URL(data.url.replace(/^\//, ""), root).href;
    link.textContent = data.meta.title || data.url;
    heading.append(link);
    item.append(heading);
    for (const [name, className] of [["week", "teaser__meta"], ["lead", "search-result__snippet"]]) {
      if (data.meta[name]) {
        const paragraph = document.createElement("p");
        paragraph.className = className;
        paragraph.textContent = data.meta[name];
        item.append(paragraph);
      }
    }
    list.append(item);
  }
}

if (typeof document !== "undefined") {
  run().catch(() => {
    // No index (a file:// copy, an old browser): the page keeps its explanation.
    const status = document.getElementById("mirror-search-status");
    if (status) {
      status.textContent = status.dataset.offline || status.textContent;
      status.hidden = false;
    }
  });
}
