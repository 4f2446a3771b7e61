#!/usr/bin/env python3
"""Writes seeds/classification/critical-minerals.json and the critical-minerals scopes of minerals.json.

Reads the cited lists of mineral names (shared/data/critical_minerals/critical_minerals_lists.csv) and UN Comtrade's
HS 2022 code list (shared/data/unsd_hs_correlation/comtrade_classificationH6.json). A mineral is mapped to the HS 2022
six-digit subheadings whose official description names it: one of the mineral's TERMS below occurs as a whole word
(case-insensitive), outside a phrase that excludes it ("excluding ...", "other than ..."). The terms are the mineral's
name and the spelling the HS uses; a mineral whose name the HS never uses gets no code (never a guess).
A code is shared when its description names more than one listed mineral, or it is one of the residual codes of
shared/reference/CRITICAL-MINERALS.md: a total of it is never trade in one mineral.
Run: python3 eng/critical-minerals/generate.py [path/to/shared]   (default: the nearest shared/ above the repository)
"""
import csv, json, os, re, sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
def find_shared():
    d = REPO
    while d != os.path.dirname(d):
        d = os.path.dirname(d)
        if os.path.isdir(os.path.join(d, 'shared', 'data')):
            return os.path.join(d, 'shared')
    sys.exit('shared/ not found: pass its path')


SHARED = sys.argv[1] if len(sys.argv) > 1 else find_shared()

# How the HS 2022 descriptions spell each listed mineral (key: the list's name, lower case).
TERMS = {
    'aluminum': ['aluminium', 'aluminum'],
    'bauxite/alumina/aluminium': ['bauxite', 'alumina', 'aluminium', 'aluminum'],
    'barite': ['barite', 'baryte', 'barytes'],
    'baryte': ['barite', 'baryte', 'barytes'],
    'cesium': ['cesium', 'caesium'],
    'coking coal': ['coking coal'],
    'metallurgical coal': ['metallurgical coal', 'coking coal'],
    'graphite': ['graphite'],
    'heavy rare earth elements': ['rare-earth', 'rare earth', 'earth-metals, rare', 'yttrium', 'dysprosium', 'terbium',
                                  'gadolinium', 'holmium', 'erbium', 'thulium', 'ytterbium', 'lutetium'],
    'light rare earth elements': ['rare-earth', 'rare earth', 'earth-metals, rare', 'cerium', 'lanthanum',
                                  'praseodymium', 'neodymium', 'samarium', 'europium'],
    'nickel — battery grade': ['nickel'],
    'phosphate rock': ['phosphate rock', 'natural calcium phosphates'],
    'phosphate': ['phosphate rock', 'natural calcium phosphates'],
    'platinum group metals': ['platinum', 'palladium', 'rhodium', 'iridium', 'osmium', 'ruthenium'],
    'silicon metal': ['silicon'],
    'titanium metal': ['titanium'],
    'tungsten': ['tungsten', 'wolfram'],
    'niobium': ['niobium', 'columbium'],
}
RESIDUAL = {'253090', '280530', '284690', '811299', '382499', '284290', '285390'}
LISTS = [
    ('EU_CRMA_2024_AnnexII_critical', 'critical-minerals', '2024',
     'Critical minerals: EU Critical Raw Materials Act, Annex II (2024)',
     'Regulation (EU) 2024/1252, Annex II: critical raw materials (34); OJ L, 3 May 2024, in force 23 May 2024'),
    ('US_USGS_2025', 'critical-minerals-usgs-2025', '2025',
     'Critical minerals: USGS 2025 List of Critical Minerals',
     'USGS 2025 List of Critical Minerals (60); Federal Register, 7 Nov 2025; https://www.usgs.gov/faqs/what-a-critical-mineral'),
    ('US_USGS_2022', 'critical-minerals-usgs-2022', '2022',
     'Critical minerals: USGS 2022 Final List of Critical Minerals',
     'USGS 2022 Final List of Critical Minerals (50); 87 FR 10381, 24 Feb 2022'),
]
EXCLUDING = re.compile(r'\b(?:excluding|other than)\b', re.IGNORECASE)


def terms_of(name):
    return TERMS.get(name.lower(), [name.lower()])


