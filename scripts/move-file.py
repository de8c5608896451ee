# python3 scripts/move-file.py old new [old new ...]: git mv, and every relative import of the moved files (src, tests, scripts, bench) follows
import os, re, subprocess, sys
root=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
os.chdir(root)
pairs=list(zip(sys.argv[1::2], sys.argv[2::2]))
moves={os.path.normpath(a):os.path.normpath(b) for a,b in pairs}
files=subprocess.run(['git','ls-files','src','tests','scripts','bench','vite.config.ts','vitest.config.ts'],capture_output=True,text=True).stdout.split()
files=[f for f in files if re.search(r'\.(ts|tsx|mts|mjs)$',f)]
for a,b in moves.items():
    os.makedirs(os.path.dirname(b),exist_ok=True)
    subprocess.run(['git','mv',a,b],check=True)
newpath={f:moves.get(f,f) for f in files}
pat=re.compile(r"""((?:from|import)\s*\(?\s*['"])(\.{1,2}/[^'"]+)(['"])""")
for old,new in newpath.items():
    src=open(new).read()
    def fix(m):
        spec=m.group(2)
        q=spec.split('?')[0]; rest=spec[len(q):]
        target=os.path.normpath(os.path.join(os.path.dirname(old),q))
        target=moves.get(target,target)
        rel=os.path.relpath(target,os.path.dirname(new))
        if not rel.startswith('.'): rel='./'+rel
        return m.group(1)+rel+rest+m.group(3)
    out=pat.sub(fix,src)
    if out!=src: open(new,'w').write(out)
