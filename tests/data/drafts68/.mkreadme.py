import json
rows=[]
for l in open('labels.jsonl'):
    r=json.loads(l)
    for e in r['expected']:
        v=e['value'].replace('\n','⏎').replace('|','\\|')
        if len(v)>70: v=v[:36]+' … '+v[-20:]
        name=r['case'].replace('.txt','')
        ex=e['explanation'].replace('|','\\|')
        rows.append("| %s | %s | `%s` | %s |" % (name, e['code'], v, ex))
head=open('README.head.md').read()
tail=open('README.tail.md').read()
open('README.md','w').write(head + "\n".join(rows) + "\n" + tail)