def without_exclusions(description):
    """The description without what it excludes: a parenthesis opened by "excluding" or "other than" (to its matching
    close), or else the words from "excluding" or "other than" to the next semicolon."""
    text = description
    while (m := EXCLUDING.search(text)) is not None:
        start = m.start()
        if start > 0 and text[start - 1] == '(':
            depth, end = 0, start - 1
            while end < len(text):
                depth += {'(': 1, ')': -1}.get(text[end], 0)
                end += 1
                if depth == 0:
                    break
            text = text[:start - 1] + ' ' + text[end:]
        else:
            end = text.find(';', start)
            text = text[:start] + ' ' + (text[end:] if end >= 0 else '')
    return text


def names(description, terms):
    text = without_exclusions(description)
    return any(re.search(r'\b' + re.escape(t) + r'\b', text, re.IGNORECASE) for t in terms)


def main():
    with open(os.path.join(SHARED, 'data/critical_minerals/critical_minerals_lists.csv'), encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(SHARED, 'data/unsd_hs_correlation/comtrade_classificationH6.json'), encoding='utf-8') as f:
        h6 = json.load(f)['results']
    codes = [(r['id'], r['text'].split(' - ', 1)[1]) for r in h6 if re.fullmatch(r'\d{6}', r['id'])]
    every_term = {n.lower(): terms_of(n) for n in {r['member'] for r in rows}}
    out_lists, scopes = [], []
    for list_id, scope_id, version, title, source in LISTS:
        members = sorted((r for r in rows if r['list_id'] == list_id), key=lambda r: rows.index(r))
        minerals, all_codes = [], set()
        for r in members:
            terms = terms_of(r['member'])
            found = []
            for code, desc in codes:
                if not names(desc, terms):
                    continue
                others = {m for m, t in every_term.items() if t != terms and names(desc, t) and set(t) != set(terms)}
                found.append({'code': code, 'description': desc, 'shared': bool(others) or code in RESIDUAL})
                all_codes.add(code)
            minerals.append({'name': r['member'], 'item': r['item'], 'terms': terms, 'codes': found})
        out_lists.append({'id': scope_id, 'list': list_id, 'version': version, 'name': title, 'source': source,
                          'minerals': minerals})
        shared = sorted({c['code'] for m in minerals for c in m['codes'] if c['shared']})
        scopes.append({'id': scope_id, 'name': title,
                       'description': f'The HS 2022 subheadings whose official description (UN Comtrade HS 2022 code list) names one of the '
                                      f'{len(members)} minerals of {source}. The library\'s own classification (an inference from the descriptions, '
                                      f'not a list the source publishes); mineral by mineral with each description in '
                                      f'seeds/classification/critical-minerals.json. {len(shared)} of its {len(all_codes)} codes are shared '
                                      f'(several minerals or a residual code), so a total of them is not trade in one mineral. '
                                      f'Minerals the HS never names get no code.',
                       'includePrefixes': sorted(all_codes)})
    doc = {'schemaVersion': '1.0', 'id': 'critical-minerals',
           'note': "The library's own classification: each listed mineral mapped to the HS 2022 subheadings whose official description names it "
                   "(as spelled in 'terms'), with the description kept beside every code. 'shared' marks a code that names several minerals or is a "
                   "residual code: a value there is not trade in one mineral. There is no ASEAN list of critical minerals. Generated by "
                   "eng/critical-minerals/generate.py; do not edit by hand.",
           'evidence': 'UN Comtrade, HS 2022 (H6) classification code list (comtrade_classificationH6.json)',
           'lists': out_lists}
    with open(os.path.join(REPO, 'seeds/classification/critical-minerals.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write('\n')
    path = os.path.join(REPO, 'seeds/classification/minerals.json')
    with open(path, encoding='utf-8') as f:
        cls = json.load(f)
    cls['scopes'] = [s for s in cls['scopes'] if not s['id'].startswith('critical-minerals-usgs') and s['id'] != 'critical-minerals'] + scopes
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(cls, f, ensure_ascii=False, indent=2)
        f.write('\n')
    for l in out_lists:
        print(l['id'], len(l['minerals']), 'minerals', sum(len(m['codes']) for m in l['minerals']), 'mappings',
              'no code:', [m['name'] for m in l['minerals'] if not m['codes']])


main()
