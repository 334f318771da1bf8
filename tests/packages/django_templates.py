# Django 3.2's template engine, set up with settings.configure() + django.setup():
# variables, loops, filters, autoescaping, inheritance and includes from a
# locmem loader, a custom filter/tag library, contexts and errors.
import datetime
import decimal

import django
from django.conf import settings
from django import template

register = template.Library()


@register.filter
def shout(value, times=1):
    return str(value).upper() + "!" * int(times)


@register.simple_tag(takes_context=True)
def greet(context, who):
    return "hello %s from %s" % (who, context.get("site", "?"))


TEMPLATES = {
    "base.html": "<title>{% block title %}Base{% endblock %}</title>\n"
                 "<body>{% block content %}{% endblock %}</body>\n"
                 "{% block footer %}(c) {{ year }}{% endblock %}",
    "item.html": "<li class=\"{{ cls|default:'plain' }}\">{{ item.name|title }}: {{ item.price|floatformat:2 }}</li>",
    "list.html": "{% extends 'base.html' %}"
                 "{% block title %}{{ title|upper }} - {{ block.super }}{% endblock %}"
                 "{% block content %}<ul>{% for item in items %}"
                 "{% include 'item.html' with cls=forloop.counter|divisibleby:2|yesno:'even,odd' %}"
                 "{% empty %}<li>none</li>{% endfor %}</ul>{% endblock %}",
    "escape.html": "{{ html }}|{{ html|safe }}|{{ html|escape }}|{% autoescape off %}{{ html }}{% endautoescape %}"
                   "|{{ html|striptags }}|{{ html|length }}",
    "child.html": "{% extends 'list.html' %}{% block footer %}{{ block.super }} - child{% endblock %}",
}

settings.configure(
    DEBUG=False,
    USE_TZ=False,
    INSTALLED_APPS=[],
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {
            "loaders": [("django.template.loaders.locmem.Loader", TEMPLATES)],
            "builtins": ["__main__"],
            "string_if_invalid": "",
        },
    }],
)
django.setup()

from django.template import engines, Context, Template, TemplateSyntaxError
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.html import format_html, escape
from django.utils.text import slugify, Truncator

engine = engines["django"]
items = [{"name": "apple pie", "price": 3.5}, {"name": "<b>bread</b>", "price": decimal.Decimal("2.125")},
         {"name": "cheese", "price": 10}]
print(render_to_string("list.html", {"title": "shop", "items": items, "year": 2024}))
print(render_to_string("child.html", {"title": "empty", "items": [], "year": 1999}))
print(render_to_string("escape.html", {"html": "<a href=\"x\">Tom & 'Jerry'</a>"}))


def show(src, **ctx):
    print(repr(engine.from_string(src).render(ctx)))


show("{{ x|add:2 }} {{ s|add:'!' }} {{ l|join:', ' }} {{ l|first }} {{ l|last }} {{ l|length }} {{ l|slice:':2' }}",
     x=40, s="hi", l=["a", "b", "c"])
show("{{ d|date:'Y-m-d D N' }} {{ t|time:'H:i' }} {{ d|date:'l jS F Y' }}",
     d=datetime.date(2021, 3, 4), t=datetime.time(13, 5))
show("{{ n|filesizeformat }} {{ f|floatformat }} {{ f|floatformat:3 }} {{ big|floatformat:'2g' }} {{ 5|pluralize }} {{ 1|pluralize:'y,ies' }}",
     n=123456789, f=3.14159, big=1234567.891)
show("{{ s|truncatewords:3 }}|{{ s|truncatechars:10 }}|{{ s|wordcount }}|{{ s|slugify }}|{{ s|capfirst }}|{{ s|center:30 }}|",
     s="the quick brown fox jumps")
show("{{ v|default_if_none:'nothing' }} {{ e|default:'empty' }} {{ v|yesno:'yes,no,maybe' }} {{ t|yesno }}", v=None, e="", t=True)
show("{{ text|linebreaks }} {{ text|linebreaksbr }} {{ url|urlencode }} {{ text|addslashes }}",
     text="line 1\nline's 2", url="a b&c=d/e")
show("{{ d|dictsort:'k'|join:',' }} {{ d|dictsortreversed:'k'|length }}",
     d=[{"k": 2}, {"k": 1}])
show("{% for k, v in pairs %}{{ forloop.counter0 }}{{ k }}={{ v }}{% if not forloop.last %}, {% endif %}{% endfor %}",
     pairs=[("a", 1), ("b", 2), ("c", 3)])
show("{% for row in rows %}{% for c in row %}{{ forloop.parentloop.counter }}.{{ c }}{% cycle ' ' ';' %}{% endfor %}{% endfor %}",
     rows=[[1, 2], [3]])
show("{% if a > 1 and b or not c %}yes{% elif a == 1 %}one{% else %}no{% endif %} {% if 'x' in s %}in{% endif %}",
     a=1, b=False, c=True, s="xyz")
show("{% with total=items|length %}{{ total }} item{{ total|pluralize }}{% endwith %} {% firstof a b 'fallback' %}",
     items=[1, 2], a="", b=0)
show("{% spaceless %}<p>\n  <a> x </a>\n</p>{% endspaceless %}{% verbatim %}{{ raw }}{% endverbatim %}{# comment #}{% comment %}gone{% endcomment %}")
show("{% regroup people by city as groups %}{% for g in groups %}{{ g.grouper }}:{% for p in g.list %}{{ p.name }}{% endfor %};{% endfor %}",
     people=[{"name": "a", "city": "X"}, {"name": "b", "city": "X"}, {"name": "c", "city": "Y"}])
show("{% now 'Y' as y %}{{ y|length }} {% widthratio 175 200 100 %} {% templatetag openblock %} {{ obj.attr.upper }} {{ d.key }} {{ l.1 }}",
     obj=type("O", (), {"attr": "val"})(), d={"key": "dv"}, l=[0, "one"])
show("{{ name|shout }} {{ name|shout:3 }} {% greet 'bob' %}", name="amy", site="kiln")
show("{{ safe }} {{ fmt }} {{ unsafe|force_escape }}", safe=mark_safe("<i>ok</i>"),
     fmt=format_html("<b>{}</b>", "<x>"), unsafe="<&>")
print(slugify("Héllo Wörld, ça va?"), Truncator("one two three four").words(2), escape("<'\">"))
print(Template("{{ a }}+{{ b }}").render(Context({"a": 1, "b": [2]})))
ctx = Context({"x": 1})
with ctx.push(x=2):
    print("pushed", Template("{{ x }}").render(ctx))
print("popped", Template("{{ x }}").render(ctx))
for bad in ["{% if %}", "{% for x %}{% endfor %}", "{% block a %}", "{{ x|nosuchfilter }}", "{% nosuchtag %}"]:
    try:
        engine.from_string(bad)
    except TemplateSyntaxError as e:
        print("TemplateSyntaxError:", e)
try:
    render_to_string("missing.html")
except Exception as e:
    print(type(e).__name__, e)
