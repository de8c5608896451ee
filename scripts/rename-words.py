# python3 scripts/rename-words.py Old=New [Old=New ...]: renames identifiers (whole words) in code and comments of src/, tests/, bench/, scripts/,
# never inside string literals or template text, so stored names, message keys and asserted sentences stay.
import re, subprocess, sys, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
pairs=[a.split('=') for a in sys.argv[1:]]
word=re.compile(r'\b(' + '|'.join(re.escape(o) for o,_ in sorted(pairs,key=lambda p:-len(p[0]))) + r')\b')
new=dict(pairs)
files=[f for f in subprocess.run(['git','ls-files','src','tests','bench','scripts'],capture_output=True,text=True).stdout.split() if re.search(r'\.(ts|tsx|mts)$',f)]
def transform(src):
    out=[]; i=0; n=len(src); code_start=0
    stack=[]  # template nesting: brace depth per template level
    def flush(j):
        out.append(word.sub(lambda m:new[m.group(1)], src[code_start:j]))
    while i<n:
        c=src[i]
        if c in '\'"':
            flush(i); j=i+1
            while j<n and src[j]!=c:
                j+= 2 if src[j]=='\\' else 1
            out.append(src[i:j+1]); i=j+1; code_start=i; continue
        if c=='`' or (c=='}' and stack and stack[-1]==0):
            if c=='}': stack.pop()
            flush(i); j=i+1
            while j<n and src[j]!='`' and not (src[j]=='$' and j+1<n and src[j+1]=='{'):
                j+= 2 if src[j]=='\\' else 1
            if j<n and src[j]=='$':
                out.append(src[i:j+2]); i=j+2; stack.append(0)
            else:
                out.append(src[i:j+1]); i=j+1
            code_start=i; continue
        if c=='{' and stack: stack[-1]+=1
        elif c=='}' and stack: stack[-1]-=1
        elif c=='/' and i+1<n and src[i+1]=='/':
            j=src.find('\n',i); j=n if j<0 else j
            i=j; continue
        elif c=='/' and i+1<n and src[i+1]=='*':
            j=src.find('*/',i+2); i=n if j<0 else j+2; continue
        elif c=='/':
            k=i-1
            while k>=0 and src[k] in ' \t\n': k-=1
            prev=src[k] if k>=0 else ''
            before=src[max(0,k-5):k+1]
            if prev=='' or prev in '(,=:[!&|?{};+-*%<>~^' or before.endswith('return'):
                j=i+1; cls=False
                while j<n and src[j]!='\n':
                    if src[j]=='\\': j+=2; continue
                    if src[j]=='[': cls=True
                    elif src[j]==']': cls=False
                    elif src[j]=='/' and not cls: break
                    j+=1
                flush(i); out.append(src[i:j+1]); i=j+1; code_start=i; continue
        i+=1
    flush(n)
    return ''.join(out)
changed=0
for f in files:
    s=open(f).read(); t=transform(s)
    if t!=s: open(f,'w').write(t); changed+=1
print('files changed:',changed)
