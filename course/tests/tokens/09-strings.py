a = 'single' + "double"
b = 'it\'s' + "say \"hi\"\n"
c = b'bytes' + rb'\d' + r'\n' + u'unicode'
d = """a string
over two lines"""
e = 'adjacent' 'strings'
