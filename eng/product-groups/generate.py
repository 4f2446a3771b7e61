#!/usr/bin/env python3
"""Writes seeds/classification/product-groups.json and the recognised groups' scopes of minerals.json.

Product groups that others recognise, beside the library's minerals groups, each with the source it is named for:
- the WITS (World Bank) HS product groups Minerals (HS 25-26), Fuels (27), Stone and Glass (68-71), Metals (72-83):
  HS chapters, as docs/minerals-scope.md states them (no WITS file is in shared/data to check them against);
- UNCTAD / World Bank "ores and metals": SITC Rev.4 divisions 27, 28 and 68;
- non-monetary gold: SITC Rev.4 group 971.
The SITC groups are mapped to HS 2022 subheadings through the embedded UNSD HS 2022 -> SITC Rev.4 table
(seeds/hs/hs2022-correlations.tsv.gz, column S4, generated from UNSD's xlsx by eng/HsTablesGenerator): a subheading is
in the group when UNSD's conversion (its one SITC target, the first code of the column) is in the group's SITC codes;
each code keeps that SITC code and any other SITC codes it correlates with outside the group. Subheadings that correlate
with the group's SITC codes but that UNSD converts elsewhere are listed as left out, with their conversion.
Non-monetary gold is checked against the UN Trade Statistics Knowledgebase codes (the minerals.json group
'non-monetary-gold'): the generator fails if SITC 971 gives other codes.
Run: python3 eng/product-groups/generate.py   (reads only files of this repository)
"""
import gzip, json, os, sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(REPO, 'seeds')

WITS_SOURCE = 'World Integrated Trade Solution (WITS, World Bank), HS product groups'
WITS_NOTE = 'HS chapters as docs/minerals-scope.md states them; not checked against a WITS file (none in shared/data).'
WITS = [
    ('wits-minerals', 'WITS product group: Minerals (HS 25-26)', ['25', '26']),
    ('wits-fuels', 'WITS product group: Fuels (HS 27)', ['27']),
    ('wits-stone-and-glass', 'WITS product group: Stone and Glass (HS 68-71)', ['68', '69', '70', '71']),
    ('wits-metals', 'WITS product group: Metals (HS 72-83)', [str(c) for c in range(72, 84) if c != 77]),
]
SITC_EVIDENCE = ('UNSD HS 2022 to SITC Rev.4 conversion and correlation table (seeds/hs/hs2022-correlations.tsv.gz, '
                 'column S4): a subheading is in the group when UNSD converts it to a SITC code of the group')
SITC = [
    ('unctad-ores-and-metals', 'UNCTAD / World Bank product group: Ores and metals (SITC 27 + 28 + 68)',
     'UNCTAD and World Bank product group "ores and metals": SITC Rev.4 divisions 27 (crude fertilizers and crude minerals), '
     '28 (metalliferous ores and metal scrap) and 68 (non-ferrous metals)', ('27', '28', '68')),
    ('non-monetary-gold', 'SITC Rev.4 group 971: Non-monetary gold',
     'SITC Rev.4 group 971, non-monetary gold; the UN Trade Statistics Knowledgebase gives the same HS codes: '
     '7108.11, 7108.12, 7108.13, 7109, 7112.30, 7112.91 (monetary gold 7108.20 has no SITC code)', ('971',)),
]


