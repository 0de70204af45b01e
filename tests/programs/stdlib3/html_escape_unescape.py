# html: escape with and without quote, unescape of named (HTML4, HTML5, legacy without ';'), numeric and malformed references; html.entities' tables
import html
import html.entities as entities

print(html.escape('<a href="x?a=1&b=2">Tom\'s</a>'))
print(html.escape('<a href="x">\'q\'</a>', quote=False))
print(html.escape(''), html.escape('plain'), html.escape('&amp;'))

cases = [
    '&lt;p&gt;Fish &amp; Chips&lt;/p&gt;',
    '&quot;quoted&quot; &apos;single&apos; &#39;dec&#39; &#x27;hex&#x27; &#X27;HEX&#X27;',
    '&copy; 2024 &reg; &trade; &euro;5 &nbsp;|&hellip;&mdash;&larr;&rArr;',
    '&eacute;t&eacute; &Eacute; &szlig; &Omega; &omega; &alefsym; &NotEqualTilde; &fjlig;',
    # legacy names work without the ';', others do not
    '&copy 2024 &ampersand &lt3 &gt= &notit; &notin &euro &hellip',
    '&#65;&#x42;&#0067;&#x0044 &#69x &#xZZ; &#; &#x; & &; &nosuchentity; &AMP; &Amp;',
    # numbers that name no character, controls, windows-1252 remaps
    '&#0; &#13; &#128; &#x80; &#x81; &#150; &#159; &#1; &#11; &#127; &#xFDD0; &#xFFFE; &#x1FFFF;',
    '&#xD800; &#x10FFFF; &#x110000; &#99999999999999999999999; &#x10ffff1;',
    '&' + 'a' * 40 + ';', 'no references at all', '&&&amp;&&',
    'tab&Tab;newline&NewLine;end', '&nLt; &nGt; &acE; &bne;',
]
for text in cases:
    print(repr(html.unescape(text)))
print(html.unescape(html.escape('<&>"\'')))

print(len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs), len(entities.html5))
print(entities.name2codepoint['eacute'], entities.codepoint2name[0x3b1], entities.entitydefs['nbsp'] == '\xa0')
print(repr(entities.html5['amp;']), repr(entities.html5['amp']), 'ampx' in entities.html5, repr(entities.html5['NotNestedLessLess;']))
print(list(entities.html5)[:8], list(entities.name2codepoint)[:5])
print(sum(1 for name in entities.html5 if not name.endswith(';')))
print(sorted(entities.__all__))
