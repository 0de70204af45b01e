# built-in module functions called with wrong argument counts or keywords: CPython names them module.function()
import sys, time, gc, math, _thread, _weakref

def t(src):
    try:
        eval(src)
    except TypeError as e:
        print(f'{src}: {e}')
    else:
        print(f'{src}: ok')

for s in [
    "time.time(1)", "time.time(x=1)", "time.perf_counter(1)", "time.monotonic_ns(1)", "time.process_time(x=1)",
    "time.sleep()", "time.sleep(x=1)", "time.mktime()", "time.ctime(1, 2)", "time.ctime(x=1)", "time.gmtime(1, 2)",
    "time.localtime(x=1)", "time.strftime()", "time.strftime('%Y', None, 1)", "time.asctime(1, 2)",
    "gc.enable(1)", "gc.disable(x=1)", "gc.isenabled(1)", "gc.get_count(1)", "gc.get_threshold(1)", "gc.get_stats(1)",
    "gc.set_threshold()", "gc.set_threshold(1, 2, 3, 4)", "gc.set_threshold(x=1)", "gc.is_tracked()", "gc.collect(x=1)",
    "sys.getrecursionlimit(1)", "sys.setrecursionlimit()", "sys.getrefcount()", "sys.intern()", "sys.intern(x='a')",
    "sys.exc_info(1)", "sys.exception(1)", "sys.getdefaultencoding(1)", "sys.get_int_max_str_digits(1)",
    "sys.getswitchinterval(1)", "sys.setswitchinterval()", "sys.getfilesystemencoding(1)", "sys.is_finalizing(x=1)",
    "sys.gettrace(1)", "sys.getprofile(1)", "sys.settrace()", "sys.setprofile(1, 2)", "sys.audit()", "sys.audit(x=1)",
    "sys.audit(1, 2)", "sys.exit(x=1)", "sys._getframe(x=1)", "sys.displayhook()", "sys.excepthook(x=1)",
    "sys.getsizeof()", "sys.getsizeof(x=1)", "sys.getsizeof(1, 2, 3)", "sys.set_int_max_str_digits(x=1)",
    "math.pow(x=1)", "math.atan2(1)", "math.fmod(1, 2, 3)", "math.gcd(x=1)", "math.lcm(x=1)", "math.hypot(x=1)",
    "math.log(x=1)", "math.comb(n=1)", "math.perm(1, 2, 3)", "math.dist(p=1)", "math.ldexp(1)", "math.copysign(x=1)",
    "math.remainder(1)", "math.nextafter(x=1)", "math.sqrt()", "math.sqrt(x=1)",
    "math.isclose(1)", "math.isclose(zz=1)", "math.isclose(1, zz=1)", "math.isclose(1, b=2, a=3)", "math.isclose(1, 2, 3)",
    "math.isclose(1, 2, 3, 4, 5)", "math.isclose(a=1, b=2, rel_tol=3, abs_tol=4, zz=5)", "math.prod([1], 2)",
    "_thread.get_ident(1)", "_thread.allocate_lock(1)", "_thread._count(1)", "_thread.stack_size(1, 2)", "_thread.exit(1)",
    "_weakref.getweakrefcount()", "_weakref.getweakrefs(x=1)",
    "sorted([], key=None, reverse=False, zz=1)", "sorted([], zz=1)", "int('1', base=2, zz=1)", "int('1', 2, zz=1)",
    "int(base=2, zz=1)", "max([], default=1, key=None, x=2)", "min([], x=2)",
]:
    t(s)
