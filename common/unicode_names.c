/* unicode_names.c - looking characters up by name (see unicode_names.h).
 *
 * libunistring 1.0 has Unicode 14's names, the version CPython 3.11 uses,
 * and most of its aliases.  What it lacks is done here:
 *
 *   - the names Unicode does not list but computes: Hangul syllables (from
 *     the short names of their jamo, Unicode §3.12) and CJK unified
 *     ideographs ("CJK UNIFIED IDEOGRAPH-" and the code point in hex);
 *   - the aliases of the control characters ("NULL", "LINE FEED", "BEL"...,
 *     NameAliases.txt), which Python accepts in \N{...}.
 *
 * Both directions are here: a name to its character (\N{...}, pyrun's
 * unicodedata.lookup) and a character to its name (unicodedata.name, the
 * namereplace error handler).
 *
 * tests/bats/pyparse.bats checks every name and alias against python3. */
#include "unicode_names.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <uniname.h>

/* ---- Hangul syllables --------------------------------------------------------------- */

static const char *const jamo_lead[] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
    "P", "H",
};
static const char *const jamo_vowel[] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
    "WE", "WI", "YU", "EU", "YI", "I",
};
static const char *const jamo_tail[] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
    "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
};

/* The longest jamo name that starts s; its index, with its length in *n. */
static int longest_jamo(const char *s, size_t len, const char *const *table, int count,
                        size_t *n)
{
    int best = -1;
    *n = 0;
    for (int i = 0; i < count; i++) {
        size_t k = strlen(table[i]);
        if (k <= len && (best < 0 || k > *n) && memcmp(s, table[i], k) == 0) {
            best = i;
            *n = k;
        }
    }
    return best;
}

static long hangul_syllable(const char *s, size_t len)
{
    size_t n;
    int lead = longest_jamo(s, len, jamo_lead, 19, &n);
    s += n, len -= n;
    int vowel = longest_jamo(s, len, jamo_vowel, 21, &n);
    s += n, len -= n;
    int tail = longest_jamo(s, len, jamo_tail, 28, &n);
    if (lead < 0 || vowel < 0 || tail < 0 || n != len)
        return -1;
    return 0xAC00 + (lead * 21 + vowel) * 28 + tail;
}

static bool hangul_syllable_name(uint32_t cp, char *buf)
{
    if (cp < 0xAC00 || cp >= 0xAC00 + 19 * 21 * 28)
        return false;
    uint32_t i = cp - 0xAC00;
    snprintf(buf, UNICODE_NAME_MAX, "HANGUL SYLLABLE %s%s%s", jamo_lead[i / (21 * 28)],
             jamo_vowel[i / 28 % 21], jamo_tail[i % 28]);
    return true;
}

/* ---- CJK unified ideographs ------------------------------------------------------------- */

static bool is_unified_ideograph(long cp)
{
    static const long ranges[][2] = {
        { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0x20000, 0x2A6DF }, { 0x2A700, 0x2B738 },
        { 0x2B740, 0x2B81D }, { 0x2B820, 0x2CEA1 }, { 0x2CEB0, 0x2EBE0 }, { 0x30000, 0x3134A },
    };
    for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
        if (cp >= ranges[i][0] && cp <= ranges[i][1])
            return true;
    return false;
}

/* Four or five hex digits, in capitals. */
static long unified_ideograph(const char *s, size_t len)
{
    if (len != 4 && len != 5)
        return -1;
    long cp = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            cp = cp * 16 + (c - '0');
        else if (c >= 'A' && c <= 'F')
            cp = cp * 16 + (c - 'A' + 10);
        else
            return -1;
    }
    return is_unified_ideograph(cp) ? cp : -1;
}

/* ---- aliases of the control characters ----------------------------------------------------- */

