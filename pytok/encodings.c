/* encodings.c - codec names and decoding (see encodings.h). */
#include "encodings.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <string.h>

/* Python 3.11's encodings.aliases for the codecs pytok decodes. */
static const Codec codecs[] = {
    { "utf_8", NULL, "cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4" },
    { "ascii", "ASCII", "646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 "
                        "iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii" },
    { "latin_1", "ISO-8859-1", "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 "
                               "iso_8859_1_1987 iso_ir_100 l1 latin latin1" },
    { "iso8859_2", "ISO-8859-2", "csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2" },
    { "iso8859_3", "ISO-8859-3", "csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3" },
    { "iso8859_4", "ISO-8859-4", "csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4" },
    { "iso8859_5", "ISO-8859-5", "csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 "
                                 "iso_ir_144" },
    { "iso8859_6", "ISO-8859-6", "arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 "
                                 "iso_8859_6_1987 iso_ir_127" },
    { "iso8859_7", "ISO-8859-7", "csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 "
                                 "iso_8859_7_1987 iso_ir_126" },
    { "iso8859_8", "ISO-8859-8", "csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138" },
    { "iso8859_9", "ISO-8859-9", "csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5" },
    { "iso8859_10", "ISO-8859-10", "csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 "
                                   "latin6" },
    { "iso8859_11", "ISO-8859-11", "iso_8859_11 iso_8859_11_2001 thai" },
    { "iso8859_13", "ISO-8859-13", "iso_8859_13 l7 latin7" },
    { "iso8859_14", "ISO-8859-14", "iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8" },
    { "iso8859_15", "ISO-8859-15", "iso_8859_15 l9 latin9" },
    { "iso8859_16", "ISO-8859-16", "iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10" },
    { "cp1250", "CP1250", "1250 windows_1250" },
    { "cp1251", "CP1251", "1251 windows_1251" },
    { "cp1252", "CP1252", "1252 windows_1252" },
    { "cp1253", "CP1253", "1253 windows_1253" },
    { "cp1254", "CP1254", "1254 windows_1254" },
    { "cp1255", "CP1255", "1255 windows_1255" },
    { "cp1256", "CP1256", "1256 windows_1256" },
    { "cp1257", "CP1257", "1257 windows_1257" },
    { "cp1258", "CP1258", "1258 windows_1258" },
    { "cp437", "CP437", "437 cspc8codepage437 ibm437" },
    { "cp850", "CP850", "850 cspc850multilingual ibm850" },
    { "cp852", "CP852", "852 cspcp852 ibm852" },
    { "cp866", "CP866", "866 csibm866 ibm866" },
    { "koi8_r", "KOI8-R", "cskoi8r" },
    { "koi8_u", "KOI8-U", "" },
};

/* Python's other codecs (the modules of its `encodings` package). */
static const char other_codecs[] =
    " base64_codec big5 big5hkscs bz2_codec charmap cp037 cp1006 cp1026 cp1125 cp1140 cp273"
    " cp424 cp500 cp720 cp737 cp775 cp855 cp856 cp857 cp858 cp860 cp861 cp862 cp863 cp864"
    " cp865 cp869 cp874 cp875 cp932 cp949 cp950 euc_jis_2004 euc_jisx0213 euc_jp euc_kr"
    " gb18030 gb2312 gbk hex_codec hp_roman8 hz idna iso2022_jp iso2022_jp_1 iso2022_jp_2"
    " iso2022_jp_2004 iso2022_jp_3 iso2022_jp_ext iso2022_kr johab koi8_t kz1048 mac_arabic"
    " mac_croatian mac_cyrillic mac_farsi mac_greek mac_iceland mac_latin2 mac_roman"
    " mac_romanian mac_turkish mbcs oem palmos ptcp154 punycode quopri_codec"
    " raw_unicode_escape rot_13 shift_jis shift_jis_2004 shift_jisx0213 tis_620 undefined"
    " unicode_escape utf_16 utf_16_be utf_16_le utf_32 utf_32_be utf_32_le utf_7 utf_8_sig"
    " uu_codec zlib_codec ";

/* codecs.lookup's normalisation: lower case; each run of characters other
 * than letters, digits and '.' becomes one '_' between words. */
static void normalize(const char *name, char *out, size_t size)
{
    size_t n = 0;
    bool gap = false;
    for (const char *p = name; *p && n + 2 < size; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.') {
            if (gap && n > 0)
                out[n++] = '_';
            out[n++] = (char)tolower(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    out[n] = '\0';
}

/* Is `word` one of the blank-separated words of `list`? */
static bool in_list(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; (p = strstr(p, word)) != NULL; p++)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return true;
    return false;
}

static const Codec *find(const char *key)
{
    if (!*key)
        return NULL;
    for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++)
        if (strcmp(codecs[i].name, key) == 0 || in_list(codecs[i].aliases, key))
            return &codecs[i];
    return NULL;
}

const Codec *codec_lookup(const char *name, CodecStatus *status)
{
    char key[80];
    normalize(name, key, sizeof key);
    const Codec *c = find(key);
    if (!c) {                           /* "iso_8859.1" is found as "iso_8859_1" */
        for (char *p = key; *p; p++)
            if (*p == '.')
                *p = '_';
        c = find(key);
    }
    *status = c ? CODEC_FOUND : *key && in_list(other_codecs, key) ? CODEC_NOT_READ : CODEC_UNKNOWN;
    return c;
}

bool codec_is_utf8(const Codec *c)
{
    return c->iconv_name == NULL;
}

bool codec_decode(const Codec *c, const char *in, size_t n, Buf *out, size_t *bad)
{
    iconv_t cd = iconv_open("UTF-8", c->iconv_name);
    if (cd == (iconv_t)-1) {
        *bad = 0;
        return false;
    }
    char *src = (char *)in;
    size_t left = n;
    bool ok = true;
    while (left > 0) {
        buf_reserve(out, left * 3 + 16);        /* a byte becomes at most 3 */
        char *dst = out->data + out->len;
        size_t room = out->cap - out->len - 1;
        size_t r = iconv(cd, &src, &left, &dst, &room);
        out->len = (size_t)(dst - out->data);
        if (r == (size_t)-1 && errno != E2BIG) {
            ok = false;
            *bad = (size_t)(src - in);
            break;
        }
    }
    out->data[out->len] = '\0';
    iconv_close(cd);
    return ok;
}
