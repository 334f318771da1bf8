# Mako: a TemplateLookup with inheritance (next/parent, blocks), namespaces,
# defs with caller bodies, control lines, filters (h, u, trim, custom,
# default_filters), Python blocks, buffering/capture, and errors.
from mako.template import Template
from mako.lookup import TemplateLookup
from mako import exceptions
from mako.runtime import Context
import io

lookup = TemplateLookup(default_filters=["str", "h"])
lookup.put_string("base.html", """<html><head><title><%block name="title">Base</%block></title></head>
<body>${next.body()}</body>
<%block name="footer">base footer</%block>
</html>""")
lookup.put_string("layout.html", """<%inherit file="base.html"/>
<div class="layout">${next.body()}</div>
<%block name="title">Layout/${parent.title()}</%block>""")
lookup.put_string("helpers.html", """<%def name="link(href, text)"><a href="${href}">${text}</a></%def>
<%def name="box(cls='box')"><div class="${cls}">${caller.body()}</div></%def>""")
lookup.put_string("page.html", """<%inherit file="layout.html"/>
<%namespace name="h" file="helpers.html"/>
<%!
    def shout(text):
        return text.upper() + "!"
%>
<%block name="title">${heading | n, shout}</%block>
<ul>
% for i, user in enumerate(users):
    % if user.get("admin"):
    <li class="admin">${i}: ${user["name"]}</li>
    % elif not user["name"]:
    <li>(anonymous)</li>
    % else:
    <li>${i}: ${user["name"]}</li>
    % endif
% endfor
</ul>
${h.link("/home?a=1&b=2", "<Home>")}
<%h:box cls="note">inside ${len(users)} users</%h:box>
<%
    total = sum(u.get("score", 0) for u in users)
%>
total=${total} raw=${"<b>" | n} url=${"a b&c" | u} trimmed=[${"  x  " | trim}]
<%block name="footer">custom footer, was: ${parent.footer() | n}</%block>
""")

users = [{"name": "ada", "admin": True, "score": 3}, {"name": "<bob>", "score": 4}, {"name": ""}]
print(lookup.get_template("page.html").render(heading="people", users=users))

print(Template("${x} ${y | h} ${'%.2f' % z}").render(x=1, y="<&>", z=2.0 / 3))
print(Template("""<%def name="greet(name='world')">Hello, ${name}!</%def>${greet()} ${greet('mako')}""").render())
print(Template("""% for a in range(3):
${a}\\
% endfor

% while stack:
n=${stack.pop()}
% endwhile
""").render(stack=[1, 2]))
print(Template("""<%def name="wrap()"><b>${caller.body()}</b></%def><%self:wrap>wrapped ${v}</%self:wrap>""").render(v="value"))
print(Template("""<%
    items = [x * x for x in range(5)]
%>${items} ${', '.join(str(i) for i in items if i % 2)}""").render())
t = Template("""<%def name="captured()">cap ${v}</%def>[${capture(captured) | trim}] ${context.get('missing', 'dflt')}""")
print(t.render(v="tured"))
buf = io.StringIO()
Template("ctx ${a}-${b}").render_context(Context(buf, a=1, b=2))
print(buf.getvalue())
print(Template("${x is UNDEFINED}").render())
tmod = Template("""<%def name="adder(a, b)">${a + b}</%def>""")
print(tmod.get_def("adder").render(a=2, b=3))
print(Template("${v}", default_filters=["str", "h"]).render(v="<escaped>"))
print(Template("${'%s' % x}", default_filters=["str"]).render(x=["<no escape>"]))

try:
    Template("${x}", strict_undefined=True).render()
except NameError as e:
    print("NameError:", e)
try:
    Template("% if x:\nopen if without end")
except exceptions.SyntaxException as e:
    print("SyntaxException:", str(e).split(" in file")[0])
try:
    Template("${1/0}").render()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    lookup.get_template("missing.html")
except exceptions.TopLevelLookupException as e:
    print("TopLevelLookupException:", e)