def read_tsv_gz(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return [line.rstrip('\n').split('\t') for line in f if not line.startswith('#')]


def main():
    descriptions = dict(read_tsv_gz(os.path.join(SEEDS, 'hs/hs2022-descriptions.tsv.gz')))
    rows = read_tsv_gz(os.path.join(SEEDS, 'hs/hs2022-correlations.tsv.gz'))
    s4 = rows[0].index('S4')
    sitc = {r[0]: r[s4] for r in rows[1:]}
    groups, scopes = [], []
    for gid, name, chapters in WITS:
        groups.append({'id': gid, 'name': name, 'source': WITS_SOURCE, 'definition': 'HS chapters ' + ', '.join(chapters),
                       'note': WITS_NOTE,
                       'codes': [{'code': c, 'description': descriptions[c]} for c in chapters], 'leftOut': []})
        scopes.append({'id': gid, 'name': name,
                       'description': f'{WITS_SOURCE}: HS chapters {", ".join(chapters)}, every code in them. {WITS_NOTE}',
                       'includePrefixes': chapters})
    for gid, name, definition, prefixes in SITC:
        codes, left_out = [], []
        for code, column in sitc.items():
            if column in ('-', '='):
                continue
            listed = column.split()
            conversion = listed[0].rstrip(':')
            correlated = [c for c in listed if not c.endswith(':')]
            inside = [c for c in correlated if c.startswith(prefixes)]
            entry = {'code': code, 'sitc': conversion, 'description': descriptions[code]}
            if conversion.startswith(prefixes):
                entry['alsoCorrelatesWith'] = [c for c in correlated if not c.startswith(prefixes)]
                codes.append(entry)
            elif inside:
                entry['alsoCorrelatesWith'] = inside
                left_out.append(entry)
        groups.append({'id': gid, 'name': name, 'source': definition, 'definition': 'SITC Rev.4 ' + ', '.join(prefixes),
                       'note': SITC_EVIDENCE + '; left out: subheadings that correlate with the group\'s SITC codes but '
                                               'that UNSD converts to another SITC code.',
                       'codes': codes, 'leftOut': left_out})
        if gid == 'unctad-ores-and-metals':
            scopes.append({'id': gid, 'name': name,
                           'description': f'{definition}, mapped to the {len(codes)} HS 2022 subheadings that UNSD converts to '
                                          f'those divisions (HS 2022 to SITC Rev.4 table); each code with its SITC code in '
                                          f'seeds/classification/product-groups.json. Left out: {len(left_out)} subheadings '
                                          f'UNSD converts elsewhere although they correlate with the divisions '
                                          f'({", ".join(e["code"] for e in left_out)}).',
                           'includePrefixes': [c['code'] for c in codes]})
    doc = {'schemaVersion': '1.0', 'id': 'product-groups',
           'note': 'Product groups that others recognise, each named for its source, beside the library\'s own minerals '
                   'groups; each is also a scope of minerals.json. Generated by eng/product-groups/generate.py; do not edit by hand.',
           'evidence': 'UNSD HS 2022 to SITC Rev.4 table and UN Comtrade\'s HS 2022 code list, as embedded in seeds/hs',
           'groups': groups}

    path = os.path.join(SEEDS, 'classification/minerals.json')
    with open(path, encoding='utf-8') as f:
        cls = json.load(f)
    gold = next(g for g in cls['groups'] if g['id'] == 'non-monetary-gold')
    knowledgebase = sorted(p.ljust(6, '0') if len(p) == 4 else p for p in gold['prefixes'])
    from_sitc = sorted(c['code'] for c in next(g for g in groups if g['id'] == 'non-monetary-gold')['codes'])
    if knowledgebase != from_sitc:
        sys.exit(f'SITC 971 gives {from_sitc}, the Knowledgebase codes are {knowledgebase}: check before writing')
    # The non-monetary-gold scope keeps its groups (the Knowledgebase codes); its description says what SITC 971 gives.
    by_sitc = {}
    for c in next(g for g in groups if g['id'] == 'non-monetary-gold')['codes']:
        by_sitc.setdefault(c['sitc'], []).append(c['code'])
    gold_scope = next(s for s in cls['scopes'] if s['id'] == 'non-monetary-gold')
    gold_scope['description'] = ('Gold traded as a good: HS 7108.11, 7108.12, 7108.13, 7109, 7112.30, 7112.91 (UN Trade Statistics '
                                 'Knowledgebase), the same codes as SITC Rev.4 group 971 through UNSD\'s HS 2022 to SITC Rev.4 table ('
                                 + '; '.join(f'{k}: {", ".join(v)}' for k, v in sorted(by_sitc.items()))
                                 + '); monetary gold (7108.20) is a reserve asset, not merchandise, and has no SITC code.')
    ids = {s['id'] for s in scopes}
    kept = [s for s in cls['scopes'] if s['id'] not in ids]
    at = next(i for i, s in enumerate(kept) if s['id'] == 'non-monetary-gold') + 1
    cls['scopes'] = kept[:at] + scopes + kept[at:]
    with open(os.path.join(SEEDS, 'classification/product-groups.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write('\n')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(cls, f, ensure_ascii=False, indent=2)
        f.write('\n')
    for g in groups:
        print(g['id'], len(g['codes']), 'codes,', len(g['leftOut']), 'left out')


main()
