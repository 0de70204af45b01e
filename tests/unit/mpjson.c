/* mpjson.c - converts between the MessagePack and JSON forms of a value,
 * so tests can check that the two forms carry the same data.
 *
 *     mpjson to-json FILE       MessagePack -> JSON on stdout
 *     mpjson to-msgpack FILE    JSON -> MessagePack on stdout */
#include "buf.h"
#include "diag.h"
#include "json.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    diag_set_program("mpjson");
    if (argc != 3 || (strcmp(argv[1], "to-json") != 0 && strcmp(argv[1], "to-msgpack") != 0))
        diag_fatal(EXIT_USAGE, "usage: mpjson to-json|to-msgpack FILE");
    Buf in, out;
    buf_init(&in);
    buf_init(&out);
    if (buf_read_file(&in, argv[2]) != 0)
        diag_fatal(EXIT_USAGE, "%s: cannot read", argv[2]);
    char err[256];
    bool ok = strcmp(argv[1], "to-json") == 0
                  ? msgpack_to_json(in.data, in.len, &out, err, sizeof err)
                  : json_to_msgpack(in.data, in.len, &out, err, sizeof err);
    if (!ok)
        diag_fatal(EXIT_USAGE, "%s", err);
    fwrite(out.data, 1, out.len, stdout);
    buf_free(&in);
    buf_free(&out);
    return 0;
}
