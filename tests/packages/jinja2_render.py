# Jinja2: templates from a DictLoader with inheritance (blocks, super()),
# includes, imports and macros (caller, varargs), filters (builtin and custom),
# tests, loops (loop.*, else, recursive), autoescape, whitespace control,
# sandbox, and errors.
import jinja2
from jinja2 import Environment, DictLoader, select_autoescape, StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

templates = {
    "base.html": "<!doctype html><title>{% block title %}Site{% endblock %}</title>\n"
                 "<main>{% block main %}{% endblock %}</main>\n"
                 "<footer>{% block footer %}base footer{% endblock %}</footer>",
    "macros.html": "{% macro field(name, value='', type='text') -%}\n"
                   "<input type=\"{{ type }}\" name=\"{{ name }}\" value=\"{{ value|e }}\">\n"
                   "{%- endmacro %}\n"
                   "{% macro wrap(tag) %}<{{ tag }}>{{ caller() }}</{{ tag }}>{% endmacro %}\n"
                   "{% macro total() %}{{ varargs|sum }}/{{ kwargs|dictsort|join(',') }}{% endmacro %}",
    "row.html": "<tr><td>{{ loop_index }}</td><td>{{ user.name|title }}</td></tr>",
    "page.html": "{% extends 'base.html' %}\n"
                 "{% import 'macros.html' as m %}\n"
                 "{% from 'macros.html' import wrap %}\n"
                 "{% block title %}{{ title|upper }} - {{ super() }}{% endblock %}\n"
                 "{% block main %}\n"
                 "<table>\n"
                 "{%- for user in users if user.active %}\n"
                 "  {% set loop_index = loop.index %}{% include 'row.html' %}{{ '|first' if loop.first }}{{ '|last' if loop.last }}\n"
                 "{%- else %}\n"
                 "  <tr><td>nobody</td></tr>\n"
                 "{%- endfor %}\n"
                 "</table>\n"
                 "{{ m.field('q', value='<\"search\">') }}\n"
                 "{% call wrap('em') %}called {{ title }}{% endcall %}\n"
                 "{{ m.total(1, 2, 3, b=2, a=1) }}\n"
                 "{{ html }} {{ html|safe }}\n"
                 "{% endblock %}",
    "tree.html": "{%- for node in nodes recursive %}<li>{{ node.name }}"
                 "{%- if node.children %}<ul>{{ loop(node.children) }}</ul>{% endif %}</li>{%- endfor %}",
}

env = Environment(loader=DictLoader(templates), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True)
env.filters["reverse_words"] = lambda s: " ".join(reversed(s.split()))
env.tests["even_len"] = lambda s: len(s) % 2 == 0
env.globals["site"] = "kiln.example"

users = [{"name": "ada lovelace", "active": True}, {"name": "<script>", "active": True},
         {"name": "bob", "active": False}, {"name": "carol", "active": True}]