static const struct Alias {
    const char *name;
    long cp;
} control_aliases[] = {
    { "NUL", 0x00 }, { "NULL", 0x00 }, { "SOH", 0x01 }, { "START OF HEADING", 0x01 },
    { "START OF TEXT", 0x02 }, { "STX", 0x02 }, { "END OF TEXT", 0x03 }, { "ETX", 0x03 },
    { "END OF TRANSMISSION", 0x04 }, { "EOT", 0x04 }, { "ENQ", 0x05 }, { "ENQUIRY", 0x05 },
    { "ACK", 0x06 }, { "ACKNOWLEDGE", 0x06 }, { "ALERT", 0x07 }, { "BEL", 0x07 },
    { "BACKSPACE", 0x08 }, { "BS", 0x08 }, { "CHARACTER TABULATION", 0x09 },
    { "HORIZONTAL TABULATION", 0x09 }, { "HT", 0x09 }, { "TAB", 0x09 }, { "END OF LINE", 0x0A },
    { "EOL", 0x0A }, { "LF", 0x0A }, { "LINE FEED", 0x0A }, { "NEW LINE", 0x0A },
    { "NL", 0x0A }, { "LINE TABULATION", 0x0B }, { "VERTICAL TABULATION", 0x0B },
    { "VT", 0x0B }, { "FF", 0x0C }, { "FORM FEED", 0x0C }, { "CARRIAGE RETURN", 0x0D },
    { "CR", 0x0D }, { "LOCKING-SHIFT ONE", 0x0E }, { "SHIFT OUT", 0x0E }, { "SO", 0x0E },
    { "LOCKING-SHIFT ZERO", 0x0F }, { "SHIFT IN", 0x0F }, { "SI", 0x0F },
    { "DATA LINK ESCAPE", 0x10 }, { "DLE", 0x10 }, { "DC1", 0x11 },
    { "DEVICE CONTROL ONE", 0x11 }, { "DC2", 0x12 }, { "DEVICE CONTROL TWO", 0x12 },
    { "DC3", 0x13 }, { "DEVICE CONTROL THREE", 0x13 }, { "DC4", 0x14 },
    { "DEVICE CONTROL FOUR", 0x14 }, { "NAK", 0x15 }, { "NEGATIVE ACKNOWLEDGE", 0x15 },
    { "SYN", 0x16 }, { "SYNCHRONOUS IDLE", 0x16 }, { "END OF TRANSMISSION BLOCK", 0x17 },
    { "ETB", 0x17 }, { "CAN", 0x18 }, { "CANCEL", 0x18 }, { "END OF MEDIUM", 0x19 },
    { "EOM", 0x19 }, { "SUB", 0x1A }, { "SUBSTITUTE", 0x1A }, { "ESC", 0x1B },
    { "ESCAPE", 0x1B }, { "FILE SEPARATOR", 0x1C }, { "FS", 0x1C },
    { "INFORMATION SEPARATOR FOUR", 0x1C }, { "GROUP SEPARATOR", 0x1D }, { "GS", 0x1D },
    { "INFORMATION SEPARATOR THREE", 0x1D }, { "INFORMATION SEPARATOR TWO", 0x1E },
    { "RECORD SEPARATOR", 0x1E }, { "RS", 0x1E }, { "INFORMATION SEPARATOR ONE", 0x1F },
    { "UNIT SEPARATOR", 0x1F }, { "US", 0x1F }, { "DEL", 0x7F }, { "DELETE", 0x7F },
    { "PAD", 0x80 }, { "PADDING CHARACTER", 0x80 }, { "HIGH OCTET PRESET", 0x81 },
    { "HOP", 0x81 }, { "BPH", 0x82 }, { "BREAK PERMITTED HERE", 0x82 }, { "NBH", 0x83 },
    { "NO BREAK HERE", 0x83 }, { "IND", 0x84 }, { "INDEX", 0x84 }, { "NEL", 0x85 },
    { "NEXT LINE", 0x85 }, { "SSA", 0x86 }, { "START OF SELECTED AREA", 0x86 },
    { "END OF SELECTED AREA", 0x87 }, { "ESA", 0x87 }, { "CHARACTER TABULATION SET", 0x88 },
    { "HORIZONTAL TABULATION SET", 0x88 }, { "HTS", 0x88 },
    { "CHARACTER TABULATION WITH JUSTIFICATION", 0x89 },
    { "HORIZONTAL TABULATION WITH JUSTIFICATION", 0x89 }, { "HTJ", 0x89 },
    { "LINE TABULATION SET", 0x8A }, { "VERTICAL TABULATION SET", 0x8A }, { "VTS", 0x8A },
    { "PARTIAL LINE DOWN", 0x8B }, { "PARTIAL LINE FORWARD", 0x8B }, { "PLD", 0x8B },
    { "PARTIAL LINE BACKWARD", 0x8C }, { "PARTIAL LINE UP", 0x8C }, { "PLU", 0x8C },
    { "REVERSE INDEX", 0x8D }, { "REVERSE LINE FEED", 0x8D }, { "RI", 0x8D },
    { "SINGLE SHIFT TWO", 0x8E }, { "SINGLE-SHIFT-2", 0x8E }, { "SS2", 0x8E },
    { "SINGLE SHIFT THREE", 0x8F }, { "SINGLE-SHIFT-3", 0x8F }, { "SS3", 0x8F },
    { "DCS", 0x90 }, { "DEVICE CONTROL STRING", 0x90 }, { "PRIVATE USE ONE", 0x91 },
    { "PRIVATE USE-1", 0x91 }, { "PU1", 0x91 }, { "PRIVATE USE TWO", 0x92 },
    { "PRIVATE USE-2", 0x92 }, { "PU2", 0x92 }, { "SET TRANSMIT STATE", 0x93 }, { "STS", 0x93 },
    { "CANCEL CHARACTER", 0x94 }, { "CCH", 0x94 }, { "MESSAGE WAITING", 0x95 }, { "MW", 0x95 },
    { "SPA", 0x96 }, { "START OF GUARDED AREA", 0x96 }, { "START OF PROTECTED AREA", 0x96 },
    { "END OF GUARDED AREA", 0x97 }, { "END OF PROTECTED AREA", 0x97 }, { "EPA", 0x97 },
    { "SOS", 0x98 }, { "START OF STRING", 0x98 }, { "SGC", 0x99 },
    { "SINGLE GRAPHIC CHARACTER INTRODUCER", 0x99 }, { "SCI", 0x9A },
    { "SINGLE CHARACTER INTRODUCER", 0x9A }, { "CONTROL SEQUENCE INTRODUCER", 0x9B },
    { "CSI", 0x9B }, { "ST", 0x9C }, { "STRING TERMINATOR", 0x9C },
    { "OPERATING SYSTEM COMMAND", 0x9D }, { "OSC", 0x9D }, { "PM", 0x9E },
    { "PRIVACY MESSAGE", 0x9E }, { "APC", 0x9F }, { "APPLICATION PROGRAM COMMAND", 0x9F },
};

