# importing a module whose coding declaration names no codec: a SyntaxError at line 0 of that module
try:
    import encoding_problem_word
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.rsplit("/", 1)[-1])
import encoding_problem_word
