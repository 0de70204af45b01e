/* reprcheck.c - prints common/pyrepr.c's repr of values given on stdin, so
 * tests can compare it with python3's repr on many values at once.
 *
 * Each input line is a kind letter and hex data:
 *     f HEX16            a float, as the 16 hex digits of its IEEE bits
 *     c HEX16 HEX16      a complex (real, imag)
 *     s HEX...           a str, as the hex of its WTF-8 bytes
 *     b HEX...           bytes
 * and gives one output line, the repr. */
#include "buf.h"
#include "pyrepr.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double bits_to_double(const char *hex)
{
    uint64_t bits = strtoull(hex, NULL, 16);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static size_t unhex(const char *hex, char *out)
{
    size_t n = 0;
    for (; hex[0] && hex[1] && hex[0] != '\n'; hex += 2) {
        char pair[3] = { hex[0], hex[1], 0 };
        out[n++] = (char)strtol(pair, NULL, 16);
    }
    return n;
}

int main(void)
{
    char line[1 << 16];
    char data[1 << 15];
    Buf out;
    buf_init(&out);
    while (fgets(line, sizeof line, stdin)) {
        out.len = 0;
        buf_reserve(&out, 0);
        switch (line[0]) {
        case 'f': {
            char tmp[PYREPR_FLOAT_MAX];
            pyrepr_float(bits_to_double(line + 2), tmp);
            buf_puts(&out, tmp);
            break;
        }
        case 'c':
            pyrepr_complex(&out, bits_to_double(line + 2), bits_to_double(line + 19));
            break;
        case 's':
            pyrepr_str(&out, data, unhex(line + 2, data));
            break;
        case 'b':
            pyrepr_bytes(&out, data, unhex(line + 2, data));
            break;
        default:
            fprintf(stderr, "reprcheck: bad line\n");
            return 2;
        }
        printf("%s\n", out.data);
    }
    buf_free(&out);
    return 0;
}
