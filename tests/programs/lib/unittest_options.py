# unittest.main()'s command line: -h (argparse's help, the usage wrapped by the program's name), -v/-q/-f/-b and their long forms, -k patterns (with and without wildcards), test names, bad options and a -k without its pattern (usage errors, status 2)
import unittest, sys
class T(unittest.TestCase):
    def test_alpha(self): print("alpha ran")
    def test_beta(self): print("beta ran")
    def test_gamma(self): self.fail("gamma fails")
import time; time.perf_counter = lambda: 0.0
sys.stderr = sys.stdout     # (one stream, so that the order shows)
for argv in (["short.py", "-h"], ["a_much_longer_program_name.py", "--help"],
             ["p", "-v", "-k", "alpha"], ["p", "--quiet", "-k", "*ta"], ["p", "-kbeta", "-k", "gam"],
             ["p", "--verbose", "T.test_beta", "T.test_alpha"], ["p", "-f"], ["p", "--failfast", "-b"],
             ["p", "-x"], ["p", "-k"], ["p", "-v", "--nope", "-q"]):
    print("--", argv)
    try:
        program = unittest.main(argv=argv, exit=False)
        print("result:", program.result)
    except SystemExit as e:
        print("exit:", e.code)
