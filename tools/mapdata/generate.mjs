#!/usr/bin/env node
// Generates Hansa's bundled geographic data:
//   crates/domain/data/countries.tsv  (ISO 3166-1 table: codes, region, point, names)
//   crates/web/assets/world.tsv       (simplified SVG outlines, equirectangular 1000x500)
//
// Usage (from tools/mapdata):  npm ci && node generate.mjs [repo-root]
// repo-root defaults to ../.. relative to this file. See README.md.

import { createRequire } from "node:module";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, "..", ".."));

const LANGS = ["en", "ko", "zh", "ja", "ru", "mn"];
const i18n = Object.fromEntries(
  LANGS.map((l) => [l, require(`i18n-iso-countries/langs/${l}.json`).countries]),
);
const worldCountries = require("world-countries/countries.json");
const byAlpha2 = new Map(worldCountries.map((c) => [c.cca2, c]));

// ---------------------------------------------------------------------------
// Regions: UN M49 subregions collapsed onto Hansa's ten region codes.
// world-countries' subregions mostly follow M49; the exceptions are fixed below.
const SUBREGION = {
  "Northern Africa": "africa",
  "Western Africa": "africa",
  "Middle Africa": "africa",
  "Eastern Africa": "africa",
  "Southern Africa": "africa",
  "North America": "north-america",
  "Caribbean": "latin-america-caribbean",
  "Central America": "latin-america-caribbean",
  "South America": "latin-america-caribbean",
  "Eastern Asia": "east-asia",
  "South-Eastern Asia": "southeast-asia",
  "Southern Asia": "south-asia",
  "Central Asia": "central-asia",
  "Western Asia": "west-asia",
  "Northern Europe": "europe",
  "Western Europe": "europe",
  "Southern Europe": "europe",
  "Southeast Europe": "europe",
  "Central Europe": "europe",
  "Eastern Europe": "europe",
  "Australia and New Zealand": "oceania",
  "Melanesia": "oceania",
  "Micronesia": "oceania",
  "Polynesia": "oceania",
};
const REGION_OVERRIDE = {
  MX: "latin-america-caribbean", // M49: Central America (world-countries says North America)
  UM: "oceania", // M49: Micronesia
  CY: "west-asia", // M49: Western Asia (world-countries says Southern Europe)
  AQ: "oceania", // Antarctica: nearest sensible
  TF: "africa", // M49: Eastern Africa
  HM: "oceania", // M49: Australia and New Zealand
  BV: "latin-america-caribbean", // M49: South America
  GS: "latin-america-caribbean", // M49: South America
};
const REGIONS = new Set(Object.values(SUBREGION));

// ---------------------------------------------------------------------------
// Names. Primary source per language, then hand-checked overrides.
//   en, ko, ja, ru: world-countries `name.common` / `translations.*.common`
//   zh, mn:         i18n-iso-countries (zh there is consistently simplified)
// Fallback: i18n-iso-countries (first entry), then English.
const WC_LANG = { ko: "kor", ja: "jpn", ru: "rus" };
const NAME_OVERRIDE = {
  ko: {
    DM: "도미니카 연방", // world-countries has the Dominican Republic's name
    IO: "영국령 인도양 지역",
    GS: "사우스조지아 사우스샌드위치 제도",
    KP: "북한",
    MN: "몽골",
    ZA: "남아프리카 공화국",
    TR: "튀르키예", // official Korean exonym since 2022, matches en "Türkiye"
  },
  zh: {
    TW: "台湾",
    EH: "西撒哈拉",
    BA: "波斯尼亚和黑塞哥维那",
    ID: "印度尼西亚",
    AE: "阿拉伯联合酋长国",
  },
  ja: {
    TW: "台湾",
    AE: "アラブ首長国連邦",
  },
  ru: {
    SZ: "Эсватини",
    US: "США",
    ZA: "ЮАР",
    FM: "Микронезия",
    VI: "Виргинские Острова (США)",
  },
  mn: {
    ZA: "Өмнөд Африк",
    SZ: "Эсватини",
    MM: "Мьянмар",
    PS: "Палестин",
  },
};

const first = (v) => (Array.isArray(v) ? v[0] : v);
const clean = (s) => (s ?? "").replace(/[\t\r\n]+/g, " ").trim();

function nameOf(a2, lang) {
  const wc = byAlpha2.get(a2);
  let n = NAME_OVERRIDE[lang]?.[a2];
  if (!n && wc) {
    if (lang === "en") n = wc.name.common;
    else if (WC_LANG[lang]) n = wc.translations?.[WC_LANG[lang]]?.common;
  }
  if (!n) n = first(i18n[lang][a2]);
  if (!n) n = nameOf(a2, "en");
  return clean(n);
}

// ISO 3166-1 officially assigned codes (XK is user-assigned; excluded).
const alpha2Codes = Object.keys(i18n.en)
  .filter((c) => c !== "XK")
  .sort();