print(env.get_template("page.html").render(title="People", users=users, html="<b>bold</b>"))
print(env.get_template("page.html").render(title="Empty", users=[], html=""))
tree = [{"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}, {"name": "b"}]}]
print(env.get_template("tree.html").render(nodes=tree))

plain = Environment()


def show(src, **ctx):
    print(repr(plain.from_string(src).render(**ctx)))


show("{{ x|default('none') }} {{ 3.14159|round(2) }} {{ -5|abs }} {{ 'abc'|upper|reverse }} {{ [3,1,2]|sort|join('-') }}")
show("{{ s|truncate(9) }}|{{ s|wordcount }}|{{ s|title }}|{{ s|capitalize }}|{{ s|replace('o', '0') }}|{{ s|center(25) }}|",
     s="hello world of jinja")
show("{{ items|map(attribute='n')|list }} {{ items|selectattr('n', 'gt', 1)|map(attribute='n')|list }} "
     "{{ items|rejectattr('n', 'odd')|list|length }} {{ items|sum(attribute='n') }} {{ items|max(attribute='n') }}",
     items=[{"n": 1}, {"n": 2}, {"n": 3}])
show("{% for k, g in people|groupby('city') %}{{ k }}:{{ g|map(attribute='name')|join('+') }};{% endfor %}",
     people=[{"name": "x", "city": "B"}, {"name": "y", "city": "A"}, {"name": "z", "city": "B"}])
show("{{ d|dictsort }} {{ d.items()|list|length }} {{ d['b'] }} {{ d.a }} {{ l|batch(2)|list }} {{ l|slice(2)|list }}",
     d={"b": 2, "a": 1}, l=[1, 2, 3, 4, 5])
show("{{ '%s=%d'|format('x', 5) }} {{ 'a,b'.split(',') }} {{ 1 in [1, 2] }} {{ 7 // 2 }} {{ 2 ** 10 }} {{ 'x' ~ 1 ~ none }}")
print(env.from_string("{{ 'hi there'|reverse_words }} {{ 'ab' is even_len }} {{ 3 is odd }} {{ none is none }} {{ x is defined }} {{ 4 is divisibleby 2 }}").render())
print(env.from_string("{{ site }} {{ range(3)|list }} {{ dict(a=1)|tojson }} {{ 1000000|filesizeformat }}").render())
show("{% set ns = namespace(total=0) %}{% for i in range(5) %}{% set ns.total = ns.total + i %}{% endfor %}{{ ns.total }}"
     " {% for i in range(3) %}{{ loop.index0 }}{{ loop.cycle('a', 'b') }}{{ loop.revindex }}{% endfor %}")
show("{% filter upper %}shout {{ word }}{% endfilter %} {% with a=1, b=2 %}{{ a + b }}{% endwith %} {% raw %}{{ raw }}{% endraw %}",
     word="quiet")
show("  {%- if true %} trimmed {% endif -%}  |{# comment #}|{{ '<&>'|e }}|{{ '<i>'|striptags }}|{{ 'a\nb'|indent(2, true) }}")
show("{{ '<tag>'|urlencode }} {{ {'a': 'b c'}|urlencode }} {{ 'http://x.org/p?q=1 and more'|urlize }} {{ 'text'|wordwrap(2) }}")
auto = Environment(autoescape=True)
print(auto.from_string("{{ v }} {{ v|safe }} {% autoescape false %}{{ v }}{% endautoescape %} {{ m }}").render(
    v="<a & b>", m=Markup("<ok>")))
print(escape("<x>"), Markup("<b>%s</b>") % "<i>", Markup("a") + "<b>", Markup("<p>hi</p>").striptags())
strict = Environment(undefined=StrictUndefined)
try:
    strict.from_string("{{ missing.attr }}").render()
except UndefinedError as e:
    print("UndefinedError:", e)
for bad in ["{% for %}", "{{ x | }}", "{% if x %}", "{% endblock %}", "{{ x.y( }}"]:
    try:
        plain.from_string(bad)
    except TemplateSyntaxError as e:
        print("TemplateSyntaxError:", e.message, "line", e.lineno)
try:
    env.get_template("nope.html")
except jinja2.TemplateNotFound as e:
    print("TemplateNotFound:", e)
sandbox = SandboxedEnvironment()
try:
    sandbox.from_string("{{ ''.__class__.__mro__ }}").render()
except jinja2.exceptions.SecurityError as e:
    print("SecurityError:", e)
print(sandbox.from_string("{{ x.upper() }}").render(x="safe call"))
gen = plain.from_string("{% for i in range(3) %}[{{ i }}]{% endfor %}").generate()
print(list(gen))
mod = plain.from_string("{% macro hi(n) %}Hi {{ n }}{% endmacro %}{% set answer = 42 %}").module
print(mod.hi("there"), mod.answer)
print(jinja2.Template("{{ a }}+{{ b }}={{ a + b }}").render(a=1, b=2))
