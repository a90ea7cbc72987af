#!/usr/bin/env python3
"""Reflect agreement of a grader with a labelled set: runs
`IDIOM check NN reflect FILES --json` in each ROOT/NN-slug/reflect/ and
compares every criterion verdict with labels.yaml (the expected.yaml format;
criteria named by id or exact title).
Usage: tests/accuracy/reflect_agreement.py [IDIOM] [ROOT] [-v]  (-v: each disagreement)."""
import json, os, subprocess, sys, glob, yaml
binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else './idiom')
root = sys.argv[2] if len(sys.argv) > 2 else 'tests/accuracy/round1'
verbose = '-v' in sys.argv
tot = agree = fp = fn = npass = nfail = 0
for d in sorted(glob.glob(os.path.join(root, '[0-9][0-9]-*/reflect'))):
    lesson = os.path.basename(os.path.dirname(d))[:2]
    labels = yaml.safe_load(open(os.path.join(d, 'labels.yaml')))['examples']
    files = sorted(labels)
    out = subprocess.run([binary, 'check', lesson, 'reflect'] + files + ['--json'], cwd=d,
                         capture_output=True, text=True).stdout
    got = {}
    for line in out.splitlines():
        o = json.loads(line)
        got[o['file']] = o
    la = lt = lfp = lfn = 0
    for f in files:
        o = got[f]
        bytitle = {c['title']: c for c in o['criteria']}
        bytitle.update({c['id']: c for c in o['criteria'] if c.get('id')})
        for title, want in labels[f]['criteria'].items():
            c = bytitle.get(title)
            have = c['status'] if c else 'missing'
            lt += 1
            if want == 'pass': npass += 1
            else: nfail += 1
            if have == want: la += 1
            else:
                if want == 'pass': lfn += 1
                else: lfp += 1
                if verbose:
                    print(f'  {lesson} {f}: want {want} got {have} [{labels[f].get("note","")}]')
                    for fb in (c or {}).get('feedback', []):
                        print('      ', fb['line'], fb['message'][:150])
    print(f'{lesson}: {la}/{lt} agree ({100*la/lt:.1f}%), false pass {lfp}, false fail {lfn}')
    tot += lt; agree += la; fp += lfp; fn += lfn
print(f'ALL: {agree}/{tot} agree ({100*agree/tot:.1f}%), false pass {fp}/{nfail}, false fail {fn}/{npass}')