const numericToAlpha2 = new Map();
const rows = [["alpha2", "alpha3", "region", "lat", "lon", ...LANGS].join("\t")];
for (const a2 of alpha2Codes) {
  const wc = byAlpha2.get(a2);
  if (!wc) throw new Error(`world-countries lacks ${a2}`);
  numericToAlpha2.set(wc.ccn3, a2);
  const region = REGION_OVERRIDE[a2] ?? SUBREGION[wc.subregion];
  if (!REGIONS.has(region)) throw new Error(`no region for ${a2} (${wc.region}/${wc.subregion})`);
  const [lat, lon] = wc.latlng;
  rows.push(
    [a2, wc.cca3, region, lat.toFixed(2), lon.toFixed(2), ...LANGS.map((l) => nameOf(a2, l))]
      .map(clean)
      .join("\t"),
  );
}
const countriesPath = join(root, "crates/domain/data/countries.tsv");
mkdirSync(dirname(countriesPath), { recursive: true });
writeFileSync(countriesPath, rows.join("\n") + "\n");
console.log(`${countriesPath}: ${rows.length - 1} countries`);

// ---------------------------------------------------------------------------
// World map: Natural Earth 1:110m admin-0 countries via world-atlas.
// Equirectangular onto viewBox 0 0 1000 500; 1-decimal absolute coordinates.
const MIN_STEP = 0.6; // drop points closer than this to the previous kept point
const topo = require("world-atlas/countries-110m.json");
const fc = feature(topo, topo.objects.countries);

const px = (lon) => ((lon + 180) / 360) * 1000;
const py = (lat) => ((90 - lat) / 180) * 500;
const fmt = (v) => {
  const s = (Math.round(v * 10) / 10).toFixed(1);
  return s === "-0.0" ? "0.0" : s;
};

function ringPath(ring) {
  const pts = ring.map(([lon, lat]) => [px(lon), py(lat)]);
  if (pts.length > 1) {
    const [a, b] = [pts[0], pts[pts.length - 1]];
    if (a[0] === b[0] && a[1] === b[1]) pts.pop(); // Z closes the ring
  }
  const simplify = (step) => {
    const kept = [];
    for (const p of pts) {
      const q = kept[kept.length - 1];
      if (!q || Math.hypot(p[0] - q[0], p[1] - q[1]) >= step) kept.push(p);
    }
    // last point too close to the first one? closing edge covers it
    while (kept.length > 3) {
      const [a, z] = [kept[0], kept[kept.length - 1]];
      if (Math.hypot(a[0] - z[0], a[1] - z[1]) < step) kept.pop();
      else break;
    }
    // collapse exact duplicates after rounding
    const out = [];
    for (const [x, y] of kept) {
      const s = `${fmt(x)},${fmt(y)}`;
      if (out[out.length - 1] !== s) out.push(s);
    }
    if (out.length > 1 && out[0] === out[out.length - 1]) out.pop();
    return out;
  };
  let out = simplify(MIN_STEP);
  if (out.length < 3) out = simplify(0); // tiny island: keep what the source has
  if (out.length < 3) return null;
  return `M${out[0]}L${out.slice(1).join(" ")}Z`;
}

// world-atlas rings that straddle the antimeridian (Fiji, Chukotka, Wrangel)
// jump between -180 and +180. Unwrap such a ring to continuous longitudes and
// clip it into the [-180, 180] window, once as-is and once shifted by 360.
function clipX(ring, x0, keepGreater) {
  const inside = ([x]) => (keepGreater ? x >= x0 : x <= x0);
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) {
      const t = (x0 - a[0]) / (b[0] - a[0]);
      out.push([x0, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}
function splitAntimeridian(ring) {
  let offset = 0;
  const un = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    un.push([ring[i][0] + offset, ring[i][1]]);
  }
  if (offset !== 0 || un.every(([x]) => x >= -180 && x <= 180)) return [ring]; // polar or plain
  const pieces = [];
  for (const shift of [0, 360, -360]) {
    const moved = un.map(([x, y]) => [x + shift, y]);
    const clipped = clipX(clipX(moved, -180, true), 180, false);
    if (clipped.length >= 3) pieces.push(clipped);
  }
  return pieces;
}

// Natural Earth features without an ISO numeric id (N. Cyprus, Somaliland,
// Kosovo) are dropped, leaving small gaps. To fill them instead, map the
// feature name to a code here, e.g. { Somaliland: "SO", "N. Cyprus": "CY" }.
const ASSIGN_UNCODED = {};

const paths = new Map();
const dropped = [];
for (const f of fc.features) {
  const a2 = numericToAlpha2.get(f.id) ?? ASSIGN_UNCODED[f.properties?.name];
  if (!a2 || a2 === "AQ") {
    dropped.push(`${f.id ?? "-"}:${f.properties?.name}`);
    continue;
  }
  const g = f.geometry;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  const parts = [];
  for (const poly of polys) for (const ring of poly) {
    for (const piece of splitAntimeridian(ring)) {
      const d = ringPath(piece);
      if (d) parts.push(d);
    }
  }
  if (!parts.length) {
    dropped.push(`${f.id}:${f.properties?.name} (empty)`);
    continue;
  }
  paths.set(a2, (paths.get(a2) ?? "") + parts.join(""));
}
const worldRows = ["alpha2\td", ...[...paths.keys()].sort().map((k) => `${k}\t${paths.get(k)}`)];
const worldPath = join(root, "crates/web/assets/world.tsv");
mkdirSync(dirname(worldPath), { recursive: true });
const worldText = worldRows.join("\n") + "\n";
writeFileSync(worldPath, worldText);
console.log(
  `${worldPath}: ${paths.size} countries, ${Buffer.byteLength(worldText)} bytes; dropped ${dropped.join(", ")}`,
);