/* ---- the lookup ------------------------------------------------------------------------- */

static const char hangul_prefix[] = "HANGUL SYLLABLE ";
static const char unified_prefix[] = "CJK UNIFIED IDEOGRAPH-";

bool unicode_name_of(uint32_t cp, char *buf)
{
    /* (libunistring 1.0 misspells some syllables: the jamo are spelled here) */
    if (hangul_syllable_name(cp, buf))
        return true;
    char listed[UNINAME_MAX];
    if (unicode_character_name(cp, listed)) {
        snprintf(buf, UNICODE_NAME_MAX, "%s", listed);
        return true;
    }
    if (is_unified_ideograph((long)cp)) {
        snprintf(buf, UNICODE_NAME_MAX, "%s%04X", unified_prefix, (unsigned)cp);
        return true;
    }
    return false;
}

long unicode_name_lookup(const char *name, size_t len)
{
    char upper[UNINAME_MAX];
    if (len == 0 || len >= sizeof upper)
        return -1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c >= 0x80 || c == '\0')
            return -1;
        upper[i] = (char)toupper(c);
    }
    upper[len] = '\0';
    size_t hp = sizeof hangul_prefix - 1, up = sizeof unified_prefix - 1;
    /* the computed names are matched in capitals only, as Python does */
    if (len >= hp && memcmp(upper, hangul_prefix, hp) == 0)
        return memcmp(name, hangul_prefix, hp) == 0 ? hangul_syllable(name + hp, len - hp) : -1;
    if (len >= up && memcmp(upper, unified_prefix, up) == 0)
        return memcmp(name, unified_prefix, up) == 0 ? unified_ideograph(name + up, len - up) : -1;
    for (size_t i = 0; i < sizeof control_aliases / sizeof *control_aliases; i++)
        if (strcmp(upper, control_aliases[i].name) == 0)
            return control_aliases[i].cp;
    ucs4_t cp = unicode_name_character(upper);
    return cp == UNINAME_INVALID ? -1 : (long)cp;
}
